// SPDX-License-Identifier: GPL-3.0-or-later
#include "friction.h"

#include "overlay.h"
#include "trcontexts.h"

#include <cmath>
#include <numeric>
#include <QSet>

namespace waymark::Friction {

namespace {

double severity(const MetricDefinition &m, double v)
{
    const MetricStatus status = MetricOverlay::status(m, v);
    if (status == MetricStatus::Good || status == MetricStatus::None) return 0;
    const double sign = m.higherIsBetter ? -1 : 1; // how "worse" points
    const double warning = m.warning.value_or(m.critical.value_or(v));
    const double critical = m.critical.value_or(warning);
    const double step = std::abs(critical - warning) > 1e-9 ? std::abs(critical - warning) : 1;
    if (status == MetricStatus::Warning)
        return 1 + std::clamp(sign * (v - warning) / step, 0.0, 1.0);
    return 2 + std::clamp(sign * (v - critical) / step, 0.0, 2.0);
}

struct Values
{
    // target -> the metrics' values for it
    QHash<Id, QList<std::pair<const MetricDefinition *, double>>> byTarget;
    QHash<Id, int> decimals; // per metric: the overlay's number format
    QString reason(const MetricDefinition &m, double v) const
    {
        const int d = decimals.value(m.id, -1);
        const MetricStatus status = MetricOverlay::status(m, v);
        const QString where = m.higherIsBetter ? Storage::tr("below") : Storage::tr("above");
        const std::optional<double> limit =
            status == MetricStatus::Critical ? m.critical : m.warning;
        return Storage::tr("%1 %2 (%3 %4 %5)")
            .arg(m.name, MetricOverlay::format(m, v, d),
                 status == MetricStatus::Critical ? Storage::tr("critical")
                                                  : Storage::tr("warning"),
                 where, limit ? MetricOverlay::formatThreshold(m, *limit, d) : QString());
    }
};

Values values(const Project &p, const QString &period, const QString &segment)
{
    Values out;
    for (const MetricDefinition &m : p.metrics) {
        const MetricOverlay overlay(p, m.id, period, segment);
        out.decimals.insert(m.id, overlay.decimals());
        for (auto it = overlay.values().cbegin(); it != overlay.values().cend(); ++it)
            out.byTarget[it.key()].append({&m, it->value});
    }
    return out;
}

} // namespace

QList<FrictionPoint> rank(const Project &project, const Journey &j, const QString &period,
                          const QString &segment)
{
    const Values vals = values(project, period, segment);
    // Volume weights against the median volume.
    QList<double> volumes;
    QHash<Id, double> volumeOf;
    const Id volumeId = MetricOverlay::volumeMetric(project, j);
    for (auto it = vals.byTarget.cbegin(); it != vals.byTarget.cend(); ++it)
        for (const auto &[m, v] : it.value())
            if (m->id == volumeId) {
                volumes.append(v);
                volumeOf.insert(it.key(), v);
            }
    std::sort(volumes.begin(), volumes.end());
    const double median = volumes.isEmpty() ? 0 : volumes[volumes.size() / 2];
    // Feelings per stage.
    QHash<Id, QList<int>> stageFeelings;
    for (const Card &c : j.cards)
        if (c.emotion) stageFeelings[c.stageId].append(*c.emotion);

    QList<FrictionPoint> points;
    auto score = [&](FrictionPoint point, std::optional<double> feeling) {
        double sum = 0;
        for (const auto &[m, v] : vals.byTarget.value(point.id)) {
            const double s = severity(*m, v);
            if (s > 0) {
                sum += s;
                point.reasons.append(vals.reason(*m, v));
            }
        }
        if (feeling && *feeling < 0) {
            sum += -*feeling / 2;
            point.reasons.append(Storage::tr("feeling %L1").arg(*feeling, 0, 'g', 2));
        }
        if (sum <= 0) return;
        double weight = 1;
        if (median > 0 && volumeOf.contains(point.id)) {
            weight = std::clamp(std::sqrt(volumeOf.value(point.id) / median), 0.5, 2.0);
            if (std::abs(weight - 1) > 0.05)
                point.reasons.append(Storage::tr("volume weight ×%L1").arg(weight, 0, 'f', 1));
        }
        point.score = sum * weight;
        points.append(point);
    };
    for (const Stage &s : j.stages) {
        const QList<int> f = stageFeelings.value(s.id);
        std::optional<double> avg;
        if (!f.isEmpty()) avg = std::accumulate(f.begin(), f.end(), 0.0) / f.size();
        score({TargetKind::Stage, s.id, s.id, s.name, 0, {}}, avg);
    }
    for (const Card &c : j.cards)
        score({TargetKind::Card, c.id, c.stageId, c.text, 0, {}},
              c.emotion ? std::optional<double>(*c.emotion) : std::nullopt);
    std::stable_sort(
        points.begin(), points.end(),
        [](const FrictionPoint &a, const FrictionPoint &b) { return a.score > b.score; });
    return points;
}

QList<Contradiction> contradictions(const Project &project, const Journey &j, const QString &period,
                                    const QString &segment)
{
    const Values vals = values(project, period, segment);
    QList<Contradiction> out;
    auto worst = [&](const Id &target, MetricStatus *status, QString *what) {
        *status = MetricStatus::None;
        for (const auto &[m, v] : vals.byTarget.value(target)) {
            const MetricStatus s = MetricOverlay::status(*m, v);
            if (int(s) > int(*status)) *status = s, *what = vals.reason(*m, v);
        }
    };
    // A positive feeling where the data is critical (on the stage or any of its cards).
    for (const Card &c : j.cards) {
        if (!c.emotion || *c.emotion <= 0) continue;
        MetricStatus status;
        QString what;
        worst(c.stageId, &status, &what);
        if (status != MetricStatus::Critical)
            for (const Card &other : j.cards)
                if (other.stageId == c.stageId && status != MetricStatus::Critical)
                    worst(other.id, &status, &what);
        if (status == MetricStatus::Critical)
            out.append({TargetKind::Card, c.id,
                        Storage::tr("\"%1\" feels positive (%2), but %3")
                            .arg(c.text, emotionName(*c.emotion), what)});
    }
    // A pain point whose metrics are all healthy.
    for (const Card &c : j.cards) {
        const int l = j.laneIndex(c.laneId);
        if (l < 0 || j.lanes[l].kind != LaneKind::PainPoints) continue;
        const auto list = vals.byTarget.value(c.id);
        if (list.isEmpty()) continue;
        const bool healthy = std::all_of(list.begin(), list.end(), [](const auto &e) {
            return MetricOverlay::status(*e.first, e.second) == MetricStatus::Good;
        });
        if (healthy)
            out.append({TargetKind::Card, c.id,
                        Storage::tr("\"%1\" is a pain point, but all its metrics are healthy")
                            .arg(c.text)});
    }
    return out;
}

QList<LeftOutMetric> leftOut(const Project &project, const Journey &j)
{
    QSet<Id> targets{j.id};
    for (const Stage &s : j.stages)
        targets.insert(s.id);
    for (const Card &c : j.cards)
        targets.insert(c.id);
    QSet<Id> measured;
    for (const Observation &o : project.observations)
        if (targets.contains(o.targetId)) measured.insert(o.metricId);
    QList<LeftOutMetric> out;
    for (const MetricDefinition &m : project.metrics) {
        if (!measured.contains(m.id) || m.kind == QLatin1String("volume")) continue;
        if (!m.directionKnown)
            out.append(
                {m.id, m.name, Storage::tr("nobody has said whether higher or lower is better")});
        else if (!m.warning && !m.critical)
            out.append({m.id, m.name, Storage::tr("it has no warning or critical threshold")});
    }
    return out;
}

FrictionMarks marks(const QList<FrictionPoint> &ranked, int count)
{
    FrictionMarks result;
    for (int i = 0; i < std::min(count, int(ranked.size())); ++i)
        result.insert(ranked[i].id, {i + 1, ranked[i].reasons});
    return result;
}

} // namespace waymark::Friction
