// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli comments (list) and comment (add, reply, resolve, reopen, delete).
#include "cliutil.h"
#include "document/document.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

namespace {

QString targetText(const Journey &j, const Id &target)
{
    if (target == j.id) return Cli::tr("the journey");
    if (const int s = j.stageIndex(target); s >= 0)
        return Cli::tr("stage \"%1\"").arg(j.stages[s].name);
    const Card *c = j.card(target);
    return Cli::tr("card \"%1\"").arg(c ? c->text.simplified().left(60) : QString());
}

// A comment by its id or a unique start of it (at least 6 characters), in any journey.
std::pair<Id, Id> findComment(const Project &p, const QString &wanted)
{
    QList<Id> ids;
    QHash<Id, Id> journeyOf;
    for (const Journey &j : p.journeys)
        for (const Comment &c : j.comments) {
            ids.append(c.id);
            journeyOf.insert(c.id, j.id);
        }
    const Id id = idByPrefix(ids, wanted);
    return id.isNull() ? std::pair<Id, Id>() : std::pair<Id, Id>{journeyOf.value(id), id};
}

} // namespace

int runComments(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        journeysOption(),
        {QStringLiteral("open"), Cli::tr("Only open threads.")},
        {QStringLiteral("resolved"), Cli::tr("Only resolved threads.")},
        {QStringLiteral("json"), Cli::tr("Print the comments as JSON.")},
    });
    if (const int code = parse(parser, QStringLiteral("comments"), args, io,
                               Cli::tr("Lists the comment threads of a journey with their "
                                       "replies."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    Project p;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    QList<Id> journeys;
    if (int code = 0;
        !chooseJourneys(p, file, parser.value(QStringLiteral("journey")), io, &journeys, &code))
        return code;
    const bool onlyOpen = parser.isSet(QStringLiteral("open"));
    const bool onlyResolved = parser.isSet(QStringLiteral("resolved"));
    const bool json = parser.isSet(QStringLiteral("json"));
    auto iso = [](const QDateTime &d) {
        return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonArray threads;
    for (const Id &jid : std::as_const(journeys)) {
        const Journey &j = *p.journey(jid);
        for (const Comment &t : j.comments) {
            if (!t.isThread()) continue;
            const bool resolved = t.resolved.isValid();
            if ((onlyOpen && resolved) || (onlyResolved && !resolved)) continue;
            const QList<const Comment *> replies = j.replies(t.id);
            if (json) {
                QJsonArray r;
                for (const Comment *c : replies)
                    r.append(QJsonObject{{QStringLiteral("id"), idToString(c->id)},
                                         {QStringLiteral("author"), c->author},
                                         {QStringLiteral("text"), c->text},
                                         {QStringLiteral("created"), iso(c->created)}});
                const QString kind = t.targetId == j.id              ? QStringLiteral("journey")
                                     : j.stageIndex(t.targetId) >= 0 ? QStringLiteral("stage")
                                                                     : QStringLiteral("card");
                threads.append(QJsonObject{{QStringLiteral("id"), idToString(t.id)},
                                           {QStringLiteral("journey"), j.name},
                                           {QStringLiteral("target"), idToString(t.targetId)},
                                           {QStringLiteral("targetKind"), kind},
                                           {QStringLiteral("author"), t.author},
                                           {QStringLiteral("text"), t.text},
                                           {QStringLiteral("created"), iso(t.created)},
                                           {QStringLiteral("resolved"), iso(t.resolved)},
                                           {QStringLiteral("resolvedBy"), t.resolvedBy},
                                           {QStringLiteral("replies"), r}});
                continue;
            }
            io.out << idToString(t.id).left(8) << "  " << targetText(j, t.targetId)
                   << (resolved ? QStringLiteral("  [") + Cli::tr("resolved by %1").arg(t.resolvedBy) +
                                      QLatin1Char(']')
                                : QString())
                   << '\n'
                   << "    " << (t.author.isEmpty() ? Cli::tr("anonymous") : t.author) << ": "
                   << t.text.simplified() << '\n';
            for (const Comment *c : replies)
                io.out << "      " << idToString(c->id).left(8) << ' '
                       << (c->author.isEmpty() ? Cli::tr("anonymous") : c->author) << ": "
                       << c->text.simplified() << '\n';
        }
    }
    if (json) io.out << QJsonDocument(QJsonObject{{QStringLiteral("threads"), threads}}).toJson();
    return Ok;
}

int runComment(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("journey"), Cli::tr("The journey of --on (default: the first)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("on"),
         Cli::tr("Start a thread on a card (its text or id), a stage (its name or id) or "
                 "'journey'."),
         Cli::tr("TARGET")},
        {QStringLiteral("reply"), Cli::tr("Reply to the comment with this id (or its start)."),
         Cli::tr("ID")},
        {QStringLiteral("edit"), Cli::tr("Give this comment the --text."), Cli::tr("ID")},
        {QStringLiteral("resolve"), Cli::tr("Resolve the thread of this comment."), Cli::tr("ID")},
        {QStringLiteral("reopen"), Cli::tr("Reopen the thread of this comment."), Cli::tr("ID")},
        {QStringLiteral("delete"), Cli::tr("Delete this comment (a thread with its replies)."),
         Cli::tr("ID")},
        {QStringLiteral("text"), Cli::tr("The comment's text."), Cli::tr("TEXT")},
        {QStringLiteral("author"), Cli::tr("Who writes (default: the login name)."),
         Cli::tr("NAME")},
    });
    if (const int code = parse(parser, QStringLiteral("comment"), args, io,
                               Cli::tr("Adds a comment thread or a reply, resolves, reopens or "
                                       "deletes one; one undo step each."));
        code >= 0)
        return code;
    const QStringList actions{QStringLiteral("on"),      QStringLiteral("reply"),
                              QStringLiteral("edit"),    QStringLiteral("resolve"),
                              QStringLiteral("reopen"), QStringLiteral("delete")};
    int code = 0;
    const QString action = chooseAction(
        parser, actions, Cli::tr("give one of --on, --reply, --edit, --resolve, --reopen, --delete"),
        io, &code);
    if (action.isEmpty()) return code;
    const bool writes = action == QLatin1String("on") || action == QLatin1String("reply") ||
                        action == QLatin1String("edit");
    if (writes && parser.value(QStringLiteral("text")).trimmed().isEmpty())
        return io.fail({}, Cli::tr("--%1 needs --text").arg(action), Usage);
    const QString file = parser.positionalArguments().first();
    auto doc = openDocument(file, false, io, &code);
    if (!doc) return code;
    const QString author =
        parser.isSet(QStringLiteral("author"))
            ? parser.value(QStringLiteral("author"))
            : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString text = parser.value(QStringLiteral("text"));
    Id done;
    if (action == QLatin1String("on")) {
        QList<Id> ids;
        if (!chooseJourneys(doc->project(), file, parser.value(QStringLiteral("journey")), io, &ids,
                            &code))
            return code;
        QString error;
        const Journey &j = *doc->project().journey(ids.first());
        const Id target = findTarget(j, parser.value(QStringLiteral("on")), &error);
        if (target.isNull()) return io.fail(file, error);
        done = doc->addComment(j.id, target, text, author);
    } else {
        const auto [journeyId, commentId] = findComment(doc->project(), parser.value(action));
        if (commentId.isNull())
            return io.fail(file, Cli::tr("no comment \"%1\" (give its id, or a start of it that "
                                         "only one comment has)")
                                     .arg(parser.value(action)));
        bool ok = true;
        if (action == QLatin1String("reply"))
            ok = !(done = doc->addComment(journeyId, {}, text, author, commentId)).isNull();
        else if (action == QLatin1String("delete"))
            ok = doc->removeComment(journeyId, commentId);
        else if (action == QLatin1String("edit"))
            ok = doc->editComment(journeyId, commentId, text);
        else
            ok = doc->resolveComment(journeyId, commentId, action == QLatin1String("resolve"),
                                     author);
        if (!ok) return io.fail(file, doc->refusalReason());
    }
    if (writes && action != QLatin1String("edit") && done.isNull())
        return io.fail(file, doc->refusalReason());
    if (!doc->isSaved()) return io.fail(file, doc->saveError());
    doc->close();
    if (!done.isNull()) io.out << idToString(done) << '\n';
    return Ok;
}

} // namespace waymark::cli
