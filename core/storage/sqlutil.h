// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

class QSqlDatabase;
class QSqlQuery;
struct sqlite3;

namespace waymark {

// Runs one statement; on failure puts the driver's message into *error.
bool execSql(QSqlDatabase &db, const QString &sql, QString *error);
// Runs a query that yields one value; returns an invalid QVariant on failure.
QVariant queryValue(QSqlDatabase &db, const QString &sql, QString *error = nullptr);
bool execPrepared(QSqlQuery &query, QString *error);
// The raw handle behind a QSQLITE connection (for the backup API).
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// Copies every page of `from` into `to` with the SQLite online backup API.
bool copyDatabase(sqlite3 *from, sqlite3 *to, QString *error);

// A connection name unique in this process.
QString uniqueConnectionName(const QString &prefix);

} // namespace waymark
