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
        QSet<Id> gone;
        for (const Observation &o : m_plan.added)
            gone.insert(o.id);
        p.observations.removeIf([&](const Observation &o) { return gone.contains(o.id); });
        QSet<Id> goneMetrics;
        for (const MetricDefinition &m : m_plan.newMetrics)
            goneMetrics.insert(m.id);
        p.metrics.removeIf([&](const MetricDefinition &m) { return goneMetrics.contains(m.id); });
        p.imports.removeIf([&](const MetricImport &i) { return i.id == m_plan.record.id; });
    }
    if (!m_plan.changed.isEmpty()) {
        QHash<Id, double> values;
        for (const auto &[before, after] : m_plan.changed)
            values.insert(after.id, forward ? after.value : before.value);
        QHash<Id, Id> imports;
        for (const auto &[before, after] : m_plan.changed)
            imports.insert(after.id, forward ? after.importId : before.importId);
        for (Observation &o : p.observations)
            if (auto it = values.constFind(o.id); it != values.cend()) {
                o.value = *it;
                o.importId = imports.value(o.id);
            }
    }
    for (const MetricDefinition &m : m_plan.newMetrics)
        c.metrics.insert(m.id);
    for (const Observation &o : m_plan.added)
        c.observations.insert(o.id);
    for (const auto &change : m_plan.changed)
        c.observations.insert(change.second.id);
    c.imports.insert(m_plan.record.id);
}

} // namespace waymark
