// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxwriter.h"

#include "opczip.h"
#include "trcontexts.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace waymark {

namespace {

const QString mainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString relNs =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// "A", "B", ... "Z", "AA", ...
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

using OpcZip::xml;

QString xmlSafe(const QString &text)
{
    return OpcZip::xmlSafe(text, XlsxWriter::MaxCellText);
}

} // namespace

QString XlsxWriter::safeSheetName(const QString &name, const QStringList &taken)
{
    QString base = name;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        base.replace(bad, QLatin1Char(' '));
    base = base.simplified();
    if (base.isEmpty()) base = QStringLiteral("Sheet");
    base.truncate(31);
    QString candidate = base;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = base.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

bool XlsxWriter::write(const QString &path, QString *error) const
{
    // Shared strings: every text once.
    QStringList strings;
    QHash<QString, int> index;
    auto stringId = [&](const QString &s) {
        auto it = index.constFind(s);
        if (it != index.cend()) return *it;
        index.insert(s, int(strings.size()));
        strings.append(s);
        return int(strings.size()) - 1;
    };
    QList<QByteArray> sheetXml;
    for (const Sheet &sheet : m_sheets) {
        sheetXml.append(xml([&](QXmlStreamWriter &w) {
            w.writeStartElement(QStringLiteral("worksheet"));
            w.writeDefaultNamespace(mainNs);
            w.writeNamespace(relNs, QStringLiteral("r"));
            w.writeStartElement(QStringLiteral("sheetViews"));
            w.writeStartElement(QStringLiteral("sheetView"));
            w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
            if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
                w.writeStartElement(QStringLiteral("pane"));
                if (sheet.frozenColumns > 0)
                    w.writeAttribute(QStringLiteral("xSplit"),
                                     QString::number(sheet.frozenColumns));
                if (sheet.frozenRows > 0)
                    w.writeAttribute(QStringLiteral("ySplit"), QString::number(sheet.frozenRows));
                w.writeAttribute(QStringLiteral("topLeftCell"),
                                 columnName(sheet.frozenColumns) +
                                     QString::number(sheet.frozenRows + 1));
                w.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomRight"));
                w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            if (!sheet.columnWidths.isEmpty()) {
                w.writeStartElement(QStringLiteral("cols"));
                for (int c = 0; c < sheet.columnWidths.size(); ++c) {
                    w.writeStartElement(QStringLiteral("col"));
                    w.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
                    w.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
                    w.writeAttribute(QStringLiteral("width"),
                                     QString::number(sheet.columnWidths[c]));
                    w.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeStartElement(QStringLiteral("sheetData"));
            for (int r = 0; r < sheet.rows.size(); ++r) {
                w.writeStartElement(QStringLiteral("row"));
                w.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
                const QList<QVariant> &row = sheet.rows[r];
                for (int c = 0; c < row.size(); ++c) {
                    const QVariant &v = row[c];
                    if (v.isNull()) continue;
                    // Styles: 1 = bold header, 2 = wrapped text, 3 = bold and wrapped.
                    const bool header = r < sheet.frozenRows || c < sheet.frozenColumns;
                    const int style = (header ? 1 : 0) + (sheet.wrap ? 2 : 0);
                    w.writeStartElement(QStringLiteral("c"));
                    w.writeAttribute(QStringLiteral("r"), columnName(c) + QString::number(r + 1));
                    if (style) w.writeAttribute(QStringLiteral("s"), QString::number(style));
                    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double ||
                        v.typeId() == QMetaType::LongLong) {
                        w.writeTextElement(QStringLiteral("v"), v.toString());
                    } else {
                        w.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
                        w.writeTextElement(QStringLiteral("v"),
                                           QString::number(stringId(xmlSafe(v.toString()))));
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement(); // sheetData
            w.writeEndElement(); // worksheet
        }));
    }

    const QByteArray contentTypes = xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Types"));
        w.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        auto def = [&](const QString &ext, const QString &type) {
            w.writeStartElement(QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), ext);
            w.writeAttribute(QStringLiteral("ContentType"), type);
            w.writeEndElement();
        };
        auto over = [&](const QString &part, const QString &type) {
            w.writeStartElement(QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), part);
            w.writeAttribute(QStringLiteral("ContentType"), type);
            w.writeEndElement();
        };
        def(QStringLiteral("rels"),
            QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        def(QStringLiteral("xml"), QStringLiteral("application/xml"));
        const QString ss =
            QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
        over(QStringLiteral("/xl/workbook.xml"), ss + QStringLiteral("sheet.main+xml"));
        over(QStringLiteral("/xl/styles.xml"), ss + QStringLiteral("styles+xml"));
        over(QStringLiteral("/xl/sharedStrings.xml"), ss + QStringLiteral("sharedStrings+xml"));
        for (int i = 0; i < m_sheets.size(); ++i)
            over(QStringLiteral("/xl/worksheets/sheet%1.xml").arg(i + 1),
                 ss + QStringLiteral("worksheet+xml"));
        w.writeEndElement();
    });
    auto relationships = [](const QList<std::array<QString, 3>> &rels) {
        return xml([&](QXmlStreamWriter &w) {
            w.writeStartElement(QStringLiteral("Relationships"));
            w.writeDefaultNamespace(
                QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
            for (const auto &r : rels) {
                w.writeStartElement(QStringLiteral("Relationship"));
                w.writeAttribute(QStringLiteral("Id"), r[0]);
                w.writeAttribute(QStringLiteral("Type"), relNs + QLatin1Char('/') + r[1]);
                w.writeAttribute(QStringLiteral("Target"), r[2]);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    };
    const QByteArray rootRels =
        relationships({{QStringLiteral("rId1"), QStringLiteral("officeDocument"),
                        QStringLiteral("xl/workbook.xml")}});
    QList<std::array<QString, 3>> bookRels;
    for (int i = 0; i < m_sheets.size(); ++i)
        bookRels.append({QStringLiteral("rId%1").arg(i + 1), QStringLiteral("worksheet"),
                         QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)});
    const int n = int(m_sheets.size());
    bookRels.append({QStringLiteral("rId%1").arg(n + 1), QStringLiteral("styles"),
                     QStringLiteral("styles.xml")});
    bookRels.append({QStringLiteral("rId%1").arg(n + 2), QStringLiteral("sharedStrings"),
                     QStringLiteral("sharedStrings.xml")});
    const QByteArray workbook = xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("workbook"));
        w.writeDefaultNamespace(mainNs);
        w.writeNamespace(relNs, QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("sheets"));
        for (int i = 0; i < m_sheets.size(); ++i) {
            w.writeStartElement(QStringLiteral("sheet"));
            w.writeAttribute(QStringLiteral("name"), xmlSafe(m_sheets[i].name));
            w.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
            w.writeAttribute(relNs, QStringLiteral("id"), QStringLiteral("rId%1").arg(i + 1));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    });
    const QByteArray styles = xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("styleSheet"));
        w.writeDefaultNamespace(mainNs);
        w.writeStartElement(QStringLiteral("fonts"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
        for (bool bold : {false, true}) {
            w.writeStartElement(QStringLiteral("font"));
            if (bold) w.writeEmptyElement(QStringLiteral("b"));
            w.writeEmptyElement(QStringLiteral("sz"));
            w.writeAttribute(QStringLiteral("val"), QStringLiteral("11"));
            w.writeEmptyElement(QStringLiteral("name"));
            w.writeAttribute(QStringLiteral("val"), QStringLiteral("Calibri"));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("fills"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
        for (const char *pattern : {"none", "gray125"}) {
            w.writeStartElement(QStringLiteral("fill"));
            w.writeEmptyElement(QStringLiteral("patternFill"));
            w.writeAttribute(QStringLiteral("patternType"), QLatin1String(pattern));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("borders"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        w.writeEmptyElement(QStringLiteral("border"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("cellStyleXfs"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        w.writeEmptyElement(QStringLiteral("xf"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("cellXfs"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("4"));
        for (int style = 0; style < 4; ++style) {
            w.writeStartElement(QStringLiteral("xf"));
            w.writeAttribute(QStringLiteral("fontId"), QString::number(style & 1));
            w.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
            if (style & 1) w.writeAttribute(QStringLiteral("applyFont"), QStringLiteral("1"));
            if (style & 2) {
                w.writeAttribute(QStringLiteral("applyAlignment"), QStringLiteral("1"));
                w.writeEmptyElement(QStringLiteral("alignment"));
                w.writeAttribute(QStringLiteral("wrapText"), QStringLiteral("1"));
                w.writeAttribute(QStringLiteral("vertical"), QStringLiteral("top"));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    });
    const QByteArray shared = xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("sst"));
        w.writeDefaultNamespace(mainNs);
        w.writeAttribute(QStringLiteral("count"), QString::number(strings.size()));
        w.writeAttribute(QStringLiteral("uniqueCount"), QString::number(strings.size()));
        for (const QString &s : std::as_const(strings)) {
            w.writeStartElement(QStringLiteral("si"));
            w.writeStartElement(QStringLiteral("t"));
            // Leading or trailing spaces and line breaks survive only with xml:space.
            if (s != s.trimmed() || s.contains(QLatin1Char('\n')))
                w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(s);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    });

    QList<OpcZip::Part> parts{
        {QStringLiteral("[Content_Types].xml"), contentTypes},
        {QStringLiteral("_rels/.rels"), rootRels},
        {QStringLiteral("xl/workbook.xml"), workbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), relationships(bookRels)},
        {QStringLiteral("xl/styles.xml"), styles},
        {QStringLiteral("xl/sharedStrings.xml"), shared}};
    for (int i = 0; i < sheetXml.size(); ++i)
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml[i]});
    return OpcZip::write(path, parts, Storage::tr("the spreadsheet could not be written"), error);
}

} // namespace waymark
