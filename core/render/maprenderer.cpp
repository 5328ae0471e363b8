// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

#include "analytics/overlay.h"
#include "icons.h"
#include "textfit.h"

#include <QCache>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTextLayout>

namespace waymark {

namespace {

} // namespace

void MapRenderer::paintFace(QPainter *p, const QPointF &c, double r, int score)
{
    p->save();
    p->setPen(QPen(Qt::white, std::max(1.0, r * 0.14), Qt::SolidLine, Qt::RoundCap));
    p->setBrush(Qt::white);
    const double eye = r * 0.11;
    p->drawEllipse(QPointF(c.x() - r * 0.33, c.y() - r * 0.22), eye, eye);
    p->drawEllipse(QPointF(c.x() + r * 0.33, c.y() - r * 0.22), eye, eye);
    p->setBrush(Qt::NoBrush);
    if (score <= -3) { // angry brows
        p->drawLine(QPointF(c.x() - r * 0.5, c.y() - r * 0.52),
                    QPointF(c.x() - r * 0.18, c.y() - r * 0.38));
        p->drawLine(QPointF(c.x() + r * 0.5, c.y() - r * 0.52),
                    QPointF(c.x() + r * 0.18, c.y() - r * 0.38));
    }
    // The mouth bends up or down with the score.
    const double mouthY = c.y() + r * 0.32, bend = score * r * 0.13;
    QPainterPath mouth(QPointF(c.x() - r * 0.4, mouthY - bend * 0.3));
    mouth.quadTo(QPointF(c.x(), mouthY + bend), QPointF(c.x() + r * 0.4, mouthY - bend * 0.3));
    if (score >= 3) {
        mouth.closeSubpath();
        p->setBrush(Qt::white);
    }
    p->drawPath(mouth);
    p->restore();
}

namespace {

QColor emotionColour(int score)
{
    if (score < 0) return QColor(0xd6, 0x4f, 0x4f);
    if (score > 0) return QColor(0x3c, 0x9a, 0x5f);
    return QColor(0x8a, 0x93, 0x9c);
}

} // namespace

MapTheme MapTheme::fromPalette(const QPalette &palette)
{
    MapTheme theme;
    const QColor base = palette.color(QPalette::Base);
    if (base.lightnessF() >= 0.5) return theme;
    theme.paper = base;
    theme.ink = palette.color(QPalette::Text);
    theme.muted = palette.color(QPalette::PlaceholderText);
    theme.grid = base.lighter(180);
    theme.laneHeader = palette.color(QPalette::Window);
    theme.selection = palette.color(QPalette::Highlight).lighter(130);
    theme.laneTint = 0.18;
    return theme;
}

MapRenderer::MapRenderer(const Project &project, const Journey &journey, const MapLayout &layout,
                         const MapTheme &theme)
    : m_project(project), m_journey(journey), m_layout(layout), m_theme(theme)
{
}

QColor MapRenderer::laneColour(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Actions:
        return QColor(0xe3, 0xee, 0xfa);
    case LaneKind::Touchpoints:
        return QColor(0xe0, 0xf2, 0xf1);
    case LaneKind::Thoughts:
        return QColor(0xfd, 0xf6, 0xd8);
    case LaneKind::Feelings:
        return QColor(0xff, 0xff, 0xff);
    case LaneKind::PainPoints:
        return QColor(0xfb, 0xe2, 0xe0);
    case LaneKind::Opportunities:
        return QColor(0xe2, 0xf4, 0xe1);
    case LaneKind::Ideas:
        return QColor(0xf1, 0xe7, 0xfb);
    case LaneKind::Backstage:
        return QColor(0xe9, 0xeb, 0xee);
    case LaneKind::SupportProcesses:
        return QColor(0xed, 0xee, 0xe6);
    case LaneKind::Kpis:
        return QColor(0xe6, 0xec, 0xf5);
    case LaneKind::Notes:
        return QColor(0xfa, 0xf7, 0xef);
    case LaneKind::Images:
        return QColor(0xf4, 0xf4, 0xf4);
    }
    return Qt::white;
}

QColor MapRenderer::curveColour(const Id &personaId) const
{
    const Persona *persona = personaId.isNull() ? nullptr : m_project.persona(personaId);
    return persona && persona->colour.isValid() ? persona->colour : QColor(0x2f, 0x7f, 0xc1);
}

void MapRenderer::paint(QPainter *p, const RenderOptions &options) const
{
    if (options.overlay && options.overlay != m_overlay) {
        MapRenderer withOverlay = *this;
        withOverlay.m_overlay = options.overlay;
        withOverlay.paint(p, options);
        return;
    }
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    const QRectF exposed = options.exposed.isNull() ? m_layout.bounds : options.exposed;
    paintBackground(p, exposed);
    for (int s = 0; s < m_journey.stages.size(); ++s)
        if (m_layout.stageHeaders[s].intersects(exposed)) paintStageHeader(p, s);
    for (int l = 0; l < m_journey.lanes.size(); ++l)
        if (m_layout.laneHeaders[l].intersects(exposed)) paintLaneHeader(p, l);
    for (int l = 0; l < m_journey.lanes.size(); ++l)
        if (m_journey.lanes[l].kind == LaneKind::Feelings) paintEmotionLines(p, l);
    for (const Card &card : m_journey.cards) {
        const QRectF rect = m_layout.cards.value(card.id);
        const int l = m_journey.laneIndex(card.laneId);
        if (rect.isNull() || !rect.intersects(exposed) || l < 0) continue;
        const CardState state{options.selectedCards.contains(card.id),
                              options.dimmedCards.contains(card.id), false};
        bool fits = true;
        if (m_journey.lanes[l].kind == LaneKind::Feelings) {
            paintEmotionPoint(p, card, rect.center(), state);
            QFont label = p->font();
            label.setPixelSize(11);
            fits =
                fitsWrapped(m_layout.emotionLabels.value(card.id), card.text.simplified(), label);
        } else {
            fits = paintCard(p, card, rect, options.levelOfDetail, state);
        }
        // A shortened text is still all there for a PDF reader's search, invisibly.
        if (!fits && options.searchableText) {
            p->save();
            QFont tiny = p->font();
            tiny.setPixelSize(3);
            p->setFont(tiny);
            p->setPen(QColor(0, 0, 0, 1));
            p->drawText(rect, Qt::TextWordWrap | Qt::TextDontClip,
                        printable(card.text, MaxSearchableChars));
            p->restore();
        }
    }
    paintConnections(p);
    p->restore();
}

void MapRenderer::paintBlueprintLines(QPainter *p, const QRectF &exposed) const
{
    if (m_layout.blueprintLines.isEmpty()) return;
    p->save();
    QFont font = p->font();
    font.setPixelSize(11);
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    p->setFont(font);
    const QFontMetricsF fm(font);
    const QString language = m_project.info.language;
    for (const MapLayout::LineBand &b : m_layout.blueprintLines) {
        if (!b.band.intersects(exposed)) continue;
        p->fillRect(b.band, m_theme.paper);
        const QString name = contentName(b.line, language);
        const double textWidth = fm.horizontalAdvance(name);
        const double y = b.band.center().y();
        p->setPen(m_theme.ink);
        p->drawText(QRectF(b.band.left() + 12, b.band.top(), textWidth + 2, b.band.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, name);
        p->setPen(QPen(m_theme.ink, 2, Qt::DashLine, Qt::FlatCap));
        p->drawLine(QPointF(b.band.left() + 24 + textWidth, y), QPointF(b.band.right() - 4, y));
    }
    p->restore();
}

void MapRenderer::paintArrow(QPainter *p, const QLineF &line, const QColor &colour, double width)
{
    if (line.isNull() || line.length() < 1) return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const double head = 6 + 2 * width;
    const QPointF tip = line.p2();
    const QPointF dir = (line.p2() - line.p1()) / line.length();
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = tip - dir * head;
    // A halo in the paper's colour keeps the arrow readable where it crosses a card.
    p->setPen(QPen(QColor(255, 255, 255, 200), width + 3, Qt::SolidLine, Qt::RoundCap));
    p->drawLine(line.p1(), base);
    p->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    p->drawLine(line.p1(), base);
    QPolygonF arrowHead({tip, base + normal * head * 0.55, base - normal * head * 0.55});
    p->setPen(QPen(QColor(255, 255, 255, 200), 1.5));
    p->setBrush(colour);
    p->drawPolygon(arrowHead);
    p->restore();
}

void MapRenderer::paintConnections(QPainter *p, const Id &selected,
                                   const QHash<Id, QRectF> &moved) const
{
    if (m_journey.connections.isEmpty()) return;
    p->save();
    QFont font = p->font();
    font.setPixelSize(11);
    p->setFont(font);
    const QFontMetricsF fm(font);
    for (const Connection &c : m_journey.connections) {
        const QLineF line =
            moved.isEmpty() ? m_layout.arrowLine(c)
                            : MapLayout::arrowBetween(moved.value(c.from, m_layout.cards.value(c.from)),
                                                      moved.value(c.to, m_layout.cards.value(c.to)));
        if (line.isNull()) continue;
        const bool isSelected = c.id == selected;
        paintArrow(p, line, isSelected ? m_theme.selection : QColor(0x37, 0x41, 0x51),
                   isSelected ? 3 : 2);
        if (c.label.isEmpty()) continue;
        const QString text = fm.elidedText(printable(c.label, 200), Qt::ElideRight, 160);
        const QSizeF size(fm.horizontalAdvance(text) + 10, fm.height() + 4);
        const QRectF pill(line.center() - QPointF(size.width() / 2, size.height() / 2), size);
        QPainterPath path;
        path.addRoundedRect(pill, 4, 4);
        p->fillPath(path, QColor(255, 255, 255, 235));
        p->setPen(QPen(QColor(0x37, 0x41, 0x51), 1));
        p->drawPath(path);
        p->drawText(pill, Qt::AlignCenter, text);
    }
    p->restore();
}

void MapRenderer::paintBackground(QPainter *p, const QRectF &exposed) const
{
    p->fillRect(m_layout.bounds.intersected(exposed), m_theme.paper);
    // Lane bands with a faint tint of their kind, then the grid.
    for (int l = 0; l < m_journey.lanes.size(); ++l) {
        const QRectF band(m_layout.laneHeaders[l].topRight(),
                          QSizeF(m_layout.bounds.width() - m_layout.metrics.laneHeaderWidth,
                                 m_layout.laneHeaders[l].height()));
        if (!band.intersects(exposed)) continue;
        const Lane &lane = m_journey.lanes[l];
        QColor tint = lane.colour.isValid() ? lane.colour : laneColour(lane.kind);
        tint.setAlphaF(m_theme.laneTint);
        p->fillRect(band, tint);
    }
    p->setPen(QPen(m_theme.grid, 1));
    for (double x : m_layout.columnX)
        p->drawLine(QPointF(x, 0), QPointF(x, m_layout.bounds.bottom()));
    p->drawLine(m_layout.bounds.topRight(), m_layout.bounds.bottomRight());
    for (double y : m_layout.rowY)
        p->drawLine(QPointF(0, y), QPointF(m_layout.bounds.right(), y));
    for (const QRectF &r : m_layout.laneHeaders) // a lane above a blueprint line ends there
        p->drawLine(QPointF(0, r.bottom()), QPointF(m_layout.bounds.right(), r.bottom()));
    p->drawLine(m_layout.bounds.bottomLeft(), m_layout.bounds.bottomRight());
    if (m_laneHints) paintLaneHints(p, exposed);
    paintBlueprintLines(p, exposed);
}

void MapRenderer::paintLaneHints(QPainter *p, const QRectF &exposed) const
{
    QSet<Id> used;
    for (const Card &c : m_journey.cards)
        used.insert(c.laneId);
    p->save();
    QFont font = p->font();
    font.setPixelSize(13);
    font.setItalic(true);
    p->setFont(font);
    p->setPen(m_theme.muted);
    const QFontMetricsF metrics(font);
    for (int l = 0; l < m_journey.lanes.size(); ++l) {
        const Lane &lane = m_journey.lanes[l];
        if (lane.hint.isEmpty() || used.contains(lane.id)) continue;
        const QRectF band(m_layout.laneHeaders[l].topRight(),
                          QSizeF(m_layout.bounds.width() - m_layout.metrics.laneHeaderWidth,
                                 m_layout.laneHeaders[l].height()));
        if (!band.intersects(exposed)) continue;
        // Wrapped in the band (a one-stage map is narrow); the last line that fits ends in
        // an ellipsis when the hint is longer.
        const QRectF r = band.adjusted(16, 6, -16, -6);
        QString text = lane.hint;
        while (text.size() > 1 &&
               metrics.boundingRect(r, Qt::TextWordWrap, text).height() > r.height())
            text = text.left(text.lastIndexOf(QLatin1Char(' ')) > 0
                                 ? text.lastIndexOf(QLatin1Char(' '))
                                 : text.size() - 1) + QStringLiteral("…");
        p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
    }
    p->restore();
}

bool MapRenderer::paintStageHeader(QPainter *p, int s) const
{
    const Stage &stage = m_journey.stages[s];
    p->fillRect(m_layout.stageHeaders[s], m_theme.paper);
    const QRectF r = m_layout.stageHeaders[s].adjusted(4, 6, -4, -6);
    const QColor fill = stage.colour.isValid() ? stage.colour : QColor(0xe8, 0xec, 0xf1);
    QPainterPath path;
    path.addRoundedRect(r, 8, 8);
    p->fillPath(path, fill);
    QFont font = p->font();
    font.setPixelSize(15);
    font.setBold(true);
    const QColor ink(0x23, 0x2a, 0x33); // stage colours are light in every theme
    p->setPen(ink);
    QRectF text = r.adjusted(12, 6, -12, -6);
    if (stage.momentOfTruth) {
        // A star marks the moment of truth.
        p->setBrush(QColor(0xe0, 0x9b, 0x1a));
        p->setPen(Qt::NoPen);
        QPainterPath star;
        const QPointF c(text.right() - 8, text.center().y());
        for (int i = 0; i < 10; ++i) {
            const double a = M_PI / 2 + i * M_PI / 5;
            const double rad = i % 2 ? 3.6 : 8.5;
            const QPointF pt(c.x() + rad * std::cos(a), c.y() - rad * std::sin(a));
            i ? star.lineTo(pt) : star.moveTo(pt);
        }
        star.closeSubpath();
        p->drawPath(star);
        p->setPen(ink);
        text.setRight(text.right() - 22);
    }
    if (const int rank = frictionRank(stage.id)) {
        paintFrictionMark(p, QPointF(text.left() + 7, text.center().y()), 9, rank);
        text.setLeft(text.left() + 22);
    }
    const bool fits = drawWrapped(p, text, stage.name, font);
    paintBadge(p, stage.id, r.adjusted(0, 0, -4, -4));
    return fits;
}

int MapRenderer::frictionRank(const Id &target) const
{
    if (!m_overlay || !m_marks) return 0;
    const auto it = m_marks->constFind(target);
    return it == m_marks->cend() ? 0 : it->rank;
}

void MapRenderer::paintFrictionMark(QPainter *p, const QPointF &centre, double radius, int rank,
                                    bool marked)
{
    // A dark red disc with a white rim and the rank: it reads in grey print too.
    p->save();
    p->setPen(QPen(Qt::white, radius > 6 ? 1.5 : 0.8));
    p->setBrush(marked ? MetricOverlay::colour(MetricStatus::Critical).darker(125)
                       : QColor(0x6b, 0x73, 0x7d));
    p->drawEllipse(centre, radius, radius);
    if (rank > 0) {
        QFont f = p->font();
        f.setPixelSize(int(radius * (rank > 9 ? 1.0 : 1.3)));
        f.setBold(true);
        f.setItalic(false);
        p->setFont(f);
        p->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                    Qt::AlignCenter, QString::number(rank));
    }
    p->restore();
}

void MapRenderer::paintBadge(QPainter *p, const Id &target, const QRectF &rect) const
{
    const MetricOverlay::Value *v = m_overlay ? m_overlay->value(target) : nullptr;
    if (!v) return;
    // Value, trend arrow and marks for greyscale print: ! warning, !! critical.
    QString text = v->text;
    if (v->status == MetricStatus::Warning) text += QStringLiteral(" !");
    if (v->status == MetricStatus::Critical) text += QStringLiteral(" !!");
    QFont f = p->font();
    f.setPixelSize(10);
    f.setBold(true);
    const double arrow = v->previous && *v->previous != v->value ? 10 : 0;
    const double w = QFontMetricsF(f).horizontalAdvance(text) + 12 + arrow;
    const QRectF pill(rect.right() - w, rect.bottom() - 15, w, 15);
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(MetricOverlay::colour(v->status));
    p->drawRoundedRect(pill, 7.5, 7.5);
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(pill.adjusted(6, 0, -6 - arrow, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    if (arrow > 0) {
        // Up or down against the period before.
        const bool up = v->value > *v->previous;
        const QPointF c(pill.right() - 9, pill.center().y());
        p->setBrush(Qt::white);
        p->drawPolygon(QPolygonF({c + QPointF(-3.5, up ? 2.5 : -2.5),
                                  c + QPointF(3.5, up ? 2.5 : -2.5), c + QPointF(0, up ? -3 : 3)}));
    }
    p->restore();
}

bool MapRenderer::paintLaneHeader(QPainter *p, int l) const
{
    const Lane &lane = m_journey.lanes[l];
    const QRectF r = m_layout.laneHeaders[l];
    p->fillRect(r, m_theme.laneHeader);
    p->setPen(QPen(m_theme.grid, 1));
    p->drawLine(r.topLeft(), r.topRight());
    p->drawLine(r.topRight(), r.bottomRight());
    const QColor accent = (lane.colour.isValid() ? lane.colour : laneColour(lane.kind)).darker(135);
    p->fillRect(QRectF(r.left(), r.top() + 1, 5, r.height() - 1), accent);
    paintLaneIcon(p, lane.kind, QRectF(r.left() + 14, r.top() + 11, 16, 16), m_theme.muted);
    QFont font = p->font();
    font.setPixelSize(14);
    font.setBold(true);
    p->setPen(m_theme.ink);
    double bottom = -22;
    QFont small = p->font();
    small.setPixelSize(11);
    small.setBold(false);
    // Feelings lanes list their curves: one per persona, in the persona's colour.
    if (lane.kind == LaneKind::Feelings) {
        QList<const MapLayout::EmotionCurve *> curves;
        for (const auto &curve : m_layout.emotionCurves)
            if (curve.laneId == lane.id && !curve.personaId.isNull()) curves.append(&curve);
        double y = r.bottom() - 26 - 16 * curves.size();
        p->setFont(small);
        for (const auto *curve : curves) {
            const Persona *persona = m_project.persona(curve->personaId);
            p->setPen(QPen(curveColour(curve->personaId), 3, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(QPointF(r.left() + 16, y + 8), QPointF(r.left() + 32, y + 8));
            p->setPen(m_theme.ink);
            p->drawText(
                QRectF(r.left() + 38, y, r.width() - 48, 16), Qt::AlignVCenter,
                QFontMetricsF(small).elidedText(persona ? printable(persona->name) : QString(),
                                                Qt::ElideRight, r.width() - 48));
            y += 16;
        }
        bottom -= 16 * curves.size();
    }
    p->setPen(m_theme.ink);
    const bool fits = drawWrapped(p, r.adjusted(36, 9, -10, bottom), lane.title, font);
    // The kind under the title, unless the title already says it.
    // In the project's language: a German map says "Gefühle" in any session.
    // In a blueprint, its zone instead.
    const QString kindName = m_journey.blueprint
                                 ? contentName(zoneOf(lane), m_project.info.language)
                                 : contentName(lane.kind, m_project.info.language);
    if (lane.title.compare(kindName, Qt::CaseInsensitive) != 0) {
        p->setFont(small);
        p->setPen(m_theme.muted);
        p->drawText(r.adjusted(16, 0, -10, -8), Qt::AlignLeft | Qt::AlignBottom, kindName);
    }
    return fits;
}

QString MapRenderer::linkLabel(const Project &project, const Journey &linked)
{
    const int points = int(Friction::rank(project, linked).size());
    return points > 0 ? QCoreApplication::translate("MapRenderer",
                                                    "↗ %1 · %n friction point(s)", nullptr, points)
                            .arg(linked.name)
                      : QCoreApplication::translate("MapRenderer", "↗ %1").arg(linked.name);
}

bool MapRenderer::paintCard(QPainter *p, const Card &card, const QRectF &rect, double lod,
                            const CardState &state) const
{
    const int l = m_journey.laneIndex(card.laneId);
    const LaneKind kind = l >= 0 ? m_journey.lanes[l].kind : LaneKind::Notes;
    const QColor base = card.colour.isValid() ? card.colour : laneColour(kind);
    const QColor ink(0x23, 0x2a, 0x33), muted(0x5b, 0x65, 0x70); // cards are light in any theme
    const double opacity = p->opacity();
    if (state.dimmed) p->setOpacity(opacity * 0.22);
    if (lod < 0.35) {
        p->fillRect(rect, state.selected ? m_theme.selection : base.darker(115));
        p->setOpacity(opacity);
        return true;
    }
    QPainterPath path;
    path.addRoundedRect(rect, 6, 6);
    p->fillPath(path.translated(0, 1.5), QColor(0, 0, 0, 28));
    // With an overlay, the card takes the colour of its value's standing.
    const MetricOverlay::Value *metric = m_overlay ? m_overlay->value(card.id) : nullptr;
    const QColor heat = metric ? MetricOverlay::tint(metric->status) : QColor();
    p->fillPath(path, heat.isValid() ? heat : base.lighter(104));
    const bool accented = kind == LaneKind::PainPoints || kind == LaneKind::Opportunities;
    const QColor edge = base.darker(accented ? 150 : 125);
    p->setPen(QPen(edge, 1));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    // Pain points and opportunities carry a coloured left edge so they stand out in print too.
    if (accented) p->fillRect(QRectF(rect.left() + 1, rect.top() + 4, 4, rect.height() - 8), edge);

    QRectF text = rect.adjusted(10, 7, -16, -7);
    QFont small = p->font();
    small.setPixelSize(10);
    small.setBold(false);
    if (card.channel != Channel::None) {
        paintChannelIcon(p, card.channel, QRectF(text.left(), text.top(), 11, 11), muted);
        p->setFont(small);
        p->setPen(muted);
        p->drawText(QRectF(text.left() + 15, text.top() - 1, text.width() - 15, 13),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    contentName(card.channel, m_project.info.language).toUpper());
        text.setTop(text.top() + 14);
    }
    if (!card.imageId.isNull()) {
        const int i = m_project.imageIndex(card.imageId);
        if (i >= 0) {
            const QImage image = decodedImage(m_project.images[i]);
            if (!image.isNull()) {
                QRectF target(text.left(), text.top(), text.height() * 1.6, text.height());
                p->drawImage(target, image);
                text.setLeft(target.right() + 8);
            }
        }
    }
    const auto link = m_links ? m_links->constFind(card.id) : QHash<Id, QString>::const_iterator();
    if (m_links && link != m_links->cend()) {
        // The linked journey, on the card's last line, in the colour of links.
        p->setFont(small);
        p->setPen(QColor(0x1d, 0x4e, 0xa8));
        const QRectF line(text.left(), text.bottom() - 12, text.width() - 16, 12);
        p->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(small).elidedText(*link, Qt::ElideRight, line.width()));
        text.setBottom(text.bottom() - 13);
    }
    QFont font = p->font();
    font.setPixelSize(12);
    font.setBold(false);
    p->setPen(ink);
    // On screen a text cut short gives its last line to a "more", bottom left (clear of the
    // badge): there is more to read, on hover or in Properties.
    const bool cut = state.markCutText && !fitsWrapped(text, card.text, font);
    if (cut) text.setBottom(text.bottom() - 12);
    const bool fits = drawWrapped(p, text, card.text, font) && !cut;
    if (cut) {
        QFont more = small;
        more.setItalic(true);
        p->setFont(more);
        p->setPen(muted);
        p->drawText(QRectF(text.left(), text.bottom(), text.width() / 2, 12),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QCoreApplication::translate("MapRenderer", "more …"));
    }
    // Evidence marker: filled = observed, half = reported, ring = assumed.
    const QRectF dot(rect.right() - 12, rect.top() + 6, 6, 6);
    p->setPen(QPen(muted, 1));
    p->setBrush(card.evidence == Evidence::Observed ? QBrush(muted) : Qt::NoBrush);
    p->drawEllipse(dot);
    if (card.evidence == Evidence::Reported) {
        p->setBrush(muted);
        p->drawPie(dot, 90 * 16, 180 * 16);
    }
    if (metric) paintBadge(p, card.id, rect.adjusted(0, 0, -4, -4));
    if (m_stale && m_stale->contains(card.id)) {
        // An hourglass left of the evidence marker: its data is older than the interval.
        const QRectF g(rect.right() - 24, rect.top() + 4, 7, 10);
        QPolygonF glass;
        glass << g.topLeft() << g.topRight() << g.bottomLeft() << g.bottomRight();
        p->setPen(QPen(QColor(0xa8, 0x6a, 0x00), 1.2));
        p->setBrush(QColor(0xf2, 0xc0, 0x4a));
        p->drawPolygon(glass);
    }
    if (const int threads = m_comments ? m_comments->value(card.id) : 0) {
        // A speech bubble on the top edge, clear of the text, the hourglass and the evidence
        // marker, with the number of open threads.
        const QRectF b(rect.right() - 40, rect.top() - 6, 15, 11);
        QPainterPath bubble;
        bubble.addRoundedRect(b, 3, 3);
        bubble.moveTo(b.left() + 3, b.bottom() - 1);
        bubble.lineTo(b.left() + 2, b.bottom() + 4);
        bubble.lineTo(b.left() + 8, b.bottom() - 1);
        p->setPen(QPen(QColor(0x2f, 0x6f, 0xd6), 1));
        p->setBrush(QColor(0xe3, 0xee, 0xff));
        p->drawPath(bubble.simplified());
        QFont tiny = p->font();
        tiny.setPixelSize(8);
        tiny.setBold(true);
        p->setFont(tiny);
        p->setPen(QColor(0x1d, 0x4e, 0xa8));
        p->drawText(b, Qt::AlignCenter, threads > 9 ? QStringLiteral("9+") : QString::number(threads));
    }
    p->setOpacity(opacity);
    if (state.highlighted || state.selected) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(state.selected ? m_theme.selection : m_theme.highlight, 2.5));
        p->drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7);
        if (state.selected && state.highlighted) {
            p->setPen(QPen(m_theme.highlight, 2, Qt::DotLine));
            p->drawRoundedRect(rect.adjusted(-4.5, -4.5, 4.5, 4.5), 9, 9);
        }
    }
    // Over the corner and over any outline, clear of the channel and the text.
    if (const int rank = frictionRank(card.id))
        paintFrictionMark(p, rect.topLeft() + QPointF(2, 2), 9, rank);
    return fits;
}

void MapRenderer::paintEmotionLines(QPainter *p, int l) const
{
    const Lane &lane = m_journey.lanes[l];
    const QRectF band(m_layout.laneHeaders[l].right(), m_layout.laneHeaders[l].top(),
                      m_layout.bounds.width() - m_layout.metrics.laneHeaderWidth,
                      m_layout.laneHeaders[l].height());
    p->setPen(QPen(m_theme.grid, 1, Qt::DashLine));
    const double mid = m_layout.emotionY(l, 0);
    p->drawLine(QPointF(band.left(), mid), QPointF(band.right(), mid));
    for (const auto &curve : m_layout.emotionCurves) {
        if (curve.laneId != lane.id || curve.points.isEmpty()) continue;
        const auto &points = curve.points;
        QPainterPath path(points.first().pos);
        for (int i = 1; i < points.size(); ++i) {
            const QPointF a = points[i - 1].pos, b = points[i].pos;
            const double dx = (b.x() - a.x()) / 2;
            path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b);
        }
        p->setPen(
            QPen(curveColour(curve.personaId), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    }
}

void MapRenderer::paintEmotionPoint(QPainter *p, const Card &card, const QPointF &pos,
                                    const CardState &state) const
{
    const double r = m_layout.metrics.emotionPointRadius - 1;
    const int score = std::clamp(card.emotion.value_or(0), MinEmotion, MaxEmotion);
    const double opacity = p->opacity();
    if (state.dimmed) p->setOpacity(opacity * 0.22);
    p->setPen(QPen(state.selected ? m_theme.selection : QColor(Qt::white), state.selected ? 3 : 2));
    p->setBrush(emotionColour(score));
    p->drawEllipse(pos, r, r);
    if (state.highlighted) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(m_theme.highlight, 2.5));
        p->drawEllipse(pos, r + 4, r + 4);
    }
    paintFace(p, pos, r, score);
    if (const int rank = frictionRank(card.id))
        paintFrictionMark(p, pos + QPointF(r + 2, -r - 2), 9, rank);
    paintEmotionLabel(p, card, pos);
    p->setOpacity(opacity);
}

bool MapRenderer::paintEmotionLabel(QPainter *p, const Card &card, const QPointF &pos) const
{
    // Where the layout put it, moved with the point (a point being dragged takes it along).
    const QRectF placed = m_layout.emotionLabels.value(card.id);
    if (placed.isNull()) return true;
    const QPointF shift = pos - m_layout.cards.value(card.id).center();
    QRectF box = placed.translated(shift);
    QFont label = p->font();
    label.setPixelSize(11);
    label.setBold(false);
    label.setItalic(false);
    p->setPen(m_theme.ink);
    const QString text = printable(card.text).simplified();
    // The lines it needs sit next to the point: a box above the point gives it its lower lines.
    if (box.center().y() < pos.y())
        for (int lines = 1; lines < MapLayout::EmotionLabelLines; ++lines) {
            const double spare =
                (MapLayout::EmotionLabelLines - lines) * MapLayout::EmotionLabelLine;
            if (fitsWrapped(box.adjusted(0, 0, 0, -spare), text, label)) {
                box.setTop(box.top() + spare);
                break;
            }
        }
    return drawWrapped(p, box, text, label, Qt::AlignHCenter);
}

} // namespace waymark
