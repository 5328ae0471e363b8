// SPDX-License-Identifier: GPL-3.0-or-later
#include "untitled.h"

#include "model/types.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>

namespace waymark {

namespace {

QStringList folders()
{
    QStringList list{untitledFolder()};
    if (const QString d = defaultUntitledFolder(); QFileInfo(d).absoluteFilePath() !=
                                                   QFileInfo(list.first()).absoluteFilePath())
        list.append(d);
    return list;
}

} // namespace

QString defaultUntitledFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/untitled");
}

QString untitledFolder()
{
    static const QString chosen = QSettings().value(QStringLiteral("untitledFolder")).toString();
    // A folder that cannot be made (a removed drive) falls back to the default.
    const QString dir =
        !chosen.isEmpty() && QDir().mkpath(chosen) ? chosen : defaultUntitledFolder();
    QDir().mkpath(dir);
    return dir;
}

QString newUntitledPath()
{
    return untitledFolder() + QLatin1Char('/') + idToString(newId()) + QStringLiteral(".waymark");
}

bool isUntitledPath(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    for (const QString &f : folders())
        if (folder == QFileInfo(f).absoluteFilePath()) return true;
    return false;
}

QStringList recoverableUntitledFiles()
{
    QStringList result;
    QFileInfoList files;
    for (const QString &f : folders())
        files += QDir(f).entryInfoList({QStringLiteral("*.waymark")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : std::as_const(files)) {
        QLockFile lock(info.absoluteFilePath() + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock();
            result.append(info.absoluteFilePath());
        }
    }
    return result;
}

} // namespace waymark
