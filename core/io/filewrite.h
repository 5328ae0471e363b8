// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QStringList>

// How every export reaches the disk: complete files or none, and the file system's own
// reason when it fails.
namespace waymark::FileWrite {

// Writes `bytes` to `path` atomically (QSaveFile), with the file system's reason on failure.
bool writeWhole(const QString &path, const QByteArray &bytes, QString *error);
// Writes several files all or nothing: each `write(stagingPath)` goes to a hidden name in its
// target's folder, and only when all succeeded are they renamed into place, so that a
// failure or a kill never leaves a new OUT-1 beside an old OUT-2. Removes the staged files
// on failure.
bool writeAllOrNothing(const QStringList &paths,
                       const std::function<bool(int index, const QString &stagingPath)> &write,
                       QString *error);

} // namespace waymark::FileWrite
