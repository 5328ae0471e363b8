// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexport.h"

#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "layout/maplayout.h"
#include "render/chartrenderer.h"
#include "render/maprenderer.h"
#include "render/personasheet.h"
#include "trcontexts.h"

#include <cmath>
#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace waymark::MapExport {

namespace {

constexpr double PointsPerMm = 72.0 / 25.4;
constexpr double PointsPerMapUnit = 0.75; // map units are pixels at 96 dpi
constexpr double TitleHeight = 44;        // points

struct PageSpec
{
    int journey = -1; // index into the journey list; -1 = a persona sheet
    int persona = -1;
    int column = 0, row = 0, columns = 1, rows = 1;
    bool charts = false; // the overlay's charts for the journey
};

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

bool poster(const MapExportOptions &o)
{
    return o.scalePercent > 0 || (o.tilesX > 0 && o.tilesY > 0);
}

// The map's scale (points per map unit) and the grid of pages of a poster.
struct Poster
{
    double scale = 1;
    int columns = 1, rows = 1;
    double stepX = 0, stepY = 0;
};

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
        p.columns = std::max(1, int(std::ceil((map.width() * p.scale - overlap) / p.stepX)));
        p.rows = std::max(1, int(std::ceil((map.height() * p.scale - overlap) / p.stepY)));
    } else {
        p.columns = std::clamp(o.tilesX, 1, 26);
        p.rows = std::clamp(o.tilesY, 1, 99);
        p.scale = std::min((p.columns * p.stepX + overlap) / map.width(),
                           (p.rows * p.stepY + overlap) / map.height());
    }
    return p;
}

// The metric overlay an export asked for, with the marks on a journey's worst friction
// points: worked out once per journey, and alive as long as the renderers given them.
struct OverlayLayer
{
    std::optional<MetricOverlay> overlay;
    FrictionMarks marks;
    OverlayLayer(const Project &project, const Journey &j, const MapExportOptions &o)
    {
        if (o.overlayMetric.isNull()) return;
        overlay.emplace(project, o.overlayMetric, o.overlayPeriod, o.overlaySegment);
        marks = Friction::marks(Friction::rank(project, j, o.overlayPeriod, o.overlaySegment));
    }
    void attach(MapRenderer *renderer) const
    {
        if (!overlay) return;
        renderer->setOverlay(&*overlay);
        renderer->setFrictionMarks(&marks);
    }
};

struct Job
{
    const Project &project;
    QList<const Journey *> journeys;
    QList<MapLayout> layouts;
    QList<OverlayLayer> overlays; // per journey, for every page of its poster
    QList<PageSpec> pages;
};

Job plan(const Project &project, const QList<Id> &ids, const MapExportOptions &o)
{
    Job job{project, {}, {}, {}, {}};
    for (const Id &id : ids)
        if (const Journey *j = project.journey(id)) {
            job.journeys.append(j);
            job.layouts.append(MapLayout::compute(*j));
            job.overlays.append(OverlayLayer(project, *j, o));
        }
    for (int i = 0; i < job.journeys.size(); ++i) {
        if (!poster(o)) {
            job.pages.append({i, -1, 0, 0, 1, 1});
            continue;
        }
        const Poster p = posterFor(job.layouts[i], o);
        for (int r = 0; r < p.rows; ++r)
            for (int c = 0; c < p.columns; ++c)
                job.pages.append({i, -1, c, r, p.columns, p.rows});
    }
    // With an overlay, each journey's charts follow its map.
    if (!o.overlayMetric.isNull())
        for (int i = int(job.journeys.size()) - 1; i >= 0; --i) {
            qsizetype after = 0;
            for (qsizetype k = 0; k < job.pages.size(); ++k)
                if (job.pages[k].journey == i) after = k + 1;
            job.pages.insert(after, {i, -1, 0, 0, 1, 1, true});
        }
    if (o.personaSheets)
        for (int k = 0; k < project.personas.size(); ++k)
            job.pages.append({-1, k, 0, 0, 1, 1});
    return job;
}

QString personasOf(const Project &project, const Journey &j)
{
    QStringList names;
    for (const Id &id : j.personaIds)
        if (const Persona *p = project.persona(id)) names.append(p->name);
    return names.join(QLatin1String(", "));
}

void drawTitle(QPainter *p, const QRectF &r, const Project &project, const Journey &j)
{
    QFont f = p->font();
    f.setPixelSize(14);
    f.setBold(true);
    p->setFont(f);
    p->setPen(QColor(0x23, 0x2a, 0x33));
    const QString title =
        project.info.title.isEmpty() ? j.name : project.info.title + QStringLiteral(" — ") + j.name;
    p->drawText(QRectF(r.left(), r.top(), r.width(), 20), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(title, Qt::ElideRight, r.width()));
    f.setPixelSize(9);
    f.setBold(false);
    p->setFont(f);
    p->setPen(QColor(0x6b, 0x75, 0x80));
    QStringList facts{displayName(j.state)};
    if (const QString names = personasOf(project, j); !names.isEmpty())
        facts.append(Storage::tr("Personas: %1").arg(names));
    if (!project.info.client.isEmpty()) facts.append(project.info.client);
    facts.append(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    p->drawText(QRectF(r.left(), r.top() + 22, r.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(facts.join(QStringLiteral("  ·  ")), Qt::ElideRight,
                                            r.width()));
}

void drawLegend(QPainter *p, const QRectF &r, const MetricOverlay &overlay)
{
    QFont f = p->font();
    f.setPixelSize(9);
    f.setBold(false);
    p->setFont(f);
    double x = r.left();
    for (MetricStatus s : {MetricStatus::Good, MetricStatus::Warning, MetricStatus::Critical}) {
        p->fillRect(QRectF(x, r.top() + 3, 10, 8), MetricOverlay::colour(s));
        const QString label = s == MetricStatus::Good      ? Storage::tr("good")
                              : s == MetricStatus::Warning ? Storage::tr("warning !")
                                                           : Storage::tr("critical !!");
        p->setPen(QColor(0x23, 0x2a, 0x33));
        p->drawText(QRectF(x + 13, r.top(), 80, r.height()), Qt::AlignVCenter, label);
        x += 16 + QFontMetricsF(f).horizontalAdvance(label) + 10;
    }
    // The friction marks: a disc like the map's, then what it means.
    MapRenderer::paintFrictionMark(p, QPointF(x + 5, r.center().y()), 5, 0);
    p->setPen(QColor(0x23, 0x2a, 0x33));
    const QString marks = Storage::tr("1-%1: the worst friction points").arg(Friction::MarkedOnMap);
    p->drawText(QRectF(x + 13, r.top(), 200, r.height()), Qt::AlignVCenter, marks);
    x += 13 + QFontMetricsF(f).horizontalAdvance(marks) + 14;
    p->drawText(QRectF(x, r.top(), r.right() - x, r.height()), Qt::AlignVCenter, overlay.legend());
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

// Paints one page; the painter works in points.
void paintSpec(QPainter *p, const Job &job, const MapExportOptions &o, const PageSpec &spec)
{
    const QRectF content = contentPoints(o);
    if (spec.journey < 0) {
        PersonaSheet(job.project, job.project.personas[spec.persona]).paint(p, content);
        return;
    }
    const Journey &j = *job.journeys[spec.journey];
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
    layer.attach(&renderer);
    const std::optional<MetricOverlay> &overlay = layer.overlay;
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    if (!poster(o)) {
        QRectF area = content;
        if (o.titleBlock) {
            drawTitle(p, content, job.project, j);
            area.setTop(content.top() + TitleHeight);
        }
        if (overlay) { // the metric legend under the map
            drawLegend(p, QRectF(content.left(), content.bottom() - 14, content.width(), 14),
                       *overlay);
            area.setBottom(content.bottom() - 20);
        }
        const QSizeF map = layout.bounds.size();
        const double s = std::min(area.width() / map.width(), area.height() / map.height());
        p->save();
        p->translate(area.left() + (area.width() - map.width() * s) / 2, area.top());
        p->scale(s, s);
        RenderOptions ro;
        ro.searchableText = true;
        renderer.paint(p, ro);
        p->restore();
        return;
    }
    const Poster grid = posterFor(layout, o);
    p->save();
    p->setClipRect(content);
    p->translate(content.left() - spec.column * grid.stepX, content.top() - spec.row * grid.stepY);
    p->scale(grid.scale, grid.scale);
    RenderOptions ro;
    ro.searchableText = true;
    ro.exposed = QRectF(QPointF(spec.column * grid.stepX, spec.row * grid.stepY) / grid.scale,
                        content.size() / grid.scale);
    renderer.paint(p, ro);
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
                QStringLiteral("%1 — %2 — %3").arg(job.project.info.title, j.name, label));
}

} // namespace

QString tileLabel(int column, int row, int columns, int rows)
{
    return Storage::tr("%1%2 of %3x%4")
        .arg(QChar(u'A' + column))
        .arg(row + 1)
        .arg(columns)
        .arg(rows);
}

QStringList numberedPaths(const QString &path, int count)
{
    if (count == 1) return {path};
    const QFileInfo info(path);
    QStringList paths;
    for (int i = 1; i <= count; ++i)
        paths.append(info.dir().filePath(
            QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(i).arg(info.suffix())));
    return paths;
}

QSize posterPages(const Project &project, const Id &journey, const MapExportOptions &o)
{
    const Journey *j = project.journey(journey);
    if (!j || !poster(o)) return {1, 1};
    const Poster p = posterFor(MapLayout::compute(*j), o);
    return {p.columns, p.rows};
}

int pageCount(const Project &project, const QList<Id> &journeys, const MapExportOptions &o)
{
    return int(plan(project, journeys, o).pages.size());
}

int paintPage(QPainter *painter, const QRectF &pageRect, double dotsPerPoint,
              const Project &project, const QList<Id> &journeys, const MapExportOptions &o,
              int index)
{
    const Job job = plan(project, journeys, o);
    if (index < 0 || index >= job.pages.size()) return int(job.pages.size());
    painter->save();
    painter->translate(pageRect.topLeft());
    painter->scale(dotsPerPoint, dotsPerPoint);
    paintSpec(painter, job, o, job.pages[index]);
    painter->restore();
    return int(job.pages.size());
}

bool writePdf(const Project &project, const QList<Id> &journeys, const QString &path,
              const MapExportOptions &o, QString *error, const Progress &progress)
{
    const Job job = plan(project, journeys, o);
    if (job.journeys.isEmpty()) {
        *error = Storage::tr("there is no journey to export");
        return false;
    }
    for (const MapLayout &l : job.layouts)
        if (l.bounds.isEmpty()) {
            *error = Storage::tr("a journey without stages or lanes cannot be drawn");
            return false;
        }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    bool cancelled = false;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(o.page));
        writer.setPageOrientation(o.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(project.info.title);
        writer.setCreator(QStringLiteral("Waymark"));
        QPainter painter(&writer);
        const double dotsPerPoint = 300.0 / 72.0;
        for (int i = 0; i < job.pages.size(); ++i) {
            if (progress && !progress(i, int(job.pages.size()))) {
                cancelled = true;
                break;
            }
            if (i > 0) writer.newPage();
            painter.save();
            painter.scale(dotsPerPoint, dotsPerPoint);
            paintSpec(&painter, job, o, job.pages[i]);
            painter.restore();
        }
    }
    if (cancelled) {
        file.cancelWriting();
        *error = Storage::tr("the export was cancelled");
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QImage renderImage(const Project &project, const Id &journeyId, const MapExportOptions &o,
                   QString *error)
{
    const Journey *j = project.journey(journeyId);
    if (!j) {
        *error = Storage::tr("there is no journey to export");
        return {};
    }
    const MapLayout layout = MapLayout::compute(*j);
    if (layout.bounds.isEmpty()) {
        *error = Storage::tr("a journey without stages or lanes cannot be drawn");
        return {};
    }
    const int dpi = std::clamp(o.dpi, 72, 600);
    QSizeF size;
    if (o.pngOnPage) {
        size = pagePoints(o) / 72.0 * dpi;
    } else if (o.widthPx > 0) {
        size = layout.bounds.size() * (double(o.widthPx) / layout.bounds.width());
    } else {
        size = layout.bounds.size() * (dpi / 96.0);
    }
    const QSize pixels = size.toSize();
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > MaxPixels) {
        *error = Storage::tr("the picture would be %1 x %2 pixels; the most Waymark writes is "
                             "%3 megapixels. Choose a lower resolution or width.")
                     .arg(pixels.width())
                     .arg(pixels.height())
                     .arg(MaxPixels / 1'000'000);
        return {};
    }
    QImage image(pixels,
                 o.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull()) {
        *error = Storage::tr("there is not enough memory for a picture of %1 x %2 pixels")
                     .arg(pixels.width())
                     .arg(pixels.height());
        return {};
    }
    image.fill(o.transparent ? Qt::transparent : Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter painter(&image);
    if (o.pngOnPage) {
        const double dotsPerPoint = dpi / 72.0;
        MapExportOptions one = o;
        one.tilesX = one.tilesY = 0;
        one.scalePercent = 0;
        one.personaSheets = false;
        paintPage(&painter, QRectF(QPointF(), size), dotsPerPoint, project, {journeyId}, one, 0);
    } else {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const double s = size.width() / layout.bounds.width();
        painter.scale(s, s);
        MapTheme theme;
        if (o.transparent) theme.paper = Qt::transparent; // for slides with their own colour
        MapRenderer renderer(project, *j, layout, theme);
        const OverlayLayer layer(project, *j, o);
        layer.attach(&renderer);
        renderer.paint(&painter);
    }
    return image;
}

bool writePng(const Project &project, const Id &journey, const QString &path,
              const MapExportOptions &o, QString *error)
{
    const QImage image = renderImage(project, journey, o, error);
    if (image.isNull()) return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QImageWriter writer(&file, "png");
    writer.setQuality(85); // light compression: large maps stay quick to write
    if (!writer.write(image)) {
        *error = writer.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool writeSvg(const Project &project, const Id &journeyId, const QString &path, QString *error)
{
    const Journey *j = project.journey(journeyId);
    if (!j) {
        *error = Storage::tr("there is no journey to export");
        return false;
    }
    const MapLayout layout = MapLayout::compute(*j);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(layout.bounds.size().toSize());
        svg.setViewBox(layout.bounds);
        svg.setTitle(j->name);
        svg.setDescription(project.info.title);
        QPainter painter(&svg);
        MapRenderer(project, *j, layout).paint(&painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace waymark::MapExport
