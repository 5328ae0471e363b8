// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace waymark::cli {

enum Exit
{
    Ok = 0,
    BadInput = 1,
    Usage = 2
};

struct Io
{
    QTextStream &out;
    QTextStream &err;
    // "waymark-cli: error: FILE: reason" on stderr.
    int fail(const QString &file, const QString &reason, int code = BadInput);
    // "waymark-cli: note: FILE: notice" on stderr, one line per notice.
    void note(const QString &file, const QStringList &notices);
};

int runNew(const QStringList &args, Io &io);
int runInfo(const QStringList &args, Io &io);
int runCheck(const QStringList &args, Io &io);
int runExportPersonas(const QStringList &args, Io &io);
int runExport(const QStringList &args, Io &io);
int runTable(const QStringList &args, Io &io);
int runImportMetrics(const QStringList &args, Io &io);
int runFriction(const QStringList &args, Io &io);
int runAnalyze(const QStringList &args, Io &io);
int runImportEvents(const QStringList &args, Io &io);
int runImportSurvey(const QStringList &args, Io &io);
int runWorkshop(const QStringList &args, Io &io);
int runInbox(const QStringList &args, Io &io);
int runVotes(const QStringList &args, Io &io);
int runSnapshot(const QStringList &args, Io &io);
int runDiff(const QStringList &args, Io &io);
int runJourney(const QStringList &args, Io &io);
int runComments(const QStringList &args, Io &io);
int runComment(const QStringList &args, Io &io);
int runInsights(const QStringList &args, Io &io);
int runInsight(const QStringList &args, Io &io);
int runCoverage(const QStringList &args, Io &io);
int runOpportunities(const QStringList &args, Io &io);
int runOpportunity(const QStringList &args, Io &io);
int runBlueprint(const QStringList &args, Io &io);
int runArrow(const QStringList &args, Io &io);
int runLink(const QStringList &args, Io &io);
int runImportMermaid(const QStringList &args, Io &io);
int runMerge(const QStringList &args, Io &io);

// Subcommands that draw (text, images) and so need a QGuiApplication.
bool needsGui(const QString &command, const QStringList &args);

} // namespace waymark::cli
