// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas's mouse handling: selection, dragging cards and emotion points, reordering and
// resizing stages and lanes, rubber-band selection and panning.
#include "document/document.h"
#include "inlineeditor.h"
#include "mapitems.h"
#include "mapscene.h"
#include "mapview.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScrollBar>

namespace waymark {

namespace {
constexpr double BorderGrip = 6; // pixels either side of a header border that resize
}

int MapView::stageBorderAt(const QPointF &scenePos) const
{
    const MapLayout &layout = m_scene->mapLayout();
    const double top = m_scene->headerOffset().y();
    if (scenePos.y() < top || scenePos.y() > top + layout.metrics.stageHeaderHeight) return -1;
    for (int s = 0; s < layout.stageHeaders.size(); ++s)
        if (std::abs(scenePos.x() - layout.stageHeaders[s].right()) * m_zoom <= BorderGrip)
            return s;
    return -1;
}

int MapView::laneBorderAt(const QPointF &scenePos) const
{
    const MapLayout &layout = m_scene->mapLayout();
    const double left = m_scene->headerOffset().x();
    if (scenePos.x() < left || scenePos.x() > left + layout.metrics.laneHeaderWidth) return -1;
    for (int l = 0; l < layout.laneHeaders.size(); ++l)
        if (std::abs(scenePos.y() - layout.laneHeaders[l].bottom()) * m_zoom <= BorderGrip)
            return l;
    return -1;
}

MapView::CellDrop MapView::dropTarget(const QPointF &scenePos, const QSet<Id> &moving) const
{
    const MapLayout &layout = m_scene->mapLayout();
    const Journey *j = m_scene->journey();
    CellDrop drop{layout.stageAt(scenePos.x()), layout.laneAt(scenePos.y()), -1};
    if (!j || drop.stage < 0 || drop.lane < 0) return {};
    drop.index = layout.insertionIndex(*j, drop.stage, drop.lane, scenePos.y(), moving);
    return drop;
}

QRectF MapView::dropIndicatorRect(const CellDrop &drop, const QSet<Id> &moving) const
{
    const MapLayout &layout = m_scene->mapLayout();
    const Journey *j = m_scene->journey();
    const QRectF cell = layout.cellRect(drop.stage, drop.lane);
    if (j->lanes[drop.lane].kind == LaneKind::Feelings) // points have no order to show
        return QRectF(cell.left() + 4, cell.bottom() - 8, cell.width() - 8, 4);
    QList<QRectF> staying;
    for (const Card *c : j->cellCards(j->stages[drop.stage].id, j->lanes[drop.lane].id))
        if (!moving.contains(c->id)) staying.append(layout.cards.value(c->id));
    const double pad = layout.metrics.cellPadding, gap = layout.metrics.cardGap;
    double y = cell.top() + pad / 2;
    if (drop.index < staying.size())
        y = staying[drop.index].top() - gap / 2;
    else if (!staying.isEmpty())
        y = staying.constLast().bottom() + gap / 2;
    return QRectF(cell.left() + pad, y - 2, cell.width() - 2 * pad, 4);
}

MapView::Landing MapView::cardLanding(const QPointF &scenePos) const
{
    // The card under the pointer lands in the cell under the pointer; the others move by
    // the same number of stages and lanes (as pasted cards do), staying inside the map.
    Landing landing;
    const Journey *j = m_scene->journey();
    if (!j || m_dragIds.isEmpty()) return landing;
    const QSet<Id> moving(m_dragIds.begin(), m_dragIds.end());
    const CellDrop pointer = dropTarget(scenePos, moving);
    if (pointer.stage < 0) return landing;
    const Card *anchor = j->card(moving.contains(m_pressCard) ? m_pressCard : m_dragIds.first());
    if (!anchor) return landing;
    const int ds = pointer.stage - j->stageIndex(anchor->stageId);
    const int dl = pointer.lane - j->laneIndex(anchor->laneId);
    const MapLayout &layout = m_scene->mapLayout();
    QList<std::pair<int, int>> cells; // in the order their first card is dragged
    QHash<std::pair<int, int>, QList<Id>> byCell;
    for (const Id &id : m_dragIds) {
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
            const CardItem *item = m_scene->cardItem(ids.first());
            const double y = item ? item->sceneCardRect().center().y() : 0;
            index = layout.insertionIndex(*j, s, l, y, moving);
        }
        const CellDrop drop{s, l, index};
        landing.moves.append({ids, {j->stages[s].id, j->lanes[l].id, index}});
        landing.bars.append(dropIndicatorRect(drop, moving));
    }
    return landing;
}

void MapView::showLanding(const Landing &landing)
{
    if (landing.bars.isEmpty()) {
        m_indicator->hide();
    } else {
        showDropIndicator(landing.bars.first());
    }
    while (m_moreIndicators.size() < landing.bars.size() - 1) {
        auto *bar = new QGraphicsRectItem;
        bar->setZValue(20);
        bar->setPen(Qt::NoPen);
        m_scene->addItem(bar);
        m_moreIndicators.append(bar);
    }
    for (int i = 0; i < m_moreIndicators.size(); ++i) {
        QGraphicsRectItem *bar = m_moreIndicators[i];
        bar->setVisible(i + 1 < landing.bars.size());
        if (i + 1 < landing.bars.size()) {
            bar->setRect(landing.bars[i + 1]);
            bar->setBrush(m_scene->theme().selection);
        }
    }
}

QList<QRectF> MapView::dropIndicators() const
{
    QList<QRectF> rects;
    if (m_indicator->isVisible()) rects.append(m_indicator->rect());
    for (const QGraphicsRectItem *bar : m_moreIndicators)
        if (bar->isVisible()) rects.append(bar->rect());
    return rects;
}

void MapView::showDropIndicator(const QRectF &rect, bool outline)
{
    m_indicator->setRect(rect);
    m_indicator->setBrush(outline ? QBrush(Qt::NoBrush) : QBrush(m_scene->theme().selection));
    m_indicator->setPen(outline ? QPen(m_scene->theme().selection, 3) : QPen(Qt::NoPen));
    m_indicator->show();
}

void MapView::updateHoverCursor(const QPointF &scenePos)
{
    if (m_spaceHeld) return;
    if (stageBorderAt(scenePos) >= 0)
        viewport()->setCursor(Qt::SplitHCursor);
    else if (laneBorderAt(scenePos) >= 0)
        viewport()->setCursor(Qt::SplitVCursor);
    else
        viewport()->unsetCursor();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (!m_document || !m_scene->journey()) return;
    if (m_editor->isActive()) m_editor->commit();
    setFocus(Qt::MouseFocusReason);
    m_pressViewport = event->position().toPoint();
    m_pressScene = mapToScene(m_pressViewport);
    m_pressCard = Id();
    m_pressIndex = -1;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_pendingKind = Drag::Pan;
        beginDrag(Drag::Pan);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool editable = !m_document->isReadOnly();
    if (int s = stageBorderAt(m_pressScene); s >= 0 && editable) {
        m_pressIndex = s;
        m_drag = Drag::Pending;
        m_pendingKind = Drag::StageResize;
        return;
    }
    if (int l = laneBorderAt(m_pressScene); l >= 0 && editable) {
        m_pressIndex = l;
        m_drag = Drag::Pending;
        m_pendingKind = Drag::LaneResize;
        return;
    }
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *item : items(m_pressViewport))
        if (item->type() != QGraphicsRectItem::Type && item->type() != EmotionLinesItem::Type) {
            hit = item;
            break;
        }
    m_drag = Drag::Pending;
    if (hit && hit->type() == CardItem::Type) {
        auto *card = static_cast<CardItem *>(hit);
        m_pressCard = card->id();
        QList<Id> sel = m_document->selectedCards();
        if (ctrl) {
            if (sel.removeAll(m_pressCard) == 0)
                sel.append(m_pressCard);
            else
                m_pressCard = Id(); // deselected: nothing to drag
            m_document->setSelectedCards(sel);
        } else if (shift) {
            if (!sel.contains(m_pressCard)) sel.append(m_pressCard);
            m_document->setSelectedCards(sel);
        } else if (!sel.contains(m_pressCard)) {
            m_document->setSelectedCards({m_pressCard});
        }
        const Journey *j = m_scene->journey();
        const Card &c = card->card();
        setCurrentCell(j->stageIndex(c.stageId), j->laneIndex(c.laneId));
        m_pendingKind = m_pressCard.isNull() || !editable ? Drag::None
                        : card->isEmotionPoint()          ? Drag::Emotion
                                                          : Drag::Cards;
        return;
    }
    if (hit && hit->type() == StageHeaderItem::Type) {
        m_pressIndex = static_cast<StageHeaderItem *>(hit)->index();
        setCurrentCell(m_pressIndex, std::max(0, m_lane));
        m_pendingKind = editable ? Drag::StageMove : Drag::None;
        return;
    }
    if (hit && hit->type() == LaneHeaderItem::Type) {
        m_pressIndex = static_cast<LaneHeaderItem *>(hit)->index();
        setCurrentCell(std::max(0, m_stage), m_pressIndex);
        m_pendingKind = editable ? Drag::LaneMove : Drag::None;
        return;
    }
    // Empty space: pick the cell, start a rubber band.
    const MapLayout &layout = m_scene->mapLayout();
    const int s = layout.stageAt(m_pressScene.x()), l = layout.laneAt(m_pressScene.y());
    if (s >= 0 && l >= 0) setCurrentCell(s, l);
    m_rubberBase = ctrl || shift ? m_document->selectedCards() : QList<Id>();
    if (!ctrl && !shift) m_document->setSelectedCards({});
    m_pendingKind = Drag::Rubber;
}

void MapView::beginDrag(Drag kind)
{
    m_drag = kind;
    const Journey *j = m_scene->journey();
    switch (kind) {
    case Drag::Cards: {
        // Cards move in reading order; emotion points stay where they are.
        m_dragIds.clear();
        m_dragOrigins.clear();
        for (const Id &id : m_document->selectedCards())
            if (CardItem *item = m_scene->cardItem(id); item && !item->isEmotionPoint()) {
                m_dragIds.append(id);
                m_dragOrigins.insert(id, item->pos());
                item->setZValue(5);
                // Above the cards of every other row while it is dragged.
                if (QGraphicsItem *row = item->parentItem()) row->setZValue(4);
                item->setFlag(QGraphicsItem::ItemHasNoContents, false); // seen in the overview
                item->update();
            }
        std::sort(m_dragIds.begin(), m_dragIds.end(), [j](const Id &a, const Id &b) {
            const Card *ca = j->card(a), *cb = j->card(b);
            return std::make_tuple(j->stageIndex(ca->stageId), j->laneIndex(ca->laneId),
                                   ca->order) <
                   std::make_tuple(j->stageIndex(cb->stageId), j->laneIndex(cb->laneId), cb->order);
        });
        viewport()->setCursor(Qt::ClosedHandCursor);
        break;
    }
    case Drag::Emotion:
        if (CardItem *item = m_scene->cardItem(m_pressCard)) {
            m_dragOrigins.insert(m_pressCard, item->pos());
            m_score = item->card().emotion.value_or(0);
        }
        viewport()->setCursor(Qt::SizeVerCursor);
        break;
    case Drag::Rubber:
        if (!m_rubber) m_rubber = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_rubber->setGeometry(QRect(m_pressViewport, QSize()));
        m_rubber->show();
        break;
    case Drag::Pan:
        viewport()->setCursor(Qt::ClosedHandCursor);
        break;
    case Drag::StageResize:
    case Drag::LaneResize:
    case Drag::StageMove:
    case Drag::LaneMove:
    case Drag::None:
    case Drag::Pending:
        break;
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint vp = event->position().toPoint();
    const QPointF scenePos = mapToScene(vp);
    if (m_spotlight) viewport()->update();
    if (m_drag == Drag::None) {
        updateHoverCursor(scenePos);
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    if (m_drag == Drag::Pending) {
        if ((vp - m_pressViewport).manhattanLength() < QApplication::startDragDistance()) return;
        if (m_pendingKind == Drag::None) {
            m_drag = Drag::None;
            return;
        }
        beginDrag(m_pendingKind);
    }
    dragTo(scenePos, vp);
}

void MapView::dragTo(const QPointF &scenePos, const QPoint &vp)
{
    const MapLayout &layout = m_scene->mapLayout();
    const Journey *j = m_scene->journey();
    switch (m_drag) {
    case Drag::Cards: {
        const QPointF delta = scenePos - m_pressScene;
        for (const Id &id : std::as_const(m_dragIds))
            if (CardItem *item = m_scene->cardItem(id))
                item->setPos(m_dragOrigins.value(id) + delta);
        m_landing = cardLanding(scenePos);
        showLanding(m_landing);
        break;
    }
    case Drag::Emotion: {
        CardItem *item = m_scene->cardItem(m_pressCard);
        const int lane = item ? j->laneIndex(item->card().laneId) : -1;
        if (lane < 0) break;
        m_score = layout.emotionScoreAt(lane, scenePos.y());
        const QPointF origin = m_dragOrigins.value(m_pressCard);
        const double y = layout.emotionY(lane, m_score) - item->cardRect().height() / 2;
        item->setPos(origin.x(), y - item->parentItem()->y()); // rows hold their cards
        item->setPreviewScore(m_score);
        break;
    }
    case Drag::Rubber: {
        const QRect band = QRect(m_pressViewport, vp).normalized();
        m_rubber->setGeometry(band);
        QList<Id> sel = m_rubberBase;
        for (QGraphicsItem *item : items(band, Qt::IntersectsItemShape))
            if (item->type() == CardItem::Type) {
                const Id id = static_cast<CardItem *>(item)->id();
                if (!sel.contains(id)) sel.append(id);
            }
        m_document->setSelectedCards(sel);
        break;
    }
    case Drag::Pan: {
        const QPoint d = vp - m_pressViewport;
        m_pressViewport = vp;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        break;
    }
    case Drag::StageMove: {
        // The border nearest to the pointer is where the stage goes.
        int border = 0;
        for (int s = 0; s < layout.stageHeaders.size(); ++s)
            if (scenePos.x() > layout.stageHeaders[s].center().x()) border = s + 1;
        const double x =
            border < layout.columnX.size() ? layout.columnX[border] : layout.bounds.right();
        m_drop.stage = border;
        showDropIndicator(QRectF(x - 2, 0, 4, layout.bounds.height()));
        break;
    }
    case Drag::LaneMove: {
        int border = 0;
        for (int l = 0; l < layout.laneHeaders.size(); ++l)
            if (scenePos.y() > layout.laneHeaders[l].center().y()) border = l + 1;
        const double y = border < layout.rowY.size() ? layout.rowY[border] : layout.bounds.bottom();
        m_drop.lane = border;
        showDropIndicator(QRectF(0, y - 2, layout.bounds.width(), 4));
        break;
    }
    case Drag::StageResize: {
        const QRectF h = layout.stageHeaders[m_pressIndex];
        m_resizeValue = std::max(120.0, scenePos.x() - h.left());
        showDropIndicator(QRectF(h.left() + m_resizeValue - 1, 0, 2, layout.bounds.height()));
        break;
    }
    case Drag::LaneResize: {
        const QRectF h = layout.laneHeaders[m_pressIndex];
        m_resizeValue = std::max(48.0, scenePos.y() - h.top());
        showDropIndicator(QRectF(0, h.top() + m_resizeValue - 1, layout.bounds.width(), 2));
        break;
    }
    case Drag::None:
    case Drag::Pending:
        break;
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    finishDrag(mapToScene(event->position().toPoint()));
}

void MapView::cancelDrag()
{
    for (auto it = m_dragOrigins.cbegin(); it != m_dragOrigins.cend(); ++it)
        if (CardItem *item = m_scene->cardItem(it.key())) {
            item->setPos(it.value());
            item->setZValue(2);
            if (QGraphicsItem *row = item->parentItem()) row->setZValue(2);
            item->setPreviewScore(std::nullopt);
            item->setFlag(QGraphicsItem::ItemHasNoContents, m_scene->isOverview());
        }
    m_dragOrigins.clear();
    m_dragIds.clear();
    m_landing = {};
    if (m_indicator) m_indicator->hide();
    for (QGraphicsRectItem *bar : std::as_const(m_moreIndicators))
        bar->hide();
    if (m_rubber) m_rubber->hide();
    m_drag = Drag::None;
    m_pendingKind = Drag::None;
    m_drop = {};
    viewport()->unsetCursor();
}

void MapView::finishDrag(const QPointF &scenePos)
{
    const Drag drag = m_drag;
    const CellDrop drop = m_drop;
    const Landing landing = std::exchange(m_landing, {});
    const QList<Id> ids = m_dragIds;
    const int score = m_score;
    const double resized = m_resizeValue;
    const int from = m_pressIndex;
    cancelDrag(); // items back in place; the edit below moves them for good
    const Journey *j = m_scene->journey();
    if (!j) return;
    const Id journeyId = m_journeyId;
    switch (drag) {
    case Drag::Cards:
        // Where the drop bars showed: one cell, or each card's own cell.
        if (landing.moves.size() == 1)
            m_document->moveCards(journeyId, landing.moves[0].cards, landing.moves[0].target);
        else if (!landing.moves.isEmpty())
            m_document->moveCards(journeyId, landing.moves);
        break;
    case Drag::Emotion:
        if (const Card *c = j->card(m_pressCard); c && c->emotion.value_or(0) != score) {
            Card changed = *c;
            changed.emotion = score;
            m_document->changeCard(journeyId, changed);
        }
        break;
    case Drag::StageMove: {
        const int to = drop.stage > from ? drop.stage - 1 : drop.stage;
        if (to != from && to >= 0) {
            m_document->moveStage(journeyId, from, to);
            setCurrentCell(to, m_lane);
        }
        break;
    }
    case Drag::LaneMove: {
        const int to = drop.lane > from ? drop.lane - 1 : drop.lane;
        if (to != from && to >= 0) {
            m_document->moveLane(journeyId, from, to);
            setCurrentCell(m_stage, to);
        }
        break;
    }
    case Drag::StageResize: {
        Stage s = j->stages[from];
        s.width = std::round(resized);
        m_document->changeStage(journeyId, s);
        break;
    }
    case Drag::LaneResize: {
        Lane l = j->lanes[from];
        l.height = std::round(resized);
        m_document->changeLane(journeyId, l);
        break;
    }
    case Drag::Pending:
        // A click without a drag on a selected card selects just that card.
        if (!m_pressCard.isNull() && m_pendingKind != Drag::None &&
            !(QApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_document->setSelectedCards({m_pressCard});
        break;
    case Drag::Rubber:
    case Drag::Pan:
    case Drag::None:
        break;
    }
    updateHoverCursor(scenePos);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_document || !m_scene->journey() || event->button() != Qt::LeftButton) return;
    cancelDrag();
    const QPointF scenePos = mapToScene(event->position().toPoint());
    // Double-clicking a border gives the stage or lane its automatic size back.
    if (int s = stageBorderAt(scenePos); s >= 0) {
        Stage stage = m_scene->journey()->stages[s];
        stage.width = 0;
        m_document->changeStage(m_journeyId, stage);
        return;
    }
    if (int l = laneBorderAt(scenePos); l >= 0) {
        Lane lane = m_scene->journey()->lanes[l];
        lane.height = 0;
        m_document->changeLane(m_journeyId, lane);
        return;
    }
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        switch (item->type()) {
        case CardItem::Type:
            editCard(static_cast<CardItem *>(item)->id());
            return;
        case StageHeaderItem::Type:
            renameStage(static_cast<StageHeaderItem *>(item)->index());
            return;
        case LaneHeaderItem::Type:
            renameLane(static_cast<LaneHeaderItem *>(item)->index());
            return;
        default:
            break;
        }
    }
    const MapLayout &layout = m_scene->mapLayout();
    const int s = layout.stageAt(scenePos.x()), l = layout.laneAt(scenePos.y());
    if (s >= 0 && l >= 0) {
        m_document->setSelectedCards({});
        // A new feeling starts at the height that was clicked: the feeling that height means.
        Card prototype;
        if (m_scene->journey()->lanes[l].kind == LaneKind::Feelings)
            prototype.emotion = layout.emotionScoreAt(l, scenePos.y());
        addCardInCell(s, l, prototype);
    }
}

} // namespace waymark
