// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpages.h"
#include "coveragepage.h"

#include "i18n.h"
#include "render/chartrenderer.h"
#include "render/maprenderer.h"
#include "render/matrixchart.h"
#include "render/personasheet.h"
#include "render/textfit.h"
#include "trcontexts.h"

#include <cmath>
#include <QDate>
#include <QLocale>
#include <QPainter>

namespace waymark::MapExport::Pages {

namespace {

// The journey with its stages widened so that its map has `aspect` (width / height), at
// most three times as wide: a tall map fills a landscape page instead of a strip of it.
// Heights stay, so the map's scale on the page does not change; its cards get room.
Journey widened(const Journey &j, const MapLayout &natural, double aspect)
{
    const double width = natural.bounds.width(), height = natural.bounds.height();
    if (j.stages.isEmpty() || height <= 0 || width / height >= aspect) return j;
    const double extra = (std::min(height * aspect, width * 3) - width) / j.stages.size();
    Journey copy = j;
    for (int s = 0; s < copy.stages.size(); ++s)
        copy.stages[s].width = natural.stageHeaders[s].width() + extra;
    return copy;
}

// The area a fitted map gets on its page: the content less the title block and legend.
QRectF fitArea(const MapExportOptions &o, bool legend)
{
    QRectF area = contentPoints(o);
    if (o.titleBlock) area.setTop(area.top() + TitleHeight);
    if (legend) area.setBottom(area.bottom() - LegendHeight);
    return area;
}

// A poster over `o`'s tiles (or at its scale): the grid, trimmed to the pages the map uses,
// and the map centred on them.
Poster posterFor(const MapLayout &layout, const MapExportOptions &o)
{
    const QRectF content = contentPoints(o);
    const double overlap = o.overlapMm * PointsPerMm;
    Poster p;
    p.stepX = std::max(1.0, content.width() - overlap);
    p.stepY = std::max(1.0, content.height() - overlap);
    const QSizeF map = layout.bounds.size();
    if (o.scalePercent > 0) {
        p.scale = PointsPerMapUnit * o.scalePercent / 100;
    } else {
        const int columns = std::clamp(o.tilesX, 1, 26), rows = std::clamp(o.tilesY, 1, 99);
        p.scale = std::min((columns * p.stepX + overlap) / map.width(),
                           (rows * p.stepY + overlap) / map.height());
    }
    p.columns = std::max(1, int(std::ceil((map.width() * p.scale - overlap) / p.stepX - 1e-9)));
    p.rows = std::max(1, int(std::ceil((map.height() * p.scale - overlap) / p.stepY - 1e-9)));
    if (o.scalePercent <= 0) {
        p.columns = std::min(p.columns, std::clamp(o.tilesX, 1, 26));
        p.rows = std::min(p.rows, std::clamp(o.tilesY, 1, 99));
        p.offset = QPointF((p.columns * p.stepX + overlap - map.width() * p.scale) / 2,
                           (p.rows * p.stepY + overlap - map.height() * p.scale) / 2);
    }
    return p;
}

QString personasOf(const Project &project, const Journey &j)
{
    QStringList names;
    for (const Id &id : j.personaIds)
        if (const Persona *p = project.persona(id)) names.append(p->name);
    return names.join(QLatin1String(", "));
}

void drawCropMarks(QPainter *p, const QRectF &content, double mark)
{
    p->setPen(QPen(Qt::black, 0.5));
    const double gap = mark / 4;
    for (const QPointF &c :
         {content.topLeft(), content.topRight(), content.bottomLeft(), content.bottomRight()}) {
        const double dx = c.x() == content.left() ? -1 : 1;
        const double dy = c.y() == content.top() ? -1 : 1;
        p->drawLine(QPointF(c.x() + dx * gap, c.y()), QPointF(c.x() + dx * (gap + mark), c.y()));
        p->drawLine(QPointF(c.x(), c.y() + dy * gap), QPointF(c.x(), c.y() + dy * (gap + mark)));
    }
}

void paintPersonas(QPainter *p, const Job &job, const PageSpec &spec)
{
    const QRectF content = contentPoints(job.options);
    if (spec.persona2 < 0 && !job.options.landscape) {
        PersonaSheet(job.project, job.project.personas[spec.persona]).paint(p, content);
        return;
    }
    // Portrait sheets, two to a landscape page.
    const double half = (content.width() - 10 * PointsPerMm) / 2;
    PersonaSheet(job.project, job.project.personas[spec.persona])
        .paint(p, QRectF(content.left(), content.top(), half, content.height()));
    if (spec.persona2 >= 0)
        PersonaSheet(job.project, job.project.personas[spec.persona2])
            .paint(p, QRectF(content.right() - half, content.top(), half, content.height()));
}

void paintPoster(QPainter *p, const Job &job, const PageSpec &spec, const MapRenderer &renderer)
{
    const MapExportOptions &o = job.options;
    const QRectF content = contentPoints(o);
    const Poster &grid = job.posters[spec.journey];
    p->save();
    p->setClipRect(content);
    p->translate(content.left() - spec.column * grid.stepX + grid.offset.x(),
                 content.top() - spec.row * grid.stepY + grid.offset.y());
    p->scale(grid.scale, grid.scale);
    RenderOptions ro;
    ro.searchableText = true;
    ro.exposed = QRectF((QPointF(spec.column * grid.stepX, spec.row * grid.stepY) - grid.offset) /
                            grid.scale,
                        content.size() / grid.scale);
    renderer.paint(p, ro);
    if (o.commentsPage) drawCommentMarks(p, job.journeys[spec.journey], job.layouts[spec.journey]);
    p->restore();
    if (o.cropMarks) drawCropMarks(p, content, 5 * PointsPerMm);
    // Which piece this is, in the bottom margin, to tape the poster together.
    QFont f = p->font();
    f.setPixelSize(8);
    p->setFont(f);
    p->setPen(QColor(0x6b, 0x75, 0x80));
    const QString label = tileLabel(spec.column, spec.row, spec.columns, spec.rows);
    p->drawText(QRectF(content.left(), content.bottom() + 3, content.width(), 12),
                Qt::AlignLeft | Qt::AlignTop,
                QStringLiteral("%1 — %2 — %3")
                    .arg(job.project.info.title, job.journeys[spec.journey].name, label));
}

} // namespace

OverlayLayer::OverlayLayer(const Project &project, const Journey &j, const MapExportOptions &o)
{
    if (o.overlayMetric.isNull()) return;
    overlay.emplace(project, o.overlayMetric, o.overlayPeriod, o.overlaySegment);
    if (o.frictionMarks)
        marks = Friction::marks(Friction::rank(project, j, o.overlayPeriod, o.overlaySegment));
}

bool isPoster(const MapExportOptions &o)
{
    return o.scalePercent > 0 || (o.tilesX > 0 && o.tilesY > 0);
}

QSizeF pagePoints(const MapExportOptions &o)
{
    QSizeF size = QPageSize(o.page).size(QPageSize::Point);
    if (o.landscape != (size.width() > size.height())) size.transpose();
    return size;
}

QRectF contentPoints(const MapExportOptions &o)
{
    const double m = o.marginMm * PointsPerMm;
    const QSizeF page = pagePoints(o);
    return QRectF(m, m, page.width() - 2 * m, page.height() - 2 * m);
}

Job plan(const Project &project, const QList<Id> &ids, const MapExportOptions &o)
{
    Job job{project, o, {}, {}, {}, {}, {}};
    const bool overlay = !o.overlayMetric.isNull();
    for (const Id &id : ids) {
        const Journey *j = project.journey(id);
        if (!j) continue;
        const MapLayout natural = MapLayout::compute(*j);
        // The shape the map should have to use the page (or the poster) well.
        double aspect = 0;
        if (!isPoster(o)) {
            const QRectF area = fitArea(o, overlay);
            aspect = area.width() / std::max(1.0, area.height());
        } else if (o.scalePercent <= 0) {
            const double overlap = o.overlapMm * PointsPerMm;
            const QRectF content = contentPoints(o);
            aspect = (o.tilesX * (content.width() - overlap) + overlap) /
                     std::max(1.0, o.tilesY * (content.height() - overlap) + overlap);
        }
        job.journeys.append(aspect > 0 ? widened(*j, natural, aspect) : *j);
    }
    for (const Journey &j : std::as_const(job.journeys)) {
        job.layouts.append(MapLayout::compute(j));
        job.overlays.append(OverlayLayer(project, j, o));
        job.posters.append(isPoster(o) ? posterFor(job.layouts.last(), o) : Poster());
    }
    for (int i = 0; i < job.journeys.size(); ++i) {
        if (!isPoster(o)) {
            job.pages.append({i, -1, -1, 0, 0, 1, 1});
        } else {
            const Poster &p = job.posters[i];
            for (int r = 0; r < p.rows; ++r)
                for (int c = 0; c < p.columns; ++c)
                    job.pages.append({i, -1, -1, c, r, p.columns, p.rows});
        }
        // With an overlay, each journey's charts follow its map.
        if (overlay && o.chartsPage) job.pages.append({i, -1, -1, 0, 0, 1, 1, true});
        // Workshop results after the journey they were voted on.
        if (o.votesPage && !job.journeys[i].rounds.isEmpty())
            job.pages.append({i, -1, -1, 0, 0, 1, 1, false, true});
        // The event log's flow, when one was imported onto the journey.
        if (o.flowPage && FlowGraph::latest(project, job.journeys[i].id))
            job.pages.append({i, -1, -1, 0, 0, 1, 1, false, false, true});
        if (o.commentsPage && !job.journeys[i].comments.isEmpty())
            job.pages.append({i, -1, -1, 0, 0, 1, 1, false, false, false, true});
        if (o.coveragePage)
            job.pages.append({i, -1, -1, 0, 0, 1, 1, false, false, false, false, true});
        if (o.matrixPage) {
            const Journey &j = job.journeys[i];
            const bool any = std::any_of(j.cards.cbegin(), j.cards.cend(), [&](const Card &c) {
                const int l = j.laneIndex(c.laneId);
                return l >= 0 && OpportunityMatrix::isOpportunity(j.lanes[l].kind);
            });
            if (any)
                job.pages.append(
                    {i, -1, -1, 0, 0, 1, 1, false, false, false, false, false, true});
        }
    }
    if (o.personaSheets) {
        // Persona sheets are portrait: one to a portrait page, two to a landscape one.
        const int step = o.landscape ? 2 : 1;
        for (int k = 0; k < project.personas.size(); k += step)
            job.pages.append({-1, k, step == 2 && k + 1 < project.personas.size() ? k + 1 : -1});
    }
    return job;
}

void drawTitle(QPainter *p, const QRectF &r, const Project &project, const Journey &j, double ui)
{
    QFont f = p->font();
    f.setPixelSize(int(std::lround(14 * ui)));
    f.setBold(true);
    p->setFont(f);
    p->setPen(QColor(0x23, 0x2a, 0x33));
    const QString title =
        project.info.title.isEmpty() ? j.name : project.info.title + QStringLiteral(" — ") + j.name;
    p->drawText(QRectF(r.left(), r.top(), r.width(), 20 * ui), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(title, Qt::ElideRight, r.width()));
    f.setPixelSize(int(std::lround(9 * ui)));
    f.setBold(false);
    p->setFont(f);
    p->setPen(QColor(0x6b, 0x75, 0x80));
    QStringList facts{contentName(j.state, project.info.language)};
    if (const QString names = personasOf(project, j); !names.isEmpty())
        facts.append(Storage::tr("Personas: %1").arg(names));
    if (!project.info.client.isEmpty()) facts.append(project.info.client);
    facts.append(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    p->drawText(QRectF(r.left(), r.top() + 22 * ui, r.width(), 14 * ui),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(facts.join(QStringLiteral("  ·  ")), Qt::ElideRight,
                                            r.width()));
}

void drawFlowPage(QPainter *p, const QRectF &r, const Project &project, const Journey &j,
                  const FlowGraph &flow)
{
    const double ui = std::clamp(r.width() / 700, 1.0, 2.0);
    QFont f = p->font();
    f.setPixelSize(int(18 * ui));
    f.setBold(true);
    p->setFont(f);
    p->setPen(QColor(0x23, 0x2a, 0x33));
    const QString lang = project.info.language;
    p->drawText(
        QRectF(r.left(), r.top(), r.width(), 24 * ui), Qt::AlignLeft | Qt::AlignVCenter,
        translateFor(lang, "Storage", QT_TRANSLATE_NOOP("Storage", "%1 — flow")).arg(j.name));
    f.setPixelSize(int(9 * ui));
    f.setBold(false);
    p->setFont(f);
    p->setPen(QColor(0x6b, 0x75, 0x80));
    p->drawText(
        QRectF(r.left(), r.top() + 26 * ui, r.width(), 14 * ui), Qt::AlignLeft | Qt::AlignVCenter,
        translateFor(lang, "Storage",
                     QT_TRANSLATE_NOOP("Storage", "From %1: %2 cases, %3 events. Arrows as wide as "
                                                  "the transitions are frequent; exits in red."))
            .arg(flow.source, QLocale().toString(flow.cases), QLocale().toString(flow.events)));
    drawFlow(p, r.adjusted(0, 48 * ui, 0, 0), flow);
}

void drawCommentMarks(QPainter *p, const Journey &j, const MapLayout &layout)
{
    int number = 0;
    QHash<Id, int> onTarget; // marks already on a target, so that several sit side by side
    p->save();
    QFont f = p->font();
    f.setPixelSize(11);
    f.setBold(true);
    p->setFont(f);
    for (const Comment &c : j.comments) {
        if (!c.isThread()) continue;
        ++number;
        QRectF target = layout.cards.value(c.targetId);
        if (const int s = j.stageIndex(c.targetId); s >= 0) target = layout.stageHeaders.value(s);
        if (target.isNull()) continue;
        const int k = onTarget[c.targetId]++;
        // On the top edge, clear of the evidence marker (and of each other).
        const QRectF mark(target.right() - 44 - k * 22, target.top() - 8, 20, 15);
        p->setPen(QPen(QColor(0x2f, 0x6f, 0xd6), 1));
        p->setBrush(c.resolved.isValid() ? QColor(0xee, 0xf0, 0xf3) : QColor(0xe3, 0xee, 0xff));
        p->drawRoundedRect(mark, 4, 4);
        p->setPen(QColor(0x1d, 0x4e, 0xa8));
        p->drawText(mark, Qt::AlignCenter, QString::number(number));
    }
    p->restore();
}

void drawComments(QPainter *p, const QRectF &r, const Project &project, const Journey &j)
{
    p->setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x23, 0x2a, 0x33), muted(0x6b, 0x75, 0x80);
    const double ui = std::clamp(r.width() / 700, 1.0, 2.0);
    const QString lang = project.info.language;
    drawHeading(p, r,
                translateFor(lang, "Storage", QT_TRANSLATE_NOOP("Storage", "%1 — comments"))
                    .arg(j.name),
                ui);
    QFont f = p->font();
    double y = r.top() + 36 * ui;
    const QLocale locale(lang);
    int number = 0, left = 0;
    for (const Comment &t : j.comments) {
        if (!t.isThread()) continue;
        ++number;
        if (y > r.bottom() - 40 * ui) {
            ++left;
            continue;
        }
        QString target;
        if (t.targetId == j.id)
            target = translateFor(lang, "Storage", QT_TRANSLATE_NOOP("Storage", "the journey"));
        else if (const int s = j.stageIndex(t.targetId); s >= 0)
            target = j.stages[s].name;
        else if (const Card *c = j.card(t.targetId))
            target = c->text.simplified();
        f.setPixelSize(int(11 * ui));
        f.setBold(true);
        p->setFont(f);
        p->setPen(ink);
        const QString head =
            QStringLiteral("%1  %2").arg(number).arg(QFontMetricsF(f).elidedText(
                target, Qt::ElideRight, r.width() * 0.8)) +
            (t.resolved.isValid()
                 ? translateFor(lang, "Storage", QT_TRANSLATE_NOOP("Storage", " (resolved)"))
                 : QString());
        p->drawText(QRectF(r.left(), y, r.width(), 16 * ui), Qt::AlignLeft | Qt::AlignVCenter,
                    head);
        y += 17 * ui;
        f.setBold(false);
        f.setPixelSize(int(10 * ui));
        p->setFont(f);
        QList<const Comment *> thread{&t};
        thread += j.replies(t.id);
        for (const Comment *c : std::as_const(thread)) {
            const QString text =
                QStringLiteral("%1, %2: %3")
                    .arg(c->author.isEmpty() ? QStringLiteral("–") : c->author,
                         locale.toString(c->created.toLocalTime().date(), QLocale::ShortFormat),
                         c->text.simplified());
            const double indent = (c == &t ? 18 : 36) * ui;
            const QRectF box(r.left() + indent, y, r.width() - indent, r.bottom() - y);
            const QRectF used = p->boundingRect(box, Qt::TextWordWrap, text);
            p->setPen(c == &t ? ink : muted);
            p->drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
            y += used.height() + 3 * ui;
        }
        y += 6 * ui;
    }
    if (left > 0) {
        p->setPen(muted);
        p->drawText(QRectF(r.left(), r.bottom() - 16 * ui, r.width(), 16 * ui),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    translateFor(lang, "Storage",
                                 QT_TRANSLATE_NOOP("Storage", "… and %1 more threads"))
                        .arg(left));
    }
}

void drawVoteResults(QPainter *p, const QRectF &r, const Project &project, const Journey &j)
{
    p->setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x23, 0x2a, 0x33), muted(0x6b, 0x75, 0x80), dot(0xd9, 0x3b, 0x3b);
    // Type that reads from the back of a room on a large page too.
    const double ui = std::clamp(r.width() / 700, 1.0, 2.0);
    QFont f = p->font();
    f.setPixelSize(int(18 * ui));
    f.setBold(true);
    p->setFont(f);
    p->setPen(ink);
    const QString lang = project.info.language;
    p->drawText(QRectF(r.left(), r.top(), r.width(), 24 * ui), Qt::AlignLeft | Qt::AlignVCenter,
                translateFor(lang, "Storage", QT_TRANSLATE_NOOP("Storage", "%1 — voting results"))
                    .arg(j.name));
    double y = r.top() + 36 * ui;
    const double row = 16 * ui, bar = r.width() * 0.25;
    for (auto it = j.rounds.crbegin(); it != j.rounds.crend() && y + 3 * row < r.bottom(); ++it) {
        const VoteRound &round = *it;
        const QHash<Id, int> counts = j.voteCounts(round.id);
        f.setPixelSize(int(13 * ui));
        f.setBold(true);
        p->setFont(f);
        p->setPen(ink);
        p->drawText(QRectF(r.left(), y, r.width(), row + 2), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(f).elidedText(round.question, Qt::ElideRight, r.width()));
        y += row + 2;
        f.setPixelSize(int(10 * ui));
        f.setBold(false);
        p->setFont(f);
        p->setPen(muted);
        const QString when =
            QLocale(lang).toString(round.opened.toLocalTime(), QLocale::ShortFormat);
        p->drawText(QRectF(r.left(), y, r.width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                    translateFor(lang, "Storage",
                                 QT_TRANSLATE_NOOP("Storage", "%1 · %2 dots each · voters: %3%4"))
                        .arg(when)
                        .arg(round.dotsPerPerson)
                        .arg(j.voterCount(round.id))
                        .arg(round.isOpen() ? translateFor(lang, "Storage",
                                                           QT_TRANSLATE_NOOP("Storage", " · open"))
                                            : QString()));
        y += row + 2;
        const QList<Id> ranked = j.ranking(round.id);
        int most = 1;
        for (const Id &id : ranked)
            most = std::max(most, counts.value(id));
        const QFontMetricsF fm(f);
        for (const Id &id : ranked) {
            if (y + row > r.bottom()) break;
            const Card *c = j.card(id);
            const int n = counts.value(id);
            p->setPen(ink);
            p->drawText(QRectF(r.left(), y, 24 * ui, row), Qt::AlignRight | Qt::AlignVCenter,
                        QString::number(n));
            p->fillRect(QRectF(r.left() + 30 * ui, y + 3 * ui, bar * n / most, row - 6 * ui), dot);
            const QString text =
                c ? c->text.simplified()
                  : translateFor(lang, "Storage", QT_TRANSLATE_NOOP("Storage", "(deleted card)"));
            const double x = r.left() + 36 * ui + bar;
            p->drawText(QRectF(x, y, r.right() - x, row), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(text, Qt::ElideRight, r.right() - x));
            y += row;
        }
        y += row;
    }
}

void drawLegend(QPainter *p, const QRectF &r, const MetricOverlay &overlay, bool marks, double ui)
{
    QFont f = p->font();
    f.setPixelSize(int(std::lround(9 * ui)));
    f.setBold(false);
    p->setFont(f);
    const QFontMetricsF fm(f);
    const QColor ink(0x23, 0x2a, 0x33);
    double x = r.left();
    for (MetricStatus s : {MetricStatus::Good, MetricStatus::Warning, MetricStatus::Critical}) {
        if (!MetricOverlay::judges(overlay.metric())) break; // grey values: no colours to explain
        p->fillRect(QRectF(x, r.center().y() - 4 * ui, 10 * ui, 8 * ui), MetricOverlay::colour(s));
        const QString label = s == MetricStatus::Good      ? Storage::tr("good")
                              : s == MetricStatus::Warning ? Storage::tr("warning !")
                                                           : Storage::tr("critical !!");
        p->setPen(ink);
        p->drawText(QRectF(x + 13 * ui, r.top(), fm.horizontalAdvance(label) + 2, r.height()),
                    Qt::AlignVCenter, label);
        x += 16 * ui + fm.horizontalAdvance(label) + 10 * ui;
    }
    if (marks) {
        // The friction marks: a disc like the map's, then what it means.
        MapRenderer::paintFrictionMark(p, QPointF(x + 5 * ui, r.center().y()), 5 * ui, 0);
        p->setPen(ink);
        const QString text =
            Storage::tr("1-%1: the worst friction points").arg(Friction::MarkedOnMap);
        p->drawText(QRectF(x + 13 * ui, r.top(), fm.horizontalAdvance(text) + 2, r.height()),
                    Qt::AlignVCenter, text);
        x += 13 * ui + fm.horizontalAdvance(text) + 14 * ui;
    }
    p->setPen(ink);
    p->drawText(QRectF(x, r.top(), r.right() - x, r.height()), Qt::AlignVCenter,
                fm.elidedText(overlay.legend(), Qt::ElideRight, r.right() - x));
}

void paintSpec(QPainter *p, const Job &job, const PageSpec &spec)
{
    const MapExportOptions &o = job.options;
    if (spec.journey < 0) {
        paintPersonas(p, job, spec);
        return;
    }
    const QRectF content = contentPoints(o);
    const Journey &j = job.journeys[spec.journey];
    if (spec.votes) {
        drawVoteResults(p, content, job.project, j);
        return;
    }
    if (spec.comments) {
        drawComments(p, content, job.project, j);
        return;
    }
    if (spec.coverage) {
        CoveragePage::draw(p, content, job.project, j);
        return;
    }
    if (spec.matrix) {
        MatrixChart::paintPage(p, content, job.project, j);
        return;
    }
    if (spec.flow) {
        if (const auto flow = FlowGraph::latest(job.project, j.id))
            drawFlowPage(p, content, job.project, j, *flow);
        return;
    }
    if (spec.charts) {
        paintStageCharts(p, content,
                         StageSeries::compute(job.project, j, o.overlayMetric, o.overlayPeriod,
                                              o.overlaySegment),
                         Storage::tr("%1 — charts").arg(j.name));
        return;
    }
    const MapLayout &layout = job.layouts[spec.journey];
    MapRenderer renderer(job.project, j, layout);
    const OverlayLayer &layer = job.overlays[spec.journey];
    if (layer.overlay) {
        renderer.setOverlay(&*layer.overlay);
        renderer.setFrictionMarks(&layer.marks);
    }
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    if (isPoster(o)) {
        paintPoster(p, job, spec, renderer);
        return;
    }
    if (o.titleBlock) drawTitle(p, content, job.project, j);
    if (layer.overlay) // the legend under the map
        drawLegend(p, QRectF(content.left(), content.bottom() - 14, content.width(), 14),
                   *layer.overlay, o.frictionMarks);
    // The whole map, as large as the area allows in both directions, in its middle.
    const QRectF area = fitArea(o, layer.overlay.has_value());
    const QSizeF map = layout.bounds.size();
    const double s = std::min(area.width() / map.width(), area.height() / map.height());
    p->save();
    p->translate(area.left() + (area.width() - map.width() * s) / 2,
                 area.top() + (area.height() - map.height() * s) / 2);
    p->scale(s, s);
    RenderOptions ro;
    ro.searchableText = true;
    renderer.paint(p, ro);
    if (o.commentsPage) drawCommentMarks(p, j, layout);
    p->restore();
}

} // namespace waymark::MapExport::Pages
