// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

namespace waymark {

// The numbers behind the charts, stage by stage, for the Charts panel and the PDF export.
struct StageSeries
{
    QStringList stages;
    QList<double> volumes;     // a stage's own volume, or the sum of its cards'
    QList<double> conversions; // from each stage to the next, in percent
    QList<double> metric;      // a stage's own value, or the mean of its cards'
    QList<double> feeling;     // the mean emotion of the stage's feelings (0 without)
    QString metricName;
    bool hasVolume = false;

    // `metric` may be null (then `metric` stays empty). `period` empty: each value's latest;
    // `segment` empty: all customers.
    static StageSeries compute(const Project &project, const Journey &journey, const Id &metric,
                               const QString &period = {}, const QString &segment = {});
    static QList<double> conversionsOf(const QList<double> &volumes);
};

} // namespace waymark
