// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "document/document.h"
#include "document/templates.h"
#include "io/mapexport.h"
#include "io/metricimport.h"
#include "io/personaexport.h"
#include "io/tableexport.h"
#include "io/tablereader.h"
#include "storage/checker.h"
#include "storage/store.h"
#include "trcontexts.h"

#include <cmath>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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

namespace {

// Parses a subcommand's options and its one FILE argument; returns -1 to go on, or the exit
// code to stop with.
int parse(QCommandLineParser &parser, const QString &command, const QStringList &args, Io &io,
          const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("waymark-cli ") + command} + args))
        return io.fail({}, parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return io.fail(
            {}, Cli::tr("'%1' expects one FILE argument; see 'waymark-cli %1 --help'").arg(command),
            Usage);
    return -1;
}

// Reads a project read-only; on failure the message is already on stderr and `code` says
// how to exit.
bool loadProject(const QString &file, Project *p, Io &io, int *code)
{
    OpenResult result;
    auto store = Store::open(file, Store::Access::ReadOnly, &result);
    QString error;
    if (!store) {
        *code = io.fail(file, result.error);
        return false;
    }
    if (!store->load(p, &error)) {
        *code = io.fail(file, error);
        return false;
    }
    return true;
}

QString stamp(const QDateTime &d)
{
    return d.isValid() ? d.toLocalTime().toString(Qt::ISODate) : QString();
}

} // namespace

bool needsGui(const QString &command, const QStringList &args)
{
    return (command == QLatin1String("new") && args.contains(QStringLiteral("sample"))) ||
           command == QLatin1String("export-personas") || command == QLatin1String("export");
}

namespace {

// The journeys a --journey option names: one by name or id, "all", or (empty) the first.
bool chooseJourneys(const Project &p, const QString &file, const QString &wanted, Io &io,
                    QList<Id> *journeys, int *code)
{
    if (wanted.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        for (const Journey &j : p.journeys)
            journeys->append(j.id);
    } else if (wanted.isEmpty()) {
        if (!p.journeys.isEmpty()) journeys->append(p.journeys.first().id);
    } else {
        for (const Journey &j : p.journeys)
            if (journeys->isEmpty() &&
                (j.name.compare(wanted, Qt::CaseInsensitive) == 0 || idToString(j.id) == wanted))
                journeys->append(j.id);
        if (journeys->isEmpty()) {
            *code = io.fail(file, Cli::tr("no journey \"%1\"").arg(wanted));
            return false;
        }
    }
    if (journeys->isEmpty()) {
        *code = io.fail(file, Cli::tr("the project has no journeys"));
        return false;
    }
    return true;
}

bool pageSizeFromName(const QString &name, QPageSize::PageSizeId *out)
{
    static const QHash<QString, QPageSize::PageSizeId> sizes{
        {QStringLiteral("a4"), QPageSize::A4},
        {QStringLiteral("a3"), QPageSize::A3},
        {QStringLiteral("a2"), QPageSize::A2},
        {QStringLiteral("a1"), QPageSize::A1},
        {QStringLiteral("a0"), QPageSize::A0},
        {QStringLiteral("letter"), QPageSize::Letter},
        {QStringLiteral("tabloid"), QPageSize::Tabloid}};
    const auto it = sizes.constFind(name.toLower());
    if (it == sizes.cend()) return false;
    *out = *it;
    return true;
}

} // namespace

int runExport(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         Cli::tr("The file to write."),
         Cli::tr("OUT")},
        {QStringLiteral("format"),
         Cli::tr("pdf, png, svg, xlsx, csv or md (default: from the output's extension)."),
         Cli::tr("FORMAT")},
        {QStringLiteral("journey"),
         Cli::tr("The journey (name or id), or 'all' (default: the first journey)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("page"), Cli::tr("A4, A3, A2, A1, A0, Letter or Tabloid (default A3)."),
         Cli::tr("SIZE"), QStringLiteral("A3")},
        {QStringLiteral("landscape"), Cli::tr("Landscape pages (the default).")},
        {QStringLiteral("portrait"), Cli::tr("Portrait pages.")},
        {QStringLiteral("margin"), Cli::tr("Page margin in millimetres (default 10)."),
         Cli::tr("MM"), QStringLiteral("10")},
        {QStringLiteral("fit"), Cli::tr("Each journey on one page (the default).")},
        {QStringLiteral("tiles"), Cli::tr("A poster over COLUMNSxROWS pages, e.g. 3x2."),
         Cli::tr("CxR")},
        {QStringLiteral("scale"),
         Cli::tr("A poster at this scale in percent, on as many pages "
                 "as it takes."),
         Cli::tr("PERCENT")},
        {QStringLiteral("overlap"), Cli::tr("Poster pages overlap by this much (default 10)."),
         Cli::tr("MM"), QStringLiteral("10")},
        {QStringLiteral("no-crop-marks"), Cli::tr("Poster pages without crop marks.")},
        {QStringLiteral("no-title"), Cli::tr("Pages without the title block.")},
        {QStringLiteral("personas"), Cli::tr("Add the persona sheets to a PDF.")},
        {QStringLiteral("dpi"), Cli::tr("PNG resolution, 72 to 600 (default 150)."), Cli::tr("DPI"),
         QStringLiteral("150")},
        {QStringLiteral("width"), Cli::tr("PNG width in pixels (instead of --dpi)."),
         Cli::tr("PX")},
        {QStringLiteral("on-page"), Cli::tr("PNG of the whole page (--page) at --dpi.")},
        {QStringLiteral("transparent"), Cli::tr("PNG with a transparent background.")},
        {QStringLiteral("delimiter"), Cli::tr("CSV delimiter: comma, semicolon or tab."),
         Cli::tr("D"), QStringLiteral("comma")},
        {QStringLiteral("bom"), Cli::tr("CSV with a byte order mark (for Excel).")},
        {QStringLiteral("overlay"), Cli::tr("Show this metric (name or key) on the map."),
         Cli::tr("METRIC")},
        {QStringLiteral("period"), Cli::tr("The overlay's period (default: each value's latest)."),
         Cli::tr("PERIOD")},
        {QStringLiteral("segment"), Cli::tr("The overlay's segment (default: all customers)."),
         Cli::tr("SEGMENT")},
    });
    if (const int code = parse(parser, QStringLiteral("export"), args, io,
                               Cli::tr("Exports journeys as PDF, PNG, SVG, XLSX, CSV or "
                                       "Markdown. Never changes the project."));
        code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty()) return io.fail({}, Cli::tr("'export' needs -o OUT"), Usage);
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) format = QFileInfo(out).suffix().toLower();
    if (format == QLatin1String("markdown")) format = QStringLiteral("md");
    static const QStringList formats{QStringLiteral("pdf"), QStringLiteral("png"),
                                     QStringLiteral("svg"), QStringLiteral("xlsx"),
                                     QStringLiteral("csv"), QStringLiteral("md")};
    if (!formats.contains(format))
        return io.fail(
            {}, Cli::tr("unknown format \"%1\" (use pdf, png, svg, xlsx, csv or md)").arg(format),
            Usage);
    MapExportOptions o;
    if (!pageSizeFromName(parser.value(QStringLiteral("page")), &o.page))
        return io.fail(
            {}, Cli::tr("unknown page size \"%1\"").arg(parser.value(QStringLiteral("page"))),
            Usage);
    o.landscape = !parser.isSet(QStringLiteral("portrait"));
    bool ok = true;
    o.marginMm = parser.value(QStringLiteral("margin")).toDouble(&ok);
    if (!ok || o.marginMm < 0 || o.marginMm > 50)
        return io.fail({}, Cli::tr("--margin must be from 0 to 50 millimetres"), Usage);
    o.overlapMm = parser.value(QStringLiteral("overlap")).toDouble(&ok);
    if (!ok || o.overlapMm < 0 || o.overlapMm > 50)
        return io.fail({}, Cli::tr("--overlap must be from 0 to 50 millimetres"), Usage);
    if (parser.isSet(QStringLiteral("tiles"))) {
        const QStringList parts =
            parser.value(QStringLiteral("tiles")).toLower().split(QLatin1Char('x'));
        bool a = false, b = false;
        o.tilesX = parts.value(0).toInt(&a);
        o.tilesY = parts.value(1).toInt(&b);
        if (parts.size() != 2 || !a || !b || o.tilesX < 1 || o.tilesY < 1 || o.tilesX > 26 ||
            o.tilesY > 99)
            return io.fail({}, Cli::tr("--tiles must look like 3x2 (up to 26 columns)"), Usage);
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        o.scalePercent = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || o.scalePercent < 5 || o.scalePercent > 1000)
            return io.fail({}, Cli::tr("--scale must be from 5 to 1000 percent"), Usage);
    }
    o.cropMarks = !parser.isSet(QStringLiteral("no-crop-marks"));
    o.titleBlock = !parser.isSet(QStringLiteral("no-title"));
    o.personaSheets = parser.isSet(QStringLiteral("personas"));
    o.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
    if (!ok || o.dpi < 72 || o.dpi > 600)
        return io.fail({}, Cli::tr("--dpi must be a number from 72 to 600"), Usage);
    if (parser.isSet(QStringLiteral("width"))) {
        o.widthPx = parser.value(QStringLiteral("width")).toInt(&ok);
        if (!ok || o.widthPx < 16)
            return io.fail({}, Cli::tr("--width must be at least 16 pixels"), Usage);
    }
    o.pngOnPage = parser.isSet(QStringLiteral("on-page"));
    o.transparent = parser.isSet(QStringLiteral("transparent"));
    TableExport::CsvOptions csv;
    const QString delimiter = parser.value(QStringLiteral("delimiter")).toLower();
    if (delimiter == QLatin1String("comma") || delimiter == QLatin1String(","))
        csv.delimiter = QLatin1Char(',');
    else if (delimiter == QLatin1String("semicolon") || delimiter == QLatin1String(";"))
        csv.delimiter = QLatin1Char(';');
    else if (delimiter == QLatin1String("tab"))
        csv.delimiter = QLatin1Char('\t');
    else
        return io.fail({}, Cli::tr("--delimiter must be comma, semicolon or tab"), Usage);
    csv.bom = parser.isSet(QStringLiteral("bom"));

    const QString file = parser.positionalArguments().first();
    Project p;
    QString error;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    if (parser.isSet(QStringLiteral("overlay"))) {
        const QString name = parser.value(QStringLiteral("overlay"));
        const MetricDefinition *metric = MetricOverlay::find(p, name);
        if (!metric) return io.fail(file, Cli::tr("the project has no metric \"%1\"").arg(name));
        o.overlayMetric = metric->id;
        o.overlayPeriod = parser.value(QStringLiteral("period"));
        o.overlaySegment = parser.value(QStringLiteral("segment"));
    }
    QList<Id> journeys;
    if (int code = 0;
        !chooseJourneys(p, file, parser.value(QStringLiteral("journey")), io, &journeys, &code))
        return code;

    QStringList written;
    if (format == QLatin1String("pdf")) {
        ok = MapExport::writePdf(p, journeys, out, o, &error);
        written.append(out);
    } else if (format == QLatin1String("png") || format == QLatin1String("svg")) {
        const QStringList paths = MapExport::numberedPaths(out, int(journeys.size()));
        for (int i = 0; ok && i < journeys.size(); ++i) {
            ok = format == QLatin1String("png")
                     ? MapExport::writePng(p, journeys[i], paths[i], o, &error)
                     : MapExport::writeSvg(p, journeys[i], paths[i], &error);
            if (ok) written.append(paths[i]);
        }
    } else if (format == QLatin1String("xlsx")) {
        ok = TableExport::writeXlsx(p, journeys, out, &error);
        written.append(out);
    } else if (format == QLatin1String("csv")) {
        ok = TableExport::writeCsv(p, journeys, out, csv, &error);
        written.append(out);
    } else {
        ok = TableExport::writeMarkdown(p, journeys, out, &error);
        written.append(out);
    }
    if (!ok) return io.fail(out, error);
    for (const QString &w : written)
        io.out << w << '\n';
    return Ok;
}

int runImportMetrics(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("TABLE"), Cli::tr("A CSV or XLSX file."));
    parser.addOptions({
        {QStringLiteral("sheet"), Cli::tr("The sheet to read (XLSX)."), Cli::tr("NAME")},
        {QStringLiteral("mapping"),
         Cli::tr("How the columns map (JSON, as --json prints it); default: the last import's "
                 "mapping, or a guess from the header."),
         Cli::tr("MAP.json")},
        {QStringLiteral("dry-run"), Cli::tr("Show what would change; change nothing.")},
        {QStringLiteral("json"), Cli::tr("Print the result as JSON.")},
    });
    parser.setApplicationDescription(
        Cli::tr("Imports metric values from a table into a project, as one step."));
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("waymark-cli import-metrics")} + args))
        return io.fail({}, parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 2)
        return io.fail({}, Cli::tr("'import-metrics' expects FILE and TABLE"), Usage);
    const QString file = parser.positionalArguments()[0],
                  tablePath = parser.positionalArguments()[1];
    TableReader::Options options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    OpenResult result;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto doc =
        Document::open(file, dryRun ? Store::Access::ReadOnly : Store::Access::ReadWrite, &result);
    if (!doc) return io.fail(file, result.error);
    if (!dryRun && doc->isReadOnly()) return io.fail(file, result.readOnlyReason);
    QString error;
    // A sample of the table for the guess and to check a reused mapping.
    Table sample;
    {
        int n = 0;
        auto head =
            TableReader::read(tablePath, options, &error, [&](const QStringList &row, qint64) {
                sample.rows.append(row);
                return ++n < 200;
            });
        if (!head) return io.fail({}, error);
        sample.columns = head->columns;
    }
    MetricMapping mapping;
    QString mappingFrom;
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile f(parser.value(QStringLiteral("mapping")));
        if (!f.open(QIODevice::ReadOnly)) return io.fail(f.fileName(), f.errorString());
        QJsonParseError pe;
        const QJsonDocument json = QJsonDocument::fromJson(f.read(1 << 20), &pe);
        if (pe.error != QJsonParseError::NoError || !json.isObject())
            return io.fail(f.fileName(), Cli::tr("not a JSON object (%1)").arg(pe.errorString()));
        const auto m = MetricMapping::fromJson(json.object(), &error);
        if (!m) return io.fail(f.fileName(), error);
        mapping = *m;
        mappingFrom = f.fileName();
    } else {
        mapping = MetricMapping::guess(sample);
        mappingFrom = Cli::tr("a guess from the header");
        if (const auto last =
                MetricMapping::lastFitting(doc->project(), int(sample.columns.size()))) {
            mapping = *last;
            mappingFrom = Cli::tr("the mapping of the last import (%1)")
                              .arg(doc->project().imports.constLast().sourceName);
        }
    }
    const auto plan = MetricImporter::plan(doc->project(), tablePath, options, mapping, &error);
    if (!plan) return io.fail({}, error);
    const QString source = QFileInfo(tablePath).fileName();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray unmatched, problems, metrics;
        for (const auto &u : plan->unmatched)
            unmatched.append(QJsonObject{{QStringLiteral("row"), u.row},
                                         {QStringLiteral("target"), u.target},
                                         {QStringLiteral("suggestion"), u.suggestion}});
        for (const QString &line : plan->report(source))
            problems.append(line);
        for (const MetricDefinition &m : plan->newMetrics)
            metrics.append(m.key);
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("added"), int(plan->added.size())},
                                            {QStringLiteral("changed"), int(plan->changed.size())},
                                            {QStringLiteral("unchanged"), plan->unchanged},
                                            {QStringLiteral("newMetrics"), metrics},
                                            {QStringLiteral("unmatched"), unmatched},
                                            {QStringLiteral("problems"), problems},
                                            {QStringLiteral("mapping"), mapping.toJson()},
                                            {QStringLiteral("dryRun"), dryRun}})
                      .toJson(QJsonDocument::Indented);
    } else {
        io.out << Cli::tr("Mapping: %1").arg(mappingFrom) << '\n';
        io.out << plan->summary() << '\n';
        for (const auto &u : plan->unmatched)
            io.out << Cli::tr("%1:%2: no card or stage \"%3\"%4")
                          .arg(source)
                          .arg(u.row)
                          .arg(u.target, u.suggestion.isEmpty()
                                             ? QString()
                                             : Cli::tr(" (did you mean \"%1\"?)").arg(u.suggestion))
                   << '\n';
    }
    if (!plan->problems.isEmpty()) {
        for (const QString &line : plan->report(tablePath))
            io.err << line << '\n';
        return io.fail(file, Cli::tr("nothing was imported"));
    }
    if (dryRun || (plan->added.isEmpty() && plan->changed.isEmpty())) return Ok;
    if (!doc->importMetrics(*plan)) return io.fail(file, doc->lastError());
    if (!doc->isSaved()) return io.fail(file, doc->lastError());
    if (const QString backup = doc->store().migrationBackupPath(); !backup.isEmpty())
        io.out << Cli::tr("The file was upgraded to format %1; the original is kept as \"%2\".")
                      .arg(doc->store().schemaVersion())
                      .arg(QDir::toNativeSeparators(backup))
               << '\n';
    return Ok;
}

int runFriction(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("journey"),
         Cli::tr("The journey (name or id), or 'all' (default: the first journey)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("period"), Cli::tr("The period to rank (default: each value's latest)."),
         Cli::tr("PERIOD")},
        {QStringLiteral("segment"), Cli::tr("The segment to rank (default: all customers)."),
         Cli::tr("SEGMENT")},
        {QStringLiteral("top"), Cli::tr("How many points to list (default 10, 0 = all)."),
         Cli::tr("N"), QStringLiteral("10")},
        {QStringLiteral("json"), Cli::tr("Print the result as JSON.")},
    });
    if (const int code =
            parse(parser, QStringLiteral("friction"), args, io,
                  Cli::tr("Ranks where customers struggle, from the imported metrics and the "
                          "feelings on the map, with the reasons, and lists where the map and "
                          "the data disagree."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    bool numeric = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&numeric);
    if (!numeric || top < 0)
        return io.fail({}, Cli::tr("--top expects a number of 0 or more"), Usage);
    Project p;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    QList<Id> journeys;
    if (int code = 0;
        !chooseJourneys(p, file, parser.value(QStringLiteral("journey")), io, &journeys, &code))
        return code;
    const QString period = parser.value(QStringLiteral("period"));
    const QString segment = parser.value(QStringLiteral("segment"));
    if (p.metrics.isEmpty())
        io.err << Cli::tr("%1: the project has no metrics yet; only feelings count (see "
                          "'waymark-cli import-metrics')")
                      .arg(file)
               << '\n';
    const auto kindName = [](TargetKind kind) { return toKey(kind); };
    QJsonArray jsonJourneys;
    for (const Id &id : journeys) {
        const Journey &j = *p.journey(id);
        QList<FrictionPoint> points = Friction::rank(p, j, period, segment);
        if (top > 0) points = points.mid(0, top);
        const QList<Contradiction> contradictions = Friction::contradictions(p, j, period, segment);
        const auto stageName = [&j](const Id &stage) {
            const int i = j.stageIndex(stage);
            return i >= 0 ? j.stages[i].name : QString();
        };
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray jp, jc;
            int rank = 0;
            for (const FrictionPoint &f : points)
                jp.append(QJsonObject{
                    {QStringLiteral("rank"), ++rank},
                    {QStringLiteral("kind"), kindName(f.kind)},
                    {QStringLiteral("id"), idToString(f.id)},
                    {QStringLiteral("label"), f.label},
                    {QStringLiteral("stage"), stageName(f.stageId)},
                    {QStringLiteral("score"), std::round(f.score * 100) / 100},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(f.reasons)}});
            for (const Contradiction &c : contradictions)
                jc.append(QJsonObject{{QStringLiteral("kind"), kindName(c.kind)},
                                      {QStringLiteral("id"), idToString(c.id)},
                                      {QStringLiteral("text"), c.text}});
            jsonJourneys.append(QJsonObject{{QStringLiteral("journey"), j.name},
                                            {QStringLiteral("id"), idToString(j.id)},
                                            {QStringLiteral("points"), jp},
                                            {QStringLiteral("contradictions"), jc}});
            continue;
        }
        io.out << j.name << '\n';
        if (points.isEmpty())
            io.out << "  " << Cli::tr("No friction: every value is within its thresholds.") << '\n';
        int rank = 0;
        for (const FrictionPoint &f : points) {
            io.out << Cli::tr("%1. %2 (%3) — friction %4")
                          .arg(QString::number(++rank).rightJustified(4),
                               f.label.simplified().left(80),
                               f.kind == TargetKind::Stage
                                   ? Cli::tr("stage")
                                   : Cli::tr("in \"%1\"").arg(stageName(f.stageId)),
                               QLocale().toString(f.score, 'f', 1))
                   << '\n';
            if (!f.reasons.isEmpty())
                io.out << "      " << f.reasons.join(QStringLiteral(", ")) << '\n';
        }
        for (const Contradiction &c : contradictions)
            io.out << "  " << Cli::tr("The map and the data disagree: %1").arg(c.text) << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("period"), period},
                                            {QStringLiteral("segment"), segment},
                                            {QStringLiteral("journeys"), jsonJourneys}})
                      .toJson(QJsonDocument::Indented);
    return Ok;
}

int runTable(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A CSV or XLSX file."));
    parser.addOption(
        {QStringLiteral("sheet"), Cli::tr("The sheet to read (XLSX)."), Cli::tr("NAME")});
    parser.addOption({QStringLiteral("json"),
                      Cli::tr("Print JSON: {\"columns\": [...], \"rows\": [[...], ...]}.")});
    if (const int code = parse(parser, QStringLiteral("table"), args, io,
                               Cli::tr("Shows the table Waymark reads from a CSV or XLSX file, "
                                       "so that you can see why an import went wrong."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    TableReader::Options options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    QString error;
    const auto table = TableReader::read(file, options, &error);
    if (!table) return io.fail({}, error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const QStringList &r : table->rows)
            rows.append(QJsonArray::fromStringList(r));
        QJsonObject root{{QStringLiteral("columns"), QJsonArray::fromStringList(table->columns)},
                         {QStringLiteral("rows"), rows}};
        if (!table->sheets.isEmpty()) {
            root.insert(QStringLiteral("sheet"), table->sheet);
            root.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(table->sheets));
        } else {
            root.insert(QStringLiteral("encoding"), table->encoding);
            root.insert(QStringLiteral("delimiter"), QString(table->delimiter));
        }
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (!table->sheets.isEmpty())
        io.out << Cli::tr("Sheet: %1 (of %2)")
                      .arg(table->sheet, table->sheets.join(QStringLiteral(", ")))
               << '\n';
    else
        io.out << Cli::tr("Encoding: %1, delimiter: %2")
                      .arg(table->encoding, table->delimiter == u'\t' ? QStringLiteral("tab")
                                                                      : QString(table->delimiter))
               << '\n';
    if (!table->note.isEmpty()) io.out << table->note << '\n';
    io.out << Cli::tr("%n row(s) after the header", nullptr, int(table->rows.size())) << "\n\n";
    io.out << table->columns.join(u'\t') << '\n';
    for (const QStringList &r : table->rows)
        io.out << r.join(u'\t') << '\n';
    return Ok;
}

int runExportPersonas(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Cli::tr("Where to write: a .pdf (one page per persona) or a .png (one "
                              "file per persona, numbered when there are several)."),
                      Cli::tr("OUT")});
    parser.addOption({QStringLiteral("persona"),
                      Cli::tr("Only this persona (name or id); may be given more than once."),
                      Cli::tr("NAME")});
    parser.addOption({QStringLiteral("dpi"), Cli::tr("Resolution of PNG files (36 to 600)."),
                      Cli::tr("DPI"), QStringLiteral("150")});
    if (const int code = parse(parser, QStringLiteral("export-personas"), args, io,
                               Cli::tr("Writes persona sheets as PDF or PNG."));
        code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return io.fail({}, Cli::tr("'export-personas' needs -o OUT.pdf or -o OUT.png"), Usage);
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) &&
        !out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return io.fail(out, Cli::tr("the output must end in .pdf or .png"), Usage);
    bool dpiOk = false;
    const int dpi = parser.value(QStringLiteral("dpi")).toInt(&dpiOk);
    if (!dpiOk || dpi < 36 || dpi > 600)
        return io.fail({}, Cli::tr("--dpi must be a number from 36 to 600"), Usage);
    const QString file = parser.positionalArguments().first();
    Project p;
    QString error;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    QList<Id> ids;
    const QStringList wanted = parser.values(QStringLiteral("persona"));
    for (const QString &w : wanted) {
        Id found;
        for (const Persona &x : p.personas)
            if (x.name.compare(w, Qt::CaseInsensitive) == 0 || idToString(x.id) == w) found = x.id;
        if (found.isNull()) return io.fail(file, Cli::tr("no persona \"%1\"").arg(w));
        ids.append(found);
    }
    if (wanted.isEmpty())
        for (const Persona &x : p.personas)
            ids.append(x.id);
    if (ids.isEmpty()) return io.fail(file, Cli::tr("the project has no personas"));
    QStringList written;
    if (!PersonaExport::write(p, ids, out, {dpi}, &written, &error)) return io.fail(out, error);
    for (const QString &w : written)
        io.out << w << '\n';
    return Ok;
}

int runNew(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("The project file to create (.waymark)."));
    parser.addOption({QStringLiteral("template"),
                      Cli::tr("five-phases (default), blank or sample."), QStringLiteral("NAME"),
                      QStringLiteral("five-phases")});
    parser.addOption(
        {QStringLiteral("title"), Cli::tr("The project title."), QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("lang"), Cli::tr("Content language: en (default) or de."),
                      QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    if (const int code = parse(parser, QStringLiteral("new"), args, io,
                               Cli::tr("Creates a new Waymark project."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!contentLanguages().contains(lang))
        return io.fail({}, Cli::tr("unknown language \"%1\" (use en or de)").arg(lang), Usage);
    if (QFileInfo::exists(file) && !parser.isSet(QStringLiteral("force")))
        return io.fail(file, Cli::tr("the file exists already (use --force to replace it)"));

    Project project;
    const QString name = parser.value(QStringLiteral("template"));
    Template t;
    if (name == QLatin1String("sample")) {
        QString error;
        if (!sampleProject(lang, &project, &error)) return io.fail(file, error);
    } else if (fromKey(name, &t)) {
        project = makeProject(t, QFileInfo(file).completeBaseName(), lang);
    } else {
        return io.fail(
            {}, Cli::tr("unknown template \"%1\" (use five-phases, blank or sample)").arg(name),
            Usage);
    }
    if (parser.isSet(QStringLiteral("title")))
        project.info.title = parser.value(QStringLiteral("title"));
    QString error;
    if (!Store::create(file, project, &error)) return io.fail(file, error);
    io.out << Cli::tr("Created %1").arg(file) << Qt::endl;
    return Ok;
}

int runInfo(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON instead of text.")});
    if (const int code = parse(parser, QStringLiteral("info"), args, io,
                               Cli::tr("Shows what a project contains. Never changes the file."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    OpenResult result;
    auto store = Store::open(file, Store::Access::ReadOnly, &result);
    Project p;
    QString error;
    if (!store) return io.fail(file, result.error);
    if (!store->load(&p, &error)) return io.fail(file, error);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray journeys, personas;
        for (const Journey &j : p.journeys) {
            QJsonArray linked;
            for (const Id &id : j.personaIds)
                linked.append(idToString(id));
            journeys.append(QJsonObject{{QStringLiteral("id"), idToString(j.id)},
                                        {QStringLiteral("name"), j.name},
                                        {QStringLiteral("goal"), j.goal},
                                        {QStringLiteral("state"), toKey(j.state)},
                                        {QStringLiteral("stages"), j.stages.size()},
                                        {QStringLiteral("lanes"), j.lanes.size()},
                                        {QStringLiteral("cards"), j.cards.size()},
                                        {QStringLiteral("personas"), linked}});
        }
        for (const Persona &x : p.personas)
            personas.append(QJsonObject{{QStringLiteral("id"), idToString(x.id)},
                                        {QStringLiteral("name"), x.name},
                                        {QStringLiteral("role"), x.role}});
        const QJsonObject root{
            {QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
            {QStringLiteral("schemaVersion"), store->schemaVersion()},
            {QStringLiteral("project"),
             QJsonObject{
                 {QStringLiteral("title"), p.info.title},
                 {QStringLiteral("client"), p.info.client},
                 {QStringLiteral("author"), p.info.author},
                 {QStringLiteral("language"), p.info.language},
                 {QStringLiteral("created"), p.info.created.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("modified"), p.info.modified.toString(Qt::ISODateWithMs)}}},
            {QStringLiteral("cards"), p.cardCount()},
            {QStringLiteral("journeys"), journeys},
            {QStringLiteral("personas"), personas}};
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    io.out << Cli::tr("Project:     %1").arg(p.info.title) << '\n'
           << Cli::tr("Client:      %1").arg(p.info.client) << '\n'
           << Cli::tr("Author:      %1").arg(p.info.author) << '\n'
           << Cli::tr("Language:    %1").arg(p.info.language) << '\n'
           << Cli::tr("Created:     %1").arg(stamp(p.info.created)) << '\n'
           << Cli::tr("Modified:    %1").arg(stamp(p.info.modified)) << '\n'
           << Cli::tr("File format: %1").arg(store->schemaVersion()) << '\n'
           << Cli::tr("Journeys:    %1").arg(p.journeys.size()) << '\n';
    for (const Journey &j : p.journeys)
        io.out << "  "
               << Cli::tr("%1 [%2]: %3 stages, %4 lanes, %5 cards, %6 personas")
                      .arg(j.name, displayName(j.state))
                      .arg(j.stages.size())
                      .arg(j.lanes.size())
                      .arg(j.cards.size())
                      .arg(j.personaIds.size())
               << '\n';
    io.out << Cli::tr("Personas:    %1").arg(p.personas.size()) << '\n';
    for (const Persona &x : p.personas)
        io.out << "  " << x.name
               << (x.role.isEmpty() ? QString() : QStringLiteral(" (") + x.role + QLatin1Char(')'))
               << '\n';
    io.out << Cli::tr("Cards:       %1").arg(p.cardCount()) << Qt::endl;
    return Ok;
}

int runCheck(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    if (const int code =
            parse(parser, QStringLiteral("check"), args, io,
                  Cli::tr("Checks integrity, schema and references. Never changes the file.\n"
                          "Exit code 0: sound; 1: problems (listed on stderr)."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    const CheckReport report = checkProjectFile(file);
    if (report.problems.isEmpty()) {
        io.out << Cli::tr("%1: ok (file format %2)").arg(file).arg(report.schemaVersion)
               << Qt::endl;
        return Ok;
    }
    for (const QString &problem : report.problems)
        io.fail(file, problem);
    return BadInput;
}

} // namespace waymark::cli
