// SPDX-License-Identifier: GPL-3.0-or-later
// The cases are tables of literal text; plain string literals keep them readable.
#undef QT_NO_CAST_FROM_ASCII
#include "io/tablereader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace waymark;
Q_DECLARE_METATYPE(QList<QStringList>)
using Parts = QList<std::pair<QString, QByteArray>>;
Q_DECLARE_METATYPE(Parts)

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(WAYMARK_TESTDATA "/tables/") + QLatin1String(name);
}

// A ZIP with the given parts, for damaged and hostile workbooks.
bool makeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

const QByteArray workbook =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
    "2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

} // namespace

class TestTableReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void csvCases_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QStringList{"a", "b"}
                               << QList<QStringList>{{"1", "2"}} << "UTF-8";
        QTest::newRow("quotes and doubled quotes")
            << QByteArray("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n") << QStringList{"a", "b"}
            << QList<QStringList>{{"x, y", "say \"hi\""}} << "UTF-8";
        QTest::newRow("line break inside quotes")
            << QByteArray("a;b\n\"first\nsecond\";2\n") << QStringList{"a", "b"}
            << QList<QStringList>{{"first\nsecond", "2"}} << "UTF-8";
        QTest::newRow("CR line ends") << QByteArray("a\tb\r1\t2\r3\t4") << QStringList{"a", "b"}
                                      << QList<QStringList>{{"1", "2"}, {"3", "4"}} << "UTF-8";
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFn|m\nä|ö\n") << QStringList{"n", "m"}
                                   << QList<QStringList>{{"ä", "ö"}} << "UTF-8";
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("utf-16 bom")
            << QByteArray(utf16(QStringLiteral("a,b\r\nGrüße,😀\r\n"))) << QStringList{"a", "b"}
            << QList<QStringList>{{"Grüße", "😀"}} << "UTF-16LE";
        QTest::newRow("windows-1252")
            << QByteArray("a;b\nStra\xDF"
                          "e;\x80 5\n")
            << QStringList{"a", "b"} << QList<QStringList>{{"Straße", "€ 5"}} << "Windows-1252";
        QTest::newRow("ragged rows")
            << QByteArray("a,b,c\n1\n1,2,3,4\n") << QStringList{"a", "b", "c"}
            << QList<QStringList>{{"1"}, {"1", "2", "3", "4"}} << "UTF-8";
        QTest::newRow("header only")
            << QByteArray("a,b\n") << QStringList{"a", "b"} << QList<QStringList>{} << "UTF-8";
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n1\n\n") << QStringList{"a"} << QList<QStringList>{{"1"}} << "UTF-8";
        const QByteArray big(1024 * 1024, 'x');
        QTest::newRow("1 MB cell") << QByteArray("a\n\"" + big + "\"\n") << QStringList{"a"}
                                   << QList<QStringList>{{QString::fromLatin1(big)}} << "UTF-8";
    }

    void csvCases()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, columns);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QString, encoding);
        QString error;
        const auto table = TableReader::readCsv(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->columns, columns);
        QCOMPARE(table->rows, rows);
        QCOMPARE(table->encoding, encoding);
        QCOMPARE(table->note.isEmpty(), encoding != QLatin1String("Windows-1252"));
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "the file is empty";
        QTest::newRow("only blank lines") << QByteArray("\n\r\n") << "the file is empty";
        QTest::newRow("open quote")
            << QByteArray("a,b\n1,2\n3,\"never closed\n")
            << "line 3: a quoted field starts here and is never closed (a \" is missing)";
        // The line to fix is where the quote opened, even inside a record over several lines.
        QTest::newRow("open quote in a long record")
            << QByteArray("a,b,c\n1,\"two\nlines\",\"open\n4,5,6\n7,8,9\n")
            << "line 3: a quoted field starts here and is never closed (a \" is missing)";
        QTest::newRow("open quote in the header")
            << QByteArray("\"Touchpoint,CSAT\nhotline,2.2\n")
            << "line 1: a quoted field starts here and is never closed (a \" is missing)";
    }

    void csvErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!TableReader::readCsv(bytes, &error));
        QCOMPARE(error, reason);
    }

    void streamedReadsReportOpenQuotes()
    {
        // A reader that takes rows as they come still ends with the error, not with rows.
        QString error;
        int rows = 0;
        const auto table =
            TableReader::readCsv("Touchpoint,CSAT\nhotline,2.2\n\"shop,4.5\nportal,3.9\n", &error,
                                 [&](const QStringList &, qint64) { return ++rows > 0; });
        QVERIFY(!table);
        QCOMPARE(rows, 1);
        QVERIFY2(error.startsWith("line 3: "), qPrintable(error));
    }

    void date1904FromThreeWriters_data()
    {
        QTest::addColumn<QString>("file");
        // Excel for Mac and R's writexl (libxlsxwriter) write date1904="1", LibreOffice "true".
        QTest::newRow("xlsxwriter") << fixture("x1904-xlsxwriter.xlsx");
        QTest::newRow("openpyxl") << fixture("x1904-openpyxl.xlsx");
        QTest::newRow("libreoffice") << fixture("x1904-libreoffice.xlsx");
    }

    void date1904FromThreeWriters()
    {
        QFETCH(QString, file);
        QString error;
        const auto table = TableReader::read(file, {}, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 1);
        // Not four years and a day early (2022-01-30).
        QCOMPARE(table->rows[0].value(1), QString("2026-01-31"));
        QCOMPARE(table->rows[0].value(2), QString("2.2"));
    }

    void delimiterDetection()
    {
        QCOMPARE(TableReader::detectDelimiter(QStringLiteral("a;b;c\n1,5;2,5;3\n")), u';');
        QCOMPARE(TableReader::detectDelimiter(QStringLiteral("a\tb\n\"x,y\"\t2\n")), u'\t');
        QCOMPARE(TableReader::detectDelimiter(QStringLiteral("a|b\n1|2\n")), u'|');
        QCOMPARE(TableReader::detectDelimiter(QStringLiteral("single\n")), u',');
    }

    void streamsRowsFromAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("stream.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("target,metric,value\n");
        for (int i = 0; i < 50000; ++i)
            f.write(QByteArray("t") + QByteArray::number(i) + ",csat," + QByteArray::number(i % 5) +
                    "\n");
        f.close();
        qint64 count = 0, lastLine = 0;
        QString error;
        const auto table =
            TableReader::read(path, {}, &error, [&](const QStringList &row, qint64 line) {
                ++count;
                lastLine = line;
                return row.size() == 3;
            });
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(count, 50000);
        QCOMPARE(lastLine, 50001);
        QVERIFY(table->rows.isEmpty()); // nothing kept
        // Stopping early is allowed.
        count = 0;
        QVERIFY(TableReader::read(path, {}, &error,
                                  [&](const QStringList &, qint64) { return ++count < 10; }));
        QCOMPARE(count, 10);
    }

    void xlsxFromTwoWriters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("share");
        QTest::newRow("openpyxl") << fixture("kpis-openpyxl.xlsx") << QString();
        QTest::newRow("libreoffice") << fixture("kpis-libreoffice.xlsx") << QStringLiteral("38");
    }

    void xlsxFromTwoWriters()
    {
        QFETCH(QString, file);
        QFETCH(QString, share);
        QString error;
        const auto table = TableReader::read(file, {}, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sheets, QStringList({QStringLiteral("KPIs Q1"), QStringLiteral("Wide")}));
        QCOMPARE(table->columns.first(), QStringLiteral("target"));
        QCOMPARE(table->columns.size(), 7);
        QCOMPARE(table->rows.size(), 5);
        // Numbers as stored, dates by their style, booleans, a formula's cached value.
        QCOMPARE(table->rows[0], QStringList({"renewal-form", "drop-off", "0.38", "2026-03-31",
                                              "existing", "TRUE", share})
                                     .mid(0, share.isEmpty() ? 6 : 7));
        QCOMPARE(table->rows[1].value(5), QStringLiteral("FALSE"));
        QCOMPARE(table->rows[2].value(2), QStringLiteral("00:03:20"));
        QCOMPARE(table->rows[2].value(3), QStringLiteral("2026-01-02 13:45:00"));
        QCOMPARE(table->rows[2].value(4), QStringLiteral("Grüße 😀"));
        // Sparse cells land in their columns; a merged cell's value is in its first cell.
        QCOMPARE(table->rows[3], QStringList({"portal", "", "", "", "all"}));
        QCOMPARE(table->rows[4], QStringList({"merged"}));
        TableReader::Options wide;
        wide.sheet = QStringLiteral("Wide");
        const auto second = TableReader::read(file, wide, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->rows, QList<QStringList>({{"compare", "0.42", "3.9"}}));
        wide.sheet = QStringLiteral("Nope");
        QVERIFY(!TableReader::read(file, wide, &error));
        QVERIFY(error.contains(QStringLiteral("no sheet \"Nope\" (it has: KPIs Q1, Wide)")));
    }

    void hostileAndForeignFiles_data()
    {
        QTest::addColumn<Parts>("parts");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a workbook")
            << Parts{{"readme.txt", "hello"}} << "this ZIP file is not an Excel workbook";
        QTest::newRow("xlsb") << Parts{{"xl/workbook.bin", "x"}} << ".xlsb";
        QTest::newRow("zip bomb") << Parts{{"xl/workbook.xml", workbook},
                                           {"xl/worksheets/sheet1.xml", QByteArray(40 << 20, ' ')}}
                                  << "zip bomb";
        QTest::newRow("malformed xml")
            << Parts{{"xl/workbook.xml", workbook},
                     {"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>"}}
            << "is not well-formed XML";
        QTest::newRow("entity trick")
            << Parts{{"xl/workbook.xml", workbook},
                     {"xl/worksheets/sheet1.xml",
                      "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                      "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet><sheetData><row r=\"1\"><c "
                      "t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>"}}
            << "declares a DTD";
        QTest::newRow("no sheets") << Parts{{"xl/workbook.xml", "<workbook/>"}} << "has no sheets";
    }

    void hostileAndForeignFiles()
    {
        QFETCH(Parts, parts);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("%1.xlsx").arg(QTest::currentDataTag()));
        QVERIFY(makeZip(path, parts));
        QString error;
        QVERIFY(!TableReader::read(path, {}, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(error.startsWith(path)); // the message names the file
    }

    // Findings of a probe: each cell that cannot be read right is refused, naming the cell.
    void badCellsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<bool>("withShared");
        QTest::addColumn<QString>("reason");
        const QByteArray head = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                                "<is><t>Stage</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>"
                                "Value</t></is></c></row><row r=\"2\">";
        const QByteArray tail = "</row></sheetData></worksheet>";
        auto sheet = [&](const QByteArray &cells) { return head + cells + tail; };
        QTest::newRow("eight letters") << sheet("<c r=\"ZZZZZZZZ2\"><v>1</v></c>") << true
                                       << "the cell reference \"ZZZZZZZZ2\" is not a column";
        QTest::newRow("wraps to A") << sheet("<c r=\"GLPUJJUW2\"><v>1</v></c>") << true
                                    << "\"GLPUJJUW2\" is not a column from A to XFD";
        QTest::newRow("beyond XFD")
            << sheet("<c r=\"XFE2\"><v>1</v></c>") << true << "\"XFE2\" is not a column";
        QTest::newRow("shared text abc") << sheet("<c r=\"A2\" t=\"s\"><v>abc</v></c>") << true
                                         << "cell A2: it refers to shared text abc";
        QTest::newRow("shared text 2^31")
            << sheet("<c r=\"B2\" t=\"s\"><v>2147483648</v></c>") << true
            << "cell B2: it refers to shared text 2147483648, but the workbook has 1 shared text";
        QTest::newRow("shared text 999999") << sheet("<c r=\"A2\" t=\"s\"><v>999999</v></c>")
                                            << true << "cell A2: it refers to shared text 999999";
        QTest::newRow("no shared texts")
            << sheet("<c r=\"A2\" t=\"s\"><v>0</v></c>") << false
            << "cell A2: it refers to shared text 0, but the workbook has no shared texts";
        for (const char *serial : {"-1e300", "nan", "-inf", "1e20", "2958466"})
            QTest::newRow(serial) << sheet(QByteArray("<c r=\"B2\" s=\"1\"><v>") + serial +
                                           "</v></c>")
                                  << true
                                  << QString("cell B2: the date %1 is outside Excel's dates")
                                         .arg(QLatin1String(serial));
    }
    void badCellsAreNamed()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(bool, withShared);
        QFETCH(QString, reason);
        const QString path =
            m_dir.filePath(QStringLiteral("cell-%1.xlsx").arg(QTest::currentDataTag()));
        Parts parts{{"xl/workbook.xml", workbook},
                    {"xl/worksheets/sheet1.xml", sheet},
                    {"xl/styles.xml", "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf "
                                      "numFmtId=\"14\"/></cellXfs></styleSheet>"}};
        if (withShared)
            parts.append(std::pair<QString, QByteArray>("xl/sharedStrings.xml",
                                                        "<sst><si><t>Hotline</t></si></sst>"));
        QVERIFY(makeZip(path, parts));
        QString error;
        QVERIFY(!TableReader::read(path, {}, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(error.startsWith(path));
    }

    void valuesFarRightStayNarrow()
    {
        // One value per row in column XFD: the table is one column wide, not 16,384.
        QByteArray sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                           "<t>Stage</t></is></c></row>";
        for (int r = 2; r <= 4001; ++r)
            sheet += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) +
                     "\"><v>" + QByteArray::number(r) + "</v></c></row>";
        sheet += "</sheetData></worksheet>";
        const QString path = m_dir.filePath(QStringLiteral("xfd.xlsx"));
        QVERIFY(
            makeZip(path, {{"xl/workbook.xml", workbook}, {"xl/worksheets/sheet1.xml", sheet}}));
        QString error;
        const auto table = TableReader::read(path, {}, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->columns, QStringList{"Stage"});
        QCOMPARE(table->rows.size(), 4000);
        QCOMPARE(table->rows.first(), (QStringList{QString(), "2"}));
        QCOMPARE(table->rows.last(), (QStringList{QString(), "4001"}));

        // A value on a diagonal of a huge sheet cannot be kept as a table of rows: refused.
        QByteArray diagonal = "<worksheet><sheetData>";
        auto name = [](int c) {
            QByteArray n;
            for (++c; c > 0; c = (c - 1) / 26)
                n.prepend(char('A' + (c - 1) % 26));
            return n;
        };
        for (int r = 1; r <= 16384; ++r)
            diagonal += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"" + name(r - 1) +
                        QByteArray::number(r) + "\"><v>1</v></c></row>";
        diagonal += "</sheetData></worksheet>";
        const QString sparse = m_dir.filePath(QStringLiteral("diagonal.xlsx"));
        QVERIFY(makeZip(sparse,
                        {{"xl/workbook.xml", workbook}, {"xl/worksheets/sheet1.xml", diagonal}}));
        QVERIFY(!TableReader::read(sparse, {}, &error));
        QVERIFY2(error.contains("spread so thinly"), qPrintable(error));
        // Streamed rows are not kept, so the same sheet streams.
        int rows = 0;
        QVERIFY2(TableReader::read(sparse, {}, &error,
                                   [&](const QStringList &, qint64) { return ++rows > 0; }),
                 qPrintable(error));
        QCOMPARE(rows, 16383);
    }

    void emptyZipIsNoCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'));
        f.close();
        QString error;
        QVERIFY(!TableReader::read(path, {}, &error));
        QVERIFY2(error.contains("not an Excel workbook") || error.contains("damaged"),
                 qPrintable(error));
    }

    void unicodeWithoutByteOrderMark_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-16LE") << "UTF-16LE";
        QTest::newRow("UTF-16BE") << "UTF-16BE";
        QTest::newRow("UTF-32LE") << "UTF-32LE";
        QTest::newRow("UTF-32BE") << "UTF-32BE";
    }
    void unicodeWithoutByteOrderMark()
    {
        QFETCH(QString, encoding);
        const auto which = QStringConverter::encodingForName(encoding.toLatin1().constData());
        QVERIFY(which);
        QStringEncoder encode(*which, QStringConverter::Flag::Stateless);
        const QByteArray bytes =
            encode(QStringLiteral("Stage;Wartezeit\nHotline;12,5\nKündigung;3\n"));
        QVERIFY(!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"));
        const QString path = m_dir.filePath(encoding + QStringLiteral(".csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QString error;
        const auto table = TableReader::read(path, {}, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->encoding, encoding);
        QCOMPARE(table->columns, (QStringList{"Stage", "Wartezeit"}));
        QCOMPARE(table->rows.last(), (QStringList{"Kündigung", "3"}));
        QVERIFY(table->note.contains(encoding));
        // NUL bytes in no pattern are not text.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray("a,b\n\0\0\x01x\0,\0\0\0q\0\0", 16));
        f.close();
        QVERIFY(!TableReader::read(path, {}, &error));
        QVERIFY2(error.contains("NUL bytes"), qPrintable(error));
    }

    void oldExcelAndDamagedZip()
    {
        const QString xls = m_dir.filePath(QStringLiteral("old.xls"));
        QFile f(xls);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest of an OLE file");
        f.close();
        QString error;
        QVERIFY(!TableReader::read(xls, {}, &error));
        QVERIFY2(error.contains(QStringLiteral(".xls")), qPrintable(error));
        const QString broken = m_dir.filePath(QStringLiteral("broken.xlsx"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("PK\x03\x04 this is not really a zip");
        b.close();
        QVERIFY(!TableReader::read(broken, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(!TableReader::read(m_dir.filePath(QStringLiteral("missing.csv")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("missing.csv")));
    }
};

QTEST_MAIN(TestTableReader)
#include "tst_tablereader.moc"
