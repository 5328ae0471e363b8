// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaexport.h"

#include "filewrite.h"

#include "io/mapexport.h"
#include "render/personasheet.h"
#include "render/textfit.h"
#include "trcontexts.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace waymark::PersonaExport {

QStringList pngPaths(const QString &path, int count)
{
    return MapExport::numberedPaths(path, count);
}

bool write(const Project &project, const QList<Id> &personaIds, const QString &path,
           const Options &options, QStringList *written, QString *error)
{
    QList<const Persona *> personas;
    for (const Id &id : personaIds)
        if (const Persona *p = project.persona(id)) personas.append(p);
    if (personas.isEmpty()) {
        *error = Storage::tr("there are no personas to export");
        return false;
    }
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (pdf) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setResolution(300);
            writer.setTitle(project.info.title);
            writer.setCreator(QStringLiteral("Waymark"));
            QPainter painter(&writer);
            useTextFont(&painter);
            for (qsizetype i = 0; i < personas.size(); ++i) {
                if (i > 0) writer.newPage();
                PersonaSheet(project, *personas[i])
                    .paint(&painter, QRectF(0, 0, writer.width(), writer.height()));
            }
        }
        if (!FileWrite::writeWhole(path, bytes, error)) return false;
        written->append(path);
        return true;
    }
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        *error = Storage::tr("persona sheets are exported as .pdf or .png");
        return false;
    }
    const int dpi = std::clamp(options.dpi, 36, 600);
    const QSizeF page = PersonaSheet::pageSize();
    const QSize pixels((page / 72.0 * dpi).toSize());
    const QStringList paths = pngPaths(path, int(personas.size()));
    // Every picture is drawn before any file is written: all or nothing.
    QList<QByteArray> encoded;
    for (const Persona *persona : personas) {
        QImage image(pixels, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        {
            QPainter painter(&image);
            useTextFont(&painter);
            PersonaSheet(project, *persona).paint(&painter, QRectF(QPointF(), QSizeF(pixels)));
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            *error = Storage::tr("the picture could not be stored");
            return false;
        }
        encoded.append(bytes);
    }
    const bool ok = FileWrite::writeAllOrNothing(
        paths,
        [&](int i, const QString &target) {
            if (FileWrite::writeWhole(target, encoded[i], error)) return true;
            *error = QStringLiteral("%1: %2").arg(paths[i], *error);
            return false;
        },
        error);
    if (ok) written->append(paths);
    return ok;
}

} // namespace waymark::PersonaExport
