// SPDX-License-Identifier: GPL-3.0-or-later
#include "selecttool.h"

#include "../mapitems.h"
#include "../mapscene.h"
#include "../mapview.h"
#include "dragtools.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QMouseEvent>

namespace waymark {

SelectTool::~SelectTool() = default;

void SelectTool::start(std::unique_ptr<DragTool> drag, bool now)
{
    m_drag = std::move(drag);
    m_pressed = true;
    m_started = false;
    if (now && m_drag) {
        m_started = true;
        m_drag->begin();
    }
}

bool SelectTool::mousePressed(QMouseEvent *event)
{
    cancel();
    m_press = {
        event->position().toPoint(), view()->mapToScene(event->position().toPoint()), {}, -1};
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && isSpaceHeld())) {
        start(std::make_unique<PanTool>(view(), m_press), true);
        return true;
    }
    if (event->button() != Qt::LeftButton) return false;
    Document *doc = document();
    scene()->setSelectedConnection({});
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool editable = !doc->isReadOnly();
    if (int s = view()->stageBorderAt(m_press.scene); s >= 0 && editable) {
        m_press.index = s;
        start(std::make_unique<HeaderResizeTool>(view(), m_press, Qt::Horizontal));
        return true;
    }
    if (int l = view()->laneBorderAt(m_press.scene); l >= 0 && editable) {
        m_press.index = l;
        start(std::make_unique<HeaderResizeTool>(view(), m_press, Qt::Vertical));
        return true;
    }
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *item : view()->items(m_press.viewport))
        if (item->type() != QGraphicsRectItem::Type && item->type() != EmotionLinesItem::Type) {
            hit = item;
            break;
        }
    const Journey *j = journey();
    if (hit && hit->type() == CardItem::Type && (event->modifiers() & Qt::AltModifier) &&
        editable && !static_cast<CardItem *>(hit)->isEmotionPoint()) {
        // Alt+drag draws an arrow to another card.
        m_press.card = static_cast<CardItem *>(hit)->id();
        start(std::make_unique<ConnectTool>(view(), m_press));
        return true;
    }
    if (hit && hit->type() == CardItem::Type) {
        auto *card = static_cast<CardItem *>(hit);
        m_press.card = card->id();
        QList<Id> selection = doc->selectedCards();
        if (ctrl) {
            if (selection.removeAll(m_press.card) == 0)
                selection.append(m_press.card);
            else
                m_press.card = Id(); // deselected: nothing to drag
            doc->setSelectedCards(selection);
        } else if (shift) {
            if (!selection.contains(m_press.card)) selection.append(m_press.card);
            doc->setSelectedCards(selection);
        } else if (!selection.contains(m_press.card)) {
            doc->setSelectedCards({m_press.card});
        }
        const Card &c = card->card();
        view()->setCurrentCell(j->stageIndex(c.stageId), j->laneIndex(c.laneId));
        if (m_press.card.isNull() || !editable)
            start(nullptr);
        else if (card->isEmotionPoint())
            start(std::make_unique<EmotionDragTool>(view(), m_press));
        else
            start(std::make_unique<CardDragTool>(view(), m_press));
        return true;
    }
    if (hit && hit->type() == StageHeaderItem::Type) {
        m_press.index = static_cast<StageHeaderItem *>(hit)->index();
        view()->setCurrentCell(m_press.index, std::max(0, view()->currentLane()));
        start(editable ? std::make_unique<HeaderMoveTool>(view(), m_press, Qt::Horizontal)
                       : nullptr);
        return true;
    }
    if (hit && hit->type() == LaneHeaderItem::Type) {
        m_press.index = static_cast<LaneHeaderItem *>(hit)->index();
        view()->setCurrentCell(std::max(0, view()->currentStage()), m_press.index);
        start(editable ? std::make_unique<HeaderMoveTool>(view(), m_press, Qt::Vertical) : nullptr);
        return true;
    }
    // An arrow: picked on its own (Delete removes it, the context menu edits it).
    const MapLayout &layout = scene()->mapLayout();
    if (const Id arrow = layout.connectionAt(*j, m_press.scene, 6 / std::max(0.1, view()->zoom()));
        !arrow.isNull() && !ctrl && !shift) {
        doc->setSelectedCards({});
        scene()->setSelectedConnection(arrow);
        start(nullptr);
        return true;
    }
    // Empty space: pick the cell, start a rubber band.
    const int s = layout.stageAt(m_press.scene.x()), l = layout.laneAt(m_press.scene.y());
    if (s >= 0 && l >= 0) view()->setCurrentCell(s, l);
    const QList<Id> base = ctrl || shift ? doc->selectedCards() : QList<Id>();
    if (!ctrl && !shift) doc->setSelectedCards({});
    start(std::make_unique<RubberBandTool>(view(), m_press, base));
    return true;
}

bool SelectTool::mouseMoved(QMouseEvent *event)
{
    const QPoint vp = event->position().toPoint();
    const QPointF scenePos = view()->mapToScene(vp);
    if (!m_pressed) {
        hoverAt(scenePos);
        return false;
    }
    if (!m_started) {
        if ((vp - m_press.viewport).manhattanLength() < QApplication::startDragDistance())
            return true;
        if (!m_drag) {
            m_pressed = false; // a press that drags nothing
            return true;
        }
        m_started = true;
        m_drag->begin();
    }
    m_drag->move(scenePos, vp);
    return true;
}

bool SelectTool::mouseReleased(QMouseEvent *event)
{
    if (!m_pressed) return false;
    const QPointF scenePos = view()->mapToScene(event->position().toPoint());
    std::unique_ptr<DragTool> drag = std::move(m_drag);
    const bool started = std::exchange(m_started, false);
    m_pressed = false;
    if (started) {
        drag->finish(scenePos);
    } else if (!m_press.card.isNull() && drag &&
               !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))) {
        // A click without a drag on a selected card selects just that card.
        document()->setSelectedCards({m_press.card});
    }
    hoverAt(scenePos);
    return true;
}

void SelectTool::cancel()
{
    if (m_drag && m_started) m_drag->cancel();
    m_drag.reset();
    m_pressed = m_started = false;
}

} // namespace waymark
