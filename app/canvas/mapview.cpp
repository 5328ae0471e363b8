// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"
#include "tools/selecttool.h"

#include "canvasactions.h"
#include "document/cardclipboard.h"
#include "document/document.h"
#include "inlineeditor.h"
#include "mapitems.h"
#include "mapscene.h"
#include "palettepanel.h"

#include "io/imageimport.h"

#include <QFileInfo>
#include <QGestureEvent>
#include <QGraphicsRectItem>
#include <QMenu>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWindow>

namespace waymark {

MapView::MapView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new MapScene(this)), m_editor(new InlineEditor(viewport()))
{
    setScene(m_scene);
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Journey map"));
    viewport()->setAccessibleName(tr("Journey map"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setDragMode(QGraphicsView::NoDrag);
    // Every item paints with its own pen, brush and font.
    setOptimizationFlags(QGraphicsView::DontSavePainterState |
                         QGraphicsView::DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMouseTracking(true);
    viewport()->grabGesture(Qt::PinchGesture);
    // Drawn as the exports draw it: without ligatures, so that the text wraps the same.
    QFont plain = viewport()->font();
    plain.setStyleStrategy(QFont::PreferNoShaping);
    viewport()->setFont(plain);
    m_scene->setTheme(MapTheme::fromPalette(palette()));
    m_scene->setDevicePixelRatio(devicePixelRatioF());
    m_tool = std::make_unique<SelectTool>(this);
    m_indicator = new QGraphicsRectItem;
    m_indicator->setZValue(20);
    m_indicator->setPen(Qt::NoPen);
    m_indicator->setBrush(m_scene->theme().selection);
    m_indicator->hide();
    m_scene->addItem(m_indicator);
    connect(m_scene, &MapScene::layoutChanged, this, &MapView::updateEditorGeometry);
    connect(m_editor, &InlineEditor::finished, this, [this] {
        if (!hasFocus()) setFocus(Qt::OtherFocusReason);
    });
}

MapView::~MapView()
{
    m_editor->cancel();
    disconnect(m_scene, nullptr, this, nullptr); // this is no MapView by the time it goes
    m_scene->setDocument(nullptr);
}

void MapView::setDocument(Document *document)
{
    m_editor->cancel();
    cancelDrag();
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_viewStates.clear();
    m_scene->setDocument(document);
    m_journeyId = Id();
    if (document) {
        connect(document, &Document::currentJourneyChanged, this, &MapView::onJourneyChanged);
        connect(document, &Document::changed, this, &MapView::onChanged);
        connect(document, &Document::selectionChanged, this, &MapView::updateAccessibleDescription);
    }
    onJourneyChanged();
}

void MapView::onJourneyChanged()
{
    m_editor->cancel();
    cancelDrag();
    m_journeyId = m_document ? m_document->currentJourneyId() : Id();
    const Journey *j = m_scene->journey();
    m_stage = j && !j->stages.isEmpty() ? 0 : -1;
    m_lane = j && !j->lanes.isEmpty() ? 0 : -1;
    // Each journey keeps its own zoom and scroll position.
    const ViewState state = m_viewStates.value(m_journeyId);
    m_restoring = true;
    applyZoom(state.zoom, QPointF());
    horizontalScrollBar()->setValue(
        m_viewStates.contains(m_journeyId) ? state.x : horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(
        m_viewStates.contains(m_journeyId) ? state.y : verticalScrollBar()->minimum());
    m_restoring = false;
    rememberViewState();
    updateFrozenHeaders();
    emit currentCellChanged();
    updateAccessibleDescription();
}

void MapView::onChanged()
{
    const Journey *j = m_scene->journey();
    if (!j) return;
    // Stages or lanes may be gone; the current cell stays inside the grid.
    if (m_stage >= j->stages.size()) m_stage = int(j->stages.size()) - 1;
    if (m_lane >= j->lanes.size()) m_lane = int(j->lanes.size()) - 1;
    if (m_stage < 0 && !j->stages.isEmpty()) m_stage = 0;
    if (m_lane < 0 && !j->lanes.isEmpty()) m_lane = 0;
    updateFrozenHeaders();
    // Undo and redo bring what they changed back into sight.
    if (m_document->isReplaying() && !m_document->selectedCards().isEmpty())
        ensureCardVisible(m_document->selectedCards().constLast());
    emit currentCellChanged();
}

void MapView::setCurrentCell(int stage, int lane)
{
    if (stage == m_stage && lane == m_lane) return;
    m_stage = stage;
    m_lane = lane;
    viewport()->update();
    emit currentCellChanged();
    updateAccessibleDescription();
}

// ---- zoom and scrolling ----

void MapView::setZoom(double zoom)
{
    applyZoom(zoom, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void MapView::applyZoom(double zoom, const QPointF &anchor)
{
    zoom = std::clamp(zoom, 0.05, 4.0);
    const QPointF sceneAnchor = mapToScene(anchor.toPoint());
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    m_scene->setOverview(zoom < MapScene::OverviewBelow);
    if (!anchor.isNull()) {
        // Keep the point under the anchor where it was.
        const QPointF moved = mapFromScene(sceneAnchor) - anchor;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(moved.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + int(moved.y()));
    }
    updateFrozenHeaders();
    updateEditorGeometry();
    rememberViewState();
    emit zoomChanged(m_zoom);
}

void MapView::fitMap()
{
    const QRectF bounds = m_scene->mapLayout().bounds.adjusted(-16, -16, 16, 16);
    if (bounds.isEmpty()) return;
    const QSize vp = viewport()->size();
    applyZoom(std::min(vp.width() / bounds.width(), vp.height() / bounds.height()), QPointF());
    centerOn(bounds.center());
}

void MapView::fitWidth()
{
    const QRectF bounds = m_scene->mapLayout().bounds.adjusted(-16, -16, 16, 16);
    if (bounds.isEmpty()) return;
    applyZoom((viewport()->width() - verticalScrollBar()->sizeHint().width()) / bounds.width(),
              QPointF());
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
}

void MapView::rememberViewState()
{
    if (m_restoring || m_journeyId.isNull()) return;
    m_viewStates.insert(m_journeyId,
                        {m_zoom, horizontalScrollBar()->value(), verticalScrollBar()->value()});
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateFrozenHeaders();
    updateEditorGeometry();
    rememberViewState();
}

void MapView::updateFrozenHeaders()
{
    m_scene->setVisibleOrigin(mapToScene(0, 0));
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        applyZoom(m_zoom * std::pow(1.15, steps), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool MapView::viewportEvent(QEvent *event)
{
    // Pinch to zoom: touchpads send native gestures, touch screens pinch gestures.
    if (event->type() == QEvent::NativeGesture) {
        auto *ge = static_cast<QNativeGestureEvent *>(event);
        if (ge->gestureType() == Qt::ZoomNativeGesture) {
            applyZoom(m_zoom * (1 + ge->value()), ge->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *ge = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(ge->gesture(Qt::PinchGesture))) {
            applyZoom(m_zoom * pinch->scaleFactor(),
                      viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setTheme(MapTheme::fromPalette(palette()));
        m_indicator->setBrush(m_scene->theme().selection);
    }
    QGraphicsView::changeEvent(event);
}

void MapView::updatePixelRatio()
{
    m_scene->setDevicePixelRatio(devicePixelRatioF());
}

void MapView::showEvent(QShowEvent *event)
{
    // The screen is known now; a window moved to another screen may change the ratio.
    m_scene->setDevicePixelRatio(devicePixelRatioF());
    if (QWindow *w = window()->windowHandle())
        connect(w, &QWindow::screenChanged, this, &MapView::updatePixelRatio, Qt::UniqueConnection);
    QGraphicsView::showEvent(event);
}

void MapView::drawForeground(QPainter *painter, const QRectF &exposed)
{
    drawWorkshopOverlays(painter, exposed);
    // The keyboard's current cell, when no card is selected.
    const Journey *j = m_scene->journey();
    if (!j || m_stage < 0 || m_lane < 0 || m_stage >= j->stages.size() ||
        m_lane >= j->lanes.size() || !hasFocus())
        return;
    if (m_document && !m_document->selectedCards().isEmpty()) return;
    const QRectF cell = m_scene->mapLayout().cellRect(m_stage, m_lane).adjusted(2, 2, -2, -2);
    // Never over the frozen headers.
    const auto &m = m_scene->mapLayout().metrics;
    const QPointF corner =
        m_scene->headerOffset() + QPointF(m.laneHeaderWidth, m.stageHeaderHeight);
    painter->setClipRect(QRectF(corner, m_scene->mapLayout().bounds.bottomRight()));
    painter->setPen(QPen(m_scene->theme().selection, 2 / m_zoom, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(cell);
}

// ---- editing ----

bool MapView::isEditing() const
{
    return m_editor->isActive();
}

void MapView::updateEditorGeometry()
{
    if (!m_editor->isActive()) return;
    m_editor->place(mapFromScene(m_editorSceneRect).boundingRect());
}

void MapView::editCard(const Id &cardId)
{
    const CardItem *item = m_scene->cardItem(cardId);
    if (!item || !m_document || m_document->isReadOnly()) return;
    ensureCardVisible(cardId);
    const Id journeyId = m_journeyId;
    const QRectF rect = item->sceneCardRect();
    m_editorSceneRect =
        item->isEmotionPoint() ? QRectF(rect.left() - 80, rect.top() + 30, 180, 64) : rect;
    m_editor->start(mapFromScene(m_editorSceneRect).boundingRect(), item->card().text, 12 * m_zoom,
                    false, [this, journeyId, cardId](const QString &text) {
                        const Card *card =
                            m_document ? m_document->project().journey(journeyId)->card(cardId)
                                       : nullptr;
                        if (!card || card->text == text) return;
                        Card changed = *card;
                        changed.text = text;
                        m_document->changeCard(journeyId, changed);
                    });
}

void MapView::addCardInCell(int stage, int lane, const Card &prototype, int index)
{
    const Journey *j = m_scene->journey();
    if (!j || !m_document || m_document->isReadOnly() || stage < 0 || lane < 0 ||
        stage >= j->stages.size() || lane >= j->lanes.size())
        return;
    setCurrentCell(stage, lane);
    const Id journeyId = m_journeyId, stageId = j->stages[stage].id, laneId = j->lanes[lane].id;
    const int size = j->cellSize(stageId, laneId);
    if (index < 0 || index > size) index = size;
    const MapLayout &layout = m_scene->mapLayout();
    // The editor opens where the card will be: over the card now at `index`, or after the
    // last one.
    m_editorSceneRect = layout.slotRect(stage, lane, index);
    if (!layout.cellRect(stage, lane).contains(m_editorSceneRect.center()))
        m_editorSceneRect.moveBottom(layout.cellRect(stage, lane).bottom() - 4);
    ensureVisible(m_editorSceneRect, 40, 40);
    m_editor->start(
        mapFromScene(m_editorSceneRect).boundingRect(), prototype.text, 12 * m_zoom, false,
        [this, journeyId, stageId, laneId, prototype, index](const QString &text) {
            if (!m_document || text.trimmed().isEmpty()) return;
            Card card = prototype;
            card.text = text;
            const Journey *jj = m_document->project().journey(journeyId);
            const int l = jj ? jj->laneIndex(laneId) : -1;
            if (l >= 0 && jj->lanes[l].kind == LaneKind::Feelings && !card.emotion)
                card.emotion = 0;
            const Id id = m_document->addCard(journeyId, card, {stageId, laneId, index});
            if (!id.isNull()) m_document->setSelectedCards({id});
        });
}

void MapView::renameStage(int stage)
{
    const Journey *j = m_scene->journey();
    if (!j || stage < 0 || stage >= j->stages.size() || m_document->isReadOnly()) return;
    const Id journeyId = m_journeyId, stageId = j->stages[stage].id;
    m_editorSceneRect =
        m_scene->mapLayout().stageHeaders[stage].translated(0, m_scene->headerOffset().y());
    m_editor->start(mapFromScene(m_editorSceneRect).boundingRect(), j->stages[stage].name,
                    15 * m_zoom, true, [this, journeyId, stageId](const QString &text) {
                        const Journey *jj = m_document->project().journey(journeyId);
                        const int s = jj ? jj->stageIndex(stageId) : -1;
                        if (s < 0 || text.trimmed().isEmpty()) return;
                        Stage changed = jj->stages[s];
                        changed.name = text.simplified();
                        m_document->changeStage(journeyId, changed);
                    });
}

void MapView::renameLane(int lane)
{
    const Journey *j = m_scene->journey();
    if (!j || lane < 0 || lane >= j->lanes.size() || m_document->isReadOnly()) return;
    const Id journeyId = m_journeyId, laneId = j->lanes[lane].id;
    QRectF r = m_scene->mapLayout().laneHeaders[lane].translated(m_scene->headerOffset().x(), 0);
    r.setHeight(std::min(r.height(), 48.0));
    m_editorSceneRect = r;
    m_editor->start(mapFromScene(r).boundingRect(), j->lanes[lane].title, 14 * m_zoom, true,
                    [this, journeyId, laneId](const QString &text) {
                        const Journey *jj = m_document->project().journey(journeyId);
                        const int l = jj ? jj->laneIndex(laneId) : -1;
                        if (l < 0 || text.trimmed().isEmpty()) return;
                        Lane changed = jj->lanes[l];
                        changed.title = text.simplified();
                        m_document->changeLane(journeyId, changed);
                    });
}

void MapView::ensureCardVisible(const Id &cardId)
{
    const CardItem *item = m_scene->cardItem(cardId);
    if (!item) return;
    const auto &m = m_scene->mapLayout().metrics;
    // Room for the frozen headers on the top and left.
    const QRectF r = item->sceneCardRect();
    ensureVisible(r.adjusted(-m.laneHeaderWidth, -m.stageHeaderHeight, 0, 0), 24, 24);
}

QPoint MapView::viewportPosOf(const Id &cardId) const
{
    const CardItem *item = m_scene->cardItem(cardId);
    return item ? mapFromScene(item->sceneCardRect().center()) : QPoint();
}

QPoint MapView::viewportPosOfCell(int stage, int lane) const
{
    const QRectF cell = m_scene->mapLayout().cellRect(stage, lane);
    return mapFromScene(QPointF(cell.center().x(), cell.bottom() - 6));
}

void MapView::updateAccessibleDescription()
{
    viewport()->update();
    const Journey *j = m_scene->journey();
    if (!j) {
        setAccessibleDescription(QString());
        return;
    }
    QString where;
    if (m_stage >= 0 && m_lane >= 0 && m_stage < j->stages.size() && m_lane < j->lanes.size())
        where =
            tr("Stage \"%1\", lane \"%2\"").arg(j->stages[m_stage].name, j->lanes[m_lane].title);
    const QList<Id> sel = m_document->selectedCards();
    if (sel.size() == 1)
        if (const Card *c = j->card(sel.first())) where = tr("Card \"%1\"").arg(c->text.left(200));
    if (sel.size() > 1) where = tr("%n card(s) selected", nullptr, int(sel.size()));
    setAccessibleDescription(where);
}

// ---- keyboard ----

void MapView::selectOnly(const Id &cardId)
{
    m_document->setSelectedCards({cardId});
    if (const Card *c = m_scene->journey()->card(cardId))
        setCurrentCell(m_scene->journey()->stageIndex(c->stageId),
                       m_scene->journey()->laneIndex(c->laneId));
    ensureCardVisible(cardId);
}

void MapView::navigate(int key, bool extend)
{
    const Journey *j = m_scene->journey();
    if (!j || j->stages.isEmpty() || j->lanes.isEmpty()) return;
    int s = std::max(0, m_stage), l = std::max(0, m_lane), k = -1;
    const QList<Id> sel = m_document->selectedCards();
    if (!sel.isEmpty())
        if (const Card *c = j->card(sel.constLast())) {
            s = j->stageIndex(c->stageId);
            l = j->laneIndex(c->laneId);
            k = c->order;
        }
    auto cell = [&](int ss, int ll) { return j->cellCards(j->stages[ss].id, j->lanes[ll].id); };
    int ns = s, nl = l, nk = -1;
    const int size = int(cell(s, l).size());
    switch (key) {
    case Qt::Key_Up:
        if (k > 0)
            nk = k - 1;
        else if (l > 0)
            nl = l - 1, nk = int(cell(s, nl).size()) - 1;
        else
            return;
        break;
    case Qt::Key_Down:
        if (k >= 0 && k < size - 1)
            nk = k + 1;
        else if (k < 0 && size > 0)
            nk = 0;
        else if (l < j->lanes.size() - 1)
            nl = l + 1, nk = cell(s, nl).isEmpty() ? -1 : 0;
        else
            return;
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        ns = s + (key == Qt::Key_Left ? -1 : 1);
        if (ns < 0 || ns >= j->stages.size()) return;
        nk = std::min(std::max(k, 0), int(cell(ns, l).size()) - 1);
        break;
    default:
        return;
    }
    setCurrentCell(ns, nl);
    if (nk >= 0) {
        const Id target = cell(ns, nl)[nk]->id;
        QList<Id> next = extend ? sel : QList<Id>();
        next.removeAll(target);
        next.append(target);
        m_document->setSelectedCards(next);
        ensureCardVisible(target);
    } else {
        if (!extend) m_document->setSelectedCards({});
        ensureVisible(m_scene->mapLayout().cellRect(ns, nl), 24, 24);
    }
}

void MapView::moveSelectionByKey(int key)
{
    // Alt+arrows: the keyboard's way to drag the selected cards.
    const Journey *j = m_scene->journey();
    const QList<Id> sel = m_document->selectedCards();
    if (!j || sel.isEmpty() || m_document->isReadOnly()) return;
    const Card *anchor = j->card(sel.constFirst());
    if (!anchor) return;
    int s = j->stageIndex(anchor->stageId), l = j->laneIndex(anchor->laneId);
    int minOrder = anchor->order;
    for (const Id &id : sel)
        if (const Card *c = j->card(id);
            c && c->stageId == anchor->stageId && c->laneId == anchor->laneId)
            minOrder = std::min(minOrder, c->order);
    int index = -1;
    switch (key) {
    case Qt::Key_Up:
        if (minOrder > 0)
            index = minOrder - 1;
        else if (l > 0)
            --l;
        else
            return;
        break;
    case Qt::Key_Down: {
        const int remaining = j->cellSize(anchor->stageId, anchor->laneId) - int(sel.size());
        if (minOrder < remaining)
            index = minOrder + 1;
        else if (l < j->lanes.size() - 1)
            ++l, index = 0;
        else
            return;
        break;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
        s += key == Qt::Key_Left ? -1 : 1;
        if (s < 0 || s >= j->stages.size()) return;
        index = minOrder;
        break;
    }
    m_document->moveCards(m_journeyId, sel, {j->stages[s].id, j->lanes[l].id, index});
    setCurrentCell(s, l);
    ensureCardVisible(sel.constFirst());
}

void MapView::activate()
{
    const QList<Id> sel = m_document ? m_document->selectedCards() : QList<Id>();
    if (sel.size() == 1)
        editCard(sel.first());
    else if (sel.isEmpty())
        addCardInCell(m_stage, m_lane);
}

QList<std::pair<QString, QString>> MapView::keyHelp()
{
    const auto keys = [](const QKeySequence &k) { return k.toString(QKeySequence::NativeText); };
    return {
        {tr("Arrows"), tr("Select the card or cell above, below, left or right")},
        {tr("Shift+Arrows"), tr("Add to the selection")},
        {tr("Alt+Arrows"), tr("Move the selected cards")},
        {tr("Enter, F2"), tr("Edit the selected card, or add a card to the current cell")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Commit the text being edited")},
        {keys(QKeySequence(Qt::Key_Escape)), tr("Cancel editing or dragging; clear the selection")},
        {keys(QKeySequence(Qt::Key_Menu)), tr("Open the context menu")},
        {tr("Space+drag, middle button drag"), tr("Pan the map")},
        {tr("Ctrl+wheel, pinch"), tr("Zoom")},
    };
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (!m_document || !m_scene->journey()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const bool alt = event->modifiers() & Qt::AltModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_tool->isBusy())
            cancelDrag();
        else
            m_document->setSelectedCards({});
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (m_tool->isBusy()) return;
        alt ? moveSelectionByKey(event->key()) : navigate(event->key(), shift);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        activate();
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    case Qt::Key_Menu: {
        const QPoint at = m_document->selectedCards().isEmpty()
                              ? viewportPosOfCell(m_stage, m_lane)
                              : viewportPosOf(m_document->selectedCards().constLast());
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
        contextMenuEvent(&menu);
        return;
    }
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_actions || !m_scene->journey()) return;
    Id card;
    int stageHeader = -1, laneHeader = -1;
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QList<Id> sel = m_document->selectedCards();
        if (!sel.isEmpty()) card = sel.constLast();
    } else {
        const QPointF scenePos = mapToScene(event->pos());
        for (QGraphicsItem *item : items(event->pos())) {
            if (item->type() == CardItem::Type) {
                card = static_cast<CardItem *>(item)->id();
                if (!m_document->selectedCards().contains(card)) selectOnly(card);
                break;
            }
            if (item->type() == StageHeaderItem::Type) {
                stageHeader = static_cast<StageHeaderItem *>(item)->index();
                break;
            }
            if (item->type() == LaneHeaderItem::Type) {
                laneHeader = static_cast<LaneHeaderItem *>(item)->index();
                break;
            }
        }
        const MapLayout &layout = m_scene->mapLayout();
        if (card.isNull() && stageHeader < 0 && laneHeader < 0) {
            if (const Id arrow =
                    layout.connectionAt(*m_scene->journey(), scenePos, 6 / std::max(0.1, m_zoom));
                !arrow.isNull()) {
                m_document->setSelectedCards({});
                m_scene->setSelectedConnection(arrow);
                QMenu menu(this);
                m_actions->fillContextMenu(&menu, {}, -1, -1, arrow);
                menu.exec(viewport()->mapToGlobal(event->pos()));
                return;
            }
            const int s = layout.stageAt(scenePos.x()), l = layout.laneAt(scenePos.y());
            if (s < 0 || l < 0) return;
            m_document->setSelectedCards({});
            setCurrentCell(s, l);
        }
        if (stageHeader >= 0) setCurrentCell(stageHeader, std::max(0, m_lane));
        if (laneHeader >= 0) setCurrentCell(std::max(0, m_stage), laneHeader);
    }
    QMenu menu(this);
    m_actions->fillContextMenu(&menu, card, stageHeader, laneHeader);
    menu.exec(viewport()->mapToGlobal(event->pos()));
}

// ---- drops from the palette and from other programs ----

} // namespace waymark
