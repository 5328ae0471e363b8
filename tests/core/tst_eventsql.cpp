// SPDX-License-Identifier: GPL-3.0-or-later
// The event-log figures computed inside PostgreSQL equal the local engine's, number for
// number, and every way it can go wrong gives a clear message. Needs the server that
// tests/pg/pg_start.sh starts (a CTest fixture; WAYMARK_PG_SOCKET names its socket folder);
// without PostgreSQL it exits 77 (skipped) and says why.
#undef QT_NO_CAST_FROM_ASCII
#include "../pgutil.h"
#include "../testutil.h"

#include "analytics/eventsql.h"
#include "i18n.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace waymark;

namespace {

const QByteArray workedLog = "line,case,time,activity\n"
                             "2,B,2026-01-01T10:02:00Z,Cart\n"
                             "3,A,2026-01-01T10:05:00Z,Home\n"
                             "4,A,2026-01-01T10:01:00Z,Search\n"
                             "5,C,2026-01-01T10:00:00Z,Search\n"
                             "6,A,2026-01-01 10:00:00Z,Home\n"
                             "7,A,2026-01-01T10:01:00.000Z,Search\n"
                             "8,B,2026-01-01 11:00:00+01:00,Home\n"
                             "9,A,2026-01-01T10:01:00Z,Compare\n"
                             "10,A,2026-01-01 10:06:30Z,Cart\n";

// A log like a web shop's: 14 touchpoints (one with a comma and quotes, one with an umlaut),
// cases that loop and come back, gaps of 0 s (ties, kept in file order), times written with
// Z, +01:00, +05:30 and microseconds, three segments and an empty one, the rows shuffled.
QByteArray generatedLog(int events, bool naive)
{
    const QStringList activities{"Ad seen",      "Search result", "Product page", "Review read",
                                 "Cart",         "Checkout",      "Payment",      "Confirmation",
                                 "Shipping mail", "Delivery",     "\"Help\", chat", "Rückruf",
                                 "Return",       "Survey"};
    const QStringList segments{"web", "app", "store", ""};
    QRandomGenerator rnd(17);
    QList<QByteArray> rows;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int c = 0; rows.size() < events; ++c) {
        qint64 us = start.toMSecsSinceEpoch() * 1000 + qint64(rnd.bounded(200 * 86400)) * 1000000;
        const QByteArray segment = segments[rnd.bounded(4)].toUtf8();
        int at = rnd.bounded(3);
        const int length = 1 + rnd.bounded(12);
        for (int k = 0; k < length && rows.size() < events; ++k) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc())
                                    .addMSecs(0);
            const int micros = int(us % 1000000);
            QString text;
            if (naive) {
                text = t.toString("yyyy-MM-dd HH:mm:ss");
            } else {
                const int form = rnd.bounded(3);
                const int offset = form == 0 ? 0 : form == 1 ? 3600 : 19800;
                text = t.toOffsetFromUtc(offset).toString("yyyy-MM-ddTHH:mm:ss");
                if (micros) text += QString(".%1").arg(micros, 6, 10, QLatin1Char('0'));
                text += form == 0 ? "Z" : form == 1 ? "+01:00" : "+05:30";
            }
            QString activity = activities[at];
            if (activity.contains('"')) activity = '"' + activity.replace("\"", "\"\"") + '"';
            rows.append(QString("C%1,%2,%3,%4").arg(c).arg(text, activity).arg(QString(segment)).toUtf8());
            // Mostly forward, sometimes the same again (a loop) or back (a repetition).
            const int move = rnd.bounded(10);
            at = move < 2 ? at : move < 3 ? std::max(0, at - 2) : std::min(13, at + 1 + rnd.bounded(2));
            const int gap = rnd.bounded(8) == 0 ? 0 : 1 + rnd.bounded(5000);
            us += qint64(gap) * 1000000 + (naive ? 0 : rnd.bounded(1000));
        }
    }
    for (qsizetype i = rows.size() - 1; i > 0; --i)
        rows.swapItemsAt(i, rnd.bounded(int(i + 1)));
    QByteArray out = "customer_id,timestamp,touchpoint,channel\n";
    for (const QByteArray &r : rows)
        out += r + '\n';
    return out;
}

void compare(const EventLogAnalysis &local, const EventLogAnalysis &db)
{
    QCOMPARE(db.activities, local.activities);
    QCOMPARE(db.events, local.events);
    QCOMPARE(db.cases, local.cases);
    QCOMPARE(db.skippedRows, local.skippedRows);
    QCOMPARE(db.badRowCount, local.badRowCount);
    QCOMPARE(db.slices.size(), local.slices.size());
    for (qsizetype n = 0; n < local.slices.size(); ++n) {
        const EventLogSlice &l = local.slices[n], &d = db.slices[n];
        const QByteArray where = (l.period + "/" + l.segment).toUtf8();
        QVERIFY2(d.period == l.period && d.segment == l.segment, where.constData());
        QVERIFY2(d.cases == l.cases && d.events == l.events, where.constData());
        QVERIFY2(d.throughputMedian == l.throughputMedian && d.throughputP90 == l.throughputP90,
                 where.constData());
        QVERIFY2(d.stageReached == l.stageReached, where.constData());
        QVERIFY2(d.stageConverted == l.stageConverted, where.constData());
        QVERIFY2(d.closedReached == l.closedReached && d.closedCases == l.closedCases, where.constData());
        for (qsizetype i = 0; i < local.activities.size(); ++i) {
            const ActivityStats &x = l.activities[i], &y = d.activities[i];
            const QByteArray what = where + " " + local.activities[i].toUtf8();
            QVERIFY2(x.events == y.events && x.reach == y.reach && x.repeaters == y.repeaters,
                     what.constData());
            QVERIFY2(x.entries == y.entries && x.exits == y.exits, what.constData());
            QVERIFY2(x.selfLoops == y.selfLoops && x.repetitions == y.repetitions, what.constData());
            QVERIFY2(x.medianDwell == y.medianDwell && x.p90Dwell == y.p90Dwell, what.constData());
            QVERIFY2(qAbs(x.meanPosition - y.meanPosition) < 1e-9, what.constData());
        }
    }
    QCOMPARE(db.transitions.size(), local.transitions.size());
    for (qsizetype i = 0; i < local.transitions.size(); ++i) {
        const EventLogTransition &x = local.transitions[i], &y = db.transitions[i];
        QVERIFY(x.from == y.from && x.to == y.to && x.count == y.count);
        QCOMPARE(y.medianSeconds, x.medianSeconds);
    }
    QCOMPARE(db.variantCount, local.variantCount);
    QCOMPARE(db.variants.size(), local.variants.size());
    for (qsizetype i = 0; i < local.variants.size(); ++i) {
        QCOMPARE(db.variants[i].path, local.variants[i].path);
        QCOMPARE(db.variants[i].count, local.variants[i].count);
        QCOMPARE(db.variants[i].share, local.variants[i].share);
    }
}

struct Run
{
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args, const QByteArray &input = {}, const QByteArray &lang = "C.UTF-8")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LC_ALL", QString::fromLatin1(lang));
    env.insert("LANGUAGE", QString::fromLatin1(lang.left(2)));
    p.setProcessEnvironment(env);
    p.start(WAYMARK_CLI_PATH, args);
    if (!input.isEmpty()) p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestEventSql : public QObject
{
    Q_OBJECT

    QString m_socket;
    int m_port = 0;
    QTemporaryDir m_dir;

    EventDatabase server(const QString &user = "waymark") const
    {
        EventDatabase d;
        d.host = m_socket;
        d.database = "events";
        d.user = user;
        d.connectTimeout = 5;
        return d;
    }

    // Runs psql on the test database (to load CSV files with \copy).
    void psql(const QString &command)
    {
        const QString failure = test::psqlOnTestServer(m_socket, command);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
        return path;
    }

    // DEFINITIONS.md's worked example, in the table "worked".
    static EventSqlSource worked()
    {
        EventSqlSource s;
        s.table = "worked";
        s.caseColumn = "case";
        s.timeColumn = "time";
        s.activityColumn = "activity";
        return s;
    }

    static EventSqlSource generated()
    {
        EventSqlSource s;
        s.table = "public.generated";
        s.caseColumn = "customer_id";
        s.timeColumn = "timestamp";
        s.activityColumn = "touchpoint";
        s.orderColumn = "line";
        return s;
    }

    static EventLogOptions localOptions(const EventLogOptions &base)
    {
        EventLogOptions o = base;
        o.columns.caseId = 0;
        o.columns.time = 1;
        o.columns.activity = 2;
        return o;
    }

private slots:
    void initTestCase()
    {
        m_socket = test::postgresForTest("tst_eventsql", &m_port);
        QVERIFY(QSqlDatabase::isDriverAvailable("QPSQL"));
        installTranslations(QCoreApplication::instance(), "en"); // the English plurals
        QVERIFY(m_dir.isValid());
        psql("DROP TABLE IF EXISTS worked, generated, naive, odd");
        psql("CREATE TABLE worked(line integer, \"case\" text, time timestamptz, activity text)");
        psql(QString("\\copy worked FROM '%1' WITH (FORMAT csv, HEADER true)")
                 .arg(writeFile("worked.csv", workedLog)));
        psql("CREATE TABLE generated(line bigserial, customer_id text, \"timestamp\" timestamptz, "
             "touchpoint text, channel text)");
        psql(QString("\\copy generated(customer_id, \"timestamp\", touchpoint, channel) FROM '%1' "
                     "WITH (FORMAT csv, HEADER true)")
                 .arg(writeFile("generated.csv", generatedLog(200000, false))));
        psql("CREATE TABLE naive(line bigserial, customer_id text, \"timestamp\" timestamp, "
             "touchpoint text, channel text)");
        psql(QString("\\copy naive(customer_id, \"timestamp\", touchpoint, channel) FROM '%1' "
                     "WITH (FORMAT csv, HEADER true)")
                 .arg(writeFile("naive.csv", generatedLog(20000, true))));
        psql("GRANT SELECT ON worked TO secret");
        // Names that would break SQL pasted together as text, and a time kept as text.
        psql("CREATE TABLE odd(\"who\"\"; DROP TABLE worked; --\" text, \"when\" timestamptz, "
             "\"what\" text, \"as text\" text, lc text)");
        psql("INSERT INTO odd VALUES ('x', '2026-01-01T10:00:00Z', 'Home', '2026-01-01', 'start'),"
             " ('x', '2026-01-01T10:00:00Z', 'Home', '2026-01-01', 'complete'),"
             " ('x', '2026-01-01T10:05:00Z', 'Cart', '2026-01-01', NULL),"
             " ('', '2026-01-01T10:05:00Z', 'Cart', '', NULL),"
             " ('y', NULL, 'Cart', '', NULL)");
    }

    void addresses()
    {
        QString error;
        auto d = EventDatabase::fromUrl("postgresql://ana:pw@db.example.com:6432/crm?sslmode=require",
                                        &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->host, "db.example.com");
        QCOMPARE(d->port, 6432);
        QCOMPARE(d->user, "ana");
        QCOMPARE(d->password, "pw");
        QCOMPARE(d->database, "crm");
        QCOMPARE(d->sslMode, "require");
        // The password is never written back.
        QCOMPARE(d->url(), "postgresql://ana@db.example.com:6432/crm?sslmode=require");
        d = EventDatabase::fromUrl("postgresql://waymark@/events?host=/tmp/pg%20sock", &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->host, "/tmp/pg sock");
        QCOMPARE(EventDatabase::fromUrl(d->url(), &error)->host, "/tmp/pg sock");
        QVERIFY(!EventDatabase::fromUrl("mysql://x@y/z", &error));
        QVERIFY2(error.contains("not a database address"), qPrintable(error));
        QVERIFY(!EventDatabase::fromUrl("postgresql://x@y/z?sslmode=always", &error));
        QVERIFY2(error.contains("sslmode \"always\""), qPrintable(error));
        QVERIFY(!EventDatabase::fromUrl("postgresql://x@y/", &error));
        QVERIFY2(error.contains("names no database"), qPrintable(error));
        QCOMPARE(EventDatabase::fromUrl("postgresql://x@y/z", &error)->port, 0); // PGPORT or 5432
        QVERIFY(!EventDatabase::fromUrl("postgresql://x@y/z?sslrootcert=/a;b", &error));
        QVERIFY2(error.contains("sslrootcert"), qPrintable(error));
        QVERIFY(!EventDatabase::fromUrl("postgresql://x@y/z?options=-c%20x", &error));
        QVERIFY2(error.contains("unknown setting \"options\""), qPrintable(error));
    }

    // DEFINITIONS.md's worked example, computed by the server.
    void workedExample()
    {
        EventSqlSource s = worked();
        s.orderColumn = "line";
        EventLogOptions o;
        o.maxVariants = 0;
        o.stageCount = 3;
        o.stageOf = [](const QString &a) {
            return a == "Home" ? 0 : a == "Search" || a == "Compare" ? 1 : a == "Cart" ? 2 : -1;
        };
        QString error;
        const auto a = EventSql::analyze(server(), s, o, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->activities, QStringList({"Cart", "Compare", "Home", "Search"}));
        QCOMPARE(a->events, 9);
        QCOMPARE(a->cases, 3);
        const ActivityStats &home = a->all().activities[2];
        QCOMPARE(home.events, 3);
        QCOMPARE(home.reach, 2);
        QCOMPARE(home.repeaters, 1);
        QCOMPARE(home.entries, 2);
        QCOMPARE(home.repetitions, 1);
        QCOMPARE(home.medianDwell, 90.0);
        QCOMPARE(home.p90Dwell, 90.0);
        const ActivityStats &search = a->all().activities[3];
        QCOMPARE(search.selfLoops, 1);
        QCOMPARE(search.medianDwell, 0.0);
        QVERIFY(!a->all().activities[0].medianDwell); // Cart: always last, no dwell time
        QCOMPARE(a->all().throughputMedian, 120.0);
        QCOMPARE(a->all().stageReached, QList<qint64>({2, 2, 2}));
        QCOMPARE(a->all().stageConverted, QList<qint64>({0, 1, 1}));
        QCOMPARE(a->all().closedReached, QList<qint64>({2, 1, 1}));
        QCOMPARE(a->variantCount, 3);
        QCOMPARE(a->transitions.first().count, 2); // Home -> Cart
        QCOMPARE(a->transitions.first().medianSeconds, 90.0);

        // The same as the local engine on the same rows, slice for slice.
        EventLogOptions local = localOptions(o);
        local.columns.caseId = 1;
        local.columns.time = 2;
        local.columns.activity = 3;
        const auto l = EventLog::analyzeBytes(workedLog, local, &error);
        QVERIFY2(l, qPrintable(error));
        compare(*l, *a);
    }

    // 200,000 events with offsets, microseconds and ties: every figure of every month, every
    // segment and both, the funnel, every transition and every path, equal to the local
    // engine's on the same CSV.
    void generatedLogMatchesLocalEngine_data()
    {
        QTest::addColumn<bool>("sliced");
        QTest::addColumn<int>("variants");
        QTest::newRow("all") << false << 0;
        QTest::newRow("by month and channel, top 7 paths") << true << 7;
    }
    void generatedLogMatchesLocalEngine()
    {
        QFETCH(bool, sliced);
        QFETCH(int, variants);
        EventLogOptions o;
        o.maxVariants = variants;
        o.stageCount = 4;
        o.stageOf = [](const QString &a) {
            static const QStringList order{"Ad seen",      "Search result", "Product page",
                                           "Review read",  "Cart",          "Checkout",
                                           "Payment",      "Confirmation",  "Shipping mail",
                                           "Delivery",     "\"Help\", chat", "Rückruf"};
            const qsizetype i = order.indexOf(a);
            return i < 0 ? -1 : int(i / 3);
        };
        EventSqlSource s = generated();
        if (sliced) {
            o.period = PeriodCut::Month;
            s.segmentColumn = "channel";
        }
        QString error;
        const auto d = EventSql::analyze(server(), s, o, &error);
        QVERIFY2(d, qPrintable(error));
        EventLogOptions local = localOptions(o);
        if (sliced) local.columns.segment = 3;
        QFile csv(m_dir.filePath("generated.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const auto l = EventLog::analyzeBytes(csv.readAll(), local, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->events, 200000);
        QVERIFY(l->slices.size() > (sliced ? 20 : 0));
        compare(*l, *d);
    }

    // Times without zone are read in the zone chosen, and the weeks are cut there.
    void naiveTimesInAZone()
    {
        EventLogOptions o;
        o.zone = QTimeZone("Europe/Berlin");
        o.period = PeriodCut::Week;
        o.maxVariants = 0;
        EventSqlSource s = generated();
        s.table = "naive";
        QString error;
        const auto d = EventSql::analyze(server(), s, o, &error);
        QVERIFY2(d, qPrintable(error));
        QFile csv(m_dir.filePath("naive.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const auto l = EventLog::analyzeBytes(csv.readAll(), localOptions(o), &error);
        QVERIFY2(l, qPrintable(error));
        QVERIFY(l->slices.size() > 20);
        compare(*l, *d);
    }

    // The time window goes in as bound parameters: [from, to).
    void timeWindow()
    {
        EventSqlSource s = worked();
        s.from = QDateTime(QDate(2026, 1, 1), QTime(10, 1), QTimeZone::utc());
        s.to = QDateTime(QDate(2026, 1, 1), QTime(10, 5), QTimeZone::utc());
        QString error;
        const auto a = EventSql::analyze(server(), s, {}, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->events, 4); // Search twice, Compare, Cart of B; not 10:00 nor 10:05
        QCOMPARE(a->cases, 2);
        QVERIFY(EventSql::sql(s, {}).contains("CAST(:from AS timestamptz)"));
        s.to = s.from;
        QVERIFY(!EventSql::analyze(server(), s, {}, &error));
        QVERIFY2(error.contains("ends before it begins"), qPrintable(error));
    }

    // Column names are quoted, never pasted in: a name holding SQL is just a name. Rows without
    // case or time are counted; lifecycle starts are skipped; above the threshold: refused.
    void oddNamesAndBadRows()
    {
        EventSqlSource s;
        s.table = "odd";
        s.caseColumn = "who\"; DROP TABLE worked; --";
        s.timeColumn = "when";
        s.activityColumn = "what";
        s.lifecycleColumn = "lc";
        EventLogOptions o;
        o.maxBadShare = 0.5;
        QString error;
        const auto a = EventSql::analyze(server(), s, o, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->rows, 5);
        QCOMPARE(a->skippedRows, 1);
        QCOMPARE(a->badRowCount, 2);
        QCOMPARE(a->events, 2);
        QCOMPARE(a->badRows.size(), 2);
        QVERIFY2(a->badRows[0].reason.contains("1 row: no case id"), qPrintable(a->badRows[0].reason));
        o.maxBadShare = 0.01;
        QVERIFY(!EventSql::analyze(server(), s, o, &error));
        QVERIFY2(error.contains("2 of 4 rows cannot be read") && error.contains("no time"),
                 qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", "check");
        {
            db.setHostName(m_socket);
            db.setDatabaseName("events");
            db.setUserName("waymark");
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT count(*) FROM worked") && q.next());
            QCOMPARE(q.value(0).toInt(), 9);
            db.close();
        }
        db = {};
        QSqlDatabase::removeDatabase("check");
    }

    // Each way a source can be wrong: a message that names it and says what to do.
    void errors()
    {
        QString error;
        EventSqlSource s = worked();

        EventSqlSource missing = s;
        missing.table = "no_such_table";
        QVERIFY(!EventSql::analyze(server(), missing, {}, &error));
        QVERIFY2(error.startsWith("no_such_table: ") && error.contains("does not exist"),
                 qPrintable(error));

        missing = s;
        missing.activityColumn = "page";
        QVERIFY(!EventSql::analyze(server(), missing, {}, &error));
        QVERIFY2(error.contains("no column \"page\"") && error.contains("case, time, activity"),
                 qPrintable(error));

        EventSqlSource text;
        text.table = "odd";
        text.caseColumn = "what";
        text.timeColumn = "as text";
        text.activityColumn = "what";
        QVERIFY(!EventSql::analyze(server(), text, {}, &error));
        QVERIFY2(error.contains("column \"as text\" holds text, not times"), qPrintable(error));

        // A SELECT of the user's runs read-only: it cannot change the data.
        EventSqlSource writes = s;
        writes.table.clear();
        writes.query = "SELECT * FROM worked WHERE nextval('generated_line_seq') > 0";
        QVERIFY(!EventSql::analyze(server(), writes, {}, &error));
        QVERIFY2(error.contains("read-only transaction"), qPrintable(error));

        QVERIFY(!EventSql::analyze(server("nobody"), s, {}, &error));
        QVERIFY2(error.contains("cannot connect") && error.contains("nobody"), qPrintable(error));

        EventDatabase wrong = server("secret");
        wrong.password = "wrong";
        QVERIFY(!EventSql::analyze(wrong, s, {}, &error));
        QVERIFY2(error.contains("refused the password of \"secret\""), qPrintable(error));

        EventDatabase tls = server();
        tls.sslMode = "require";
        tls.host = "127.0.0.1";
        tls.port = 1; // nothing listens there
        QVERIFY(!EventSql::analyze(tls, s, {}, &error));
        QVERIFY2(error.contains("cannot connect"), qPrintable(error));
        QVERIFY2(error.startsWith("postgresql://waymark@127.0.0.1:1/events?sslmode=require"),
                 qPrintable(error));
    }

    // The password from PGPASSFILE, as libpq reads ~/.pgpass.
    void passwordFile()
    {
        const QString file = writeFile("pgpass", "*:*:*:secret:s3cret\n");
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", file.toUtf8());
        EventSqlSource s = worked();
        QString error;
        const auto a = EventSql::analyze(server("secret"), s, {}, &error);
        qunsetenv("PGPASSFILE");
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->events, 9);
    }

    // Cancel stops the query on the server; a statement timeout too, each with its message.
    void cancelAndTimeout()
    {
        EventSqlSource slow = worked();
        slow.table.clear();
        slow.query = "SELECT * FROM worked WHERE pg_sleep(1) IS NOT NULL";
        EventLogControl control;
        EventLogOptions o;
        o.control = &control;
        QString error;
        QElapsedTimer clock;
        clock.start();
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            control.cancel = true;
        });
        const auto a = EventSql::analyze(server(), slow, o, &error);
        canceller.join();
        QVERIFY(!a);
        QVERIFY2(error.endsWith(": cancelled"), qPrintable(error));
        QVERIFY(clock.elapsed() < 8000); // nine rows of 1 s each, stopped early

        EventDatabase limited = server();
        limited.statementTimeout = 1;
        QVERIFY(!EventSql::analyze(limited, slow, {}, &error));
        QVERIFY2(error.contains("took longer than the 1 second allowed"), qPrintable(error));
    }

    // TLS as libpq names it: the server takes TCP connections on 127.0.0.1 with TLS only, with
    // a self-signed certificate for "localhost".
    void tlsModes()
    {
        const QString certificate = m_socket + "/server.crt";
        if (!QFile::exists(certificate))
            QSKIP("pg_start.sh found no openssl: the server has no TLS (apt-get install openssl)");
        EventSqlSource s = worked();
        QString error;
        const auto over = [&](const QString &url) {
            auto d = EventDatabase::fromUrl(url, &error);
            return d ? EventSql::analyze(*d, s, {}, &error) : std::nullopt;
        };
        const QString base = "postgresql://waymark@%1:" + QString::number(m_port) + "/events?sslmode=";
        auto a = over(base.arg("127.0.0.1") + "require");
        QVERIFY2(a && a->events == 9, qPrintable(error));
        // The certificate checked against its authority and the host name.
        a = over(base.arg("localhost") + "verify-full&sslrootcert=" + certificate);
        QVERIFY2(a && a->events == 9, qPrintable(error));
        QVERIFY(!over(base.arg("127.0.0.1") + "verify-full&sslrootcert=" + certificate));
        QVERIFY2(error.contains("cannot connect") && error.contains("127.0.0.1"), qPrintable(error));
        // Without TLS the server refuses; the message says what the server said.
        QVERIFY(!over(base.arg("127.0.0.1") + "disable"));
        QVERIFY2(error.contains("cannot connect") && error.contains("no encryption"), qPrintable(error));
        // verify-full without the authority: libpq looks in ~/.postgresql/root.crt.
        QVERIFY(!over(base.arg("localhost") + "verify-full&sslrootcert=" + m_socket + "/missing.crt"));
        QVERIFY2(error.contains("cannot connect"), qPrintable(error));
    }

    // waymark-cli analyze --db and import-events --db, end to end.
    void cliEndToEnd()
    {
        const QString url = "postgresql://waymark@/events?host=" + m_socket;
        Run r = cli({"analyze", "--db", url, "--table", "worked", "--order", "line", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject db = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(db["events"].toInt(), 9);
        QCOMPARE(db["encoding"].toString(), "PostgreSQL");
        QCOMPARE(db["columns"].toObject()["case"].toString(), "case");
        QVERIFY(db["bytes_received"].toInt() > 100);
        // The same touchpoints, transitions and paths as from the CSV file.
        r = cli({"analyze", m_dir.filePath("worked.csv"), "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject file = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *key : {"touchpoints", "transitions", "variants", "cases",
                                "throughput_median_s", "throughput_p90_s"})
            QVERIFY2(db[key] == file[key], key);

        r = cli({"analyze", "--db", url, "--table", "worked", "--show-sql"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("WITH src AS") && r.out.contains("FROM \"worked\" AS q"));

        // The password from standard input; a wrong one refused with the role named.
        const QString secret = "postgresql://secret@/events?host=" + m_socket;
        r = cli({"analyze", "--db", secret, "--table", "worked", "--password-stdin"}, "s3cret\n");
        QVERIFY2(r.code == 0 && r.out.contains("9 events of 3 cases"), qPrintable(r.err));
        r = cli({"analyze", "--db", secret, "--table", "worked", "--password-stdin"}, "nope\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("refused the password of \"secret\""), qPrintable(r.err));

        // Usage errors: exit code 2 and what to do.
        r = cli({"analyze", m_dir.filePath("worked.csv"), "--table", "worked"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--table needs --db"), qPrintable(r.err));
        r = cli({"analyze", m_dir.filePath("worked.csv"), "--db", url, "--table", "worked"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("reads no event log file"), qPrintable(r.err));
        r = cli({"analyze", "--db", "mysql://x@y/z", "--table", "worked"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("not a database address"), qPrintable(r.err));
        r = cli({"analyze", "--db", url});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("either --table or --query"), qPrintable(r.err));
        r = cli({"analyze", "--db", url, "--table", "nothing_here"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nothing_here") && r.err.contains("does not exist"), qPrintable(r.err));
        // In German too.
        r = cli({"analyze", "--db", url, "--table", "odd", "--case", "what", "--time", "as text",
                 "--activity", "what"}, {}, "de_DE.UTF-8");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("keine Zeiten"), qPrintable(r.err));

        // import-events --db: the figures on the sample's map, the database kept in the record.
        const QString project = m_dir.filePath("sample.waymark");
        r = cli({"new", project, "--template", "sample"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        psql("DROP TABLE IF EXISTS renewal_cli");
        psql("CREATE TABLE renewal_cli(id bigserial, customer_id text, \"timestamp\" timestamptz, "
             "touchpoint text, segment text)");
        psql(QString("\\copy renewal_cli(customer_id, \"timestamp\", touchpoint, segment) FROM '%1' "
                     "WITH (FORMAT csv, HEADER true)")
                 .arg(WAYMARK_TESTDATA "/eventlogs/renewal-events.csv"));
        r = cli({"import-events", project, "--db", url, "--table", "renewal_cli", "--order", "id", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QSqlDatabase projectDb = QSqlDatabase::addDatabase("QSQLITE", "project");
        {
            projectDb.setDatabaseName(project);
            QVERIFY(projectDb.open());
            QSqlQuery q(projectDb);
            QVERIFY(q.exec("SELECT mapping FROM metric_imports") && q.next());
            const QJsonObject kept =
                QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()["database"].toObject();
            QCOMPARE(kept["url"].toString(), url);
            QCOMPARE(kept["table"].toString(), "renewal_cli");
            QCOMPARE(kept["order"].toString(), "id");
            QVERIFY(q.exec("SELECT count(*) FROM metric_observations WHERE import_id IS NOT NULL") && q.next());
            QVERIFY(q.value(0).toInt() > 20);
            QVERIFY(!q.value(0).toString().contains("s3cret"));
            projectDb.close();
        }
        projectDb = {};
        QSqlDatabase::removeDatabase("project");
    }

    void columnsAndGuesses()
    {
        EventSqlSource s;
        s.table = "generated";
        QString error;
        const auto cols = EventSql::columns(server(), s, &error);
        QVERIFY2(cols, qPrintable(error));
        QCOMPARE(cols->size(), 5);
        QCOMPARE(cols->at(2).type, "timestamp with time zone");
        QVERIFY(cols->at(2).isTime);
        QVERIFY(!cols->at(3).isTime);
        EventSql::guessColumns(*cols, &s);
        QCOMPARE(s.caseColumn, "customer_id");
        QCOMPARE(s.timeColumn, "timestamp");
        QCOMPARE(s.activityColumn, "touchpoint");
        EventSqlSource empty;
        QVERIFY(!EventSql::columns(server(), empty, &error));
        QVERIFY2(error.contains("choose a table or write a SELECT"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEventSql)
#include "tst_eventsql.moc"
