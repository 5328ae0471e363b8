// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow.h"

#include "io/filewrite.h"
#include "trcontexts.h"

#include <algorithm>
#include <cmath>
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

namespace waymark {

FlowGraph FlowGraph::fromAnalysis(const EventLogAnalysis &a, const QString &source,
                                  const Id &journeyId, int maxNodes, int maxEdges)
{
    FlowGraph f;
    f.source = source;
    f.journeyId = journeyId;
    f.cases = a.cases;
    f.events = a.events;
    const EventLogSlice &all = a.all();
    QList<int> chosen;
    for (qsizetype i = 0; i < a.activities.size(); ++i)
        chosen.append(int(i));
    std::stable_sort(chosen.begin(), chosen.end(), [&](int x, int y) {
        return all.activities[x].events > all.activities[y].events;
    });
    chosen = chosen.mid(0, maxNodes);
    std::stable_sort(chosen.begin(), chosen.end(), [&](int x, int y) {
        return all.activities[x].meanPosition < all.activities[y].meanPosition;
    });
    QHash<int, int> nodeOfActivity;
    for (int i : chosen) {
        const ActivityStats &s = all.activities[i];
        nodeOfActivity.insert(i, int(f.nodes.size()));
        f.nodes.append({a.activities[i], s.events, s.entries, s.exits, s.meanPosition});
    }
    for (const EventLogTransition &t : a.transitions) { // most frequent first
        if (f.edges.size() >= maxEdges) break;
        if (t.from == t.to || !nodeOfActivity.contains(t.from) || !nodeOfActivity.contains(t.to))
            continue;
        f.edges.append({nodeOfActivity[t.from], nodeOfActivity[t.to], t.count, t.medianSeconds});
    }
    return f;
}

QJsonObject FlowGraph::toJson() const
{
    QJsonArray nodeList, edgeList;
    for (const Node &n : nodes)
        nodeList.append(QJsonObject{{QStringLiteral("name"), n.name},
                                    {QStringLiteral("events"), n.events},
                                    {QStringLiteral("entries"), n.entries},
                                    {QStringLiteral("exits"), n.exits},
                                    {QStringLiteral("position"), n.position}});
    for (const Edge &e : edges)
        edgeList.append(QJsonObject{{QStringLiteral("from"), e.from},
                                    {QStringLiteral("to"), e.to},
                                    {QStringLiteral("count"), e.count},
                                    {QStringLiteral("median_s"), e.medianSeconds}});
    return {{QStringLiteral("source"), source},  {QStringLiteral("journey"), idToString(journeyId)},
            {QStringLiteral("cases"), cases},    {QStringLiteral("events"), events},
            {QStringLiteral("nodes"), nodeList}, {QStringLiteral("edges"), edgeList}};
}

std::optional<FlowGraph> FlowGraph::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("nodes"))) return std::nullopt;
    FlowGraph f;
    f.source = json.value(QStringLiteral("source")).toString();
    f.journeyId = idFromString(json.value(QStringLiteral("journey")).toString());
    f.cases = json.value(QStringLiteral("cases")).toInteger();
    f.events = json.value(QStringLiteral("events")).toInteger();
    for (const QJsonValue &v : json.value(QStringLiteral("nodes")).toArray())
        f.nodes.append(
            {v[QStringLiteral("name")].toString(), v[QStringLiteral("events")].toInteger(),
             v[QStringLiteral("entries")].toInteger(), v[QStringLiteral("exits")].toInteger(),
             std::clamp(v[QStringLiteral("position")].toDouble(), 0.0, 1.0)});
    for (const QJsonValue &v : json.value(QStringLiteral("edges")).toArray()) {
        const int from = v[QStringLiteral("from")].toInt(-1),
                  to = v[QStringLiteral("to")].toInt(-1);
        // A damaged or edited file: edges must name nodes.
        if (from < 0 || to < 0 || from >= f.nodes.size() || to >= f.nodes.size()) continue;
        f.edges.append({from, to, v[QStringLiteral("count")].toInteger(),
                        v[QStringLiteral("median_s")].toDouble()});
    }
    if (f.nodes.isEmpty()) return std::nullopt;
    return f;
}

std::optional<FlowGraph> FlowGraph::latest(const Project &project, const Id &journeyId)
{
    for (auto it = project.imports.crbegin(); it != project.imports.crend(); ++it) {
        if (!it->mapping.contains(QLatin1String("\"flow\""))) continue;
        const QJsonObject mapping = QJsonDocument::fromJson(it->mapping.toUtf8()).object();
        auto flow = fromJson(mapping.value(QStringLiteral("flow")).toObject());
        if (flow && flow->journeyId == journeyId) return flow;
    }
    return std::nullopt;
}

int FlowGraph::nodeOf(const Card &card) const
{
    const auto same = [](const QString &a, const QString &b) {
        return !a.isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    };
    for (qsizetype i = 0; i < nodes.size(); ++i)
        if (same(card.touchpointKey, nodes[i].name) || same(card.text, nodes[i].name))
            return int(i);
    return -1;
}

bool saveFlow(const FlowGraph &flow, const QString &path, const QSize &size, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QRectF area(16, 16, size.width() - 32, size.height() - 32);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(flow.source);
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(), size), Qt::white);
        drawFlow(&painter, area, flow);
    } else {
        QImage image(size * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(2, 2);
        drawFlow(&painter, area, flow);
        painter.end();
        if (!image.save(&buffer, "PNG")) {
            *error = Storage::tr("the picture could not be made");
            return false;
        }
    }
    buffer.close();
    return FileWrite::writeWhole(path, bytes, error);
}

void drawFlow(QPainter *p, const QRectF &r, const FlowGraph &flow, int highlight,
              QList<QRectF> *nodeRects)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x23, 0x2a, 0x33), muted(0x6b, 0x75, 0x80), exitColour(0xc0, 0x39, 0x2b),
        box(0xe8, 0xf4, 0xf8), edge(0x5b, 0x7a, 0x99), mark(0xe0, 0x8a, 0x00);
    const double ui = std::clamp(r.width() / 900, 0.7, 2.0);
    const int n = int(flow.nodes.size());
    QList<QRectF> rects;
    if (n == 0) {
        p->restore();
        return;
    }
    // Layers in the nodes' order, two nodes to a layer: left to right on a wide area, top to
    // bottom on a narrow one (a panel beside the map).
    const bool vertical = r.width() < 560;
    const double ui2 = vertical ? std::clamp(r.width() / 420, 0.8, 2.0) : ui;
    const int layers = std::clamp((n + 1) / 2, 1, vertical ? 12 : 7);
    QList<int> layer(n), slot(n), perLayer(layers, 0);
    for (int i = 0; i < n; ++i) {
        layer[i] = i * layers / n;
        slot[i] = perLayer[layer[i]]++;
    }
    double w = 0, h = 0;
    if (!vertical) {
        const double layerWidth = r.width() / layers;
        w = std::min(layerWidth * 0.74, 240 * ui2);
        h = 40 * ui2;
        const int most = *std::max_element(perLayer.begin(), perLayer.end());
        const double step = std::min(r.height() / (most + 0.5), h * 3.2);
        for (int i = 0; i < n; ++i) {
            const double x =
                r.left() + layer[i] * layerWidth + (layerWidth - w) / 2 - layerWidth * 0.08;
            const double top = r.top() + (r.height() - step * (perLayer[layer[i]] - 1) - h) / 2;
            rects.append(QRectF(x, top + slot[i] * step, w, h));
        }
    } else {
        w = std::min(r.width() * 0.42, 240 * ui2);
        h = 36 * ui2;
        const double layerHeight = std::min(r.height() / layers, h * 2.6);
        const double top = r.top() + (r.height() - layerHeight * layers) / 2;
        for (int i = 0; i < n; ++i) {
            const double gap = r.width() * 0.06;
            const double rowWidth = perLayer[layer[i]] * w + (perLayer[layer[i]] - 1) * gap;
            const double x = r.left() + (r.width() - rowWidth) / 2 + slot[i] * (w + gap);
            rects.append(QRectF(x, top + layer[i] * layerHeight + (layerHeight - h) / 2, w, h));
        }
    }
    const double u = ui2;
    qint64 most = 1;
    for (const FlowGraph::Edge &e : flow.edges)
        most = std::max(most, e.count);
    QFont f = p->font();
    f.setPixelSize(int(std::lround(9 * u)));
    const QLocale locale;
    // Arrows first, boxes over them.
    for (qsizetype k = flow.edges.size() - 1; k >= 0; --k) {
        const FlowGraph::Edge &e = flow.edges[k];
        const QRectF a = rects[e.from], b = rects[e.to];
        const double width = 1 + 11 * u * double(e.count) / double(most);
        QPainterPath path;
        QPointF start, end;
        if (layer[e.to] > layer[e.from]) {
            // On to a later step.
            start =
                vertical ? QPointF(a.center().x(), a.bottom()) : QPointF(a.right(), a.center().y());
            end = vertical ? QPointF(b.center().x(), b.top() - 4 * u)
                           : QPointF(b.left() - 4 * u, b.center().y());
            const QPointF bend = vertical ? QPointF(0, (end.y() - start.y()) / 2)
                                          : QPointF((end.x() - start.x()) / 2, 0);
            path.moveTo(start);
            path.cubicTo(start + bend, end - bend, end);
        } else if (layer[e.to] == layer[e.from]) {
            // Within a step: straight across, the two directions side by side.
            if (vertical) {
                const bool right = b.left() > a.left();
                const double y = a.center().y() + (right ? -8 : 8) * u;
                start = QPointF(right ? a.right() : a.left(), y);
                end = QPointF(right ? b.left() - 4 * u : b.right() + 4 * u, y);
            } else {
                const bool down = b.top() > a.top();
                const double x = a.center().x() + (down ? -10 : 10) * u;
                start = QPointF(x, down ? a.bottom() : a.top());
                end = QPointF(x, down ? b.top() - 4 * u : b.bottom() + 4 * u);
            }
            path.moveTo(start);
            path.lineTo(end);
        } else if (vertical) {
            // Back to an earlier step: an arc beside the boxes.
            start = QPointF(a.right(), a.center().y() + 6 * u);
            end = QPointF(b.right() + 4 * u, b.center().y() - 6 * u);
            const double out = 18 * u + std::abs(start.y() - end.y()) * 0.12;
            path.moveTo(start);
            path.cubicTo(start + QPointF(out, 0), end + QPointF(out, 0), end);
        } else {
            // Back to an earlier step: an arc over the boxes.
            start = QPointF(a.center().x() - 12 * u, a.top());
            end = QPointF(b.center().x() + 12 * u, b.top() - 4 * u);
            const double rise = 24 * u + std::abs(start.x() - end.x()) * 0.12;
            path.moveTo(start);
            path.cubicTo(start - QPointF(0, rise), end - QPointF(0, rise), end);
        }
        QColor c = edge;
        c.setAlphaF(0.25 + 0.55 * double(e.count) / double(most));
        p->setPen(QPen(c, width, Qt::SolidLine, Qt::FlatCap));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        // The head.
        const double angle = path.angleAtPercent(1) * M_PI / 180;
        const QPointF dir(std::cos(angle), -std::sin(angle)), normal(-dir.y(), dir.x());
        const double head = 5 * u + width * 0.6;
        QPolygonF tip{end + dir * head, end + normal * head * 0.6, end - normal * head * 0.6};
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(tip);
        if (k < 6) { // the most frequent carry their count, on white
            p->setFont(f);
            const QString label = locale.toString(e.count);
            const QPointF mid = path.pointAtPercent(0.5);
            const double lw = QFontMetricsF(f).horizontalAdvance(label) + 6 * u;
            const QRectF tag(mid.x() - lw / 2, mid.y() - 6 * u, lw, 12 * u);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(255, 255, 255, 220));
            p->drawRoundedRect(tag, 3 * u, 3 * u);
            p->setPen(ink);
            p->drawText(tag, Qt::AlignCenter, label);
        }
    }
    for (int i = 0; i < n; ++i) {
        const FlowGraph::Node &node = flow.nodes[i];
        const QRectF b = rects[i];
        p->setPen(
            QPen(i == highlight ? mark : QColor(0x9f, 0xb8, 0xc8), (i == highlight ? 3 : 1) * u));
        p->setBrush(box);
        p->drawRoundedRect(b, 5 * u, 5 * u);
        QFont bold = f;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(ink);
        const QRectF text = b.adjusted(6 * u, 3 * u, -6 * u, -b.height() / 2);
        p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(bold).elidedText(node.name, Qt::ElideRight, text.width()));
        p->setFont(f);
        p->setPen(muted);
        const QRectF second = b.adjusted(6 * u, b.height() / 2, -6 * u, -5 * u);
        p->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                    Analytics::tr("%1 events").arg(locale.toString(node.events)));
        if (node.exits > 0) {
            // Exits: in red, with a bar along the box's foot as wide as their share.
            const double share = double(node.exits) / double(std::max<qint64>(node.events, 1));
            p->setPen(exitColour);
            p->drawText(second, Qt::AlignRight | Qt::AlignVCenter,
                        Analytics::tr("%1 exits")
                            .arg(locale.toString(share * 100, 'f', 0) + QStringLiteral(" %")));
            p->setPen(Qt::NoPen);
            p->setBrush(exitColour);
            p->drawRect(
                QRectF(b.left() + 2 * u, b.bottom() - 3 * u, (b.width() - 4 * u) * share, 2 * u));
        }
    }
    if (nodeRects) *nodeRects = rects;
    p->restore();
}

} // namespace waymark
