// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QColor>
#include <QHash>

namespace waymark {

enum class MetricStatus
{
    None, // no thresholds to judge by
    Good,
    Warning,
    Critical
};

// One metric laid over a map: each card's and stage's value in a period and segment, how it
// stands against the thresholds, and the trend against the period before.
class MetricOverlay
{
public:
    struct Value
    {
        double value = 0;
        MetricStatus status = MetricStatus::None;
        std::optional<double> previous;
        QString text; // formatted with the unit, in the user's locale
    };

    // `period` empty: each target's latest period.
    MetricOverlay(const Project &project, const Id &metricId, const QString &period = {},
                  const QString &segment = {});
    const MetricDefinition &metric() const { return m_metric; }
    bool isValid() const { return !m_metric.id.isNull(); }
    const Value *value(const Id &targetId) const;
    // Every target's value, by target id.
    const QHash<Id, Value> &values() const { return m_values; }
    int size() const { return int(m_values.size()); }

    static MetricStatus status(const MetricDefinition &metric, double value);
    static QString format(const MetricDefinition &metric, double value);
    // Colours that colour-blind viewers tell apart (blue, orange, red) and that print as
    // three greys; the badge adds marks (! and !!) for greyscale.
    static QColor colour(MetricStatus status);
    static QColor tint(MetricStatus status);
    // A line for legends: "CSAT — higher is better; warning below 3.5, critical below 3".
    QString legend() const;

    static QStringList periods(const Project &project, const Id &metricId);
    static QStringList segments(const Project &project, const Id &metricId);
    // A metric by key, name or id.
    static const MetricDefinition *find(const Project &project, const QString &nameOrKey);

private:
    MetricDefinition m_metric;
    QString m_period, m_segment;
    QHash<Id, Value> m_values;
};

} // namespace waymark
