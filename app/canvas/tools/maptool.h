// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QPoint>
#include <QPointF>
#include <QRectF>

class QMouseEvent;
class QWidget;

namespace waymark {

class Document;
class MapScene;
class MapView;

// What every tool may use of the view: its scene, document and journey, and the drop bars.
// Tools change the map only by asking the Document.
class CanvasTool
{
public:
    explicit CanvasTool(MapView *view) : m_view(view) {}
    virtual ~CanvasTool() = default;

protected:
    MapView *view() const { return m_view; }
    MapScene *scene() const;
    Document *document() const;
    Id journeyId() const;
    const Journey *journey() const;
    QWidget *viewport() const;
    double zoom() const;
    // A bar where cards will land, or (`outline`) a frame; and several bars at once.
    void showDropIndicator(const QRectF &rect, bool outline = false) const;
    void showBars(const QList<QRectF> &bars) const;
    void hideIndicators() const;
    // The cursor that says what a press here would do (resize at a border).
    void hoverAt(const QPointF &scenePos) const;
    bool isSpaceHeld() const;

private:
    MapView *m_view;
};

// One way of using the mouse on the map, as Tiled's AbstractTool: the view holds the active
// tool and gives it the mouse. The select tool is the default; voting and the presenter's
// pointer are others.
class MapTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    // Each returns false when the view should handle the event as a QGraphicsView does.
    virtual bool mousePressed(QMouseEvent *event) = 0;
    virtual bool mouseMoved(QMouseEvent *event) = 0;
    virtual bool mouseReleased(QMouseEvent *event) = 0;
    // Esc, another journey or document: whatever is in progress ends without an edit.
    virtual void cancel() {}
    // True while a drag is in progress (the arrow keys wait).
    virtual bool isBusy() const { return false; }
};

// A drag that began with a press on the map: `begin` once the pointer moved far enough,
// `move` with it, `finish` on release (the edit), `cancel` to put everything back.
class DragTool : public CanvasTool
{
public:
    struct Press
    {
        QPoint viewport;
        QPointF scene;
        Id card;        // the card pressed, if any
        int index = -1; // the stage or lane header (or border) pressed
    };
    DragTool(MapView *view, const Press &press) : CanvasTool(view), m_press(press) {}
    virtual void begin() {}
    virtual void move(const QPointF &scenePos, const QPoint &viewportPos) = 0;
    virtual void finish(const QPointF &scenePos) = 0;
    virtual void cancel() {}

protected:
    const Press &press() const { return m_press; }

private:
    Press m_press;
};

} // namespace waymark
