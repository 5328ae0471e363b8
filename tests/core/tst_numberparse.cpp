// SPDX-License-Identifier: GPL-3.0-or-later
// The cases are tables of literal text; plain string literals keep them readable.
#undef QT_NO_CAST_FROM_ASCII
#include "io/numberparse.h"

#include <QLocale>
#include <QTest>

using namespace waymark;
using NumberParse::DecimalMark;

class TestNumberParse : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("comma");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("percent");
        QTest::addColumn<bool>("duration");
        QTest::newRow("german thousands") << "1.234,5" << true << 1234.5 << false << false;
        QTest::newRow("english thousands") << "1,234.5" << false << 1234.5 << false << false;
        QTest::newRow("german percent") << "12,5 %" << true << 12.5 << true << false;
        QTest::newRow("fraction") << "0.125" << false << 0.125 << false << false;
        QTest::newRow("negative") << "-3" << false << -3.0 << false << false;
        QTest::newRow("unicode minus") << "−2,5" << true << -2.5 << false << false;
        QTest::newRow("spaced thousands") << "1 234 567,8" << true << 1234567.8 << false << false;
        QTest::newRow("swiss") << "1'234.5" << false << 1234.5 << false << false;
        QTest::newRow("clock hms") << "00:03:20" << true << 200.0 << false << true;
        QTest::newRow("clock ms") << "3:20" << false << 200.0 << false << true;
        QTest::newRow("seconds") << "200 s" << false << 200.0 << false << true;
        QTest::newRow("minutes") << "4 min" << true << 240.0 << false << true;
        QTest::newRow("hours") << "1,5 h" << true << 5400.0 << false << true;
        QTest::newRow("german hours") << "2 Std." << true << 7200.0 << false << true;
        QTest::newRow("exponent") << "1.5e3" << false << 1500.0 << false << false;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, comma);
        QFETCH(double, value);
        QFETCH(bool, percent);
        QFETCH(bool, duration);
        const auto v = NumberParse::parse(text, comma ? DecimalMark::Comma : DecimalMark::Point);
        QVERIFY2(v, qPrintable(text));
        QCOMPARE(v->number, value);
        QCOMPARE(v->percent, percent);
        QCOMPARE(v->duration, duration);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("comma");
        QTest::newRow("empty") << "" << false;
        QTest::newRow("words") << "n/a" << false;
        QTest::newRow("bad grouping") << "1,23,4.5" << false;
        QTest::newRow("two decimals") << "1.2.3" << false;
        QTest::newRow("german read as english") << "1.234,5" << false;
        QTest::newRow("inf") << "1e999" << false;
        QTest::newRow("bad clock") << "12:75" << false;
        // Finite or refused: these used to be stored as Inf.
        QTest::newRow("1e308 days") << "1e308 d" << false;
        QTest::newRow("400-digit clock") << QString(400, u'9') + ":00" << false;
        QTest::newRow("400-digit hms") << QString(400, u'9') + ":00:00" << false;
        QTest::newRow("beyond 10^15") << "2e15" << false;
        QTest::newRow("huge percent") << "1e300 %" << false;
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(bool, comma);
        QVERIFY(!NumberParse::parse(text, comma ? DecimalMark::Comma : DecimalMark::Point));
    }

    void guessesTheMark()
    {
        QCOMPARE(NumberParse::guessMark({"1.234,5", "3,1", "12,5 %"}), DecimalMark::Comma);
        QCOMPARE(NumberParse::guessMark({"1,234.5", "0.125", "3.1"}), DecimalMark::Point);
        QCOMPARE(NumberParse::guessMark({"12", "7"}), DecimalMark::Point);
        QCOMPARE(NumberParse::explain("1.234,5", DecimalMark::Comma), QString("1.234,5 → 1234.5"));
        QCOMPARE(NumberParse::explain("12,5 %", DecimalMark::Comma), QString("12,5 % → 12.5 %"));
        QCOMPARE(NumberParse::explain("abc", DecimalMark::Comma), QString("abc → ?"));
        // The reading is shown in the user's number format: a German user sees a comma.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(NumberParse::explain("15,2 %", DecimalMark::Comma), QString("15,2 % → 15,2 %"));
        QCOMPARE(NumberParse::explain("1.234,5", DecimalMark::Comma), QString("1.234,5 → 1234,5"));
        QCOMPARE(NumberParse::explain("15.2 %", DecimalMark::Point), QString("15.2 % → 15,2 %"));
        QLocale::setDefault(before);
    }
};

QTEST_GUILESS_MAIN(TestNumberParse)
#include "tst_numberparse.moc"
