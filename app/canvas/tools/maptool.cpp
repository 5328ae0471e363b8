// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptool.h"

#include "../mapscene.h"
#include "../mapview.h"

#include <QGraphicsRectItem>

namespace waymark {

MapScene *CanvasTool::scene() const
{
    return m_view->m_scene;
}

Document *CanvasTool::document() const
{
    return m_view->m_document;
}

Id CanvasTool::journeyId() const
{
    return m_view->m_journeyId;
}

const Journey *CanvasTool::journey() const
{
    return m_view->m_scene->journey();
}

QWidget *CanvasTool::viewport() const
{
    return m_view->viewport();
}

double CanvasTool::zoom() const
{
    return m_view->m_zoom;
}

void CanvasTool::showDropIndicator(const QRectF &rect, bool outline) const
{
    m_view->showDropIndicator(rect, outline);
}

void CanvasTool::showBars(const QList<QRectF> &bars) const
{
    m_view->showBars(bars);
}

void CanvasTool::hideIndicators() const
{
    m_view->showBars({});
}

void CanvasTool::hoverAt(const QPointF &scenePos) const
{
    m_view->updateHoverCursor(scenePos);
}

bool CanvasTool::isSpaceHeld() const
{
    return m_view->m_spaceHeld;
}

} // namespace waymark
