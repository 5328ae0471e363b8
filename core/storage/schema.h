// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace waymark {

// "WYMK": PRAGMA application_id of every Waymark project file.
constexpr qint32 ApplicationId = 0x57594D4B;

struct Migration
{
    int from = 0; // migrates from schema `from` to `from + 1`
    QString description;
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

// What a Waymark build knows about the file format: how to create the current schema and
// the ordered steps that bring an older file up to it. Tests pass their own plans.
struct SchemaPlan
{
    int currentVersion = 1;
    std::function<bool(QSqlDatabase &db, QString *error)> create;
    QList<Migration> migrations;
    // Names of tables and indexes that older schemas had and their migrations remove.
    QStringList formerObjects;

    static const SchemaPlan &builtIn();
    // Runs the steps from `fromVersion` up to currentVersion inside the caller's transaction.
    bool migrate(QSqlDatabase &db, int fromVersion, QString *error) const;
};

// The tables a file must have to be read (checked after the header).
QStringList requiredTables(int schemaVersion);

} // namespace waymark
