// SPDX-License-Identifier: GPL-3.0-or-later
// The Document's metric edits, and how metric values follow the cards and stages they
// describe when those are deleted and restored.
#include "commands.h"
#include "document.h"
#include "metriccommands.h"

namespace waymark {

Document::TakenObservations Document::takeOrphanedObservations()
{
    if (m_project.observations.isEmpty()) return {};
    // Which touched cards, stages and journeys are gone. Few are touched by most edits; a
    // large move looks them up in a set.
    QSet<Id> gone;
    for (const Id &id : std::as_const(m_pending.journeys))
        if (!m_project.journey(id)) gone.insert(id);
    QHash<Id, QSet<Id>> cardsOf;
    for (auto it = m_pending.cards.cbegin(); it != m_pending.cards.cend(); ++it) {
        const Journey *j = m_project.journey(it.value());
        if (j && m_pending.cards.size() > 32) {
            auto known = cardsOf.find(it.value());
            if (known == cardsOf.end()) {
                known = cardsOf.insert(it.value(), {});
                known->reserve(j->cards.size());
                for (const Card &c : j->cards)
                    known->insert(c.id);
            }
            if (!known->contains(it.key())) gone.insert(it.key());
        } else if (!j || !j->card(it.key())) {
            gone.insert(it.key());
        }
    }
    for (auto it = m_pending.stages.cbegin(); it != m_pending.stages.cend(); ++it) {
        const Journey *j = m_project.journey(it.value());
        if (!j || j->stageIndex(it.key()) < 0) gone.insert(it.key());
    }
    if (gone.isEmpty()) return {};
    const auto isGone = [&gone](const Id &id) { return gone.contains(id); };
    const QList<Observation> &all = std::as_const(m_project.observations);
    TakenObservations taken;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (isGone(all[i].targetId)) taken.append({i, all[i]});
    if (taken.isEmpty()) return {};
    for (const auto &t : std::as_const(taken))
        m_pending.observations.insert(t.second.key());
    m_project.observations.removeIf([&](const Observation &o) { return isGone(o.targetId); });
    return taken;
}

void Document::restoreObservations(const TakenObservations &taken)
{
    if (taken.isEmpty()) return;
    QList<Observation> merged;
    merged.reserve(m_project.observations.size() + taken.size());
    qsizetype next = 0;
    for (const auto &[index, o] : taken) {
        while (merged.size() < index && next < m_project.observations.size())
            merged.append(m_project.observations[next++]);
        merged.append(o);
        m_pending.observations.insert(o.key());
    }
    while (next < m_project.observations.size())
        merged.append(m_project.observations[next++]);
    m_project.observations = std::move(merged);
}

bool Document::changeMetric(const MetricDefinition &metric)
{
    if (!editable()) return false;
    const int i = indexOfId(m_project.metrics, metric.id);
    if (i < 0) return refuse(tr("The metric does not exist."));
    if (metric.name.trimmed().isEmpty()) return refuse(tr("A metric needs a name."));
    if (metric.warning && metric.critical &&
        (metric.higherIsBetter ? *metric.critical > *metric.warning
                               : *metric.critical < *metric.warning))
        return refuse(tr("The critical threshold must be worse than the warning threshold."));
    if (m_project.metrics[i] == metric) return true;
    m_undoStack.push(new ChangeValueCommand<MetricDefinition>(
        this, tr("Edit metric \"%1\"").arg(metric.name), Id(), m_project.metrics[i], metric, -1));
    return true;
}

bool Document::importMetrics(const MetricImportPlan &plan)
{
    if (!editable()) return false;
    if (!plan.problems.isEmpty())
        return refuse(tr("The table has %n problem(s); nothing was imported.", nullptr,
                         int(plan.problems.size())));
    if (!plan.refusal.isEmpty()) return refuse(plan.refusal);
    if (!plan.canImport()) return refuse(tr("The table brings no new or changed values."));
    const QString text = tr("Import metrics from \"%1\"").arg(plan.record.sourceName);
    if (plan.changed.isEmpty()) {
        m_undoStack.push(new MetricImportCommand(this, text, plan));
        return true;
    }
    // Values that are about to change are kept in a snapshot first, in the same step.
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    cmd->add(autoSnapshot(tr("Before importing \"%1\"").arg(plan.record.sourceName),
                          QStringLiteral("before-import")));
    cmd->add(std::make_unique<MetricImportCommand>(this, QString(), plan));
    m_undoStack.push(cmd.release());
    return true;
}

} // namespace waymark
