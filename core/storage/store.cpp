// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "fileprobe.h"
#include "projectrows.h"
#include "sqlutil.h"

#include <filesystem>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
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

bool initialiseNewFile(QSqlDatabase &db, const Project &project, const SchemaPlan &plan,
                       QString *error)
{
    if (!execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error) ||
        !execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(plan.currentVersion), error) ||
        !execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!plan.create(db, error) ||
        !writeProjectRows(db, project, ChangeSet::everything(project), error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
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
        store->m_lock = std::make_unique<QLockFile>(store->m_path + QStringLiteral(".lock"));
        store->m_lock->setStaleLockTime(0); // stale only when its process is gone
        if (!store->m_lock->tryLock(0)) {
            if (store->m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, app;
                store->m_lock->getLockInfo(&pid, &host, &app);
                result->status = OpenResult::Status::InUse;
                result->error = Storage::tr("the project is open in another Waymark window "
                                            "(process %1 on %2)")
                                    .arg(pid)
                                    .arg(host);
                return {};
            }
            result->readOnlyReason = Storage::tr("no lock file can be created next to it");
            store->m_lock.reset();
            writable = false;
        }
    }
    store->m_readOnly = !writable;
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    store->m_db.setDatabaseName(store->m_path);
    if (!writable) store->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!store->m_db.open()) {
        result->error =
            Storage::tr("the file cannot be opened (%1)").arg(store->m_db.lastError().text());
        return {};
    }
    QString error;
    const QVariant check = queryValue(store->m_db, QStringLiteral("PRAGMA quick_check(1)"), &error);
    if (check.toString() != QLatin1String("ok")) {
        result->error =
            Storage::tr("the file is damaged (%1)").arg(check.isValid() ? check.toString() : error);
        return {};
    }
    const QStringList tables = store->m_db.tables();
    for (const QString &table : requiredTables()) {
        if (!tables.contains(table)) {
            result->error = Storage::tr("the file is damaged (table \"%1\" is missing)").arg(table);
            return {};
        }
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
    const QString tmp = reserveTempPath(path, error);
    if (tmp.isEmpty()) return false;
    bool ok;
    {
        ScopedConnection conn(tmp);
        ok = conn.db.open() && initialiseNewFile(conn.db, project, plan, error);
        if (!ok && error->isEmpty()) *error = conn.db.lastError().text();
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
            if (error->isEmpty()) *error = m_db.lastError().text();
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
        *error = m_db.lastError().text();
        return false;
    }
    if (!writeProjectRows(m_db, project, changes, error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
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
    }
    m_lock.reset();
}

} // namespace waymark
