// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QStringList>

namespace waymark {

// The numbers behind the charts, stage by stage, for the Charts panel and the PDF export.
struct StageSeries
{
    QStringList stages;
    QList<double> volumes; // a stage's own volume, or the sum of its cards'
    // From each stage to the next, in percent; above 100 where a stage has more volume than
    // the one before (more people arrive than went on: say so, not "773 %").
    QList<double> conversions;
    QList<double> metric; // a stage's own value, or the mean of its cards' (0 without)
    // Each stage's metric value in the metric's one format ("48.2 %", "12:30 min"), or
    // "no data" for a stage without values.
    QStringList metricText;
    QList<double> feeling; // the mean emotion of the stage's feelings (0 without)
    QString metricName;
    QString volumeName; // the volume metric drawn
    bool hasVolume = false;

    // `metric` may be null (then `metric` stays empty). `period` empty: each value's latest;
    // `segment` empty: all customers.
    static StageSeries compute(const Project &project, const Journey &journey, const Id &metric,
                               const QString &period = {}, const QString &segment = {});
    static QList<double> conversionsOf(const QList<double> &volumes);
    // How a stage's volume follows the one before: "→ 42 %", or "↑ more than the stage
    // before" instead of a percentage above 100; empty for the first stage or after none.
    static QString conversionText(const QList<double> &volumes, int stage);
};

} // namespace waymark
