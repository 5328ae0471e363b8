// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileprobe.h"

#include "schema.h"
#include "trcontexts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace waymark {

namespace {

quint32 be32(const QByteArray &h, int offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(h.constData() + offset));
}

bool looksLikeText(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t') return false;
    }
    return true;
}

} // namespace

FileProbe FileProbe::probe(const QString &path, int currentSchemaVersion)
{
    FileProbe p;
    const QFileInfo info(path);
    if (!info.exists()) {
        p.kind = Kind::Missing;
        p.reason = Storage::tr("the file does not exist");
        return p;
    }
    if (!info.isFile()) {
        p.kind = Kind::NotAFile;
        p.reason = Storage::tr("this is a folder or device, not a file");
        return p;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.kind = Kind::Unreadable;
        p.reason = Storage::tr("the file cannot be read (%1)").arg(file.errorString());
        return p;
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    p.header = header;
    if (size == 0) {
        p.kind = Kind::Empty;
        p.reason = Storage::tr("the file is empty");
        return p;
    }
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        if (header.startsWith("PK\x03\x04")) {
            p.kind = Kind::Zip;
            p.reason = Storage::tr("this is a ZIP archive (such as an Excel or Word file), "
                                   "not a Waymark project");
        } else if (looksLikeText(header.left(64))) {
            p.kind = Kind::Text;
            p.reason = Storage::tr("this is a text file, not a Waymark project");
        } else {
            p.kind = Kind::NotSqlite;
            p.reason = Storage::tr("this is not a Waymark project (unknown file type)");
        }
        return p;
    }
    if (header.size() < 100) {
        p.kind = Kind::Truncated;
        p.reason = Storage::tr("the file is truncated (%n byte(s) long)", nullptr, int(size));
        return p;
    }
    const qint32 appId = qint32(be32(header, 68));
    p.schemaVersion = int(be32(header, 60));
    if (appId != ApplicationId) {
        p.kind = Kind::OtherProgram;
        p.reason = Storage::tr("this is a database of another program, not a Waymark project");
        return p;
    }
    if (be32(header, 56) != 1) {
        // Waymark writes UTF-8 only; SQLite would read a UTF-16 schema as garbage names.
        p.kind = Kind::Truncated;
        p.reason = Storage::tr("the file is damaged (its text encoding %1 is not UTF-8)")
                       .arg(be32(header, 56));
        return p;
    }
    if (be32(header, 60) < 1 || be32(header, 60) > 1000000) {
        p.kind = Kind::Truncated;
        p.reason = Storage::tr("the file is damaged (its format number %1 is not valid)")
                       .arg(be32(header, 60));
        return p;
    }
    if (p.schemaVersion > currentSchemaVersion) {
        p.kind = Kind::Newer;
        p.reason =
            Storage::tr("this project was saved by a newer version of Waymark (file format %1; "
                        "this version reads up to %2). Please update Waymark.")
                .arg(p.schemaVersion)
                .arg(currentSchemaVersion);
        return p;
    }
    quint32 pageSize =
        qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(header.constData() + 16));
    if (pageSize == 1) pageSize = 65536;
    const quint32 pageCount = be32(header, 28);
    const bool countValid = pageCount != 0 && be32(header, 92) == be32(header, 24);
    // A write-ahead log may legitimately hold pages beyond the main file.
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 ||
        (!hasWal &&
         (size % pageSize != 0 || (countValid && qint64(pageCount) * pageSize > size)))) {
        p.kind = Kind::Truncated;
        p.reason =
            Storage::tr("the file is truncated or damaged (%n byte(s) long)", nullptr, int(size));
        return p;
    }
    p.kind = Kind::Waymark;
    return p;
}

} // namespace waymark
