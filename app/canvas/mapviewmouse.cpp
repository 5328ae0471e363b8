// SPDX-License-Identifier: GPL-3.0-or-later
// What the canvas's tools share: where a drop lands and the bars that show it, the borders
// that resize, and handing the mouse to the active tool (canvas/tools/).
#include "document/document.h"
#include "inlineeditor.h"
#include "mapitems.h"
#include "mapscene.h"
#include "mapview.h"
#include "tools/selecttool.h"

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

void MapView::showBars(const QList<QRectF> &bars)
{
    if (bars.isEmpty())
        m_indicator->hide();
    else
        showDropIndicator(bars.first());
    while (m_moreIndicators.size() < bars.size() - 1) {
        auto *bar = new QGraphicsRectItem;
        bar->setZValue(20);
        bar->setPen(Qt::NoPen);
        m_scene->addItem(bar);
        m_moreIndicators.append(bar);
    }
    for (int i = 0; i < m_moreIndicators.size(); ++i) {
        QGraphicsRectItem *bar = m_moreIndicators[i];
        bar->setVisible(i + 1 < bars.size());
        if (i + 1 < bars.size()) {
            bar->setRect(bars[i + 1]);
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

void MapView::setTool(std::unique_ptr<MapTool> tool)
{
    if (m_tool) m_tool->cancel();
    m_tool = tool ? std::move(tool) : std::make_unique<SelectTool>(this);
    viewport()->unsetCursor();
}

void MapView::cancelDrag()
{
    if (m_tool) m_tool->cancel();
}

// The mouse goes to the tool; what it leaves is a QGraphicsView's.
void MapView::mousePressEvent(QMouseEvent *event)
{
    if (!m_document || !m_scene->journey()) return;
    if (m_editor->isActive()) m_editor->commit();
    setFocus(Qt::MouseFocusReason);
    if (!m_tool->mousePressed(event)) QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_spotlight) viewport()->update();
    if (!m_document || !m_scene->journey() || !m_tool->mouseMoved(event))
        QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_document || !m_scene->journey() || !m_tool->mouseReleased(event))
        QGraphicsView::mouseReleaseEvent(event);
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
