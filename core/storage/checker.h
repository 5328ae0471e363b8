// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace waymark {

struct CheckReport
{
    bool opened = false; // false: the file could not be read at all (see problems)
    int schemaVersion = 0;
    QStringList problems; // translated, one per finding; empty means the file is sound
    QStringList notices;  // translated; what opening did (a foreign side file set aside)
};

// Reads a project file without changing its content and reports integrity, schema and reference
// problems, including those foreign keys cannot express.
CheckReport checkProjectFile(const QString &path);

} // namespace waymark
