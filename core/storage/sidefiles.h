// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace waymark {

// SQLite keeps uncommitted or not yet folded-in changes in side files next to the project
// ("-wal", "-journal") and replays them when it opens the file. A side file that belongs to
// another database (left there by a copy, a crash of another program, a file manager) would
// be replayed into the project and destroy it, so each one is vetted before SQLite sees it.
struct SideFileCheck
{
    QString path;   // the side file
    QString reason; // translated; empty when the file fits the project
};

// Checks `dbPath`'s "-wal" and "-journal" against the project's own header (its first 100
// bytes): a log beside a file in rollback mode, a different page size, a first page of
// another program, or a journal without SQLite's header does not belong to the project.
QList<SideFileCheck> vetSideFiles(const QString &dbPath, const QByteArray &header);

// Renames a foreign side file (and the "-shm" index beside a foreign "-wal") out of SQLite's
// way, keeping it: "project.waymark-wal.set-aside-20261202-161700". Returns the translated
// notice for the user, or an empty string and *error when the rename failed.
QString setSideFileAside(const SideFileCheck &file, QString *error);

} // namespace waymark
