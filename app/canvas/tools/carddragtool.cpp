// SPDX-License-Identifier: GPL-3.0-or-later
#include "../mapitems.h"
#include "../mapscene.h"
#include "../mapview.h"
#include "dragtools.h"

namespace waymark {

void CardDragTool::begin()
{
    // Cards move in reading order; emotion points stay where they are.
    const Journey *j = journey();
    for (const Id &id : document()->selectedCards())
        if (CardItem *item = scene()->cardItem(id); item && !item->isEmotionPoint()) {
            m_ids.append(id);
            m_origins.insert(id, item->pos());
            item->setZValue(5);
            // Above the cards of every other row while it is dragged.
            if (QGraphicsItem *row = item->parentItem()) row->setZValue(4);
            item->setFlag(QGraphicsItem::ItemHasNoContents, false); // seen in the overview
            item->update();
        }
    std::sort(m_ids.begin(), m_ids.end(), [j](const Id &a, const Id &b) {
        const Card *ca = j->card(a), *cb = j->card(b);
        return std::make_tuple(j->stageIndex(ca->stageId), j->laneIndex(ca->laneId), ca->order) <
               std::make_tuple(j->stageIndex(cb->stageId), j->laneIndex(cb->laneId), cb->order);
    });
    viewport()->setCursor(Qt::ClosedHandCursor);
}

CardDragTool::Landing CardDragTool::landing(const QPointF &scenePos) const
{
    // The card under the pointer lands in the cell under the pointer; the others move by
    // the same number of stages and lanes (as pasted cards do), staying inside the map.
    Landing landing;
    const Journey *j = journey();
    if (!j || m_ids.isEmpty()) return landing;
    const QSet<Id> moving(m_ids.begin(), m_ids.end());
    const MapView::CellDrop pointer = view()->dropTarget(scenePos, moving);
    if (pointer.stage < 0) return landing;
    const Card *anchor = j->card(moving.contains(press().card) ? press().card : m_ids.first());
    if (!anchor) return landing;
    const int ds = pointer.stage - j->stageIndex(anchor->stageId);
    const int dl = pointer.lane - j->laneIndex(anchor->laneId);
    const MapLayout &layout = scene()->mapLayout();
    QList<std::pair<int, int>> cells; // in the order their first card is dragged
    QHash<std::pair<int, int>, QList<Id>> byCell;
    for (const Id &id : m_ids) {
        const Card *c = j->card(id);
        if (!c) continue;
        const std::pair<int, int> cell{
            std::clamp(j->stageIndex(c->stageId) + ds, 0, int(j->stages.size()) - 1),
            std::clamp(j->laneIndex(c->laneId) + dl, 0, int(j->lanes.size()) - 1)};
        if (!byCell.contains(cell)) cells.append(cell);
        byCell[cell].append(id);
    }
    for (const auto &[s, l] : cells) {
        const QList<Id> &ids = byCell[{s, l}];
        // Where in the cell: the pointer's place for the pointer's cell, else the place under
        // the group's first card as it is drawn.
        int index = pointer.index;
        if (s != pointer.stage || l != pointer.lane) {
            const CardItem *item = scene()->cardItem(ids.first());
            const double y = item ? item->sceneCardRect().center().y() : 0;
            index = layout.insertionIndex(*j, s, l, y, moving);
        }
        landing.moves.append({ids, {j->stages[s].id, j->lanes[l].id, index}});
        landing.bars.append(view()->dropIndicatorRect({s, l, index}, moving));
    }
    return landing;
}

void CardDragTool::move(const QPointF &scenePos, const QPoint &)
{
    const QPointF delta = scenePos - press().scene;
    QHash<Id, QRectF> rects;
    for (const Id &id : std::as_const(m_ids))
        if (CardItem *item = scene()->cardItem(id)) {
            item->setPos(m_origins.value(id) + delta);
            rects.insert(id, item->sceneCardRect());
        }
    scene()->setDraggedCards(rects); // their arrows follow
    m_landing = landing(scenePos);
    showBars(m_landing.bars);
}

void CardDragTool::cancel()
{
    for (auto it = m_origins.cbegin(); it != m_origins.cend(); ++it)
        if (CardItem *item = scene()->cardItem(it.key())) {
            item->setPos(it.value());
            item->setZValue(2);
            if (QGraphicsItem *row = item->parentItem()) row->setZValue(2);
            item->setFlag(QGraphicsItem::ItemHasNoContents, scene()->isOverview());
        }
    m_origins.clear();
    scene()->setDraggedCards({});
    hideIndicators();
    viewport()->unsetCursor();
}

void CardDragTool::finish(const QPointF &)
{
    const Landing landing = std::exchange(m_landing, {});
    cancel(); // items back in place; the edit below moves them for good
    // Where the drop bars showed: one cell, or each card's own cell.
    if (landing.moves.size() == 1)
        document()->moveCards(journeyId(), landing.moves[0].cards, landing.moves[0].target);
    else if (!landing.moves.isEmpty())
        document()->moveCards(journeyId(), landing.moves);
}

} // namespace waymark
