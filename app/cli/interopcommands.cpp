// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing maps in from other tools: a Mermaid journey into a project.
#include "clicommands.h"
#include "cliutil.h"

#include "document/document.h"
#include "io/mermaid.h"
#include "storage/projectmerge.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

int runImportMermaid(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("JOURNEY.mmd"),
                                 Cli::tr("A Mermaid journey diagram (or Markdown holding one)."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print what was added as JSON.")});
    if (const int code = parse(parser, QStringLiteral("import-mermaid"), args, io,
                               Cli::tr("Adds a Mermaid journey diagram to a project as a new "
                                       "journey: sections become stages, tasks customer actions "
                                       "with their score as a feeling, actors personas. One undo "
                                       "step."),
                               2);
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().at(0);
    const QString source = parser.positionalArguments().at(1);
    QString error;
    const auto diagram = Mermaid::read(source, &error);
    if (!diagram) return io.fail({}, error);
    int code = 0;
    auto doc = openDocument(file, false, io, &code);
    if (!doc) return code;
    const Mermaid::Imported imported =
        Mermaid::toJourney(*diagram, doc->project(), QFileInfo(source).completeBaseName());
    const Id id = doc->importJourney(imported.journey, imported.newPersonas);
    if (id.isNull()) return io.fail(file, doc->refusalReason());
    if (!doc->isSaved()) return io.fail(file, doc->saveError());
    doc->close();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray personas;
        for (const Persona &p : imported.newPersonas)
            personas.append(p.name);
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("journey"), idToString(id)},
                                            {QStringLiteral("name"), imported.journey.name},
                                            {QStringLiteral("stages"),
                                             int(imported.journey.stages.size())},
                                            {QStringLiteral("tasks"), Mermaid::taskCount(*diagram)},
                                            {QStringLiteral("newPersonas"), personas}})
                      .toJson();
        return Ok;
    }
    io.out << Mermaid::summary(*diagram, imported) << '\n';
    return Ok;
}

namespace {

QString kindKey(ProjectMerge::Conflict::Kind kind)
{
    using K = ProjectMerge::Conflict::Kind;
    switch (kind) {
    case K::BothChanged: return QStringLiteral("both-changed");
    case K::MineDeleted: return QStringLiteral("mine-deleted");
    case K::TheirsDeleted: return QStringLiteral("theirs-deleted");
    case K::Order: return QStringLiteral("order");
    }
    return {};
}

QString choiceKey(ProjectMerge::Choice choice)
{
    return choice == ProjectMerge::Choice::Mine     ? QStringLiteral("mine")
           : choice == ProjectMerge::Choice::Theirs ? QStringLiteral("theirs")
                                                    : QStringLiteral("both");
}

} // namespace

int runMerge(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BASE"),
                                 Cli::tr("The project both copies started from."));
    parser.addPositionalArgument(QStringLiteral("MINE"), Cli::tr("Your copy."));
    parser.addPositionalArgument(QStringLiteral("THEIRS"), Cli::tr("The other copy."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Cli::tr("The merged project to write."), Cli::tr("OUT")});
    parser.addOption({QStringLiteral("prefer"),
                      Cli::tr("How conflicts are resolved: mine or theirs. Without it, a merge "
                              "with conflicts lists them and writes nothing."),
                      Cli::tr("SIDE")});
    parser.addOption({QStringLiteral("force"), Cli::tr("Replace OUT if it exists.")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the report as JSON.")});
    if (const int code = parse(parser, QStringLiteral("merge"), args, io,
                               Cli::tr("Merges two offline copies of a project by a three-way "
                                       "merge: what only one copy changed is taken, what both "
                                       "changed differently is a conflict. Never changes the "
                                       "three files."),
                               3);
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty()) return io.fail({}, Cli::tr("'merge' needs -o OUT"), Usage);
    const QString prefer = parser.value(QStringLiteral("prefer"));
    if (parser.isSet(QStringLiteral("prefer")) && prefer != QLatin1String("mine") &&
        prefer != QLatin1String("theirs"))
        return io.fail({}, Cli::tr("--prefer must be mine or theirs"), Usage);
    if (QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force")))
        return io.fail(out, Cli::tr("the file exists already (use --force to replace it)"));
    ProjectMerge::Result result;
    QString error;
    const auto side =
        prefer == QLatin1String("theirs") ? ProjectMerge::Choice::Theirs : ProjectMerge::Choice::Mine;
    if (!ProjectMerge::merge(files[0], files[1], files[2], {}, side, &result, &error))
        return io.fail({}, error);
    const bool undecided = !result.conflicts.isEmpty() && prefer.isEmpty();
    if (!undecided && !ProjectMerge::write(result, out, &error)) return io.fail(out, error);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray conflicts;
        for (const ProjectMerge::Conflict &c : result.conflicts)
            conflicts.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("table"), c.table},
                {QStringLiteral("kind"), kindKey(c.kind)},
                {QStringLiteral("what"), c.what},
                {QStringLiteral("fields"), QJsonArray::fromStringList(c.fields)},
                {QStringLiteral("mine"), c.mine},
                {QStringLiteral("theirs"), c.theirs},
                {QStringLiteral("resolution"),
                 undecided ? QJsonValue() : QJsonValue(choiceKey(c.choice))}});
        io.out << QJsonDocument(QJsonObject{
                                    {QStringLiteral("out"), undecided ? QJsonValue() : QJsonValue(out)},
                                    {QStringLiteral("fromMine"), result.fromMine},
                                    {QStringLiteral("fromTheirs"), result.fromTheirs},
                                    {QStringLiteral("conflicts"), conflicts},
                                    {QStringLiteral("kept"), QJsonArray::fromStringList(result.kept)}})
                      .toJson();
    } else {
        if (!undecided)
            io.out << Cli::tr("Merged into %1: %2 from mine, %3 from theirs, %4")
                          .arg(out, Cli::tr("%n change(s)", nullptr, result.fromMine),
                               Cli::tr("%n change(s)", nullptr, result.fromTheirs),
                               Cli::tr("%n conflict(s)", nullptr, int(result.conflicts.size())))
                   << '\n';
        for (const ProjectMerge::Conflict &c : result.conflicts)
            io.out << Cli::tr("conflict: %1 (%2): mine %3; theirs %4")
                          .arg(c.what, ProjectMerge::kindName(c.kind), c.mine, c.theirs)
                   << (undecided ? QString()
                                 : QStringLiteral(" -> ") + choiceKey(c.choice))
                   << '\n';
        for (const QString &k : result.kept)
            io.out << Cli::tr("kept: %1").arg(k) << '\n';
    }
    io.out.flush();
    if (undecided)
        return io.fail({}, Cli::tr("%n conflict(s) to decide: choose --prefer mine or --prefer "
                                   "theirs, or merge in the application (File > Merge "
                                   "Copies...) to decide one by one; nothing was written",
                                   nullptr, int(result.conflicts.size())));
    return Ok;
}

} // namespace waymark::cli
