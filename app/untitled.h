// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace waymark {

// Untitled projects live as real project files in the application's data folder, written
// through like any other, so a crash never loses them; Save As moves them where the user says.
QString untitledFolder();
QString newUntitledPath();
bool isUntitledPath(const QString &path);
// Untitled files that no running Waymark holds: work left by a crash.
QStringList recoverableUntitledFiles();

} // namespace waymark
