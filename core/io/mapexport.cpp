// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexport.h"

#include "exportpages.h"
#include "filewrite.h"
#include "render/maprenderer.h"
#include "render/textfit.h"
#include "trcontexts.h"

#include <cmath>
#include <filesystem>
#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace waymark::MapExport {

using namespace Pages;

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

bool writeJourneyPictures(const Project &project, const QList<Id> &journeys, const QString &path,
                          bool png, const MapExportOptions &options, QStringList *written,
                          QString *error)
{
    const QStringList paths = numberedPaths(path, int(journeys.size()));
    const bool ok = FileWrite::writeAllOrNothing(
        paths,
        [&](int i, const QString &target) {
            return png ? writePng(project, journeys[i], target, options, error)
                       : writeSvg(project, journeys[i], target, error, options);
        },
        error);
    if (ok) *written = paths;
    return ok;
}

QSize posterPages(const Project &project, const Id &journey, const MapExportOptions &o)
{
    if (!isPoster(o) || !project.journey(journey)) return {1, 1};
    const Job job = plan(project, {journey}, o);
    return {job.posters[0].columns, job.posters[0].rows};
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
    paintSpec(painter, job, job.pages[index]);
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
    // Drawn in memory, then written whole: a full disk gives its reason, and the old file
    // stays until the new one is complete.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool cancelled = false;
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(o.page));
        writer.setPageOrientation(o.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(project.info.title);
        writer.setCreator(QStringLiteral("Waymark"));
        QPainter painter(&writer);
        useTextFont(&painter);
        const double dotsPerPoint = 300.0 / 72.0;
        for (int i = 0; i < job.pages.size(); ++i) {
            if (progress && !progress(i, int(job.pages.size()))) {
                cancelled = true;
                break;
            }
            if (i > 0) writer.newPage();
            painter.save();
            painter.scale(dotsPerPoint, dotsPerPoint);
            paintSpec(&painter, job, job.pages[i]);
            painter.restore();
        }
    }
    if (cancelled) {
        *error = Storage::tr("the export was cancelled");
        return false;
    }
    return FileWrite::writeWhole(path, bytes, error);
}

namespace {

// A PNG at the map's own size: the title block over it and the legend under it, in map
// units (pixels at 96 dpi), a little larger than on a page.
constexpr double PngUi = 1.4;

struct PngFrame
{
    double header = 0, footer = 0;
};

PngFrame pngFrame(const MapExportOptions &o)
{
    return {o.titleBlock ? TitleHeight * PngUi + 8 : 0,
            o.overlayMetric.isNull() ? 0 : LegendHeight * PngUi + 8};
}

} // namespace

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
    const PngFrame frame = o.pngOnPage ? PngFrame() : pngFrame(o);
    const QSizeF natural(layout.bounds.width(),
                         layout.bounds.height() + frame.header + frame.footer);
    QSizeF size;
    if (o.pngOnPage)
        size = pagePoints(o) / 72.0 * dpi;
    else if (o.widthPx > 0)
        size = natural * (double(o.widthPx) / natural.width());
    else
        size = natural * (dpi / 96.0);
    // In doubles: a huge map must not wrap around int into a "negative" picture.
    if (!(size.width() >= 1 && size.height() >= 1 && size.width() * size.height() <= MaxPixels)) {
        *error = Storage::tr("the picture would be %1 x %2 pixels; the most Waymark writes is "
                             "%3 megapixels. Choose a lower resolution or width.")
                     .arg(QLocale().toString(std::min(size.width(), 1e15), 'f', 0))
                     .arg(QLocale().toString(std::min(size.height(), 1e15), 'f', 0))
                     .arg(MaxPixels / 1'000'000);
        return {};
    }
    const QSize pixels = size.toSize();
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
    useTextFont(&painter);
    if (o.pngOnPage) {
        MapExportOptions one = o;
        one.tilesX = one.tilesY = 0;
        one.scalePercent = 0;
        one.personaSheets = false;
        one.chartsPage = false;
        paintPage(&painter, QRectF(QPointF(), size), dpi / 72.0, project, {journeyId}, one, 0);
        return image;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(size.width() / natural.width(), size.width() / natural.width());
    const OverlayLayer layer(project, *j, o);
    const double margin = 12;
    if (o.titleBlock)
        drawTitle(&painter, QRectF(margin, 8, natural.width() - 2 * margin, frame.header), project,
                  *j, PngUi);
    if (layer.overlay)
        drawLegend(&painter,
                   QRectF(margin, natural.height() - frame.footer + 4, natural.width() - 2 * margin,
                          frame.footer - 8),
                   *layer.overlay, o.frictionMarks, PngUi);
    painter.translate(0, frame.header);
    MapTheme theme;
    if (o.transparent) theme.paper = Qt::transparent; // for slides with their own colour
    MapRenderer renderer(project, *j, layout, theme);
    if (layer.overlay) {
        renderer.setOverlay(&*layer.overlay);
        renderer.setFrictionMarks(&layer.marks);
    }
    renderer.paint(&painter);
    return image;
}

bool writePng(const Project &project, const Id &journey, const QString &path,
              const MapExportOptions &o, QString *error)
{
    const QImage image = renderImage(project, journey, o, error);
    if (image.isNull()) return false;
    // Encoded in memory first: the file's own errors (No space left on device) then reach the
    // user, where the PNG writer would only know that writing failed.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setQuality(85); // light compression: large maps stay quick to write
        if (!writer.write(image)) {
            *error = writer.errorString();
            return false;
        }
    }
    return FileWrite::writeWhole(path, bytes, error);
}

bool writeSvg(const Project &project, const Id &journeyId, const QString &path, QString *error,
              const MapExportOptions &options)
{
    const QByteArray bytes = svgBytes(project, journeyId, options, error);
    return !bytes.isEmpty() && FileWrite::writeWhole(path, bytes, error);
}

QByteArray svgBytes(const Project &project, const Id &journeyId, const MapExportOptions &options,
                    QString *error)
{
    const Journey *j = project.journey(journeyId);
    if (!j) {
        *error = Storage::tr("there is no journey to export");
        return {};
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
        useTextFont(&painter);
        MapRenderer renderer(project, *j, layout);
        const OverlayLayer layer(project, *j, options);
        if (layer.overlay) {
            renderer.setOverlay(&*layer.overlay);
            renderer.setFrictionMarks(&layer.marks);
        }
        renderer.paint(&painter);
    }
    return bytes;
}

} // namespace waymark::MapExport
