// SPDX-License-Identifier: GPL-3.0-or-later
#include "../mapitems.h"
#include "../mapscene.h"
#include "dragtools.h"

#include <QWidget>

namespace waymark {

void EmotionDragTool::begin()
{
    if (CardItem *item = scene()->cardItem(press().card)) {
        m_origin = item->pos();
        m_score = item->card().emotion.value_or(0);
        m_begun = true;
    }
    viewport()->setCursor(Qt::SizeVerCursor);
}

void EmotionDragTool::move(const QPointF &scenePos, const QPoint &)
{
    CardItem *item = scene()->cardItem(press().card);
    const int lane = item ? journey()->laneIndex(item->card().laneId) : -1;
    if (lane < 0 || !m_begun) return;
    const MapLayout &layout = scene()->mapLayout();
    m_score = layout.emotionScoreAt(lane, scenePos.y());
    const double y = layout.emotionY(lane, m_score) - item->cardRect().height() / 2;
    item->setPos(m_origin.x(), y - item->parentItem()->y()); // rows hold their cards
    item->setPreviewScore(m_score);
}

void EmotionDragTool::cancel()
{
    if (CardItem *item = scene()->cardItem(press().card); item && m_begun) {
        item->setPos(m_origin);
        item->setPreviewScore(std::nullopt);
    }
    m_begun = false;
    viewport()->unsetCursor();
}

void EmotionDragTool::finish(const QPointF &)
{
    const bool begun = m_begun;
    cancel();
    const Card *c = journey()->card(press().card);
    if (begun && c && c->emotion.value_or(0) != m_score) {
        Card changed = *c;
        changed.emotion = m_score;
        document()->changeCard(journeyId(), changed);
    }
}

} // namespace waymark
