// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnails.h"

#include "io/mapexport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>

namespace waymark::Thumbnails {

QString pathFor(const QString &projectPath)
{
    const QByteArray key = QCryptographicHash::hash(
        QFileInfo(projectPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/thumbnails/") + QString::fromLatin1(key.toHex()) +
           QStringLiteral(".png");
}

bool save(const Project &project, const Id &journey, const QString &projectPath)
{
    const Journey *j = project.journey(journey);
    if (!j && !project.journeys.isEmpty()) j = &project.journeys.first();
    if (!j) return false;
    MapExportOptions options;
    options.widthPx = 3 * Width;
    options.titleBlock = false;
    QString error;
    const QImage map = MapExport::renderImage(project, j->id, options, &error);
    if (map.isNull()) return false;
    // The top left of the map (stage names and the first lanes), where it is recognisable.
    QImage tile(2 * Width, 2 * Height, QImage::Format_RGB32);
    tile.fill(Qt::white);
    {
        QPainter p(&tile);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const int w = std::min(map.width(), 2 * Width * 3 / 2);
        p.drawImage(tile.rect(), map, QRect(0, 0, w, w * Height / Width));
    }
    const QString path = pathFor(projectPath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && tile.save(&file, "PNG") && file.commit();
}

QPixmap load(const QString &projectPath)
{
    QPixmap pixmap;
    if (!pixmap.load(pathFor(projectPath))) return {};
    return pixmap;
}

} // namespace waymark::Thumbnails
