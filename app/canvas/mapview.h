// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/model.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

class QGraphicsRectItem;
class QMimeData;
class QRubberBand;

namespace waymark {

class CanvasActions;
class CardItem;
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
    enum class Drag
    {
        None,
        Pending, // pressed, not yet moved far enough
        Cards,
        Emotion,
        Rubber,
        StageMove,
        LaneMove,
        StageResize,
        LaneResize,
        Pan
    };
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

    // Mouse helpers (mapviewmouse.cpp).
    void beginDrag(Drag kind);
    void dragTo(const QPointF &scenePos, const QPoint &viewportPos);
    void finishDrag(const QPointF &scenePos);
    void cancelDrag();
    // A bar where cards will land, or (`outline`) a frame around the card a drop goes onto.
    void showDropIndicator(const QRectF &rect, bool outline = false);
    int stageBorderAt(const QPointF &scenePos) const;
    int laneBorderAt(const QPointF &scenePos) const;
    struct CellDrop
    {
        int stage = -1, lane = -1, index = -1;
    };
    CellDrop dropTarget(const QPointF &scenePos, const QSet<Id> &moving) const;
    // Where dragged cards land: one move per target cell, with its drop bar.
    struct Landing
    {
        QList<CardMove> moves;
        QList<QRectF> bars;
    };
    Landing cardLanding(const QPointF &scenePos) const;
    void showLanding(const Landing &landing);
    // Where a drop from the palette or another program lands (a card type: its own lane).
    CellDrop paletteDrop(const QMimeData *mime, const QPointF &scenePos) const;
    void dropPicture(const QMimeData *mime, const QPoint &viewportPos);
    Id cardAt(const QPoint &viewportPos) const;
    QRectF dropIndicatorRect(const CellDrop &drop, const QSet<Id> &moving) const;

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

    // The drag in progress.
    Drag m_drag = Drag::None;
    Drag m_pendingKind = Drag::None;
    QPoint m_pressViewport;
    QPointF m_pressScene;
    Id m_pressCard;
    int m_pressIndex = -1; // stage or lane header pressed
    QHash<Id, QPointF> m_dragOrigins;
    QList<Id> m_dragIds;
    QList<Id> m_rubberBase;
    CellDrop m_drop;
    Landing m_landing;
    QList<QGraphicsRectItem *> m_moreIndicators; // drop bars of the other cells
    double m_resizeValue = 0;
    int m_score = 0;
    bool m_spaceHeld = false;
    QRubberBand *m_rubber = nullptr;
    QGraphicsRectItem *m_indicator = nullptr;
    QPointer<QWidget> m_dragSource;
    QHash<Id, int> m_voteBadges;
    int m_presentedStage = -1;
    bool m_spotlight = false;

    friend class MapViewTest;
};

} // namespace waymark
