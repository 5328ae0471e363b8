// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QHash>
#include <QRectF>

namespace waymark {

// Geometry of one journey map, derived from the model (never stored).
struct MapLayout
{
    struct Metrics
    {
        double laneHeaderWidth = 180;
        double stageHeaderHeight = 64;
        double stageWidth = 240;
        double cardHeight = 64;
        double cardGap = 8;
        double cellPadding = 10;
        double minLaneHeight = 84;
        double feelingsHeight = 180;
    };

    Metrics metrics;
    QRectF bounds;
    QList<QRectF> stageHeaders; // per stage
    QList<QRectF> laneHeaders;  // per lane
    QList<double> columnX;      // left edge of each stage column
    QList<double> rowY;         // top edge of each lane row
    QHash<Id, QRectF> cards;
    // Emotion curve: per feelings lane, the points in stage order (x, y, score).
    struct EmotionPoint
    {
        Id cardId;
        QPointF pos;
        int score = 0;
    };
    QHash<Id, QList<EmotionPoint>> emotionCurves; // keyed by lane id

    QRectF cellRect(int stage, int lane) const;
    static MapLayout compute(const Journey &journey);
    static MapLayout compute(const Journey &journey, const Metrics &metrics);
};

} // namespace waymark
