// SPDX-License-Identifier: GPL-3.0-or-later
#include "votetool.h"

#include "../mapitems.h"
#include "../mapview.h"
#include "document/document.h"

#include <QCoreApplication>
#include <QMouseEvent>

namespace waymark {

Id VoteTool::cardAt(const QPoint &viewportPos) const
{
    const VoteRound *round = document()->openRoundOf(journeyId());
    if (!round) return {};
    for (QGraphicsItem *item : view()->items(viewportPos))
        if (item->type() == CardItem::Type) {
            const Id id = static_cast<CardItem *>(item)->id();
            return round->cards.contains(id) ? id : Id();
        }
    return {};
}

bool VoteTool::mousePressed(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return false;
    m_refusal.clear();
    const Id card = cardAt(event->position().toPoint());
    const VoteRound *round = document()->openRoundOf(journeyId());
    if (card.isNull() || !round) {
        m_refusal =
            QCoreApplication::translate("MapView", "Click a card of the open voting round.");
        emit view()->message(m_refusal);
        return true;
    }
    const Id roundId = round->id;
    const bool done = event->modifiers() & Qt::ShiftModifier
                          ? document()->withdrawVote(journeyId(), roundId, card, m_voter)
                          : !document()->castVote(journeyId(), roundId, card, m_voter).isNull();
    if (!done) {
        m_refusal = document()->refusalReason();
        emit view()->message(m_refusal);
    }
    return true;
}

bool VoteTool::mouseMoved(QMouseEvent *event)
{
    viewport()->setCursor(cardAt(event->position().toPoint()).isNull() ? Qt::ForbiddenCursor
                                                                       : Qt::PointingHandCursor);
    return true;
}

} // namespace waymark
