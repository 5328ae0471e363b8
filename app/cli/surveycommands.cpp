// SPDX-License-Identifier: GPL-3.0-or-later
// The survey subcommand: import-survey (responses and contact records).
#include "clicommands.h"
#include "cliutil.h"

#include "analytics/journeymetrics.h"
#include "analytics/survey.h"
#include "document/document.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

int runImportSurvey(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("RESPONSES"),
                                 Cli::tr("Survey responses or contact records (CSV or XLSX)."));
    parser.addOptions({
        {QStringLiteral("target"),
         Cli::tr("The column naming the touchpoint or stage; default: guessed."),
         Cli::tr("COLUMN")},
        {QStringLiteral("score"), Cli::tr("The score column; default: guessed."),
         Cli::tr("COLUMN")},
        {QStringLiteral("scale"),
         Cli::tr("csat5 (1-5), csat10 (1-10), nps (0-10) or ces7 (1-7, 7 = easy); default: "
                 "from the score column's name."),
         Cli::tr("SCALE")},
        {QStringLiteral("period"),
         Cli::tr("A period column: periods (2026-03, Q1 2026) or the dates of the responses; "
                 "default: guessed."),
         Cli::tr("COLUMN")},
        {QStringLiteral("segment"), Cli::tr("A segment column (responses and contacts)."),
         Cli::tr("COLUMN")},
        {QStringLiteral("cut"),
         Cli::tr("week, month or quarter. Responses: the periods dates in the period column "
                 "fall in (default month; none keeps them as written). Contacts: the figures "
                 "by the period of each contact's time too (default: none, totals only)."),
         Cli::tr("UNIT")},
        {QStringLiteral("tz"),
         Cli::tr("Contacts: the time zone of times without one, and of the periods (default "
                 "UTC)."),
         Cli::tr("ZONE")},
        {QStringLiteral("contacts"),
         Cli::tr("The file holds contact records (customer, time, channel, optional reason and "
                 "resolved flag): import repeat contact rate, first contact resolution and "
                 "self-service containment per channel.")},
        {QStringLiteral("customer"), Cli::tr("Contacts: the customer column."), Cli::tr("COLUMN")},
        {QStringLiteral("time"), Cli::tr("Contacts: the time column."), Cli::tr("COLUMN")},
        {QStringLiteral("channel"), Cli::tr("Contacts: the channel column."), Cli::tr("COLUMN")},
        {QStringLiteral("reason"), Cli::tr("Contacts: the reason column."), Cli::tr("COLUMN")},
        {QStringLiteral("resolved"), Cli::tr("Contacts: the resolved column (yes/no)."),
         Cli::tr("COLUMN")},
        {QStringLiteral("window"),
         Cli::tr("Contacts: days within which a contact counts as a repeat (default 7)."),
         Cli::tr("DAYS"), QStringLiteral("7")},
        {QStringLiteral("self-service"),
         Cli::tr("Contacts: the self-service channels, comma-separated (default: web, app, "
                 "chatbot, bot, ivr, self-service, portal, faq)."),
         Cli::tr("LIST")},
        {QStringLiteral("sheet"), Cli::tr("The sheet to read (XLSX)."), Cli::tr("NAME")},
        {QStringLiteral("max-bad"),
         Cli::tr("Refuse the file when more than this percentage of rows cannot be read "
                 "(default 1)."),
         Cli::tr("PERCENT"), QStringLiteral("1")},
    });
    parser.addOptions(importOptions());
    if (const int code =
            parse(parser, QStringLiteral("import-survey"), args, io,
                  Cli::tr("Computes CSAT, NPS or CES per touchpoint or stage (and period and "
                          "segment) from survey responses, or contact-centre figures from "
                          "contact records, and puts them on the map as metric values. One "
                          "step; a re-import replaces the values."),
                  2);
        code >= 0)
        return code;
    const QString file = parser.positionalArguments()[0], path = parser.positionalArguments()[1];
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    QString error;
    TableReader::Options tableOptions;
    tableOptions.sheet = parser.value(QStringLiteral("sheet"));
    const auto head = TableReader::read(path, tableOptions, &error,
                                        [](const QStringList &, qint64) { return false; });
    if (!head) return io.fail({}, error);
    const QStringList &header = head->columns;
    bool ok = false;
    const double maxBad = parser.value(QStringLiteral("max-bad")).toDouble(&ok);
    if (!ok || maxBad < 0 || maxBad > 100)
        return io.fail({}, Cli::tr("--max-bad expects a percentage from 0 to 100"), Usage);
    // --name COLUMN options into column indexes.
    const auto column = [&](const char *option, int *out) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name)) return true;
        if (EventLogColumns::byName(header, parser.value(name), out)) return true;
        io.fail(path, Cli::tr("no column \"%1\" (--%2); the columns are: %3")
                          .arg(parser.value(name), name, header.join(QStringLiteral(", "))));
        return false;
    };
    const bool contacts = parser.isSet(QStringLiteral("contacts"));
    PeriodCut cut = contacts ? PeriodCut::None : PeriodCut::Month;
    if (parser.isSet(QStringLiteral("cut")) && !fromKey(parser.value(QStringLiteral("cut")), &cut))
        return io.fail({}, Cli::tr("--cut expects week, month, quarter or none"), Usage);
    Table table;
    if (contacts) {
        ContactOptions o;
        o.table = tableOptions;
        o.maxBadShare = maxBad / 100;
        o.period = cut;
        if (int code = 0; !zoneOption(parser, io, &o.zone, &code)) return code;
        o.columns = ContactColumns::guess(header);
        if (!column("customer", &o.columns.customer) || !column("time", &o.columns.time) ||
            !column("channel", &o.columns.channel) || !column("reason", &o.columns.reason) ||
            !column("resolved", &o.columns.resolved) || !column("segment", &o.columns.segment))
            return Usage;
        o.windowDays = parser.value(QStringLiteral("window")).toInt(&ok);
        if (!ok || o.windowDays < 0)
            return io.fail({}, Cli::tr("--window expects a number of days"), Usage);
        if (parser.isSet(QStringLiteral("self-service")))
            o.selfService = parser.value(QStringLiteral("self-service")).split(u',');
        const auto r = Contacts::read(path, o, &error);
        if (!r) return io.fail({}, error);
        printBadRows(r->badRows, r->badRowCount, QFileInfo(path).fileName(), io);
        table = r->table;
    } else {
        SurveyOptions o;
        o.table = tableOptions;
        o.maxBadShare = maxBad / 100;
        o.cut = cut;
        o.columns = SurveyColumns::guess(header);
        if (!column("target", &o.columns.target) || !column("score", &o.columns.score) ||
            !column("period", &o.columns.period) || !column("segment", &o.columns.segment))
            return Usage;
        if (parser.isSet(QStringLiteral("scale"))) {
            ScoreScale s;
            if (!fromKey(parser.value(QStringLiteral("scale")), &s))
                return io.fail({}, Cli::tr("--scale expects csat5, csat10, nps or ces7"), Usage);
            o.scale = s;
        }
        const auto r = Survey::read(path, o, &error);
        if (!r) return io.fail({}, error);
        printBadRows(r->badRows, r->badRowCount, QFileInfo(path).fileName(), io);
        table = r->table;
    }
    int code = 0;
    auto doc = openDocument(file, dryRun, io, &code);
    if (!doc) return code;
    MetricMapping mapping = JourneyMetrics::longMapping(nullptr);
    if (contacts) JourneyMetrics::confirmChannels(doc->project(), table, &mapping);
    const MetricImportPlan plan =
        MetricImporter::plan(doc->project(), table, QFileInfo(path).fileName(), mapping);
    return finishImport(*doc, file, plan, path, mapping, Cli::tr("the figures computed"),
                        parser.isSet(QStringLiteral("json")), dryRun, io, true);
}

} // namespace waymark::cli
