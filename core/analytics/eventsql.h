// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/eventlog.h"

#include <QDateTime>
#include <QJsonObject>

namespace waymark {

// An event log inside a PostgreSQL-compatible database (PostgreSQL, Citus, Greenplum,
// YugabyteDB, ...): Waymark sends the computation of the figures to the server and brings back
// only the aggregates, with the definitions of core/analytics/DEFINITIONS.md. The password is
// never stored in a project: it is given for the session (typed, or from the system keychain:
// io/keychain.h), or libpq reads it from ~/.pgpass (PGPASSFILE) or PGPASSWORD.
struct EventDatabase
{
    QString host;    // a name, an address, or a folder holding the server's Unix socket
    int port = 0; // 0: libpq's default (PGPORT, else 5432)
    QString database, user;
    QString sslMode;            // libpq's sslmode (disable, prefer, require, verify-full, ...)
    QString sslRootCert;        // the CA certificate for verify-ca / verify-full (a file)
    QString password;           // this session only
    int connectTimeout = 10;    // seconds
    int statementTimeout = 0;   // seconds the computation may take (0: no limit)

    // postgresql://user[:password]@host[:port]/database[?sslmode=...&sslrootcert=FILE
    // &host=/socket/folder&port=N]
    // (also postgres://). Nullopt with the reason in *error.
    static std::optional<EventDatabase> fromUrl(const QString &url, QString *error);
    // The same form, without the password (what a project keeps).
    QString url() const;
};

// What to read there and which column is which (names as the database spells them).
struct EventSqlSource
{
    QString table; // a table or view, optionally with its schema ("sales.events")
    QString query; // or a SELECT of the user's (used when table is empty)
    QString caseColumn, timeColumn, activityColumn;
    QString segmentColumn, lifecycleColumn; // optional
    // Orders events at the same time within a case (an event id, a line number); without
    // one, such events are ordered by activity name (a table has no file order).
    QString orderColumn;
    QDateTime from, to; // the time window [from, to); an invalid time leaves that end open

    // With the database's address (no password) under "url": what an import keeps
    // (MetricMapping::database), so that the next import starts from it.
    QJsonObject toJson(const EventDatabase &database) const;
    static EventSqlSource fromJson(const QJsonObject &json, EventDatabase *database);
    // What the figures were computed from, for messages and the import's record:
    // "events" or "SELECT" (the first words of the query).
    QString displayName() const;
};

namespace EventSql {

struct Column
{
    QString name;
    QString type; // the database's type name ("timestamp with time zone", "text", ...)
    bool isTime = false; // a type the figures can use as the event's time
};

// The columns `source` delivers (its table, view or SELECT), without reading any row.
std::optional<QList<Column>> columns(const EventDatabase &database, const EventSqlSource &source,
                                     QString *error);
// The tables and views a user can read there ("schema.name"; "name" alone in "public").
std::optional<QStringList> tables(const EventDatabase &database, QString *error);
// Columns suggested from the names, as for a file: case, time, activity (EventLogColumns).
void guessColumns(const QList<Column> &columns, EventSqlSource *source);
// The SELECT that computes every figure (for review and copying; the time window, the time
// zone and the stages are its bound parameters :from, :to, :zone and :stages).
QString sql(const EventSqlSource &source, const EventLogOptions &options);
// Runs it: the figures of the events in the window, as EventLog::analyze gives them for a
// file (bad rows are counted by reason; a database has no line numbers). Options used:
// zone, period, maxBadShare, maxVariants, stageCount/stageOf and control (its `cancel`
// cancels the query on the server; `done` counts the steps taken, of `total`).
std::optional<EventLogAnalysis> analyze(const EventDatabase &database,
                                        const EventSqlSource &source,
                                        const EventLogOptions &options, QString *error);

} // namespace EventSql

} // namespace waymark
