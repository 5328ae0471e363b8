// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli blueprint (a journey shown as a service blueprint, its lanes' zones), arrow
// (arrows between cards) and link (a card that opens another journey).
#include "cliutil.h"
#include "document/document.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

namespace {

// A lane by its title (any case) or id.
int findLane(const Journey &j, const QString &wanted)
{
    QList<Id> ids;
    int found = -1, count = 0;
    for (int l = 0; l < j.lanes.size(); ++l) {
        ids.append(j.lanes[l].id);
        if (j.lanes[l].title.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0) found = l, ++count;
    }
    if (count == 1) return found;
    if (count > 1) return -2;
    return j.laneIndex(idByPrefix(ids, wanted));
}

QString cardText(const Journey &j, const Id &id)
{
    const Card *c = j.card(id);
    return c ? c->text.simplified().left(60) : QString();
}

} // namespace

int runBlueprint(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        journeysOption(),
        {QStringLiteral("on"), Cli::tr("Show the journey as a service blueprint.")},
        {QStringLiteral("off"), Cli::tr("Show the journey as a journey map again.")},
        {QStringLiteral("zone"),
         Cli::tr("Put a lane (title or id) in a zone: physical-evidence, customer-actions, "
                 "frontstage, backstage, support or outside; repeat for more."),
         Cli::tr("LANE=ZONE")},
        {QStringLiteral("json"), Cli::tr("Print the lanes, lines and arrows as JSON.")},
    });
    if (const int code = parse(parser, QStringLiteral("blueprint"), args, io,
                               Cli::tr("Shows a journey as a service blueprint (or not), puts "
                                       "lanes into zones, and lists lanes, lines and arrows."));
        code >= 0)
        return code;
    if (parser.isSet(QStringLiteral("on")) && parser.isSet(QStringLiteral("off")))
        return io.fail({}, Cli::tr("give --on or --off, not both"), Usage);
    const QString file = parser.positionalArguments().first();
    const bool edits = parser.isSet(QStringLiteral("on")) || parser.isSet(QStringLiteral("off")) ||
                       parser.isSet(QStringLiteral("zone"));
    // Zones first (checked before anything is written).
    QList<std::pair<QString, BlueprintZone>> zones;
    for (const QString &z : parser.values(QStringLiteral("zone"))) {
        const qsizetype eq = z.lastIndexOf(QLatin1Char('='));
        BlueprintZone zone;
        if (eq <= 0 || !fromKey(z.mid(eq + 1).trimmed(), &zone))
            return io.fail({}, Cli::tr("--zone needs LANE=ZONE with a zone of physical-evidence, "
                                       "customer-actions, frontstage, backstage, support or "
                                       "outside, not \"%1\"")
                                   .arg(z),
                           Usage);
        zones.append({z.left(eq), zone});
    }
    if (edits) {
        int code = 0;
        auto doc = openDocument(file, false, io, &code);
        if (!doc) return code;
        const Journey *chosen =
            chooseJourney(doc->project(), file, parser.value(QStringLiteral("journey")), io, &code);
        if (!chosen) return code;
        const Id jid = chosen->id;
        if ((parser.isSet(QStringLiteral("on")) || parser.isSet(QStringLiteral("off"))) &&
            !doc->setBlueprint(jid, parser.isSet(QStringLiteral("on"))))
            return io.fail(file, doc->refusalReason());
        for (const auto &[wanted, zone] : zones) {
            const Journey &j = *doc->project().journey(jid);
            const int l = findLane(j, wanted);
            if (l < 0)
                return io.fail(file, l == -2 ? Cli::tr("several lanes of \"%1\" are called \"%2\"; "
                                                       "give the lane's id")
                                                   .arg(j.name, wanted)
                                             : Cli::tr("journey \"%1\" has no lane \"%2\"")
                                                   .arg(j.name, wanted));
            Lane lane = j.lanes[l];
            lane.zone = zone;
            if (!doc->changeLane(jid, lane)) return io.fail(file, doc->refusalReason());
        }
        if (!doc->isSaved()) return io.fail(file, doc->saveError());
        doc->close();
        if (!parser.isSet(QStringLiteral("json"))) return Ok;
    }
    Project p;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    QList<Id> journeys;
    if (int code = 0;
        !chooseJourneys(p, file, parser.value(QStringLiteral("journey")), io, &journeys, &code))
        return code;
    const QString language = p.info.language;
    QJsonArray all;
    for (const Id &jid : std::as_const(journeys)) {
        const Journey &j = *p.journey(jid);
        QJsonArray lanes, lines, arrows;
        for (const Lane &l : j.lanes)
            lanes.append(QJsonObject{{QStringLiteral("id"), idToString(l.id)},
                                     {QStringLiteral("title"), l.title},
                                     {QStringLiteral("kind"), toKey(l.kind)},
                                     {QStringLiteral("zone"), toKey(zoneOf(l))}});
        for (int l = 0; l <= j.lanes.size(); ++l)
            for (BlueprintLine line : j.linesAbove(l))
                lines.append(QJsonObject{
                    {QStringLiteral("line"), toKey(line)},
                    {QStringLiteral("above"),
                     l < j.lanes.size() ? QJsonValue(j.lanes[l].title) : QJsonValue()}});
        for (const Connection &c : j.connections)
            arrows.append(QJsonObject{
                {QStringLiteral("id"), idToString(c.id)},
                {QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), idToString(c.from)},
                                                     {QStringLiteral("text"), cardText(j, c.from)}}},
                {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), idToString(c.to)},
                                                   {QStringLiteral("text"), cardText(j, c.to)}}},
                {QStringLiteral("label"), c.label}});
        all.append(QJsonObject{{QStringLiteral("journey"), j.name},
                               {QStringLiteral("blueprint"), j.blueprint},
                               {QStringLiteral("lanes"), lanes},
                               {QStringLiteral("lines"), lines},
                               {QStringLiteral("arrows"), arrows}});
        if (parser.isSet(QStringLiteral("json"))) continue;
        io.out << j.name << ": "
               << (j.blueprint ? Cli::tr("service blueprint") : Cli::tr("journey map")) << '\n';
        for (int l = 0; l <= j.lanes.size(); ++l) {
            for (BlueprintLine line : j.linesAbove(l))
                io.out << "  ---- " << contentName(line, language) << " ----\n";
            if (l < j.lanes.size())
                io.out << "  " << j.lanes[l].title << "  (" << displayName(zoneOf(j.lanes[l]))
                       << ")\n";
        }
        for (const Connection &c : j.connections)
            io.out << "  " << idToString(c.id).left(8) << "  " << cardText(j, c.from) << " -> "
                   << cardText(j, c.to) << (c.label.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(c.label))
                   << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("journeys"), all}}).toJson();
    return Ok;
}

int runArrow(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("journey"), Cli::tr("The journey (default: the first)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("from"), Cli::tr("Draw an arrow from this card (text or id)..."),
         Cli::tr("CARD")},
        {QStringLiteral("to"), Cli::tr("...to this card (text or id)."), Cli::tr("CARD")},
        {QStringLiteral("label"), Cli::tr("The arrow's label (with --from or --edit)."),
         Cli::tr("TEXT")},
        {QStringLiteral("edit"), Cli::tr("Set the label of an arrow (id as listed)."),
         Cli::tr("ID")},
        {QStringLiteral("reverse"), Cli::tr("Turn an arrow around."), Cli::tr("ID")},
        {QStringLiteral("delete"), Cli::tr("Delete an arrow."), Cli::tr("ID")},
    });
    if (const int code = parse(parser, QStringLiteral("arrow"), args, io,
                               Cli::tr("Draws, edits, turns or deletes an arrow between two "
                                       "cards of a journey; one undo step each."));
        code >= 0)
        return code;
    int code = 0;
    const QString action =
        chooseAction(parser,
                     {QStringLiteral("from"), QStringLiteral("edit"), QStringLiteral("reverse"),
                      QStringLiteral("delete")},
                     Cli::tr("give one of --from, --edit, --reverse or --delete"), io, &code);
    if (action.isEmpty()) return code;
    if (action == QLatin1String("from") && !parser.isSet(QStringLiteral("to")))
        return io.fail({}, Cli::tr("--from needs --to"), Usage);
    if (action == QLatin1String("edit") && !parser.isSet(QStringLiteral("label")))
        return io.fail({}, Cli::tr("--edit needs --label"), Usage);
    const QString file = parser.positionalArguments().first();
    auto doc = openDocument(file, false, io, &code);
    if (!doc) return code;
    const Journey *chosen =
        chooseJourney(doc->project(), file, parser.value(QStringLiteral("journey")), io, &code);
    if (!chosen) return code;
    const Journey &j = *chosen;
    const Id jid = j.id;
    if (action == QLatin1String("from")) {
        Id ends[2];
        const QString names[2] = {QStringLiteral("from"), QStringLiteral("to")};
        for (int k = 0; k < 2; ++k) {
            const Card *c = findCard(j, file, parser.value(names[k]), io, &code);
            if (!c) return code;
            ends[k] = c->id;
        }
        const Id id = doc->connectCards(jid, ends[0], ends[1], parser.value(QStringLiteral("label")));
        if (id.isNull()) return io.fail(file, doc->refusalReason());
        io.out << idToString(id) << '\n';
    } else {
        QList<Id> arrowIds;
        for (const Connection &c : j.connections)
            arrowIds.append(c.id);
        const Id id = idByPrefix(arrowIds, parser.value(action));
        const int i = indexOfId(j.connections, id);
        if (i < 0)
            return io.fail(file, Cli::tr("journey \"%1\" has no arrow \"%2\"")
                                     .arg(j.name, parser.value(action)));
        Connection c = j.connections[i];
        bool ok = true;
        if (action == QLatin1String("delete")) {
            ok = doc->removeConnections(jid, {id});
        } else {
            if (action == QLatin1String("reverse")) std::swap(c.from, c.to);
            if (parser.isSet(QStringLiteral("label"))) c.label = parser.value(QStringLiteral("label"));
            ok = doc->changeConnection(jid, c);
        }
        if (!ok) return io.fail(file, doc->refusalReason());
    }
    if (!doc->isSaved()) return io.fail(file, doc->saveError());
    doc->close();
    return Ok;
}

} // namespace waymark::cli

namespace waymark::cli {

int runLink(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("journey"), Cli::tr("The journey of --card (default: the first)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("card"), Cli::tr("The card: its text or id."), Cli::tr("CARD")},
        {QStringLiteral("to"), Cli::tr("The journey the card opens (name or id)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("none"), Cli::tr("The card opens no journey.")},
    });
    if (const int code = parse(parser, QStringLiteral("link"), args, io,
                               Cli::tr("Links a card to another journey of the project (a step "
                                       "that is a journey of its own), or unlinks it; one undo "
                                       "step."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("card")))
        return io.fail({}, Cli::tr("give the card with --card"), Usage);
    if (parser.isSet(QStringLiteral("to")) == parser.isSet(QStringLiteral("none")))
        return io.fail({}, Cli::tr("give --to JOURNEY or --none"), Usage);
    const QString file = parser.positionalArguments().first();
    int code = 0;
    auto doc = openDocument(file, false, io, &code);
    if (!doc) return code;
    const Journey *j =
        chooseJourney(doc->project(), file, parser.value(QStringLiteral("journey")), io, &code);
    if (!j) return code;
    const Journey *target = nullptr;
    if (parser.isSet(QStringLiteral("to")) &&
        !(target = chooseJourney(doc->project(), file, parser.value(QStringLiteral("to")), io,
                                 &code)))
        return code;
    const Card *c = findCard(*j, file, parser.value(QStringLiteral("card")), io, &code);
    if (!c) return code;
    Card linked = *c;
    linked.linkedJourney = target ? target->id : Id();
    if (!doc->changeCard(j->id, linked)) return io.fail(file, doc->refusalReason());
    if (!doc->isSaved()) return io.fail(file, doc->saveError());
    doc->close();
    return Ok;
}

} // namespace waymark::cli
