// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommands.h"
#include "model/model.h"

class QCommandLineParser;

// What the subcommands share: option parsing with help that names the subcommand, reading
// a project, choosing journeys.
namespace waymark::cli {

// "Usage: waymark-cli COMMAND [options] ..." and the rest of the parser's help.
QString helpText(const QCommandLineParser &parser, const QString &command);
// Parses a subcommand's options and checks it has `files` positional arguments; returns -1 to
// go on, or the exit code to stop with (after --help or a usage error).
int parse(QCommandLineParser &parser, const QString &command, const QStringList &args, Io &io,
          const QString &description, int files = 1);
// Reads a project read-only; on failure the message is already on stderr and `code` says
// how to exit.
bool loadProject(const QString &file, Project *p, Io &io, int *code);
// The journeys a --journey option names: one by name or id, "all", or (empty) the first.
bool chooseJourneys(const Project &p, const QString &file, const QString &wanted, Io &io,
                    QList<Id> *journeys, int *code);

} // namespace waymark::cli
