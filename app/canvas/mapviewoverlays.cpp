// SPDX-License-Identifier: GPL-3.0-or-later
// What the canvas shows for workshops: dots as badges, one presented stage with the others
// dimmed, and the presenter's spotlight.
#include "mapscene.h"
#include "mapview.h"

#include <QCursor>
#include <QPainter>
#include <QPainterPath>

namespace waymark {

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
        const auto [left, right] = stageSpan(m_presentedStage);
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

std::pair<double, double> MapView::stageSpan(int stage) const
{
    const MapLayout &layout = m_scene->mapLayout();
    return {layout.columnX[stage],
            stage + 1 < layout.columnX.size() ? layout.columnX[stage + 1] : layout.bounds.right()};
}

void MapView::drawWorkshopOverlays(QPainter *painter, const QRectF &exposed)
{
    if (!m_scene->journey()) return;
    const MapLayout &layout = m_scene->mapLayout();
    // Presenting one stage: the others fade back (the frozen lane titles stay clear).
    if (m_presentedStage >= 0 && m_presentedStage < layout.columnX.size()) {
        const auto [left, right] = stageSpan(m_presentedStage);
        const QColor veil(255, 255, 255, 170);
        const double titles = m_scene->headerOffset().x() + layout.metrics.laneHeaderWidth;
        painter->fillRect(QRectF(titles, exposed.top(), left - titles, exposed.height()), veil);
        painter->fillRect(QRectF(right, exposed.top(), exposed.right() - right, exposed.height()),
                          veil);
    }
    // Dots as badges at each card's top right corner.
    if (!m_voteBadges.isEmpty()) {
        painter->save();
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(13);
        painter->setFont(font);
        for (auto it = m_voteBadges.cbegin(); it != m_voteBadges.cend(); ++it) {
            const auto rect = layout.cards.constFind(it.key());
            if (it.value() <= 0 || rect == layout.cards.cend()) continue;
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

} // namespace waymark
