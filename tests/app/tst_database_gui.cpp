// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import Events from Database... as a consultant uses it: typing the address,
// connecting, picking the table, the suggested columns, the SQL shown, Compute, the import
// dialog, the values on the map (one undo step) and the address kept in the project without
// the password; a wrong table, a wrong password and Cancel during a long query. Needs the
// server of tests/pg/pg_start.sh (WAYMARK_PG_SOCKET); exits 77 (skipped) and says why
// without PostgreSQL.
#undef QT_NO_CAST_FROM_ASCII
#include "../pgutil.h"
#include "../testutil.h"
#include "guiutil.h"

#include "analytics/eventlog.h"
#include "analytics/eventsql.h"
#include "databasedialog.h"
#include "document/document.h"
#include "document/templates.h"
#include "i18n.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "storage/store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

class TestDatabaseGui : public QObject
{
    Q_OBJECT

    QString m_socket;
    QTemporaryDir m_dir;

    QString url() const { return "postgresql://waymark@/events?host=" + m_socket; }

    void psql(const QString &command)
    {
        const QString failure = psqlOnTestServer(m_socket, command);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    std::unique_ptr<Document> sampleDocument(const QString &name)
    {
        Project p;
        QString error;
        if (!sampleProject("en", &p, &error)) return nullptr;
        const QString file = m_dir.filePath(name);
        if (!Store::create(file, p, &error)) return nullptr;
        OpenResult opened;
        return Document::open(file, Store::Access::ReadWrite, &opened);
    }

    // Waits for the dialog's background step (connect, columns, compute); its result.
    static bool waitStep(DatabaseDialog *d)
    {
        return QTest::qWaitFor([d] { return !d->isRunning(); }, 60000);
    }

    static QString summary(DatabaseDialog *d)
    {
        return d->findChild<QLabel *>("databaseSummary")->text();
    }

private slots:
    void initTestCase()
    {
        m_socket = postgresForTest("tst_database_gui");
        QVERIFY(m_dir.isValid());
        psql("DROP TABLE IF EXISTS renewal");
        psql("CREATE TABLE renewal(id bigserial, customer_id text, \"timestamp\" timestamptz, "
             "touchpoint text, segment text)");
        psql(QString("\\copy renewal(customer_id, \"timestamp\", touchpoint, segment) FROM '%1' "
                     "WITH (FORMAT csv, HEADER true)")
                 .arg(WAYMARK_TESTDATA "/eventlogs/renewal-events.csv"));
    }

    void consultantImportsFromDatabase()
    {
        auto doc = sampleDocument("db.waymark");
        QVERIFY(doc);
        const QString file = doc->filePath();
        MainWindow w;
        w.setDocument(std::move(doc));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *action = w.findChild<QAction *>("importEventDatabase");
        QVERIFY(action && action->isEnabled());

        QString guessedCase, shownSql, shownSummary;
        int tableCount = -1;
        bool importEnabledBefore = true, importEnabledAfter = false;
        double shownEvents = -1;
        MetricImportPlan plan;
        whenShown<DatabaseDialog>([&](DatabaseDialog *d) {
            auto *address = d->findChild<QLineEdit *>("databaseUrl");
            QTest::keyClicks(address, url());
            QTest::keyClick(address, Qt::Key_Return); // connects
            if (!waitStep(d)) return d->reject();
            auto *table = d->findChild<QComboBox *>("databaseTable");
            tableCount = table->count();
            const int renewal = table->findText("renewal");
            if (renewal < 0) return d->reject();
            table->setCurrentIndex(renewal);
            emit table->activated(renewal); // as a click on the item: its columns are read
            QTest::qWait(50);
            if (!waitStep(d)) return d->reject();
            guessedCase = d->findChild<QComboBox *>("caseColumn")->currentText();
            auto *order = d->findChild<QComboBox *>("orderColumn");
            order->setCurrentIndex(order->findText("id"));
            auto *period = d->findChild<QComboBox *>("periodCut");
            period->setCurrentIndex(period->findData("month"));
            shownSql = d->findChild<QPlainTextEdit *>("databaseSql")->toPlainText();
            importEnabledBefore = d->findChild<QPushButton *>("importFigures")->isEnabled();
            if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
                d->grab().save(shots + "/database-dialog-before.png");
            QTest::mouseClick(d->findChild<QPushButton *>("computeFigures"), Qt::LeftButton);
            if (!waitStep(d)) return d->reject();
            shownSummary = summary(d);
            if (d->analysis()) {
                const qsizetype i = d->analysis()->activities.indexOf("hotline");
                if (i >= 0) shownEvents = double(d->analysis()->all().activities[i].events);
            }
            if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty()) {
                d->resize(1152, 648);
                d->grab().save(shots + "/database-dialog.png");
            }
            auto *import = d->findChild<QPushButton *>("importFigures");
            importEnabledAfter = import->isEnabled();
            if (!importEnabledAfter) return d->reject();
            whenShown<ImportDialog>([&](ImportDialog *i) {
                plan = i->plan();
                QTest::mouseClick(i->findChild<QPushButton *>("importButton"), Qt::LeftButton);
            });
            QTest::mouseClick(import, Qt::LeftButton);
        });
        action->trigger();
        QVERIFY(tableCount >= 1);
        QCOMPARE(guessedCase, "customer_id");
        QVERIFY2(shownSql.contains("FROM \"renewal\" AS q") && shownSql.contains("to_char(t, 'YYYY-MM')") &&
                     shownSql.contains("ORDER BY us, o, a") && shownSql.contains("q.\"id\" AS o"),
                 qPrintable(shownSql.left(600)));
        QVERIFY(!importEnabledBefore);
        QVERIFY2(shownSummary.contains("2,415 events of"), qPrintable(shownSummary));
        QVERIFY(importEnabledAfter);
        QVERIFY(plan.unmatched.isEmpty());
        QCOMPARE(w.document()->undoStack()->count(), 1);

        // The figure shown is the value the hotline card got; the same as from the CSV file.
        const Project &now = w.document()->project();
        Id eventCount, hotline;
        for (const MetricDefinition &m : now.metrics)
            if (m.key == "event-count") eventCount = m.id;
        for (const Card &c : now.journeys.first().cards)
            if (c.touchpointKey == "hotline") hotline = c.id;
        double stored = -1;
        int months = 0;
        for (const Observation &o : now.observations)
            if (o.metricId == eventCount && o.targetId == hotline && o.segment.isEmpty())
                o.period.isEmpty() ? void(stored = o.value) : void(++months);
        QVERIFY(shownEvents > 0);
        QCOMPARE(stored, shownEvents);
        QVERIFY(months >= 2);
        EventLogOptions local;
        local.columns = EventLogColumns::guess({"customer_id", "timestamp", "touchpoint", "segment"});
        QString error;
        const auto fromFile =
            EventLog::analyze(WAYMARK_TESTDATA "/eventlogs/renewal-events.csv", local, &error);
        QVERIFY2(fromFile, qPrintable(error));
        QCOMPARE(double(fromFile->all().activities[fromFile->activities.indexOf("hotline")].events),
                 stored);

        // One undo step takes it all back, redo brings it again; saved, it stays.
        w.document()->undoStack()->undo();
        for (const Observation &o : w.document()->project().observations)
            QVERIFY(o.metricId != eventCount || o.targetId != hotline);
        w.document()->undoStack()->redo();
        w.setDocument(nullptr); // every edit is in the file already; closing checkpoints it

        // The project keeps the address (no password) and the table: the next import starts
        // from them.
        OpenResult opened;
        auto again = Document::open(file, Store::Access::ReadWrite, &opened);
        QVERIFY(again);
        const QString mapping = again->project().imports.last().mapping;
        const QJsonObject kept = QJsonDocument::fromJson(mapping.toUtf8()).object()["database"].toObject();
        QCOMPARE(kept["url"].toString(), url());
        QCOMPARE(kept["table"].toString(), "renewal");
        QCOMPARE(kept["case"].toString(), "customer_id");
        QVERIFY(!mapping.contains("password"));
        DatabaseDialog next(again.get());
        QCOMPARE(next.findChild<QLineEdit *>("databaseUrl")->text(), url());
        QCOMPARE(next.findChild<QComboBox *>("databaseTable")->currentText(), "renewal");
        QCOMPARE(next.findChild<QComboBox *>("orderColumn")->currentText(), "id");
    }

    // What goes wrong is said in the dialog, and nothing is imported.
    void wrongTableAndPassword()
    {
        auto doc = sampleDocument("wrong.waymark");
        QVERIFY(doc);
        DatabaseDialog d(doc.get());
        d.show();
        d.findChild<QLineEdit *>("databaseUrl")->setText(url());
        auto *table = d.findChild<QComboBox *>("databaseTable");
        table->setEditText("renewals"); // a typo
        d.readColumns();
        QVERIFY(waitStep(&d));
        QVERIFY2(summary(&d).contains("renewals") && summary(&d).contains("does not exist"),
                 qPrintable(summary(&d)));
        QVERIFY(!d.findChild<QPushButton *>("computeFigures")->isEnabled());

        d.findChild<QLineEdit *>("databaseUrl")->setText(
            "postgresql://secret@/events?host=" + m_socket);
        d.findChild<QLineEdit *>("databasePassword")->setText("wrong");
        d.connectToDatabase();
        QVERIFY(waitStep(&d));
        QVERIFY2(summary(&d).contains("refused the password of \"secret\""),
                 qPrintable(summary(&d)));
        QVERIFY(!d.analysis());
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    // Cancel while the server computes: the query stops there, the dialog stays open.
    void cancelALongQuery()
    {
        auto doc = sampleDocument("cancel.waymark");
        QVERIFY(doc);
        DatabaseDialog d(doc.get());
        d.show();
        d.findChild<QLineEdit *>("databaseUrl")->setText(url());
        for (QRadioButton *r : d.findChildren<QRadioButton *>())
            if (r->text().contains("SELECT")) r->setChecked(true);
        d.findChild<QPlainTextEdit *>("databaseQuery")
            ->setPlainText("SELECT * FROM renewal WHERE pg_sleep(0.01) IS NOT NULL");
        d.readColumns();
        QVERIFY(waitStep(&d));
        QVERIFY(d.findChild<QPushButton *>("computeFigures")->isEnabled());
        d.compute();
        QTest::qWait(1000);
        QVERIFY(d.isRunning());
        d.reject(); // Cancel
        QVERIFY(d.isVisible());
        QVERIFY(waitStep(&d));
        QVERIFY2(summary(&d).endsWith("cancelled"), qPrintable(summary(&d)));
        QVERIFY(!d.analysis());
        QVERIFY(!d.findChild<QPushButton *>("importFigures")->isEnabled());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // WAYMARK_SHOTS_LANG=de: the screenshots (WAYMARK_SHOTS) in German; only for looking (the
    // English asserts then fail).
    if (qEnvironmentVariableIsSet("WAYMARK_SHOTS_LANG"))
        installTranslations(&app, qEnvironmentVariable("WAYMARK_SHOTS_LANG"));
    TestDatabaseGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database_gui.moc"
