// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QSet>

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
        double emotionPointRadius = 14;
        double blueprintLineHeight = 26; // the band of one line of a service blueprint
    };

    Metrics metrics;
    QRectF bounds;
    QList<QRectF> stageHeaders; // per stage
    QList<QRectF> laneHeaders;  // per lane
    QList<double> columnX;      // left edge of each stage column
    QList<double> rowY;         // top edge of each lane row
    QHash<Id, QRectF> cards;
    // A service blueprint's lines, each in a band of its own between two lanes (or above the
    // first, below the last lane when a zone is empty), in the order of the lines.
    struct LineBand
    {
        BlueprintLine line;
        QRectF band; // the whole width of the map
    };
    QList<LineBand> blueprintLines;
    // Where an arrow between two cards runs: straight down or across between cards that share
    // a column or row, else from border to border on the line between their centres.
    QLineF arrowLine(const Connection &connection) const;
    static QLineF arrowBetween(const QRectF &from, const QRectF &to);
    // The arrow of `journey` under a map coordinate (within `tolerance`), or null.
    Id connectionAt(const Journey &journey, const QPointF &pos, double tolerance = 5) const;
    // Emotion curves: one per feelings lane and persona (a null persona id for cards that
    // belong to no persona), each with its points in stage order.
    struct EmotionPoint
    {
        Id cardId;
        QPointF pos;
        int score = 0;
    };
    struct EmotionCurve
    {
        Id laneId;
        Id personaId;
        QList<EmotionPoint> points;
    };
    QList<EmotionCurve> emotionCurves;
    // Where each point's label goes: room for three lines, as wide as the point's part of its
    // stage (each persona's curve has its own part), above or below the point on the side
    // where no curve of the lane runs, inside the lane when it can be.
    QHash<Id, QRectF> emotionLabels;
    static constexpr double EmotionLabelLine = 14; // one line of the 11-pixel label text
    static constexpr int EmotionLabelLines = 3;

    QRectF cellRect(int stage, int lane) const;
    // Where a card at position `index` of a cell sits (also for a card that is not there yet).
    QRectF slotRect(int stage, int lane, int index) const;
    // Column and row under a map coordinate, or -1 outside the grid (or on a blueprint line).
    int stageAt(double x) const;
    int laneAt(double y) const;
    // The vertical position of an emotion score in a feelings lane, and back (rounded and
    // clamped to a whole score).
    double emotionY(int lane, double score) const;
    int emotionScoreAt(int lane, double y) const;
    // The position in cell (stage, lane) at which cards dropped at height `y` land, counting
    // only the cards that are not in `moving`.
    int insertionIndex(const Journey &journey, int stage, int lane, double y,
                       const QSet<Id> &moving) const;

    static MapLayout compute(const Journey &journey);
    // Fills emotionLabels from the curves and each label's width.
    void placeEmotionLabels(const QHash<Id, double> &widths);
    static MapLayout compute(const Journey &journey, const Metrics &metrics);
};

} // namespace waymark
