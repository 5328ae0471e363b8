// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/eventlog.h"
#include "model/model.h"

#include <QJsonObject>
#include <QRectF>

class QPainter;

namespace waymark {

// The main flow of an event log: its most frequent activities and the transitions between
// them, with entries and exits. Kept with the import of the log's figures (in the import's
// mapping, so that undoing the import removes it too) and drawn in the Flow panel, as PNG or
// SVG, and on a page of the PDF export after the journey it was imported onto.
struct FlowGraph
{
    struct Node
    {
        QString name;
        qint64 events = 0, entries = 0, exits = 0;
        double position = 0; // where in the cases, 0 = first, 1 = last
    };
    struct Edge
    {
        int from = 0, to = 0; // node indexes
        qint64 count = 0;
        double medianSeconds = 0;
    };
    QString source;
    Id journeyId;
    qint64 cases = 0, events = 0;
    QList<Node> nodes; // in their typical order
    QList<Edge> edges; // most frequent first

    // The `maxNodes` activities with the most events and the `maxEdges` most frequent
    // transitions between them.
    static FlowGraph fromAnalysis(const EventLogAnalysis &a, const QString &source,
                                  const Id &journeyId, int maxNodes = 12, int maxEdges = 30);
    QJsonObject toJson() const;
    static std::optional<FlowGraph> fromJson(const QJsonObject &json);
    // The flow of the newest import onto `journey` that brought one.
    static std::optional<FlowGraph> latest(const Project &project, const Id &journeyId);
    // The node of a card (by touchpoint key or text); -1: none.
    int nodeOf(const Card &card) const;
};

// Writes the flow as a PNG picture (twice `size`, for slides) or, for a .svg path, an SVG
// drawing; all or nothing, with the file system's reason on failure.
bool saveFlow(const FlowGraph &flow, const QString &path, const QSize &size, QString *error);

// Draws the flow into `rect`: boxes in their typical order from left to right, arrows as wide
// as their share of the transitions (the most frequent labelled), exits in red. `highlight`:
// a node to mark (-1: none). `nodeRects` receives each node's box, for hit testing.
void drawFlow(QPainter *painter, const QRectF &rect, const FlowGraph &flow, int highlight = -1,
              QList<QRectF> *nodeRects = nullptr);

} // namespace waymark
