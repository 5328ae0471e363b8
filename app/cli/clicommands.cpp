// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"
#include "cliutil.h"

#include "analytics/freshness.h"
#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "document/document.h"
#include "document/gallery.h"
#include "document/templates.h"
#include "io/exportformat.h"
#include "io/mapexport.h"
#include "io/mermaid.h"
#include "io/metricimport.h"
#include "io/personaexport.h"
#include "io/tableexport.h"
#include "io/tablereader.h"
#include "storage/checker.h"
#include "storage/projectjson.h"
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

namespace {

QString stamp(const QDateTime &d)
{
    return d.isValid() ? d.toLocalTime().toString(Qt::ISODate) : QString();
}

} // namespace

bool needsGui(const QString &command, const QStringList &args)
{
    const bool flowPicture = command == QLatin1String("analyze") &&
                             std::any_of(args.begin(), args.end(), [](const QString &a) {
                                 return a.startsWith(QLatin1String("--flow"));
                             });
    const bool comparisonPdf = command == QLatin1String("diff") &&
                               std::any_of(args.begin(), args.end(), [](const QString &a) {
                                   return a.startsWith(QLatin1String("--pdf"));
                               });
    // The matrix as a picture or page is drawn (an XLSX is not, but -o decides late).
    const bool matrixPicture = command == QLatin1String("opportunities") &&
                               std::any_of(args.begin(), args.end(), [](const QString &a) {
                                   return a == QLatin1String("-o") ||
                                          a.startsWith(QLatin1String("--output"));
                               });
    // The sample (also as the contract-renewal template) draws its illustrations.
    const bool sample = command == QLatin1String("new") &&
                        std::any_of(args.begin(), args.end(), [](const QString &a) {
                            return a.endsWith(QLatin1String("sample")) ||
                                   a.endsWith(QLatin1String("contract-renewal"));
                        });
    return sample || matrixPicture ||
           matrixPicture ||
           command == QLatin1String("export-personas") || command == QLatin1String("export") ||
           flowPicture || comparisonPdf;
}

namespace {

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
         Cli::tr("One of %1 (default: from the output's extension).")
             .arg(ExportFormats::idList()),
         Cli::tr("FORMAT")},
        journeysOption(),
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
        {QStringLiteral("stage-slides"),
         Cli::tr("A slide per stage after each journey's map, its cards as a table (PPTX).")},
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
        {QStringLiteral("no-friction-marks"),
         Cli::tr("With --overlay: no numbered discs on the worst friction points.")},
        {QStringLiteral("no-charts"), Cli::tr("With --overlay: no page of charts (PDF).")},
        {QStringLiteral("no-votes"),
         Cli::tr("No page of dot-voting results after a journey that has rounds (PDF).")},
        {QStringLiteral("comments"),
         Cli::tr("Comments as numbered notes: numbers on the commented cards and a page of the "
                 "threads after each journey (PDF).")},
        {QStringLiteral("no-flow"),
         Cli::tr("No page with the flow of the event log imported onto a journey (PDF).")},
        {QStringLiteral("coverage"),
         Cli::tr("A page of research coverage after each journey: how much rests on evidence, "
                 "and the assumptions with most friction attached (PDF).")},
        {QStringLiteral("matrix"),
         Cli::tr("A page with the opportunity matrix after each journey that has "
                 "opportunities (PDF).")},
    });
    if (const int code = parse(parser, QStringLiteral("export"), args, io,
                               Cli::tr("Exports journeys in any of the formats that --format "
                                       "names. Never changes the project."));
        code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty()) return io.fail({}, Cli::tr("'export' needs -o OUT"), Usage);
    QString formatName = parser.value(QStringLiteral("format"));
    if (formatName.isEmpty()) formatName = QFileInfo(out).suffix();
    const ExportFormat *format = ExportFormats::find(formatName);
    if (!format)
        return io.fail({},
                       Cli::tr("unknown format \"%1\" (use one of %2)")
                           .arg(formatName, ExportFormats::idList()),
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
    o.stageSlides = parser.isSet(QStringLiteral("stage-slides"));
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
        o.frictionMarks = !parser.isSet(QStringLiteral("no-friction-marks"));
        o.chartsPage = !parser.isSet(QStringLiteral("no-charts"));
    }
    o.votesPage = !parser.isSet(QStringLiteral("no-votes"));
    o.commentsPage = parser.isSet(QStringLiteral("comments"));
    o.coveragePage = parser.isSet(QStringLiteral("coverage"));
    o.matrixPage = parser.isSet(QStringLiteral("matrix"));
    o.flowPage = !parser.isSet(QStringLiteral("no-flow"));
    QList<Id> journeys;
    if (int code = 0;
        !chooseJourneys(p, file, parser.value(QStringLiteral("journey")), io, &journeys, &code))
        return code;

    QStringList written;
    if (!format->write(p, {journeys, o, csv, {}, file}, out, &written, &error))
        return io.fail(out, error);
    for (const QString &w : written)
        io.out << w << '\n';
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

namespace {

int listTemplates(bool json, Io &io)
{
    if (json) {
        QJsonArray list;
        for (const GalleryTemplate &t : Gallery::all())
            list.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("name_en"), t.nameEn},
                                    {QStringLiteral("name_de"), t.nameDe},
                                    {QStringLiteral("description_en"), t.descriptionEn},
                                    {QStringLiteral("description_de"), t.descriptionDe}});
        io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Ok;
    }
    qsizetype width = 0;
    for (const GalleryTemplate &t : Gallery::all())
        width = std::max(width, t.id.size());
    for (const GalleryTemplate &t : Gallery::all())
        io.out << t.id.leftJustified(width + 2) << t.nameEn << " / " << t.nameDe << '\n';
    io.out.flush();
    return Ok;
}

} // namespace

int runNew(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("The project file to create (.waymark)."));
    parser.addOption({QStringLiteral("template"),
                      Cli::tr("The template (see --list-templates); five-phases by default."),
                      QStringLiteral("ID"), Gallery::defaultId()});
    parser.addOption({QStringLiteral("list-templates"),
                      Cli::tr("List the templates (id, English and German name) instead of "
                              "creating a file; with --json as JSON.")});
    parser.addOption({QStringLiteral("json"), Cli::tr("With --list-templates: print JSON.")});
    parser.addOption(
        {QStringLiteral("title"), Cli::tr("The project title."), QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("lang"), Cli::tr("Content language: en (default) or de."),
                      QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    parser.addOption({QStringLiteral("from-events"),
                      Cli::tr("Draft the journey from an event log: its most frequent "
                              "activities in their typical order as touchpoints, cut into "
                              "stages, with the log's figures on them."),
                      Cli::tr("EVENTS.csv")});
    parser.addOption({QStringLiteral("stages"),
                      Cli::tr("With --from-events: how many stages (default 5)."), Cli::tr("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("stage-column"),
                      Cli::tr("With --from-events: a stage for each value of this column (e.g. "
                              "a funnel step or page group), instead of cutting into --stages."),
                      Cli::tr("COLUMN")});
    parser.addOption({QStringLiteral("from-mermaid"),
                      Cli::tr("Make the journey from a Mermaid journey diagram: sections become "
                              "stages, tasks customer actions with their score as a feeling, "
                              "actors personas."),
                      Cli::tr("J.mmd")});
    parser.addOption({QStringLiteral("from-json"),
                      Cli::tr("Make the project from its JSON form (export --format json), "
                              "exactly as it was."),
                      Cli::tr("P.json")});
    parser.addOptions(eventLogOptions());
    if (const int code = parse(parser, QStringLiteral("new"), args, io,
                               Cli::tr("Creates a new Waymark project."), -1);
        code >= 0)
        return code;
    if (parser.isSet(QStringLiteral("list-templates"))) {
        if (!parser.positionalArguments().isEmpty())
            return io.fail({}, Cli::tr("--list-templates goes without FILE"), Usage);
        return listTemplates(parser.isSet(QStringLiteral("json")), io);
    }
    if (parser.isSet(QStringLiteral("json")))
        return io.fail({}, Cli::tr("--json goes with --list-templates"), Usage);
    if (parser.positionalArguments().size() != 1)
        return io.fail({}, Cli::tr("'%1' expects one FILE argument; see 'waymark-cli %1 --help'")
                               .arg(QStringLiteral("new")),
                       Usage);
    const QString file = parser.positionalArguments().first();
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!contentLanguages().contains(lang))
        return io.fail({}, Cli::tr("unknown language \"%1\" (use en or de)").arg(lang), Usage);
    if (QFileInfo::exists(file) && !parser.isSet(QStringLiteral("force")))
        return io.fail(file, Cli::tr("the file exists already (use --force to replace it)"));
    if (parser.isSet(QStringLiteral("from-json"))) {
        for (const char *other : {"template", "title", "lang", "from-events", "from-mermaid"})
            if (parser.isSet(QLatin1String(other)))
                return io.fail({}, Cli::tr("--from-json goes without --%1").arg(QLatin1String(other)),
                               Usage);
        const QString source = parser.value(QStringLiteral("from-json"));
        QString error;
        if (!ProjectJson::createFromFile(source, file, &error)) return io.fail(source, error);
        io.out << Cli::tr("Created %1").arg(file) << Qt::endl;
        return Ok;
    }

    Project project;
    const QString name = parser.value(QStringLiteral("template"));
    if (name == QLatin1String("sample")) {
        // The sample exactly as bundled (client, author and title included).
        QString error;
        if (!sampleProject(lang, &project, &error)) return io.fail(file, error);
    } else if (QString error;
               !Gallery::create(name, QFileInfo(file).completeBaseName(), lang, &project, &error)) {
        return io.fail({}, error, Gallery::find(name) ? BadInput : Usage);
    }
    if (parser.isSet(QStringLiteral("title")))
        project.info.title = parser.value(QStringLiteral("title"));
    QString error;
    if (parser.isSet(QStringLiteral("from-mermaid"))) {
        const QString source = parser.value(QStringLiteral("from-mermaid"));
        if (parser.isSet(QStringLiteral("from-events")) || name != Gallery::defaultId())
            return io.fail({}, Cli::tr("--from-mermaid goes without --template and --from-events"),
                           Usage);
        const auto diagram = Mermaid::read(source, &error);
        if (!diagram) return io.fail({}, error);
        project = makeProject(Template::Blank, project.info.title, lang);
        Mermaid::Imported imported =
            Mermaid::toJourney(*diagram, project, QFileInfo(source).completeBaseName());
        project.journeys = {imported.journey};
        project.personas = imported.newPersonas;
        if (!parser.isSet(QStringLiteral("title"))) project.info.title = imported.journey.name;
        if (!Store::create(file, project, &error)) return io.fail(file, error);
        io.out << Cli::tr("Created %1").arg(file) << '\n'
               << Mermaid::summary(*diagram, imported) << Qt::endl;
        return Ok;
    }
    if (parser.isSet(QStringLiteral("from-events")))
        return draftFromEvents(parser, file, std::move(project), io);
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
    io.note(file, result.notices);
    Project p;
    QString error;
    if (!store) return io.fail(file, result.error);
    if (!store->load(&p, &error)) return io.fail(file, error);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto isoOrNull = [](const QDateTime &d) {
        return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray journeys, personas;
        for (const Journey &j : p.journeys) {
            QJsonArray linked, staleCards;
            for (const Id &id : j.personaIds)
                linked.append(idToString(id));
            const QHash<Id, QDateTime> stale = Freshness::staleCards(p, j, now);
            for (const Card &c : j.cards)
                if (stale.contains(c.id))
                    staleCards.append(QJsonObject{{QStringLiteral("id"), idToString(c.id)},
                                                  {QStringLiteral("text"), c.text},
                                                  {QStringLiteral("staleSince"),
                                                   isoOrNull(stale.value(c.id))}});
            journeys.append(QJsonObject{
                {QStringLiteral("id"), idToString(j.id)},
                {QStringLiteral("name"), j.name},
                {QStringLiteral("goal"), j.goal},
                {QStringLiteral("state"), toKey(j.state)},
                {QStringLiteral("owner"), j.owner},
                {QStringLiteral("status"), toKey(j.status)},
                {QStringLiteral("reviewDays"), j.reviewDays},
                {QStringLiteral("reviewed"), isoOrNull(j.reviewed)},
                {QStringLiteral("staleSince"), isoOrNull(Freshness::journeyStaleSince(p, j, now))},
                {QStringLiteral("staleCards"), staleCards},
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
    for (const Journey &j : p.journeys) {
        io.out << "  "
               << Cli::tr("%1 [%2]: %3 stages, %4 lanes, %5 cards, %6 personas")
                      .arg(j.name, displayName(j.state))
                      .arg(j.stages.size())
                      .arg(j.lanes.size())
                      .arg(j.cards.size())
                      .arg(j.personaIds.size())
               << '\n';
        // Who owns it and whether it is still alive, when anyone said.
        QStringList care;
        if (!j.owner.isEmpty()) care.append(Cli::tr("owner %1").arg(j.owner));
        if (j.status != JourneyStatus::Draft || !care.isEmpty() || j.reviewDays > 0)
            care.append(displayName(j.status));
        if (j.reviewDays > 0)
            care.append(Cli::tr("review every %n day(s)", nullptr, j.reviewDays));
        if (j.reviewed.isValid()) care.append(Cli::tr("last reviewed %1").arg(stamp(j.reviewed)));
        if (const QDateTime since = Freshness::journeyStaleSince(p, j, now); since.isValid())
            care.append(Freshness::staleText(since));
        if (const int stale = int(Freshness::staleCards(p, j, now).size()); stale > 0)
            care.append(Cli::tr("%n card(s) stale: their data is older than the interval",
                                nullptr, stale));
        if (!care.isEmpty()) io.out << "    " << care.join(QStringLiteral("; ")) << '\n';
    }
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
    io.note(file, report.notices);
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
