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
    // Whether values of `metric` are judged good, warning or critical: its direction is known
    // and it has a threshold (volume without thresholds is not; its values are grey).
    static bool judges(const MetricDefinition &metric)
    {
        return metric.directionKnown && (metric.warning || metric.critical);
    }
    // `decimals`: from decimalsFor(); -1 = as many as this value needs.
    static QString format(const MetricDefinition &metric, double value, int decimals = -1);
    // One format for all of a metric's values: the decimals the most precise of them needs,
    // up to 1 for percentages and 2 otherwise, none from 1,000 up; -2 for durations shown
    // as m:ss (when any of them is a minute or more).
    static int decimalsFor(const MetricDefinition &metric, const QList<double> &values);
    int decimals() const { return m_decimals; }
    // A value of this overlay's metric in its format.
    QString formatValue(double value) const { return format(m_metric, value, m_decimals); }
    // A threshold in the metric's format, without padding zeros ("30 %", not "30.0 %").
    static QString formatThreshold(const MetricDefinition &metric, double value, int decimals)
    {
        return format(metric, value, decimals == -2 ? -2 : -1);
    }
    // Colours that colour-blind viewers tell apart (blue, orange, red) and that print as
    // three greys; the badge adds marks (! and !!) for greyscale.
    static QColor colour(MetricStatus status);
    static QColor tint(MetricStatus status);
    // A line for legends: "CSAT — higher is better; warning below 3.5, critical below 3".
    QString legend() const;
    // What Waymark understood of a metric, for import summaries: "Drop-off, %, lower is
    // better, warning above 20 %, critical above 30 %".
    static QString describe(const MetricDefinition &metric);

    static QStringList periods(const Project &project, const Id &metricId);
    static QStringList segments(const Project &project, const Id &metricId);
    // A metric by key, name or id, or by kind ("drop-off") when one metric is of that kind.
    static const MetricDefinition *find(const Project &project, const QString &nameOrKey);
    // The volume metric that weights a journey's friction and draws its funnel: of the
    // metrics of kind "volume", the one with values for most of the journey's cards and
    // stages (null when there is none).
    static Id volumeMetric(const Project &project, const Journey &journey);

private:
    MetricDefinition m_metric;
    int m_decimals = -1;
    QString m_period, m_segment;
    QHash<Id, Value> m_values;
};

} // namespace waymark
