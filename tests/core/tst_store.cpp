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
        const int newer = SchemaPlan::builtIn().currentVersion + 1;
        f.write(QByteArray("\x00\x00\x00", 3) + char(newer)); // user_version, big-endian
        f.close();
        const QByteArray before = checksum(file);
        OpenResult result;
        QVERIFY(!Store::open(file, Store::Access::ReadWrite, &result));
        QVERIFY2(result.error.contains(QStringLiteral("newer version")), qPrintable(result.error));
        QVERIFY(result.error.contains(QString::number(newer)));
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

    // Commits `sql` so that it lives only in the file's log, as a crash right after the
    // commit leaves it.
    static bool commitToLogOnly(const QString &file, const QByteArray &sql)
    {
        sqlite3 *raw = nullptr;
        if (sqlite3_open(QFile::encodeName(file).constData(), &raw) != SQLITE_OK) return false;
        sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        const QByteArray all = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; " + sql;
        const int rc = sqlite3_exec(raw, all.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        return rc == SQLITE_OK && QFileInfo(file + QStringLiteral("-wal")).size() > 0;
    }

    // Another SQLite database with committed changes still in its log, as a crash leaves it.
    QString otherDatabaseWithLog(const QString &name, int pageSize = 4096)
    {
        const QString other = path(name);
        sqlite3 *raw = nullptr;
        if (sqlite3_open(QFile::encodeName(other).constData(), &raw) != SQLITE_OK) return {};
        sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        const QByteArray sql = "PRAGMA page_size=" + QByteArray::number(pageSize) +
                               "; PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                               " CREATE TABLE accounts(x); INSERT INTO accounts VALUES (1);"
                               " PRAGMA user_version=7;";
        const int rc = sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        return rc == SQLITE_OK && QFileInfo(other + QStringLiteral("-wal")).size() > 0 ? other
                                                                                       : QString();
    }

    void foreignLogIsSetAsideNotReplayed_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("same page size") << 4096; // caught by the clean-close header
        QTest::newRow("other page size") << 1024;
    }
    void foreignLogIsSetAsideNotReplayed()
    {
        QFETCH(int, pageSize);
        const QString tag = QString::number(pageSize);
        const QString file = makeSample(QStringLiteral("foreign-wal-%1.waymark").arg(tag));
        const QStringList before = dumpFile(file);
        const QString other =
            otherDatabaseWithLog(QStringLiteral("other-%1.db").arg(tag), pageSize);
        QVERIFY(!other.isEmpty());
        QVERIFY(QFile::copy(other + QStringLiteral("-wal"), file + QStringLiteral("-wal")));
        const QByteArray logBytes = checksum(file + QStringLiteral("-wal"));

        // Even a reader (check, info) must not replay it; a writer even less.
        const CheckReport report = checkProjectFile(file);
        QCOMPARE(report.problems, QStringList());
        QCOMPARE(report.notices.size(), 1);
        QVERIFY2(report.notices[0].contains(QStringLiteral("-wal")), qPrintable(report.notices[0]));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        const QStringList kept =
            QDir(m_dir.path())
                .entryList({QStringLiteral("foreign-wal-%1.waymark-wal.set-aside-*").arg(tag)},
                           QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(checksum(path(kept[0])), logBytes); // kept as it was

        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(store, qPrintable(result.error));
        QVERIFY(result.notices.isEmpty()); // nothing left to set aside
        Project p;
        QString error;
        QVERIFY2(store->load(&p, &error), qPrintable(error));
        store.reset();
        QCOMPARE(dumpFile(file), before);
    }

    void copiedOverProjectKeepsTheCopy()
    {
        // An import was killed after its commit (its log is beside the file); then the user
        // copied another version of the project over the file. The copy is what they want.
        const QString file = makeSample(QStringLiteral("copied.waymark"));
        const QString older = makeSample(QStringLiteral("older.waymark"));
        QVERIFY(commitToLogOnly(
            file, "DELETE FROM cards; UPDATE meta SET value='Newer' WHERE key='title'"));
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::copy(older, file));
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(store, qPrintable(result.error));
        QCOMPARE(result.notices.size(), 1);
        Project p;
        QString error;
        QVERIFY(store->load(&p, &error));
        QVERIFY(p.cardCount() > 0);
        QVERIFY(p.info.title != QStringLiteral("Newer"));
    }

    void foreignJournalIsSetAside_data()
    {
        QTest::addColumn<QByteArray>("journal");
        QTest::addColumn<bool>("foreign");
        QFile otherFile(otherDatabaseWithLog(QStringLiteral("journal-source.db")));
        // The foreign database's first page, as a hot journal would hold it.
        QByteArray otherPage;
        {
            sqlite3 *raw = nullptr;
            sqlite3_open(QFile::encodeName(otherFile.fileName()).constData(), &raw);
            sqlite3_exec(raw, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
            sqlite3_close(raw);
            QVERIFY(otherFile.open(QIODevice::ReadOnly));
            otherPage = otherFile.read(4096);
        }
        auto journal = [](quint32 pageSize, const QByteArray &firstPage) {
            QByteArray h("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
            auto put = [&h](quint32 v) {
                for (int shift = 24; shift >= 0; shift -= 8)
                    h.append(char((v >> shift) & 0xff));
            };
            put(1);        // records
            put(0x1234);   // nonce
            put(3);        // pages before the transaction
            put(512);      // sector size
            put(pageSize); // page size
            h.append(QByteArray(512 - h.size(), '\0'));
            put(1); // page number
            h.append(firstPage.leftJustified(int(pageSize), '\0', true));
            put(0);
            return h;
        };
        QTest::newRow("other database's first page") << journal(4096, otherPage) << true;
        QTest::newRow("other page size") << journal(1024, otherPage) << true;
        QTest::newRow("garbage") << QByteArray(3000, 'x') << true;
        QTest::newRow("zeroed header (not hot)") << QByteArray(1024, '\0') << false;
    }
    void foreignJournalIsSetAside()
    {
        QFETCH(QByteArray, journal);
        QFETCH(bool, foreign);
        const QString file = makeSample(
            QStringLiteral("journal-%1.waymark").arg(QString::fromLatin1(QTest::currentDataTag())));
        const QStringList before = dumpFile(file);
        writeBytes(file + QStringLiteral("-journal"), journal);
        OpenResult result;
        auto store = Store::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(store, qPrintable(result.error));
        QCOMPARE(result.notices.size(), foreign ? 1 : 0);
        if (foreign) QVERIFY(result.notices[0].contains(QStringLiteral("-journal")));
        Project p;
        QString error;
        QVERIFY2(store->load(&p, &error), qPrintable(error));
        store.reset();
        QCOMPARE(dumpFile(file), before);
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void readersFoldACrashedWritersLog()
    {
        // The data of a commit lives only in the log after a crash; info, check and export
        // fold it back instead of leaving -wal and -shm beside the file for good.
        const QString file = makeSample(QStringLiteral("folded.waymark"));
        QVERIFY(commitToLogOnly(file, "UPDATE meta SET value='Committed' WHERE key='title'"));
        const CheckReport report = checkProjectFile(file);
        QCOMPARE(report.problems, QStringList());
        QCOMPARE(report.notices, QStringList());
        const QStringList left =
            QDir(m_dir.path()).entryList({QStringLiteral("folded.waymark*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("folded.waymark")});
        QVERIFY(dumpFile(file).contains(QStringLiteral("meta|title|Committed")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(int(f.read(20).at(18)), 1); // rollback mode again: one self-contained file
    }

    static bool execRaw(const QString &file, const QByteArray &sql)
    {
        sqlite3 *raw = nullptr;
        if (sqlite3_open(QFile::encodeName(file).constData(), &raw) != SQLITE_OK) return false;
        char *message = nullptr;
        const int rc = sqlite3_exec(raw, sql.constData(), nullptr, nullptr, &message);
        if (message) qWarning("%s", message);
        sqlite3_free(message);
        sqlite3_close(raw);
        return rc == SQLITE_OK;
    }

    void foreignSchemaObjectsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("name");
        QTest::newRow("trigger")
            << QByteArray("CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM cards; END")
            << QStringLiteral("wipe");
        QTest::newRow("view") << QByteArray("CREATE VIEW summary AS SELECT * FROM cards")
                              << QStringLiteral("summary");
        QTest::newRow("table") << QByteArray("CREATE TABLE notes(x)") << QStringLiteral("notes");
        QTest::newRow("index") << QByteArray("CREATE INDEX cards_text ON cards(text)")
                               << QStringLiteral("cards_text");
    }
    void foreignSchemaObjectsAreRefused()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, name);
        const QString file = makeSample(QStringLiteral("schema-%1.waymark").arg(name));
        QVERIFY(execRaw(file, sql));
        const QByteArray before = checksum(file);
        for (const Store::Access access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
            OpenResult result;
            QVERIFY(!Store::open(file, access, &result));
            QVERIFY2(result.error.contains(QLatin1Char('"') + name + QLatin1Char('"')) &&
                         result.error.contains(QStringLiteral("did not create")),
                     qPrintable(result.error));
        }
        const CheckReport report = checkProjectFile(file);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems[0].contains(name));
        QCOMPARE(checksum(file), before);
    }

    // `check` runs every rule that opening runs: what one refuses, the other does too.
    void checkRefusesWhatOpeningRefuses_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("reason");
        const QByteArray unchecked = "PRAGMA ignore_check_constraints = 1; ";
        QTest::newRow("emotion 9")
            << unchecked + "UPDATE cards SET emotion = 9 WHERE rowid = (SELECT min(rowid) FROM "
                           "cards)"
            << QStringLiteral("CHECK constraint failed in cards");
        QTest::newRow("negative width")
            << unchecked + "UPDATE stages SET width = -5 WHERE position = 0"
            << QStringLiteral("CHECK constraint failed in stages");
        QTest::newRow("huge age") << unchecked + "UPDATE personas SET age = 100000"
                                  << QStringLiteral("CHECK constraint failed in personas");
        QTest::newRow("blob for a number")
            << QByteArray("UPDATE stages SET width = x'00ff' WHERE position = 1")
            << QStringLiteral("width holds a blob instead of a number");
        QTest::newRow("text for a number")
            << QByteArray("UPDATE lanes SET position = 'first' WHERE position = 0")
            << QStringLiteral("position holds a text instead of a number");
        QTest::newRow("huge width")
            << QByteArray("UPDATE stages SET width = 1e300 WHERE position = 0")
            << QStringLiteral("the size 1e+300 is not between 0 and 20000");
        QTest::newRow("dropped metrics table")
            << QByteArray("DROP TABLE metric_observations")
            << QStringLiteral("table \"metric_observations\" is missing");
        QTest::newRow("stage id twice")
            << QByteArray(
                   "PRAGMA foreign_keys = 0; PRAGMA legacy_alter_table = 1;"
                   " ALTER TABLE stages RENAME TO old;"
                   " CREATE TABLE stages(id TEXT NOT NULL, journey_id TEXT NOT NULL, position "
                   " INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
                   " colour TEXT NOT NULL DEFAULT '', moment_of_truth INTEGER NOT NULL DEFAULT 0,"
                   " width REAL NOT NULL DEFAULT 0, origin TEXT NOT NULL DEFAULT '');"
                   " INSERT INTO stages SELECT * FROM old; INSERT INTO stages SELECT * FROM old"
                   " LIMIT 1; DROP TABLE old; CREATE INDEX stages_journey ON stages(journey_id)")
            << QStringLiteral("the id is used by another row as well");
    }
    void checkRefusesWhatOpeningRefuses()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, reason);
        const QString file = makeSample(
            QStringLiteral("rule-%1.waymark").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(execRaw(file, sql));
        const QByteArray before = checksum(file);
        for (const Store::Access access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
            OpenResult result;
            auto store = Store::open(file, access, &result);
            QString error = result.error;
            Project p;
            if (store && store->load(&p, &error)) QFAIL("the file opened");
            QVERIFY2(error.contains(reason), qPrintable(error));
        }
        const CheckReport report = checkProjectFile(file);
        QVERIFY(!report.problems.isEmpty());
        QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(reason),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(checksum(file), before);
    }

    void damagedHeaderFieldsAreNamed_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("format number") << 60 << QByteArray("\x80\0\0\0", 4)
                                       << QStringLiteral("format number 2147483648 is not valid");
        QTest::newRow("UTF-16") << 56 << QByteArray("\0\0\0\x02", 4)
                                << QStringLiteral("text encoding 2 is not UTF-8");
    }
    void damagedHeaderFieldsAreNamed()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString file = makeSample(
            QStringLiteral("header-%1.waymark").arg(QString::fromLatin1(QTest::currentDataTag())));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(offset));
            f.write(bytes);
        }
        OpenResult result;
        QVERIFY(!Store::open(file, Store::Access::ReadWrite, &result));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QCOMPARE(checkProjectFile(file).problems, QStringList{result.error});
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
            {current, QStringLiteral("add cards.future_column"), [](QSqlDatabase &db, QString *error) {
                 return execSql(db, QStringLiteral("ALTER TABLE cards ADD COLUMN future_column INTEGER"),
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
        QCOMPARE(store->schemaVersion(), SchemaPlan::builtIn().currentVersion);
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
