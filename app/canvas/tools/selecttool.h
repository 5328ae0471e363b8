// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maptool.h"

#include <memory>

namespace waymark {

// The default tool: a click selects (Ctrl toggles, Shift adds) and picks the keyboard's
// cell; a press followed by a move starts the drag that fits what was pressed: cards, a
// feeling point, a header (move) or its border (resize), empty space (rubber band), or with
// the middle button or Space held, the map itself (pan).
class SelectTool : public MapTool
{
public:
    using MapTool::MapTool;
    ~SelectTool() override;
    bool mousePressed(QMouseEvent *event) override;
    bool mouseMoved(QMouseEvent *event) override;
    bool mouseReleased(QMouseEvent *event) override;
    void cancel() override;
    bool isBusy() const override { return m_pressed; }
    // The drag that a move would start, or has started (for tests).
    DragTool *drag() const { return m_drag.get(); }
    bool isDragging() const { return m_started; }

private:
    void start(std::unique_ptr<DragTool> drag, bool now = false);

    DragTool::Press m_press;
    std::unique_ptr<DragTool> m_drag; // null: a press that starts nothing when moved
    bool m_pressed = false;
    bool m_started = false;
};

} // namespace waymark
