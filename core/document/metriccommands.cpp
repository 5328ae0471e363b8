// SPDX-License-Identifier: GPL-3.0-or-later
#include "metriccommands.h"

namespace waymark {

MetricImportCommand::MetricImportCommand(Document *doc, const QString &text, MetricImportPlan plan)
    : DocumentCommand(doc, text), m_plan(std::move(plan))
{
}

void MetricImportCommand::apply(bool forward)
{
    Project &p = project();
    ChangeSet &c = pending();
    if (forward) {
        p.metrics.append(m_plan.newMetrics);
        p.observations.append(m_plan.added);
        p.imports.append(m_plan.record);
    } else {
        QSet<ObservationKey> gone;
        gone.reserve(m_plan.added.size());
        for (const Observation &o : m_plan.added)
            gone.insert(o.key());
        p.observations.removeIf([&](const Observation &o) { return gone.contains(o.key()); });
        QSet<Id> goneMetrics;
        for (const MetricDefinition &m : m_plan.newMetrics)
            goneMetrics.insert(m.id);
        p.metrics.removeIf([&](const MetricDefinition &m) { return goneMetrics.contains(m.id); });
        p.imports.removeIf([&](const MetricImport &i) { return i.id == m_plan.record.id; });
    }
    // Directions this import sets on existing metrics.
    for (const auto &[before, after] : m_plan.changedMetrics) {
        const int i = indexOfId(p.metrics, after.id);
        if (i >= 0) p.metrics[i] = forward ? after : before;
        c.metrics.insert(after.id);
    }
    if (!m_plan.changed.isEmpty()) {
        QHash<ObservationKey, const Observation *> values;
        for (const auto &[before, after] : m_plan.changed)
            values.insert(after.key(), forward ? &after : &before);
        for (Observation &o : p.observations)
            if (auto it = values.constFind(o.key()); it != values.cend()) {
                o.value = (*it)->value;
                o.importId = (*it)->importId;
            }
    }
    for (const MetricDefinition &m : m_plan.newMetrics)
        c.metrics.insert(m.id);
    for (const Observation &o : m_plan.added)
        c.observations.insert(o.key());
    for (const auto &change : m_plan.changed)
        c.observations.insert(change.second.key());
    c.imports.insert(m_plan.record.id);
}

} // namespace waymark
