// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

class QSqlDatabase;

namespace waymark {

class Store;

// The JSON form of a whole project (JSON.md): every table, every row, every column as the
// file holds it, in a stable order that diffs well in git. file -> JSON -> file is lossless.
namespace ProjectJson {

// The version of the JSON layout; a reader refuses a higher one.
constexpr int FormatVersion = 1;
// The most a JSON file may have (it is read whole).
constexpr qint64 MaxBytes = qint64(1) << 30;

// The tables in the order the JSON lists them (parents before children).
QStringList tableOrder(QSqlDatabase &db);

// The project in `store` as JSON text. False with the reason when a table cannot be read.
bool write(Store &store, QByteArray *json, QString *error);
// The same, read from the project file at `projectPath`.
bool writeFile(const QString &projectPath, QByteArray *json, QString *error);

// Creates the project file `path` from JSON text, all or nothing: a row that is missing a
// column, has one too many or of the wrong type, breaks a rule of the schema or refers to a
// missing row, and JSON from a newer Waymark, are refused with the table, row and reason.
bool create(const QByteArray &json, const QString &path, QString *error);
// The same from the JSON file `jsonPath`; its messages name the JSON file.
bool createFromFile(const QString &jsonPath, const QString &path, QString *error);

} // namespace ProjectJson

} // namespace waymark
