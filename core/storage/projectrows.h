// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

class QSqlDatabase;

namespace waymark {

// Reads every table of a project file into `project` (replacing its contents).
bool loadProjectRows(QSqlDatabase &db, Project *project, QString *error);
// Writes the touched rows inside the caller's transaction.
bool writeProjectRows(QSqlDatabase &db, const Project &project, const ChangeSet &changes,
                      QString *error);

} // namespace waymark
