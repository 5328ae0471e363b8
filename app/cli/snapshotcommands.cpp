// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli snapshot, diff and journey: named copies kept in the project, comparing journeys,
// and who keeps a journey alive.
#include "analytics/freshness.h"
#include "analytics/journeydiff.h"
#include "cliutil.h"
#include "document/document.h"
#include "io/comparisonexport.h"
#include "storage/snapshotcodec.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace waymark::cli {

namespace {

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("before-import")) return Cli::tr("automatic, before an import");
    if (reason == QLatin1String("before-restore")) return Cli::tr("automatic, before a restore");
    return Cli::tr("manual");
}

// The journeys a snapshot holds, by name ("" when it cannot be read).
QStringList journeyNames(const Snapshot &s)
{
    Project content;
    QString error;
    QStringList names;
    if (SnapshotCodec::read(s.content, &content, &error))
        for (const Journey &j : content.journeys)
            names.append(j.name);
    return names;
}

int listSnapshots(const QString &file, bool json, Io &io)
{
    Project p;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    if (json) {
        QJsonArray list;
        for (const Snapshot &s : p.snapshots)
            list.append(QJsonObject{
                {QStringLiteral("id"), idToString(s.id)},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("created"), s.created.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("journey"),
                 s.journeyId.isNull() ? QJsonValue() : QJsonValue(idToString(s.journeyId))},
                {QStringLiteral("reason"), s.reason},
                {QStringLiteral("journeys"), QJsonArray::fromStringList(journeyNames(s))},
                {QStringLiteral("bytes"), s.content.size()}});
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("snapshots"), list}}).toJson();
        return Ok;
    }
    if (p.snapshots.isEmpty()) {
        io.out << Cli::tr("%1 has no snapshots.").arg(file) << '\n';
        return Ok;
    }
    const QLocale locale;
    for (const Snapshot &s : p.snapshots) {
        const QStringList names = journeyNames(s);
        io.out << s.name << "  " << locale.toString(s.created.toLocalTime(), QLocale::ShortFormat)
               << "  "
               << (s.journeyId.isNull()
                       ? Cli::tr("whole project (%n journey(s))", nullptr, int(names.size()))
                       : Cli::tr("journey \"%1\"").arg(names.value(0)))
               << "  " << reasonText(s.reason) << '\n';
    }
    return Ok;
}

} // namespace

int runSnapshot(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Cli::tr("create, list, delete or restore."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Cli::tr("The snapshot's name."),
                                 QStringLiteral("[NAME]"));
    parser.addOptions({
        {QStringLiteral("journey"),
         Cli::tr("create: the journey to keep (name or id; default: the whole project). "
                 "restore: the journey of the snapshot to bring back (default: all)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("json"), Cli::tr("list: print the snapshots as JSON.")},
    });
    if (const int code =
            parse(parser, QStringLiteral("snapshot"), args, io,
                  Cli::tr("Keeps named copies of journeys inside the project file ('before "
                          "workshop', 'baseline Q1'), lists them, deletes them, and restores "
                          "one as a new journey."),
                  -1);
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(1);
    const int wanted = action == QLatin1String("list") ? 2 : 3;
    if (!QStringList{QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("delete"),
                     QStringLiteral("restore")}
             .contains(action) ||
        pos.size() != wanted)
        return io.fail({},
                       Cli::tr("usage: waymark-cli snapshot FILE create|delete|restore NAME, or "
                               "waymark-cli snapshot FILE list"),
                       Usage);
    const QString file = pos[0];
    if (action == QLatin1String("list"))
        return listSnapshots(file, parser.isSet(QStringLiteral("json")), io);

    int code = 0;
    auto doc = openDocument(file, false, io, &code);
    if (!doc) return code;
    const Project &p = doc->project();
    const QString name = pos[2];
    const QString journey = parser.value(QStringLiteral("journey"));
    if (action == QLatin1String("create")) {
        QList<Id> journeys;
        if (!journey.isEmpty() && !chooseJourneys(p, file, journey, io, &journeys, &code))
            return code;
        if (doc->takeSnapshot(name, journeys.value(0)).isNull())
            return io.fail(file, doc->refusalReason());
    } else {
        const Snapshot *s = p.snapshot(name);
        if (!s) return io.fail(file, Cli::tr("no snapshot \"%1\"").arg(name));
        const Snapshot snap = *s;
        if (action == QLatin1String("delete")) {
            if (!doc->removeSnapshot(snap.id)) return io.fail(file, doc->refusalReason());
        } else {
            Id journeyId;
            if (!journey.isEmpty()) {
                QString error;
                const auto source =
                    DiffSource::resolve(p, QStringLiteral("snapshot:%1/%2").arg(snap.name, journey),
                                        &error);
                if (!source) return io.fail(file, error);
                journeyId = source->journeyId;
            }
            const QList<Id> added = doc->restoreSnapshot(snap.id, journeyId);
            if (added.isEmpty()) return io.fail(file, doc->refusalReason());
            for (const Id &id : added)
                io.out << Cli::tr("Restored \"%1\"").arg(doc->project().journey(id)->name) << '\n';
        }
    }
    if (!doc->isSaved()) return io.fail(file, doc->saveError());
    doc->close();
    if (action == QLatin1String("create"))
        io.out << Cli::tr("Took snapshot \"%1\"").arg(name.trimmed()) << '\n';
    else if (action == QLatin1String("delete"))
        io.out << Cli::tr("Deleted snapshot \"%1\"").arg(name) << '\n';
    return Ok;
}

int runJourney(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("journey"), Cli::tr("The journey (name or id; default: the first)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("owner"), Cli::tr("Who keeps the journey up to date."), Cli::tr("NAME")},
        {QStringLiteral("status"), Cli::tr("draft, validated or archived."), Cli::tr("STATUS")},
        {QStringLiteral("review-days"),
         Cli::tr("Review the journey every N days (0: no interval)."), Cli::tr("N")},
        {QStringLiteral("reviewed"),
         Cli::tr("Mark the journey reviewed: 'now' or a date (YYYY-MM-DD)."), Cli::tr("WHEN")},
    });
    if (const int code = parse(parser, QStringLiteral("journey"), args, io,
                               Cli::tr("Sets a journey's owner, status and review interval, and "
                                       "marks it reviewed, in one undo step."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    int code = 0;
    auto doc = openDocument(file, false, io, &code);
    if (!doc) return code;
    QList<Id> ids;
    if (!chooseJourneys(doc->project(), file, parser.value(QStringLiteral("journey")), io, &ids,
                        &code))
        return code;
    Journey j = *doc->project().journey(ids.first());
    if (parser.isSet(QStringLiteral("owner")))
        j.owner = parser.value(QStringLiteral("owner")).trimmed();
    if (parser.isSet(QStringLiteral("status")) &&
        !fromKey(parser.value(QStringLiteral("status")), &j.status))
        return io.fail({}, Cli::tr("--status expects draft, validated or archived"), Usage);
    if (parser.isSet(QStringLiteral("review-days"))) {
        bool ok = false;
        j.reviewDays = parser.value(QStringLiteral("review-days")).toInt(&ok);
        if (!ok || j.reviewDays < 0 || j.reviewDays > Journey::MaxReviewDays)
            return io.fail({},
                           Cli::tr("--review-days expects a number from 0 to %1")
                               .arg(Journey::MaxReviewDays),
                           Usage);
    }
    if (parser.isSet(QStringLiteral("reviewed"))) {
        const QString when = parser.value(QStringLiteral("reviewed"));
        const QDate date = QDate::fromString(when, Qt::ISODate);
        if (when == QLatin1String("now"))
            j.reviewed = QDateTime::currentDateTimeUtc();
        else if (date.isValid())
            j.reviewed = date.startOfDay(Qt::UTC);
        else
            return io.fail({}, Cli::tr("--reviewed expects 'now' or a date like 2026-11-30"),
                           Usage);
    }
    if (!doc->changeJourney(j)) return io.fail(file, doc->refusalReason());
    if (!doc->isSaved()) return io.fail(file, doc->saveError());
    const QDateTime since =
        Freshness::journeyStaleSince(doc->project(), j, QDateTime::currentDateTimeUtc());
    io.out << Cli::tr("%1: %2, review every %n day(s)", nullptr, j.reviewDays)
                  .arg(j.name, displayName(j.status))
           << (since.isValid() ? QStringLiteral("; ") + Freshness::staleText(since) : QString())
           << '\n';
    doc->close();
    return Ok;
}

int runDiff(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("from"),
         Cli::tr("What to compare from: a journey (name or id), snapshot:NAME or "
                 "snapshot:NAME/JOURNEY."),
         Cli::tr("A")},
        {QStringLiteral("to"), Cli::tr("What to compare to, in the same form."), Cli::tr("B")},
        {QStringLiteral("json"), Cli::tr("Print the differences as JSON.")},
        {QStringLiteral("pdf"),
         Cli::tr("Also write the comparison as a PDF: both maps with the changes marked, the "
                 "feelings of both, and every change."),
         Cli::tr("OUT.pdf")},
        {QStringLiteral("overlaid"),
         Cli::tr("In the PDF, draw one map: the second, with the cards that were removed or "
                 "moved away shown dashed where they were.")},
    });
    if (const int code = parse(parser, QStringLiteral("diff"), args, io,
                               Cli::tr("Compares two journeys (a current and a future state) or "
                                       "a journey with a snapshot: cards added, removed, changed "
                                       "and moved, stages, feelings, metric values and friction "
                                       "points."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return io.fail({}, Cli::tr("'diff' needs --from and --to"), Usage);
    const QString file = parser.positionalArguments().first();
    Project p;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    QString error;
    const auto from = DiffSource::resolve(p, parser.value(QStringLiteral("from")), &error);
    if (!from) return io.fail(file, error);
    const auto to = DiffSource::resolve(p, parser.value(QStringLiteral("to")), &error);
    if (!to) return io.fail(file, error);
    const JourneyDiff d =
        JourneyDiff::compute(from->project, from->journey(), to->project, to->journey());
    if (parser.isSet(QStringLiteral("overlaid")) && !parser.isSet(QStringLiteral("pdf")))
        return io.fail({}, Cli::tr("--overlaid needs --pdf"), Usage);
    if (parser.isSet(QStringLiteral("pdf"))) {
        const QString out = parser.value(QStringLiteral("pdf"));
        const auto view = parser.isSet(QStringLiteral("overlaid"))
                              ? ComparisonExport::View::Overlaid
                              : ComparisonExport::View::SideBySide;
        if (!ComparisonExport::writePdf(*from, *to, d, out, &error, view))
            return io.fail(out, error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = d.toJson();
        o.insert(QStringLiteral("from"), from->label);
        o.insert(QStringLiteral("to"), to->label);
        io.out << QJsonDocument(o).toJson();
        return Ok;
    }
    io.out << Cli::tr("From %1 to %2").arg(from->label, to->label) << '\n';
    io.out << Cli::tr("Cards: %1 added, %2 removed, %3 changed, %4 moved")
                  .arg(d.added.size())
                  .arg(d.removed.size())
                  .arg(d.changed.size())
                  .arg(d.moved.size())
           << '\n';
    const QList<JourneyDiff::Line> lines = d.lines();
    std::optional<JourneyDiff::Section> section;
    for (const JourneyDiff::Line &line : lines) {
        if (section != line.section) {
            section = line.section;
            io.out << '\n' << JourneyDiff::sectionTitle(line.section) << '\n';
        }
        io.out << "  " << line.mark << ' ' << line.text << '\n';
    }
    if (lines.isEmpty()) io.out << Cli::tr("No differences.") << '\n';
    return Ok;
}

} // namespace waymark::cli
