// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace waymark {

// Untitled projects live as real project files in the application's data folder, written
// through like any other, so a crash never loses them; Save As moves them where the user says.
// The folder of Preferences ("untitledFolder", read once per run, so a change applies at the
// next start) or, by default, the data folder's "untitled".
QString untitledFolder();
QString defaultUntitledFolder();
QString newUntitledPath();
bool isUntitledPath(const QString &path);
// Untitled files that no running Waymark holds: work left by a crash (in the chosen folder
// and the default one, so nothing is lost when the preference changes).
QStringList recoverableUntitledFiles();

} // namespace waymark
