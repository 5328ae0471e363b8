// SPDX-License-Identifier: GPL-3.0-or-later
// The event-log engine, survey and contact formulas against hand-worked examples (the
// working is in the comments and in core/analytics/DEFINITIONS.md).
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"

#include "analytics/eventlog.h"
#include "analytics/eventlogdetail.h"
#include "analytics/flow.h"
#include "analytics/journeymetrics.h"
#include "analytics/survey.h"
#include "document/document.h"
#include "document/templates.h"

#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace waymark;
using namespace waymark::test;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

EventLogOptions columns(int caseId = 0, int time = 1, int activity = 2)
{
    EventLogOptions o;
    o.columns.caseId = caseId;
    o.columns.time = time;
    o.columns.activity = activity;
    o.maxVariants = 0;
    return o;
}

const ActivityStats &stats(const EventLogAnalysis &a, const QString &activity, int slice = 0)
{
    static const ActivityStats none;
    const qsizetype i = a.activities.indexOf(activity);
    return i < 0 ? none : a.slices[slice].activities[i];
}

// The worked log: nine rows out of order, four timestamp forms, a tie, a loop, a one-event
// case. See DEFINITIONS.md, "Worked example".
const QByteArray workedLog = "case,time,activity\n"
                             "B,2026-01-01T10:02:00Z,Cart\n"
                             "A,2026-01-01T10:05:00Z,Home\n"
                             "A,2026-01-01T10:01:00Z,Search\n"
                             "C,1767261600,Search\n"
                             "A,2026-01-01 10:00:00Z,Home\n"
                             "A,2026-01-01T10:01:00.000Z,Search\n"
                             "B,2026-01-01 11:00:00+01:00,Home\n"
                             "A,2026-01-01T10:01:00Z,Compare\n"
                             "A,2026/01/01 10:06:30,Cart\n";

// Every figure of b as in a (QCOMPARE: the caller checks QTest::currentTestFailed()).
void sameFigures(const EventLogAnalysis &b, const EventLogAnalysis &a)
{
    QCOMPARE(b.events, a.events);
    QCOMPARE(b.cases, a.cases);
    QCOMPARE(b.activities, a.activities);
    QCOMPARE(b.slices.size(), a.slices.size());
    for (qsizetype n = 0; n < a.slices.size(); ++n) {
        const EventLogSlice &p = a.slices[n], &q = b.slices[n];
        QCOMPARE(q.period, p.period);
        QCOMPARE(q.segment, p.segment);
        QCOMPARE(q.cases, p.cases);
        QCOMPARE(q.events, p.events);
        QCOMPARE(q.throughputMedian, p.throughputMedian);
        QCOMPARE(q.throughputP90, p.throughputP90);
        QCOMPARE(q.stageReached, p.stageReached);
        QCOMPARE(q.stageConverted, p.stageConverted);
        QCOMPARE(q.closedReached, p.closedReached);
        QCOMPARE(q.closedCases, p.closedCases);
        for (qsizetype i = 0; i < a.activities.size(); ++i) {
            const ActivityStats &x = p.activities[i], &y = q.activities[i];
            QCOMPARE(y.events, x.events);
            QCOMPARE(y.reach, x.reach);
            QCOMPARE(y.repeaters, x.repeaters);
            QCOMPARE(y.exits, x.exits);
            QCOMPARE(y.entries, x.entries);
            QCOMPARE(y.selfLoops, x.selfLoops);
            QCOMPARE(y.repetitions, x.repetitions);
            QCOMPARE(y.medianDwell, x.medianDwell);
            QCOMPARE(y.p90Dwell, x.p90Dwell);
        }
    }
    QVERIFY(a.slices[0].throughputMedian.has_value());
    QVERIFY(a.slices[0].activities[0].medianDwell.has_value());
    QCOMPARE(b.variantCount, a.variantCount);
    QCOMPARE(b.variants.size(), a.variants.size());
    for (qsizetype i = 0; i < a.variants.size(); ++i) {
        QCOMPARE(b.variants[i].path, a.variants[i].path);
        QCOMPARE(b.variants[i].count, a.variants[i].count);
    }
    QCOMPARE(b.transitions.size(), a.transitions.size());
    for (qsizetype i = 0; i < a.transitions.size(); ++i) {
        QCOMPARE(b.transitions[i].from, a.transitions[i].from);
        QCOMPARE(b.transitions[i].to, a.transitions[i].to);
        QCOMPARE(b.transitions[i].count, a.transitions[i].count);
        QCOMPARE(b.transitions[i].medianSeconds, a.transitions[i].medianSeconds);
    }
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<bool>("naive");
        const qint64 t = utc(2026, 3, 29, 10, 2, 3);
        QTest::newRow("Z") << "2026-03-29T10:02:03Z" << t << false;
        QTest::newRow("space") << "2026-03-29 10:02:03" << t << true;
        QTest::newRow("offset") << "2026-03-29T12:02:03+02:00" << t << false;
        QTest::newRow("offset no colon") << "2026-03-29T05:02:03-0500" << t << false;
        QTest::newRow("offset hours") << "2026-03-29T11:02:03+01" << t << false;
        QTest::newRow("fraction") << "2026-03-29T10:02:03.25Z" << t + 250000 << false;
        QTest::newRow("nanoseconds") << "2026-03-29T10:02:03.123456789Z" << t + 123456 << false;
        QTest::newRow("slashes") << "2026/03/29 10:02:03.5" << t + 500000 << true;
        QTest::newRow("German") << "29.03.2026 10:02:03" << t << true;
        QTest::newRow("German no seconds") << "29.03.2026 10:02" << t - 3000000 << true;
        QTest::newRow("date") << "2026-03-29" << utc(2026, 3, 29, 0, 0, 0) << true;
        QTest::newRow("epoch") << "1774778523" << t << false;
        QTest::newRow("epoch ms") << "1774778523250" << t + 250000 << false;
        QTest::newRow("epoch decimals") << "1774778523.5" << t + 500000 << false;
        QTest::newRow("padded") << "  2026-03-29T10:02:03Z " << t << false;
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << utc(2024, 2, 29, 0, 0, 0) << false;
        QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << qint64(-1000000) << false;
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        QFETCH(bool, naive);
        qint64 got = 0;
        bool gotNaive = !naive;
        QVERIFY(Timestamp::parse(text.toUtf8(), &got, &gotNaive));
        QCOMPARE(got, micros);
        QCOMPARE(gotNaive, naive);
    }
    void badTimestamps()
    {
        for (const char *bad :
             {"", "yesterday", "2026-13-01", "2026-02-29T00:00:00Z", "2026-01-32",
              "2026-01-01T24:00", "2026-01-01T10:60", "2026-01-01T10:00:61",
              "2026-01-01T10:00:00+25:00", "2026-01-01T10:00:00 Berlin", "31.02.2026 10:00",
              "12345678901234", "1.5e9", "2026-01-01X10:00", "2026-01-01T10:00:00.Z",
              // Found by fuzz_eventlog: a long run of digits overflowed (UBSan).
              "1774778532254778532254778532254778532"}) {
            qint64 t = 0;
            bool naive = false;
            QVERIFY2(!Timestamp::parse(QByteArray(bad), &t, &naive), bad);
        }
    }

    // The quick reader of the usual forms (2026-03-29T10:02:03 with 'T' or a space, then
    // nothing, 'Z' or an offset) against QDateTime, over years 1 to 9999; any digit replaced
    // by another byte (including bytes of UTF-8 sequences) is not a time.
    void usualFormsAgreeWithQt()
    {
        QRandomGenerator rnd(11);
        for (int n = 0; n < 20000; ++n) {
            const int year =
                n % 10 == 0 ? 1 + int(rnd.bounded(9999)) : 1900 + int(rnd.bounded(300));
            const QDate date =
                QDate(year, 1, 1).addDays(rnd.bounded(QDate(year, 1, 1).daysInYear()));
            const QTime time(int(rnd.bounded(24)), int(rnd.bounded(60)), int(rnd.bounded(60)));
            const int offsetMinutes =
                (int(rnd.bounded(27)) - 13) * 60 + (n % 3 ? 0 : 30); // Qt: +-14 h
            const QDateTime local(date, time, QTimeZone(offsetMinutes * 60));
            const qint64 utcMicros =
                QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
            const QString wall = QStringLiteral("%1-%2")
                                     .arg(year, 4, 10, QLatin1Char('0'))
                                     .arg(date.toString("MM-dd"));
            const QString clock = time.toString("HH:mm:ss");
            const QString offset = QStringLiteral("%1%2:%3")
                                       .arg(offsetMinutes < 0 ? '-' : '+')
                                       .arg(std::abs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                                       .arg(std::abs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
            const struct
            {
                QString text;
                qint64 micros;
                bool naive;
            } forms[] = {{wall + 'T' + clock + 'Z', utcMicros, false},
                         {wall + ' ' + clock, utcMicros, true},
                         {wall + 'T' + clock, utcMicros, true},
                         {wall + 'T' + clock + offset, local.toMSecsSinceEpoch() * 1000, false}};
            for (const auto &f : forms) {
                const QByteArray text = f.text.toUtf8();
                qint64 got = 0;
                bool naive = !f.naive;
                QVERIFY2(Timestamp::parse(text, &got, &naive), text.constData());
                QVERIFY2(got == f.micros && naive == f.naive, text.constData());
                if (n % 50) continue;
                for (qsizetype i = 0; i < text.size(); ++i) {
                    if (!std::isdigit(uchar(text[i]))) continue;
                    for (char c : {'x', '/', '\x05', '\xb0', '\xff', ':'}) {
                        QByteArray bad = text;
                        bad[i] = c;
                        QVERIFY2(!Timestamp::parse(bad, &got, &naive), bad.constData());
                    }
                }
            }
        }
    }

    void workedExample()
    {
        QString error;
        const auto a = EventLog::analyzeBytes(workedLog, columns(), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->activities, QStringList({"Cart", "Compare", "Home", "Search"}));
        QCOMPARE(a->cases, 3);
        QCOMPARE(a->events, 9);
        QCOMPARE(a->badRowCount, 0);
        const ActivityStats &home = stats(*a, "Home"), &search = stats(*a, "Search"),
                            &compare = stats(*a, "Compare"), &cart = stats(*a, "Cart");
        QCOMPARE(home.events, 3);
        QCOMPARE(home.reach, 2);
        QCOMPARE(home.repeaters, 1);
        QCOMPARE(home.entries, 2);
        QCOMPARE(home.exits, 0);
        QCOMPARE(home.repetitions, 1); // A comes back to Home after Search and Compare
        QCOMPARE(home.selfLoops, 0);
        QCOMPARE(*home.medianDwell, 90.0); // [60, 90, 120]
        QCOMPARE(*home.p90Dwell, 90.0);    // index floor(2 * 0.9) = 1
        QCOMPARE(search.events, 3);
        QCOMPARE(search.reach, 2);
        QCOMPARE(search.repeaters, 1);
        QCOMPARE(search.entries, 1); // C
        QCOMPARE(search.exits, 1);   // C
        QCOMPARE(search.selfLoops, 1);
        QCOMPARE(search.repetitions, 0); // immediately repeated is a loop, not a repetition
        QCOMPARE(*search.medianDwell, 0.0);
        QCOMPARE(compare.events, 1);
        QCOMPARE(*compare.medianDwell, 240.0);
        QCOMPARE(cart.exits, 2);
        QCOMPARE(cart.exitRate(), 1.0);
        QVERIFY(!cart.medianDwell);
        QVERIFY(!cart.p90Dwell);
        QCOMPARE(*a->all().throughputMedian, 120.0); // [0, 120, 390]
        QCOMPARE(*a->all().throughputP90, 120.0);
        // Transitions, most frequent first.
        QCOMPARE(a->transitions.size(), 5);
        const EventLogTransition &top = a->transitions.first();
        QCOMPARE(a->activities[top.from], QString("Home"));
        QCOMPARE(a->activities[top.to], QString("Cart"));
        QCOMPARE(top.count, 2);
        QCOMPARE(top.medianSeconds, 90.0);
        // Variants: ties in path order (by activity index: Cart 0, Compare 1, Home 2, ...).
        QCOMPARE(a->variantCount, 3);
        QCOMPARE(a->variants[0].path, QList<int>({2, 0}));
        QCOMPARE(a->variants[1].path, QList<int>({2, 3, 1, 2, 0}));
        QCOMPARE(a->variants[2].path, QList<int>({3}));
        QCOMPARE(a->variants[2].share, 1.0 / 3);
    }

    void funnel()
    {
        EventLogOptions o = columns();
        o.stageCount = 3;
        o.stageOf = [](const QString &activity) {
            return activity == "Home" ? 0 : activity == "Cart" ? 2 : 1;
        };
        QString error;
        const auto a = EventLog::analyzeBytes(workedLog, o, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->all().stageReached, QList<qint64>({2, 2, 2}));
        QCOMPARE(a->all().stageConverted, QList<qint64>({0, 1, 1}));
        QCOMPARE(a->all().closedCases, 2); // A and B start at the first stage; C does not
        QCOMPARE(a->all().closedReached, QList<qint64>({2, 1, 1})); // B skips stage 2
    }

    void periodsAndSegments()
    {
        const QByteArray log = "id;when;step;segment\n"
                               "1;2026-01-31T23:30:00Z;A;new\n"
                               "1;2026-02-01T00:30:00Z;B;new\n"
                               "2;2026-02-03T08:00:00Z;A;\n"
                               "2;2026-02-03T08:10:00Z;A;old\n";
        EventLogOptions o = columns();
        o.columns.segment = 3;
        o.period = PeriodCut::Month;
        QString error;
        auto a = EventLog::analyzeBytes(log, o, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->delimiter, QChar(';'));
        QStringList keys;
        for (const EventLogSlice &s : a->slices)
            keys.append(s.period + "/" + s.segment);
        QCOMPARE(keys, QStringList({"/", "/new", "/old", "2026-01/", "2026-01/new", "2026-02/",
                                    "2026-02/new", "2026-02/old"}));
        QCOMPARE(stats(*a, "A", keys.indexOf("2026-02/")).events, 2);
        QCOMPARE(stats(*a, "A", keys.indexOf("2026-02/")).repeaters, 1);
        QCOMPARE(stats(*a, "A", keys.indexOf("/old")).events, 1);
        QCOMPARE(stats(*a, "B", keys.indexOf("2026-02/new")).exits, 1);
        // A case counts in the period of its first event.
        QCOMPARE(a->slices[keys.indexOf("2026-01/")].cases, 1);
        QCOMPARE(a->slices[keys.indexOf("2026-02/")].cases, 1);
        // In Berlin the first event is in February already.
        o.zone = QTimeZone("Europe/Berlin");
        a = EventLog::analyzeBytes(log, o, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->slices.size(), 6); // all, new, old, and each in February
        QCOMPARE(a->slices[3].period, QString("2026-02"));
        QCOMPARE(a->slices[3].cases, 2);
        // Weeks and quarters.
        o.period = PeriodCut::Week;
        a = EventLog::analyzeBytes(log, o, &error);
        QCOMPARE(a->slices[3].period, QString("2026-W05"));
        o.period = PeriodCut::Quarter;
        a = EventLog::analyzeBytes(log, o, &error);
        QCOMPARE(a->slices[3].period, QString("2026-Q1"));
    }

    void naiveTimesInAZone()
    {
        const QByteArray log = "case,time,activity\n"
                               "X,2026-01-01 12:00:00,winter\n"
                               "X,2026-07-01 12:00:00,summer\n";
        EventLogOptions o = columns();
        o.zone = QTimeZone("Europe/Berlin");
        QString error;
        const auto a = EventLog::analyzeBytes(log, o, &error);
        QVERIFY2(a, qPrintable(error));
        // 11:00Z in winter, 10:00Z in summer: 181 days less one hour.
        QCOMPARE(*stats(*a, "winter").medianDwell, 181.0 * 86400 - 3600);
    }

    void lifecycleAndFixtures()
    {
        const QString dir = QStringLiteral(WAYMARK_TESTDATA "/eventlogs/");
        QString error;
        auto header = EventLog::readHeader(dir + "bupar-patients-120.csv", &error);
        QVERIFY(header);
        EventLogOptions o;
        o.columns = EventLogColumns::guess(*header);
        QCOMPARE(header->value(o.columns.caseId), QString("patient"));
        QCOMPARE(header->value(o.columns.activity), QString("handling"));
        QCOMPARE(header->value(o.columns.lifecycle), QString("registration_type"));
        auto a = EventLog::analyze(dir + "bupar-patients-120.csv", o, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->rows, 1314);
        QCOMPARE(a->skippedRows, 657); // the start rows
        QCOMPARE(a->events, 657);
        QCOMPARE(a->cases, 120);
        QCOMPARE(stats(*a, "Registration").entries, 120);
        QCOMPARE(stats(*a, "Check-out").exits, 120);

        // pm4py's running example: an unnamed index column, +01:00 offsets.
        header = EventLog::readHeader(dir + "pm4py-running-example.csv", &error);
        QVERIFY(header);
        QCOMPARE(header->first(), QString());
        o.columns = EventLogColumns::guess(*header);
        QCOMPARE(header->value(o.columns.caseId), QString("case:concept:name"));
        QCOMPARE(header->value(o.columns.time), QString("time:timestamp"));
        QCOMPARE(header->value(o.columns.activity), QString("concept:name"));
        a = EventLog::analyze(dir + "pm4py-running-example.csv", o, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->cases, 6);
        QCOMPARE(a->events, 42);
        QCOMPARE(a->activities.size(), 8);
        QCOMPARE(stats(*a, "register request").entries, 6);
        QCOMPARE(stats(*a, "pay compensation").exits + stats(*a, "reject request").exits, 6);
        QCOMPARE(stats(*a, "reinitiate request").events, 3);
        QCOMPARE(a->variantCount, 6);
    }

    void badRows()
    {
        // Line numbers count the header and the line break inside a quoted field.
        QByteArray log = "case,time,activity\n"
                         "A,2026-01-01T10:00:00Z,\"two\nlines\"\n"
                         ",2026-01-01T10:00:00Z,Home\n" // line 4: no case
                         "A,tomorrow,Home\n"            // line 5
                         "A,2026-01-01T10:01:00Z\n";    // line 6: short
        for (int i = 0; i < 200; ++i)
            log += "B,2026-01-01T10:00:00Z,Home\n";
        EventLogOptions o = columns();
        QString error;
        auto a = EventLog::analyzeBytes(log, o, &error);
        QVERIFY(!a);
        QVERIFY2(error.contains("3 of 204 rows cannot be read"), qPrintable(error));
        QVERIFY2(error.contains("line 4: no case id"), qPrintable(error));
        QVERIFY2(error.contains("line 5: \"tomorrow\" is not a time"), qPrintable(error));
        o.maxBadShare = 0.05;
        a = EventLog::analyzeBytes(log, o, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->badRowCount, 3);
        QCOMPARE(a->badRows.size(), 3);
        QCOMPARE(a->badRows[0].line, 4);
        QCOMPARE(a->badRows[1].line, 5);
        QCOMPARE(a->badRows[2].line, 6);
        QVERIFY(a->badRows[2].reason.contains("has 2 column"));
        QCOMPARE(a->activities.first(), QString("Home"));
        QCOMPARE(a->activities.last(), QString("two\nlines"));
    }

    void refusals()
    {
        QString error;
        EventLogOptions o = columns();
        QVERIFY(!EventLog::analyzeBytes("", o, &error));
        QVERIFY(error.contains("empty"));
        QVERIFY(!EventLog::analyzeBytes("case,time,activity\n", o, &error));
        QVERIFY2(error.contains("no rows"), qPrintable(error));
        QVERIFY(!EventLog::analyzeBytes("case,time,activity\nA,2026-01-01,\"open\n", o, &error));
        QVERIFY2(error.contains("line 2") && error.contains("never closed"), qPrintable(error));
        QVERIFY(!EventLog::analyzeBytes("a,b\n1,2\n", o, &error));
        QVERIFY2(error.contains("has 2 column"), qPrintable(error));
        QVERIFY(!EventLog::analyzeBytes(QByteArray("PK\x03\x04rest", 8), o, &error));
        QVERIFY(error.contains("ZIP"));
        QVERIFY(!EventLog::analyzeBytes(QByteArray("a\0b\0c\0\0\0\0\0\0", 12), o, &error));
        QVERIFY(error.contains("NUL"));
        o.columns.activity = -1;
        QVERIFY(!EventLog::analyzeBytes(workedLog, o, &error));
        QVERIFY(error.contains("choose"));
        // Cancelled from another thread: stops with a message, no result.
        EventLogControl control;
        control.cancel = true;
        o = columns();
        o.control = &control;
        QByteArray big = "case,time,activity\n";
        while (big.size() < (3 << 20))
            big += "A,2026-01-01T10:00:00Z,Home\n";
        QVERIFY(!EventLog::analyzeBytes(big, o, &error));
        QCOMPARE(error, QString("cancelled"));
    }

    void encodingsAndQuotes()
    {
        const QString text = "\uFEFFcase;time;activity\r\n"
                             "A;2026-01-01T10:00:00Z;\"Caf\u00e9, \"\"Zur Post\"\"\"\r\n"
                             "A;2026-01-01T10:00:05Z;Kasse\r\n";
        QString error;
        for (const char *enc : {"UTF-8", "UTF-16LE", "UTF-16BE"}) {
            QStringEncoder e(enc);
            const QByteArray bytes = e(text);
            const auto a = EventLog::analyzeBytes(bytes, columns(), &error);
            QVERIFY2(a, qPrintable(error));
            QCOMPARE(a->activities.first(), QString("Caf\u00e9, \"Zur Post\""));
            QCOMPARE(*stats(*a, "Caf\u00e9, \"Zur Post\"").medianDwell, 5.0);
        }
        // Not UTF-8: read as Windows-1252.
        const auto a = EventLog::analyzeBytes(
            "case,time,activity\nA,2026-01-01T10:00:00Z,Caf\xe9\nA,2026-01-01T10:00:01Z,\x80uro\n",
            columns(), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->encoding, QString("Windows-1252"));
        QVERIFY(a->activities.contains(QString("Caf\u00e9")));
        QVERIFY(a->activities.contains(QString("\u20acuro")));
    }

    // Large enough for two parts: the same figures with one thread, two and three (whose
    // tallies are merged), in every slice of period and segment, also when a quoted line
    // break sits where the second part would start.
    void partsAgree_data()
    {
        QTest::addColumn<bool>("quotedBreakAtCut");
        QTest::addColumn<QByteArray>("casePrefix");
        QTest::newRow("plain") << false << QByteArray("C");
        QTest::newRow("quoted break at the cut") << true << QByteArray("C");
        // Case ids of 17 to 21 bytes: kept beside the case table, not in its slots.
        QTest::newRow("long case ids") << false << QByteArray("urn:customer:");
    }
    void partsAgree()
    {
        QFETCH(bool, quotedBreakAtCut);
        QFETCH(QByteArray, casePrefix);
        QByteArray log = "case,time,activity,segment\n";
        QRandomGenerator rnd(7);
        const char *steps[] = {"Home", "Search", "Cart", "Pay", "Help"};
        while (log.size() < (6 << 20)) {
            if (quotedBreakAtCut && log.size() > (3 << 20) - 200 && log.size() < (3 << 20))
                log += "Q,2026-01-01T00:00:00Z,\"a\n" + QByteArray(300, 'x') + "\",\n";
            const int c = int(rnd.bounded(20000));
            log += casePrefix + QByteArray::number(c) + ",2026-01-0" +
                   QByteArray::number(1 + rnd.bounded(9)) + "T1" +
                   QByteArray::number(rnd.bounded(10)) + ":0" +
                   QByteArray::number(rnd.bounded(10)) + ":00Z," + steps[rnd.bounded(5)] + "," +
                   (c % 3 ? "Private" : "Business") + "\n";
        }
        EventLogOptions one = columns();
        one.columns.segment = 3;
        one.period = PeriodCut::Week; // 2026-01-01 to 04 is week 1, 05 to 09 week 2
        one.stageCount = 2;
        one.stageOf = [](const QString &a) {
            return a == "Home" || a == "Search" ? 0 : a == "Cart" || a == "Pay" ? 1 : -1;
        };
        one.threads = 1;
        QString error;
        const auto a = EventLog::analyzeBytes(log, one, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->slices.size(), 9); // all, 2 weeks, 2 segments, 2 x 2
        for (int threads : {2, 3}) {
            EventLogOptions more = one;
            more.threads = threads;
            const auto b = EventLog::analyzeBytes(log, more, &error);
            QVERIFY2(b, qPrintable(error));
            sameFigures(*b, *a);
            if (QTest::currentTestFailed()) return;
        }
    }

    // Records without quotes are cut at the bytes found 64 at a time; any record with a quote
    // is read field by field. Both must agree: the same log with every field quoted gives the
    // same figures, with fields of 0 to 150 bytes (records across the 64-byte blocks), line
    // ends \n, \r\n and \r, blank lines, a quote inside an unquoted field, quoted
    // delimiters and a last line without its line end.
    void quickCuttingAgreesWithQuotedFields()
    {
        QRandomGenerator rnd(5);
        QByteArray plain = "case,time,activity,note\n",
                   quoted = "\"case\",\"time\",\"activity\",\"note\"\n";
        const char *ends[] = {"\n", "\r\n", "\r"};
        const auto quote = [](QByteArray f) { return '"' + f.replace("\"", "\"\"") + '"'; };
        for (int row = 0; row < 3000; ++row) {
            const QByteArray end = ends[rnd.bounded(3)];
            if (row % 97 == 5) { // a blank line
                plain += end;
                quoted += end;
                continue;
            }
            QByteArray activity =
                "Step " + QByteArray(int(rnd.bounded(60)), char('a' + rnd.bounded(3)));
            if (row % 13 == 0) activity += "\"inch"; // a quote inside an unquoted field
            const QByteArray fields[4] = {"C" + QByteArray::number(rnd.bounded(300)),
                                          "2026-02-0" + QByteArray::number(1 + rnd.bounded(9)) +
                                              "T10:" + QByteArray::number(10 + rnd.bounded(50)) +
                                              ":00Z",
                                          activity, QByteArray(int(rnd.bounded(150)), 'n')};
            for (int k = 0; k < 4; ++k) {
                const bool quoteIt = k == 3 && row % 7 == 0; // quoted, with a delimiter inside
                plain += (k ? "," : "") + (quoteIt ? quote(fields[k] + ",x") : fields[k]);
                quoted += (k ? "," : "") + quote(quoteIt ? fields[k] + ",x" : fields[k]);
            }
            if (row + 1 < 3000) {
                plain += end;
                quoted += end;
            }
        }
        EventLogOptions o = columns();
        o.threads = 1;
        QString error;
        const auto a = EventLog::analyzeBytes(plain, o, &error);
        QVERIFY2(a, qPrintable(error));
        const auto b = EventLog::analyzeBytes(quoted, o, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(a->rows, b->rows);
        QCOMPARE(a->badRowCount, b->badRowCount);
        QCOMPARE(a->events, b->events);
        QCOMPARE(a->cases, b->cases);
        QCOMPARE(a->activities, b->activities);
        QVERIFY(a->activities.size() > 100);
        QVERIFY(a->activities.contains(QString("Step \"inch")));
        for (qsizetype i = 0; i < a->activities.size(); ++i) {
            QCOMPARE(a->all().activities[i].events, b->all().activities[i].events);
            QCOMPARE(a->all().activities[i].reach, b->all().activities[i].reach);
            QCOMPARE(a->all().activities[i].medianDwell, b->all().activities[i].medianDwell);
        }
        QCOMPARE(a->variantCount, b->variantCount);
    }

    // A file is read a window at a time (pread), cut after the window's last line break: the
    // same figures, rows and bad rows (with their line numbers) as the bytes in memory, with
    // windows from 64 bytes to 1 MB and one to three threads, for line ends \n, \r\n and \r,
    // quoted line breaks and delimiters, blank lines, a quoted field of 3,000 bytes without a
    // line break and one of 6,000 with many (longer than most windows), and a last line
    // without its end. A quote never closed is the same error on the same line. A file that
    // cannot be read (a pipe: pread fails) is an error, not a short log.
    void fileWindowsAgreeWithMemory()
    {
        QRandomGenerator rnd(31);
        QByteArray log = "case,time,activity,note\n";
        const char *ends[] = {"\n", "\r\n", "\n", "\r"};
        for (int row = 0; row < 3000; ++row) {
            const QByteArray end = ends[rnd.bounded(4)];
            if (row % 89 == 3) {
                log += end;
                continue;
            }
            QByteArray note = QByteArray(int(rnd.bounded(40)), 'n');
            if (row % 11 == 0) note = "\"a, b\nc\r\nd \"\"q\"\"\"";
            if (row == 1500) note = '"' + QByteArray(3000, 'x') + '"';
            if (row == 2100) {
                note = "\"";
                for (int k = 0; k < 60; ++k)
                    note += QByteArray(99, 'y') + "\n";
                note += "\"";
            }
            const QByteArray time =
                row % 250 == 7 ? QByteArray("soon")
                               : "2026-02-0" + QByteArray::number(1 + rnd.bounded(9)) +
                                     "T10:" + QByteArray::number(10 + rnd.bounded(50)) + ":00Z";
            log += "C" + QByteArray::number(rnd.bounded(200)) + "," + time + ",Step " +
                   QByteArray::number(rnd.bounded(12)) + "," + note;
            if (row + 1 < 3000) log += end;
        }
        const QString path = write("windows.csv", log);
        EventLogOptions o = columns(0, 1, 2);
        o.threads = 1;
        o.maxBadShare = 0.5;
        QString error;
        const auto memory = EventLog::analyzeBytes(log, o, &error);
        QVERIFY2(memory, qPrintable(error));
        QVERIFY(memory->badRowCount >= 10);
        QVERIFY(memory->events > 2900);
        for (qint64 window : {qint64(64), qint64(257), qint64(1000), qint64(4096), qint64(1 << 20)})
            for (int threads : {1, 2, 3}) {
                EventLogOptions f = o;
                f.windowBytes = window;
                f.threads = threads;
                f.minPartBytes = 1000;
                const auto file = EventLog::analyze(path, f, &error);
                QVERIFY2(
                    file,
                    qPrintable(
                        QString("window %1, %2 threads: %3").arg(window).arg(threads).arg(error)));
                QCOMPARE(file->rows, memory->rows);
                QCOMPARE(file->badRowCount, memory->badRowCount);
                QCOMPARE(file->badRows.size(), memory->badRows.size());
                for (qsizetype i = 0; i < memory->badRows.size(); ++i) {
                    QCOMPARE(file->badRows[i].line, memory->badRows[i].line);
                    QCOMPARE(file->badRows[i].reason, memory->badRows[i].reason);
                }
                sameFigures(*file, *memory);
                if (QTest::currentTestFailed()) return;
            }

        const QByteArray open = log + "\nC1,2026-02-01T10:00:00Z,Step 1,\"never closed\nC2,x,y,z\n";
        const QString openPath = write("open-quote.csv", open);
        QVERIFY(!EventLog::analyzeBytes(open, o, &error));
        const QString inMemory = error;
        QVERIFY2(inMemory.contains("never closed"), qPrintable(inMemory));
        for (qint64 window : {qint64(64), qint64(1000), qint64(1 << 20)}) {
            EventLogOptions f = o;
            f.windowBytes = window;
            QVERIFY(!EventLog::analyze(openPath, f, &error));
            QCOMPARE(error, openPath + ": " + inMemory);
        }

#ifdef Q_OS_UNIX
        using namespace EventLogDetail;
        int pipeEnds[2];
        QCOMPARE(pipe(pipeEnds), 0);
        const auto closePipe = qScopeGuard([&] {
            ::close(pipeEnds[0]);
            ::close(pipeEnds[1]);
        });
        ReadSetup setup{&o, ',', {}, pipeEnds[0], log.constData()};
        setup.special[uchar(',')] = setup.special[uchar('\n')] = setup.special[uchar('\r')] = true;
        Part part;
        const char *begin = log.constData() + log.indexOf('\n') + 1,
                   *end = log.constData() + log.size();
        readPart(setup, begin, end, end, &part);
        QCOMPARE(part.readError, ESPIPE);
        QCOMPARE(part.caseOf.size(), size_t(0));
#endif
    }

    // An analysis large enough for its arrays to take each other's pages (600,000 events
    // in random order: 2 MB pages and more per array) gives the same figures as one where
    // every array is fresh memory, with kept pages filled with 0xA5 bytes first: no array is
    // read where it was not written. One and two threads.
    void keptPagesChangeNoFigure()
    {
        using namespace EventLogDetail;
        QByteArray log = "case,time,activity,segment\n";
        QRandomGenerator rnd(23);
        const qint64 start = 1767225600; // 2026-01-01
        for (int i = 0; i < 600000; ++i) {
            const int c = int(rnd.bounded(60000));
            log += "K" + QByteArray::number(c) + "," +
                   QByteArray::number(start + qint64(rnd.bounded(90 * 86400))) + ",Step " +
                   QByteArray::number(rnd.bounded(25)) + "," + (c % 4 ? "Private" : "Business") +
                   "\n";
        }
        EventLogOptions o = columns();
        o.columns.segment = 3;
        o.period = PeriodCut::Month;
        o.maxVariants = 10;
        o.threads = 1;
        const auto restore = qScopeGuard([] { BigPool::setKeeping(BigPool::Keeping::Normal); });
        QString error;
        BigPool::setKeeping(BigPool::Keeping::Off);
        const size_t movedBefore = BigPool::movedBytes();
        const auto fresh = EventLog::analyzeBytes(log, o, &error);
        QVERIFY2(fresh, qPrintable(error));
        QCOMPARE(BigPool::movedBytes(), movedBefore);
        QCOMPARE(fresh->events, 600000);
        QCOMPARE(fresh->slices.size(), 12); // all, 3 months, 2 segments, 3 x 2
        BigPool::setKeeping(BigPool::Keeping::Poison);
        for (int threads : {1, 2}) {
            o.threads = threads;
            const size_t moved = BigPool::movedBytes();
            const auto kept = EventLog::analyzeBytes(log, o, &error);
            QVERIFY2(kept, qPrintable(error));
            QVERIFY2(BigPool::movedBytes() - moved >= (8 << 20),
                     qPrintable(QString::number(BigPool::movedBytes() - moved)));
            sameFigures(*kept, *fresh);
            if (QTest::currentTestFailed()) return;
        }
        QCOMPARE(BigPool::keptBytes(), size_t(0));
    }

    // The table of case ids: ids of 1 to 40 bytes (11 fit in a slot, 12 do not), 300,000
    // of them from a table of 1,024 slots (it grows twelve times), each numbered once in the
    // order first seen, found again, listed once by forEach in two halves.
    void caseTable()
    {
        using namespace EventLogDetail;
        CaseTable table;
        QHash<QByteArray, quint32> expected;
        const auto id = [](int i) {
            const int length = 1 + i % 40;
            QByteArray s = QByteArray::number(i, 36);
            return s.size() >= length ? s : QByteArray(length - s.size(), 'x') + s;
        };
        const auto intern = [&](const QByteArray &s) {
            return table.intern(s.data(), size_t(s.size()), hashBytes(s.data(), size_t(s.size())));
        };
        for (int i = 0; i < 300000; ++i) {
            const QByteArray s = id(i);
            const quint32 n = intern(s);
            if (expected.contains(s)) {
                QCOMPARE(n, expected.value(s));
            } else {
                QCOMPARE(n, quint32(expected.size()));
                expected.insert(s, n);
            }
            if (i % 7 == 0) QCOMPARE(intern(id(i / 2)), expected.value(id(i / 2)));
        }
        QCOMPARE(table.size(), quint32(expected.size()));
        QVERIFY(expected.size() > 290000);
        for (const QByteArray &absent :
             {QByteArray("y"), QByteArray("xxxxxxxxxy1"), QByteArray("xxxxxxxxxx1"),
              QByteArray(40, 'x'), QByteArray(200, 'z')})
            QCOMPARE(table.find(absent.data(), size_t(absent.size()),
                                hashBytes(absent.data(), size_t(absent.size()))),
                     None);
        QHash<QByteArray, quint32> listed;
        const size_t half = table.slotCount() / 2;
        for (const auto &[from, to] : {std::pair(size_t(0), half), {half, table.slotCount()}})
            table.forEach(from, to, [&](quint32 n, std::string_view key) {
                const QByteArray k(key.data(), qsizetype(key.size()));
                QVERIFY(!listed.contains(k));
                listed.insert(k, n);
                QCOMPARE(table.find(key.data(), key.size(), hashBytes(key.data(), key.size())), n);
            });
        QCOMPARE(listed, expected);

        // A table nearly full (700 of 1,024 slots, before it grows): no id is taken for one
        // it begins with, which the lookups of all the shorter ones pass on the way.
        CaseTable full;
        QList<QByteArray> ids;
        for (int i = 0; i < 700; ++i) {
            ids.append("k" + QByteArray::number(3000000000ll + i * 7919ll));
            QCOMPARE(full.intern(ids.last().data(), 11, hashBytes(ids.last().data(), 11)),
                     quint32(i));
        }
        QCOMPARE(full.slotCount(), size_t(1024));
        for (const QByteArray &k : ids)
            for (size_t n = 1; n < 11; ++n)
                QCOMPARE(full.find(k.data(), n, hashBytes(k.data(), n)), None);
    }

    // While an analysis runs (a BigPool lives), the written 2 MB pages of a large array freed
    // go under the next large array instead of fresh memory, cleared for one that must start
    // zero (a hash table's); pages never written are given back at once, and everything kept
    // goes back when the last pool ends.
    void bigPoolMovesWrittenPages()
    {
#ifndef Q_OS_LINUX
        QSKIP("pages are kept on Linux only (elsewhere large arrays come from calloc)");
#else
        using namespace EventLogDetail;
        constexpr size_t n = (16 << 20) / sizeof(qint64); // 16 MB: eight pages of 2 MB
        QCOMPARE(BigPool::keptBytes(), size_t(0));
        {
            BigVector<qint64> outside;
            outside.resize(n);
            std::fill(outside.begin(), outside.end(), qint64(1));
        }
        QCOMPARE(BigPool::keptBytes(), size_t(0)); // no pool: given back
        {
            const BigPool pool;
            {
                BigVector<qint64> untouched;
                untouched.resize(n);
            }
            QCOMPARE(BigPool::keptBytes(), size_t(0));
            {
                BigVector<qint64> a;
                a.resize(n);
                std::fill(a.begin(), a.begin() + n / 2, qint64(7)); // four pages written
            }
            QCOMPARE(BigPool::keptBytes(), size_t(8 << 20));
            {
                ZeroVector<qint64> zero;
                zero.resize(n);
                QCOMPARE(BigPool::keptBytes(), size_t(0));
                QVERIFY(std::all_of(zero.begin(), zero.end(), [](qint64 v) { return v == 0; }));
                std::fill(zero.begin(), zero.end(), qint64(5));
            }
            QCOMPARE(BigPool::keptBytes(), size_t(16 << 20));
            {
                const BigPool inner; // a second analysis at the same time
            }
            QCOMPARE(BigPool::keptBytes(), size_t(16 << 20));
            BigVector<qint64> b;
            b.resize(2 * n);
            QCOMPARE(BigPool::keptBytes(), size_t(0));
            // The eight pages moved, with what they held, and fresh memory after them.
            QCOMPARE(std::count(b.begin(), b.end(), qint64(5)), qsizetype(n));
            QVERIFY(std::all_of(b.begin() + n, b.end(), [](qint64 v) { return v == 0; }));
            std::fill(b.begin(), b.end(), qint64(3));
            BigVector<qint64>().swap(b);
            QCOMPARE(BigPool::keptBytes(), size_t(32 << 20));
        }
        QCOMPARE(BigPool::keptBytes(), size_t(0));
#endif
    }

    // More than 1,024 activities: transitions are found in a hash table instead of the array
    // of all pairs, with one, two and three threads. Case c goes from A<i> to B<i>
    // (i = c mod 1500) in i + 1 seconds, so every transition is there twice with a median of
    // i + 1 seconds.
    void manyActivities()
    {
        QByteArray log = "case,time,activity\n";
        for (int c = 0; c < 3000; ++c) {
            const int i = c % 1500;
            log += "C" + QByteArray::number(c) + ",2026-03-01T10:00:00Z,A" + QByteArray::number(i) +
                   "\n";
            log += "C" + QByteArray::number(c) + ",2026-03-01T10:" +
                   QByteArray::number(i + 1 < 60 * 60 ? (i + 1) / 60 : 0).rightJustified(2, '0') +
                   ":" + QByteArray::number((i + 1) % 60).rightJustified(2, '0') + "Z,B" +
                   QByteArray::number(i) + "\n";
        }
        for (int threads : {1, 2, 3}) {
            EventLogOptions o = columns();
            o.threads = threads;
            o.minPartBytes = 1000;
            QString error;
            const auto a = EventLog::analyzeBytes(log, o, &error);
            QVERIFY2(a, qPrintable(error));
            QCOMPARE(a->activities.size(), 3000);
            QCOMPARE(a->transitions.size(), 1500);
            for (const EventLogTransition &t : a->transitions) {
                const QString from = a->activities[t.from], to = a->activities[t.to];
                QVERIFY2(from.startsWith('A') && to == 'B' + from.mid(1), qPrintable(from + to));
                QCOMPARE(t.count, 2);
                QCOMPARE(t.medianSeconds, from.mid(1).toDouble() + 1);
            }
            // A's dwell is the transition's duration; B is last, so it has none.
            const qsizetype a7 = a->activities.indexOf("A7"), b7 = a->activities.indexOf("B7");
            QCOMPARE(a->all().activities[a7].medianDwell, std::optional<double>(8));
            QVERIFY(!a->all().activities[b7].medianDwell.has_value());
        }
    }

    void surveyFormulas()
    {
        ScoreCounts csat; // 5, 4, 3, 2, 1, 4, 5: four of seven satisfied
        for (int s : {5, 4, 3, 2, 1, 4, 5})
            ++csat.at[size_t(s)];
        QCOMPARE(Survey::csat(csat, ScoreScale::Csat5), 400.0 / 7);
        ScoreCounts nps; // 10, 9, 8, 7, 6, 0, 10: three promoters, two detractors of seven
        for (int s : {10, 9, 8, 7, 6, 0, 10})
            ++nps.at[size_t(s)];
        QCOMPARE(Survey::nps(nps), 100.0 / 7);
        ScoreCounts ces; // 7, 6, 5, 4, 1: mean 23 / 5, three of five easy
        for (int s : {7, 6, 5, 4, 1})
            ++ces.at[size_t(s)];
        QCOMPARE(Survey::cesMean(ces), 4.6);
        QCOMPARE(Survey::cesEasy(ces), 60.0);
        ScoreCounts ten; // 10, 9, 8, 3 on 1-10: two of four satisfied
        for (int s : {10, 9, 8, 3})
            ++ten.at[size_t(s)];
        QCOMPARE(Survey::csat(ten, ScoreScale::Csat10), 50.0);
        QCOMPARE(Survey::nps(ScoreCounts()), 0.0);
    }

    void surveyFile()
    {
        const QString path = write("survey.csv", "Touchpoint;Monat;NPS-Wert\n"
                                                 "Hotline;2026-03;10\n"
                                                 "Hotline;2026-03;9\n"
                                                 "Hotline;2026-03;6\n"
                                                 "Hotline;2026-03;\n" // blank: left out
                                                 "Hotline;2026-04;0\n"
                                                 "Web;2026-03;8,0\n");
        QString error;
        const auto header =
            TableReader::read(path, {}, &error, [](auto &, qint64) { return false; });
        SurveyOptions o;
        o.columns = SurveyColumns::guess(header->columns);
        QCOMPARE(o.columns.target, 0);
        QCOMPARE(o.columns.period, 1);
        QCOMPARE(o.columns.score, 2);
        const auto r = Survey::read(path, o, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->scale, ScoreScale::Nps);
        QCOMPARE(r->responses, 5);
        QCOMPARE(r->blanks, 1);
        const auto value = [&](const QString &target, const QString &period,
                               const QString &metric) {
            for (const QStringList &row : r->table.rows)
                if (row[0] == target && row[3] == period && row[1] == metric)
                    return row[2].toDouble();
            return -999.0;
        };
        QCOMPARE(value("Hotline", "2026-03", "NPS"), 100.0 / 3); // 2 promoters, 1 detractor
        QCOMPARE(value("Hotline", "2026-03", "Number of responses"), 3.0);
        QCOMPARE(value("Hotline", "2026-04", "NPS"), -100.0);
        QCOMPARE(value("Web", "2026-03", "NPS"), 0.0);
        // A score outside the scale is a bad row; above the threshold nothing is returned.
        const QString bad = write("bad.csv", "touchpoint,csat\nA,4\nA,6\nA,5\n");
        o = SurveyOptions();
        o.columns.target = 0;
        o.columns.score = 1;
        o.scale = ScoreScale::Csat5;
        QVERIFY(!Survey::read(bad, o, &error));
        QVERIFY2(error.contains("line 3: \"6\" is not a score from 1 to 5"), qPrintable(error));
        // A guessed CSAT scale with scores above 5 is 1-10.
        o.scale.reset();
        const auto ten = Survey::read(bad, o, &error);
        QVERIFY2(ten, qPrintable(error));
        QCOMPARE(ten->scale, ScoreScale::Csat10);
    }

    void contactFormulas()
    {
        // See DEFINITIONS.md, "Contact records": seven contacts of three customers.
        const QString path = write("contacts.csv", "customer,time,channel,reason,resolved\n"
                                                   "c1,2026-03-01 09:00,phone,billing,no\n"
                                                   "c1,2026-03-03 09:00,chat,billing,yes\n"
                                                   "c1,2026-03-09 10:00,phone,billing,yes\n"
                                                   "c1,2026-03-04 09:00,phone,move,yes\n"
                                                   "c2,2026-03-01 09:00,web,,\n"
                                                   "c2,2026-03-02 09:00,phone,,yes\n"
                                                   "c3,2026-03-01 09:00,app,,\n");
        ContactOptions o;
        o.columns = ContactColumns::guess({"customer", "time", "channel", "reason", "resolved"});
        QString error;
        const auto r = Contacts::read(path, o, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->all.contacts, 7);
        QCOMPARE(r->all.repeats, 2);       // c1's chat, c2's phone call
        QCOMPARE(r->all.firstContacts, 5); // five chains
        QCOMPARE(r->all.firstResolved, 3); // c1 on 9 March, c1 about moving, c3
        QCOMPARE(r->all.selfService, 2);   // web, app
        QCOMPARE(r->all.contained, 1);     // c3; c2 called the next day
        const ContactFigures &phone = r->channels.value("phone");
        QCOMPARE(phone.contacts, 4);
        QCOMPARE(phone.repeats, 1);
        QCOMPARE(phone.firstContacts, 3);
        QCOMPARE(phone.firstResolved, 2);
        // A longer window makes 9 March a repeat of 1 March.
        o.windowDays = 10;
        const auto longer = Contacts::read(path, o, &error);
        QCOMPARE(longer->all.repeats, 3);
        QCOMPARE(longer->all.firstContacts, 4);
    }

    // Survey responses with their dates: counted by the month (week, quarter) they fall in;
    // periods written as such and plain years stay as written.
    void surveyDatesBecomePeriods()
    {
        const QString path = write("dated.csv", "Kontaktpunkt;Datum;CSAT\n"
                                                "Hotline;2026-03-15;5\n"
                                                "Hotline;15.03.2026 14:02;2\n"
                                                "Hotline;2026-03-31T23:30:00-02:00;4\n"
                                                "Hotline;2026-04-01 08:00;4\n"
                                                "Hotline;Q2 2026;5\n"
                                                "Hotline;2026;1\n");
        QString error;
        const auto header =
            TableReader::read(path, {}, &error, [](auto &, qint64) { return false; });
        SurveyOptions o;
        o.columns = SurveyColumns::guess(header->columns);
        QCOMPARE(o.columns.period, 1); // "Datum": no period column, so the date
        const auto periodsOf = [&](PeriodCut cut) {
            o.cut = cut;
            QMap<QString, double> responses;
            const auto r = Survey::read(path, o, &error);
            if (!r) return responses;
            for (const QStringList &row : r->table.rows)
                if (row[1] == QLatin1String("Number of responses"))
                    responses[row[3]] = row[2].toDouble();
            return responses;
        };
        // 31 March 23:30 at -02:00 is 1 April in UTC.
        const QMap<QString, double> months{
            {"2026-03", 2}, {"2026-04", 2}, {"Q2 2026", 1}, {"2026", 1}};
        QCOMPARE(periodsOf(PeriodCut::Month), months);
        // 15 March 2026 is a Sunday: ISO week 11, both times.
        const QMap<QString, double> weeks{
            {"2026-W11", 2}, {"2026-W14", 2}, {"Q2 2026", 1}, {"2026", 1}};
        QCOMPARE(periodsOf(PeriodCut::Week), weeks);
        const QMap<QString, double> quarters{
            {"2026-Q1", 2}, {"2026-Q2", 2}, {"Q2 2026", 1}, {"2026", 1}};
        QCOMPARE(periodsOf(PeriodCut::Quarter), quarters);
        QCOMPARE(periodsOf(PeriodCut::None).size(), 6); // each as written
        QVERIFY(periodsOf(PeriodCut::None).contains("15.03.2026 14:02"));
    }

    // Contacts by month and segment (DEFINITIONS.md, "Contact records"): each count goes to
    // the period of the contact it counts; a chain that crosses a month's end is one chain.
    void contactsByPeriodAndSegment()
    {
        const QString path =
            write("contacts-cut.csv", "customer,time,channel,reason,resolved,segment\n"
                                      "c1,2026-03-30 09:00,phone,billing,no,Retail\n"
                                      "c1,2026-04-02 09:00,phone,billing,yes,Retail\n"
                                      "c2,2026-04-01 09:00,web,,,Business\n"
                                      "c2,2026-04-05 09:00,phone,,yes,Business\n"
                                      "c3,2026-03-31T22:30:00Z,app,,,Retail\n");
        ContactOptions o;
        o.columns =
            ContactColumns::guess({"customer", "time", "channel", "reason", "resolved", "segment"});
        QCOMPARE(o.columns.segment, 5);
        o.period = PeriodCut::Month;
        QString error;
        auto r = Contacts::read(path, o, &error);
        QVERIFY2(r, qPrintable(error));
        const auto value = [&](const QString &channel, const QString &metric, const QString &period,
                               const QString &segment) {
            for (const QStringList &row : r->table.rows)
                if (row[0] == channel && row[1] == metric && row[3] == period && row[4] == segment)
                    return row[2].toDouble();
            return -1.0;
        };
        const QString rate = "Repeat contact rate (%)", fcr = "First contact resolution (%)",
                      contained = "Self-service containment (%)", contacts = "Contacts";
        // The totals are those without a cut.
        QCOMPARE(r->all.contacts, 5);
        QCOMPARE(r->all.repeats, 2);
        QCOMPARE(value("phone", contacts, "", ""), 3.0);
        QCOMPARE(value("phone", rate, "", ""), 200.0 / 3);
        // Phone in March: c1's first call, unresolved; in April: the two repeats.
        QCOMPARE(value("phone", contacts, "2026-03", ""), 1.0);
        QCOMPARE(value("phone", rate, "2026-03", ""), 0.0);
        QCOMPARE(value("phone", fcr, "2026-03", ""), 0.0);
        QCOMPARE(value("phone", contacts, "2026-04", ""), 2.0);
        QCOMPARE(value("phone", rate, "2026-04", ""), 100.0);
        QCOMPARE(value("phone", fcr, "2026-04", ""), -1.0); // no first contact in April
        // By segment, and by both.
        QCOMPARE(value("phone", rate, "", "Retail"), 50.0);
        QCOMPARE(value("phone", rate, "", "Business"), 100.0);
        QCOMPARE(value("phone", contacts, "2026-04", "Retail"), 1.0);
        QCOMPARE(value("web", contained, "2026-04", "Business"), 0.0); // c2 called 4 days later
        // The app contact at 22:30 UTC on 31 March: March in UTC, April in Berlin.
        QCOMPARE(value("app", contained, "2026-03", "Retail"), 100.0);
        QCOMPARE(value("app", contained, "2026-04", "Retail"), -1.0);
        o.zone = QTimeZone("Europe/Berlin");
        r = Contacts::read(path, o, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(value("app", contained, "2026-04", "Retail"), 100.0);
        QCOMPARE(value("app", contained, "2026-03", "Retail"), -1.0);
        QCOMPARE(r->cuts.value({"app", "2026-04", ""}).selfService, 1);
        // Without a cut: totals and segments only.
        o.period = PeriodCut::None;
        r = Contacts::read(path, o, &error);
        for (const QStringList &row : r->table.rows)
            QVERIFY2(row[3].isEmpty(), qPrintable(row.join(u',')));
        QCOMPARE(value("phone", rate, "", "Retail"), 50.0);
    }

    // The flow: boxes in their typical order, self-loops left out, kept in JSON.
    void flowGraph()
    {
        QString error;
        const auto a = EventLog::analyzeBytes(workedLog, columns(), &error);
        QVERIFY2(a, qPrintable(error));
        const Id journey = newId();
        const FlowGraph f = FlowGraph::fromAnalysis(*a, "worked.csv", journey);
        QStringList names;
        for (const FlowGraph::Node &n : f.nodes)
            names.append(n.name);
        // Mean places: Search (1/5, 2/5, 0) 0.2; Home (0, 4/5, 0) 0.27; Compare 0.6; Cart 1.
        QCOMPARE(names, QStringList({"Search", "Home", "Compare", "Cart"}));
        QCOMPARE(f.edges.size(), 4); // five transitions, the loop Search → Search left out
        QCOMPARE(f.nodes[f.edges[0].from].name, QString("Home"));
        QCOMPARE(f.nodes[f.edges[0].to].name, QString("Cart"));
        QCOMPARE(f.edges[0].count, 2);
        QCOMPARE(f.nodes[3].exits, 2);
        const auto back = FlowGraph::fromJson(f.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), f.toJson());
        QCOMPARE(back->journeyId, journey);
        // A damaged record: edges that name no node are dropped, no nodes is no flow.
        QJsonObject damaged = f.toJson();
        damaged["edges"] = QJsonArray{QJsonObject{{"from", 0}, {"to", 99}, {"count", 5}},
                                      QJsonObject{{"from", -1}, {"to", 0}}};
        QVERIFY(FlowGraph::fromJson(damaged)->edges.isEmpty());
        damaged["nodes"] = QJsonArray();
        QVERIFY(!FlowGraph::fromJson(damaged));
        // Drawn to PNG and SVG, all or nothing.
        QVERIFY2(saveFlow(f, m_dir.filePath("flow.png"), QSize(600, 400), &error),
                 qPrintable(error));
        QCOMPARE(QImage(m_dir.filePath("flow.png")).size(), QSize(1200, 800));
        QVERIFY(saveFlow(f, m_dir.filePath("flow.svg"), QSize(600, 400), &error));
        QFile svg(m_dir.filePath("flow.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("Compare"));
        QVERIFY(!saveFlow(f, m_dir.filePath("no/such/folder/flow.png"), QSize(600, 400), &error));
        QVERIFY(!error.isEmpty());
    }

    // The draft: frequent activities in their typical order, cut into stages, cards in
    // contiguous order per cell, every card and stage confirmed for the import.
    void draftJourney()
    {
        QString error;
        const QString log = QStringLiteral(WAYMARK_TESTDATA "/eventlogs/renewal-events.csv");
        EventLogOptions o;
        o.columns = EventLogColumns::guess(*EventLog::readHeader(log, &error));
        const auto a = EventLog::analyze(log, o, &error);
        QVERIFY2(a, qPrintable(error));
        QHash<QString, Id> confirmed;
        const Journey j = JourneyMetrics::draftJourney(*a, 4, 10, "de", "Entwurf", &confirmed);
        QCOMPARE(j.name, QString("Entwurf"));
        QCOMPARE(j.stages.size(), 4);
        QCOMPARE(j.stages[2].name, QString("Phase 3"));
        QCOMPARE(j.cards.size(), 10); // the ten widest reaching of twelve
        QStringList order;
        QHash<Id, QList<int>> orders;
        for (qsizetype s = 0; s < j.stages.size(); ++s)
            for (const Card &c : j.cards)
                if (c.stageId == j.stages[s].id) {
                    order.append(c.text);
                    orders[c.stageId].append(c.order);
                    QCOMPARE(confirmed.value(c.text), c.id);
                    QCOMPARE(c.touchpointKey, c.text);
                }
        for (const QList<int> &cell : orders) {
            QList<int> sorted = cell;
            std::sort(sorted.begin(), sorted.end());
            for (int i = 0; i < sorted.size(); ++i)
                QCOMPARE(sorted[i], i);
        }
        // The reminder and the portal come first, the bill late: the log's order.
        QVERIFY(order.indexOf("reminder-letter") < order.indexOf("tariff-page"));
        QVERIFY(order.indexOf("portal-contract") < order.indexOf("renewal-form"));
        QVERIFY(order.indexOf("renewal-form") < order.indexOf("survey"));
        QVERIFY(confirmed.contains("Phase 1"));
        // Its funnel: every case enters at the first stage.
        EventLogOptions withStages = o;
        JourneyMetrics::setDraftStages(j, &withStages);
        const auto b = EventLog::analyze(log, withStages, &error);
        QCOMPARE(b->all().stageReached.first(), b->cases);
        QCOMPARE(b->all().closedCases, b->cases);
    }

    // Stages by a column: a stage per value, in the order their events come; each activity
    // in the stage most of its events name.
    void draftJourneyByColumn()
    {
        const QByteArray log =
            "case,time,activity,group\n"
            "1,2026-01-01T10:00:00Z,Ad,Aware\n"
            "1,2026-01-01T10:01:00Z,Cart,Buy\n"
            "1,2026-01-01T10:02:00Z,Pay,Buy\n"
            "2,2026-01-01T10:00:00Z,Ad,Aware\n"
            "2,2026-01-01T10:01:00Z,Pay,Aware\n" // a stray value: Pay stays in Buy
            "2,2026-01-01T10:02:00Z,Pay,Buy\n"
            "3,2026-01-01T10:00:00Z,Search,Aware\n"
            "3,2026-01-01T10:05:00Z,Cart,Buy\n";
        EventLogOptions o = columns();
        QString error;
        QVERIFY(!JourneyMetrics::draftJourneyByColumn(*EventLog::analyzeBytes(log, o, &error), 10,
                                                      "en", "x", nullptr));
        o.columns.segment = 3;
        const auto a = EventLog::analyzeBytes(log, o, &error);
        QVERIFY2(a, qPrintable(error));
        QHash<QString, Id> confirmed;
        const auto j = JourneyMetrics::draftJourneyByColumn(*a, 10, "en", "By group", &confirmed);
        QVERIFY(j);
        QCOMPARE(j->stages.size(), 2);
        QCOMPARE(j->stages[0].name, QString("Aware"));
        QCOMPARE(j->stages[1].name, QString("Buy"));
        QHash<QString, QString> stageOf;
        for (const Card &c : j->cards)
            stageOf.insert(c.text, j->stages[j->stageIndex(c.stageId)].name);
        QCOMPARE(stageOf.value("Ad"), QString("Aware"));
        QCOMPARE(stageOf.value("Search"), QString("Aware"));
        QCOMPARE(stageOf.value("Cart"), QString("Buy"));
        QCOMPARE(stageOf.value("Pay"), QString("Buy"));
        QCOMPARE(confirmed.value("Buy"), j->stages[1].id);
    }

    // The figures reach the map through the metric import: one undo step, persisted, a
    // re-import changes nothing more, and a refused log leaves the file as it was.
    void importThroughTheDocument()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject("en", &p, &error));
        const QString file = m_dir.filePath("import.waymark");
        auto doc = Document::create(file, p, &error);
        QVERIFY(doc);
        const QString log = QStringLiteral(WAYMARK_TESTDATA "/eventlogs/renewal-events.csv");
        EventLogOptions o;
        o.columns = EventLogColumns::guess(*EventLog::readHeader(log, &error));
        const Journey &j = doc->project().journeys.first();
        JourneyMetrics::setStages(doc->project(), j, &o);
        const auto a = EventLog::analyze(log, o, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->all().stageReached.size(), 5);
        QCOMPARE(a->all().stageReached.first(), a->cases); // every case starts at stage 1
        MetricMapping mapping = JourneyMetrics::longMapping(&j);
        mapping.flow = FlowGraph::fromAnalysis(*a, "renewal-events.csv", j.id).toJson();
        const MetricImportPlan plan = MetricImporter::plan(
            doc->project(), JourneyMetrics::eventTable(*a, &j, o), "renewal-events.csv", mapping);
        QVERIFY(plan.canImport());
        QVERIFY(plan.unmatched.isEmpty());
        QVERIFY(doc->importMetrics(plan));
        QCOMPARE(doc->undoStack()->count(), 1);
        const auto valueOf = [](const Project &project, const QString &key,
                                const QString &cardKey) {
            Id metric, card;
            for (const MetricDefinition &m : project.metrics)
                if (m.key == key) metric = m.id;
            for (const Card &c : project.journeys.first().cards)
                if (c.touchpointKey == cardKey) card = c.id;
            for (const Observation &ob : project.observations)
                if (ob.metricId == metric && ob.targetId == card && ob.period.isEmpty() &&
                    ob.segment.isEmpty())
                    return ob.value;
            return -1.0;
        };
        const qsizetype hotline = a->activities.indexOf("hotline");
        QCOMPARE(valueOf(doc->project(), "event-count", "hotline"),
                 double(a->all().activities[hotline].events));
        QCOMPARE(valueOf(doc->project(), "exit-rate", "hotline"),
                 100.0 * a->all().activities[hotline].exitRate());
        // The last stage's touchpoints have no exit rate: leaving there is the journey's end.
        QCOMPARE(valueOf(doc->project(), "exit-rate", "survey"), -1.0);
        QCOMPARE(valueOf(reopenProject(file), "event-count", "hotline"),
                 double(a->all().activities[hotline].events));
        // The flow came with the import, is kept in the file, and goes with an undo.
        QVERIFY(FlowGraph::latest(reopenProject(file), j.id));
        QVERIFY(!FlowGraph::latest(reopenProject(file), newId()));
        // A table imported next does not take the event log's mapping over.
        Table kpis;
        kpis.columns = {"Target", "Metric", "Value", "Period", "Segment"};
        kpis.rows = {{"hotline", "CSAT", "3", "", ""}};
        QVERIFY(!MetricMapping::lastFitting(doc->project(), kpis));
        doc->undoStack()->undo();
        QVERIFY(!FlowGraph::latest(doc->project(), j.id));
        QCOMPARE(valueOf(doc->project(), "event-count", "hotline"), -1.0);
        QCOMPARE(valueOf(reopenProject(file), "event-count", "hotline"), -1.0);
        doc->undoStack()->redo();
        QCOMPARE(valueOf(reopenProject(file), "event-count", "hotline"),
                 double(a->all().activities[hotline].events));
        // The same log again: nothing new.
        const MetricImportPlan again = MetricImporter::plan(
            doc->project(), JourneyMetrics::eventTable(*a, &j, o), "renewal-events.csv", mapping);
        QVERIFY(again.added.isEmpty());
        QVERIFY(again.changed.isEmpty());
        // A damaged log is refused before the project is touched.
        const QByteArray before = checksum(file);
        const QString damaged = write("damaged.csv", "customer_id,timestamp,touchpoint\n"
                                                     "K1,soon,hotline\nK2,later,hotline\n");
        QVERIFY(!EventLog::analyze(damaged, o, &error));
        QVERIFY(error.startsWith(damaged));
        QCOMPARE(checksum(file), before);
    }
};

QTEST_MAIN(TestEventLog)
#include "tst_eventlog.moc"
