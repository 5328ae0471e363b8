// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapscene.h"

#include "analytics/freshness.h"

#include "document/document.h"
#include "mapitems.h"

#include <QPainter>
#include <QPalette>

namespace waymark {

MapScene::MapScene(QObject *parent) : QGraphicsScene(parent)
{
    // Items move in bulk during a drag; the BSP index is still worth it for 10,000 cards.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_connections = new ConnectionsItem(this);
    addItem(m_connections);
}

void MapScene::setSelectedConnection(const Id &connectionId)
{
    if (connectionId == m_selectedConnection) return;
    m_selectedConnection = connectionId;
    m_connections->update();
    emit connectionSelected(connectionId);
}

void MapScene::refreshConnections()
{
    // A deleted arrow (or one of another journey) is no longer selected.
    const Journey *j = journey();
    if (!m_selectedConnection.isNull() &&
        (!j || indexOfId(j->connections, m_selectedConnection) < 0))
        setSelectedConnection({});
    m_connections->refresh();
}

void MapScene::setDraggedCards(const QHash<Id, QRectF> &rects)
{
    if (rects.isEmpty() && m_dragged.isEmpty()) return;
    const Journey *j = journey();
    // Only where the arrows of the dragged cards were and are now is painted again.
    QRectF dirty;
    auto touch = [&](const QHash<Id, QRectF> &now) {
        for (const Connection &c : j->connections)
            if (now.contains(c.from) || now.contains(c.to) || m_dragged.contains(c.from) ||
                m_dragged.contains(c.to)) {
                const QLineF line = MapLayout::arrowBetween(
                    now.value(c.from, m_layout.cards.value(c.from)),
                    now.value(c.to, m_layout.cards.value(c.to)));
                dirty |= QRectF(line.p1(), line.p2()).normalized().adjusted(-100, -20, 100, 20);
            }
    };
    if (j) touch(m_dragged);
    m_dragged = rects;
    if (j) touch(m_dragged);
    if (!dirty.isNull()) m_connections->update(dirty);
}

void MapScene::setPendingArrow(const QLineF &line)
{
    m_pendingArrow = line;
    m_connections->update();
}

MapScene::~MapScene()
{
    // No rebuild here: whoever listens to layoutChanged may be half destroyed already.
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
}

void MapScene::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, &MapScene::sync);
        connect(document, &Document::currentJourneyChanged, this, &MapScene::rebuild);
        connect(document, &Document::selectionChanged, this, &MapScene::syncSelection);
    }
    m_highlighted.clear();
    m_dimmed.clear();
    rebuild();
}

const Journey *MapScene::journey() const
{
    return m_document ? m_document->project().journey(m_journeyId) : nullptr;
}

const Project &MapScene::project() const
{
    static const Project empty;
    return m_document ? m_document->project() : empty;
}

MapRenderer MapScene::renderer() const
{
    static const Journey none;
    const Journey *j = journey();
    MapRenderer r(project(), j ? *j : none, m_layout, m_theme);
    r.setOverlay(m_overlay.get());
    r.setFrictionMarks(&m_marks);
    r.setStaleCards(&m_stale);
    r.setCommentCounts(&m_commentCounts);
    r.setLinkLabels(&m_linkLabels);
    r.setLaneHints(true);
    return r;
}

void MapScene::setOverlay(std::unique_ptr<MetricOverlay> overlay)
{
    const bool wasOn = m_overlay != nullptr;
    m_overlay = std::move(overlay);
    for (CardItem *item : std::as_const(m_cards))
        item->repaint();
    for (auto *h : std::as_const(m_stageHeaders))
        h->update();
    if (wasOn != (m_overlay != nullptr))
        for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
            if (CardItem *item = m_cards.value(it.key())) item->updateToolTip();
    update();
}

void MapScene::setFrictionMarks(FrictionMarks marks)
{
    // Only the items whose mark came, went or changed are repainted.
    QSet<Id> changed;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        if (marks.value(it.key()) != *it) changed.insert(it.key());
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        if (!m_marks.contains(it.key())) changed.insert(it.key());
    m_marks = std::move(marks);
    if (changed.isEmpty()) return;
    for (const Id &id : std::as_const(changed))
        if (CardItem *item = m_cards.value(id)) {
            item->updateToolTip();
            item->repaint();
        }
    const Journey *j = journey();
    for (int s = 0; j && s < m_stageHeaders.size() && s < j->stages.size(); ++s)
        if (changed.contains(j->stages[s].id)) m_stageHeaders[s]->update();
}

const FrictionMark *MapScene::frictionMark(const Id &target) const
{
    if (!m_overlay) return nullptr;
    const auto it = m_marks.constFind(target);
    return it == m_marks.cend() ? nullptr : &*it;
}

void MapScene::setTheme(const MapTheme &theme)
{
    m_theme = theme;
    update();
}

void MapScene::relayout()
{
    const Journey *j = journey();
    m_layout = j ? MapLayout::compute(*j) : MapLayout();
    m_laneIndex.clear();
    if (j)
        for (int l = 0; l < j->lanes.size(); ++l)
            m_laneIndex.insert(j->lanes[l].id, l);
    const QRectF rect = m_layout.bounds.adjusted(-40, -40, 40, 40);
    if (rect != sceneRect()) setSceneRect(rect);
    // A review, an import or a comment changes which cards are stale or commented: those
    // items draw anew.
    QHash<Id, QDateTime> stale;
    QHash<Id, int> comments;
    QHash<Id, QString> links;
    if (j) {
        QHash<Id, QString> &labelOf = m_linkLabelCache;
        for (const Card &c : j->cards) {
            if (c.linkedJourney.isNull()) continue;
            const Journey *linked = project().journey(c.linkedJourney);
            if (!linked) continue;
            if (!labelOf.contains(linked->id))
                labelOf.insert(linked->id, MapRenderer::linkLabel(project(), *linked));
            links.insert(c.id, labelOf.value(linked->id));
        }
        stale = Freshness::staleCards(project(), *j, QDateTime::currentDateTimeUtc());
        for (const Comment &c : j->comments)
            if (c.isThread() && !c.resolved.isValid()) ++comments[c.targetId];
    }
    QSet<Id> changed;
    auto differences = [&changed](const auto &before, const auto &after) {
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!after.contains(it.key()) || after.value(it.key()) != it.value())
                changed.insert(it.key());
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (!before.contains(it.key())) changed.insert(it.key());
    };
    differences(m_stale, stale);
    differences(m_commentCounts, comments);
    differences(m_linkLabels, links);
    m_stale = std::move(stale);
    m_commentCounts = std::move(comments);
    m_linkLabels = std::move(links);
    for (const Id &id : std::as_const(changed))
        if (CardItem *item = m_cards.value(id)) {
            item->updateToolTip();
            item->repaint();
        }
}

void MapScene::rebuild()
{
    m_linkLabelCache.clear();
    for (CardItem *item : std::as_const(m_cards))
        delete item;
    m_cards.clear();
    m_journeyId = m_document ? m_document->currentJourneyId() : Id();
    relayout();
    rebuildHeaders();
    rebuildRows();
    if (const Journey *j = journey()) {
        m_cards.reserve(j->cards.size());
        for (const Card &c : j->cards) {
            const QRectF rect = m_layout.cards.value(c.id);
            if (rect.isNull()) continue;
            const int l = j->laneIndex(c.laneId);
            const bool point = j->lanes[l].kind == LaneKind::Feelings;
            auto *item = new CardItem(this, c, point);
            item->setFlag(QGraphicsItem::ItemHasNoContents, m_overview);
            m_cards.insert(c.id, item);
            place(item, c, point);
        }
    }
    syncSelection();
    refreshConnections();
    emit layoutChanged();
}

void MapScene::rebuildRows()
{
    const QList<QGraphicsItem *> old = std::exchange(m_rows, {});
    for (int l = 0; l < m_layout.rowY.size(); ++l) {
        auto *row = new RowItem;
        row->setZValue(2);
        row->setPos(0, m_layout.rowY[l]);
        addItem(row);
        m_rows.append(row);
    }
    // Cards move to the new rows when they are placed again; none may go with the old ones.
    for (CardItem *item : std::as_const(m_cards))
        if (item->parentItem()) item->setParentItem(nullptr);
    qDeleteAll(old);
}

void MapScene::place(CardItem *item, const Card &card, bool point)
{
    const int l = m_laneIndex.value(card.laneId, -1);
    QGraphicsItem *row = m_rows.value(l);
    if (!row) return;
    if (item->parentItem() != row) {
        if (!item->scene()) addItem(item);
        item->setParentItem(row);
    }
    const QRectF rect = m_layout.cards.value(card.id);
    // An emotion point's label is part of it, where the layout placed it.
    const QRectF label =
        point ? m_layout.emotionLabels.value(card.id).translated(-rect.topLeft()) : QRectF();
    item->sync(card, rect.translated(0, -m_layout.rowY[l]), point, label);
}

QGraphicsItem *MapScene::rowOf(const CardItem *item) const
{
    return item->parentItem();
}

void MapScene::rebuildHeaders()
{
    qDeleteAll(m_stageHeaders);
    qDeleteAll(m_laneHeaders);
    qDeleteAll(m_emotionLines);
    m_stageHeaders.clear();
    m_laneHeaders.clear();
    m_emotionLines.clear();
    delete m_corner;
    m_corner = nullptr;
    const Journey *j = journey();
    if (!j) return;
    for (int s = 0; s < j->stages.size(); ++s) {
        auto *item = new StageHeaderItem(this, s);
        item->setZValue(10);
        addItem(item);
        m_stageHeaders.append(item);
    }
    for (int l = 0; l < j->lanes.size(); ++l) {
        auto *item = new LaneHeaderItem(this, l);
        item->setZValue(11);
        addItem(item);
        m_laneHeaders.append(item);
        if (j->lanes[l].kind == LaneKind::Feelings) {
            auto *lines = new EmotionLinesItem(this, l);
            lines->setZValue(1);
            addItem(lines);
            m_emotionLines.append(lines);
        }
    }
    m_corner = new CornerItem(this);
    m_corner->setZValue(12);
    addItem(m_corner);
    placeHeaders();
}

void MapScene::sync(const ChangeSet &changes)
{
    const Journey *j = m_document->project().journey(m_journeyId);
    if (!j || m_journeyId != m_document->currentJourneyId()) {
        rebuild();
        return;
    }
    // A linked journey's friction moves with values, metrics and its own cards and stages.
    bool elsewhere = !changes.observations.isEmpty() || !changes.metrics.isEmpty() ||
                     !changes.journeys.isEmpty() || changes.journeyOrder;
    for (const QHash<Id, Id> *touched : {&changes.cards, &changes.stages})
        for (auto it = touched->cbegin(); !elsewhere && it != touched->cend(); ++it)
            elsewhere = it.value() != m_journeyId;
    if (elsewhere) m_linkLabelCache.clear();
    bool structural = changes.journeys.contains(m_journeyId);
    for (auto it = changes.stages.cbegin(); !structural && it != changes.stages.cend(); ++it)
        structural = it.value() == m_journeyId;
    for (auto it = changes.lanes.cbegin(); !structural && it != changes.lanes.cend(); ++it)
        structural = it.value() == m_journeyId;
    const QRectF oldBounds = m_layout.bounds;
    const QList<double> oldRows = m_layout.rowY, oldColumns = m_layout.columnX;
    relayout();
    // Rows from the first one that grew, shrank or moved on are laid out anew.
    int firstMovedLane = structural ? 0 : int(j->lanes.size());
    for (int l = 0; l < j->lanes.size() && !structural; ++l)
        if (l >= oldRows.size() || oldRows[l] != m_layout.rowY[l] ||
            (l + 1 < oldRows.size() && oldRows[l + 1] != m_layout.rowY.value(l + 1)) ||
            (l + 1 == oldRows.size() && oldBounds.bottom() != m_layout.bounds.bottom())) {
            firstMovedLane = l;
            break;
        }
    if (oldColumns != m_layout.columnX) firstMovedLane = 0;
    if (structural) {
        rebuildHeaders();
        rebuildRows();
    } else {
        if (firstMovedLane == 0)
            for (auto *h : std::as_const(m_stageHeaders))
                h->refresh();
        for (int l = firstMovedLane; l < m_laneHeaders.size(); ++l)
            m_laneHeaders[l]->refresh();
        for (auto *h : std::as_const(m_emotionLines))
            static_cast<LayoutItem *>(h)->refresh();
        // A row that moved takes its cards along: one move, not one per card.
        for (int l = firstMovedLane; l < m_rows.size(); ++l)
            if (m_rows[l]->pos().y() != m_layout.rowY[l]) m_rows[l]->setPos(0, m_layout.rowY[l]);
    }
    QHash<Id, bool> pointLane;
    for (const Lane &lane : j->lanes)
        pointLane.insert(lane.id, lane.kind == LaneKind::Feelings);
    // The cards the change touched: new, or with new content or place (a placement touches
    // every card of the cells it changes). After a change of stages or lanes, all of them.
    QSet<Id> touched;
    for (auto it = changes.cards.cbegin(); it != changes.cards.cend(); ++it)
        if (it.value() == m_journeyId) touched.insert(it.key());
    // A feeling that comes, goes or changes can move every point of its lane sideways (each
    // persona's curve has its part of the stage): then all points are placed again.
    bool replot = false;
    for (const Id &id : std::as_const(touched)) {
        const CardItem *item = m_cards.value(id);
        const int l = m_layout.laneAt(m_layout.cards.value(id).center().y());
        replot = replot || (item && item->isEmotionPoint()) ||
                 (l >= 0 && j->lanes[l].kind == LaneKind::Feelings);
    }
    if (!touched.isEmpty() || structural) {
        for (const Card &c : j->cards) {
            const bool isTouched = structural || (!touched.isEmpty() && touched.remove(c.id));
            if (!isTouched && !(replot && pointLane.value(c.laneId))) continue;
            CardItem *item = m_cards.value(c.id);
            if (m_layout.cards.value(c.id).isNull()) { // in no cell: not in a valid journey
                delete m_cards.take(c.id);
                continue;
            }
            const bool point = pointLane.value(c.laneId);
            if (!item) {
                item = new CardItem(this, c, point);
                item->setFlag(QGraphicsItem::ItemHasNoContents, m_overview);
                m_cards.insert(c.id, item);
            }
            place(item, c, point);
            updateCardState(item);
        }
    }
    for (const Id &gone : std::as_const(touched))
        delete m_cards.take(gone);
    if (m_layout.bounds != oldBounds)
        update(); // the background grid
    else if (structural)
        update();
    placeHeaders();
    refreshConnections();
    emit layoutChanged();
}

void MapScene::syncSelection()
{
    const QList<Id> ids = m_document ? m_document->selectedCards() : QList<Id>();
    m_selected = QSet<Id>(ids.begin(), ids.end());
    for (CardItem *item : std::as_const(m_cards))
        updateCardState(item);
}

void MapScene::updateCardState(CardItem *item) const
{
    const Id id = item->id();
    item->setState(m_selected.contains(id), m_dimmed.contains(id), m_highlighted.contains(id));
}

void MapScene::setHighlighted(const QSet<Id> &cardIds)
{
    m_highlighted = cardIds;
    for (CardItem *item : std::as_const(m_cards))
        updateCardState(item);
}

void MapScene::setDimmed(const QSet<Id> &cardIds)
{
    m_dimmed = cardIds;
    for (CardItem *item : std::as_const(m_cards))
        updateCardState(item);
}

void MapScene::setVisibleOrigin(const QPointF &topLeft)
{
    m_visibleOrigin = topLeft;
    placeHeaders();
}

void MapScene::placeHeaders()
{
    // Headers never leave the map: past its edge they stay at the edge.
    const QRectF b = m_layout.bounds;
    const double maxX = std::max(0.0, b.width() - m_layout.metrics.laneHeaderWidth);
    const double maxY = std::max(0.0, b.height() - m_layout.metrics.stageHeaderHeight);
    m_headerOffset = QPointF(std::clamp(m_visibleOrigin.x(), 0.0, maxX),
                             std::clamp(m_visibleOrigin.y(), 0.0, maxY));
    for (auto *h : std::as_const(m_stageHeaders))
        h->setPos(0, m_headerOffset.y());
    for (auto *h : std::as_const(m_laneHeaders))
        h->setPos(m_headerOffset.x(), 0);
    if (m_corner) m_corner->setPos(m_headerOffset);
}

void MapScene::setDevicePixelRatio(double ratio)
{
    const auto mode = ratio > 1.0 ? QGraphicsItem::NoCache : QGraphicsItem::DeviceCoordinateCache;
    if (mode == m_cacheMode) return;
    m_cacheMode = mode;
    for (CardItem *item : std::as_const(m_cards))
        item->setCacheMode(mode);
}

void MapScene::setOverview(bool overview)
{
    if (overview == m_overview) return;
    m_overview = overview;
    for (CardItem *item : std::as_const(m_cards))
        item->setFlag(QGraphicsItem::ItemHasNoContents, overview);
    update();
}

void MapScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.paper.lightnessF() < 0.5 ? m_theme.paper.darker(130)
                                                             : QColor(0xe9, 0xec, 0xef));
    if (!journey()) return;
    painter->setRenderHint(QPainter::Antialiasing, false);
    const MapRenderer r = renderer();
    r.paintBackground(painter, rect);
    if (!m_overview) return;
    for (const CardItem *item : std::as_const(m_cards)) {
        const QRectF card = item->sceneCardRect();
        if (!card.intersects(rect)) continue;
        const Id id = item->id();
        r.paintCard(painter, item->card(), card, 0,
                    {m_selected.contains(id), m_dimmed.contains(id), m_highlighted.contains(id)});
    }
}

} // namespace waymark
