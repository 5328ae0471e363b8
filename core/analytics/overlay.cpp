// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlay.h"

#include "period.h"
#include "trcontexts.h"

#include <QLocale>

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
        v.text = format(m_metric, v.value);
        m_values.insert(it.key(), v);
    }
}

const MetricOverlay::Value *MetricOverlay::value(const Id &targetId) const
{
    const auto it = m_values.constFind(targetId);
    return it == m_values.cend() ? nullptr : &*it;
}

MetricStatus MetricOverlay::status(const MetricDefinition &m, double v)
{
    if (!m.warning && !m.critical) return MetricStatus::None;
    auto past = [&](const std::optional<double> &limit) {
        return limit && (m.higherIsBetter ? v <= *limit : v >= *limit);
    };
    if (past(m.critical)) return MetricStatus::Critical;
    if (past(m.warning)) return MetricStatus::Warning;
    return MetricStatus::Good;
}

QString MetricOverlay::format(const MetricDefinition &m, double v)
{
    const QLocale locale;
    if (m.unit == QLatin1String("s") && std::abs(v) >= 60) {
        const int total = int(std::lround(v));
        return QStringLiteral("%1:%2 min").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    }
    const int decimals = std::abs(v) >= 100 || v == std::floor(v) ? 0 : (std::abs(v) >= 10 ? 1 : 2);
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
    QStringList parts{m_metric.higherIsBetter ? Storage::tr("higher is better")
                                              : Storage::tr("lower is better")};
    const QString below = m_metric.higherIsBetter ? Storage::tr("below") : Storage::tr("above");
    if (m_metric.warning)
        parts.append(Storage::tr("warning %1 %2").arg(below, format(m_metric, *m_metric.warning)));
    if (m_metric.critical)
        parts.append(
            Storage::tr("critical %1 %2").arg(below, format(m_metric, *m_metric.critical)));
    QString text = m_metric.name + QStringLiteral(" — ") + parts.join(QStringLiteral("; "));
    if (!m_period.isEmpty()) text += QStringLiteral(" · ") + m_period;
    if (!m_segment.isEmpty()) text += QStringLiteral(" · ") + m_segment;
    return text;
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

const MetricDefinition *MetricOverlay::find(const Project &project, const QString &nameOrKey)
{
    for (const MetricDefinition &m : project.metrics)
        if (m.key.compare(nameOrKey, Qt::CaseInsensitive) == 0 ||
            m.name.compare(nameOrKey, Qt::CaseInsensitive) == 0 || idToString(m.id) == nameOrKey)
            return &m;
    return nullptr;
}

} // namespace waymark
