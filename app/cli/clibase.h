// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the quick `waymark-cli analyze` (launcher.cpp, Qt Core only) and the full command set
// share: option parsing, the event-log options and the analysis as printed.

#include "clicommands.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QCoreApplication;
class QJsonObject;
class QTimeZone;

namespace waymark {
struct EventLogAnalysis;
struct EventLogBadRow;
struct EventLogColumns;
struct EventLogOptions;
} // namespace waymark

namespace waymark::cli {

// The application's name, organisation, version and translations, in either program.
void setUpApplication(QCoreApplication *app);
// "Usage: waymark-cli COMMAND [options] ..." and the rest of the parser's help.
QString helpText(const QCommandLineParser &parser, const QString &command);
// Parses a subcommand's options and checks it has `files` positional arguments (any number
// when negative); returns -1 to
// go on, or the exit code to stop with (after --help or a usage error).
int parse(QCommandLineParser &parser, const QString &command, const QStringList &args, Io &io,
          const QString &description, int files = 1);

// The options that say how to read an event log (--case, --time, --activity, --segment,
// --lifecycle, --tz, --period, --max-bad), and reading them with the log's header.
QList<QCommandLineOption> eventLogOptions();
bool eventLogSetup(const QCommandLineParser &parser, const QString &path, Io &io,
                   EventLogOptions *options, int *code);
// --tz, --period and --max-bad: for a file and for a database alike.
bool eventLogCommonSetup(const QCommandLineParser &parser, Io &io, EventLogOptions *options,
                         int *code);
// --tz into *zone when it is given; false with the message printed and `code` set.
bool zoneOption(const QCommandLineParser &parser, Io &io, QTimeZone *zone, int *code);
// The positional arguments: `files` before the log, then the log unless --db is given.
bool checkPositionals(const QCommandLineParser &parser, const QString &command, int files, Io &io,
                      int *code);
// The rows an import left out, ten of them by line (or the reason, for a database), then how
// many more.
void printBadRows(const QList<EventLogBadRow> &rows, qint64 count, const QString &source, Io &io);
void printBadRows(const EventLogAnalysis &a, const QString &source, Io &io);

// analyze: what it says it does, its --variants and --json, and --variants read into
// `options` (false with the message printed and `code` set).
QString analyzeDescription();
QList<QCommandLineOption> analyzeOutputOptions();
bool variantsOption(const QCommandLineParser &parser, Io &io, EventLogOptions *options, int *code);
// Prints an analysis as `analyze` does: JSON with `json`, else a summary. `database`: the
// columns of a database's events (a file's are named from its header when null).
int printAnalysis(const EventLogAnalysis &a, const QString &source, const EventLogColumns &columns,
                  const QJsonObject *database, bool json, Io &io);
// The options `analyze` of a file takes (eventLogOptions() and analyzeOutputOptions()); the
// launcher runs it itself only when no other option is given.
QList<QCommandLineOption> analyzeFileOptions();
// `analyze EVENTS.csv` with analyzeFileOptions() only (--db, --flow, --help and any other
// option go to the full command set): what the launcher runs without loading the rest.
int runAnalyzeFile(const QStringList &args, Io &io);

} // namespace waymark::cli
