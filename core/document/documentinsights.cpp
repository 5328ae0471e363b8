// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence library (insights, and the cards that rest on them) and opportunities (scores,
// what they address, the priority formula).
#include "analytics/opportunity.h"
#include "commands.h"
#include "document.h"

namespace waymark {

Card Document::settleEvidence(Card card, const Card *old) const
{
    QList<Id> kept;
    for (const Id &id : std::as_const(card.insights))
        if (!kept.contains(id) && m_project.insight(id)) kept.append(id);
    card.insights = kept;
    QList<Id> addressed;
    for (const Id &id : std::as_const(card.addresses))
        if (id != card.id && !addressed.contains(id)) addressed.append(id);
    card.addresses = addressed;
    if (!kept.isEmpty())
        card.evidence = m_project.evidenceFrom(kept, card.evidence);
    else if (old && !old->insights.isEmpty())
        card.evidence = Evidence::Assumed;
    return card;
}

bool Document::insightFits(const Insight &insight)
{
    if (insight.text.trimmed().isEmpty()) return refuse(tr("An insight needs some text."));
    if (insight.text.size() > Insight::MaxText || insight.source.size() > Insight::MaxText ||
        insight.link.size() > Insight::MaxText)
        return refuse(tr("An insight holds at most %L1 characters of text, source and link.")
                          .arg(Insight::MaxText));
    return true;
}

namespace {

Insight cleaned(Insight x)
{
    x.text = x.text.trimmed();
    x.source = x.source.trimmed();
    x.link = x.link.trimmed();
    QStringList tags;
    for (const QString &t : std::as_const(x.tags))
        if (const QString s = t.trimmed(); !s.isEmpty() && !tags.contains(s)) tags.append(s);
    x.tags = tags;
    return x;
}

} // namespace

Id Document::addInsight(Insight insight)
{
    if (!editable()) return {};
    insight = cleaned(std::move(insight));
    if (!insightFits(insight)) return {};
    if (insight.id.isNull() || m_project.insight(insight.id)) insight.id = newId();
    if (!insight.created.isValid()) insight.created = QDateTime::currentDateTimeUtc();
    const Id id = insight.id;
    m_undoStack.push(new ListEditCommand<Insight>(this, tr("Add insight"), Id(),
                                                  int(m_project.insights.size()), insight, true));
    return id;
}

bool Document::changeInsight(const Insight &insight)
{
    if (!editable()) return false;
    const int i = indexOfId(m_project.insights, insight.id);
    if (i < 0) return refuse(tr("The insight does not exist."));
    const Insight after = cleaned(insight);
    if (!insightFits(after)) return false;
    const Insight &before = m_project.insights[i];
    if (after == before) return true;
    const QString text = tr("Edit insight");
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    cmd->add(std::make_unique<ChangeValueCommand<Insight>>(this, text, Id(), before, after, -1));
    if (after.kind != before.kind) {
        // The linked cards' evidence as it will be with the new kind.
        Project future;
        future.insights = m_project.insights;
        future.insights[i] = after;
        for (const Journey &j : m_project.journeys)
            for (const Card &c : j.cards)
                if (c.insights.contains(insight.id)) {
                    Card next = c;
                    next.evidence = future.evidenceFrom(c.insights, c.evidence);
                    if (next != c)
                        cmd->add(std::make_unique<ChangeValueCommand<Card>>(this, text, j.id, c,
                                                                            next, -1));
                }
    }
    m_undoStack.push(cmd.release());
    return true;
}

bool Document::removeInsight(const Id &insightId)
{
    if (!editable()) return false;
    const int i = indexOfId(m_project.insights, insightId);
    if (i < 0) return refuse(tr("The insight does not exist."));
    const QString text = tr("Delete insight");
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    for (const Journey &j : m_project.journeys)
        for (const Card &c : j.cards)
            if (c.insights.contains(insightId)) {
                Card next = c;
                next.insights.removeAll(insightId);
                // Evidence from the insights that stay (evaluated before this one goes).
                Project rest;
                rest.insights = m_project.insights;
                rest.insights.removeAt(i);
                next.evidence = next.insights.isEmpty()
                                    ? Evidence::Assumed
                                    : rest.evidenceFrom(next.insights, c.evidence);
                cmd->add(std::make_unique<ChangeValueCommand<Card>>(this, text, j.id, c, next, -1));
            }
    cmd->add(std::make_unique<ListEditCommand<Insight>>(this, text, Id(), i,
                                                        m_project.insights[i], false));
    m_undoStack.push(cmd.release());
    return true;
}

bool Document::linkInsight(const Id &journeyId, const QList<Id> &cardIds, const Id &insightId,
                           bool link)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    if (!m_project.insight(insightId)) return refuse(tr("The insight does not exist."));
    if (cardIds.isEmpty()) return refuse(tr("Select the cards that rest on the insight first."));
    const QString text = link ? tr("Link %n card(s) to insight", nullptr, int(cardIds.size()))
                              : tr("Unlink %n card(s) from insight", nullptr, int(cardIds.size()));
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    for (const Id &cardId : cardIds) {
        const Card *c = j->card(cardId);
        if (!c) return refuse(tr("The card does not exist."));
        Card next = *c;
        if (link && !next.insights.contains(insightId)) next.insights.append(insightId);
        if (!link) next.insights.removeAll(insightId);
        next = settleEvidence(next, c);
        if (next != *c)
            cmd->add(std::make_unique<ChangeValueCommand<Card>>(this, text, journeyId, *c, next, -1));
    }
    if (cmd->isEmpty()) return true;
    m_undoStack.push(cmd.release());
    return true;
}

bool Document::scoreOpportunity(const Id &journeyId, const Id &cardId,
                                std::optional<double> customer, std::optional<double> business,
                                std::optional<double> effort)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const Card *old = j ? j->card(cardId) : nullptr;
    if (!old) return refuse(tr("The card does not exist."));
    Card next = *old;
    next.customerValue = customer;
    next.businessValue = business;
    next.effort = effort;
    if (!scoresFit(journeyId, *old, next)) return false;
    if (next == *old) return true;
    m_undoStack.push(
        new ChangeValueCommand<Card>(this, tr("Score opportunity"), journeyId, *old, next, -1));
    return true;
}

bool Document::setAddresses(const Id &journeyId, const Id &cardId, const QList<Id> &targets)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const Card *old = j ? j->card(cardId) : nullptr;
    if (!old) return refuse(tr("The card does not exist."));
    Card next = *old;
    next.addresses = targets;
    if (!scoresFit(journeyId, *old, next)) return false;
    next = settleEvidence(next, old);
    if (next == *old) return true;
    m_undoStack.push(new ChangeValueCommand<Card>(this, tr("Change what the opportunity addresses"),
                                                  journeyId, *old, next, -1));
    return true;
}

bool Document::setPriorityFormula(const QString &formula)
{
    if (!editable()) return false;
    const QString text = formula.trimmed();
    QString error;
    if (!text.isEmpty() && !PriorityFormula::parse(text, &error))
        return refuse(tr("The priority formula cannot be used: %1.").arg(error));
    // The standard formula is stored as none, so a later standard applies to the project.
    const QString stored = text == PriorityFormula::standard() ? QString() : text;
    if (stored == m_project.info.priorityFormula) return true;
    ProjectInfo info = m_project.info;
    info.priorityFormula = stored;
    return setProjectInfo(info, tr("Change priority formula"));
}

} // namespace waymark
