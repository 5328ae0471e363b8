// SPDX-License-Identifier: GPL-3.0-or-later
// Kill -9 at random moments: waymark-cli is killed while it imports 20,000 metric values into
// a project in rollback-journal mode (so kills land in the switch to WAL, in the import's one
// transaction and in the clean-close checkpoint) and while it exports a PDF over an older
// one. After every kill the file passes PRAGMA integrity_check and `check`, opens for writing
// (the dead process's lock is taken over), and the import is either all there or not at all;
// the old PDF stays intact until a complete new one replaces it.
// WAYMARK_KILLS sets the number of kills per family (default 40).
#include "../testutil.h"
#include "document/templates.h"
#include "storage/checker.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sqlite3.h>

using namespace waymark;
using namespace waymark::test;

namespace {

// As any SQLite client that may write sees the file: a hot journal is rolled back first.
QString sqlValue(const QString &file, const char *sql)
{
    sqlite3 *raw = nullptr;
    QString result = QStringLiteral("cannot open");
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &raw, SQLITE_OPEN_READWRITE,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(raw, sql, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        else
            result = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_finalize(st);
    }
    sqlite3_close(raw);
    return result;
}

} // namespace

class TestKill : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base, m_table;
    int m_kills = 40;
    static constexpr int Rows = 20000;

    // Starts the CLI and kills it after `delayMs`; returns whether it was still running.
    static bool runAndKill(const QStringList &args, int delayMs)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral(WAYMARK_CLI_PATH), args);
        if (!p.waitForStarted()) return false;
        const bool finished = p.waitForFinished(delayMs);
        if (!finished) {
            p.kill(); // SIGKILL
            p.waitForFinished(10000);
        }
        return !finished;
    }
    static qint64 timeOf(const QStringList &args)
    {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral(WAYMARK_CLI_PATH), args);
        p.waitForFinished(120000);
        return p.exitCode() == 0 ? t.elapsed() : -1;
    }

private slots:
    void initTestCase()
    {
        m_kills = qEnvironmentVariableIntValue("WAYMARK_KILLS");
        if (m_kills <= 0) m_kills = 40;
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        m_base = m_dir.filePath(QStringLiteral("base.waymark"));
        QVERIFY2(Store::create(m_base, p, &error), qPrintable(error));
        // 20,000 values: 10 touchpoints x 2,000 periods of CSAT.
        QByteArray csv = "touchpoint_key,kpi,period,value\n";
        const char *keys[] = {
            "reminder-letter", "portal-contract", "tariff-page", "comparison-site",
            "hotline",         "renewal-form",    "shop",        "reminder-letter",
            "portal-contract", "tariff-page"};
        for (int i = 0; i < Rows; ++i)
            csv += QByteArray(keys[i % 10]) + ",Customer satisfaction,P" + QByteArray::number(i) +
                   "," + QByteArray::number(1 + i % 40 / 10.0) + "\n";
        m_table = m_dir.filePath(QStringLiteral("values.csv"));
        QFile f(m_table);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }

    void killsDuringImports()
    {
        const QString probe = m_dir.filePath(QStringLiteral("probe.waymark"));
        QVERIFY(QFile::copy(m_base, probe));
        const qint64 full = timeOf({QStringLiteral("import-metrics"), probe, m_table});
        QVERIFY2(full > 0, "the import does not run to its end");
        QCOMPARE(sqlValue(probe, "SELECT count(*) FROM metric_observations"),
                 QString::number(Rows));
        int killed = 0, complete = 0, absent = 0;
        for (int trial = 0; trial < m_kills; ++trial) {
            const QString file = m_dir.filePath(QStringLiteral("import-%1.waymark").arg(trial));
            QVERIFY(QFile::copy(m_base, file));
            const int delay = int(QRandomGenerator::global()->bounded(full * 12 / 10 + 1));
            if (runAndKill({QStringLiteral("import-metrics"), file, m_table}, delay)) ++killed;
            QCOMPARE(sqlValue(file, "PRAGMA integrity_check"), QStringLiteral("ok"));
            const CheckReport report = checkProjectFile(file);
            QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
            const QString count = sqlValue(file, "SELECT count(*) FROM metric_observations");
            QVERIFY2(count == QLatin1String("0") || count == QString::number(Rows),
                     qPrintable(QStringLiteral("trial %1 (killed after %2 ms): %3 values")
                                    .arg(trial)
                                    .arg(delay)
                                    .arg(count)));
            (count == QLatin1String("0") ? absent : complete)++;
            OpenResult result;
            auto store = Store::open(file, Store::Access::ReadWrite, &result);
            QVERIFY2(store && !store->isReadOnly(), qPrintable(result.error));
            store.reset();
            QVERIFY(QFile::remove(file));
        }
        qInfo("%d import trials, %d killed while running: %d complete, %d absent (a full import "
              "took %lld ms)",
              m_kills, killed, complete, absent, full);
        QVERIFY(killed > 0);
    }

    void killsDuringExportOverAnOlderOne()
    {
        const QString project = m_dir.filePath(QStringLiteral("export.waymark"));
        QVERIFY(QFile::copy(m_base, project));
        const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
        const QStringList args{QStringLiteral("export"),    project,
                               QStringLiteral("-o"),        pdf,
                               QStringLiteral("--journey"), QStringLiteral("all"),
                               QStringLiteral("--personas")};
        const qint64 full = timeOf(args);
        QVERIFY2(full > 0, "the export does not run to its end");
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::ReadWrite));
        const QByteArray complete = old.readAll();
        int killed = 0;
        for (int trial = 0; trial < m_kills; ++trial) {
            // An older export: marked, so that a half-replaced file would show.
            QByteArray older = complete;
            older.replace(complete.size() - 20, 5, "OLDER");
            QVERIFY(old.seek(0));
            QVERIFY(old.resize(0));
            old.write(older);
            old.flush();
            const int delay = int(QRandomGenerator::global()->bounded(full * 12 / 10 + 1));
            if (runAndKill(args, delay)) ++killed;
            QFile now(pdf);
            QVERIFY(now.open(QIODevice::ReadOnly));
            const QByteArray bytes = now.readAll();
            QVERIFY2(bytes == older ||
                         (bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF") &&
                          !bytes.contains("OLDER")),
                     qPrintable(QStringLiteral("trial %1: %2 bytes").arg(trial).arg(bytes.size())));
        }
        // QSaveFile's scratch files of killed exports may stay; never the target half-written.
        qInfo("%d export trials, %d killed while running (a full export took %lld ms)", m_kills,
              killed, full);
        QVERIFY(killed > 0);
    }
};

QTEST_MAIN(TestKill)
#include "tst_kill.moc"
