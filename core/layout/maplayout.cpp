// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayout.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace waymark {

QRectF MapLayout::cellRect(int stage, int lane) const
{
    return QRectF(stageHeaders[stage].left(), laneHeaders[lane].top(), stageHeaders[stage].width(),
                  laneHeaders[lane].height());
}

QRectF MapLayout::slotRect(int stage, int lane, int index) const
{
    const QRectF cell = cellRect(stage, lane);
    return QRectF(cell.left() + metrics.cellPadding,
                  cell.top() + metrics.cellPadding + index * (metrics.cardHeight + metrics.cardGap),
                  cell.width() - 2 * metrics.cellPadding, metrics.cardHeight);
}

int MapLayout::stageAt(double x) const
{
    if (columnX.isEmpty() || x < columnX.first() || x >= bounds.right()) return -1;
    const auto it = std::upper_bound(columnX.begin(), columnX.end(), x);
    return int(it - columnX.begin()) - 1;
}

int MapLayout::laneAt(double y) const
{
    if (rowY.isEmpty() || y < rowY.first() || y >= bounds.bottom()) return -1;
    const auto it = std::upper_bound(rowY.begin(), rowY.end(), y);
    const int l = int(it - rowY.begin()) - 1;
    return y < laneHeaders[l].bottom() ? l : -1;
}

namespace {

// Where the line from the centre of `r` towards `to` leaves `r`.
QPointF borderPoint(const QRectF &r, const QPointF &to)
{
    const QPointF c = r.center(), d = to - c;
    if (d.isNull()) return c;
    const double sx = d.x() != 0 ? (r.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (r.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min({sx, sy, 1.0});
}

} // namespace

QLineF MapLayout::arrowLine(const Connection &connection) const
{
    return arrowBetween(cards.value(connection.from), cards.value(connection.to));
}

QLineF MapLayout::arrowBetween(const QRectF &a, const QRectF &b)
{
    if (a.isNull() || b.isNull()) return {};
    // Sharing a column: straight down (or up) at the middle of what they share.
    const double left = std::max(a.left(), b.left()), right = std::min(a.right(), b.right());
    if (right - left > 8 && !a.intersects(b)) {
        const double x = (left + right) / 2;
        return a.bottom() <= b.top() ? QLineF(x, a.bottom(), x, b.top())
                                     : QLineF(x, a.top(), x, b.bottom());
    }
    const double top = std::max(a.top(), b.top()), bottom = std::min(a.bottom(), b.bottom());
    if (bottom - top > 8 && !a.intersects(b)) {
        const double y = (top + bottom) / 2;
        return a.right() <= b.left() ? QLineF(a.right(), y, b.left(), y)
                                     : QLineF(a.left(), y, b.right(), y);
    }
    return QLineF(borderPoint(a, b.center()), borderPoint(b, a.center()));
}

Id MapLayout::connectionAt(const Journey &journey, const QPointF &pos, double tolerance) const
{
    for (auto it = journey.connections.crbegin(); it != journey.connections.crend(); ++it) {
        const QLineF line = arrowLine(*it);
        if (line.isNull()) continue;
        const QPointF d = line.p2() - line.p1();
        const double len2 = QPointF::dotProduct(d, d);
        const double t =
            len2 > 0 ? std::clamp(QPointF::dotProduct(pos - line.p1(), d) / len2, 0.0, 1.0) : 0;
        const QPointF nearest = line.p1() + d * t;
        if (QLineF(nearest, pos).length() <= tolerance) return it->id;
    }
    return {};
}

double MapLayout::emotionY(int lane, double score) const
{
    const QRectF band = laneHeaders[lane];
    const double top = band.top() + metrics.cellPadding + metrics.emotionPointRadius + 12;
    const double span =
        band.height() - 2 * metrics.cellPadding - 2 * metrics.emotionPointRadius - 24;
    return top + span * (MaxEmotion - score) / (MaxEmotion - MinEmotion);
}

int MapLayout::emotionScoreAt(int lane, double y) const
{
    const double top = emotionY(lane, MaxEmotion), bottom = emotionY(lane, MinEmotion);
    const double score = MaxEmotion - (y - top) / (bottom - top) * (MaxEmotion - MinEmotion);
    return std::clamp(int(std::lround(score)), MinEmotion, MaxEmotion);
}

int MapLayout::insertionIndex(const Journey &journey, int stage, int lane, double y,
                              const QSet<Id> &moving) const
{
    int index = 0;
    for (const Card *c : journey.cellCards(journey.stages[stage].id, journey.lanes[lane].id)) {
        if (moving.contains(c->id)) continue;
        if (cards.value(c->id).center().y() >= y) break;
        ++index;
    }
    return index;
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
    // Each card's cell, looked up once.
    QList<std::pair<int, int>> cellOf(journey.cards.size());
    for (qsizetype i = 0; i < journey.cards.size(); ++i) {
        const Card &c = journey.cards[i];
        const int s = stageIndex.value(c.stageId, -1), l = laneIndex.value(c.laneId, -1);
        cellOf[i] = {s, l};
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
    // A blueprint's lines, each in its band above the first lane below it.
    auto addLinesAbove = [&](int lane) {
        for (BlueprintLine line : journey.linesAbove(lane)) {
            layout.blueprintLines.append({line, QRectF(0, y, x, m.blueprintLineHeight)});
            y += m.blueprintLineHeight;
        }
    };
    for (int l = 0; l < lanes; ++l) {
        const Lane &lane = journey.lanes[l];
        addLinesAbove(l);
        const double content =
            fullest[l] * (m.cardHeight + m.cardGap) - m.cardGap + 2 * m.cellPadding;
        double h =
            lane.kind == LaneKind::Feelings ? m.feelingsHeight : std::max(m.minLaneHeight, content);
        if (lane.height > 0)
            h = std::max(lane.height, lane.kind == LaneKind::Feelings ? 120.0 : 48.0);
        layout.rowY.append(y);
        layout.laneHeaders.append(QRectF(0, y, m.laneHeaderWidth, h));
        y += h;
    }
    addLinesAbove(lanes);
    layout.bounds = QRectF(0, 0, x, y);
    layout.cards.reserve(journey.cards.size());

    // Feelings cards: grouped per persona, each group spread across its stage.
    struct Feeling
    {
        const Card *card;
        int stage, lane;
    };
    QList<Feeling> feelings;
    for (qsizetype i = 0; i < journey.cards.size(); ++i) {
        const Card &c = journey.cards[i];
        const auto [s, l] = cellOf[i];
        if (s < 0 || l < 0) continue;
        if (journey.lanes[l].kind == LaneKind::Feelings) {
            feelings.append({&c, s, l});
            continue;
        }
        const QRectF cell = layout.cellRect(s, l);
        layout.cards.insert(
            c.id, QRectF(cell.left() + m.cellPadding,
                         cell.top() + m.cellPadding + c.order * (m.cardHeight + m.cardGap),
                         cell.width() - 2 * m.cellPadding, m.cardHeight));
    }
    if (feelings.isEmpty()) return layout;
    std::sort(feelings.begin(), feelings.end(), [](const Feeling &a, const Feeling &b) {
        return std::tie(a.lane, a.stage, a.card->order) < std::tie(b.lane, b.stage, b.card->order);
    });
    // Curves in the order of the journey's personas, then the cards without one.
    auto curveRank = [&](const Id &persona) {
        const qsizetype i = journey.personaIds.indexOf(persona);
        return i < 0 ? (persona.isNull() ? 1000000 : 1000) : int(i);
    };
    // Points without a persona belong to the journey's persona (its first linked one, or the
    // only persona its feelings name), so that giving one point a persona never splits the
    // curve in two.
    QHash<int, QSet<Id>> named;
    for (const Feeling &f : feelings)
        if (!f.card->personaId.isNull()) named[f.lane].insert(f.card->personaId);
    const auto curveOf = [&](const Feeling &f) {
        if (!f.card->personaId.isNull()) return f.card->personaId;
        if (!journey.personaIds.isEmpty()) return journey.personaIds.first();
        const QSet<Id> &in = named[f.lane];
        return in.size() == 1 ? *in.begin() : Id();
    };
    QHash<QPair<int, Id>, QList<const Feeling *>> groups; // (lane, persona) -> cards
    for (const Feeling &f : feelings)
        groups[{f.lane, curveOf(f)}].append(&f);
    QList<QPair<int, Id>> keys = groups.keys();
    std::sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
        return std::make_pair(a.first, curveRank(a.second)) <
               std::make_pair(b.first, curveRank(b.second));
    });
    QHash<int, int> curvesInLane;
    for (const auto &k : keys)
        ++curvesInLane[k.first];
    QHash<int, int> curveNumber;
    QHash<Id, double> labelWidths;
    const double r = m.emotionPointRadius;
    for (const auto &key : keys) {
        const QList<const Feeling *> &group = groups[key];
        EmotionCurve curve{journey.lanes[key.first].id, key.second, {}};
        // Several personas side by side: each curve gets its own part of every stage, so
        // that equal scores and their labels never cover each other.
        const int n = curveNumber[key.first]++, parts = curvesInLane[key.first];
        QHash<int, int> countInStage, seen;
        for (const Feeling *f : group)
            ++countInStage[f->stage];
        for (const Feeling *f : group) {
            const QRectF cell = layout.cellRect(f->stage, f->lane);
            const double partWidth = cell.width() / parts;
            const double partLeft = cell.left() + partWidth * n;
            const int k = seen[f->stage]++, count = countInStage[f->stage];
            const int score = std::clamp(f->card->emotion.value_or(0), MinEmotion, MaxEmotion);
            const QPointF pos(partLeft + partWidth * (k + 1) / (count + 1),
                              layout.emotionY(f->lane, score));
            curve.points.append({f->card->id, pos, score});
            layout.cards.insert(f->card->id, QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r));
            labelWidths.insert(f->card->id, std::clamp(partWidth / count - 8, 2 * r, 180.0));
        }
        layout.emotionCurves.append(curve);
    }
    layout.placeEmotionLabels(labelWidths);
    return layout;
}

namespace {

// The points the curve between `a` and `b` passes through (the cubic the renderer draws,
// with horizontal tangents at both ends).
QList<QPointF> curveSamples(const QPointF &a, const QPointF &b)
{
    QList<QPointF> out;
    const double dx = (b.x() - a.x()) / 2;
    const QPointF c1(a.x() + dx, a.y()), c2(b.x() - dx, b.y());
    for (int i = 0; i <= 24; ++i) {
        const double t = i / 24.0, u = 1 - t;
        out.append(a * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) + b * (t * t * t));
    }
    return out;
}

} // namespace

void MapLayout::placeEmotionLabels(const QHash<Id, double> &widths)
{
    const double r = metrics.emotionPointRadius, h = EmotionLabelLines * EmotionLabelLine, gap = 4;
    // Everything a label must not cover, per lane: the curves and the points.
    QHash<Id, QList<QPointF>> ink;
    for (const EmotionCurve &curve : std::as_const(emotionCurves)) {
        QList<QPointF> &list = ink[curve.laneId];
        for (int i = 0; i < curve.points.size(); ++i) {
            const QPointF p = curve.points[i].pos;
            list += {p + QPointF(0, -r), p + QPointF(0, r)};
            if (i > 0) list += curveSamples(curve.points[i - 1].pos, p);
        }
    }
    for (const EmotionCurve &curve : std::as_const(emotionCurves)) {
        if (curve.points.isEmpty()) continue;
        const int lane = laneAt(curve.points.first().pos.y());
        if (lane < 0) continue;
        const QRectF band = laneHeaders[lane].adjusted(0, 2, 0, -2);
        const QList<QPointF> &near = ink[curve.laneId];
        for (const EmotionPoint &point : curve.points) {
            const double w = widths.value(point.cardId, 160);
            const double x0 = point.pos.x() - w / 2, x1 = point.pos.x() + w / 2;
            // The highest and lowest ink over the label's width.
            double top = point.pos.y() - r, bottom = point.pos.y() + r;
            for (const QPointF &q : near)
                if (q.x() >= x0 && q.x() <= x1)
                    top = std::min(top, q.y()), bottom = std::max(bottom, q.y());
            const QRectF below(x0, bottom + gap, w, h), above(x0, top - gap - h, w, h);
            const bool belowFits = below.bottom() <= band.bottom();
            const bool aboveFits = above.top() >= band.top();
            // Below a point in the upper half, above one in the lower half, when that side has
            // room; else the side that has; else the nearest clear spot inside the lane.
            const bool upper = point.score > 0;
            QRectF chosen;
            if ((upper || !aboveFits) && belowFits)
                chosen = below;
            else if (aboveFits)
                chosen = above;
            else
                chosen = QRectF(x0, upper ? band.bottom() - h : band.top(), w, h);
            emotionLabels.insert(point.cardId, chosen);
        }
    }
}

} // namespace waymark
