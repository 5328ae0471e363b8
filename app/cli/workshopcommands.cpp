// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli workshop, inbox and votes.
#include "clicommands.h"
#include "cliutil.h"

#include "document/document.h"
#include "trcontexts.h"
#include "workshop/workshopserver.h"
#include "workshop/workshopsession.h"

#include <csignal>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>

namespace waymark::cli {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

QString stamp(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject noteJson(const Journey &j, const InboxNote &n)
{
    const int s = j.stageIndex(n.stageId);
    return {{QStringLiteral("id"), idToString(n.id)},
            {QStringLiteral("stage"), s >= 0 ? j.stages[s].name : QString()},
            {QStringLiteral("kind"), toKey(n.kind)},
            {QStringLiteral("text"), n.text},
            {QStringLiteral("feeling"), n.feeling ? QJsonValue(*n.feeling) : QJsonValue()},
            {QStringLiteral("author"), n.author},
            {QStringLiteral("time"), stamp(n.created)},
            {QStringLiteral("state"), toKey(n.state)},
            {QStringLiteral("journey"), j.name}};
}

// The text of a card a vote was for; a card deleted since keeps its votes.
QString cardText(const Journey &j, const Id &id)
{
    const Card *c = j.card(id);
    return c ? c->text : Cli::tr("(deleted card)");
}

// inbox and votes: FILE, --journey (default: all) and --json; the project read-only.
bool readForListing(const QStringList &args, Io &io, const QString &command,
                    const QString &description, const QString &jsonHelp, Project *p,
                    QList<Id> *journeys, bool *json, int *code)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("journey"), Cli::tr("The journey (name or id), or 'all' (default: all)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("json"), jsonHelp},
    });
    if (*code = parse(parser, command, args, io, description); *code >= 0) return false;
    *code = Ok;
    const QString file = parser.positionalArguments().constFirst();
    if (!loadProject(file, p, io, code)) return false;
    *json = parser.isSet(QStringLiteral("json"));
    const QString wanted = parser.isSet(QStringLiteral("journey"))
                               ? parser.value(QStringLiteral("journey"))
                               : QStringLiteral("all");
    return chooseJourneys(*p, file, wanted, io, journeys, code);
}

} // namespace

int runWorkshop(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("port"), Cli::tr("The port (default: 8470; 0 picks a free one)."),
         Cli::tr("N")},
        {QStringLiteral("bind"),
         Cli::tr("The address to listen on (default: the first private IPv4 address, else "
                 "127.0.0.1)."),
         Cli::tr("ADDR")},
        {QStringLiteral("join-code"), Cli::tr("The join code (default: a random one)."),
         Cli::tr("CODE")},
        {QStringLiteral("journey"), Cli::tr("The journey (name or id; default: the first)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("accept-all"), Cli::tr("Put every note on the map at once.")},
        {QStringLiteral("timer"), Cli::tr("Start a countdown of MINUTES for everyone."),
         Cli::tr("MINUTES")},
        {QStringLiteral("vote"),
         Cli::tr("Open a dot-voting round with this question on the pain points (or on the "
                 "lane --vote-lane names); it closes when the workshop ends."),
         Cli::tr("QUESTION")},
        {QStringLiteral("vote-lane"),
         Cli::tr("The lane kind to vote on (default: pain-points; 'all' for every card)."),
         Cli::tr("KIND")},
        {QStringLiteral("dots"), Cli::tr("Dots per person (default: 3)."), Cli::tr("N")},
    });
    if (const int code = parse(parser, QStringLiteral("workshop"), args, io,
                               Cli::tr("Runs a workshop server: participants join from their "
                                       "phones and their notes land in the project's inbox. "
                                       "Stops on Ctrl+C (SIGINT) or SIGTERM."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().constFirst();
    bool ok = true;
    const int port = parser.isSet(QStringLiteral("port"))
                         ? parser.value(QStringLiteral("port")).toInt(&ok)
                         : 8470;
    if (!ok || port < 0 || port > 65535)
        return io.fail({}, Cli::tr("--port must be a number from 0 to 65535"), Usage);
    QHostAddress address = WorkshopServer::defaultAddress();
    if (parser.isSet(QStringLiteral("bind")) &&
        !address.setAddress(parser.value(QStringLiteral("bind"))))
        return io.fail({}, Cli::tr("--bind must be an IP address"), Usage);
    const int minutes = parser.isSet(QStringLiteral("timer"))
                            ? parser.value(QStringLiteral("timer")).toInt(&ok)
                            : 0;
    if (!ok || minutes < 0 || minutes > 240)
        return io.fail({}, Cli::tr("--timer must be a number of minutes from 1 to 240"), Usage);
    const int dots =
        parser.isSet(QStringLiteral("dots")) ? parser.value(QStringLiteral("dots")).toInt(&ok) : 3;
    if (!ok || dots < 1 || dots > 20)
        return io.fail({}, Cli::tr("--dots must be a number from 1 to 20"), Usage);
    const QString voteLane = parser.isSet(QStringLiteral("vote-lane"))
                                 ? parser.value(QStringLiteral("vote-lane"))
                                 : QStringLiteral("pain-points");
    LaneKind voteKind = LaneKind::PainPoints;
    if (voteLane != QLatin1String("all") && !fromKey(voteLane, &voteKind))
        return io.fail({},
                       Cli::tr("--vote-lane must be a lane kind (%1) or 'all'")
                           .arg(QStringList{toKey(LaneKind::PainPoints), toKey(LaneKind::Ideas),
                                            toKey(LaneKind::Opportunities), QStringLiteral("...")}
                                    .join(QStringLiteral(", "))),
                       Usage);
    const QString code = parser.value(QStringLiteral("join-code")).trimmed();
    if (parser.isSet(QStringLiteral("join-code")) &&
        (code.size() < 4 || code.size() > 12 ||
         !std::all_of(code.cbegin(), code.cend(), [](QChar c) {
             return c.isDigit() || (c.toLatin1() >= 'A' && c.toLatin1() <= 'Z') ||
                    (c.toLatin1() >= 'a' && c.toLatin1() <= 'z');
         })))
        return io.fail({}, Cli::tr("--join-code must be 4 to 12 letters or digits"), Usage);

    OpenResult result;
    auto doc = Document::open(file, Store::Access::ReadWrite, &result);
    io.note(file, result.notices);
    if (!doc) return io.fail(file, result.error);
    if (doc->isReadOnly()) return io.fail(file, result.readOnlyReason);
    QList<Id> journeys;
    int exitCode = Ok;
    if (!chooseJourneys(doc->project(), file, parser.value(QStringLiteral("journey")), io,
                        &journeys, &exitCode))
        return exitCode;
    if (journeys.size() != 1) return io.fail({}, Cli::tr("a workshop runs on one journey"), Usage);

    // Installed unconditionally: a script that starts us in the background may have left
    // SIGINT ignored, and we must still stop cleanly with everything written.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return io.fail({}, Cli::tr("cannot set up signal handling"));
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        char c;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });

    WorkshopSession session(doc.get(), journeys.first());
    if (!code.isEmpty()) session.setJoinCode(code);
    session.setAcceptAll(parser.isSet(QStringLiteral("accept-all")));
    WorkshopServer server(&session);
    QString error;
    if (!server.listen(address, quint16(port), &error)) return io.fail({}, error);
    const Journey *j = doc->project().journey(journeys.first());
    if (minutes > 0) session.startTimer(minutes * 60);
    Id round;
    if (parser.isSet(QStringLiteral("vote"))) {
        VoteRound r;
        r.question = parser.value(QStringLiteral("vote"));
        r.dotsPerPerson = r.maxPerCard = dots;
        for (const Card &c : j->cards)
            if (voteLane == QLatin1String("all")
                    ? j->lanes[j->laneIndex(c.laneId)].kind != LaneKind::Feelings
                    : j->lanes[j->laneIndex(c.laneId)].kind == voteKind)
                r.cards.append(c.id);
        round = doc->openRound(journeys.first(), r);
        if (round.isNull()) return io.fail(file, doc->refusalReason());
        j = doc->project().journey(journeys.first());
    }
    io.out << Cli::tr("Workshop on \"%1\" at %2").arg(j->name, server.url()) << '\n'
           << Cli::tr("Join code: %1").arg(session.joinCode()) << '\n'
           << Cli::tr("Stop with Ctrl+C.") << Qt::endl;
    QObject::connect(&session, &WorkshopSession::noteReceived, &session, [&](const Id &id) {
        const Journey *jj = doc->project().journey(journeys.first());
        for (const InboxNote &n : jj->notes)
            if (n.id == id)
                io.out << Cli::tr("Note from %1: %2")
                              .arg(n.author.isEmpty() ? Cli::tr("anonymous") : n.author,
                                   n.text.left(80).simplified())
                       << Qt::endl;
        session.announceNote(id);
    });
    QObject::connect(doc.get(), &Document::saveFailed, &session, [&](const QString &message) {
        io.err << Cli::tr("waymark-cli: error: %1: %2").arg(file, message) << Qt::endl;
    });
    QCoreApplication::exec();
    server.close();
    if (!round.isNull()) doc->closeRound(journeys.first(), round);
    const bool saved = doc->isSaved();
    doc->close();
    io.out << Cli::tr("Workshop ended; %n participant(s).", nullptr, session.participantCount())
           << Qt::endl;
    return saved ? Ok : io.fail(file, doc->saveError());
}

int runInbox(const QStringList &args, Io &io)
{
    Project p;
    QList<Id> journeys;
    bool json = false;
    int code = Ok;
    if (!readForListing(args, io, QStringLiteral("inbox"),
                        Cli::tr("Lists the notes workshop participants sent."),
                        Cli::tr("Print the inbox as JSON."), &p, &journeys, &json, &code))
        return code;
    QJsonArray notes;
    int shown = 0;
    for (const Id &id : journeys) {
        const Journey &j = *p.journey(id);
        for (const InboxNote &n : j.notes) {
            if (json) {
                notes.append(noteJson(j, n));
                continue;
            }
            const int s = j.stageIndex(n.stageId);
            io.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                          .arg(displayName(n.state), -9)
                          .arg(displayName(n.kind), -12)
                          .arg(s >= 0 ? j.stages[s].name : QString())
                          .arg(n.author.isEmpty() ? Cli::tr("anonymous") : n.author)
                          .arg(n.text.simplified());
            ++shown;
        }
    }
    if (json)
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("notes"), notes}})
                      .toJson(QJsonDocument::Indented);
    else if (shown == 0)
        io.out << Cli::tr("The inbox is empty.") << '\n';
    return Ok;
}

int runVotes(const QStringList &args, Io &io)
{
    Project p;
    QList<Id> journeys;
    bool json = false;
    int code = Ok;
    if (!readForListing(args, io, QStringLiteral("votes"),
                        Cli::tr("Lists the dot-voting rounds and their results."),
                        Cli::tr("Print the rounds and results as JSON."), &p, &journeys, &json,
                        &code))
        return code;
    QJsonArray rounds;
    for (const Id &id : journeys) {
        const Journey &j = *p.journey(id);
        for (const VoteRound &r : j.rounds) {
            const QHash<Id, int> counts = j.voteCounts(r.id);
            const QList<Id> ranked = j.ranking(r.id);
            const int voters = j.voterCount(r.id);
            QJsonArray results;
            for (const Id &card : ranked)
                results.append(QJsonObject{{QStringLiteral("card"), idToString(card)},
                                           {QStringLiteral("text"), cardText(j, card)},
                                           {QStringLiteral("votes"), counts.value(card)}});
            rounds.append(QJsonObject{{QStringLiteral("id"), idToString(r.id)},
                                      {QStringLiteral("journey"), j.name},
                                      {QStringLiteral("question"), r.question},
                                      {QStringLiteral("dots"), r.dotsPerPerson},
                                      {QStringLiteral("maxPerCard"), r.maxPerCard},
                                      {QStringLiteral("anonymous"), r.anonymous},
                                      {QStringLiteral("opened"), stamp(r.opened)},
                                      {QStringLiteral("closed"), stamp(r.closed)},
                                      {QStringLiteral("voters"), voters},
                                      {QStringLiteral("results"), results}});
            if (json) continue;
            io.out << Cli::tr("%1 (%2, %n voter(s), %3)", nullptr, voters)
                          .arg(r.question, j.name,
                               r.isOpen() ? Cli::tr("open")
                                          : Cli::tr("closed %1").arg(stamp(r.closed)))
                   << '\n';
            for (const Id &card : ranked)
                io.out << QStringLiteral("  %1  %2\n")
                              .arg(counts.value(card), 4)
                              .arg(cardText(j, card).simplified());
        }
    }
    if (json)
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("rounds"), rounds}})
                      .toJson(QJsonDocument::Indented);
    else if (rounds.isEmpty())
        io.out << Cli::tr("No voting rounds yet.") << '\n';
    return Ok;
}

} // namespace waymark::cli
