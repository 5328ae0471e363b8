// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

#include <QCache>
#include <QFontMetricsF>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace waymark {

namespace {

const QColor ink(0x23, 0x2a, 0x33);
const QColor muted(0x6b, 0x75, 0x80);
const QColor gridLine(0xd5, 0xdb, 0xe1);

// Wraps `text` into `rect`; the last visible line ends in an ellipsis when it does not fit.
void drawWrapped(QPainter *p, const QRectF &rect, const QString &text, const QFont &font)
{
    const QFontMetricsF fm(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    const double lineHeight = fm.lineSpacing();
    const int maxLines = std::max(1, int(rect.height() / lineHeight));
    QList<QTextLine> lines;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += lineHeight;
        lines.append(line);
        if (lines.size() > maxLines) break;
    }
    layout.endLayout();
    p->setFont(font);
    for (int i = 0; i < std::min<int>(maxLines, int(lines.size())); ++i) {
        const QTextLine &line = lines[i];
        const bool last = i == maxLines - 1 && lines.size() > maxLines;
        if (last) {
            const QString rest = text.mid(line.textStart());
            p->drawText(QPointF(rect.left(), rect.top() + line.y() + fm.ascent()),
                        fm.elidedText(rest.simplified(), Qt::ElideRight, rect.width()));
        } else {
            line.draw(p, rect.topLeft());
        }
    }
}

// Decoded pictures, shared by every renderer (canvas and exports may run on other threads).
// An image never changes under its id: a new picture gets a new id.
QImage decodedImage(const Image &image)
{
    static QMutex mutex;
    static QCache<Id, QImage> cache(64 * 1024); // cost in KiB
    const QMutexLocker locker(&mutex);
    if (const QImage *hit = cache.object(image.id))
        return *hit;
    QImage decoded;
    decoded.loadFromData(image.data);
    cache.insert(image.id, new QImage(decoded), std::max(1, int(decoded.sizeInBytes() / 1024)));
    return decoded;
}

QString emotionFace(int score)
{
    static const char32_t faces[] = {U'\U0001F621', U'\U0001F61F', U'\U0001F615', U'\U0001F610',
                                     U'\U0001F642', U'\U0001F600', U'\U0001F929'};
    const char32_t c = faces[std::clamp(score, MinEmotion, MaxEmotion) - MinEmotion];
    return QString::fromUcs4(&c, 1);
}

QColor emotionColour(int score)
{
    if (score < 0) return QColor(0xd6, 0x4f, 0x4f);
    if (score > 0) return QColor(0x3c, 0x9a, 0x5f);
    return QColor(0x8a, 0x93, 0x9c);
}

} // namespace

MapRenderer::MapRenderer(const Project &project, const Journey &journey, const MapLayout &layout)
    : m_project(project), m_journey(journey), m_layout(layout)
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

void MapRenderer::paint(QPainter *p, const RenderOptions &options) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    const QRectF exposed = options.exposed.isNull() ? m_layout.bounds : options.exposed;
    p->fillRect(m_layout.bounds.intersected(exposed), Qt::white);

    // Lane bands with a faint tint of their kind, then the grid.
    for (int l = 0; l < m_journey.lanes.size(); ++l) {
        const QRectF band(m_layout.laneHeaders[l].topRight(),
                          QSizeF(m_layout.bounds.width() - m_layout.metrics.laneHeaderWidth,
                                 m_layout.laneHeaders[l].height()));
        if (!band.intersects(exposed)) continue;
        const Lane &lane = m_journey.lanes[l];
        QColor tint = lane.colour.isValid() ? lane.colour : laneColour(lane.kind);
        tint.setAlphaF(0.35);
        p->fillRect(band, tint);
    }
    p->setPen(QPen(gridLine, 1));
    for (double x : m_layout.columnX)
        p->drawLine(QPointF(x, 0), QPointF(x, m_layout.bounds.bottom()));
    for (double y : m_layout.rowY)
        p->drawLine(QPointF(0, y), QPointF(m_layout.bounds.right(), y));

    for (int s = 0; s < m_journey.stages.size(); ++s)
        if (m_layout.stageHeaders[s].intersects(exposed)) paintStageHeader(p, s);
    for (int l = 0; l < m_journey.lanes.size(); ++l)
        if (m_layout.laneHeaders[l].intersects(exposed)) paintLaneHeader(p, l);

    for (const Lane &lane : m_journey.lanes)
        if (lane.kind == LaneKind::Feelings) paintEmotionCurve(p, lane);
    for (const Card &card : m_journey.cards) {
        const QRectF rect = m_layout.cards.value(card.id);
        const int l = m_journey.laneIndex(card.laneId);
        if (rect.isNull() || !rect.intersects(exposed) || l < 0 ||
            m_journey.lanes[l].kind == LaneKind::Feelings)
            continue;
        paintCard(p, card, rect, options.levelOfDetail, options.selectedCards.contains(card.id));
    }
    p->restore();
}

void MapRenderer::paintStageHeader(QPainter *p, int s) const
{
    const Stage &stage = m_journey.stages[s];
    const QRectF r = m_layout.stageHeaders[s].adjusted(4, 6, -4, -6);
    const QColor fill = stage.colour.isValid() ? stage.colour : QColor(0xe8, 0xec, 0xf1);
    QPainterPath path;
    path.addRoundedRect(r, 8, 8);
    p->fillPath(path, fill);
    QFont font = p->font();
    font.setPixelSize(15);
    font.setBold(true);
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
    drawWrapped(p, text, stage.name, font);
}

void MapRenderer::paintLaneHeader(QPainter *p, int l) const
{
    const Lane &lane = m_journey.lanes[l];
    const QRectF r = m_layout.laneHeaders[l];
    p->fillRect(r, QColor(0xf5, 0xf7, 0xf9));
    const QColor accent = (lane.colour.isValid() ? lane.colour : laneColour(lane.kind)).darker(135);
    p->fillRect(QRectF(r.left(), r.top() + 1, 5, r.height() - 1), accent);
    QFont font = p->font();
    font.setPixelSize(14);
    font.setBold(true);
    p->setPen(ink);
    drawWrapped(p, r.adjusted(16, 10, -10, -22), lane.title, font);
    QFont small = p->font();
    small.setPixelSize(11);
    small.setBold(false);
    p->setFont(small);
    p->setPen(muted);
    p->drawText(r.adjusted(16, 0, -10, -8), Qt::AlignLeft | Qt::AlignBottom,
                displayName(lane.kind));
}

void MapRenderer::paintCard(QPainter *p, const Card &card, const QRectF &rect, double lod,
                            bool selected) const
{
    const int l = m_journey.laneIndex(card.laneId);
    const LaneKind kind = l >= 0 ? m_journey.lanes[l].kind : LaneKind::Notes;
    const QColor base = card.colour.isValid() ? card.colour : laneColour(kind);
    QColor fill = kind == LaneKind::Feelings ? Qt::white : base.lighter(104);
    if (lod < 0.35) {
        p->fillRect(rect, base.darker(115));
        return;
    }
    QPainterPath path;
    path.addRoundedRect(rect, 6, 6);
    p->fillPath(path.translated(0, 1.5), QColor(0, 0, 0, 28));
    p->fillPath(path, fill.isValid() ? fill : base);
    QColor edge =
        base.darker(kind == LaneKind::PainPoints || kind == LaneKind::Opportunities ? 150 : 125);
    p->setPen(QPen(selected ? QColor(0x1f, 0x6f, 0xd1) : edge, selected ? 2.5 : 1));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    // Pain points and opportunities carry a coloured left edge so they stand out in print too.
    if (kind == LaneKind::PainPoints || kind == LaneKind::Opportunities)
        p->fillRect(QRectF(rect.left() + 1, rect.top() + 4, 4, rect.height() - 8), edge);

    QRectF text = rect.adjusted(10, 7, -10, -7);
    QFont small = p->font();
    small.setPixelSize(10);
    small.setBold(false);
    if (card.channel != Channel::None) {
        p->setFont(small);
        p->setPen(muted);
        p->drawText(QRectF(text.left(), text.top(), text.width(), 12), Qt::AlignLeft | Qt::AlignTop,
                    displayName(card.channel).toUpper());
        text.setTop(text.top() + 13);
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
    QFont font = p->font();
    font.setPixelSize(12);
    font.setBold(false);
    p->setPen(ink);
    drawWrapped(p, text, card.text, font);
    // Evidence marker: filled = observed, half = reported, ring = assumed.
    const QRectF dot(rect.right() - 12, rect.top() + 6, 6, 6);
    p->setPen(QPen(muted, 1));
    p->setBrush(card.evidence == Evidence::Observed ? QBrush(muted) : Qt::NoBrush);
    p->drawEllipse(dot);
    if (card.evidence == Evidence::Reported) {
        p->setBrush(muted);
        p->drawPie(dot, 90 * 16, 180 * 16);
    }
}

void MapRenderer::paintEmotionCurve(QPainter *p, const Lane &lane) const
{
    const QList<MapLayout::EmotionPoint> points = m_layout.emotionCurves.value(lane.id);
    const int l = m_journey.laneIndex(lane.id);
    if (l < 0) return;
    const QRectF band(m_layout.laneHeaders[l].right(), m_layout.laneHeaders[l].top(),
                      m_layout.bounds.width() - m_layout.metrics.laneHeaderWidth,
                      m_layout.laneHeaders[l].height());
    // Neutral line.
    p->setPen(QPen(gridLine, 1, Qt::DashLine));
    const double mid = band.top() + m_layout.metrics.cellPadding + 12 +
                       (band.height() - 2 * m_layout.metrics.cellPadding - 24) / 2;
    p->drawLine(QPointF(band.left(), mid), QPointF(band.right(), mid));
    if (points.isEmpty()) return;
    QPainterPath curve(points.first().pos);
    for (int i = 1; i < points.size(); ++i) {
        const QPointF a = points[i - 1].pos, b = points[i].pos;
        const double dx = (b.x() - a.x()) / 2;
        curve.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b);
    }
    p->setPen(QPen(QColor(0x2f, 0x7f, 0xc1), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(curve);
    QFont label = p->font();
    label.setPixelSize(11);
    label.setBold(false);
    QFont face = p->font();
    face.setPixelSize(16);
    for (const auto &pt : points) {
        p->setPen(QPen(Qt::white, 2));
        p->setBrush(emotionColour(pt.score));
        p->drawEllipse(pt.pos, 13, 13);
        p->setFont(face);
        p->drawText(QRectF(pt.pos.x() - 13, pt.pos.y() - 13, 26, 26), Qt::AlignCenter,
                    emotionFace(pt.score));
        const Card *card = m_journey.card(pt.cardId);
        if (!card) continue;
        p->setFont(label);
        p->setPen(ink);
        const bool below = pt.pos.y() < mid;
        const QRectF box(pt.pos.x() - 80, below ? pt.pos.y() + 16 : pt.pos.y() - 32, 160, 16);
        p->drawText(box, Qt::AlignCenter,
                    QFontMetricsF(label).elidedText(card->text, Qt::ElideRight, box.width()));
    }
}

} // namespace waymark
