// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidefiles.h"

#include "schema.h"
#include "trcontexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace waymark {

namespace {

quint32 be32(const QByteArray &h, qsizetype offset)
{
    if (h.size() < offset + 4) return 0;
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(h.constData() + offset));
}

quint32 pageSizeOf(const QByteArray &dbHeader)
{
    if (dbHeader.size() < 100) return 0;
    quint32 size =
        qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(dbHeader.constData() + 16));
    return size == 1 ? 65536 : size;
}

// Page 1 of a database: SQLite's magic and Waymark's application id.
bool isOurFirstPage(const QByteArray &page)
{
    return page.startsWith(QByteArrayLiteral("SQLite format 3\0")) &&
           qint32(be32(page, 68)) == ApplicationId;
}

QString checkWal(QFile &wal, const QByteArray &dbHeader)
{
    const QByteArray header = wal.read(32);
    if (header.isEmpty()) return {}; // an empty log holds nothing to replay
    const quint32 magic = be32(header, 0);
    if (header.size() < 32 || (magic != 0x377f0682 && magic != 0x377f0683))
        return Storage::tr("it is not a SQLite log");
    // Bytes 18 and 19 of the database header are 2 while the file is in WAL mode; a log
    // beside a file in rollback mode was not written for this file.
    if (dbHeader.at(18) != 2 || dbHeader.at(19) != 2)
        return Storage::tr("the project was closed cleanly, so this log belongs to another "
                           "file");
    const quint32 pageSize = be32(header, 8);
    if (pageSize != pageSizeOf(dbHeader))
        return Storage::tr("its page size (%1) differs from the project's (%2)")
            .arg(pageSize)
            .arg(pageSizeOf(dbHeader));
    // Frames whose salts match the header are the ones SQLite would replay; a frame of
    // page 1 carries the database header and so names the program.
    const QByteArray salts = header.mid(16, 8);
    const qint64 frameSize = 24 + qint64(pageSize);
    for (qint64 offset = 32; offset + frameSize <= wal.size(); offset += frameSize) {
        if (!wal.seek(offset)) break;
        const QByteArray frame = wal.read(24 + 100);
        if (frame.size() < 124 || frame.mid(8, 8) != salts) break;
        if (be32(frame, 0) == 1 && !isOurFirstPage(frame.mid(24)))
            return Storage::tr("it holds the first page of another database");
    }
    return {};
}

QString checkJournal(QFile &journal, const QByteArray &dbHeader)
{
    const QByteArray header = journal.read(28);
    // SQLite ignores a journal that is empty or starts with a zero byte (not "hot").
    if (header.isEmpty() || header.at(0) == 0) return {};
    if (!header.startsWith(QByteArrayLiteral("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")) ||
        header.size() < 28)
        return Storage::tr("it is not a SQLite journal");
    const quint32 sectorSize = be32(header, 20);
    const quint32 pageSize = be32(header, 24);
    if (pageSize != pageSizeOf(dbHeader))
        return Storage::tr("its page size (%1) differs from the project's (%2)")
            .arg(pageSize)
            .arg(pageSizeOf(dbHeader));
    if (sectorSize < 512 || sectorSize > 65536 || (sectorSize & (sectorSize - 1)) != 0)
        return Storage::tr("it is not a SQLite journal");
    // Records: page number, the page as it was, a checksum. Page 1 names the program.
    const qint64 recordSize = 4 + qint64(pageSize) + 4;
    for (qint64 offset = sectorSize; offset + recordSize <= journal.size(); offset += recordSize) {
        if (!journal.seek(offset)) break;
        const QByteArray record = journal.read(4 + 100);
        if (record.size() < 104) break;
        if (be32(record, 0) == 1) {
            if (!isOurFirstPage(record.mid(4)))
                return Storage::tr("it holds the first page of another database");
            break;
        }
    }
    return {};
}

} // namespace

QList<SideFileCheck> vetSideFiles(const QString &dbPath, const QByteArray &header)
{
    QList<SideFileCheck> result;
    const struct
    {
        const char *suffix;
        QString (*check)(QFile &, const QByteArray &);
    } kinds[] = {{"-wal", checkWal}, {"-journal", checkJournal}};
    for (const auto &kind : kinds) {
        SideFileCheck side{dbPath + QLatin1String(kind.suffix), {}};
        const QFileInfo info(side.path);
        if (!info.exists()) continue;
        QFile file(side.path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly))
            side.reason = Storage::tr("it cannot be read");
        else
            side.reason = kind.check(file, header);
        result.append(side);
    }
    return result;
}

QString setSideFileAside(const SideFileCheck &file, QString *error)
{
    const QString suffix = QStringLiteral(".set-aside-") +
                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = file.path + suffix;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = file.path + suffix + QStringLiteral("-%1").arg(n);
    QFile side(file.path);
    if (!side.rename(target)) {
        *error = Storage::tr("the side file %1 does not belong to the project (%2) and cannot be "
                             "set aside (%3)")
                     .arg(QDir::toNativeSeparators(QFileInfo(file.path).fileName()), file.reason,
                          side.errorString());
        return {};
    }
    if (file.path.endsWith(QLatin1String("-wal"))) {
        // The index of a foreign log is worthless; SQLite rebuilds it for the project's own.
        const QString shm = file.path.chopped(4) + QStringLiteral("-shm");
        if (QFileInfo::exists(shm)) QFile::rename(shm, shm + suffix);
    }
    return Storage::tr("the side file %1 did not belong to the project (%2); it was not "
                       "replayed and is kept as %3")
        .arg(QFileInfo(file.path).fileName(), file.reason, QFileInfo(target).fileName());
}

} // namespace waymark
