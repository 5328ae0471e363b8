// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/overlay.h"
#include "layout/maplayout.h"
#include "mapitems.h"
#include "render/maprenderer.h"
#include "storage/changeset.h"

#include <memory>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>

namespace waymark {

class CornerItem;
class Document;

// The current journey of a document as scene items. It follows the document's signals and
// updates only the items a change touched (and those the layout moved).
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit MapScene(QObject *parent = nullptr);
    ~MapScene() override;
    void setDocument(Document *document);
    Document *document() const { return m_document; }
    const Journey *journey() const;
    const Project &project() const;
    const MapLayout &mapLayout() const { return m_layout; }
    MapRenderer renderer() const;
    const MapTheme &theme() const { return m_theme; }
    void setTheme(const MapTheme &theme);

    CardItem *cardItem(const Id &cardId) const { return m_cards.value(cardId); }
    const QHash<Id, CardItem *> &cardItems() const { return m_cards; }
    // Cards whose data is older than the journey's review interval (an hourglass on each).
    const QHash<Id, QDateTime> &staleCards() const { return m_stale; }
    // Open comment threads per card (a bubble with the number on each).
    const QHash<Id, int> &commentCounts() const { return m_commentCounts; }
    // "↗ Onboarding · 3 friction points" on each card that opens another journey.
    const QHash<Id, QString> &linkLabels() const { return m_linkLabels; }
    StageHeaderItem *stageHeader(int index) const { return m_stageHeaders.value(index); }
    LaneHeaderItem *laneHeader(int index) const { return m_laneHeaders.value(index); }
    CornerItem *corner() const { return m_corner; }
    // The row item that holds a lane's cards.
    QGraphicsItem *rowOf(const CardItem *item) const;

    // Keeps the headers in sight when the visible part of the map starts at `topLeft`.
    void setVisibleOrigin(const QPointF &topLeft);
    QPointF headerOffset() const { return m_headerOffset; }

    // Find and filter: matching cards are highlighted, filtered-out cards dimmed.
    void setHighlighted(const QSet<Id> &cardIds);
    void setDimmed(const QSet<Id> &cardIds);
    const QSet<Id> &highlighted() const { return m_highlighted; }
    const QSet<Id> &dimmed() const { return m_dimmed; }

    // Zoomed far out, cards are plain blocks: the scene draws them all in one pass and the
    // items only serve hit tests (and show what is being dragged).
    static constexpr double OverviewBelow = 0.35;
    void setOverview(bool overview);
    bool isOverview() const { return m_overview; }

    // A card is drawn once per zoom level and then blitted, so that scrolling, dragging and
    // repainting around it cost no text layout. Qt's item cache ignores the device pixel
    // ratio, so on a HiDPI screen cards are drawn directly to stay sharp.
    void setDevicePixelRatio(double ratio);
    QGraphicsItem::CacheMode cardCacheMode() const { return m_cacheMode; }

    // A metric shown on the cards and stages (null: none).
    void setOverlay(std::unique_ptr<MetricOverlay> overlay);
    const MetricOverlay *overlay() const { return m_overlay.get(); }
    // Numbered discs on the worst friction points, shown while an overlay is on.
    void setFrictionMarks(FrictionMarks marks);
    // The mark of a card or stage when the map shows it, else nullptr.
    const FrictionMark *frictionMark(const Id &target) const;

    // The arrow the user picked (null: none), drawn highlighted.
    void setSelectedConnection(const Id &connectionId);
    Id selectedConnection() const { return m_selectedConnection; }
    // Cards being dragged, where they are now: their arrows follow them.
    void setDraggedCards(const QHash<Id, QRectF> &rects);
    const QHash<Id, QRectF> &draggedCards() const { return m_dragged; }
    // The arrow being drawn (null: none).
    void setPendingArrow(const QLineF &line);
    QLineF pendingArrow() const { return m_pendingArrow; }

    // Rebuilds every item (a new journey); sync() is the incremental path.
    void rebuild();
    void sync(const ChangeSet &changes);

signals:
    // After every rebuild or sync: the layout may have new bounds.
    void layoutChanged();
    void connectionSelected(const waymark::Id &connectionId);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void relayout();
    void rebuildRows();
    // Puts an item into its lane's row at the layout's place.
    void place(CardItem *item, const Card &card, bool point);
    QGraphicsItem *row(int lane) const { return m_rows.value(lane); }
    void rebuildHeaders();
    void placeHeaders();
    void refreshConnections();
    void syncSelection();
    void updateCardState(CardItem *item) const;

    Document *m_document = nullptr;
    MapLayout m_layout;
    MapTheme m_theme;
    QHash<Id, CardItem *> m_cards;
    QList<StageHeaderItem *> m_stageHeaders;
    QList<LaneHeaderItem *> m_laneHeaders;
    QList<QGraphicsItem *> m_emotionLines;
    QList<QGraphicsItem *> m_rows;
    QHash<Id, int> m_laneIndex;
    CornerItem *m_corner = nullptr;
    class ConnectionsItem *m_connections = nullptr;
    Id m_selectedConnection;
    QLineF m_pendingArrow;
    QHash<Id, QRectF> m_dragged;
    QSet<Id> m_selected, m_highlighted, m_dimmed;
    // Cards whose data is older than the journey's review interval, and since when.
    QHash<Id, QDateTime> m_stale;
    QHash<Id, int> m_commentCounts; // open threads per card
    QHash<Id, QString> m_linkLabels; // cards that open another journey
    // Per linked journey, its label: its friction is ranked again only after a change that
    // can move it (values, metrics, journeys, or another journey's cards and stages).
    QHash<Id, QString> m_linkLabelCache;
    QPointF m_visibleOrigin, m_headerOffset;
    Id m_journeyId;
    bool m_overview = false;
    QGraphicsItem::CacheMode m_cacheMode = QGraphicsItem::DeviceCoordinateCache;
    std::unique_ptr<MetricOverlay> m_overlay;
    FrictionMarks m_marks;
};

} // namespace waymark
