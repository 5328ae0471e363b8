// SPDX-License-Identifier: GPL-3.0-or-later
#include "../testutil.h"
#include "document/templates.h"
#include "storage/checker.h"
#include "storage/fileprobe.h"
#include "storage/schema.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace waymark;
using namespace waymark::test;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString makeSample(const QString &name)
    {
        Project p;
        QString error;
        if (!sampleProject(QStringLiteral("en"), &p, &error) ||
            !Store::create(path(name), p, &error))
            qFatal("cannot make the sample");
        return path(name);
    }
    static void writeBytes(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void roundTrip()
    {
        Project original;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("de"), &original, &error));
        QVERIFY2(Store::create(path(QStringLiteral("rt.waymark")), original, &error),
                 qPrintable(error));
        OpenResult result;
        auto store =
            Store::open(path(QStringLiteral("rt.waymark")), Store::Access::ReadOnly, &result);
        QVERIFY2(store, qPrintable(result.error));
        Project loaded;
        QVERIFY2(store->load(&loaded, &error), qPrintable(error));
        QCOMPARE(loaded.journeys.size(), 2);
        QCOMPARE(loaded.personas.size(), 2);
        QCOMPARE(loaded.info.title, QStringLiteral("Verlängerung Internetvertrag"));
        QCOMPARE(loaded.info.created, original.info.created);
        QCOMPARE(normalized(loaded), normalized(original));
    }

    void headerIdentifiesWaymark()
    {
        const QString file = makeSample(QStringLiteral("hdr.waymark"));
        const int current = SchemaPlan::builtIn().currentVersion;
        const FileProbe probe = FileProbe::probe(file, current);
        QVERIFY(probe.ok());
        QCOMPARE(probe.schemaVersion, current);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray h = f.read(100);
        QCOMPARE(h.mid(68, 4), QByteArray("WYMK"));
    }

    void openNeverChangesFile()
    {
        const QString file = makeSample(QStringLiteral("untouched.waymark"));
        const QByteArray before = checksum(file);
        {
            OpenResult result;
            auto store = Store::open(file, Store::Access::ReadWrite, &result);
            QVERIFY(store);
            QVERIFY(!store->isReadOnly());
            Project p;
            QString error;
            QVERIFY(store->load(&p, &error));
        }
        QCOMPARE(checksum(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
    }

    void cleanCloseLeavesOneFile()
    {
        const QString file = makeSample(QStringLiteral("single.waymark"));
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        Project p;
        QString error;
        QVERIFY(store->load(&p, &error));
        p.info.title = QStringLiteral("Changed");
        ChangeSet changes;
        changes.info = true;
        QVERIFY2(store->apply(p, changes, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")));
        store->close();
        const QStringList left =
            QDir(m_dir.path()).entryList({QStringLiteral("single.waymark*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("single.waymark")});
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        QVERIFY(dumpFile(file).contains(QStringLiteral("meta|title|Changed")));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QByteArray random(4096, Qt::Uninitialized);
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251 + 1);
        QTest::newRow("random bytes") << random << QStringLiteral("unknown file type");
        QTest::newRow("text") << QByteArray("title,stage\nfoo,bar\n")
                              << QStringLiteral("text file");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00rest-of-zip")
                             << QStringLiteral("ZIP");
        QTest::newRow("short sqlite header")
            << QByteArray("SQLite format 3\0abc", 19) << QStringLiteral("truncated");
    }
    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("bad.waymark"));
        writeBytes(file, bytes);
        const QByteArray before = checksum(file);
        OpenResult result;
        QVERIFY(!Store::open(file, Store::Access::ReadWrite, &result));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QCOMPARE(checksum(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
    }

    void truncatedFile()
    {
        const QString file = makeSample(QStringLiteral("trunc.waymark"));
        QFile f(file);
        QVERIFY(f.resize(f.size() / 2 + 100));
        const QByteArray before = checksum(file);
        OpenResult result;
        QVERIFY(!Store::open(file, Store::Access::ReadWrite, &result));
        QVERIFY2(result.error.contains(QStringLiteral("truncated")), qPrintable(result.error));
        QCOMPARE(checksum(file), before);
    }

    void otherProgramsDatabase()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        QVERIFY(execOnFile(
            file, {QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")}));
        const QByteArray before = checksum(file);
        OpenResult result;
        QVERIFY(!Store::open(file, Store::Access::ReadWrite, &result));
        QVERIFY2(result.error.contains(QStringLiteral("another program")),
                 qPrintable(result.error));
        QCOMPARE(checksum(file), before);
    }

    void newerVersion()
    {
        const QString file = makeSample(QStringLiteral("newer.waymark"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(60);
        f.write(QByteArray("\x00\x00\x00\x07", 4)); // user_version 7
        f.close();
        const QByteArray before = checksum(file);
        OpenResult result;
        QVERIFY(!Store::open(file, Store::Access::ReadWrite, &result));
        QVERIFY2(result.error.contains(QStringLiteral("newer version")), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("7")));
        QCOMPARE(checksum(file), before);
    }

    void damagedPage()
    {
        const QString file = makeSample(QStringLiteral("damaged.waymark"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Scribble over the middle of the file, keeping the header and the size intact.
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\xA5'));
        f.close();
        const QByteArray before = checksum(file);
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        if (store) {
            Project p;
            QString error;
            QVERIFY(!store->load(&p, &error) || !checkProjectFile(file).problems.isEmpty());
        } else {
            QVERIFY2(result.error.contains(QStringLiteral("damaged")), qPrintable(result.error));
        }
        store.reset();
        QCOMPARE(checksum(file), before);
        QVERIFY(!checkProjectFile(file).problems.isEmpty());
    }

    void readOnlyFile()
    {
        const QString file = makeSample(QStringLiteral("ro.waymark"));
        if (!makeUnwritable(file))
            QSKIP("this file system cannot make a file read-only for this user");
        const QByteArray before = checksum(file);
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY(store);
        QVERIFY(store->isReadOnly());
        QCOMPARE(result.readOnlyReason, QStringLiteral("the file is read-only"));
        Project p;
        QString error;
        QVERIFY(store->load(&p, &error));
        QVERIFY(!store->apply(p, ChangeSet::everything(p), &error));
        QCOMPARE(error, QStringLiteral("the project is open read-only"));
        store.reset();
        makeWritable(file);
        QCOMPARE(checksum(file), before);
    }

    void readOnlyFolder()
    {
        const QString sub = path(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(sub));
        const QString file = makeSample(QStringLiteral("locked/p.waymark"));
        if (!makeUnwritable(sub))
            QSKIP("this file system cannot make a folder read-only for this user");
        const QByteArray before = checksum(file);
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY(store);
        QVERIFY(store->isReadOnly());
        QCOMPARE(result.readOnlyReason, QStringLiteral("its folder is read-only"));
        Project p;
        QString error;
        QVERIFY(store->load(&p, &error));
        QCOMPARE(p.journeys.size(), 2);
        store.reset();
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
        makeWritable(sub);
        QCOMPARE(checksum(file), before);
        // Save As out of a read-only folder is the way to go on editing: a new file elsewhere.
    }

    void secondOpenerIsToldInUse()
    {
        const QString file = makeSample(QStringLiteral("inuse.waymark"));
        // The lock belongs to another live process, as it would for a second Waymark.
        QProcess holder;
        holder.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(holder.waitForStarted());
        {
            // QLockFile's format: pid, process name, host, machine id, boot id.
            QFile lock(file + QStringLiteral(".lock"));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(QByteArray::number(holder.processId()) + "\nsleep\n" +
                       QSysInfo::machineHostName().toUtf8() + "\n" + QSysInfo::machineUniqueId() +
                       "\n" + QSysInfo::bootUniqueId() + "\n");
        }
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY(!store);
        QCOMPARE(result.status, OpenResult::Status::InUse);
        QVERIFY2(result.error.contains(QString::number(holder.processId())),
                 qPrintable(result.error));
        // Read-only is still possible.
        auto readOnly = Store::open(file, Store::Access::ReadOnly, &result);
        QVERIFY(readOnly);
        QVERIFY(readOnly->isReadOnly());
        holder.kill();
        holder.waitForFinished();
        // Once the holder is gone the lock is stale and the file opens for writing.
        readOnly.reset();
        auto writer = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(writer, qPrintable(result.error));
        QVERIFY(!writer->isReadOnly());
    }

    void crashLeftovers()
    {
        // What a crash leaves: a write-ahead log not yet folded back, and a stale lock.
        const QString file = makeSample(QStringLiteral("crashed.waymark"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw,
                              "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                              " UPDATE journeys SET name='Before the crash' WHERE position=0",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);
        {
            QFile lock(file + QStringLiteral(".lock"));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write("999999\nwaymark\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        }
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(store, qPrintable(result.error));
        QVERIFY(!store->isReadOnly()); // the dead process's lock was taken over
        Project p;
        QString error;
        QVERIFY(store->load(&p, &error));
        QCOMPARE(p.journeys[0].name, QStringLiteral("Before the crash"));
        sqlite3_close(raw);
        store->close();
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
    }

    void saveCopyIsCompleteAndSelfContained()
    {
        const QString file = makeSample(QStringLiteral("src.waymark"));
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        Project p;
        QString error;
        QVERIFY(store->load(&p, &error));
        p.journeys[0].name = QStringLiteral("Edited before copy");
        ChangeSet c;
        c.journeys.insert(p.journeys[0].id);
        QVERIFY(store->apply(p, c, &error));
        const QString copy = path(QStringLiteral("copy.waymark"));
        QVERIFY2(store->saveCopy(copy, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
        QCOMPARE(dumpFile(copy), dumpFile(file));
        QVERIFY(
            dumpFile(copy).join(QLatin1Char('\n')).contains(QStringLiteral("Edited before copy")));
        QCOMPARE(checkProjectFile(copy).problems, QStringList());
        // A folder that does not exist gives a message, not a crash.
        QVERIFY(!store->saveCopy(path(QStringLiteral("nope/x.waymark")), &error));
        QVERIFY(!error.isEmpty());
    }

    void migrationUpgradesOnFirstEditAfterBackup()
    {
        const QString file = makeSample(QStringLiteral("old.waymark"));
        const QByteArray original = checksum(file);
        // A future schema that adds a column, with its step from the current one.
        SchemaPlan plan = SchemaPlan::builtIn();
        const int current = plan.currentVersion;
        plan.currentVersion = current + 1;
        plan.migrations.append(
            {current, QStringLiteral("add cards.effort"), [](QSqlDatabase &db, QString *error) {
                 return execSql(db, QStringLiteral("ALTER TABLE cards ADD COLUMN effort INTEGER"),
                                error);
             }});
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result, plan);
        QVERIFY2(store, qPrintable(result.error));
        QVERIFY(store->needsMigration());
        Project p;
        QString error;
        QVERIFY(store->load(&p, &error));
        QCOMPARE(p.journeys.size(), 2);
        QCOMPARE(checksum(file), original); // reading did not upgrade the file
        p.info.title = QStringLiteral("after upgrade");
        ChangeSet c;
        c.info = true;
        QVERIFY2(store->apply(p, c, &error), qPrintable(error));
        QVERIFY(!store->needsMigration());
        const QString backup = store->migrationBackupPath();
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(checksum(backup), original);
        store->close();
        QCOMPARE(FileProbe::probe(file, current + 1).schemaVersion, current + 1);
    }

    void formatOneFileUpgrades()
    {
        // Written by the first release (schema 1): the sample with four imported values.
        const QString file = path(QStringLiteral("format1.waymark"));
        QVERIFY(QFile::copy(QStringLiteral(WAYMARK_TESTDATA "/projects/format-1.waymark"), file));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray original = checksum(file);
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(store, qPrintable(result.error));
        QCOMPARE(store->schemaVersion(), 1);
        Project p;
        QString error;
        QVERIFY2(store->load(&p, &error), qPrintable(error));
        QCOMPARE(p.observations.size(), 4);
        QCOMPARE(p.imports.size(), 1);
        QCOMPARE(checksum(file), original);
        const auto find = [](const Project &project, const QString &segment) {
            for (const Observation &o : project.observations)
                if (o.segment == segment) return o;
            return Observation();
        };
        Observation newcomers = find(p, QStringLiteral("Neukunden"));
        QCOMPARE(newcomers.value, 2.9);
        QCOMPARE(newcomers.importId, p.imports[0].id);
        // One value changes and one goes: the first edit upgrades the file.
        ChangeSet c;
        for (Observation &o : p.observations)
            if (o.segment == QStringLiteral("Neukunden")) o.value = 3.2;
        const Observation gone = find(p, QStringLiteral("Bestandskunden"));
        p.observations.removeIf([&](const Observation &o) { return o == gone; });
        c.observations = {newcomers.key(), gone.key()};
        QVERIFY2(store->apply(p, c, &error), qPrintable(error));
        QCOMPARE(store->schemaVersion(), SchemaPlan::builtIn().currentVersion);
        QCOMPARE(checksum(store->migrationBackupPath()), original);
        store->close();
        store.reset();

        auto again = Store::open(file, Store::Access::ReadOnly, &result);
        QVERIFY2(again, qPrintable(result.error));
        QCOMPARE(again->schemaVersion(), SchemaPlan::builtIn().currentVersion);
        Project reloaded;
        QVERIFY2(again->load(&reloaded, &error), qPrintable(error));
        QCOMPARE(reloaded.observations.size(), 3);
        QCOMPARE(find(reloaded, QStringLiteral("Neukunden")).value, 3.2);
        QCOMPARE(find(reloaded, QStringLiteral("Bestandskunden")).metricId, Id());
        QCOMPARE(normalized(reloaded), normalized(p));
        again->close();
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void formatTwoFileLearnsMetricKinds()
    {
        // Written by schema 2 from a German KPI file: "Abbruchrate" stored as drop-off, and
        // "Anrufe" and "Wartezeit" silently "higher is better".
        const QString file = path(QStringLiteral("format2.waymark"));
        QVERIFY(QFile::copy(QStringLiteral(WAYMARK_TESTDATA "/projects/format-2.waymark"), file));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray original = checksum(file);
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(store, qPrintable(result.error));
        QCOMPARE(store->schemaVersion(), 2);
        Project p;
        QString error;
        QVERIFY2(store->load(&p, &error), qPrintable(error));
        QCOMPARE(checksum(file), original); // reading upgrades a copy in memory only
        const auto metric = [](const Project &project, const QString &key) {
            for (const MetricDefinition &m : project.metrics)
                if (m.key == key) return m;
            return MetricDefinition();
        };
        // Known keys keep their direction; a recognised name with the same direction is
        // decided; a name recognised with the other direction is left for the user.
        QCOMPARE(metric(p, QStringLiteral("drop-off")).kind, QStringLiteral("drop-off"));
        QVERIFY(metric(p, QStringLiteral("drop-off")).directionKnown);
        QCOMPARE(metric(p, QStringLiteral("csat")).kind, QStringLiteral("csat"));
        QCOMPARE(metric(p, QStringLiteral("anrufe")).kind, QStringLiteral("volume"));
        QVERIFY(metric(p, QStringLiteral("anrufe")).directionKnown);
        QCOMPARE(metric(p, QStringLiteral("wartezeit")).kind, QStringLiteral("time"));
        QVERIFY(!metric(p, QStringLiteral("wartezeit")).directionKnown);
        QVERIFY(metric(p, QStringLiteral("wartezeit")).higherIsBetter); // as stored
        // The first edit writes the upgrade, after a backup.
        MetricDefinition waiting = metric(p, QStringLiteral("wartezeit"));
        waiting.higherIsBetter = false;
        waiting.directionKnown = true;
        for (MetricDefinition &m : p.metrics)
            if (m.id == waiting.id) m = waiting;
        ChangeSet c;
        c.metrics = {waiting.id};
        QVERIFY2(store->apply(p, c, &error), qPrintable(error));
        QCOMPARE(store->schemaVersion(), 3);
        QCOMPARE(checksum(store->migrationBackupPath()), original);
        store->close();
        store.reset();
        auto again = Store::open(file, Store::Access::ReadOnly, &result);
        QVERIFY2(again, qPrintable(result.error));
        Project reloaded;
        QVERIFY2(again->load(&reloaded, &error), qPrintable(error));
        QCOMPARE(normalized(reloaded), normalized(p));
        QVERIFY(metric(reloaded, QStringLiteral("wartezeit")).directionKnown);
        again->close();
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void manyObservationsRoundTrip()
    {
        // 150 values: two full batches of the writer and 22 one by one.
        const QString file = makeSample(QStringLiteral("values.waymark"));
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(store, qPrintable(result.error));
        Project p;
        QString error;
        QVERIFY(store->load(&p, &error));
        MetricDefinition m;
        m.id = newId();
        m.key = QStringLiteral("csat");
        m.name = QStringLiteral("CSAT");
        p.metrics.append(m);
        MetricImport import;
        import.id = newId();
        import.sourceName = QStringLiteral("kpis.csv");
        import.importedAt = QDateTime::currentDateTimeUtc();
        p.imports.append(import);
        ChangeSet c;
        c.metrics.insert(m.id);
        c.imports.insert(import.id);
        const QList<Card> &cards = p.journeys[0].cards;
        for (int i = 0; i < 150; ++i) {
            const Observation o{m.id,
                                TargetKind::Card,
                                cards[i % 30].id,
                                QStringLiteral("2026-%1").arg(i / 30 + 1, 2, 10, QLatin1Char('0')),
                                i % 2 ? QStringLiteral("neu") : QString(),
                                i / 10.0,
                                i % 3 ? import.id : Id()};
            p.observations.append(o);
            c.observations.insert(o.key());
        }
        QVERIFY2(store->apply(p, c, &error), qPrintable(error));
        // Every third value changes, every fifth goes.
        ChangeSet second;
        for (qsizetype i = 0; i < p.observations.size(); ++i) {
            if (i % 3 == 0) p.observations[i].value += 100;
            second.observations.insert(p.observations[i].key());
        }
        p.observations.removeIf([&](const Observation &o) { return int(o.value * 10) % 5 == 0; });
        QVERIFY(p.observations.size() < 150);
        QVERIFY2(store->apply(p, second, &error), qPrintable(error));
        store->close();
        auto again = Store::open(file, Store::Access::ReadOnly, &result);
        QVERIFY2(again, qPrintable(result.error));
        Project reloaded;
        QVERIFY2(again->load(&reloaded, &error), qPrintable(error));
        QCOMPARE(reloaded.observations.size(), p.observations.size());
        QCOMPARE(normalized(reloaded).observations, normalized(p).observations);
        again->close();
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void failedMigrationChangesNothing()
    {
        const QString file = makeSample(QStringLiteral("oldfail.waymark"));
        SchemaPlan plan = SchemaPlan::builtIn();
        const int current = plan.currentVersion;
        plan.currentVersion = current + 1;
        plan.migrations.append(
            {current, QStringLiteral("broken"), [](QSqlDatabase &db, QString *error) {
                 return execSql(db, QStringLiteral("ALTER TABLE cards ADD COLUMN x INTEGER"),
                                error) &&
                        execSql(db, QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y"),
                                error);
             }});
        OpenResult result;
        QVERIFY(!Store::open(file, Store::Access::ReadWrite, &result, plan));
        QVERIFY2(result.error.contains(QStringLiteral("upgraded")), qPrintable(result.error));
        QCOMPARE(FileProbe::probe(file, current + 1).schemaVersion, current);
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        // A plan with no step from the file's version refuses clearly.
        SchemaPlan gap = SchemaPlan::builtIn();
        gap.currentVersion = current + 2;
        QVERIFY(!Store::open(file, Store::Access::ReadWrite, &result, gap));
        QVERIFY2(result.error.contains(QStringLiteral("no upgrade step")),
                 qPrintable(result.error));
    }

    void checkerFindsBrokenReferences()
    {
        const QString file = makeSample(QStringLiteral("refs.waymark"));
        QVERIFY(execOnFile(
            file,
            {QStringLiteral("UPDATE cards SET position = position + 5 WHERE rowid = (SELECT "
                            "min(rowid) FROM cards)"),
             QStringLiteral("INSERT INTO metric_definitions "
                            "VALUES('m1','csat','CSAT','','higher-better',1,5,4,3.5,3,'csat',1)"),
             QStringLiteral("INSERT INTO metric_observations "
                            "VALUES('m1','card','no-such-card','','',2.5,NULL)")}));
        const CheckReport report = checkProjectFile(file);
        QVERIFY(report.opened);
        QCOMPARE(report.problems.size(), 2);
        QVERIFY(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("no-such-card")));
        QVERIFY(
            report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("gaps or duplicates")));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // the sample draws its illustrations
    TestStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store.moc"
