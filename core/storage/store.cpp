// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "fileprobe.h"
#include "projectrows.h"
#include "sidefiles.h"
#include "sqlutil.h"

#include <filesystem>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryFile>

namespace waymark {

namespace {

// A scratch name in the target's folder, so that the final rename is atomic.
QString reserveTempPath(const QString &target, QString *error)
{
    const QFileInfo info(target);
    QTemporaryFile tmp(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                       QStringLiteral(".XXXXXX"));
    tmp.setAutoRemove(false);
    if (!tmp.open()) {
        *error = Storage::tr("cannot write in the folder %1 (%2)")
                     .arg(QDir::toNativeSeparators(info.absolutePath()), tmp.errorString());
        return {};
    }
    // QTemporaryFile is private (0600); a project file is an ordinary document.
    tmp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                       QFileDevice::ReadOther);
    return tmp.fileName();
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(),
                            QFile::encodeName(to).toStdString(), ec);
    if (!ec) return true;
    *error = QString::fromLocal8Bit(ec.message().c_str());
    QFile::remove(from);
    return false;
}

// An open connection that is closed and unregistered when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &file, const QString &options = {})
        : m_name(uniqueConnectionName(QStringLiteral("waymark-tmp")))
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(options);
    }
    ~ScopedConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db;

private:
    QString m_name;
};

QString uniqueBackupPath(const QString &path, int version)
{
    const QFileInfo info(path);
    const QString base = info.absolutePath() + QLatin1Char('/') + info.completeBaseName();
    QString candidate = base + QStringLiteral(" (before upgrade, format %1).waymark").arg(version);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate =
            base + QStringLiteral(" (before upgrade, format %1, %2).waymark").arg(version).arg(n);
    return candidate;
}

bool initialiseNewFile(QSqlDatabase &db, const Store::Filler &fill, const SchemaPlan &plan,
                       QString *error)
{
    if (!execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error) ||
        !execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(plan.currentVersion), error) ||
        !execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    if (!db.transaction()) {
        *error = sqlErrorText(db);
        return false;
    }
    if (!plan.create(db, error) || !fill(db, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = sqlErrorText(db);
        return false;
    }
    return true;
}

// Folds a log of committed changes back into the file and rolls back a hot journal, so that
// the project is one self-contained file again (its content does not change). Only while
// no other Waymark process holds the file; `haveLock` says the caller holds its lock.
void settle(const QString &path, bool haveLock)
{
    const bool wal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool journal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (!wal && !journal) return;
    if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable()) return;
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!haveLock && !lock.tryLock(0)) return;
    ScopedConnection conn(path);
    if (!conn.db.open()) return;
    queryValue(conn.db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    execSql(conn.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), nullptr);
    execSql(conn.db, QStringLiteral("PRAGMA journal_mode = DELETE"), nullptr);
}

// Triggers, views, tables and indexes that Waymark does not create could change or delete
// data behind its back (a trigger that empties a table on every save). Returns the first
// such object, described for the user, or an empty string.
QString foreignSchemaObject(QSqlDatabase &db, const SchemaPlan &plan, QString *error)
{
    QStringList expected = plan.formerObjects;
    {
        ScopedConnection memory(QStringLiteral(":memory:"));
        QString ignored;
        if (!memory.db.open() || !plan.create(memory.db, &ignored)) return {};
        QSqlQuery q(memory.db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master"));
        while (q.next())
            expected.append(q.value(0).toString());
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE "
                               "'sqlite\\_%' ESCAPE '\\' ORDER BY type DESC, name"))) {
        *error = sqlErrorText(q);
        return {};
    }
    while (q.next()) {
        const QString type = q.value(0).toString(), name = q.value(1).toString();
        if ((type == QLatin1String("table") || type == QLatin1String("index")) &&
            expected.contains(name))
            continue;
        if (type == QLatin1String("trigger")) return Storage::tr("a trigger \"%1\"").arg(name);
        if (type == QLatin1String("view")) return Storage::tr("a view \"%1\"").arg(name);
        if (type == QLatin1String("index")) return Storage::tr("an index \"%1\"").arg(name);
        return Storage::tr("a table \"%1\"").arg(name);
    }
    return {};
}

// PRAGMA quick_check's first finding, "ok", or empty with *error. A read-only connection
// skips CHECK constraints, so there the check runs on a copy in memory (the backup API
// copies pages as they are, damage included).
QString quickCheck(QSqlDatabase &db, bool readOnlyConnection, QString *error)
{
    const QString sql = QStringLiteral("PRAGMA quick_check(1)");
    if (!readOnlyConnection) return queryValue(db, sql, error).toString();
    ScopedConnection memory(QStringLiteral(":memory:"));
    if (!memory.db.open() || !copyDatabase(sqliteHandle(db), sqliteHandle(memory.db), error))
        return {};
    return queryValue(memory.db, sql, error).toString();
}

// SQLite stores whatever it is given; a text or blob in a numeric column (which CHECK
// constraints do not catch: a blob compares greater than any number) is damage.
QString misTypedValue(QSqlDatabase &db, QString *error)
{
    const QStringList tables = userTables(db);
    for (const QString &table : tables) {
        QSqlQuery columns(db);
        if (!columns.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) continue;
        QString key;
        QStringList numeric;
        while (columns.next()) {
            const QString name = columns.value(1).toString();
            const QString type = columns.value(2).toString().toUpper();
            if (key.isEmpty() || columns.value(5).toInt() == 1) key = name;
            if (type.contains(QLatin1String("INT")) || type.contains(QLatin1String("REAL")))
                numeric.append(name);
        }
        for (const QString &column : std::as_const(numeric)) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT \"%1\", typeof(\"%2\") FROM \"%3\" WHERE "
                                       "typeof(\"%2\") NOT IN ('integer', 'real', 'null') LIMIT 1")
                            .arg(key, column, table))) {
                *error = sqlErrorText(q);
                return {};
            }
            if (q.next())
                return Storage::tr("the file is damaged (table %1, row %2: %3 holds a %4 "
                                   "instead of a number)")
                    .arg(table, q.value(0).toString(), column, q.value(1).toString());
        }
    }
    return {};
}

// The lock files this process holds. A lock file with this process's id that is not among
// them is a leftover of ours: its removal failed (the folder was read-only at the time).
QSet<QString> &locksHeld()
{
    static QSet<QString> held;
    return held;
}
QMutex &locksHeldMutex()
{
    static QMutex mutex;
    return mutex;
}

bool isOurLeftoverLock(QLockFile &lock, const QString &path)
{
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app) || pid != QCoreApplication::applicationPid() ||
        host != QSysInfo::machineHostName())
        return false;
    const QMutexLocker locker(&locksHeldMutex());
    return !locksHeld().contains(path);
}

QString lockHolder(QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    lock.getLockInfo(&pid, &host, &app);
    if (app == QLatin1String("waymark-cli"))
        return Storage::tr("the project is being changed by waymark-cli (process %1 on %2)")
            .arg(pid)
            .arg(host);
    return Storage::tr("the project is open in another Waymark window (process %1 on %2)")
        .arg(pid)
        .arg(host);
}

} // namespace

Store::Store(const QString &path, const SchemaPlan &plan)
    : m_path(path), m_plan(plan), m_connection(uniqueConnectionName(QStringLiteral("waymark")))
{
}

Store::~Store()
{
    close();
}

std::unique_ptr<Store> Store::open(const QString &path, Access access, OpenResult *result,
                                   const SchemaPlan &plan)
{
    result->status = OpenResult::Status::Failed;
    const FileProbe probe = FileProbe::probe(path, plan.currentVersion);
    if (!probe.ok()) {
        result->error = probe.reason;
        return {};
    }
    const QFileInfo info(path);
    // Side files of another database are never replayed into the project.
    for (const SideFileCheck &side : vetSideFiles(info.absoluteFilePath(), probe.header)) {
        if (side.reason.isEmpty()) continue;
        const QString notice = setSideFileAside(side, &result->error);
        if (notice.isEmpty()) return {};
        result->notices.append(notice);
    }
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), plan));
    bool writable = access == Access::ReadWrite;
    if (writable) {
        if (!info.isWritable())
            result->readOnlyReason = Storage::tr("the file is read-only");
        else if (!QFileInfo(info.absolutePath()).isWritable())
            result->readOnlyReason = Storage::tr("its folder is read-only");
        writable = result->readOnlyReason.isEmpty();
    }
    if (writable) {
        const QString lockPath = store->m_path + QStringLiteral(".lock");
        store->m_lock = std::make_unique<QLockFile>(lockPath);
        store->m_lock->setStaleLockTime(0); // stale only when its process is gone
        bool locked = store->m_lock->tryLock(0);
        if (!locked && store->m_lock->error() == QLockFile::LockFailedError &&
            isOurLeftoverLock(*store->m_lock, lockPath) && store->m_lock->removeStaleLockFile())
            locked = store->m_lock->tryLock(0);
        if (locked) {
            const QMutexLocker locker(&locksHeldMutex());
            locksHeld().insert(lockPath);
        } else {
            if (store->m_lock->error() == QLockFile::LockFailedError) {
                result->status = OpenResult::Status::InUse;
                result->error = lockHolder(*store->m_lock);
                return {};
            }
            result->readOnlyReason = Storage::tr("no lock file can be created next to it");
            store->m_lock.reset();
            writable = false;
        }
    }
    store->m_readOnly = !writable;
    settle(store->m_path, writable);
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    store->m_db.setDatabaseName(store->m_path);
    // A reader uses a read-write connection that refuses writes where it can: SQLite checks
    // CHECK constraints only on such connections, so a reader refuses what a writer refuses.
    const bool sqliteReadOnly =
        !writable && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
    if (sqliteReadOnly) store->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!store->m_db.open()) {
        result->error =
            Storage::tr("the file cannot be opened (%1)").arg(sqlErrorText(store->m_db));
        return {};
    }
    QString error;
    if (!writable && !sqliteReadOnly &&
        !execSql(store->m_db, QStringLiteral("PRAGMA query_only = 1"), &error)) {
        result->error = Storage::tr("the file cannot be opened (%1)").arg(error);
        return {};
    }
    const QString check = quickCheck(store->m_db, sqliteReadOnly, &error);
    if (check != QLatin1String("ok")) {
        result->error =
            QFileInfo(store->m_path + QStringLiteral("-journal")).size() > 0 && sqliteReadOnly
                ? Storage::tr("the project has unfinished changes in %1 that must "
                              "be rolled back, which needs write access; copy both "
                              "files to a folder you can write to")
                      .arg(info.fileName() + QStringLiteral("-journal"))
                : Storage::tr("the file is damaged (%1)").arg(check.isEmpty() ? error : check);
        return {};
    }
    const QStringList tables = store->m_db.tables();
    const int fileVersion = queryValue(store->m_db, QStringLiteral("PRAGMA user_version")).toInt();
    for (const QString &table : requiredTables(fileVersion)) {
        if (!tables.contains(table)) {
            result->error = Storage::tr("the file is damaged (table \"%1\" is missing)").arg(table);
            return {};
        }
    }
    const QString foreign = foreignSchemaObject(store->m_db, plan, &error);
    if (!foreign.isEmpty() || !error.isEmpty()) {
        result->error =
            foreign.isEmpty()
                ? Storage::tr("the file is damaged (%1)").arg(error)
                : Storage::tr("the file holds %1 that Waymark did not create; it could change "
                              "data behind Waymark's back, so the file is not opened (remove it "
                              "with a SQLite tool, or use a copy that Waymark saved)")
                      .arg(foreign);
        return {};
    }
    if (const QString misTyped = misTypedValue(store->m_db, &error);
        !misTyped.isEmpty() || !error.isEmpty()) {
        result->error =
            misTyped.isEmpty() ? Storage::tr("the file is damaged (%1)").arg(error) : misTyped;
        return {};
    }
    store->m_schemaVersion = queryValue(store->m_db, QStringLiteral("PRAGMA user_version")).toInt();
    if (!execSql(store->m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)) {
        result->error = error;
        return {};
    }
    if (store->needsMigration()) {
        // Read through an upgraded copy in memory; the file itself is upgraded on first edit.
        const QString name = store->m_connection + QStringLiteral("-mem");
        store->m_memoryCopy = std::make_unique<QSqlDatabase>(
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name));
        store->m_memoryCopy->setDatabaseName(QStringLiteral(":memory:"));
        if (!store->m_memoryCopy->open() ||
            !copyDatabase(sqliteHandle(store->m_db), sqliteHandle(*store->m_memoryCopy), &error) ||
            !store->m_memoryCopy->transaction() ||
            !plan.migrate(*store->m_memoryCopy, store->m_schemaVersion, &error) ||
            !store->m_memoryCopy->commit()) {
            result->error = Storage::tr("the file cannot be upgraded (%1)").arg(error);
            return {};
        }
    }
    result->status = OpenResult::Status::Ok;
    return store;
}

bool Store::create(const QString &path, const Project &project, QString *error,
                   const SchemaPlan &plan)
{
    const Filler rows = [&project](QSqlDatabase &db, QString *e) {
        return writeProjectRows(db, project, ChangeSet::everything(project), e);
    };
    return createFile(path, rows, false, error, plan);
}

bool Store::createWith(const QString &path, const Filler &fill, QString *error,
                       const SchemaPlan &plan)
{
    return createFile(path, fill, true, error, plan);
}

bool Store::createFile(const QString &path, const Filler &fill, bool verify, QString *error,
                       const SchemaPlan &plan)
{
    const QString tmp = reserveTempPath(path, error);
    if (tmp.isEmpty()) return false;
    bool ok;
    {
        ScopedConnection conn(tmp);
        ok = conn.db.open() && initialiseNewFile(conn.db, fill, plan, error);
        if (!ok && error->isEmpty()) *error = sqlErrorText(conn.db);
    }
    if (ok && verify) {
        // What was written must be a project Waymark opens, or it does not replace anything.
        OpenResult opened;
        auto store = open(tmp, Access::ReadOnly, &opened, plan);
        Project loaded;
        QString loadError;
        ok = store && store->load(&loaded, &loadError);
        if (!ok)
            *error = Storage::tr("the project would not open (%1)")
                         .arg(store ? loadError : opened.error);
    }
    if (!ok) {
        QFile::remove(tmp);
        return false;
    }
    return replaceFile(tmp, path, error);
}

bool Store::load(Project *project, QString *error)
{
    return loadProjectRows(m_memoryCopy ? *m_memoryCopy : m_db, project, error);
}

bool Store::prepareForWriting(QString *error)
{
    if (m_readOnly) {
        *error = Storage::tr("the project is open read-only");
        return false;
    }
    if (m_writing) return true;
    if (needsMigration()) {
        const QString backup = uniqueBackupPath(m_path, m_schemaVersion);
        if (!QFile::copy(m_path, backup)) {
            *error = Storage::tr("no backup copy could be made before upgrading the file");
            return false;
        }
        if (!m_db.transaction() || !m_plan.migrate(m_db, m_schemaVersion, error) ||
            !m_db.commit()) {
            if (error->isEmpty()) *error = sqlErrorText(m_db);
            m_db.rollback();
            QFile::remove(backup);
            *error = Storage::tr("the file cannot be upgraded (%1)").arg(*error);
            return false;
        }
        m_backupPath = backup;
        m_schemaVersion = m_plan.currentVersion;
        const QString memName = m_memoryCopy->connectionName();
        m_memoryCopy->close();
        m_memoryCopy.reset();
        QSqlDatabase::removeDatabase(memName);
    }
    // WAL with full sync: every commit is durable at a fraction of a rollback journal's cost.
    execSql(m_db, QStringLiteral("PRAGMA journal_mode = WAL"), nullptr);
    execSql(m_db, QStringLiteral("PRAGMA synchronous = FULL"), nullptr);
    // A large edit (a metric import of 100,000 values) stays in memory until its commit
    // instead of spilling pages to the log half-way.
    execSql(m_db, QStringLiteral("PRAGMA cache_size = -65536"), nullptr);
    m_writing = true;
    return true;
}

bool Store::apply(const Project &project, const ChangeSet &changes, QString *error)
{
    if (!prepareForWriting(error)) return false;
    if (!m_db.transaction()) {
        *error = sqlErrorText(m_db);
        return false;
    }
    if (!writeProjectRows(m_db, project, changes, error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = sqlErrorText(m_db);
        m_db.rollback();
        return false;
    }
    return true;
}

bool Store::saveCopy(const QString &path, QString *error)
{
    const QString tmp = reserveTempPath(path, error);
    if (tmp.isEmpty()) return false;
    bool ok;
    {
        ScopedConnection conn(tmp);
        ok = conn.db.open() && copyDatabase(sqliteHandle(m_db), sqliteHandle(conn.db), error) &&
             execSql(conn.db, QStringLiteral("PRAGMA journal_mode = DELETE"), error);
    }
    if (!ok) {
        QFile::remove(tmp);
        return false;
    }
    return replaceFile(tmp, path, error);
}

void Store::close()
{
    if (m_memoryCopy) {
        const QString name = m_memoryCopy->connectionName();
        m_memoryCopy->close();
        m_memoryCopy.reset();
        QSqlDatabase::removeDatabase(name);
    }
    if (m_db.isValid()) {
        if (m_writing) {
            execSql(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), nullptr);
            execSql(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"), nullptr);
            m_writing = false;
        }
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        // A reader leaves no log behind that a writer could not fold while it was open.
        if (m_readOnly) settle(m_path, false);
    }
    if (m_lock) {
        const QMutexLocker locker(&locksHeldMutex());
        locksHeld().remove(m_path + QStringLiteral(".lock"));
    }
    m_lock.reset();
}

} // namespace waymark
