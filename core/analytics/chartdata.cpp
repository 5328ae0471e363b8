// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "overlay.h"
#include "trcontexts.h"

#include <QLocale>

#include <optional>

namespace waymark {

namespace {

// A metric's values per target in a period (or the latest) and segment.
QHash<Id, double> valuesOf(const Project &p, const Id &metric, const QString &period,
                           const QString &segment)
{
    QHash<Id, double> out;
    if (metric.isNull()) return out;
    const MetricOverlay overlay(p, metric, period, segment);
    for (auto it = overlay.values().cbegin(); it != overlay.values().cend(); ++it)
        out.insert(it.key(), it->value);
    return out;
}

// A stage's own value, else the sum or the mean of its cards'; none without any.
std::optional<double> stageValue(const Journey &j, const Stage &s, const QHash<Id, double> &values,
                                 bool sum)
{
    if (values.contains(s.id)) return values.value(s.id);
    double total = 0;
    int n = 0;
    for (const Card &c : j.cards)
        if (c.stageId == s.id && values.contains(c.id)) total += values.value(c.id), ++n;
    if (n == 0) return std::nullopt;
    return sum ? total : total / n;
}

} // namespace

QList<double> StageSeries::conversionsOf(const QList<double> &volumes)
{
    QList<double> out;
    for (qsizetype i = 1; i < volumes.size(); ++i)
        out.append(volumes[i - 1] > 0 ? volumes[i] / volumes[i - 1] * 100 : 0);
    return out;
}

QString StageSeries::conversionText(const QList<double> &volumes, int stage)
{
    if (stage <= 0 || stage >= volumes.size() || volumes[stage - 1] <= 0) return {};
    if (volumes[stage] > volumes[stage - 1]) return Storage::tr("↑ more than the stage before");
    return QStringLiteral("→ %1 %").arg(
        QLocale().toString(volumes[stage] / volumes[stage - 1] * 100, 'f', 0));
}

StageSeries StageSeries::compute(const Project &p, const Journey &j, const Id &metric,
                                 const QString &period, const QString &segment)
{
    StageSeries s;
    const Id volumeId = MetricOverlay::volumeMetric(p, j);
    const MetricDefinition *definition = nullptr;
    for (const MetricDefinition &m : p.metrics) {
        if (m.id == volumeId) s.volumeName = m.name;
        if (m.id == metric) s.metricName = m.name, definition = &m;
    }
    const QHash<Id, double> volume = valuesOf(p, volumeId, period, segment);
    const QHash<Id, double> values = valuesOf(p, metric, period, segment);
    s.hasVolume = !volume.isEmpty();
    QList<std::optional<double>> measured;
    for (const Stage &stage : j.stages) {
        s.stages.append(stage.name);
        s.volumes.append(stageValue(j, stage, volume, true).value_or(0));
        if (definition) {
            measured.append(stageValue(j, stage, values, false));
            s.metric.append(measured.last().value_or(0));
        }
        double sum = 0;
        int n = 0;
        for (const Card &c : j.cards)
            if (c.stageId == stage.id && c.emotion) sum += *c.emotion, ++n;
        s.feeling.append(n ? sum / n : 0);
    }
    s.conversions = conversionsOf(s.volumes);
    if (definition) {
        QList<double> known;
        for (const auto &v : std::as_const(measured))
            if (v) known.append(*v);
        const int decimals = MetricOverlay::decimalsFor(*definition, known);
        for (const auto &v : std::as_const(measured))
            s.metricText.append(v ? MetricOverlay::format(*definition, *v, decimals)
                                  : Storage::tr("no data"));
    }
    return s;
}

} // namespace waymark
