// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader. Inputs starting with "PK" are read as the workbook file itself (ZIP
// damage); others are split at the byte 0x1e into the sheet, shared strings, styles and
// workbook XML and zipped here, so that the mutations reach the XML readers.
#include "fuzzutil.h"
#include "io/tablereader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace waymark;

namespace {

bool zipParts(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) return false;
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) return false;
        file.write(bytes);
        file.close();
    }
    zip.close();
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    const QByteArray bytes = fuzz::input(data, size).toByteArray();
    QString path;
    if (bytes.startsWith("PK")) {
        path = fuzz::writeScratch(QStringLiteral("raw.xlsx"), bytes);
    } else {
        const QList<QByteArray> pieces = bytes.split('\x1e');
        static const QByteArray workbook =
            "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
            "</sheets></workbook>";
        QList<std::pair<QString, QByteArray>> parts{
            {QStringLiteral("xl/worksheets/sheet1.xml"), pieces.value(0)}};
        if (pieces.size() > 1) parts.append({QStringLiteral("xl/sharedStrings.xml"), pieces[1]});
        if (pieces.size() > 2) parts.append({QStringLiteral("xl/styles.xml"), pieces[2]});
        parts.append({QStringLiteral("xl/workbook.xml"), pieces.size() > 3 ? pieces[3] : workbook});
        path = fuzz::scratch().filePath(QStringLiteral("parts.xlsx"));
        QFile::remove(path);
        if (!zipParts(path, parts)) return 0;
    }
    QString error;
    (void)TableReader::readXlsx(path, {}, &error);
    return 0;
}
