// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clibase.h"
#include "clicommands.h"
#include "io/metricimport.h"
#include "model/model.h"

class QCommandLineParser;
class QTimeZone;

#include <memory>
#include <QCommandLineOption>

namespace waymark {
class Document;
struct EventLogOptions;
struct EventLogBadRow;
}

// What the subcommands share: option parsing with help that names the subcommand, reading
// a project, choosing journeys.
namespace waymark::cli {

// Reads a project read-only; on failure the message is already on stderr and `code` says
// how to exit.
bool loadProject(const QString &file, Project *p, Io &io, int *code);
// Opens the project for editing (read-only with `readOnly`, for a dry run); nullptr with the
// message printed and `code` set.
std::unique_ptr<Document> openDocument(const QString &file, bool readOnly, Io &io, int *code);
// --journey NAME|ID|all, as the commands that read several journeys offer it.
QCommandLineOption journeysOption();
// The journeys a --journey option names: one by name or id, "all", or (empty) the first.
bool chooseJourneys(const Project &p, const QString &file, const QString &wanted, Io &io,
                    QList<Id> *journeys, int *code);
// The one of `ids` whose text form starts with `wanted` (at least 6 characters, so that a
// shortened id as the lists print it works), or null when none or several do.
Id idByPrefix(const QList<Id> &ids, const QString &wanted);
// Which one of the flag options `actions` is set: empty (with the usage error printed and
// `code` set) when none or several are.
QString chooseAction(const QCommandLineParser &parser, const QStringList &actions,
                     const QString &usage, Io &io, int *code);
// The one journey a --journey option names (the first of "all"), or nullptr with the message
// printed and `code` set.
const Journey *chooseJourney(const Project &p, const QString &file, const QString &wanted,
                             Io &io, int *code);
// A card of `j` by its text or id (findTarget()), or nullptr with the message printed and
// `code` set (also when `wanted` names a stage or the journey).
const Card *findCard(const Journey &j, const QString &file, const QString &wanted, Io &io,
                     int *code);
// A card by its id or its text, a stage by its name or id, or "journey": what a comment is on
// or what an insight backs. Null with `error` set when none or several match.
Id findTarget(const Journey &j, const QString &wanted, QString *error);

// --dry-run and --json of the import commands.
QList<QCommandLineOption> importOptions();
// `new --from-events`: `project` with its journey drafted from the log, and the log's
// figures on it.
int draftFromEvents(const QCommandLineParser &parser, const QString &file, Project project,
                    Io &io);

// Prints a planned metric import (text, or JSON with `json`) and applies it as one step
// unless `dryRun`; returns the exit code. `computed`: the plan's table was computed from the
// file (its row numbers are no lines of the file).
int finishImport(Document &doc, const QString &file, const MetricImportPlan &plan,
                 const QString &tablePath, const MetricMapping &mapping, const QString &mappingFrom,
                 bool json, bool dryRun, Io &io, bool computed = false);

} // namespace waymark::cli
