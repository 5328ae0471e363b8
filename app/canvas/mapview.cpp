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

#include <QCursor>
#include <QFileInfo>
#include <QGestureEvent>
#include <QGraphicsRectItem>
#include <QMenu>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWindow>

namespace waymark {

namespace {
// A picture file or picture data: it goes onto the card under the pointer, or becomes a card.
QString pictureFile(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() &&
            (suffix == u"png" || suffix == u"jpg" || suffix == u"jpeg" || suffix == u"webp"))
            return url.toLocalFile();
    }
    return {};
}
bool carriesPicture(const QMimeData *mime)
{
    return !pictureFile(mime).isEmpty() || (mime->hasImage() && !mime->hasUrls());
}
} // namespace

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

void MapView::setVoteBadges(const QHash<Id, int> &dots)
{
    if (dots == m_voteBadges) return;
    m_voteBadges = dots;
    viewport()->update();
}

void MapView::setPresentedStage(int stage)
{
    const Journey *j = m_scene->journey();
    m_presentedStage = j && stage >= 0 && stage < j->stages.size() ? stage : -1;
    if (m_presentedStage < 0) {
        fitMap();
    } else {
        const MapLayout &layout = m_scene->mapLayout();
        const double left = layout.columnX[m_presentedStage];
        const double right = m_presentedStage + 1 < layout.columnX.size()
                                 ? layout.columnX[m_presentedStage + 1]
                                 : layout.bounds.right();
        // The stage beside the frozen lane titles, with a glimpse of the next stage; as wide
        // as the view allows, so that the type is large (the lanes scroll if they must).
        const double titles = layout.metrics.laneHeaderWidth, glimpse = 40;
        const QSize vp = viewport()->size();
        applyZoom(std::min(vp.width() / (titles + (right - left) + 2 * glimpse), 2.5), QPointF());
        const double viewLeft = left - titles - glimpse;
        centerOn(QPointF(viewLeft + vp.width() / m_zoom / 2,
                         layout.bounds.top() + vp.height() / m_zoom / 2));
        setCurrentCell(m_presentedStage, std::max(0, m_lane));
    }
    viewport()->update();
}

void MapView::setSpotlight(bool on)
{
    m_spotlight = on;
    viewport()->setMouseTracking(true);
    viewport()->update();
}

void MapView::drawForeground(QPainter *painter, const QRectF &exposed)
{
    const Journey *j0 = m_scene->journey();
    if (j0) {
        const MapLayout &layout = m_scene->mapLayout();
        // Presenting one stage: the others fade back (the frozen lane titles stay clear).
        if (m_presentedStage >= 0 && m_presentedStage < layout.columnX.size()) {
            const double left = layout.columnX[m_presentedStage];
            const double right = m_presentedStage + 1 < layout.columnX.size()
                                     ? layout.columnX[m_presentedStage + 1]
                                     : layout.bounds.right();
            const QColor veil(255, 255, 255, 170);
            const double titles = m_scene->headerOffset().x() + layout.metrics.laneHeaderWidth;
            painter->fillRect(QRectF(titles, exposed.top(), left - titles, exposed.height()), veil);
            painter->fillRect(
                QRectF(right, exposed.top(), exposed.right() - right, exposed.height()), veil);
        }
        // Dots as badges at each card's top right corner.
        if (!m_voteBadges.isEmpty()) {
            painter->save();
            QFont font = painter->font();
            font.setBold(true);
            font.setPixelSize(13);
            painter->setFont(font);
            for (auto it = m_voteBadges.cbegin(); it != m_voteBadges.cend(); ++it) {
                if (it.value() <= 0) continue;
                const auto rect = layout.cards.constFind(it.key());
                if (rect == layout.cards.cend()) continue;
                const QRectF badge(rect->right() - 22, rect->top() - 8, 30, 20);
                painter->setPen(Qt::NoPen);
                painter->setBrush(QColor(0xd9, 0x3b, 0x3b));
                painter->drawRoundedRect(badge, 10, 10);
                painter->setPen(Qt::white);
                painter->drawText(badge, Qt::AlignCenter, QString::number(it.value()));
            }
            painter->restore();
        }
        if (m_spotlight) {
            const QPointF centre = mapToScene(viewport()->mapFromGlobal(QCursor::pos()));
            const double radius = 140 / m_zoom;
            QPainterPath veil;
            veil.addRect(exposed);
            veil.addEllipse(centre, radius, radius);
            veil.setFillRule(Qt::OddEvenFill);
            painter->fillPath(veil, QColor(0, 0, 0, 150));
        }
    }
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

void MapView::dropPicture(const QMimeData *mime, const QPoint &viewportPos)
{
    const Journey *j = m_scene->journey();
    QString error;
    const QString file = pictureFile(mime);
    const auto image = !file.isEmpty()
                           ? ImageImport::fromFile(file, &error, ImageImport::cardPicture())
                           : ImageImport::fromImage(qvariant_cast<QImage>(mime->imageData()),
                                                    &error, ImageImport::cardPicture());
    if (!image) {
        emit message(tr("The picture cannot be used: %1").arg(error));
        return;
    }
    if (const Id card = cardAt(viewportPos); !card.isNull()) {
        if (!m_document->setCardPicture(m_journeyId, {card}, image))
            emit message(m_document->refusalReason());
        else
            m_document->setSelectedCards({card});
        return;
    }
    // Not on a card: a new card with the picture where it was dropped.
    const CellDrop drop = dropTarget(mapToScene(viewportPos), {});
    if (drop.stage < 0) return;
    Card card;
    card.text = file.isEmpty() ? tr("Picture") : QFileInfo(file).completeBaseName();
    card.imageId = image->id;
    if (!m_document->addCardsWithImages(
            m_journeyId, {card}, {*image},
            {j->stages[drop.stage].id, j->lanes[drop.lane].id, drop.index}))
        emit message(m_document->refusalReason());
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

Id MapView::cardAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos))
        if (item->type() == CardItem::Type) return static_cast<CardItem *>(item)->id();
    return {};
}

void MapView::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (m_document && !m_document->isReadOnly() && m_scene->journey() &&
        (mime->hasFormat(PalettePanel::mimeType()) || (mime->hasText() && !mime->hasUrls()) ||
         carriesPicture(mime))) {
        event->acceptProposedAction();
        return;
    }
    event->ignore(); // projects and tables go to the window
}

void MapView::dragMoveEvent(QDragMoveEvent *event)
{
    const QMimeData *mime = event->mimeData();
    // A picture over a card: the card is outlined, it takes the picture.
    if (carriesPicture(mime))
        if (const CardItem *card = m_scene->cardItem(cardAt(event->position().toPoint()))) {
            showDropIndicator(card->sceneCardRect().adjusted(-3, -3, 3, 3), true);
            event->acceptProposedAction();
            return;
        }
    const CellDrop drop = paletteDrop(mime, mapToScene(event->position().toPoint()));
    if (drop.stage < 0) {
        m_indicator->hide();
        event->ignore();
        return;
    }
    showDropIndicator(dropIndicatorRect(drop, {}));
    event->acceptProposedAction();
}

MapView::CellDrop MapView::paletteDrop(const QMimeData *mime, const QPointF &scenePos) const
{
    CellDrop drop = dropTarget(scenePos, {});
    const Journey *j = m_scene->journey();
    if (drop.stage < 0 || !j || !mime->hasFormat(PalettePanel::mimeType())) return drop;
    // A card type goes to its own lane in the stage under the pointer (a pain point belongs
    // in the pain points): the drop bar shows that cell, at its end.
    int lane = drop.lane;
    PalettePanel::prototype(*j, mime->data(PalettePanel::mimeType()), &lane);
    if (lane != drop.lane) {
        drop.lane = lane;
        drop.index = j->cellSize(j->stages[drop.stage].id, j->lanes[lane].id);
    }
    return drop;
}

void MapView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_indicator->hide();
}

void MapView::dropEvent(QDropEvent *event)
{
    m_indicator->hide();
    const QMimeData *mime = event->mimeData();
    const Journey *j = m_scene->journey();
    if (!j) return;
    if (carriesPicture(mime)) {
        event->acceptProposedAction();
        dropPicture(mime, event->position().toPoint());
        return;
    }
    const CellDrop drop = paletteDrop(mime, mapToScene(event->position().toPoint()));
    if (drop.stage < 0) return;
    event->acceptProposedAction();
    if (mime->hasFormat(PalettePanel::mimeType())) {
        int lane = drop.lane;
        Card prototype = PalettePanel::prototype(*j, mime->data(PalettePanel::mimeType()), &lane);
        // A feeling dropped on the curve takes the height it was dropped at.
        const QPointF scenePos = mapToScene(event->position().toPoint());
        if (j->lanes[drop.lane].kind == LaneKind::Feelings &&
            m_scene->mapLayout().laneAt(scenePos.y()) == drop.lane)
            prototype.emotion = m_scene->mapLayout().emotionScoreAt(drop.lane, scenePos.y());
        activateWindow();
        setFocus(Qt::OtherFocusReason);
        addCardInCell(drop.stage, drop.lane, prototype, drop.index);
        return;
    }
    const QList<Card> cards = CardClipboard::fromPlainText(mime->text());
    if (!cards.isEmpty())
        m_document->addCards(m_journeyId, cards,
                             {j->stages[drop.stage].id, j->lanes[drop.lane].id, drop.index});
}

} // namespace waymark
