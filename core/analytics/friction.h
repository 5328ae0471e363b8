// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QHash>

namespace waymark {

// Where customers struggle, ranked, and where the map and the data disagree.
//
// Friction of a card or stage = weight x (sum over its metrics of how far each is past its
// thresholds + the negative feeling at that step), where
//   a metric past "warning" scores 1 plus how far it went towards "critical" (up to 1 more),
//   a metric past "critical" scores 2 plus how far past it is, in steps of the distance
//   between warning and critical (up to 2 more), a healthy metric scores 0;
//   the feeling adds half of its negative score (-3 adds 1.5): a card's own emotion, or for
//   a stage the average of its feelings;
//   the weight is the square root of the step's volume over the median volume, between 0.5
//   and 2, when a metric of kind "volume" exists (else 1; see MetricOverlay::volumeMetric).
// Metrics whose direction nobody has set, and metrics without thresholds, are left out (and
// listed by leftOut()).
struct FrictionPoint
{
    TargetKind kind = TargetKind::Card;
    Id id;
    Id stageId; // the stage it is in (itself for a stage)
    QString label;
    double score = 0;
    QStringList reasons; // "drop-off 38 % (critical above 30 %)"
};

// A metric the ranking does not judge, and why.
struct LeftOutMetric
{
    Id metric;
    QString name;
    QString reason;
};

struct Contradiction
{
    TargetKind kind = TargetKind::Card;
    Id id;
    QString text;
};

// How a map marks one of its worst friction points: a numbered disc (1 = worst).
struct FrictionMark
{
    int rank = 0;
    QStringList reasons;
    bool operator==(const FrictionMark &) const = default;
};
using FrictionMarks = QHash<Id, FrictionMark>;

namespace Friction {

// How many of the worst points a map marks.
constexpr int MarkedOnMap = 3;

// Highest first; only points with friction above zero. `period` empty: latest values.
QList<FrictionPoint> rank(const Project &project, const Journey &journey,
                          const QString &period = {}, const QString &segment = {});
QList<Contradiction> contradictions(const Project &project, const Journey &journey,
                                    const QString &period = {}, const QString &segment = {});
// The metrics with values on the journey that the ranking leaves out: undecided direction,
// no thresholds (volume, which weights the ranking, is not listed).
QList<LeftOutMetric> leftOut(const Project &project, const Journey &journey);
// The first `count` of a ranking as marks for the map.
FrictionMarks marks(const QList<FrictionPoint> &ranked, int count = MarkedOnMap);

} // namespace Friction

} // namespace waymark
