// SPDX-License-Identifier: GPL-3.0-or-later
#include "untitled.h"

#include "model/types.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace waymark {

QString untitledFolder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                        QStringLiteral("/untitled");
    QDir().mkpath(dir);
    return dir;
}

QString newUntitledPath()
{
    return untitledFolder() + QLatin1Char('/') + idToString(newId()) + QStringLiteral(".waymark");
}

bool isUntitledPath(const QString &path)
{
    return QFileInfo(path).absolutePath() == QFileInfo(untitledFolder()).absoluteFilePath();
}

QStringList recoverableUntitledFiles()
{
    QStringList result;
    const QDir dir(untitledFolder());
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral("*.waymark")}, QDir::Files, QDir::Time)) {
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
