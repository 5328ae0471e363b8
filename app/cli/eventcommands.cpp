// SPDX-License-Identifier: GPL-3.0-or-later
// The event-log subcommands: analyze and import-events (import-survey: surveycommands.cpp).
#include "clicommands.h"
#include "cliutil.h"

#include "analytics/eventlog.h"
#include "analytics/eventsql.h"
#include "analytics/flow.h"
#include "analytics/journeymetrics.h"
#include "analytics/survey.h"
#include "document/document.h"
#include "io/keychain.h"
#include "storage/store.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace waymark::cli {

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

bool eventLogCommonSetup(const QCommandLineParser &parser, Io &io, EventLogOptions *options,
                         int *code);

// Columns and options from the command line and the header; false with the message printed.
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

// --tz, --period and --max-bad: for a file and for a database alike.
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

namespace {

QList<QCommandLineOption> databaseOptions()
{
    return {
        {QStringLiteral("db"),
         Cli::tr("Compute the figures inside a PostgreSQL database instead of reading a file: "
                 "postgresql://user@host:port/database[?sslmode=require]. The password comes "
                 "from --password-stdin, else the system keychain, else ~/.pgpass (PGPASSFILE) "
                 "or PGPASSWORD; it is never stored in the project."),
         Cli::tr("URL")},
        {QStringLiteral("table"),
         Cli::tr("--db: the table or view holding the events (schema.name "
                 "allowed)."),
         Cli::tr("NAME")},
        {QStringLiteral("query"),
         Cli::tr("--db: a SELECT delivering the events, instead of a table."), Cli::tr("SQL")},
        {QStringLiteral("order"),
         Cli::tr("--db: a column ordering events at the same time within a case (an event id); "
                 "without one, such events are ordered by activity name."),
         Cli::tr("COLUMN")},
        {QStringLiteral("from"), Cli::tr("--db: only events at or after this time (ISO 8601)."),
         Cli::tr("TIME")},
        {QStringLiteral("to"), Cli::tr("--db: only events before this time (ISO 8601)."),
         Cli::tr("TIME")},
        {QStringLiteral("timeout"),
         Cli::tr("--db: stop the computation after this many seconds (default: no limit)."),
         Cli::tr("SECONDS")},
        {QStringLiteral("password-stdin"), Cli::tr("--db: read the password from the first line of "
                                                   "standard input.")},
        {QStringLiteral("remember-password"),
         Cli::tr("--db: keep the password given (--password-stdin or in the URL) in the system "
                 "keychain once the database has accepted it, for the next runs.")},
        {QStringLiteral("forget-password"),
         Cli::tr("--db: remove the password kept in the system keychain for this address first.")},
        {QStringLiteral("show-sql"),
         Cli::tr("--db: print the SQL that computes the figures (for review or to run it "
                 "elsewhere) and stop.")},
    };
}

// Where the events come from: a CSV file or a database.
struct EventInput
{
    QString path; // the file; empty for a database
    EventDatabase database;
    EventSqlSource source;
    QString label; // for messages and the import's record
    QJsonObject columns;
    bool rememberPassword = false; // in the keychain, once the database accepted it
};

QDateTime windowTime(const QString &text, const QTimeZone &zone, bool *ok)
{
    qint64 micros = 0;
    bool naive = false;
    const QByteArray bytes = text.toUtf8();
    *ok = Timestamp::parse(bytes, &micros, &naive);
    if (!*ok) return {};
    QDateTime t = QDateTime::fromMSecsSinceEpoch(micros / 1000, QTimeZone::utc());
    if (naive) t = QDateTime(t.date(), t.time(), zone);
    return t;
}

// --remember-password, --forget-password, and the password kept in the system keychain when
// none is given. False with the message printed and `code` set.
bool keychainSetup(const QCommandLineParser &parser, Io &io, EventInput *in, int *code)
{
    const QString account = in->database.url();
    QString error;
    if (parser.isSet(QStringLiteral("forget-password")) && !Keychain::remove(account, &error)) {
        *code = io.fail({}, QStringLiteral("--forget-password: ") + error);
        return false;
    }
    in->rememberPassword = parser.isSet(QStringLiteral("remember-password"));
    if (in->rememberPassword && in->database.password.isEmpty()) {
        *code = io.fail({},
                        Cli::tr("--remember-password needs the password: with --password-stdin "
                                "or in the address"),
                        Usage);
        return false;
    }
    if (in->rememberPassword && !Keychain::isReachable()) {
        *code = io.fail({}, QStringLiteral("--remember-password: ") + Keychain::whyUnreachable());
        return false;
    }
    // None given: the keychain's, if it holds one (a missing keychain is no error: libpq
    // then reads ~/.pgpass or PGPASSWORD).
    if (in->database.password.isEmpty() && Keychain::isReachable())
        if (const auto kept = Keychain::read(account, &error)) in->database.password = *kept;
    return true;
}

// Reads the input's options: the file's header, or the database's columns. False with the
// message printed and `code` set.
bool eventInputSetup(const QCommandLineParser &parser, const QString &path, Io &io,
                     EventInput *in, EventLogOptions *options, int *code)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        for (const char *only :
             {"table", "query", "order", "from", "to", "timeout", "password-stdin",
              "remember-password", "forget-password", "show-sql"})
            if (parser.isSet(QLatin1String(only))) {
                *code = io.fail({}, Cli::tr("--%1 needs --db").arg(QLatin1String(only)), Usage);
                return false;
            }
        if (!eventLogSetup(parser, path, io, options, code)) return false;
        in->path = path;
        in->label = QFileInfo(path).fileName();
        return true;
    }
    QString error;
    const auto database = EventDatabase::fromUrl(parser.value(QStringLiteral("db")), &error);
    if (!database) {
        *code = io.fail({}, QStringLiteral("--db: ") + error, Usage);
        return false;
    }
    in->database = *database;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream input(stdin);
        in->database.password = input.readLine();
    }
    if (!keychainSetup(parser, io, in, code)) return false;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        in->database.statementTimeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || in->database.statementTimeout <= 0) {
            *code = io.fail({}, Cli::tr("--timeout expects a number of seconds"), Usage);
            return false;
        }
    }
    EventSqlSource &s = in->source;
    s.table = parser.value(QStringLiteral("table"));
    s.query = parser.value(QStringLiteral("query"));
    if (s.table.isEmpty() == s.query.isEmpty()) {
        *code = io.fail({}, Cli::tr("--db needs either --table or --query"), Usage);
        return false;
    }
    s.caseColumn = parser.value(QStringLiteral("case"));
    s.timeColumn = parser.value(QStringLiteral("time"));
    s.activityColumn = parser.value(QStringLiteral("activity"));
    s.segmentColumn = parser.value(QStringLiteral("segment"));
    s.lifecycleColumn = parser.value(QStringLiteral("lifecycle"));
    s.orderColumn = parser.value(QStringLiteral("order"));
    if (!eventLogCommonSetup(parser, io, options, code)) return false;
    for (const char *end : {"from", "to"}) {
        if (!parser.isSet(QLatin1String(end))) continue;
        bool ok = false;
        const QDateTime t = windowTime(parser.value(QLatin1String(end)), options->zone, &ok);
        if (!ok) {
            *code = io.fail({},
                            Cli::tr("--%1: \"%2\" is not a time (e.g. 2026-03-01 or "
                                    "2026-03-01T08:00:00Z)")
                                .arg(QLatin1String(end), parser.value(QLatin1String(end))),
                            Usage);
            return false;
        }
        (end[0] == 'f' ? s.from : s.to) = t;
    }
    in->label = s.displayName();
    // Columns not given are suggested from the names, as for a file.
    if (s.caseColumn.isEmpty() || s.timeColumn.isEmpty() || s.activityColumn.isEmpty()) {
        const auto columns = EventSql::columns(in->database, s, &error);
        if (!columns) {
            *code = io.fail({}, error);
            return false;
        }
        const bool lifecycleGiven = parser.isSet(QStringLiteral("lifecycle"));
        EventSql::guessColumns(*columns, &s);
        if (lifecycleGiven) s.lifecycleColumn = parser.value(QStringLiteral("lifecycle"));
        QStringList missing, names;
        for (const EventSql::Column &c : *columns)
            names.append(c.name);
        if (s.caseColumn.isEmpty()) missing.append(QStringLiteral("--case"));
        if (s.timeColumn.isEmpty()) missing.append(QStringLiteral("--time"));
        if (s.activityColumn.isEmpty()) missing.append(QStringLiteral("--activity"));
        if (!missing.isEmpty()) {
            *code = io.fail(
                in->label,
                Cli::tr("cannot tell which column is which; give %1 (the columns are: %2)")
                    .arg(missing.join(QStringLiteral(", ")), names.join(QStringLiteral(", "))),
                Usage);
            return false;
        }
    }
    in->columns = QJsonObject{{QStringLiteral("case"), s.caseColumn},
                              {QStringLiteral("time"), s.timeColumn},
                              {QStringLiteral("activity"), s.activityColumn},
                              {QStringLiteral("segment"), s.segmentColumn},
                              {QStringLiteral("lifecycle"), s.lifecycleColumn}};
    return true;
}

std::optional<EventLogAnalysis> analyzeInput(const EventInput &in, const EventLogOptions &options,
                                             Io &io, QString *error)
{
    if (!in.path.isEmpty()) return EventLog::analyze(in.path, options, error);
    auto a = EventSql::analyze(in.database, in.source, options, error);
    if (a && in.rememberPassword) {
        QString e;
        if (Keychain::write(in.database.url(), in.database.password, &e))
            io.note(in.database.url(), {Cli::tr("the password is kept in the system keychain")});
        else
            io.note(in.database.url(), {Cli::tr("the password is not kept: %1").arg(e)});
    }
    return a;
}

// The positional arguments: `files` before the log, then the log unless --db is given.
bool checkPositionals(const QCommandLineParser &parser, const QString &command, int files,
                      Io &io, int *code)
{
    const int wanted = files + (parser.isSet(QStringLiteral("db")) ? 0 : 1);
    if (parser.positionalArguments().size() == wanted) return true;
    *code = io.fail({},
                    parser.isSet(QStringLiteral("db"))
                        ? Cli::tr("with --db, '%1' reads no event log file; see 'waymark-cli %1 "
                                  "--help'")
                              .arg(command)
                        : Cli::tr("'%1' expects %2 argument(s); see 'waymark-cli %1 --help'")
                              .arg(command)
                              .arg(wanted),
                    Usage);
    return false;
}

} // namespace

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
        io.err << (b.line > 0 ? Cli::tr("%1:%2: %3 (row left out)").arg(source).arg(b.line).arg(b.reason)
                              : Cli::tr("%1: %2 (left out)").arg(source, b.reason)) // a database
               << '\n';
    if (count > 10)
        io.err << Cli::tr("%1: %n more row(s) left out", nullptr, int(count - 10)).arg(source)
               << '\n';
}

namespace {

void printBadRows(const EventLogAnalysis &a, const QString &source, Io &io)
{
    printBadRows(a.badRows, a.badRowCount, source, io);
}

} // namespace

int runAnalyze(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("EVENTS"),
                                 Cli::tr("An event log (CSV); none with --db."));
    parser.addOptions(eventLogOptions());
    parser.addOptions(databaseOptions());
    parser.addOptions({
        {QStringLiteral("variants"),
         Cli::tr("How many path variants to list, most frequent first (default 20, 0 = all)."),
         Cli::tr("N"), QStringLiteral("20")},
        {QStringLiteral("flow"),
         Cli::tr("Also draw the main flow (the most frequent touchpoints and transitions) as a "
                 "PNG picture or, for a .svg name, an SVG drawing."),
         Cli::tr("OUT.png|OUT.svg")},
        {QStringLiteral("json"), Cli::tr("Print the result as JSON.")},
    });
    if (const int code = parse(parser, QStringLiteral("analyze"), args, io,
                               Cli::tr("Measures an event log: per touchpoint events, reach, "
                                       "repeaters, entries, exits and dwell times; transitions; "
                                       "path variants. No project needed."),
                               -1);
        code >= 0)
        return code;
    if (int code = 0; !checkPositionals(parser, QStringLiteral("analyze"), 0, io, &code))
        return code;
    const QString path = parser.positionalArguments().value(0);
    bool numeric = false;
    const int variantCount = parser.value(QStringLiteral("variants")).toInt(&numeric);
    if (!numeric || variantCount < 0)
        return io.fail({}, Cli::tr("--variants expects a number of 0 or more"), Usage);
    EventLogOptions options;
    options.maxVariants = variantCount;
    EventInput input;
    if (int code = 0; !eventInputSetup(parser, path, io, &input, &options, &code)) return code;
    if (parser.isSet(QStringLiteral("show-sql"))) {
        io.out << EventSql::sql(input.source, options) << ";\n";
        return Ok;
    }
    QString error;
    const auto a = analyzeInput(input, options, io, &error);
    if (!a) return io.fail({}, error);
    const QString source = input.label;
    printBadRows(*a, source, io);
    if (parser.isSet(QStringLiteral("flow")) &&
        !saveFlow(FlowGraph::fromAnalysis(*a, source, {}), parser.value(QStringLiteral("flow")),
                  QSize(1200, 700), &error))
        return io.fail(parser.value(QStringLiteral("flow")), error);
    const QList<EventLogVariant> &variants = a->variants;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray transitions, variantList, slices;
        for (const EventLogTransition &t : a->transitions)
            transitions.append(QJsonObject{{QStringLiteral("from"), a->activities[t.from]},
                                           {QStringLiteral("to"), a->activities[t.to]},
                                           {QStringLiteral("count"), t.count},
                                           {QStringLiteral("median_s"), t.medianSeconds}});
        for (const EventLogVariant &v : variants) {
            QJsonArray steps;
            for (int i : v.path)
                steps.append(a->activities[i]);
            variantList.append(QJsonObject{{QStringLiteral("path"), steps},
                                           {QStringLiteral("count"), v.count},
                                           {QStringLiteral("share"), v.share}});
        }
        for (const EventLogSlice &s : a->slices.mid(1))
            slices.append(QJsonObject{{QStringLiteral("period"), s.period},
                                      {QStringLiteral("segment"), s.segment},
                                      {QStringLiteral("cases"), s.cases},
                                      {QStringLiteral("events"), s.events},
                                      {QStringLiteral("touchpoints"), touchpointsJson(*a, s)}});
        QJsonArray bad;
        for (const EventLogBadRow &b : a->badRows)
            bad.append(QJsonObject{{QStringLiteral("line"), b.line > 0 ? QJsonValue(b.line)
                                                                     : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("reason"), b.reason}});
        const EventLogColumns &c = options.columns;
        QJsonObject root{
            {QStringLiteral("source"), source},
            {QStringLiteral("encoding"), a->encoding},
            {QStringLiteral("columns"),
             input.path.isEmpty()
                 ? input.columns
                 : QJsonObject{{QStringLiteral("case"), columnName(*a, c.caseId)},
                               {QStringLiteral("time"), columnName(*a, c.time)},
                               {QStringLiteral("activity"), columnName(*a, c.activity)},
                               {QStringLiteral("segment"), columnName(*a, c.segment)},
                               {QStringLiteral("lifecycle"), columnName(*a, c.lifecycle)}}},
            {QStringLiteral("cases"), a->cases},
            {QStringLiteral("events"), a->events},
            {QStringLiteral("rows"), a->rows},
            {QStringLiteral("bad_rows"), a->badRowCount},
            {QStringLiteral("bad_row_lines"), bad},
            {QStringLiteral("skipped_rows"), a->skippedRows},
            {QStringLiteral("throughput_median_s"), seconds(a->all().throughputMedian)},
            {QStringLiteral("throughput_p90_s"), seconds(a->all().throughputP90)},
            {QStringLiteral("touchpoints"), touchpointsJson(*a, a->all())},
            {QStringLiteral("transitions"), transitions},
            {QStringLiteral("variant_count"), a->variantCount},
            {QStringLiteral("variants"), variantList},
        };
        if (!slices.isEmpty()) root.insert(QStringLiteral("slices"), slices);
        if (input.path.isEmpty()) root.insert(QStringLiteral("bytes_received"), a->receivedBytes);
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QLocale locale;
    const auto secondsText = [&](const std::optional<double> &s) {
        return s ? locale.toString(*s, 'f', 1) : QStringLiteral("–");
    };
    io.out << Cli::tr("%1: %2 events of %3 cases, %4 touchpoints")
                  .arg(source)
                  .arg(a->events)
                  .arg(a->cases)
                  .arg(a->activities.size())
           << '\n';
    if (a->skippedRows)
        io.out << Cli::tr("%n row(s) left out by their lifecycle (start, schedule, ...)", nullptr,
                          int(a->skippedRows))
               << '\n';
    io.out << Cli::tr("Case throughput: median %1 s, 90th percentile %2 s")
                  .arg(secondsText(a->all().throughputMedian), secondsText(a->all().throughputP90))
           << "\n\n";
    io.out << Cli::tr("Touchpoint\tEvents\tReach\tRepeaters\tEntries\tExits\tMedian dwell (s)\t"
                      "P90 dwell (s)")
           << '\n';
    for (qsizetype i = 0; i < a->activities.size(); ++i) {
        const ActivityStats &s = a->all().activities[i];
        io.out << a->activities[i] << '\t' << s.events << '\t' << s.reach << '\t' << s.repeaters
               << '\t' << s.entries << '\t' << s.exits << '\t' << secondsText(s.medianDwell) << '\t'
               << secondsText(s.p90Dwell) << '\n';
    }
    io.out << '\n' << Cli::tr("Most frequent paths:") << '\n';
    for (const EventLogVariant &v : variants.mid(0, 5)) {
        QStringList steps;
        for (int i : v.path)
            steps.append(a->activities[i]);
        io.out << "  " << locale.toString(v.share * 100, 'f', 1) << " %  "
               << steps.join(QStringLiteral(" → ")) << '\n';
    }
    return Ok;
}

} // namespace waymark::cli

namespace waymark::cli {

QList<QCommandLineOption> importOptions()
{
    return {
        {QStringLiteral("dry-run"), Cli::tr("Show what would change; change nothing.")},
        {QStringLiteral("json"), Cli::tr("Print the result as JSON.")},
    };
}

int runImportEvents(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("EVENTS"),
                                 Cli::tr("An event log (CSV); none with --db."));
    parser.addOptions(eventLogOptions());
    parser.addOptions(databaseOptions());
    parser.addOption({QStringLiteral("journey"),
                      Cli::tr("The journey whose stages make the funnel (name or id; default: "
                              "the first journey)."),
                      Cli::tr("JOURNEY")});
    parser.addOptions(importOptions());
    if (const int code =
            parse(parser, QStringLiteral("import-events"), args, io,
                  Cli::tr("Measures an event log and puts the figures on the map as metric "
                          "values: per touchpoint card event count, cases reached, exit rate, "
                          "repeat rate and dwell times; per stage the cases reaching it and "
                          "the funnel. One step; a re-import replaces the values."),
                  -1);
        code >= 0)
        return code;
    if (int code = 0; !checkPositionals(parser, QStringLiteral("import-events"), 1, io, &code))
        return code;
    const QString file = parser.positionalArguments()[0],
                  path = parser.positionalArguments().value(1);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    EventLogOptions options;
    EventInput input;
    if (int code = 0; !eventInputSetup(parser, path, io, &input, &options, &code)) return code;
    int code = 0;
    auto doc = openDocument(file, dryRun, io, &code);
    if (!doc) return code;
    QList<Id> journeys;
    if (!chooseJourneys(doc->project(), file, parser.value(QStringLiteral("journey")), io,
                        &journeys, &code))
        return code;
    if (journeys.size() != 1)
        return io.fail({}, Cli::tr("--journey names one journey, not all"), Usage);
    const Journey &journey = *doc->project().journey(journeys.first());
    JourneyMetrics::setStages(doc->project(), journey, &options);
    QString error;
    const auto a = analyzeInput(input, options, io, &error);
    if (!a) return io.fail({}, error);
    printBadRows(*a, input.label, io);
    MetricMapping mapping = JourneyMetrics::longMapping(&journey);
    mapping.flow = FlowGraph::fromAnalysis(*a, input.label, journey.id).toJson();
    if (input.path.isEmpty()) mapping.database = input.source.toJson(input.database);
    const MetricImportPlan plan =
        MetricImporter::plan(doc->project(), JourneyMetrics::eventTable(*a, &journey, options),
                             input.label, mapping);
    return finishImport(
        *doc, file, plan, input.path.isEmpty() ? input.label : path, mapping,
        Cli::tr("the event log's figures (%1 events of %2 cases)").arg(a->events).arg(a->cases),
        parser.isSet(QStringLiteral("json")), dryRun, io, true);
}

int draftFromEvents(const QCommandLineParser &parser, const QString &file, Project project, Io &io)
{
    const QString path = parser.value(QStringLiteral("from-events"));
    bool numeric = false;
    const int stages = parser.value(QStringLiteral("stages")).toInt(&numeric);
    if (!numeric || stages < 1 || stages > 30)
        return io.fail({}, Cli::tr("--stages expects a number from 1 to 30"), Usage);
    EventLogOptions options;
    if (int code = 0; !eventLogSetup(parser, path, io, &options, &code)) return code;
    // With a stage column, the first reading measures by its values.
    EventLogOptions byStage = options;
    const bool byColumn = parser.isSet(QStringLiteral("stage-column"));
    if (byColumn) {
        const QString column = parser.value(QStringLiteral("stage-column"));
        QString headerError;
        const auto header = EventLog::readHeader(path, &headerError);
        if (!header || !EventLogColumns::byName(*header, column, &byStage.columns.segment))
            return io.fail(path, Cli::tr("no column \"%1\" (--stage-column)").arg(column), Usage);
        byStage.period = PeriodCut::None;
    }
    QString error;
    auto first = EventLog::analyze(path, byStage, &error);
    if (!first) return io.fail({}, error);
    printBadRows(*first, QFileInfo(path).fileName(), io);
    QHash<QString, Id> confirmed;
    const QString name = QFileInfo(path).completeBaseName();
    const auto drafted =
        byColumn ? JourneyMetrics::draftJourneyByColumn(*first, 15, project.info.language, name,
                                                        &confirmed)
                 : std::optional(JourneyMetrics::draftJourney(
                       *first, stages, 15, project.info.language, name, &confirmed));
    if (!drafted) return io.fail(path, Cli::tr("the stage column holds no values"));
    const Journey &draft = *drafted;
    project.journeys = {draft};
    if (!Store::create(file, project, &error)) return io.fail(file, error);
    // The figures onto the draft, with its funnel: one more reading of the log.
    OpenResult opened;
    auto doc = Document::open(file, Store::Access::ReadWrite, &opened);
    if (!doc) return io.fail(file, opened.error);
    const Journey &journey = doc->project().journeys.first();
    JourneyMetrics::setStages(doc->project(), journey, &options);
    const auto a = EventLog::analyze(path, options, &error);
    if (!a) return io.fail({}, error);
    MetricMapping mapping = JourneyMetrics::longMapping(&journey);
    for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
        mapping.confirmed.insert(it.key(), it.value());
    mapping.flow = FlowGraph::fromAnalysis(*a, QFileInfo(path).fileName(), journey.id).toJson();
    const MetricImportPlan plan =
        MetricImporter::plan(doc->project(), JourneyMetrics::eventTable(*a, &journey, options),
                             QFileInfo(path).fileName(), mapping);
    if (!doc->importMetrics(plan)) return io.fail(file, doc->refusalReason());
    if (!doc->isSaved()) return io.fail(file, doc->saveError());
    io.out << Cli::tr("Created %1: %n touchpoint(s) of %2 in %3 stages, with %4 values", nullptr,
                      int(draft.cards.size()))
                  .arg(file, QFileInfo(path).fileName())
                  .arg(draft.stages.size())
                  .arg(plan.added.size())
           << Qt::endl;
    return Ok;
}

} // namespace waymark::cli
