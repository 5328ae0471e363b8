// SPDX-License-Identifier: GPL-3.0-or-later
// The event-log subcommands: analyze and import-events (import-survey: surveycommands.cpp).
#include "clibase.h"
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

} // namespace

namespace {

} // namespace

int runAnalyze(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("EVENTS"),
                                 Cli::tr("An event log (CSV); none with --db."));
    parser.addOptions(eventLogOptions());
    parser.addOptions(databaseOptions());
    parser.addOptions(analyzeOutputOptions());
    parser.addOption({QStringLiteral("flow"),
                      Cli::tr("Also draw the main flow (the most frequent touchpoints and "
                              "transitions) as a PNG picture or, for a .svg name, an SVG drawing."),
                      Cli::tr("OUT.png|OUT.svg")});
    if (const int code =
            parse(parser, QStringLiteral("analyze"), args, io, analyzeDescription(), -1);
        code >= 0)
        return code;
    if (int code = 0; !checkPositionals(parser, QStringLiteral("analyze"), 0, io, &code))
        return code;
    const QString path = parser.positionalArguments().value(0);
    EventLogOptions options;
    if (int code = 0; !variantsOption(parser, io, &options, &code)) return code;
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
    return printAnalysis(*a, source, options.columns,
                         input.path.isEmpty() ? &input.columns : nullptr,
                         parser.isSet(QStringLiteral("json")), io);
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
