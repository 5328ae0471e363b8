// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "document/templates.h"
#include "io/personaexport.h"
#include "storage/checker.h"
#include "storage/store.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QString stamp(const QDateTime &d)
{
    return d.isValid() ? d.toLocalTime().toString(Qt::ISODate) : QString();
}

} // namespace

bool needsGui(const QString &command, const QStringList &args)
{
    return (command == QLatin1String("new") && args.contains(QStringLiteral("sample"))) ||
           command == QLatin1String("export-personas");
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
    OpenResult result;
    auto store = Store::open(file, Store::Access::ReadOnly, &result);
    Project p;
    QString error;
    if (!store) return io.fail(file, result.error);
    if (!store->load(&p, &error)) return io.fail(file, error);
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
