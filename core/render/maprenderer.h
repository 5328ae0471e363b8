// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/maplayout.h"

#include <QSet>

class QPainter;

namespace waymark {

struct RenderOptions
{
    QRectF exposed;           // only what intersects this is painted; null = everything
    double levelOfDetail = 1; // below ~0.35 cards are drawn as plain blocks
    QSet<Id> selectedCards;
};

// Paints a laid-out journey map. The canvas, the exporters and the CLI share this code, so
// what is on screen is what lands in a PDF.
class MapRenderer
{
public:
    MapRenderer(const Project &project, const Journey &journey, const MapLayout &layout);
    void paint(QPainter *painter, const RenderOptions &options = {}) const;

    void paintStageHeader(QPainter *painter, int stage) const;
    void paintLaneHeader(QPainter *painter, int lane) const;
    void paintCard(QPainter *painter, const Card &card, const QRectF &rect, double levelOfDetail,
                   bool selected) const;
    void paintEmotionCurve(QPainter *painter, const Lane &lane) const;

    static QColor laneColour(LaneKind kind);

private:
    const Project &m_project;
    const Journey &m_journey;
    const MapLayout &m_layout;
};

} // namespace waymark
