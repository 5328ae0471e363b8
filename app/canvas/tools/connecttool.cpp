// SPDX-License-Identifier: GPL-3.0-or-later
#include "../mapitems.h"
#include "../mapscene.h"
#include "../mapview.h"
#include "dragtools.h"

namespace waymark {

Id ConnectTool::targetAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : scene()->items(scenePos))
        if (item->type() == CardItem::Type) {
            const Id id = static_cast<CardItem *>(item)->id();
            return id == press().card ? Id() : id;
        }
    return {};
}

void ConnectTool::move(const QPointF &scenePos, const QPoint &)
{
    const MapLayout &layout = scene()->mapLayout();
    const Id target = targetAt(scenePos);
    if (!target.isNull()) {
        // Exactly the arrow the release would draw.
        scene()->setPendingArrow(layout.arrowLine({{}, press().card, target, {}}));
        showDropIndicator(layout.cards.value(target).adjusted(-3, -3, 3, 3), true);
        return;
    }
    hideIndicators();
    const QRectF from = layout.cards.value(press().card);
    if (from.contains(scenePos)) {
        scene()->setPendingArrow({});
        return;
    }
    // From the card's border towards the pointer.
    QLineF line(from.center(), scenePos);
    const QPointF d = scenePos - from.center();
    const double sx = d.x() != 0 ? (from.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (from.height() / 2) / std::abs(d.y()) : 1e9;
    line.setP1(from.center() + d * std::min(sx, sy));
    scene()->setPendingArrow(line);
}

void ConnectTool::cancel()
{
    scene()->setPendingArrow({});
    hideIndicators();
}

void ConnectTool::finish(const QPointF &scenePos)
{
    const Id target = targetAt(scenePos);
    cancel();
    if (target.isNull()) return;
    if (document()->connectCards(journeyId(), press().card, target).isNull())
        emit view()->message(document()->refusalReason());
}

} // namespace waymark
