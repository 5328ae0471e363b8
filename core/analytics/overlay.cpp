// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlay.h"

#include "io/metricrecognition.h"
#include "period.h"
#include "trcontexts.h"

#include <cmath>
#include <QLocale>
#include <QSet>

namespace waymark {

MetricOverlay::MetricOverlay(const Project &project, const Id &metricId, const QString &period,
                             const QString &segment)
    : m_period(period), m_segment(segment)
{
    for (const MetricDefinition &m : project.metrics)
        if (m.id == metricId) m_metric = m;
    if (m_metric.id.isNull()) return;
    // Per target: the chosen (or latest) period and the one before it.
    QHash<Id, QList<std::pair<QString, double>>> byTarget;
    for (const Observation &o : project.observations)
        if (o.metricId == metricId && o.segment == segment)
            byTarget[o.targetId].append({o.period, o.value});
    const Period::Order order;
    for (auto it = byTarget.begin(); it != byTarget.end(); ++it) {
        auto &list = it.value();
        std::sort(list.begin(), list.end(),
                  [&order](const auto &a, const auto &b) { return order(a.first, b.first); });
        qsizetype at = list.size() - 1;
        if (!period.isEmpty()) {
            at = -1;
            for (qsizetype i = 0; i < list.size(); ++i)
                if (list[i].first == period) at = i;
            if (at < 0) continue;
        }
        Value v;
        v.value = list[at].second;
        v.status = status(m_metric, v.value);
        if (at > 0) v.previous = list[at - 1].second;
        m_values.insert(it.key(), v);
    }
    QList<double> shown;
    shown.reserve(m_values.size());
    for (const Value &v : std::as_const(m_values))
        shown.append(v.value);
    m_decimals = decimalsFor(m_metric, shown);
    for (Value &v : m_values)
        v.text = formatValue(v.value);
}

const MetricOverlay::Value *MetricOverlay::value(const Id &targetId) const
{
    const auto it = m_values.constFind(targetId);
    return it == m_values.cend() ? nullptr : &*it;
}

MetricStatus MetricOverlay::status(const MetricDefinition &m, double v)
{
    if (!judges(m)) return MetricStatus::None;
    auto past = [&](const std::optional<double> &limit) {
        return limit && (m.higherIsBetter ? v <= *limit : v >= *limit);
    };
    if (past(m.critical)) return MetricStatus::Critical;
    if (past(m.warning)) return MetricStatus::Warning;
    return MetricStatus::Good;
}

namespace {

int decimalCap(const MetricDefinition &m, double magnitude)
{
    if (magnitude >= 1000) return 0;
    return m.unit == QLatin1String("%") ? 1 : 2;
}

// Durations of a minute and more read as m:ss; a metric with such values shows all as m:ss.
bool asClock(const MetricDefinition &m, double v)
{
    return m.unit == QLatin1String("s") && std::abs(v) >= 60;
}

} // namespace

int MetricOverlay::decimalsFor(const MetricDefinition &m, const QList<double> &values)
{
    double magnitude = 0;
    for (double v : values)
        magnitude = std::max(magnitude, std::abs(v));
    const int cap = decimalCap(m, magnitude);
    int decimals = 0;
    for (double v : values)
        while (decimals < cap &&
               std::abs(std::round(v * std::pow(10.0, decimals)) / std::pow(10.0, decimals) - v) >
                   1e-9 * std::max(1.0, std::abs(v)))
            ++decimals;
    // Durations: m:ss for all when any is a minute or more.
    if (std::any_of(values.begin(), values.end(), [&](double v) { return asClock(m, v); }))
        return -2;
    return decimals;
}

QString MetricOverlay::format(const MetricDefinition &m, double v, int decimals)
{
    const QLocale locale;
    if (decimals == -1) decimals = decimalsFor(m, {v});
    if (decimals == -2) {
        const qint64 total = std::llround(v);
        const qint64 a = std::abs(total);
        return QStringLiteral("%1%2:%3 min")
            .arg(total < 0 ? QStringLiteral("−") : QString())
            .arg(a / 60)
            .arg(a % 60, 2, 10, QLatin1Char('0'));
    }
    QString text = locale.toString(v, 'f', decimals);
    if (!m.unit.isEmpty())
        text += (m.unit == QLatin1String("%") ? QStringLiteral(" %") : u' ' + m.unit);
    return text;
}

QColor MetricOverlay::colour(MetricStatus s)
{
    switch (s) {
    case MetricStatus::Good:
        return QColor(0x2c, 0x7b, 0xb6);
    case MetricStatus::Warning:
        return QColor(0xe6, 0x85, 0x1e);
    case MetricStatus::Critical:
        return QColor(0xb2, 0x18, 0x2b);
    case MetricStatus::None:
        break;
    }
    return QColor(0x6b, 0x75, 0x80);
}

QColor MetricOverlay::tint(MetricStatus s)
{
    switch (s) {
    case MetricStatus::Good:
        return QColor(0xd8, 0xe8, 0xf4);
    case MetricStatus::Warning:
        return QColor(0xfd, 0xe6, 0xc8);
    case MetricStatus::Critical:
        return QColor(0xf6, 0xcf, 0xd3);
    case MetricStatus::None:
        break;
    }
    return {};
}

QString MetricOverlay::legend() const
{
    if (!m_metric.directionKnown) {
        QString text = m_metric.name + QStringLiteral(" — ") +
                       Storage::tr("not judged: nobody has said whether higher or lower is "
                                   "better (Thresholds...)");
        if (!m_period.isEmpty()) text += QStringLiteral(" · ") + m_period;
        if (!m_segment.isEmpty()) text += QStringLiteral(" · ") + m_segment;
        return text;
    }
    QStringList parts{m_metric.higherIsBetter ? Storage::tr("higher is better")
                                              : Storage::tr("lower is better")};
    if (m_metric.kind == QLatin1String("volume") && !m_metric.warning && !m_metric.critical)
        parts = QStringList{Storage::tr("volume, weights the friction")};
    const QString below = m_metric.higherIsBetter ? Storage::tr("below") : Storage::tr("above");
    if (m_metric.warning)
        parts.append(Storage::tr("warning %1 %2")
                         .arg(below, formatThreshold(m_metric, *m_metric.warning, m_decimals)));
    if (m_metric.critical)
        parts.append(Storage::tr("critical %1 %2")
                         .arg(below, formatThreshold(m_metric, *m_metric.critical, m_decimals)));
    QString text = m_metric.name + QStringLiteral(" — ") + parts.join(QStringLiteral("; "));
    if (!m_period.isEmpty()) text += QStringLiteral(" · ") + m_period;
    if (!m_segment.isEmpty()) text += QStringLiteral(" · ") + m_segment;
    return text;
}

QString MetricOverlay::describe(const MetricDefinition &m)
{
    QStringList parts{MetricRecognition::kindName(m.kind)};
    if (!m.unit.isEmpty() && m.kind != QLatin1String("time"))
        parts.append(m.unit == QLatin1String("s") ? Storage::tr("time") : m.unit);
    if (m.kind == QLatin1String("ces"))
        parts.append(MetricRecognition::isCes20(m) ? Storage::tr("CES 2.0 (agreement 1 to 7)")
                                                   : Storage::tr("effort scale (1 to 5)"));
    else if (m.scaleMin && m.scaleMax && m.unit.isEmpty())
        parts.append(Storage::tr("scale %L1 to %L2").arg(*m.scaleMin).arg(*m.scaleMax));
    if (!m.directionKnown) {
        parts.append(Storage::tr("direction not set: shown, not judged"));
    } else if (m.kind == QLatin1String("volume") && !m.warning && !m.critical) {
        parts.append(Storage::tr("not judged; weights the friction"));
    } else {
        parts.append(m.higherIsBetter ? Storage::tr("higher is better")
                                      : Storage::tr("lower is better"));
        const QString where = m.higherIsBetter ? Storage::tr("below") : Storage::tr("above");
        if (m.warning) parts.append(Storage::tr("warning %1 %2").arg(where, format(m, *m.warning)));
        if (m.critical)
            parts.append(Storage::tr("critical %1 %2").arg(where, format(m, *m.critical)));
        if (!m.warning && !m.critical) parts.append(Storage::tr("no thresholds"));
    }
    return parts.join(QStringLiteral(", "));
}

QStringList MetricOverlay::periods(const Project &project, const Id &metricId)
{
    QStringList list;
    for (const Observation &o : project.observations)
        if (o.metricId == metricId && !o.period.isEmpty() && !list.contains(o.period))
            list.append(o.period);
    std::sort(list.begin(), list.end(), Period::Order());
    return list;
}

QStringList MetricOverlay::segments(const Project &project, const Id &metricId)
{
    QStringList list;
    for (const Observation &o : project.observations)
        if (o.metricId == metricId && !o.segment.isEmpty() && !list.contains(o.segment))
            list.append(o.segment);
    list.sort();
    return list;
}

Id MetricOverlay::volumeMetric(const Project &project, const Journey &journey)
{
    QSet<Id> targets{journey.id};
    for (const Stage &s : journey.stages)
        targets.insert(s.id);
    for (const Card &c : journey.cards)
        targets.insert(c.id);
    QHash<Id, QSet<Id>> covered;
    for (const MetricDefinition &m : project.metrics)
        if (m.kind == QLatin1String("volume")) covered.insert(m.id, {});
    if (covered.isEmpty()) return {};
    for (const Observation &o : project.observations)
        if (auto it = covered.find(o.metricId); it != covered.end() && targets.contains(o.targetId))
            it->insert(o.targetId);
    Id best;
    qsizetype most = 0;
    for (const MetricDefinition &m : project.metrics)
        if (covered.contains(m.id) && covered.value(m.id).size() > most)
            best = m.id, most = covered.value(m.id).size();
    return best;
}

const MetricDefinition *MetricOverlay::find(const Project &project, const QString &nameOrKey)
{
    for (const MetricDefinition &m : project.metrics)
        if (m.key.compare(nameOrKey, Qt::CaseInsensitive) == 0 ||
            m.name.compare(nameOrKey, Qt::CaseInsensitive) == 0 || idToString(m.id) == nameOrKey)
            return &m;
    // A kind ("drop-off") names the one metric of that kind.
    const MetricDefinition *only = nullptr;
    for (const MetricDefinition &m : project.metrics)
        if (m.kind.compare(nameOrKey, Qt::CaseInsensitive) == 0) {
            if (only) return nullptr;
            only = &m;
        }
    return only;
}

} // namespace waymark
