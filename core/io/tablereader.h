// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <QStringList>

namespace waymark {

// Tables from CSV and XLSX files, the way a user's export gives them: a header row, then
// rows of cells as strings exactly as the source holds them. Never trusts the file: damaged
// or foreign files, zip bombs and XML tricks give a message naming the file, row and reason.
struct Table
{
    QStringList columns;
    QList<QStringList> rows;
    QStringList sheets; // XLSX: every sheet by name
    QString sheet;      // XLSX: the sheet read
    QString encoding;   // CSV: "UTF-8", "UTF-16LE/BE", "UTF-32LE/BE" or "Windows-1252"
    QChar delimiter;    // CSV
    bool bom = false;   // CSV
    QString note;       // what the user should know (e.g. an encoding guessed)
};

namespace TableReader {

struct Options
{
    QString sheet;                          // XLSX; empty = the first sheet
    qint64 maxCellChars = 16 * 1024 * 1024; // a longer cell is refused
    qint64 maxUnzippedBytes = 512ll << 20;  // XLSX: all parts together
    double maxCompressionRatio = 200;       // XLSX: per part
};

// Called for each data row (after the header) while reading; return false to stop. When
// given, Table::rows stays empty: a 200 MB file never sits in memory as strings.
using RowSink = std::function<bool(const QStringList &row, qint64 line)>;

std::optional<Table> read(const QString &path, const Options &options, QString *error,
                          const RowSink &sink = {});
std::optional<Table> readCsv(const QByteArray &bytes, QString *error, const RowSink &sink = {});
std::optional<Table> readXlsx(const QString &path, const Options &options, QString *error,
                              const RowSink &sink = {});

// Which delimiter a sample of CSV uses: ',', ';', tab or '|'.
QChar detectDelimiter(const QString &sample);

// A text file's encoding from its byte order mark, or from where the NUL bytes of mostly
// ASCII text fall; `name` is empty when the bytes are not text. Without a mark and without
// NUL bytes: "UTF-8" (check the bytes, then fall back to "Windows-1252").
struct TextEncoding
{
    QString name;
    int bomBytes = 0;
};
TextEncoding detectEncoding(const QByteArray &head);
// Bytes in one of the encodings above as text.
QString decode(QByteArrayView bytes, const QString &encoding);

} // namespace TableReader

} // namespace waymark
