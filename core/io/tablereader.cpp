// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablereader.h"

#include "trcontexts.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <QXmlStreamReader>

namespace waymark::TableReader {

namespace {

constexpr qint64 Chunk = 1 << 20;

// Windows-1252 differs from Latin-1 only in 0x80..0x9f.
QString fromWindows1252(QByteArrayView bytes)
{
    static const char16_t high[32] = {
        0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        out[i] = c >= 0x80 && c < 0xa0 ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

// RFC 4180, fed in pieces: quoted fields, doubled quotes, line breaks inside quotes, CRLF,
// LF or CR line ends.
class CsvParser
{
public:
    CsvParser(QChar delimiter, qint64 maxCell, std::function<bool(QStringList &&, qint64)> record)
        : m_delimiter(delimiter), m_maxCell(maxCell), m_record(std::move(record))
    {
    }
    bool feed(QStringView text)
    {
        for (const QChar c : text) {
            if (m_skipLf) {
                m_skipLf = false;
                if (c == u'\n') continue;
            }
            if (c == u'\n' || c == u'\r') ++m_line;
            if (m_quoted) {
                if (c == u'"') {
                    m_quoted = false;
                    m_afterQuote = true;
                } else {
                    if (!append(c)) return false;
                }
                continue;
            }
            if (m_afterQuote && c == u'"') { // a doubled quote inside a quoted field
                m_quoted = true;
                m_afterQuote = false;
                if (!append(c)) return false;
                continue;
            }
            m_afterQuote = false;
            if (c == u'"' && m_cell.isEmpty() && !m_cellStarted) {
                m_quoted = true;
                m_cellStarted = true;
                m_quoteLine = m_line + 1;
            } else if (c == m_delimiter) {
                endCell();
            } else if (c == u'\n' || c == u'\r') {
                m_skipLf = c == u'\r';
                if (!endRecord()) return false;
            } else if (!append(c)) {
                return false;
            }
        }
        return true;
    }
    bool finish()
    {
        if (m_quoted) {
            // Where the quote opened, not where the record did: that is the line to fix.
            m_error = Storage::tr("line %1: a quoted field starts here and is never closed "
                                  "(a \" is missing)")
                          .arg(m_quoteLine);
            return false;
        }
        if (m_cellStarted || !m_cell.isEmpty() || !m_row.isEmpty()) return endRecord();
        return true;
    }
    QString error() const { return m_error; }
    bool stopped() const { return m_stopped; }

private:
    bool append(QChar c)
    {
        m_cellStarted = true;
        m_cell.append(c);
        if (m_cell.size() > m_maxCell) {
            m_error = Storage::tr("line %1: a cell is longer than %2 characters")
                          .arg(m_recordLine)
                          .arg(m_maxCell);
            return false;
        }
        return true;
    }
    void endCell()
    {
        m_row.append(std::exchange(m_cell, QString()));
        m_cellStarted = false;
    }
    bool endRecord()
    {
        endCell();
        const qint64 line = m_recordLine;
        m_recordLine = m_line + 1;
        // A blank line is no record.
        if (m_row.size() == 1 && m_row.first().isEmpty()) {
            m_row.clear();
            return true;
        }
        if (!m_record(std::exchange(m_row, QStringList()), line)) {
            m_stopped = true;
            return false;
        }
        return true;
    }

    QChar m_delimiter;
    qint64 m_maxCell;
    std::function<bool(QStringList &&, qint64)> m_record;
    QString m_cell;
    QStringList m_row;
    bool m_quoted = false, m_afterQuote = false, m_cellStarted = false, m_skipLf = false;
    bool m_stopped = false;
    qint64 m_line = 0, m_recordLine = 1, m_quoteLine = 0;
    QString m_error;
};

struct Encoding
{
    QString name;
    int bomBytes = 0;
};

// From a byte order mark, or, without one, from where the NUL bytes of mostly ASCII text
// fall (UTF-16 and UTF-32 exports without a mark). An empty name: NUL bytes in no pattern.
Encoding sniffEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF")) return {QStringLiteral("UTF-8"), 3};
    if (head.startsWith(QByteArrayLiteral("\xFF\xFE\0\0"))) return {QStringLiteral("UTF-32LE"), 4};
    if (head.startsWith(QByteArrayLiteral("\0\0\xFE\xFF"))) return {QStringLiteral("UTF-32BE"), 4};
    if (head.startsWith("\xFF\xFE")) return {QStringLiteral("UTF-16LE"), 2};
    if (head.startsWith("\xFE\xFF")) return {QStringLiteral("UTF-16BE"), 2};
    if (!head.contains('\0')) return {QStringLiteral("UTF-8"), 0};
    int nulAt[4] = {0, 0, 0, 0};
    const qsizetype n = head.size() & ~qsizetype(3);
    for (qsizetype i = 0; i < n; ++i)
        if (head[i] == 0) ++nulAt[i % 4];
    const qsizetype quarter = n / 4;
    auto most = [quarter](int count) { return count * 10 >= quarter * 9; };
    auto few = [quarter](int count) { return count * 10 <= quarter; };
    if (quarter == 0) return {};
    if (few(nulAt[0]) && most(nulAt[1]) && most(nulAt[2]) && most(nulAt[3]))
        return {QStringLiteral("UTF-32LE"), 0};
    if (most(nulAt[0]) && most(nulAt[1]) && most(nulAt[2]) && few(nulAt[3]))
        return {QStringLiteral("UTF-32BE"), 0};
    if (few(nulAt[0]) && few(nulAt[2]) && most(nulAt[1]) && most(nulAt[3]))
        return {QStringLiteral("UTF-16LE"), 0};
    if (most(nulAt[0]) && most(nulAt[2]) && few(nulAt[1]) && few(nulAt[3]))
        return {QStringLiteral("UTF-16BE"), 0};
    return {};
}

QStringConverter::Encoding converterFor(const QString &name)
{
    if (name == QLatin1String("UTF-16LE")) return QStringConverter::Utf16LE;
    if (name == QLatin1String("UTF-16BE")) return QStringConverter::Utf16BE;
    if (name == QLatin1String("UTF-32LE")) return QStringConverter::Utf32LE;
    if (name == QLatin1String("UTF-32BE")) return QStringConverter::Utf32BE;
    return QStringConverter::Utf8;
}

// Decodes pieces of a file in one encoding.
class Decoder
{
public:
    explicit Decoder(const QString &encoding)
        : m_1252(encoding == QLatin1String("Windows-1252")), m_decoder(converterFor(encoding))
    {
    }
    QString operator()(QByteArrayView bytes)
    {
        return m_1252 ? fromWindows1252(bytes) : QString(m_decoder(bytes));
    }
    bool hasError() const { return m_decoder.hasError(); }

private:
    bool m_1252;
    QStringDecoder m_decoder;
};

std::optional<Table> parseCsv(QIODevice &in, const Options &options, const QString &encodingName,
                              int bomBytes, const QString &note, QString *error,
                              const RowSink &sink)
{
    Table table;
    table.encoding = encodingName;
    table.bom = bomBytes > 0;
    table.note = note;
    in.seek(bomBytes);
    Decoder decode(encodingName);
    QString first = decode(in.read(64 * 1024));
    table.delimiter = detectDelimiter(first);
    bool header = true;
    CsvParser parser(table.delimiter, options.maxCellChars, [&](QStringList &&row, qint64 line) {
        if (header) {
            table.columns = std::move(row);
            header = false;
            return true;
        }
        if (sink) return sink(row, line);
        table.rows.append(std::move(row));
        return true;
    });
    bool ok = parser.feed(first);
    first.clear();
    while (ok && !in.atEnd())
        ok = parser.feed(decode(in.read(Chunk)));
    if (ok) ok = parser.finish();
    if (!ok && !parser.stopped()) {
        *error = parser.error();
        return std::nullopt;
    }
    if (header) {
        *error = Storage::tr("the file is empty");
        return std::nullopt;
    }
    return table;
}

} // namespace

QChar detectDelimiter(const QString &sample)
{
    // Count each candidate per line outside quotes over the first lines; the one that
    // appears the same number of times on most lines wins.
    const QList<QChar> candidates{u',', u';', u'\t', u'|'};
    QHash<QChar, QList<int>> counts;
    QHash<QChar, int> current;
    bool quoted = false;
    int lines = 0;
    for (QChar c : sample) {
        if (c == u'"') quoted = !quoted;
        if (quoted) continue;
        if (c == u'\n') {
            for (QChar d : candidates)
                counts[d].append(current.value(d));
            current.clear();
            if (++lines >= 20) break;
        } else if (candidates.contains(c)) {
            ++current[c];
        }
    }
    if (lines < 20 && !current.isEmpty())
        for (QChar d : candidates)
            counts[d].append(current.value(d));
    QChar best = u',';
    double bestScore = 0;
    for (QChar d : candidates) {
        const QList<int> &n = counts[d];
        if (n.isEmpty() || n.first() == 0) continue;
        const int same = int(std::count(n.begin(), n.end(), n.first()));
        const double score = same * 1000.0 / n.size() + n.first();
        if (score > bestScore) bestScore = score, best = d;
    }
    return best;
}

TextEncoding detectEncoding(const QByteArray &head)
{
    const Encoding e = sniffEncoding(head);
    return {e.name, e.bomBytes};
}

QString decode(QByteArrayView bytes, const QString &encoding)
{
    return Decoder(encoding)(bytes);
}

std::optional<Table> readCsv(const QByteArray &bytes, QString *error, const RowSink &sink)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const Encoding enc = sniffEncoding(bytes.left(4096));
    if (enc.name.isEmpty()) {
        *error = Storage::tr("the file holds NUL bytes; it is not a text table");
        return std::nullopt;
    }
    QString name = enc.name, note;
    if (enc.bomBytes == 0 && name != QLatin1String("UTF-8"))
        note = Storage::tr("The file has no byte order mark; it was read as %1.").arg(name);
    if (enc.bomBytes == 0 && name == QLatin1String("UTF-8")) {
        QStringDecoder utf8(QStringConverter::Utf8);
        (void)QString(utf8(bytes));
        if (utf8.hasError()) {
            name = QStringLiteral("Windows-1252");
            note = Storage::tr("The file is not valid UTF-8; it was read as Windows-1252.");
        }
    }
    return parseCsv(buffer, Options(), name, enc.bomBytes, note, error, sink);
}

std::optional<Table> read(const QString &path, const Options &options, QString *error,
                          const RowSink &sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray head = file.peek(4096);
    auto fail = [&](const QString &reason) -> std::optional<Table> {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return std::nullopt;
    };
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return fail(Storage::tr("this is an old Excel file (.xls); save it as .xlsx or .csv"));
    // A ZIP archive: local file header, or the end record of an empty archive.
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        file.close();
        QString reason;
        auto table = readXlsx(path, options, &reason, sink);
        if (!table) return fail(reason);
        return table;
    }
    if (head.isEmpty()) return fail(Storage::tr("the file is empty"));
    const Encoding enc = sniffEncoding(head);
    if (enc.name.isEmpty())
        return fail(Storage::tr("the file holds NUL bytes; it is not a text table"));
    QString name = enc.name, note;
    if (enc.bomBytes == 0 && name != QLatin1String("UTF-8"))
        note = Storage::tr("The file has no byte order mark; it was read as %1.").arg(name);
    if (enc.bomBytes == 0 && name == QLatin1String("UTF-8")) {
        // One pass to see whether all of it is UTF-8, without keeping the text.
        QStringDecoder utf8(QStringConverter::Utf8);
        while (!file.atEnd() && !utf8.hasError())
            (void)QString(utf8(file.read(Chunk)));
        if (utf8.hasError()) {
            name = QStringLiteral("Windows-1252");
            note = Storage::tr("The file is not valid UTF-8; it was read as Windows-1252.");
        }
    }
    QString reason;
    auto table = parseCsv(file, options, name, enc.bomBytes, note, &reason, sink);
    if (!table) return fail(reason);
    return table;
}

// ---- XLSX ----

namespace {

// A zip part, read with a cap on its size whatever its header claims.
bool readPart(QuaZip &zip, const QString &name, qint64 cap, QByteArray *out, QString *error)
{
    if (!zip.setCurrentFile(name)) {
        *error = Storage::tr("the workbook has no part \"%1\"").arg(name);
        return false;
    }
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly)) {
        *error = Storage::tr("the part \"%1\" cannot be read").arg(name);
        return false;
    }
    out->clear();
    while (!part.atEnd()) {
        const QByteArray chunk = part.read(Chunk);
        if (chunk.isEmpty()) break;
        out->append(chunk);
        if (out->size() > cap) {
            *error = Storage::tr("the part \"%1\" unpacks to more than %2 MB; this looks like "
                                 "a zip bomb")
                         .arg(name)
                         .arg(cap >> 20);
            return false;
        }
    }
    if (part.getZipError() != UNZ_OK) {
        *error = Storage::tr("the part \"%1\" is damaged").arg(name);
        return false;
    }
    return true;
}

// XML parts may not declare a DTD (entity tricks); Qt also caps entity expansion.
bool checkXml(QXmlStreamReader &xml, const QString &part, QString *error)
{
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        *error = Storage::tr("the part \"%1\" declares a DTD, which workbooks never do").arg(part);
        return false;
    }
    return true;
}

bool xmlFailed(const QXmlStreamReader &xml, const QString &part, QString *error)
{
    if (!xml.hasError()) return false;
    *error = Storage::tr("the part \"%1\" is not well-formed XML (line %2: %3)")
                 .arg(part)
                 .arg(xml.lineNumber())
                 .arg(xml.errorString());
    return true;
}

constexpr int MaxColumns = 16384; // A to XFD

// The 0-based column of a reference such as "AB12"; -1 unless it is A to XFD.
int columnIndex(QStringView ref)
{
    int c = 0, letters = 0;
    for (QChar ch : ref) {
        const char16_t u = ch.toUpper().unicode();
        if (u < u'A' || u > u'Z') break;
        if (++letters > 3) return -1;
        c = c * 26 + (u - u'A' + 1);
    }
    return c >= 1 && c <= MaxColumns ? c - 1 : -1;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

bool isDateFormat(QString code)
{
    code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return code.contains(QRegularExpression(QStringLiteral("[dDyYhHsS]|[mM]")));
}

// Excel's dates run from serial 0 to 2958465 (9999-12-31).
bool serialInRange(double serial)
{
    return std::isfinite(serial) && serial >= 0 && serial < 2958466;
}

QString serialToText(double serial, bool date1904)
{
    const QDate base =
        date1904 ? QDate(1904, 1, 1) : (serial < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30));
    const qint64 days = qint64(std::floor(serial));
    const double fraction = serial - double(days);
    const QTime time = QTime(0, 0).addMSecs(qint64(std::llround(fraction * 86400.0) * 1000));
    if (days == 0 && fraction > 0 && !date1904) return time.toString(QStringLiteral("HH:mm:ss"));
    const QString date =
        base.addDays(date1904 || serial >= 61 ? days : days - 1).toString(Qt::ISODate);
    return fraction > 1e-9 ? date + u' ' + time.toString(QStringLiteral("HH:mm:ss")) : date;
}

} // namespace

std::optional<Table> readXlsx(const QString &path, const Options &options, QString *error,
                              const RowSink &sink)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = Storage::tr("the ZIP container is damaged");
        return std::nullopt;
    }
    // Zip bombs: refuse what claims to unpack to too much, before unpacking anything.
    qint64 total = 0;
    bool binary = false;
    for (const QuaZipFileInfo64 &info : zip.getFileInfoList64()) {
        total += qint64(info.uncompressedSize);
        if (info.name == QLatin1String("xl/workbook.bin")) binary = true;
        const double ratio = info.compressedSize > 0
                                 ? double(info.uncompressedSize) / double(info.compressedSize)
                                 : 0;
        if (total > options.maxUnzippedBytes ||
            (info.uncompressedSize > (1 << 20) && ratio > options.maxCompressionRatio)) {
            *error = Storage::tr("the workbook unpacks to far more than it holds; this looks "
                                 "like a zip bomb");
            return std::nullopt;
        }
    }
    if (binary) {
        *error = Storage::tr("this is a binary Excel workbook (.xlsb); save it as .xlsx or .csv");
        return std::nullopt;
    }
    const qint64 cap = options.maxUnzippedBytes;
    QByteArray bytes;
    if (!readPart(zip, QStringLiteral("xl/workbook.xml"), cap, &bytes, error)) {
        if (!zip.setCurrentFile(QStringLiteral("xl/workbook.xml")))
            *error = Storage::tr("this ZIP file is not an Excel workbook");
        return std::nullopt;
    }
    Table table;
    QList<std::pair<QString, QString>> sheetIds; // name, relationship id
    bool date1904 = false;
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!checkXml(xml, QStringLiteral("xl/workbook.xml"), error)) return std::nullopt;
            if (!xml.isStartElement()) continue;
            if (xml.name() == u"workbookPr")
                date1904 = xml.attributes().value(QStringLiteral("date1904")) == u"1" ||
                           xml.attributes().value(QStringLiteral("date1904")) == u"true";
            if (xml.name() == u"sheet") {
                QString rid;
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id") rid = a.value().toString();
                sheetIds.append({xml.attributes().value(QStringLiteral("name")).toString(), rid});
            }
        }
        if (xmlFailed(xml, QStringLiteral("xl/workbook.xml"), error)) return std::nullopt;
    }
    for (const auto &s : sheetIds)
        table.sheets.append(s.first);
    if (sheetIds.isEmpty()) {
        *error = Storage::tr("the workbook has no sheets");
        return std::nullopt;
    }
    int chosen = 0;
    if (!options.sheet.isEmpty()) {
        chosen = int(table.sheets.indexOf(options.sheet));
        if (chosen < 0) {
            *error = Storage::tr("the workbook has no sheet \"%1\" (it has: %2)")
                         .arg(options.sheet, table.sheets.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    table.sheet = table.sheets[chosen];
    // Where the chosen sheet lives.
    QString sheetPath;
    if (readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), cap, &bytes, error)) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!checkXml(xml, QStringLiteral("xl/_rels/workbook.xml.rels"), error))
                return std::nullopt;
            if (xml.isStartElement() && xml.name() == u"Relationship" &&
                xml.attributes().value(QStringLiteral("Id")) == sheetIds[chosen].second) {
                QString target = xml.attributes().value(QStringLiteral("Target")).toString();
                sheetPath =
                    target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            }
        }
    }
    if (sheetPath.isEmpty())
        sheetPath = QStringLiteral("xl/worksheets/sheet%1.xml").arg(chosen + 1);

    // Shared strings (plain and rich text), and which styles are dates.
    QStringList shared;
    if (zip.setCurrentFile(QStringLiteral("xl/sharedStrings.xml"))) {
        if (!readPart(zip, QStringLiteral("xl/sharedStrings.xml"), cap, &bytes, error))
            return std::nullopt;
        QXmlStreamReader xml(bytes);
        QString current;
        bool inSi = false, inPhonetic = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!checkXml(xml, QStringLiteral("xl/sharedStrings.xml"), error)) return std::nullopt;
            if (xml.isStartElement()) {
                if (xml.name() == u"si")
                    inSi = true, current.clear();
                else if (xml.name() == u"rPh")
                    inPhonetic = true;
                else if (xml.name() == u"t" && inSi && !inPhonetic)
                    current += xml.readElementText();
            } else if (xml.isEndElement()) {
                if (xml.name() == u"si")
                    inSi = false, shared.append(current);
                else if (xml.name() == u"rPh")
                    inPhonetic = false;
            }
        }
        if (xmlFailed(xml, QStringLiteral("xl/sharedStrings.xml"), error)) return std::nullopt;
    }
    QList<bool> dateStyles;
    if (zip.setCurrentFile(QStringLiteral("xl/styles.xml")) &&
        readPart(zip, QStringLiteral("xl/styles.xml"), cap, &bytes, error)) {
        QHash<int, bool> customDate;
        QXmlStreamReader xml(bytes);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!checkXml(xml, QStringLiteral("xl/styles.xml"), error)) return std::nullopt;
            if (xml.isStartElement() && xml.name() == u"numFmt")
                customDate.insert(
                    xml.attributes().value(QStringLiteral("numFmtId")).toInt(),
                    isDateFormat(xml.attributes().value(QStringLiteral("formatCode")).toString()));
            else if (xml.isStartElement() && xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == u"cellXfs")
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                dateStyles.append((id >= 14 && id <= 22) || (id >= 45 && id <= 47) ||
                                  customDate.value(id, false));
            }
        }
    }

    // The sheet itself: sparse rows and columns land where their references say.
    if (!readPart(zip, sheetPath, cap, &bytes, error)) return std::nullopt;
    // Columns are numbered in the order their first value appears, so that a value in column
    // XFD makes the table one column wider, not 16,384; what rows kept in memory may hold
    // is bounded by the sheet's size (a value on a diagonal of a huge sheet would not be).
    const qint64 slotBudget = (qint64(2) << 20) + qint64(bytes.size()) * 4;
    qint64 cellSlots = 0;
    QList<int> denseColumn(MaxColumns, -1);
    int width = 0;
    QXmlStreamReader xml(bytes);
    bytes.clear();
    bytes.squeeze();
    QStringList row;
    int rowNumber = 0, expectedColumn = 0;
    bool header = true;
    QString type, value;
    int style = 0, column = 0;
    bool inValue = false, inInline = false;
    auto cell = [&] { return columnName(column) + QString::number(rowNumber); };
    auto cellFails = [&](const QString &reason) {
        *error = Storage::tr("cell %1: %2").arg(cell(), reason);
        return std::nullopt;
    };
    auto flushRow = [&](int number) -> bool {
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
        if (header) {
            if (row.isEmpty()) return true; // blank rows before the header
            table.columns = std::exchange(row, QStringList());
            header = false;
            return true;
        }
        // Rows skipped in the file are empty rows of the table.
        if (row.isEmpty()) return true;
        if (sink) {
            const bool go = sink(row, number);
            row.clear();
            return go;
        }
        cellSlots += row.size();
        table.rows.append(std::exchange(row, QStringList()));
        return true;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!checkXml(xml, sheetPath, error)) return std::nullopt;
        if (xml.isStartElement()) {
            const auto n = xml.name();
            if (n == u"row") {
                rowNumber = xml.attributes().hasAttribute(QStringLiteral("r"))
                                ? xml.attributes().value(QStringLiteral("r")).toInt()
                                : rowNumber + 1;
                expectedColumn = 0;
                row.clear();
            } else if (n == u"c") {
                const QStringView ref = xml.attributes().value(QStringLiteral("r"));
                column = ref.isEmpty() ? expectedColumn : columnIndex(ref);
                if (column < 0 || column >= MaxColumns) {
                    *error = Storage::tr("row %1: the cell reference \"%2\" is not a column "
                                         "from A to XFD")
                                 .arg(rowNumber)
                                 .arg(ref.isEmpty() ? QString::number(column + 1)
                                                    : ref.left(20).toString());
                    return std::nullopt;
                }
                expectedColumn = column + 1;
                type = xml.attributes().value(QStringLiteral("t")).toString();
                style = xml.attributes().value(QStringLiteral("s")).toInt();
                value.clear();
            } else if (n == u"v") {
                value = xml.readElementText();
                inValue = true;
            } else if (n == u"is") {
                inInline = true;
            } else if (n == u"t" && inInline) {
                value += xml.readElementText();
                inValue = true;
            }
        } else if (xml.isEndElement()) {
            const auto n = xml.name();
            if (n == u"is")
                inInline = false;
            else if (n == u"c") {
                QString text;
                if (inValue) {
                    if (type == u"s") {
                        bool ok = false;
                        const int index = value.trimmed().toInt(&ok);
                        if (!ok || index < 0 || index >= shared.size())
                            return cellFails(
                                shared.isEmpty()
                                    ? Storage::tr("it refers to shared text %1, but the workbook "
                                                  "has no shared texts")
                                          .arg(value.left(20))
                                    : Storage::tr("it refers to shared text %1, but the workbook "
                                                  "has %n shared text(s)",
                                                  nullptr, int(shared.size()))
                                          .arg(value.left(20)));
                        text = shared.at(index);
                    } else if (type == u"b")
                        text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    else if (type.isEmpty() || type == u"n") {
                        bool ok = false;
                        const double number = value.toDouble(&ok);
                        if (ok && dateStyles.value(style) && !serialInRange(number))
                            return cellFails(Storage::tr("the date %1 is outside Excel's dates "
                                                         "(0 to 2958465)")
                                                 .arg(value.left(30)));
                        text =
                            ok && dateStyles.value(style) ? serialToText(number, date1904) : value;
                    } else
                        text = value; // str (a formula's text), inlineStr, e (an error)
                }
                inValue = false;
                if (text.size() > options.maxCellChars) {
                    *error = Storage::tr("row %1: a cell is longer than %2 characters")
                                 .arg(rowNumber)
                                 .arg(options.maxCellChars);
                    return std::nullopt;
                }
                if (!text.isEmpty()) {
                    int &dense = denseColumn[column];
                    if (dense < 0) dense = width++;
                    while (row.size() <= dense)
                        row.append(QString());
                    row[dense] = text;
                }
            } else if (n == u"row") {
                if (!flushRow(rowNumber)) return table;
                if (cellSlots > slotBudget) {
                    *error = Storage::tr("row %1: the sheet's values are spread so thinly over "
                                         "%2 columns that the table would not fit in memory")
                                 .arg(rowNumber)
                                 .arg(width);
                    return std::nullopt;
                }
            }
        }
    }
    if (xmlFailed(xml, sheetPath, error)) return std::nullopt;
    if (header) {
        *error = Storage::tr("the sheet \"%1\" is empty").arg(table.sheet);
        return std::nullopt;
    }
    return table;
}

} // namespace waymark::TableReader
