// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapitems.h"

#include "analytics/freshness.h"
#include "render/textfit.h"

#include <QCoreApplication>

#include "mapscene.h"
#include "render/maprenderer.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace waymark {

namespace {
double lod(const QStyleOptionGraphicsItem *option, const QPainter *painter)
{
    return option->levelOfDetailFromTransform(painter->worldTransform());
}
constexpr double Margin = 8; // room for the outlines and a friction mark on the corner
} // namespace

CardItem::CardItem(MapScene *scene, const Card &card, bool isEmotionPoint)
    : m_scene(scene), m_card(card), m_point(isEmotionPoint)
{
    setZValue(2);
    setCacheMode(scene->cardCacheMode());
}

void CardItem::repaint()
{
    // In the overview the scene's background draws the card, not the item.
    if (flags() & ItemHasNoContents) {
        if (scene()) scene()->update(sceneBoundingRect());
    } else {
        update();
    }
}

void CardItem::sync(const Card &card, const QRectF &rect, bool isEmotionPoint, const QRectF &label)
{
    const bool geometry =
        rect.size() != m_rect.size() || isEmotionPoint != m_point || label != m_label;
    if (geometry) prepareGeometryChange();
    if (pos() != rect.topLeft()) {
        // Moving repaints an item by itself; in the overview, the blocks it leaves and enters.
        const bool overview = flags() & ItemHasNoContents;
        if (overview) repaint();
        setPos(rect.topLeft());
        if (overview) repaint();
    }
    m_rect = QRectF(QPointF(0, 0), rect.size());
    m_point = isEmotionPoint;
    m_label = label;
    if (card != m_card || geometry) {
        m_card = card;
        updateToolTip();
        repaint();
    }
}

void CardItem::setState(bool selected, bool dimmed, bool highlighted)
{
    if (selected == m_selected && dimmed == m_dimmed && highlighted == m_highlighted) return;
    m_selected = selected;
    m_dimmed = dimmed;
    m_highlighted = highlighted;
    repaint();
}

void CardItem::setPreviewScore(std::optional<int> score)
{
    m_previewScore = score;
    update();
}

void CardItem::updateToolTip()
{
    // The whole text is always one hover away, also when the card shows it shortened.
    QString tip = printable(m_card.text.left(2000))
                      .toHtmlEscaped()
                      .replace(QLatin1Char('\n'), QLatin1String("<br>"));
    if (m_card.emotion)
        tip.prepend(emotionName(*m_card.emotion).toHtmlEscaped() + QLatin1String("<br>"));
    if (!m_card.notes.isEmpty())
        tip += QLatin1String("<hr><i>") + printable(m_card.notes.left(2000)).toHtmlEscaped() +
               QLatin1String("</i>");
    if (const FrictionMark *mark = m_scene->frictionMark(m_card.id))
        tip.prepend(
            QLatin1String("<b>") +
            QCoreApplication::translate("MapScene", "Friction point %1").arg(mark->rank) +
            QLatin1String("</b>") +
            (mark->reasons.isEmpty()
                 ? QString()
                 : QLatin1String(": ") + mark->reasons.join(QStringLiteral(", ")).toHtmlEscaped()) +
            QLatin1String("<br>"));
    if (const int threads = m_scene->commentCounts().value(m_card.id))
        tip += QLatin1String("<hr>") +
               QCoreApplication::translate("MapScene", "%n open comment thread(s)", nullptr,
                                           threads);
    if (const auto since = m_scene->staleCards().constFind(m_card.id);
        since != m_scene->staleCards().cend())
        tip += QLatin1String("<hr>") +
               QCoreApplication::translate("MapScene",
                                           "Its data is older than the journey's review "
                                           "interval: %1.")
                   .arg(Freshness::staleText(*since))
                   .toHtmlEscaped();
    setToolTip(QLatin1String("<qt>") + tip + QLatin1String("</qt>"));
}

QRectF CardItem::boundingRect() const
{
    if (m_point) // the label under or over the point is part of it, and the friction disc
        return m_rect.adjusted(-4, -14, 14, 4).united(m_label.adjusted(-2, -2, 2, 2));
    return m_rect.adjusted(-Margin, -Margin, Margin, Margin);
}

QPainterPath CardItem::shape() const
{
    QPainterPath path;
    if (m_point)
        path.addEllipse(m_rect.adjusted(-3, -3, 3, 3));
    else
        path.addRect(m_rect);
    return path;
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const MapRenderer renderer = m_scene->renderer();
    const CardState state{m_selected, m_dimmed, m_highlighted, true};
    if (m_point) {
        Card shown = m_card;
        if (m_previewScore) shown.emotion = m_previewScore;
        painter->setRenderHint(QPainter::Antialiasing);
        renderer.paintEmotionPoint(painter, shown, m_rect.center(), state);
        return;
    }
    renderer.paintCard(painter, m_card, m_rect, lod(option, painter), state);
}

template <> QRectF StageHeaderItem::boundingRect() const
{
    return m_scene->mapLayout().stageHeaders.value(m_index);
}

template <>
void StageHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // A name cut short shows whole in the tooltip.
    const bool fits = m_scene->renderer().paintStageHeader(painter, m_index);
    const Journey *j = m_scene->journey();
    setToolTip(fits || !j || m_index >= j->stages.size() ? QString() : j->stages[m_index].name);
}

template <> QRectF LaneHeaderItem::boundingRect() const
{
    return m_scene->mapLayout().laneHeaders.value(m_index);
}

template <>
void LaneHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool fits = m_scene->renderer().paintLaneHeader(painter, m_index);
    const Journey *j = m_scene->journey();
    if (!j || m_index >= j->lanes.size()) return setToolTip({});
    // The title when it was cut short, and the lane's hint.
    QStringList tip;
    if (!fits) tip.append(j->lanes[m_index].title);
    if (!j->lanes[m_index].hint.isEmpty()) tip.append(j->lanes[m_index].hint);
    setToolTip(tip.join(QLatin1Char('\n')));
}

template <> QRectF EmotionLinesItem::boundingRect() const
{
    const MapLayout &layout = m_scene->mapLayout();
    const QRectF header = layout.laneHeaders.value(m_index);
    return QRectF(header.right(), header.top(), layout.bounds.width() - header.width(),
                  header.height());
}

template <>
void EmotionLinesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    m_scene->renderer().paintEmotionLines(painter, m_index);
}

ConnectionsItem::ConnectionsItem(MapScene *scene) : m_scene(scene)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(5); // above the rows of cards, below the headers
}

QRectF ConnectionsItem::boundingRect() const
{
    return m_scene->mapLayout().bounds.adjusted(-20, -20, 20, 20);
}

void ConnectionsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    m_scene->renderer().paintConnections(painter, m_scene->selectedConnection(),
                                         m_scene->draggedCards());
    if (const QLineF pending = m_scene->pendingArrow(); !pending.isNull())
        MapRenderer::paintArrow(painter, pending, m_scene->theme().selection, 2);
}

QRectF CornerItem::boundingRect() const
{
    const auto &m = m_scene->mapLayout().metrics;
    return QRectF(0, 0, m.laneHeaderWidth, m.stageHeaderHeight);
}

void CornerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF r = boundingRect();
    const MapTheme &theme = m_scene->theme();
    painter->fillRect(r, theme.laneHeader);
    painter->setPen(QPen(theme.grid, 1));
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    painter->drawLine(r.topRight(), r.bottomRight());
    const Journey *j = m_scene->journey();
    if (!j) return;
    QFont font = painter->font();
    font.setPixelSize(13);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(theme.ink);
    // Two lines at most, then an ellipsis; the whole name is in the tooltip.
    const bool fits = drawWrapped(painter, r.adjusted(12, 8, -8, -24), j->name, font);
    setToolTip(fits ? QString() : j->name);
    font.setPixelSize(11);
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(theme.muted);
    painter->drawText(r.adjusted(12, 0, -8, -8), Qt::AlignLeft | Qt::AlignBottom,
                      displayName(j->state));
}

} // namespace waymark
