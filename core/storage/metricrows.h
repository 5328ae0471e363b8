// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

class QSqlDatabase;

namespace waymark {

// The metric tables of the project file (metric_definitions, metric_imports,
// metric_observations); see FORMAT.md.
bool loadMetricRows(QSqlDatabase &db, Project *project, QString *error);
bool writeMetricRows(QSqlDatabase &db, const Project &project, const ChangeSet &changes,
                     QString *error);

} // namespace waymark
