// SPDX-License-Identifier: GPL-3.0-or-later
#include "opczip.h"

#include "filewrite.h"
#include "trcontexts.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <QXmlStreamWriter>

namespace waymark::OpcZip {

QByteArray xml(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return bytes;
}

QString xmlSafe(QString text, qsizetype maxLength)
{
    text.removeIf([](QChar c) {
        const ushort u = c.unicode();
        return (u < 0x20 && u != 0x09 && u != 0x0a && u != 0x0d) || u == 0xfffe || u == 0xffff;
    });
    if (maxLength >= 0 && text.size() > maxLength) text.truncate(maxLength);
    return text;
}

namespace {
bool addFile(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) return false;
    const bool ok = file.write(data) == data.size();
    file.close();
    return ok && file.getZipError() == UNZ_OK;
}
} // namespace

bool write(const QString &path, const QList<Part> &parts, const QString &what, QString *error)
{
    // The container is built in memory, then written in one go: complete or not at all.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadWrite);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate)) {
            *error = Storage::tr("the ZIP container could not be created");
            return false;
        }
        bool ok = true;
        for (const Part &part : parts)
            ok = ok && addFile(zip, part.name, part.data);
        zip.close();
        if (!ok || zip.getZipError() != UNZ_OK) {
            *error = what;
            return false;
        }
    }
    return FileWrite::writeWhole(path, bytes, error);
}

} // namespace waymark::OpcZip
