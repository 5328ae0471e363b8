// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointertool.h"

#include "../mapscene.h"
#include "../mapview.h"

#include <QMouseEvent>

namespace waymark {

PointerTool::PointerTool(MapView *view) : MapTool(view)
{
    view->setSpotlight(true);
    viewport()->setCursor(Qt::BlankCursor); // the spotlight is the pointer
}

PointerTool::~PointerTool()
{
    view()->setSpotlight(false);
    viewport()->unsetCursor();
}

bool PointerTool::mousePressed(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return false;
    const QPointF at = view()->mapToScene(event->position().toPoint());
    const int stage = scene()->mapLayout().stageAt(at.x());
    view()->setPresentedStage(stage == view()->presentedStage() ? -1 : stage);
    return true;
}

bool PointerTool::mouseMoved(QMouseEvent *)
{
    viewport()->update();
    return true;
}

} // namespace waymark
