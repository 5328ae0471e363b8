// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/model.h"

#include <memory>
#include <QGraphicsView>
#include <QHash>
#include <QPointer>

class QGraphicsRectItem;
class QMimeData;
class QRubberBand;

namespace waymark {

class CanvasActions;
class CanvasTool;
class CardItem;
class MapTool;
class Document;
class InlineEditor;
class MapScene;

// The journey canvas: shows the current journey of a document and turns mouse and keyboard
// into Document edits. Selection lives in the Document; the view keeps the keyboard's
// current cell, the zoom and what a drag in progress looks like.
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;
    void setDocument(Document *document);
    void setActions(CanvasActions *actions) { m_actions = actions; }
    Document *document() const { return m_document; }
    MapScene *mapScene() const { return m_scene; }

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn() { setZoom(m_zoom * 1.25); }
    void zoomOut() { setZoom(m_zoom / 1.25); }
    void fitMap();
    void fitWidth();

    // The cell the keyboard works on (-1 when none).
    int currentStage() const { return m_stage; }
    int currentLane() const { return m_lane; }
    void setCurrentCell(int stage, int lane);

    // In-place editing. A new card is only added when its text is committed.
    void editCard(const Id &cardId);
    // `index`: the position in the cell the new card takes (-1: after the last card).
    void addCardInCell(int stage, int lane, const Card &prototype = {}, int index = -1);
    void renameStage(int stage);
    void renameLane(int lane);
    bool isEditing() const;
    InlineEditor *editor() const { return m_editor; }

    // The keys the map understands besides its actions' shortcuts (keys, what they do), for
    // Help > Keyboard Shortcuts; kept beside keyPressEvent, which handles them.
    static QList<std::pair<QString, QString>> keyHelp();

    void ensureCardVisible(const Id &cardId);
    // Where a card or the current cell is in viewport coordinates (for menus and tests).
    QPoint viewportPosOf(const Id &cardId) const;
    QPoint viewportPosOfCell(int stage, int lane) const;
    // The drop bars the user sees during a drag, in map coordinates (for tests: what is shown
    // is where the cards land).
    QList<QRectF> dropIndicators() const;

    // The tool the mouse works with (null: the select tool, the default).
    void setTool(std::unique_ptr<MapTool> tool);
    MapTool *tool() const { return m_tool.get(); }

    // Where a drop at `scenePos` lands: a cell and the place in it, counting the cards that
    // are not `moving`; and the bar that shows it.
    struct CellDrop
    {
        int stage = -1, lane = -1, index = -1;
    };
    CellDrop dropTarget(const QPointF &scenePos, const QSet<Id> &moving) const;
    QRectF dropIndicatorRect(const CellDrop &drop, const QSet<Id> &moving) const;
    // The stage or lane whose right or bottom border is under the point (-1: none).
    int stageBorderAt(const QPointF &scenePos) const;
    int laneBorderAt(const QPointF &scenePos) const;

    // Workshops. Dots per card, drawn as badges on the cards (empty: none).
    void setVoteBadges(const QHash<Id, int> &dots);
    QHash<Id, int> voteBadges() const { return m_voteBadges; }
    // Presenting: one stage fills the view and the others are dimmed (-1: the whole map).
    void setPresentedStage(int stage);
    int presentedStage() const { return m_presentedStage; }
    // A spotlight around the pointer; everything else darkened.
    void setSpotlight(bool on);
    bool spotlight() const { return m_spotlight; }

signals:
    void zoomChanged(double zoom);
    void currentCellChanged();
    // Something the user should know, for the status bar.
    void message(const QString &text);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    friend class CanvasTool;
    struct ViewState
    {
        double zoom = 1;
        int x = 0, y = 0;
    };

    void onJourneyChanged();
    void updatePixelRatio();
    void onChanged();
    void applyZoom(double zoom, const QPointF &anchorViewport);
    void rememberViewState();
    void updateFrozenHeaders();
    void updateEditorGeometry();
    void updateAccessibleDescription();
    void updateHoverCursor(const QPointF &scenePos);
    // Vote badges, the presented stage's veil and the spotlight (mapviewoverlays.cpp).
    void drawWorkshopOverlays(QPainter *painter, const QRectF &exposed);
    // A stage column's left and right edge in map coordinates.
    std::pair<double, double> stageSpan(int stage) const;

    // Mouse helpers (mapviewmouse.cpp); the mouse itself goes to the tool (canvas/tools/).
    void cancelDrag();
    // A bar where cards will land, or (`outline`) a frame around the card a drop goes onto.
    void showDropIndicator(const QRectF &rect, bool outline = false);
    // Bars where dragged cards land, one per target cell (none: hidden).
    void showBars(const QList<QRectF> &bars);
    // Where a drop from the palette or another program lands (a card type: its own lane);
    // drops live in mapviewdrop.cpp.
    CellDrop paletteDrop(const QMimeData *mime, const QPointF &scenePos) const;
    void dropPicture(const QMimeData *mime, const QPoint &viewportPos);
    Id cardAt(const QPoint &viewportPos) const;

    // Keyboard helpers.
    void navigate(int key, bool extend);
    void moveSelectionByKey(int key);
    void activate();
    void selectOnly(const Id &cardId);

    Document *m_document = nullptr;
    MapScene *m_scene;
    CanvasActions *m_actions = nullptr;
    InlineEditor *m_editor;
    QRectF m_editorSceneRect;
    double m_zoom = 1;
    int m_stage = -1, m_lane = -1;
    Id m_journeyId;
    QHash<Id, ViewState> m_viewStates;
    bool m_restoring = false;

    // The mouse's tool, and what drags show.
    std::unique_ptr<MapTool> m_tool;
    QList<QGraphicsRectItem *> m_moreIndicators; // drop bars of the other cells
    bool m_spaceHeld = false;
    QGraphicsRectItem *m_indicator = nullptr;
    QPointer<QWidget> m_dragSource;
    QHash<Id, int> m_voteBadges;
    int m_presentedStage = -1;
    bool m_spotlight = false;

    friend class MapViewTest;
};

} // namespace waymark
