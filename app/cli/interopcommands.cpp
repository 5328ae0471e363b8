// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing maps in from other tools: a Mermaid journey into a project.
#include "clicommands.h"
#include "cliutil.h"

#include "document/document.h"
#include "io/mermaid.h"
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

} // namespace waymark::cli
