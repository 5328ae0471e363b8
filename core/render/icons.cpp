// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <cmath>
#include <QPainter>
#include <QPainterPath>

namespace waymark {

namespace {

// Icons are designed on a 16 x 16 grid and scaled into the target rectangle.
struct Pen
{
    Pen(QPainter *p, const QRectF &rect, const QColor &colour) : p(p)
    {
        p->save();
        const double s = std::min(rect.width(), rect.height()) / 16.0;
        p->translate(rect.center().x() - 8 * s, rect.center().y() - 8 * s);
        p->scale(s, s);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(colour, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
    }
    ~Pen() { p->restore(); }
    QPainter *p;
};

void envelope(QPainter *p)
{
    p->drawRoundedRect(QRectF(1.5, 3.5, 13, 9), 1.5, 1.5);
    p->drawPolyline(QPolygonF(QList<QPointF>{{2, 4.5}, {8, 9}, {14, 4.5}}));
}

void bubble(QPainter *p, const QRectF &r)
{
    QPainterPath path;
    path.addRoundedRect(r, 3, 3);
    p->drawPath(path);
    p->drawPolyline(QPolygonF(
        {{r.left() + 3, r.bottom()}, {r.left() + 2, r.bottom() + 3}, {r.left() + 6, r.bottom()}}));
}

} // namespace

void paintChannelIcon(QPainter *painter, Channel channel, const QRectF &rect, const QColor &colour)
{
    const Pen pen(painter, rect, colour);
    QPainter *p = painter;
    switch (channel) {
    case Channel::None:
        break;
    case Channel::Web: // globe
        p->drawEllipse(QRectF(1.5, 1.5, 13, 13));
        p->drawEllipse(QRectF(5, 1.5, 6, 13));
        p->drawLine(QPointF(1.5, 8), QPointF(14.5, 8));
        break;
    case Channel::App: // phone with a screen
        p->drawRoundedRect(QRectF(4, 1, 8, 14), 1.5, 1.5);
        p->drawLine(QPointF(7, 12.5), QPointF(9, 12.5));
        break;
    case Channel::Email:
        envelope(p);
        break;
    case Channel::Phone: { // handset
        QPainterPath h;
        h.moveTo(3, 2);
        h.cubicTo(1, 6, 8, 15, 14, 13);
        h.lineTo(12, 10);
        h.lineTo(9.5, 11);
        h.cubicTo(7.5, 10, 6, 8.5, 5, 6.5);
        h.lineTo(6, 4);
        h.closeSubpath();
        p->drawPath(h);
        break;
    }
    case Channel::Store: // shop front with an awning
        p->drawRect(QRectF(2.5, 7, 11, 7.5));
        p->drawPolyline(QPolygonF(QList<QPointF>{{1.5, 7}, {3, 2}, {13, 2}, {14.5, 7}, {1.5, 7}}));
        p->drawRect(QRectF(6.5, 10, 3, 4.5));
        break;
    case Channel::Chat:
        bubble(p, QRectF(1.5, 2, 13, 9));
        break;
    case Channel::Social: // two people
        p->drawEllipse(QRectF(2, 2.5, 5, 5));
        p->drawEllipse(QRectF(9, 2.5, 5, 5));
        p->drawArc(QRectF(0.5, 9, 8, 8), 0, 180 * 16);
        p->drawArc(QRectF(7.5, 9, 8, 8), 0, 180 * 16);
        break;
    case Channel::Ad: // megaphone
        p->drawPolygon(QPolygonF(QList<QPointF>{{2, 6}, {5, 6}, {13, 2}, {13, 14}, {5, 10}, {2, 10}}));
        p->drawLine(QPointF(5, 10), QPointF(6.5, 14));
        break;
    case Channel::Mail: // letter with a stamp
        envelope(p);
        p->fillRect(QRectF(11, 1, 4, 4), p->pen().color());
        break;
    case Channel::Event: // calendar
        p->drawRoundedRect(QRectF(1.5, 3, 13, 11.5), 1.5, 1.5);
        p->drawLine(QPointF(1.5, 6.5), QPointF(14.5, 6.5));
        p->drawLine(QPointF(5, 1.5), QPointF(5, 4.5));
        p->drawLine(QPointF(11, 1.5), QPointF(11, 4.5));
        break;
    case Channel::Partner: // two linked rings
        p->drawEllipse(QRectF(1.5, 4, 8, 8));
        p->drawEllipse(QRectF(6.5, 4, 8, 8));
        break;
    case Channel::Other:
        for (double x : {3.0, 8.0, 13.0})
            p->drawEllipse(QPointF(x, 8), 1.2, 1.2);
        break;
    }
}

void paintLaneIcon(QPainter *painter, LaneKind kind, const QRectF &rect, const QColor &colour)
{
    const Pen pen(painter, rect, colour);
    QPainter *p = painter;
    switch (kind) {
    case LaneKind::Actions: // a walking path: footstep arrow
        p->drawPolyline(QPolygonF(QList<QPointF>{{2, 8}, {13, 8}}));
        p->drawPolyline(QPolygonF(QList<QPointF>{{9, 4}, {13.5, 8}, {9, 12}}));
        break;
    case LaneKind::Touchpoints: // target
        p->drawEllipse(QRectF(1.5, 1.5, 13, 13));
        p->drawEllipse(QRectF(5, 5, 6, 6));
        break;
    case LaneKind::Thoughts: // thought bubble
        p->drawEllipse(QRectF(3, 1.5, 11.5, 8.5));
        p->drawEllipse(QRectF(3, 11, 2.5, 2.5));
        p->drawEllipse(QRectF(0.8, 14, 1.6, 1.6));
        break;
    case LaneKind::Feelings: // heart
    {
        QPainterPath h;
        h.moveTo(8, 14);
        h.cubicTo(-3, 6, 4, -1, 8, 4.5);
        h.cubicTo(12, -1, 19, 6, 8, 14);
        p->drawPath(h);
        break;
    }
    case LaneKind::PainPoints: // warning triangle
        p->drawPolygon(QPolygonF(QList<QPointF>{{8, 1.5}, {15, 14}, {1, 14}}));
        p->drawLine(QPointF(8, 6), QPointF(8, 9.5));
        p->drawPoint(QPointF(8, 12));
        break;
    case LaneKind::Opportunities: // rising arrow
        p->drawPolyline(QPolygonF(QList<QPointF>{{1.5, 13}, {6, 8.5}, {9, 11}, {14, 4}}));
        p->drawPolyline(QPolygonF(QList<QPointF>{{10, 4}, {14, 4}, {14, 8}}));
        break;
    case LaneKind::Ideas: // light bulb
        p->drawEllipse(QRectF(3.5, 1, 9, 9));
        p->drawLine(QPointF(6, 12), QPointF(10, 12));
        p->drawLine(QPointF(6.5, 14.5), QPointF(9.5, 14.5));
        break;
    case LaneKind::Backstage: // gear
        p->drawEllipse(QRectF(5, 5, 6, 6));
        for (int i = 0; i < 8; ++i) {
            const double a = i * M_PI / 4;
            p->drawLine(QPointF(8 + 4.5 * std::cos(a), 8 + 4.5 * std::sin(a)),
                        QPointF(8 + 7 * std::cos(a), 8 + 7 * std::sin(a)));
        }
        break;
    case LaneKind::SupportProcesses: // stacked layers
        p->drawPolygon(QPolygonF(QList<QPointF>{{8, 2}, {15, 5.5}, {8, 9}, {1, 5.5}}));
        p->drawPolyline(QPolygonF(QList<QPointF>{{1, 9}, {8, 12.5}, {15, 9}}));
        break;
    case LaneKind::Kpis: // bar chart
        p->drawLine(QPointF(1.5, 14.5), QPointF(14.5, 14.5));
        p->drawRect(QRectF(2.5, 8, 3, 6.5));
        p->drawRect(QRectF(6.5, 4, 3, 10.5));
        p->drawRect(QRectF(10.5, 1.5, 3, 13));
        break;
    case LaneKind::Notes: // lined sheet
        p->drawRoundedRect(QRectF(2.5, 1.5, 11, 13), 1.5, 1.5);
        for (double y : {5.0, 8.0, 11.0})
            p->drawLine(QPointF(5, y), QPointF(11, y));
        break;
    case LaneKind::Images: // picture
        p->drawRoundedRect(QRectF(1.5, 2.5, 13, 11), 1.5, 1.5);
        p->drawPolyline(QPolygonF(QList<QPointF>{{2, 12}, {6, 8}, {9, 11}, {11, 9}, {14, 12}}));
        p->drawEllipse(QRectF(9.5, 4.5, 2.5, 2.5));
        break;
    }
}

} // namespace waymark
