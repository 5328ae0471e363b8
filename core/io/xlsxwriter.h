// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace waymark {

// A small XLSX writer (Office Open XML spreadsheet) on QuaZip and QXmlStreamWriter: sheets
// of text and number cells, shared strings, bold headers, wrapped text, column widths and a
// frozen header row and column.
class XlsxWriter
{
public:
    struct Sheet
    {
        QString name;
        QList<QList<QVariant>> rows; // QString or a number per cell; null = empty
        QList<double> columnWidths;  // in characters
        int frozenRows = 1;
        int frozenColumns = 0;
        bool wrap = false; // wrap the text of every cell
    };
    void addSheet(Sheet sheet) { m_sheets.append(std::move(sheet)); }
    // Sheet names as Excel allows them: at most 31 characters, none of []:*?/\, unique.
    static QString safeSheetName(const QString &name, const QStringList &taken);
    bool write(const QString &path, QString *error) const;

    // Excel's limit for one cell's text.
    static constexpr int MaxCellText = 32767;

private:
    QList<Sheet> m_sheets;
};

} // namespace waymark
