// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli insights (list), insight (add, edit, delete, link, unlink) and coverage.
#include "analytics/coverage.h"
#include "cliutil.h"
#include "document/document.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

namespace {

// An insight by its id or a unique start of it (at least 6 characters).
Id findInsight(const Project &p, const QString &wanted)
{
    QList<Id> ids;
    for (const Insight &x : p.insights)
        ids.append(x.id);
    return idByPrefix(ids, wanted);
}

QStringList kindKeys()
{
    QStringList keys;
    for (InsightKind k : allInsightKinds())
        keys.append(toKey(k));
    return keys;
}

// Document trims them and drops empty and repeated ones.
QStringList tagsFrom(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QJsonObject insightJson(const Project &p, const Insight &x)
{
    QJsonArray cards;
    for (const auto &[journeyId, cardId] : p.cardsCiting(x.id))
        cards.append(QJsonObject{{QStringLiteral("journey"), p.journey(journeyId)->name},
                                 {QStringLiteral("card"), idToString(cardId)},
                                 {QStringLiteral("text"),
                                  p.journey(journeyId)->card(cardId)->text}});
    return QJsonObject{
        {QStringLiteral("id"), idToString(x.id)},
        {QStringLiteral("kind"), toKey(x.kind)},
        {QStringLiteral("evidence"), toKey(evidenceOf(x.kind))},
        {QStringLiteral("text"), x.text},
        {QStringLiteral("source"), x.source},
        {QStringLiteral("date"),
         x.date.isValid() ? QJsonValue(x.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("link"), x.link},
        {QStringLiteral("tags"), QJsonArray::fromStringList(x.tags)},
        {QStringLiteral("created"), x.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("cards"), cards}};
}

} // namespace

int runInsights(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("kind"), Cli::tr("Only insights of this kind (%1).").arg(kindKeys().join(QStringLiteral(", "))),
         Cli::tr("KIND")},
        {QStringLiteral("tag"), Cli::tr("Only insights with this tag."), Cli::tr("TAG")},
        {QStringLiteral("json"), Cli::tr("Print the insights as JSON.")},
    });
    if (const int code = parse(parser, QStringLiteral("insights"), args, io,
                               Cli::tr("Lists the evidence library: each insight with its kind, "
                                       "source, date and the cards that rest on it."));
        code >= 0)
        return code;
    InsightKind kind{};
    const bool byKind = parser.isSet(QStringLiteral("kind"));
    if (byKind && !fromKey(parser.value(QStringLiteral("kind")), &kind))
        return io.fail({}, Cli::tr("unknown kind \"%1\" (one of %2)")
                               .arg(parser.value(QStringLiteral("kind")),
                                    kindKeys().join(QStringLiteral(", "))),
                       Usage);
    const QString file = parser.positionalArguments().first();
    Project p;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    const QString tag = parser.value(QStringLiteral("tag"));
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray list;
    for (const Insight &x : std::as_const(p.insights)) {
        if ((byKind && x.kind != kind) ||
            (!tag.isEmpty() && !x.tags.contains(tag, Qt::CaseInsensitive)))
            continue;
        if (json) {
            list.append(insightJson(p, x));
            continue;
        }
        const int cards = int(p.cardsCiting(x.id).size());
        io.out << idToString(x.id).left(8) << "  " << displayName(x.kind)
               << (x.date.isValid() ? QStringLiteral(", ") + x.date.toString(Qt::ISODate)
                                    : QString())
               << (x.source.isEmpty() ? QString() : QStringLiteral(", ") + x.source) << "  "
               << Cli::tr("%n card(s)", nullptr, cards) << '\n'
               << "    " << x.text.simplified() << '\n';
        if (!x.tags.isEmpty()) io.out << "    #" << x.tags.join(QStringLiteral(" #")) << '\n';
    }
    if (json) io.out << QJsonDocument(QJsonObject{{QStringLiteral("insights"), list}}).toJson();
    return Ok;
}

int runInsight(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("add"), Cli::tr("Add an insight with --text (and --kind, --source, ...).")},
        {QStringLiteral("edit"), Cli::tr("Change this insight (the options given)."),
         Cli::tr("ID")},
        {QStringLiteral("delete"), Cli::tr("Delete this insight; its cards lose the link."),
         Cli::tr("ID")},
        {QStringLiteral("link"), Cli::tr("Link the --card cards to this insight."), Cli::tr("ID")},
        {QStringLiteral("unlink"), Cli::tr("Unlink the --card cards from this insight."),
         Cli::tr("ID")},
        {QStringLiteral("text"), Cli::tr("The quote or finding."), Cli::tr("TEXT")},
        {QStringLiteral("kind"),
         Cli::tr("What it comes from: %1 (default: interview).").arg(kindKeys().join(QStringLiteral(", "))),
         Cli::tr("KIND")},
        {QStringLiteral("source"), Cli::tr("Who or where, e.g. \"Interview P3\"."),
         Cli::tr("SOURCE")},
        {QStringLiteral("date"), Cli::tr("When, as YYYY-MM-DD ('' for unknown)."),
         Cli::tr("DATE")},
        {QStringLiteral("url"), Cli::tr("A web address or file path."), Cli::tr("LINK")},
        {QStringLiteral("tags"), Cli::tr("Tags, separated by commas."), Cli::tr("TAGS")},
        {QStringLiteral("journey"), Cli::tr("The journey of --card (default: the first)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("card"), Cli::tr("A card by its text or id (repeat for more)."),
         Cli::tr("CARD")},
    });
    if (const int code = parse(parser, QStringLiteral("insight"), args, io,
                               Cli::tr("Adds, changes or deletes an insight of the evidence "
                                       "library, or links cards to it; one undo step each."));
        code >= 0)
        return code;
    const QStringList actions{QStringLiteral("add"), QStringLiteral("edit"),
                              QStringLiteral("delete"), QStringLiteral("link"),
                              QStringLiteral("unlink")};
    int code = 0;
    const QString action = chooseAction(
        parser, actions, Cli::tr("give one of --add, --edit, --delete, --link, --unlink"), io,
        &code);
    if (action.isEmpty()) return code;
    const bool linking = action == QLatin1String("link") || action == QLatin1String("unlink");
    if (linking && parser.values(QStringLiteral("card")).isEmpty())
        return io.fail({}, Cli::tr("--%1 needs --card").arg(action), Usage);
    if (action == QLatin1String("add") && parser.value(QStringLiteral("text")).trimmed().isEmpty())
        return io.fail({}, Cli::tr("--add needs --text"), Usage);
    InsightKind kind = InsightKind::Interview;
    if (parser.isSet(QStringLiteral("kind")) &&
        !fromKey(parser.value(QStringLiteral("kind")), &kind))
        return io.fail({}, Cli::tr("unknown kind \"%1\" (one of %2)")
                               .arg(parser.value(QStringLiteral("kind")),
                                    kindKeys().join(QStringLiteral(", "))),
                       Usage);
    QDate date;
    if (const QString d = parser.value(QStringLiteral("date")); !d.isEmpty()) {
        date = QDate::fromString(d, Qt::ISODate);
        if (!date.isValid())
            return io.fail({}, Cli::tr("\"%1\" is no date; write it as YYYY-MM-DD").arg(d), Usage);
    }
    const QString file = parser.positionalArguments().first();
    auto doc = openDocument(file, false, io, &code);
    if (!doc) return code;
    Id done;
    if (action == QLatin1String("add")) {
        Insight x;
        x.kind = kind;
        x.text = parser.value(QStringLiteral("text"));
        x.source = parser.value(QStringLiteral("source"));
        x.date = date;
        x.link = parser.value(QStringLiteral("url"));
        x.tags = tagsFrom(parser.value(QStringLiteral("tags")));
        done = doc->addInsight(x);
        if (done.isNull()) return io.fail(file, doc->refusalReason());
    } else {
        const Id id = findInsight(doc->project(), parser.value(action));
        if (id.isNull())
            return io.fail(file, Cli::tr("no insight \"%1\" (give its id, or a start of it that "
                                         "only one insight has)")
                                     .arg(parser.value(action)));
        bool ok = true;
        if (action == QLatin1String("delete")) {
            ok = doc->removeInsight(id);
        } else if (action == QLatin1String("edit")) {
            Insight x = *doc->project().insight(id);
            if (parser.isSet(QStringLiteral("text"))) x.text = parser.value(QStringLiteral("text"));
            if (parser.isSet(QStringLiteral("kind"))) x.kind = kind;
            if (parser.isSet(QStringLiteral("source")))
                x.source = parser.value(QStringLiteral("source"));
            if (parser.isSet(QStringLiteral("date"))) x.date = date;
            if (parser.isSet(QStringLiteral("url"))) x.link = parser.value(QStringLiteral("url"));
            if (parser.isSet(QStringLiteral("tags")))
                x.tags = tagsFrom(parser.value(QStringLiteral("tags")));
            ok = doc->changeInsight(x);
        } else {
            QList<Id> ids;
            if (!chooseJourneys(doc->project(), file, parser.value(QStringLiteral("journey")), io,
                                &ids, &code))
                return code;
            const Journey &j = *doc->project().journey(ids.first());
            QList<Id> cards;
            for (const QString &wanted : parser.values(QStringLiteral("card"))) {
                QString error;
                const Id card = findTarget(j, wanted, &error);
                if (card.isNull()) return io.fail(file, error);
                if (!j.card(card))
                    return io.fail(file, Cli::tr("\"%1\" is no card of journey \"%2\"")
                                             .arg(wanted, j.name));
                cards.append(card);
            }
            ok = doc->linkInsight(j.id, cards, id, action == QLatin1String("link"));
        }
        if (!ok) return io.fail(file, doc->refusalReason());
    }
    if (!doc->isSaved()) return io.fail(file, doc->saveError());
    doc->close();
    if (!done.isNull()) io.out << idToString(done) << '\n';
    return Ok;
}

int runCoverage(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        journeysOption(),
        {QStringLiteral("top"), Cli::tr("How many assumptions to list (default 10)."),
         Cli::tr("N"), QStringLiteral("10")},
        {QStringLiteral("json"), Cli::tr("Print the coverage as JSON.")},
    });
    if (const int code = parse(parser, QStringLiteral("coverage"), args, io,
                               Cli::tr("Shows how much of each stage and lane rests on evidence, "
                                       "and the assumptions with most friction attached."));
        code >= 0)
        return code;
    bool ok = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0)
        return io.fail({}, Cli::tr("--top needs a whole number of 0 or more"), Usage);
    const QString file = parser.positionalArguments().first();
    Project p;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    QList<Id> journeys;
    if (int code = 0;
        !chooseJourneys(p, file, parser.value(QStringLiteral("journey")), io, &journeys, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    auto tallyJson = [](const CoverageTally &t) {
        return QJsonObject{{QStringLiteral("claims"), t.claims},
                           {QStringLiteral("observed"), t.observed},
                           {QStringLiteral("reported"), t.reported},
                           {QStringLiteral("sourced"), t.sourced},
                           {QStringLiteral("coverage"),
                            t.claims > 0 ? QJsonValue(t.share()) : QJsonValue()}};
    };
    auto line = [](const CoverageTally &t) {
        return Cli::tr("%1 of %n claim(s) backed (%2 observed, %3 reported, %4 with sources)",
                       nullptr, t.claims)
            .arg(t.backed())
            .arg(t.observed)
            .arg(t.reported)
            .arg(t.sourced);
    };
    QJsonArray out;
    for (const Id &jid : std::as_const(journeys)) {
        const Journey &j = *p.journey(jid);
        const Coverage c = Coverage::of(p, j);
        if (json) {
            QJsonArray stages, lanes, assumptions;
            for (int s = 0; s < j.stages.size(); ++s) {
                QJsonObject o = tallyJson(c.stages[s]);
                o.insert(QStringLiteral("name"), j.stages[s].name);
                stages.append(o);
            }
            for (int l = 0; l < j.lanes.size(); ++l) {
                if (!Coverage::isClaim(j.lanes[l].kind)) continue;
                QJsonObject o = tallyJson(c.lanes[l]);
                o.insert(QStringLiteral("name"), j.lanes[l].title);
                o.insert(QStringLiteral("kind"), toKey(j.lanes[l].kind));
                lanes.append(o);
            }
            for (const Assumption &a : c.assumptions.mid(0, top))
                assumptions.append(QJsonObject{{QStringLiteral("card"), idToString(a.cardId)},
                                               {QStringLiteral("text"), a.text},
                                               {QStringLiteral("stage"), j.stages[a.stage].name},
                                               {QStringLiteral("lane"), j.lanes[a.lane].title},
                                               {QStringLiteral("friction"), a.friction}});
            QJsonObject o = tallyJson(c.total);
            o.insert(QStringLiteral("journey"), j.name);
            o.insert(QStringLiteral("stages"), stages);
            o.insert(QStringLiteral("lanes"), lanes);
            o.insert(QStringLiteral("assumptions"), assumptions);
            out.append(o);
            continue;
        }
        io.out << j.name << ": " << Coverage::shareText(c.total.share()) << ", "
               << line(c.total) << '\n';
        for (int s = 0; s < j.stages.size(); ++s)
            io.out << "  " << Cli::tr("stage") << ' ' << j.stages[s].name << ": "
                   << Coverage::shareText(c.stages[s].share()) << ", " << line(c.stages[s])
                   << '\n';
        for (int l = 0; l < j.lanes.size(); ++l)
            if (Coverage::isClaim(j.lanes[l].kind))
                io.out << "  " << Cli::tr("lane") << ' ' << j.lanes[l].title << ": "
                       << Coverage::shareText(c.lanes[l].share()) << ", " << line(c.lanes[l])
                       << '\n';
        if (!c.assumptions.isEmpty() && top > 0) {
            io.out << Cli::tr("Assumptions with most friction attached:") << '\n';
            int rank = 0;
            for (const Assumption &a : c.assumptions.mid(0, top))
                io.out << "  " << ++rank << ". " << a.text.simplified().left(80) << "  ("
                       << j.stages[a.stage].name << " / " << j.lanes[a.lane].title << ", "
                       << Cli::tr("friction %1").arg(QLocale().toString(a.friction, 'f', 1))
                       << ")\n";
        }
    }
    if (json) io.out << QJsonDocument(QJsonObject{{QStringLiteral("journeys"), out}}).toJson();
    return Ok;
}

} // namespace waymark::cli
