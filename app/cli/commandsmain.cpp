// SPDX-License-Identifier: GPL-3.0-or-later
#include "clibase.h"
#include "clicommands.h"

#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <unistd.h>

using namespace waymark;

namespace {

const char usage[] = QT_TRANSLATE_NOOP(
    "Cli", "Usage: waymark-cli COMMAND [OPTIONS] FILE\n"
           "\n"
           "Commands:\n"
           "  new FILE      create a project from a template, the sample, an event log,\n"
           "                a Mermaid journey (--from-mermaid J.mmd) or its JSON form\n"
           "                (--from-json P.json)\n"
           "  info FILE     show a project's contents (--json for machine output)\n"
           "  check FILE    check a project's integrity, schema and references\n"
           "  export FILE -o OUT.pdf|png|svg|pptx|html|xlsx|csv|md|mmd|json\n"
           "                export journeys (see 'waymark-cli export --help')\n"
           "  export-personas FILE -o OUT.pdf|OUT.png\n"
           "                write persona sheets\n"
           "  table FILE    show the table Waymark reads from a CSV or XLSX file\n"
           "  import-metrics FILE TABLE\n"
           "                import metric values from a CSV or XLSX table\n"
           "  friction FILE rank where customers struggle, with the reasons\n"
           "  analyze EVENTS.csv|--db URL\n"
           "                measure an event log (a file, or a table inside PostgreSQL)\n"
           "  import-events FILE EVENTS.csv|--db URL\n"
           "                put an event log's figures on the map as metric values\n"
           "  import-survey FILE RESPONSES.csv\n"
           "                put CSAT, NPS or CES (or contact-centre figures) on the map\n"
           "  workshop FILE run a workshop: participants add notes and vote from their phones\n"
           "  inbox FILE    list the notes participants sent (--json)\n"
           "  votes FILE    list the voting rounds and their results (--json)\n"
           "  snapshot FILE create|list|delete|restore [NAME]\n"
           "                keep named copies of journeys in the project\n"
           "  diff FILE --from A --to B\n"
           "                compare two journeys, or a journey with a snapshot\n"
           "  journey FILE  set a journey's owner, status and review interval\n"
           "  comments FILE list comment threads (--json)\n"
           "  comment FILE --on TARGET|--reply ID|--resolve ID|--reopen ID|--delete ID\n"
           "                comment on a card, stage or journey, or act on a comment\n"
           "  insights FILE list the evidence library (--json)\n"
           "  insight FILE --add|--edit ID|--delete ID|--link ID|--unlink ID\n"
           "                keep insights and link the cards that rest on them\n"
           "  coverage FILE how much of each stage and lane rests on evidence\n"
           "  opportunities FILE\n"
           "                rank opportunities (--formula, -o OUT.png|svg|pdf|xlsx, --json)\n"
           "  opportunity FILE --card CARD\n"
           "                score an opportunity and say what it addresses\n"
           "  blueprint FILE [--on|--off] [--zone LANE=ZONE]\n"
           "                show a journey as a service blueprint; lanes, lines, arrows\n"
           "  arrow FILE --from CARD --to CARD|--edit ID|--reverse ID|--delete ID\n"
           "                draw and edit arrows between cards\n"
           "  link FILE --card CARD --to JOURNEY|--none\n"
           "                let a card open another journey of the project\n"
           "  merge BASE MINE THEIRS -o OUT\n"
           "                merge two offline copies of a project (--prefer mine|theirs)\n"
           "  import-mermaid FILE J.mmd\n"
           "                add a Mermaid journey diagram as a new journey\n"
           "\n"
           "Run 'waymark-cli COMMAND --help' for a command's options.\n"
           "Exit codes: 0 ok, 1 bad input, 2 usage error.\n");

} // namespace

// Every command, loaded by the launcher (launcher.cpp) from waymark-cli-commands.so.
extern "C" Q_DECL_EXPORT int waymark_cli_main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QStringList rest;
    for (int i = 2; i < argc; ++i)
        rest.append(QString::fromLocal8Bit(argv[i]));

    // Only drawing needs a GUI application; plain commands start faster without one.
    std::unique_ptr<QCoreApplication> app;
    if (cli::needsGui(command, rest)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        // Headless sessions often lack a runtime folder; make the one Qt would, quietly.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString dir =
                QDir::tempPath() + QStringLiteral("/runtime-waymark-") + QString::number(getuid());
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    cli::setUpApplication(app.get());

    QTextStream out(stdout), err(stderr);
    cli::Io io{out, err};
    if (command == QLatin1String("new")) return cli::runNew(rest, io);
    if (command == QLatin1String("info")) return cli::runInfo(rest, io);
    if (command == QLatin1String("check")) return cli::runCheck(rest, io);
    if (command == QLatin1String("snapshot")) return cli::runSnapshot(rest, io);
    if (command == QLatin1String("diff")) return cli::runDiff(rest, io);
    if (command == QLatin1String("journey")) return cli::runJourney(rest, io);
    if (command == QLatin1String("comments")) return cli::runComments(rest, io);
    if (command == QLatin1String("comment")) return cli::runComment(rest, io);
    if (command == QLatin1String("insights")) return cli::runInsights(rest, io);
    if (command == QLatin1String("insight")) return cli::runInsight(rest, io);
    if (command == QLatin1String("coverage")) return cli::runCoverage(rest, io);
    if (command == QLatin1String("opportunities")) return cli::runOpportunities(rest, io);
    if (command == QLatin1String("opportunity")) return cli::runOpportunity(rest, io);
    if (command == QLatin1String("blueprint")) return cli::runBlueprint(rest, io);
    if (command == QLatin1String("arrow")) return cli::runArrow(rest, io);
    if (command == QLatin1String("link")) return cli::runLink(rest, io);
    if (command == QLatin1String("import-mermaid")) return cli::runImportMermaid(rest, io);
    if (command == QLatin1String("merge")) return cli::runMerge(rest, io);
    if (command == QLatin1String("export-personas")) return cli::runExportPersonas(rest, io);
    if (command == QLatin1String("export")) return cli::runExport(rest, io);
    if (command == QLatin1String("table")) return cli::runTable(rest, io);
    if (command == QLatin1String("import-metrics")) return cli::runImportMetrics(rest, io);
    if (command == QLatin1String("friction")) return cli::runFriction(rest, io);
    if (command == QLatin1String("analyze")) return cli::runAnalyze(rest, io);
    if (command == QLatin1String("import-events")) return cli::runImportEvents(rest, io);
    if (command == QLatin1String("import-survey")) return cli::runImportSurvey(rest, io);
    if (command == QLatin1String("workshop")) return cli::runWorkshop(rest, io);
    if (command == QLatin1String("inbox")) return cli::runInbox(rest, io);
    if (command == QLatin1String("votes")) return cli::runVotes(rest, io);
    if (command == QLatin1String("--version")) {
        out << "waymark-cli " << WAYMARK_VERSION << Qt::endl;
        return cli::Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << QCoreApplication::translate("Cli", usage);
        return cli::Ok;
    }
    if (!command.isEmpty())
        err << QCoreApplication::translate("Cli", "waymark-cli: error: unknown command \"%1\"")
                   .arg(command)
            << '\n';
    err << QCoreApplication::translate("Cli", usage);
    return cli::Usage;
}
