// SPDX-License-Identifier: GPL-3.0-or-later
#include "../mapitems.h"
#include "../mapview.h"
#include "dragtools.h"

#include <QRubberBand>

namespace waymark {

RubberBandTool::RubberBandTool(MapView *view, const Press &press, const QList<Id> &base)
    : DragTool(view, press), m_base(base)
{
}

RubberBandTool::~RubberBandTool()
{
    delete m_band;
}

void RubberBandTool::begin()
{
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_band->setGeometry(QRect(press().viewport, QSize()));
    m_band->show();
}

void RubberBandTool::move(const QPointF &, const QPoint &viewportPos)
{
    const QRect band = QRect(press().viewport, viewportPos).normalized();
    if (m_band) m_band->setGeometry(band);
    QList<Id> selection = m_base;
    for (QGraphicsItem *item : view()->items(band, Qt::IntersectsItemShape))
        if (item->type() == CardItem::Type) {
            const Id id = static_cast<CardItem *>(item)->id();
            if (!selection.contains(id)) selection.append(id);
        }
    document()->setSelectedCards(selection);
}

void RubberBandTool::cancel()
{
    if (m_band) m_band->hide();
}

} // namespace waymark
