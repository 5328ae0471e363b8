// SPDX-License-Identifier: GPL-3.0-or-later
// The drags of the select tool, one class (and one file) each.
#pragma once

#include "document/document.h"
#include "maptool.h"

#include <QHash>
#include <QPointer>

class QRubberBand;

namespace waymark {

// Selected cards follow the pointer; the drop bars show where each group lands.
class CardDragTool : public DragTool
{
public:
    using DragTool::DragTool;
    void begin() override;
    void move(const QPointF &scenePos, const QPoint &viewportPos) override;
    void finish(const QPointF &scenePos) override;
    void cancel() override;
    // Where the cards would land with the pointer at `scenePos`: one move per target cell,
    // with its drop bar (what is shown is where they land).
    struct Landing
    {
        QList<CardMove> moves;
        QList<QRectF> bars;
    };
    Landing landing(const QPointF &scenePos) const;
    QList<Id> cards() const { return m_ids; }

private:
    QList<Id> m_ids; // in reading order
    QHash<Id, QPointF> m_origins;
    Landing m_landing;
};

// A point of the feeling curve goes up or down to the feeling under the pointer.
class EmotionDragTool : public DragTool
{
public:
    using DragTool::DragTool;
    void begin() override;
    void move(const QPointF &scenePos, const QPoint &viewportPos) override;
    void finish(const QPointF &scenePos) override;
    void cancel() override;
    int score() const { return m_score; }

private:
    QPointF m_origin;
    int m_score = 0;
    bool m_begun = false;
};

// A rectangle selects the cards it touches (added to the selection with Ctrl or Shift).
class RubberBandTool : public DragTool
{
public:
    RubberBandTool(MapView *view, const Press &press, const QList<Id> &base);
    ~RubberBandTool() override;
    void begin() override;
    void move(const QPointF &scenePos, const QPoint &viewportPos) override;
    void finish(const QPointF &) override { cancel(); }
    void cancel() override;

private:
    QList<Id> m_base;
    QRubberBand *m_band = nullptr;
};

// The map follows the pointer (middle button, or Space and the left button).
class PanTool : public DragTool
{
public:
    using DragTool::DragTool;
    void begin() override;
    void move(const QPointF &scenePos, const QPoint &viewportPos) override;
    void finish(const QPointF &) override;

private:
    QPoint m_last;
};

// Alt+drag from a card: an arrow follows the pointer and joins the card released on.
class ConnectTool : public DragTool
{
public:
    using DragTool::DragTool;
    void move(const QPointF &scenePos, const QPoint &viewportPos) override;
    void finish(const QPointF &scenePos) override;
    void cancel() override;
    // The card under a map coordinate other than the one the arrow starts from.
    Id targetAt(const QPointF &scenePos) const;
};

// A stage (Qt::Horizontal) or lane (Qt::Vertical) header moves to the border nearest the
// pointer.
class HeaderMoveTool : public DragTool
{
public:
    HeaderMoveTool(MapView *view, const Press &press, Qt::Orientation orientation)
        : DragTool(view, press), m_orientation(orientation)
    {
    }
    void move(const QPointF &scenePos, const QPoint &viewportPos) override;
    void finish(const QPointF &scenePos) override;
    void cancel() override;

private:
    Qt::Orientation m_orientation;
    int m_border = -1;
};

// A stage's width (Qt::Horizontal) or a lane's height (Qt::Vertical) follows its border.
class HeaderResizeTool : public DragTool
{
public:
    HeaderResizeTool(MapView *view, const Press &press, Qt::Orientation orientation)
        : DragTool(view, press), m_orientation(orientation)
    {
    }
    void move(const QPointF &scenePos, const QPoint &viewportPos) override;
    void finish(const QPointF &scenePos) override;
    void cancel() override;
    double size() const { return m_size; }

    static constexpr double MinStageWidth = 120, MinLaneHeight = 48;

private:
    Qt::Orientation m_orientation;
    double m_size = -1;
};

} // namespace waymark
