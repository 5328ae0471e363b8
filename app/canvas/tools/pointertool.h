// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maptool.h"

namespace waymark {

// The presenter's pointer: a spotlight follows the mouse and darkens the rest of the map; a
// click shows the stage under the pointer (the whole map again when it is shown already).
class PointerTool : public MapTool
{
public:
    explicit PointerTool(MapView *view);
    ~PointerTool() override;
    bool mousePressed(QMouseEvent *event) override;
    bool mouseMoved(QMouseEvent *event) override;
    bool mouseReleased(QMouseEvent *) override { return true; }
};

} // namespace waymark
