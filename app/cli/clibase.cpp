// SPDX-License-Identifier: GPL-3.0-or-later
// What the quick analyze and the full command set share (see clibase.h): Qt Core only.
#include "clibase.h"

#include "analytics/eventlog.h"
#include "i18n.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace waymark::cli {

int Io::fail(const QString &file, const QString &reason, int code)
{
    err << "waymark-cli: error: " << (file.isEmpty() ? QString() : file + QStringLiteral(": "))
        << reason << Qt::endl;
    return code;
}

void Io::note(const QString &file, const QStringList &notices)
{
    for (const QString &notice : notices)
        err << "waymark-cli: note: " << (file.isEmpty() ? QString() : file + QStringLiteral(": "))
            << notice << Qt::endl;
}

void setUpApplication(QCoreApplication *app)
{
    QCoreApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    installTranslations(app, resolveUiLanguage(QString()));
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    // Qt names the program by the path it was started with; the usage line names the
    // program and the subcommand instead.
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = text.left(lineEnd).indexOf(program);
    if (!program.isEmpty() && at >= 0)
        text.replace(at, program.size(), QStringLiteral("waymark-cli ") + command);
    return text;
}

int parse(QCommandLineParser &parser, const QString &command, const QStringList &args, Io &io,
          const QString &description, int files)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("waymark-cli ") + command} + args))
        return io.fail({}, parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << helpText(parser, command);
        return Ok;
    }
    if (files >= 0 && parser.positionalArguments().size() != files)
        return io.fail({},
                       files == 1 ? Cli::tr("'%1' expects one FILE argument; see 'waymark-cli %1 "
                                            "--help'")
                                        .arg(command)
                                  : Cli::tr("'%1' expects %2 arguments; see 'waymark-cli %1 "
                                            "--help'")
                                        .arg(command)
                                        .arg(files),
                       Usage);
    return -1;
}

QList<QCommandLineOption> eventLogOptions()
{
    return {
        {QStringLiteral("case"),
         Cli::tr("The case column (customer, session, ticket); default: guessed from the "
                 "header."),
         Cli::tr("COLUMN")},
        {QStringLiteral("time"), Cli::tr("The timestamp column; default: guessed."),
         Cli::tr("COLUMN")},
        {QStringLiteral("activity"),
         Cli::tr("The activity column (page, event, touchpoint); default: guessed."),
         Cli::tr("COLUMN")},
        {QStringLiteral("segment"), Cli::tr("A segment column, to measure each segment too."),
         Cli::tr("COLUMN")},
        {QStringLiteral("lifecycle"),
         Cli::tr("A lifecycle column (start/complete): only completions count; default: "
                 "guessed."),
         Cli::tr("COLUMN")},
        {QStringLiteral("tz"),
         Cli::tr("The time zone of times written without one (IANA name, e.g. Europe/Berlin; "
                 "default UTC)."),
         Cli::tr("ZONE")},
        {QStringLiteral("period"), Cli::tr("Cut the figures by week, month or quarter too."),
         Cli::tr("CUT")},
        {QStringLiteral("max-bad"),
         Cli::tr("Refuse the log when more than this percentage of rows cannot be read "
                 "(default 1)."),
         Cli::tr("PERCENT"), QStringLiteral("1")},
    };
}

bool eventLogSetup(const QCommandLineParser &parser, const QString &path, Io &io,
                   EventLogOptions *options, int *code)
{
    QString error;
    const auto header = EventLog::readHeader(path, &error);
    if (!header) {
        *code = io.fail({}, error);
        return false;
    }
    EventLogColumns c = EventLogColumns::guess(*header);
    const struct
    {
        const char *option;
        int *column;
    } chosen[] = {{"case", &c.caseId},
                  {"time", &c.time},
                  {"activity", &c.activity},
                  {"segment", &c.segment},
                  {"lifecycle", &c.lifecycle}};
    for (const auto &o : chosen) {
        const QString name = QString::fromLatin1(o.option);
        if (!parser.isSet(name)) continue;
        if (!EventLogColumns::byName(*header, parser.value(name), o.column)) {
            *code = io.fail(path,
                            Cli::tr("no column \"%1\" (--%2); the columns are: %3")
                                .arg(parser.value(name), name, header->join(QStringLiteral(", "))),
                            Usage);
            return false;
        }
    }
    // A segment is measured only when asked for.
    if (!parser.isSet(QStringLiteral("segment"))) c.segment = -1;
    c.channel = c.resource = -1;
    if (!c.complete()) {
        QStringList missing;
        if (c.caseId < 0) missing.append(QStringLiteral("--case"));
        if (c.time < 0) missing.append(QStringLiteral("--time"));
        if (c.activity < 0) missing.append(QStringLiteral("--activity"));
        *code = io.fail(
            path,
            Cli::tr("cannot tell which column is which; give %1 (the columns are: %2)")
                .arg(missing.join(QStringLiteral(", ")), header->join(QStringLiteral(", "))),
            Usage);
        return false;
    }
    options->columns = c;
    return eventLogCommonSetup(parser, io, options, code);
}

bool zoneOption(const QCommandLineParser &parser, Io &io, QTimeZone *zone, int *code)
{
    if (!parser.isSet(QStringLiteral("tz"))) return true;
    const QTimeZone chosen(parser.value(QStringLiteral("tz")).toUtf8());
    if (!chosen.isValid()) {
        *code = io.fail({},
                        Cli::tr("--tz: unknown time zone \"%1\" (e.g. Europe/Berlin, UTC)")
                            .arg(parser.value(QStringLiteral("tz"))),
                        Usage);
        return false;
    }
    *zone = chosen;
    return true;
}

bool eventLogCommonSetup(const QCommandLineParser &parser, Io &io, EventLogOptions *options,
                         int *code)
{
    if (!zoneOption(parser, io, &options->zone, code)) return false;
    if (parser.isSet(QStringLiteral("period")) &&
        (!fromKey(parser.value(QStringLiteral("period")), &options->period) ||
         options->period == PeriodCut::None)) {
        *code = io.fail({}, Cli::tr("--period expects week, month or quarter"), Usage);
        return false;
    }
    bool ok = false;
    const double maxBad = parser.value(QStringLiteral("max-bad")).toDouble(&ok);
    if (!ok || maxBad < 0 || maxBad > 100) {
        *code = io.fail({}, Cli::tr("--max-bad expects a percentage from 0 to 100"), Usage);
        return false;
    }
    options->maxBadShare = maxBad / 100;
    return true;
}

bool checkPositionals(const QCommandLineParser &parser, const QString &command, int files, Io &io,
                      int *code)
{
    // The options given (a parser without --db, as the quick analyze's, has none of it).
    const bool database = parser.optionNames().contains(QStringLiteral("db"));
    const int wanted = files + (database ? 0 : 1);
    if (parser.positionalArguments().size() == wanted) return true;
    *code =
        io.fail({},
                database ? Cli::tr("with --db, '%1' reads no event log file; see 'waymark-cli %1 "
                                   "--help'")
                               .arg(command)
                         : Cli::tr("'%1' expects %2 argument(s); see 'waymark-cli %1 --help'")
                               .arg(command)
                               .arg(wanted),
                Usage);
    return false;
}

namespace {

QJsonValue seconds(const std::optional<double> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QJsonArray touchpointsJson(const EventLogAnalysis &a, const EventLogSlice &slice)
{
    QJsonArray out;
    for (qsizetype i = 0; i < a.activities.size(); ++i) {
        const ActivityStats &s = slice.activities[i];
        if (s.events == 0) continue;
        out.append(QJsonObject{{QStringLiteral("touchpoint"), a.activities[i]},
                               {QStringLiteral("events"), s.events},
                               {QStringLiteral("reach"), s.reach},
                               {QStringLiteral("repeaters"), s.repeaters},
                               {QStringLiteral("exits"), s.exits},
                               {QStringLiteral("entries"), s.entries},
                               {QStringLiteral("exit_rate"), s.exitRate()},
                               {QStringLiteral("self_loops"), s.selfLoops},
                               {QStringLiteral("repetitions"), s.repetitions},
                               {QStringLiteral("median_dwell_s"), seconds(s.medianDwell)},
                               {QStringLiteral("p90_dwell_s"), seconds(s.p90Dwell)}});
    }
    return out;
}

QString columnName(const EventLogAnalysis &a, int column)
{
    return column >= 0 ? a.header.value(column) : QString();
}

} // namespace

void printBadRows(const QList<EventLogBadRow> &rows, qint64 count, const QString &source, Io &io)
{
    for (const EventLogBadRow &b : rows.mid(0, 10))
        io.err << (b.line > 0
                       ? Cli::tr("%1:%2: %3 (row left out)").arg(source).arg(b.line).arg(b.reason)
                       : Cli::tr("%1: %2 (left out)").arg(source, b.reason)) // a database
               << '\n';
    if (count > 10)
        io.err << Cli::tr("%1: %n more row(s) left out", nullptr, int(count - 10)).arg(source)
               << '\n';
}

void printBadRows(const EventLogAnalysis &a, const QString &source, Io &io)
{
    printBadRows(a.badRows, a.badRowCount, source, io);
}

QString analyzeDescription()
{
    return Cli::tr("Measures an event log: per touchpoint events, reach, repeaters, entries, exits "
                   "and dwell times; transitions; path variants. No project needed.");
}

QList<QCommandLineOption> analyzeOutputOptions()
{
    return {
        {QStringLiteral("variants"),
         Cli::tr("How many path variants to list, most frequent first (default 20, 0 = all)."),
         Cli::tr("N"), QStringLiteral("20")},
        {QStringLiteral("json"), Cli::tr("Print the result as JSON.")},
    };
}

bool variantsOption(const QCommandLineParser &parser, Io &io, EventLogOptions *options, int *code)
{
    bool numeric = false;
    const int count = parser.value(QStringLiteral("variants")).toInt(&numeric);
    if (!numeric || count < 0) {
        *code = io.fail({}, Cli::tr("--variants expects a number of 0 or more"), Usage);
        return false;
    }
    options->maxVariants = count;
    return true;
}

int printAnalysis(const EventLogAnalysis &a, const QString &source, const EventLogColumns &columns,
                  const QJsonObject *database, bool json, Io &io)
{
    const QList<EventLogVariant> &variants = a.variants;
    if (json) {
        QJsonArray transitions, variantList, slices;
        for (const EventLogTransition &t : a.transitions)
            transitions.append(QJsonObject{{QStringLiteral("from"), a.activities[t.from]},
                                           {QStringLiteral("to"), a.activities[t.to]},
                                           {QStringLiteral("count"), t.count},
                                           {QStringLiteral("median_s"), t.medianSeconds}});
        for (const EventLogVariant &v : variants) {
            QJsonArray steps;
            for (int i : v.path)
                steps.append(a.activities[i]);
            variantList.append(QJsonObject{{QStringLiteral("path"), steps},
                                           {QStringLiteral("count"), v.count},
                                           {QStringLiteral("share"), v.share}});
        }
        for (const EventLogSlice &s : a.slices.mid(1))
            slices.append(QJsonObject{{QStringLiteral("period"), s.period},
                                      {QStringLiteral("segment"), s.segment},
                                      {QStringLiteral("cases"), s.cases},
                                      {QStringLiteral("events"), s.events},
                                      {QStringLiteral("touchpoints"), touchpointsJson(a, s)}});
        QJsonArray bad;
        for (const EventLogBadRow &b : a.badRows)
            bad.append(QJsonObject{{QStringLiteral("line"),
                                    b.line > 0 ? QJsonValue(b.line) : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("reason"), b.reason}});
        const EventLogColumns &c = columns;
        QJsonObject root{
            {QStringLiteral("source"), source},
            {QStringLiteral("encoding"), a.encoding},
            {QStringLiteral("columns"),
             database ? *database
                      : QJsonObject{{QStringLiteral("case"), columnName(a, c.caseId)},
                                    {QStringLiteral("time"), columnName(a, c.time)},
                                    {QStringLiteral("activity"), columnName(a, c.activity)},
                                    {QStringLiteral("segment"), columnName(a, c.segment)},
                                    {QStringLiteral("lifecycle"), columnName(a, c.lifecycle)}}},
            {QStringLiteral("cases"), a.cases},
            {QStringLiteral("events"), a.events},
            {QStringLiteral("rows"), a.rows},
            {QStringLiteral("bad_rows"), a.badRowCount},
            {QStringLiteral("bad_row_lines"), bad},
            {QStringLiteral("skipped_rows"), a.skippedRows},
            {QStringLiteral("throughput_median_s"), seconds(a.all().throughputMedian)},
            {QStringLiteral("throughput_p90_s"), seconds(a.all().throughputP90)},
            {QStringLiteral("touchpoints"), touchpointsJson(a, a.all())},
            {QStringLiteral("transitions"), transitions},
            {QStringLiteral("variant_count"), a.variantCount},
            {QStringLiteral("variants"), variantList},
        };
        if (!slices.isEmpty()) root.insert(QStringLiteral("slices"), slices);
        if (database) root.insert(QStringLiteral("bytes_received"), a.receivedBytes);
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QLocale locale;
    const auto secondsText = [&](const std::optional<double> &s) {
        return s ? locale.toString(*s, 'f', 1) : QStringLiteral("–");
    };
    io.out << Cli::tr("%1: %2 events of %3 cases, %4 touchpoints")
                  .arg(source)
                  .arg(a.events)
                  .arg(a.cases)
                  .arg(a.activities.size())
           << '\n';
    if (a.skippedRows)
        io.out << Cli::tr("%n row(s) left out by their lifecycle (start, schedule, ...)", nullptr,
                          int(a.skippedRows))
               << '\n';
    io.out << Cli::tr("Case throughput: median %1 s, 90th percentile %2 s")
                  .arg(secondsText(a.all().throughputMedian), secondsText(a.all().throughputP90))
           << "\n\n";
    io.out << Cli::tr("Touchpoint\tEvents\tReach\tRepeaters\tEntries\tExits\tMedian dwell (s)\t"
                      "P90 dwell (s)")
           << '\n';
    for (qsizetype i = 0; i < a.activities.size(); ++i) {
        const ActivityStats &s = a.all().activities[i];
        io.out << a.activities[i] << '\t' << s.events << '\t' << s.reach << '\t' << s.repeaters
               << '\t' << s.entries << '\t' << s.exits << '\t' << secondsText(s.medianDwell) << '\t'
               << secondsText(s.p90Dwell) << '\n';
    }
    io.out << '\n' << Cli::tr("Most frequent paths:") << '\n';
    for (const EventLogVariant &v : variants.mid(0, 5)) {
        QStringList steps;
        for (int i : v.path)
            steps.append(a.activities[i]);
        io.out << "  " << locale.toString(v.share * 100, 'f', 1) << " %  "
               << steps.join(QStringLiteral(" → ")) << '\n';
    }
    return Ok;
    return Ok;
}

QList<QCommandLineOption> analyzeFileOptions()
{
    return eventLogOptions() + analyzeOutputOptions();
}

int runAnalyzeFile(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("EVENTS"),
                                 Cli::tr("An event log (CSV); none with --db."));
    parser.addOptions(analyzeFileOptions());
    if (const int code =
            parse(parser, QStringLiteral("analyze"), args, io, analyzeDescription(), -1);
        code >= 0)
        return code;
    int code = 0;
    if (!checkPositionals(parser, QStringLiteral("analyze"), 0, io, &code)) return code;
    const QString path = parser.positionalArguments().value(0);
    EventLogOptions options;
    if (!variantsOption(parser, io, &options, &code) ||
        !eventLogSetup(parser, path, io, &options, &code))
        return code;
    QString error;
    const auto a = EventLog::analyze(path, options, &error);
    if (!a) return io.fail({}, error);
    const QString source = QFileInfo(path).fileName();
    printBadRows(*a, source, io);
    return printAnalysis(*a, source, options.columns, nullptr, parser.isSet(QStringLiteral("json")),
                         io);
}

} // namespace waymark::cli
