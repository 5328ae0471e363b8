// SPDX-License-Identifier: GPL-3.0-or-later
#include "filewrite.h"

#include <filesystem>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace waymark::FileWrite {

bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    // Unbuffered, and on until the file system refuses: a full disk first writes part, and
    // only the next write says why ("No space left on device"); a buffered QSaveFile would
    // find out at commit and say "Unknown error".
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    for (qsizetype done = 0; ok && done < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        ok = n > 0;
        done += ok ? n : 0;
    }
    if (!ok || !file.commit()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

bool writeAllOrNothing(const QStringList &paths,
                       const std::function<bool(int index, const QString &stagingPath)> &write,
                       QString *error)
{
    if (paths.size() == 1) return write(0, paths.first()); // one QSaveFile is atomic already
    QStringList staged;
    auto discard = [&] {
        for (const QString &s : std::as_const(staged))
            QFile::remove(s);
        return false;
    };
    for (int i = 0; i < paths.size(); ++i) {
        const QFileInfo info(paths[i]);
        const QString staging = info.dir().filePath(QStringLiteral(".") + info.fileName() +
                                                    QStringLiteral(".waymark-part"));
        staged.append(staging);
        if (!write(i, staging)) return discard();
    }
    for (int i = 0; i < paths.size(); ++i) {
        std::error_code ec;
        std::filesystem::rename(QFile::encodeName(staged[i]).toStdString(),
                                QFile::encodeName(paths[i]).toStdString(), ec);
        if (ec) {
            *error = QStringLiteral("%1: %2").arg(paths[i], QString::fromLocal8Bit(ec.message()));
            return discard();
        }
    }
    return true;
}

} // namespace waymark::FileWrite
