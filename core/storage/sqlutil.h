// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;
struct sqlite3;

namespace waymark {

// Every SQL error of storage, said one way: what happened in the user's words for the cases
// they can act on (a full disk, a read-only or vanished file, another program's lock,
// damage), then SQLite's own message, without Qt's "Unable to execute statement".
// With the connection's handle, an I/O error says what the system said: a drive that became
// read-only, permission taken away, a full disk.
QString sqlErrorText(const QSqlError &error, sqlite3 *handle = nullptr);
QString sqlErrorText(const QSqlQuery &query);
QString sqlErrorText(const QSqlDatabase &db);

// Runs one statement; on failure puts sqlErrorText into *error.
bool execSql(QSqlDatabase &db, const QString &sql, QString *error);
// Runs a query that yields one value; returns an invalid QVariant on failure.
QVariant queryValue(QSqlDatabase &db, const QString &sql, QString *error = nullptr);
bool execPrepared(QSqlQuery &query, QString *error);
// The raw handle behind a QSQLITE connection (for the backup API).
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// Copies every page of `from` into `to` with the SQLite online backup API.
bool copyDatabase(sqlite3 *from, sqlite3 *to, QString *error);

// The tables of the database (not SQLite's own), by name.
QStringList userTables(QSqlDatabase &db);

// A connection name unique in this process.
QString uniqueConnectionName(const QString &prefix);

} // namespace waymark
