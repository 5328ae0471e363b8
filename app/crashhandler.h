// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace waymark::CrashHandler {

// Writes a local report when the program crashes (SIGSEGV, SIGABRT, SIGBUS, SIGFPE,
// SIGILL): the version, the platform, the project that was open, the last actions and a
// backtrace, into `folder` (default: the data folder's "crashes"); nothing leaves the
// machine. Then the signal takes its normal course. Everything the handler writes is
// prepared beforehand, so it only calls async-signal-safe functions (and glibc's backtrace,
// loaded at install).
void install(const QString &folder = {});
QString reportFolder();
// What the report names as "the last actions" (a ring of the last 20) and "the project".
void noteAction(const QString &text);
void noteProject(const QString &path);

// At the next start: when a report was written since the last start, says so, shows where
// it is, and offers to reopen the project that was open. Returns the project to reopen, or
// an empty string.
QString offerAfterCrash(QWidget *parent);
// The newest report not shown yet, or empty (and marks it shown).
QString takeNewReport();
// The project a report names, or empty.
QString projectOf(const QString &report);

} // namespace waymark::CrashHandler
