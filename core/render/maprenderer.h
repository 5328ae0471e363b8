// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/friction.h"
#include "layout/maplayout.h"

#include <QColor>
#include <QSet>

class QPainter;
class QPalette;

namespace waymark {
class MetricOverlay;
}

namespace waymark {

// The colours of the map's paper and chrome. Cards keep their lane colours in every theme,
// like sticky notes on a dark wall; exports always use the light theme.
struct MapTheme
{
    QColor paper = Qt::white;
    QColor ink = QColor(0x23, 0x2a, 0x33);
    QColor muted = QColor(0x6b, 0x75, 0x80);
    QColor grid = QColor(0xd5, 0xdb, 0xe1);
    QColor laneHeader = QColor(0xf5, 0xf7, 0xf9);
    QColor selection = QColor(0x1f, 0x6f, 0xd1);
    QColor highlight = QColor(0xf0, 0x8c, 0x00);
    double laneTint = 0.35;

    static MapTheme light() { return {}; }
    // Follows a dark or light platform palette.
    static MapTheme fromPalette(const QPalette &palette);
};

// How one card is shown besides its content.
struct CardState
{
    bool selected = false;
    bool dimmed = false;      // filtered out
    bool highlighted = false; // a find match
    // On screen: a card whose text is cut short says "more" (hover or Properties shows all).
    bool markCutText = false;
};

struct RenderOptions
{
    QRectF exposed;           // only what intersects this is painted; null = everything
    double levelOfDetail = 1; // below ~0.35 cards are drawn as plain blocks
    QSet<Id> selectedCards;
    QSet<Id> dimmedCards;
    // PDF: texts that had to be shortened are also written in full, invisibly, so that a
    // reader's search finds every card.
    bool searchableText = false;
    const MetricOverlay *overlay = nullptr; // values shown on cards and stages
};

// Paints a laid-out journey map. The canvas, the exporters and the CLI share this code, so
// what is on screen is what lands in a PDF.
class MapRenderer
{
public:
    MapRenderer(const Project &project, const Journey &journey, const MapLayout &layout,
                const MapTheme &theme = MapTheme::light());
    void paint(QPainter *painter, const RenderOptions &options = {}) const;

    // Paper, lane tints and grid lines.
    void paintBackground(QPainter *painter, const QRectF &exposed) const;
    // Both return false when the name did not fit and ends in an ellipsis.
    bool paintStageHeader(QPainter *painter, int stage) const;
    bool paintLaneHeader(QPainter *painter, int lane) const;
    // Returns false when the text did not fit and ends in an ellipsis.
    bool paintCard(QPainter *painter, const Card &card, const QRectF &rect, double levelOfDetail,
                   const CardState &state = {}) const;
    // A service blueprint's lines, each named at the left of its band.
    void paintBlueprintLines(QPainter *painter, const QRectF &exposed) const;
    // The arrows between cards, the selected one (if any) highlighted; cards in `moved` (being
    // dragged) are taken where they are now.
    void paintConnections(QPainter *painter, const Id &selected = {},
                          const QHash<Id, QRectF> &moved = {}) const;
    static void paintArrow(QPainter *painter, const QLineF &line, const QColor &colour,
                           double width);
    // The neutral line and the curves of one feelings lane; the points are drawn separately.
    void paintEmotionLines(QPainter *painter, int lane) const;
    void paintEmotionPoint(QPainter *painter, const Card &card, const QPointF &centre,
                           const CardState &state = {}) const;
    // A point's label in two lines where the layout placed it; false when it was cut short.
    bool paintEmotionLabel(QPainter *painter, const Card &card, const QPointF &centre) const;

    QColor curveColour(const Id &personaId) const;
    void setOverlay(const MetricOverlay *overlay) { m_overlay = overlay; }
    // Numbered discs on the worst friction points, shown with an overlay.
    void setFrictionMarks(const FrictionMarks *marks) { m_marks = marks; }
    // Cards whose data is older than their journey's review interval get an hourglass.
    void setStaleCards(const QHash<Id, QDateTime> *cards) { m_stale = cards; }
    // Cards with open comment threads get a speech bubble with their number.
    void setCommentCounts(const QHash<Id, int> *counts) { m_comments = counts; }
    // Cards that open another journey show a line naming it and its friction.
    void setLinkLabels(const QHash<Id, QString> *labels) { m_links = labels; }
    // On screen: an empty lane shows its hint across its band (exports never do).
    void setLaneHints(bool on) { m_laneHints = on; }
    // "↗ Onboarding · 3 friction points" for a card that opens `linked`.
    static QString linkLabel(const Project &project, const Journey &linked);
    // The disc of a friction point, with its rank (none for 0); dark red for the points the
    // map marks, grey for the others (the panel lists those too).
    static void paintFrictionMark(QPainter *painter, const QPointF &centre, double radius, int rank,
                                  bool marked = true);
    // The value badge of a card or stage, bottom right in `rect` (nothing without a value).
    void paintBadge(QPainter *painter, const Id &target, const QRectF &rect) const;
    static QColor laneColour(LaneKind kind);
    // A face drawn with lines: smiling or frowning as much as the score says.
    static void paintFace(QPainter *painter, const QPointF &centre, double radius, int score);

private:
    int frictionRank(const Id &target) const;
    void paintLaneHints(QPainter *painter, const QRectF &exposed) const;
    bool m_laneHints = false;
    const QHash<Id, QDateTime> *m_stale = nullptr;
    const QHash<Id, int> *m_comments = nullptr;
    const QHash<Id, QString> *m_links = nullptr;

    const Project &m_project;
    const Journey &m_journey;
    const MapLayout &m_layout;
    MapTheme m_theme;
    const MetricOverlay *m_overlay = nullptr;
    const FrictionMarks *m_marks = nullptr;
};

} // namespace waymark
