// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"

#include <cerrno>
#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace waymark {

namespace {

sqlite3 *handleOf(const QSqlDriver *driver)
{
    const QVariant v = driver ? driver->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

} // namespace

QString sqlErrorText(const QSqlError &error, sqlite3 *handle)
{
    const QString detail =
        error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    bool ok = false;
    int code = error.nativeErrorCode().toInt(&ok) & 0xff; // primary result code
    // Qt drops the code of a failed COMMIT; SQLite's own text for it names it too.
    for (const int known :
         {SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR, SQLITE_BUSY, SQLITE_CORRUPT, SQLITE_NOTADB})
        if (!ok && detail == QLatin1String(sqlite3_errstr(known))) code = known, ok = true;
    if (!ok) return detail;
    // SQLite keeps the errno of the last failed system call for these two codes only.
    if (handle && (code == SQLITE_IOERR || code == SQLITE_CANTOPEN)) {
        switch (sqlite3_system_errno(handle)) {
        case EROFS:
            return QCoreApplication::translate("Storage", "the drive or folder is read-only (%1)")
                .arg(detail);
        case EACCES:
        case EPERM:
            return QCoreApplication::translate("Storage",
                                               "writing there is no longer permitted (%1)")
                .arg(detail);
        case ENOSPC:
        case EDQUOT:
            code = SQLITE_FULL;
            break;
        default:
            break;
        }
    }
    switch (code) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Storage", "the disk is full (%1)").arg(detail);
    case SQLITE_READONLY:
        return QCoreApplication::translate("Storage", "the file cannot be written (%1)")
            .arg(detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("Storage", "the disk could not be read or written (%1)")
            .arg(detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Storage", "another program holds the file (%1)")
            .arg(detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Storage", "the file is damaged (%1)").arg(detail);
    default:
        return detail;
    }
}

QString sqlErrorText(const QSqlQuery &query)
{
    return sqlErrorText(query.lastError(), handleOf(query.driver()));
}

QString sqlErrorText(const QSqlDatabase &db)
{
    return sqlErrorText(db.lastError(), sqliteHandle(db));
}

bool execSql(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql)) return true;
    if (error) *error = sqlErrorText(query);
    return false;
}

QVariant queryValue(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next()) return query.value(0);
    if (error) *error = sqlErrorText(query);
    return {};
}

bool execPrepared(QSqlQuery &query, QString *error)
{
    if (query.exec()) return true;
    if (error) *error = sqlErrorText(query);
    return false;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    return handleOf(db.driver());
}

bool copyDatabase(sqlite3 *from, sqlite3 *to, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

QStringList userTables(QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                          "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace waymark
