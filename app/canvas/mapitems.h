// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QGraphicsItem>

namespace waymark {

class MapScene;

// Scene items are passive views of the model: each one keeps what it shows and repaints
// through core/render; only the view asks the Document for changes.
enum ItemType
{
    CardItemType = QGraphicsItem::UserType + 1,
    StageHeaderItemType,
    LaneHeaderItemType,
    EmotionLinesItemType,
    CornerItemType,
    ConnectionsItemType,
};

class CardItem : public QGraphicsItem
{
public:
    enum
    {
        Type = CardItemType
    };
    CardItem(MapScene *scene, const Card &card, bool isEmotionPoint);
    int type() const override { return Type; }
    const Card &card() const { return m_card; }
    Id id() const { return m_card.id; }
    bool isEmotionPoint() const { return m_point; }
    // Reads the card and its place from the model and layout.
    // `label`: an emotion point's label, relative to the point's rectangle.
    void sync(const Card &card, const QRectF &rect, bool isEmotionPoint, const QRectF &label = {});
    QRectF cardRect() const { return m_rect; }
    // Where the card is on the map (its own position is relative to its row).
    QRectF sceneCardRect() const { return QRectF(scenePos(), m_rect.size()); }
    void setState(bool selected, bool dimmed, bool highlighted);
    bool isSelectedCard() const { return m_selected; }
    // While a point is dragged: the score it would get.
    void setPreviewScore(std::optional<int> score);
    void repaint();
    // The whole text, feeling, notes and, on a marked friction point, why it is marked.
    void updateToolTip();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;

private:
    MapScene *m_scene;
    Card m_card;
    QRectF m_rect; // in the item's coordinates
    bool m_point;
    QRectF m_label;
    bool m_selected = false, m_dimmed = false, m_highlighted = false;
    std::optional<int> m_previewScore;
};

// An item whose geometry comes from the layout: refresh() after every relayout.
class LayoutItem : public QGraphicsItem
{
public:
    void refresh()
    {
        prepareGeometryChange();
        update();
    }
};

// An item that shows the stage header, lane header or feelings curve at `index`.
template <int T> class IndexedItem : public LayoutItem
{
public:
    enum
    {
        Type = T
    };
    IndexedItem(MapScene *scene, int index) : m_scene(scene), m_index(index) {}
    int type() const override { return Type; }
    int index() const { return m_index; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    MapScene *m_scene;
    int m_index;
};

// Stage and lane headers stay visible while scrolling: the scene moves them to the edge.
using StageHeaderItem = IndexedItem<StageHeaderItemType>;
using LaneHeaderItem = IndexedItem<LaneHeaderItemType>;
// The neutral line and the curves of one feelings lane.
using EmotionLinesItem = IndexedItem<EmotionLinesItemType>;

template <> QRectF StageHeaderItem::boundingRect() const;
template <> void StageHeaderItem::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *);
template <> QRectF LaneHeaderItem::boundingRect() const;
template <> void LaneHeaderItem::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *);
template <> QRectF EmotionLinesItem::boundingRect() const;
template <> void EmotionLinesItem::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *);

// A lane's cards are children of its row: when a row moves (one above it grew), the
// row moves and its cards with it.
class RowItem : public QGraphicsItem
{
public:
    RowItem() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

// The arrows between cards, above the cards; clicks go through it (the select tool finds an
// arrow with MapLayout::connectionAt). While an arrow is being drawn, it shows that one too.
class ConnectionsItem : public LayoutItem
{
public:
    enum
    {
        Type = ConnectionsItemType
    };
    explicit ConnectionsItem(MapScene *scene);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    MapScene *m_scene;
};

// The top-left corner above the lane headers: the journey's name and state.
class CornerItem : public LayoutItem
{
public:
    enum
    {
        Type = CornerItemType
    };
    explicit CornerItem(MapScene *scene) : m_scene(scene) {}
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    MapScene *m_scene;
};

} // namespace waymark
