// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonexport.h"

#include "filewrite.h"
#include "layout/maplayout.h"
#include "render/maprenderer.h"
#include "render/textfit.h"
#include "trcontexts.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

namespace waymark::ComparisonExport {

namespace {

const QColor Ink(0x23, 0x2a, 0x33), Muted(0x6b, 0x75, 0x80);

void setFont(QPainter *p, double px, bool bold = false)
{
    QFont f = p->font();
    f.setPixelSize(std::max(1, int(px)));
    f.setBold(bold);
    p->setFont(f);
}

// The legend of the marks, left to right from `at`; returns the width used.
double paintMarkLegend(QPainter *p, const QPointF &at, double height)
{
    setFont(p, height * 0.7);
    double x = at.x();
    const std::pair<Mark, QString> items[] = {{Mark::Added, Analytics::tr("added")},
                                              {Mark::Removed, Analytics::tr("removed")},
                                              {Mark::Changed, Analytics::tr("changed")},
                                              {Mark::Moved, Analytics::tr("moved")}};
    for (const auto &[mark, label] : items) {
        p->setPen(QPen(markColour(mark), height * 0.18));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(x, at.y() + height * 0.2, height * 0.9, height * 0.6), 2, 2);
        x += height * 1.2;
        p->setPen(Ink);
        const double w = QFontMetricsF(p->font()).horizontalAdvance(label);
        p->drawText(QRectF(x, at.y(), w + 2, height), Qt::AlignVCenter | Qt::AlignLeft, label);
        x += w + height;
    }
    return x - at.x();
}

} // namespace

QColor markColour(Mark mark)
{
    switch (mark) {
    case Mark::Added:
        return {0x2e, 0x9e, 0x5b};
    case Mark::Removed:
        return {0xd6, 0x45, 0x41};
    case Mark::Changed:
        return {0xe0, 0x9a, 0x00};
    case Mark::Moved:
        return {0x2f, 0x6f, 0xd6};
    case Mark::None:
        break;
    }
    return {};
}

Mark markOf(const JourneyDiff &diff, const Id &cardId, bool isFrom)
{
    if (isFrom) {
        for (const JourneyDiff::CardRef &c : diff.removed)
            if (c.id == cardId) return Mark::Removed;
        for (const JourneyDiff::Moved &m : diff.moved)
            if (m.fromId == cardId) return Mark::Moved;
        for (const JourneyDiff::Changed &c : diff.changed)
            if (c.fromId == cardId) return Mark::Changed;
        return Mark::None;
    }
    for (const JourneyDiff::CardRef &c : diff.added)
        if (c.id == cardId) return Mark::Added;
    for (const JourneyDiff::Moved &m : diff.moved)
        if (m.id == cardId) return Mark::Moved;
    for (const JourneyDiff::Changed &c : diff.changed)
        if (c.id == cardId) return Mark::Changed;
    return Mark::None;
}

namespace {

// Scales and moves the painter so that `layout` fits `target`, centred across, at its top (two
// maps side by side start on one line); false when there is nothing to draw.
bool fitInto(QPainter *p, const QRectF &target, const MapLayout &layout)
{
    if (layout.bounds.isEmpty() || target.isEmpty()) return false;
    const double s = std::min(target.width() / layout.bounds.width(),
                              target.height() / layout.bounds.height());
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    p->translate(target.left() + (target.width() - layout.bounds.width() * s) / 2, target.top());
    p->scale(s, s);
    p->translate(-layout.bounds.topLeft());
    return true;
}

void paintMarkOutline(QPainter *p, const QRectF &card, Mark mark, bool dashed, bool strong)
{
    QPen pen(markColour(mark), strong ? 7 : 4);
    if (dashed) pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(card.adjusted(-3, -3, 3, 3), 8, 8);
}

// Where objects of "from" go among those of "to": each one that is gone after the nearest
// earlier one that stayed. `toOf` maps the ids of "from" to those of "to".
template <typename T>
QList<T> withGhosts(const QList<T> &from, QList<T> to, const QHash<Id, Id> &toOf,
                    QSet<Id> *ghosts)
{
    Id after; // in "to"; null: at the start
    for (const T &f : from) {
        if (const Id t = toOf.value(f.id); !t.isNull()) {
            after = t;
            continue;
        }
        const qsizetype at = after.isNull() ? 0 : indexOfId(to, after) + 1;
        to.insert(at, f);
        ghosts->insert(f.id);
        after = f.id;
    }
    return to;
}

QHash<Id, Id> inverted(const QHash<Id, Id> &h)
{
    QHash<Id, Id> out;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        out.insert(it.value(), it.key());
    return out;
}

} // namespace

Overlaid overlay(const Journey &from, const Journey &to, const JourneyDiff &diff)
{
    Overlaid o;
    o.journey = to;
    // A removed stage or lane keeps its id as a ghost: no object of "to" has it, or the two
    // would have been matched.
    const QHash<Id, Id> stageOf = inverted(diff.matchedStages), laneOf = inverted(diff.matchedLanes);
    o.journey.stages = withGhosts(from.stages, to.stages, stageOf, &o.ghostStages);
    o.journey.lanes = withGhosts(from.lanes, to.lanes, laneOf, &o.ghostLanes);
    auto ghost = [&](const Id &fromId, const Id &movedTo) {
        const Card *f = from.card(fromId);
        if (!f) return;
        Card g = *f;
        g.id = newId();
        g.stageId = stageOf.value(f->stageId, f->stageId);
        g.laneId = laneOf.value(f->laneId, f->laneId);
        g.linkedJourney = {};
        o.ghostOf.insert(f->id, g.id);
        o.fromOfGhost.insert(g.id, f->id);
        if (movedTo.isNull())
            o.removedGhosts.insert(g.id);
        else
            o.movedTo.insert(g.id, movedTo);
        o.journey.cards.append(g);
    };
    for (const JourneyDiff::CardRef &c : diff.removed)
        ghost(c.id, {});
    for (const JourneyDiff::Moved &m : diff.moved)
        ghost(m.fromId, m.id);
    // Each cell in order: a ghost goes before the card that now holds its old position.
    QHash<std::pair<Id, Id>, QList<std::pair<double, qsizetype>>> cells;
    for (qsizetype i = 0; i < o.journey.cards.size(); ++i) {
        const Card &c = o.journey.cards[i];
        const Id fromId = o.fromOfGhost.value(c.id);
        const double key = fromId.isNull() ? c.order : from.card(fromId)->order - 0.5;
        cells[{c.stageId, c.laneId}].append({key, i});
    }
    for (auto &cell : cells) {
        std::stable_sort(cell.begin(), cell.end());
        for (int k = 0; k < cell.size(); ++k)
            o.journey.cards[cell[k].second].order = k;
    }
    return o;
}

void paintOverlaidMap(QPainter *p, const QRectF &target, const Project &project,
                      const Overlaid &o, const JourneyDiff &diff, const Id &highlight)
{
    MapLayout layout = MapLayout::compute(o.journey);
    // The feelings curves of "to" run through its own points only.
    for (MapLayout::EmotionCurve &curve : layout.emotionCurves)
        curve.points.removeIf(
            [&](const MapLayout::EmotionPoint &pt) { return o.isGhost(pt.cardId); });
    p->save();
    if (!fitInto(p, target, layout)) return p->restore();
    MapRenderer renderer(project, o.journey, layout);
    RenderOptions ro;
    ro.searchableText = true;
    for (const Card &c : o.journey.cards)
        if (o.isGhost(c.id) || markOf(diff, c.id, false) == Mark::None) ro.dimmedCards.insert(c.id);
    renderer.paint(p, ro);
    const Id fromHighlight = diff.matchedCards.value(highlight, highlight);
    for (const Stage &s : o.journey.stages)
        if (o.ghostStages.contains(s.id))
            paintMarkOutline(p, layout.stageHeaders[o.journey.stageIndex(s.id)], Mark::Removed,
                             true, false);
    for (const Lane &l : o.journey.lanes)
        if (o.ghostLanes.contains(l.id))
            paintMarkOutline(p, layout.laneHeaders[o.journey.laneIndex(l.id)], Mark::Removed,
                             true, false);
    for (auto it = layout.cards.cbegin(); it != layout.cards.cend(); ++it) {
        const Id fromId = o.fromOfGhost.value(it.key());
        if (!fromId.isNull()) {
            const bool removed = o.removedGhosts.contains(it.key());
            paintMarkOutline(p, it.value(), removed ? Mark::Removed : Mark::Moved, true,
                             fromId == fromHighlight);
            continue;
        }
        const Mark mark = markOf(diff, it.key(), false);
        if (mark != Mark::None) paintMarkOutline(p, it.value(), mark, false, it.key() == highlight);
    }
    // Where each moved card went.
    for (auto it = o.movedTo.cbegin(); it != o.movedTo.cend(); ++it) {
        const QRectF a = layout.cards.value(it.key()), b = layout.cards.value(it.value());
        if (a.isEmpty() || b.isEmpty()) continue;
        MapRenderer::paintArrow(p, MapLayout::arrowBetween(a.adjusted(-3, -3, 3, 3), b.adjusted(-3, -3, 3, 3)),
                                markColour(Mark::Moved), it.value() == highlight ? 4 : 2.5);
    }
    p->restore();
}

void paintMarkedMap(QPainter *p, const QRectF &target, const Project &project,
                    const Journey &journey, const JourneyDiff &diff, bool isFrom,
                    const Id &highlight)
{
    const MapLayout layout = MapLayout::compute(journey);
    p->save();
    if (!fitInto(p, target, layout)) return p->restore();
    MapRenderer renderer(project, journey, layout);
    RenderOptions ro;
    ro.searchableText = true;
    // Unchanged cards step back so that the marked ones stand out.
    for (const Card &c : journey.cards)
        if (markOf(diff, c.id, isFrom) == Mark::None) ro.dimmedCards.insert(c.id);
    renderer.paint(p, ro);
    for (auto it = layout.cards.cbegin(); it != layout.cards.cend(); ++it) {
        const Mark mark = markOf(diff, it.key(), isFrom);
        if (mark != Mark::None) // a moved card's old place is dashed
            paintMarkOutline(p, it.value(), mark, mark == Mark::Moved && isFrom,
                             it.key() == highlight);
    }
    p->restore();
}

void paintFeelings(QPainter *p, const QRectF &r, const JourneyDiff &diff,
                   const QString &fromLabel, const QString &toLabel)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const double ui = std::clamp(r.height() / 220, 0.6, 2.5);
    setFont(p, 14 * ui, true);
    p->setPen(Ink);
    p->drawText(QRectF(r.left(), r.top(), r.width(), 22 * ui), Qt::AlignLeft | Qt::AlignVCenter,
                JourneyDiff::sectionTitle(JourneyDiff::Section::Feelings));
    // The legend: grey dashed = from, coloured = to.
    const QColor fromColour(0x9a, 0xa3, 0xad), toColour(0xd9, 0x6b, 0x1f);
    setFont(p, 11 * ui);
    const QFontMetricsF fm(p->font());
    double x = r.left();
    const double ly = r.top() + 30 * ui;
    for (const auto &[colour, dashed, label] :
         {std::tuple{fromColour, true, fromLabel}, std::tuple{toColour, false, toLabel}}) {
        QPen pen(colour, 3 * ui);
        if (dashed) pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->drawLine(QPointF(x, ly), QPointF(x + 24 * ui, ly));
        p->setPen(Ink);
        const QString text = fm.elidedText(label, Qt::ElideRight, r.width() / 2 - 40 * ui);
        p->drawText(QPointF(x + 30 * ui, ly + fm.ascent() / 2 - 1), text);
        x += 30 * ui + fm.horizontalAdvance(text) + 24 * ui;
    }
    const QRectF plot(r.left() + 40 * ui, ly + 16 * ui, r.width() - 50 * ui,
                      r.bottom() - ly - 40 * ui);
    const int n = int(diff.feelings.size());
    if (n == 0 || plot.height() < 20) {
        p->setPen(Muted);
        p->drawText(plot, Qt::AlignCenter, Analytics::tr("Neither side has feelings."));
        p->restore();
        return;
    }
    auto yOf = [&](double score) {
        return plot.top() + (MaxEmotion - score) / double(MaxEmotion - MinEmotion) * plot.height();
    };
    p->setPen(QPen(QColor(0xd5, 0xda, 0xe0), 1));
    for (int score = MinEmotion; score <= MaxEmotion; ++score)
        p->drawLine(QPointF(plot.left(), yOf(score)), QPointF(plot.right(), yOf(score)));
    p->setPen(Muted);
    for (int score : {MaxEmotion, 0, MinEmotion})
        p->drawText(QRectF(r.left(), yOf(score) - 8 * ui, 34 * ui, 16 * ui),
                    Qt::AlignRight | Qt::AlignVCenter,
                    score > 0 ? QStringLiteral("+%1").arg(score) : QString::number(score));
    const double step = plot.width() / n;
    for (int i = 0; i < n; ++i)
        p->drawText(QRectF(plot.left() + i * step, plot.bottom() + 4 * ui, step, 18 * ui),
                    Qt::AlignHCenter | Qt::AlignTop,
                    fm.elidedText(diff.feelings[i].stage, Qt::ElideRight, step - 4));
    for (const bool fromSide : {true, false}) {
        QPen pen(fromSide ? fromColour : toColour, 3 * ui);
        if (fromSide) pen.setStyle(Qt::DashLine);
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < n; ++i) {
            const auto v = fromSide ? diff.feelings[i].from : diff.feelings[i].to;
            if (!v) {
                open = false; // a stage without feelings breaks the curve
                continue;
            }
            const QPointF pt(plot.left() + (i + 0.5) * step, yOf(*v));
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
            p->setPen(Qt::NoPen);
            p->setBrush(pen.color());
            p->drawEllipse(pt, 4 * ui, 4 * ui);
        }
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    }
    p->restore();
}

bool writePdf(const DiffSource &from, const DiffSource &to, const JourneyDiff &diff,
              const QString &path, QString *error, View view)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A3));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(Analytics::tr("%1 compared with %2").arg(to.label, from.label));
        writer.setCreator(QStringLiteral("Waymark"));
        QPainter painter(&writer);
        useTextFont(&painter);
        painter.scale(300.0 / 72.0, 300.0 / 72.0);
        const QSizeF page = QPageSize(QPageSize::A3).size(QPageSize::Point).transposed();
        const QRectF content(28, 28, page.width() - 56, page.height() - 56);
        QPainter *p = &painter;

        // Page 1: the two maps, "from" above "to".
        setFont(p, 18, true);
        p->setPen(Ink);
        p->drawText(QRectF(content.left(), content.top(), content.width(), 24),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    Analytics::tr("Comparison: %1 → %2").arg(from.label, to.label));
        setFont(p, 11);
        p->setPen(Muted);
        p->drawText(QRectF(content.left(), content.top() + 24, content.width(), 16),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    Analytics::tr("Cards: %1 added, %2 removed, %3 changed, %4 moved")
                        .arg(diff.added.size())
                        .arg(diff.removed.size())
                        .arg(diff.changed.size())
                        .arg(diff.moved.size()));
        paintMarkLegend(p, QPointF(content.right() - 330, content.top() + 24), 16);
        const QRectF area(content.left(), content.top() + 48, content.width(),
                          content.height() - 48);
        if (view == View::Overlaid) {
            setFont(p, 12, true);
            p->setPen(Ink);
            p->drawText(QRectF(area.left(), area.top(), area.width(), 16),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        QFontMetricsF(p->font())
                            .elidedText(Analytics::tr("%1, with the cards of %2 that were "
                                                      "removed or moved shown dashed")
                                            .arg(to.label, from.label),
                                        Qt::ElideRight, area.width()));
            paintOverlaidMap(p, area.adjusted(0, 20, 0, 0), to.project,
                             overlay(from.journey(), to.journey(), diff), diff);
        }
        // Side by side or one above the other, whichever draws the maps larger.
        const double gap = 24, label = 20;
        QSizeF map;
        for (const DiffSource *side : {&from, &to})
            map = map.expandedTo(MapLayout::compute(side->journey()).bounds.size());
        const QRectF beside(0, 0, (area.width() - gap) / 2, area.height() - label);
        const QRectF above(0, 0, area.width(), (area.height() - gap) / 2 - label);
        const bool sideBySide = std::min(beside.width() / map.width(), beside.height() / map.height()) >=
                                std::min(above.width() / map.width(), above.height() / map.height());
        for (int k = 0; k < (view == View::Overlaid ? 0 : 2); ++k) {
            const DiffSource &side = k == 0 ? from : to;
            const QRectF slot =
                sideBySide
                    ? QRectF(area.left() + k * (beside.width() + gap), area.top(), beside.width(),
                             area.height())
                    : QRectF(area.left(), area.top() + k * (above.height() + label + gap),
                             area.width(), above.height() + label);
            setFont(p, 12, true);
            p->setPen(Ink);
            p->drawText(QRectF(slot.left(), slot.top(), slot.width(), 16),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        QFontMetricsF(p->font())
                            .elidedText((k == 0 ? Analytics::tr("From: %1")
                                                : Analytics::tr("To: %1"))
                                            .arg(side.label),
                                        Qt::ElideRight, slot.width()));
            paintMarkedMap(p, slot.adjusted(0, label, 0, 0), side.project, side.journey(), diff,
                           k == 0);
        }

        // Then the feelings and the changes, in two columns, on as many pages as they need.
        writer.newPage();
        paintFeelings(p, QRectF(content.left(), content.top(), content.width(), 240), diff,
                      from.label, to.label);
        const double lineHeight = 14, columnGap = 24;
        const double columnWidth = (content.width() - columnGap) / 2;
        double columnTop = content.top() + 260; // under the feelings on this page
        double y = columnTop;
        int column = 0;
        auto nextLine = [&](double height) {
            if (y + height <= content.bottom()) return;
            if (column == 0) {
                column = 1;
            } else {
                writer.newPage();
                column = 0;
                columnTop = content.top();
            }
            y = columnTop;
        };
        const QList<JourneyDiff::Line> lines = diff.lines();
        std::optional<JourneyDiff::Section> section;
        if (lines.isEmpty()) {
            setFont(p, 12);
            p->setPen(Ink);
            p->drawText(QRectF(content.left(), y, content.width(), 20), Qt::AlignLeft,
                        Analytics::tr("No differences."));
        }
        for (const JourneyDiff::Line &line : lines) {
            if (section != line.section) {
                section = line.section;
                nextLine(lineHeight * 2.5);
                if (y > columnTop) y += lineHeight * 0.6;
                setFont(p, 13, true);
                p->setPen(Ink);
                p->drawText(QRectF(content.left() + column * (columnWidth + columnGap), y,
                                   columnWidth, lineHeight * 1.4),
                            Qt::AlignLeft | Qt::AlignVCenter,
                            JourneyDiff::sectionTitle(line.section));
                y += lineHeight * 1.5;
            }
            setFont(p, 10);
            const double x = content.left() + column * (columnWidth + columnGap);
            const QRectF textRect(x + 16, y, columnWidth - 16, 1000);
            const QRectF need = p->boundingRect(textRect, Qt::TextWordWrap, line.text);
            nextLine(need.height() + 2);
            const double cx = content.left() + column * (columnWidth + columnGap);
            const Mark mark = line.mark == QLatin1Char('+')   ? Mark::Added
                              : line.mark == QLatin1Char('-') ? Mark::Removed
                              : line.mark == QLatin1Char('>') ? Mark::Moved
                                                              : Mark::Changed;
            p->setPen(line.section == JourneyDiff::Section::Friction
                          ? (line.mark == QLatin1Char('!') ? markColour(Mark::Removed)
                                                           : markColour(Mark::Added))
                          : markColour(mark));
            setFont(p, 10, true);
            p->drawText(QRectF(cx, y, 14, lineHeight), Qt::AlignLeft | Qt::AlignTop,
                        QString(line.mark));
            setFont(p, 10);
            p->setPen(Ink);
            p->drawText(QRectF(cx + 16, y, columnWidth - 16, need.height() + 2),
                        Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line.text);
            y += need.height() + 3;
        }
    }
    return FileWrite::writeWhole(path, bytes, error);
}

} // namespace waymark::ComparisonExport
