// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "schema.h"
#include "trcontexts.h"

#include <memory>
#include <QLockFile>
#include <QSqlDatabase>

namespace waymark {

struct OpenResult
{
    enum class Status
    {
        Ok,
        InUse,
        Failed
    };
    Status status = Status::Failed;
    QString error;          // translated reason, without the file name
    QString readOnlyReason; // set when the file opened read-only although writing was asked
    QStringList notices;    // translated; what opening did that the user should know
};

// One open project file. Opening never writes; the first apply() switches the file to
// write-ahead logging (migrating an older schema first, after a backup copy), and close()
// folds the log back so that a closed project is one self-contained file.
class Store
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    static std::unique_ptr<Store> open(const QString &path, Access access, OpenResult *result,
                                       const SchemaPlan &plan = SchemaPlan::builtIn());
    // Writes `project` into a new file at `path` (replacing it atomically if it exists).
    static bool create(const QString &path, const Project &project, QString *error,
                       const SchemaPlan &plan = SchemaPlan::builtIn());
    // Writes a new file at `path` whose rows `fill` inserts into the empty current schema (in
    // one transaction, foreign keys on); the file must then open and load like any other
    // before it replaces `path`. Nothing is left behind on failure.
    using Filler = std::function<bool(QSqlDatabase &db, QString *error)>;
    static bool createWith(const QString &path, const Filler &fill, QString *error,
                           const SchemaPlan &plan = SchemaPlan::builtIn());

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    bool needsMigration() const { return m_schemaVersion < m_plan.currentVersion; }
    // Where the pre-upgrade copy went, once an upgrade happened.
    QString migrationBackupPath() const { return m_backupPath; }

    bool load(Project *project, QString *error);
    // The connection the rows are read from: the file, or its upgraded copy in memory when the
    // file has an older schema. For readers of whole tables (the JSON form); never write to it.
    QSqlDatabase &readDatabase() { return m_memoryCopy ? *m_memoryCopy : m_db; }
    // Writes the touched objects in one transaction; nothing is written if any part fails.
    bool apply(const Project &project, const ChangeSet &changes, QString *error);
    // A consistent copy of the whole file at `path`, written atomically (SQLite backup API).
    bool saveCopy(const QString &path, QString *error);
    void close();

private:
    Store(const QString &path, const SchemaPlan &plan);
    static bool createFile(const QString &path, const Filler &fill, bool verify, QString *error,
                           const SchemaPlan &plan);
    bool prepareForWriting(QString *error);
    bool writeChanges(const Project &project, const ChangeSet &changes, QString *error);

    QString m_path;
    const SchemaPlan &m_plan;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = true;
    bool m_writing = false; // the file is in WAL mode and ready for writes
    int m_schemaVersion = 0;
    QString m_backupPath;
    std::unique_ptr<QSqlDatabase> m_memoryCopy; // a migrated copy to read an old file
};

} // namespace waymark
