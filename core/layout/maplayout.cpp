// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayout.h"

#include <algorithm>

namespace waymark {

QRectF MapLayout::cellRect(int stage, int lane) const
{
    return QRectF(stageHeaders[stage].left(), laneHeaders[lane].top(), stageHeaders[stage].width(),
                  laneHeaders[lane].height());
}

MapLayout MapLayout::compute(const Journey &journey)
{
    return compute(journey, Metrics());
}

MapLayout MapLayout::compute(const Journey &journey, const Metrics &m)
{
    MapLayout layout;
    layout.metrics = m;
    const int stages = int(journey.stages.size());
    const int lanes = int(journey.lanes.size());

    // Count cards per cell once: rows grow to fit their fullest cell.
    QHash<Id, int> stageIndex, laneIndex;
    for (int s = 0; s < stages; ++s)
        stageIndex.insert(journey.stages[s].id, s);
    for (int l = 0; l < lanes; ++l)
        laneIndex.insert(journey.lanes[l].id, l);
    QList<int> fullest(lanes, 0);
    QList<int> cellCount(stages * lanes, 0);
    for (const Card &c : journey.cards) {
        const int s = stageIndex.value(c.stageId, -1), l = laneIndex.value(c.laneId, -1);
        if (s < 0 || l < 0) continue;
        fullest[l] = std::max(fullest[l], ++cellCount[l * stages + s]);
    }

    double x = m.laneHeaderWidth;
    for (const Stage &stage : journey.stages) {
        const double w = stage.width > 0 ? stage.width : m.stageWidth;
        layout.columnX.append(x);
        layout.stageHeaders.append(QRectF(x, 0, w, m.stageHeaderHeight));
        x += w;
    }
    double y = m.stageHeaderHeight;
    for (int l = 0; l < lanes; ++l) {
        const Lane &lane = journey.lanes[l];
        const double content =
            fullest[l] * (m.cardHeight + m.cardGap) - m.cardGap + 2 * m.cellPadding;
        double h =
            lane.kind == LaneKind::Feelings ? m.feelingsHeight : std::max(m.minLaneHeight, content);
        if (lane.height > 0) h = lane.height;
        layout.rowY.append(y);
        layout.laneHeaders.append(QRectF(0, y, m.laneHeaderWidth, h));
        y += h;
    }
    layout.bounds = QRectF(0, 0, x, y);

    for (const Card &c : journey.cards) {
        const int s = stageIndex.value(c.stageId, -1), l = laneIndex.value(c.laneId, -1);
        if (s < 0 || l < 0) continue;
        const QRectF cell = layout.cellRect(s, l);
        if (journey.lanes[l].kind == LaneKind::Feelings) {
            // One point per card, spread across the stage; the score sets the height.
            const int n = cellCount[l * stages + s];
            const double px = cell.left() + cell.width() * (c.order + 1) / (n + 1);
            const int score = c.emotion.value_or(0);
            const double band = cell.height() - 2 * m.cellPadding - 24;
            const double py = cell.top() + m.cellPadding + 12 +
                              band * (MaxEmotion - score) / (MaxEmotion - MinEmotion);
            layout.emotionCurves[journey.lanes[l].id].append({c.id, QPointF(px, py), score});
            layout.cards.insert(c.id, QRectF(px - 14, py - 14, 28, 28));
            continue;
        }
        layout.cards.insert(
            c.id, QRectF(cell.left() + m.cellPadding,
                         cell.top() + m.cellPadding + c.order * (m.cardHeight + m.cardGap),
                         cell.width() - 2 * m.cellPadding, m.cardHeight));
    }
    for (auto &curve : layout.emotionCurves)
        std::sort(curve.begin(), curve.end(), [](const EmotionPoint &a, const EmotionPoint &b) {
            return a.pos.x() < b.pos.x();
        });
    return layout;
}

} // namespace waymark
