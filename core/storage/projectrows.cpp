// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectrows.h"

#include "insightrows.h"
#include "metricrows.h"
#include "rowio.h"

#include "sqlutil.h"
#include "store.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace waymark {

using namespace rowio;

namespace {


QString channelsText(const QList<Channel> &channels)
{
    QStringList keys;
    for (Channel c : channels)
        keys.append(toKey(c));
    return listText(keys);
}

QString traitsText(const QList<Trait> &traits)
{
    QJsonArray array;
    for (const Trait &t : traits)
        array.append(
            QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("value"), t.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}


// Inbox notes, voting rounds and votes, after the cards.
template <typename JourneyOf>
bool loadWorkshopRows(QSqlQuery &q, Reader &r, const JourneyOf &journeyOf)
{
    const QString notes = QStringLiteral("inbox_notes");
    if (!run(q,
             QStringLiteral("SELECT id, journey_id, stage_id, kind, text, feeling, author, created,"
                            " state, card_id FROM inbox_notes ORDER BY journey_id, position"),
             r.error))
        return false;
    while (q.next() && !r.failed) {
        const QString rowId = q.value(0).toString();
        Journey *j = journeyOf(notes, rowId, q.value(1));
        if (!j) break;
        InboxNote n;
        n.id = r.own(notes, rowId, q.value(0));
        n.stageId = r.id(notes, rowId, q.value(2), false);
        n.kind = r.key(notes, rowId, q.value(3).toString(), NoteKind::Thought);
        n.text = q.value(4).toString();
        if (!q.value(5).isNull()) n.feeling = std::clamp(q.value(5).toInt(), -3, 3);
        n.author = q.value(6).toString();
        n.created = dateFrom(r, notes, rowId, q.value(7), false);
        n.state = r.key(notes, rowId, q.value(8).toString(), NoteState::New);
        if (!q.value(9).toString().isEmpty()) n.cardId = r.id(notes, rowId, q.value(9), false);
        j->notes.append(n);
    }
    const QString rounds = QStringLiteral("vote_rounds");
    if (r.failed ||
        !run(q,
             QStringLiteral("SELECT id, journey_id, question, cards, dots, max_per_card, anonymous,"
                            " opened, closed FROM vote_rounds ORDER BY journey_id, position"),
             r.error))
        return false;
    while (q.next() && !r.failed) {
        const QString rowId = q.value(0).toString();
        Journey *j = journeyOf(rounds, rowId, q.value(1));
        if (!j) break;
        VoteRound v;
        v.id = r.own(rounds, rowId, q.value(0));
        v.question = q.value(2).toString();
        for (const QString &card : r.list(rounds, rowId, q.value(3).toString()))
            v.cards.append(r.id(rounds, rowId, card, false));
        v.dotsPerPerson = std::clamp(q.value(4).toInt(), 1, 99);
        v.maxPerCard = std::clamp(q.value(5).toInt(), 1, 99);
        v.anonymous = q.value(6).toInt() != 0;
        v.opened = dateFrom(r, rounds, rowId, q.value(7), false);
        v.closed = dateFrom(r, rounds, rowId, q.value(8), true);
        j->rounds.append(v);
    }
    // A vote whose round is unknown (written by a tool before schema 4 gave the table its
    // meaning) stays in the file untouched and is not shown.
    const QString votes = QStringLiteral("votes");
    if (r.failed || !run(q,
                         QStringLiteral("SELECT id, journey_id, session, target_id, voter, weight,"
                                        " created FROM votes ORDER BY journey_id, created, id"),
                         r.error))
        return false;
    while (q.next() && !r.failed) {
        const QString rowId = q.value(0).toString();
        Journey *j = journeyOf(votes, rowId, q.value(1));
        if (!j) break;
        const Id round = idFromString(q.value(2).toString());
        if (round.isNull() || !j->round(round)) continue;
        Vote v;
        v.id = r.own(votes, rowId, q.value(0));
        v.roundId = round;
        v.cardId = r.id(votes, rowId, q.value(3), false);
        v.voter = q.value(4).toString();
        v.weight = std::clamp(q.value(5).toInt(), 1, 99);
        v.created = dateFrom(r, votes, rowId, q.value(6), false);
        j->votes.append(v);
    }
    return !r.failed;
}

} // namespace

bool loadProjectRows(QSqlDatabase &db, Project *project, QString *error)
{
    Project p;
    Reader r{error, false, {}};
    QSqlQuery q(db);

    if (!run(q, QStringLiteral("SELECT key, value FROM meta"), error)) return false;
    while (q.next()) {
        const QString key = q.value(0).toString(), value = q.value(1).toString();
        if (key == QLatin1String("title"))
            p.info.title = value;
        else if (key == QLatin1String("priority_formula"))
            p.info.priorityFormula = value;
        else if (key == QLatin1String("client"))
            p.info.client = value;
        else if (key == QLatin1String("author"))
            p.info.author = value;
        else if (key == QLatin1String("language"))
            p.info.language = value;
        else if (key == QLatin1String("created"))
            p.info.created = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == QLatin1String("modified"))
            p.info.modified = QDateTime::fromString(value, Qt::ISODateWithMs);
    }

    const QString images = QStringLiteral("images");
    if (!run(q, QStringLiteral("SELECT id, mime_type, width, height, data FROM images ORDER BY id"),
             error))
        return false;
    while (q.next()) {
        const QString rowId = q.value(0).toString();
        p.images.append({r.own(images, rowId, q.value(0)), q.value(1).toString(),
                         q.value(2).toInt(), q.value(3).toInt(), q.value(4).toByteArray()});
    }

    const QString personas = QStringLiteral("personas");
    if (!run(q,
             QStringLiteral(
                 "SELECT id, name, photo_id, age, role, location, family, segment, quote, bio,"
                 " goals, needs, frustrations, \"values\", behaviours, channels, traits, tags,"
                 " colour FROM personas ORDER BY position"),
             error))
        return false;
    while (q.next()) {
        const QString rowId = q.value(0).toString();
        Persona persona;
        persona.id = r.own(personas, rowId, q.value(0));
        persona.name = q.value(1).toString();
        persona.photoId = r.id(personas, rowId, q.value(2), true);
        if (!q.value(3).isNull()) persona.age = q.value(3).toInt();
        persona.role = q.value(4).toString();
        persona.location = q.value(5).toString();
        persona.family = q.value(6).toString();
        persona.segment = q.value(7).toString();
        persona.quote = q.value(8).toString();
        persona.bio = q.value(9).toString();
        persona.goals = r.list(personas, rowId, q.value(10).toString());
        persona.needs = r.list(personas, rowId, q.value(11).toString());
        persona.frustrations = r.list(personas, rowId, q.value(12).toString());
        persona.values = r.list(personas, rowId, q.value(13).toString());
        persona.behaviours = r.list(personas, rowId, q.value(14).toString());
        for (const QString &key : r.list(personas, rowId, q.value(15).toString()))
            persona.channels.append(r.key(personas, rowId, key, Channel::Other));
        bool ok = false;
        for (const QJsonValue &v : jsonArray(q.value(16).toString(), &ok)) {
            const QJsonObject o = v.toObject();
            persona.traits.append({o.value(QStringLiteral("name")).toString(),
                                   o.value(QStringLiteral("value")).toInt(3)});
        }
        if (!ok) r.fail(personas, rowId, Storage::tr("a list is not valid JSON"));
        persona.tags = r.list(personas, rowId, q.value(17).toString());
        persona.colour = colourFrom(q.value(18).toString());
        p.personas.append(persona);
    }

    QHash<Id, int> journeyRow;
    const QString journeys = QStringLiteral("journeys");
    if (!run(q,
             QStringLiteral("SELECT id, name, goal, state, owner, status, review_days, reviewed,"
                            " blueprint FROM journeys ORDER BY position"),
             error))
        return false;
    while (q.next()) {
        const QString rowId = q.value(0).toString();
        Journey j;
        j.id = r.own(journeys, rowId, q.value(0));
        j.name = q.value(1).toString();
        j.goal = q.value(2).toString();
        j.state = r.key(journeys, rowId, q.value(3).toString(), JourneyState::Current);
        j.owner = q.value(4).toString();
        j.status = r.key(journeys, rowId, q.value(5).toString(), JourneyStatus::Draft);
        j.reviewDays = std::clamp(q.value(6).toInt(), 0, Journey::MaxReviewDays);
        if (!q.value(7).toString().isEmpty())
            j.reviewed = dateFrom(r, journeys, rowId, q.value(7), false);
        j.blueprint = q.value(8).toInt() != 0;
        journeyRow.insert(j.id, int(p.journeys.size()));
        p.journeys.append(j);
    }
    // Rows whose journey is unknown cannot occur with foreign keys on; guard all the same.
    auto journeyOf = [&](const QString &table, const QString &rowId,
                         const QVariant &v) -> Journey * {
        const int row = journeyRow.value(r.id(table, rowId, v, false), -1);
        if (row < 0) {
            r.fail(table, rowId, Storage::tr("it belongs to no journey"));
            return nullptr;
        }
        return &p.journeys[row];
    };

    if (!run(q,
             QStringLiteral("SELECT journey_id, persona_id FROM journey_personas"
                            " ORDER BY journey_id, position"),
             error))
        return false;
    while (q.next())
        if (Journey *j =
                journeyOf(QStringLiteral("journey_personas"), q.value(1).toString(), q.value(0)))
            j->personaIds.append(
                r.id(QStringLiteral("journey_personas"), q.value(1).toString(), q.value(1), false));

    const QString stages = QStringLiteral("stages");
    if (!run(q,
             QStringLiteral(
                 "SELECT id, journey_id, name, description, colour, moment_of_truth, width,"
                 " origin FROM stages ORDER BY journey_id, position"),
             error))
        return false;
    while (q.next()) {
        const QString rowId = q.value(0).toString();
        if (Journey *j = journeyOf(stages, rowId, q.value(1)))
            j->stages.append({r.own(stages, rowId, q.value(0)), q.value(2).toString(),
                              q.value(3).toString(), colourFrom(q.value(4).toString()),
                              q.value(5).toInt() != 0, r.size(stages, rowId, q.value(6)),
                              r.origin(stages, rowId, q.value(7))});
    }

    const QString lanes = QStringLiteral("lanes");
    if (!run(q,
             QStringLiteral("SELECT id, journey_id, kind, title, colour, height, origin,"
                            " zone, hint FROM lanes ORDER BY journey_id, position"),
             error))
        return false;
    while (q.next()) {
        const QString rowId = q.value(0).toString();
        if (Journey *j = journeyOf(lanes, rowId, q.value(1))) {
            j->lanes.append({r.own(lanes, rowId, q.value(0)),
                             r.key(lanes, rowId, q.value(2).toString(), LaneKind::Notes),
                             q.value(3).toString(), colourFrom(q.value(4).toString()),
                             r.size(lanes, rowId, q.value(5)),
                             r.origin(lanes, rowId, q.value(6))});
            if (const QString zone = q.value(7).toString(); !zone.isEmpty())
                j->lanes.last().zone = r.key(lanes, rowId, zone, BlueprintZone::Outside);
            j->lanes.last().hint = q.value(8).toString();
        }
    }
    // A blueprint shows its lanes in zone order; a file another tool wrote may not have them
    // so (the positions are written anew with the next change of a lane).
    for (Journey &j : p.journeys)
        if (j.blueprint) j.orderLanesByZone();

    const QString cards = QStringLiteral("cards");
    if (!run(q,
             QStringLiteral(
                 "SELECT id, journey_id, stage_id, lane_id, position, text, notes, colour,"
                 " channel, emotion, tags, touchpoint_key, persona_id, evidence, image_id,"
                 " origin, linked_journey, customer_value, business_value, effort"
                 " FROM cards ORDER BY journey_id, stage_id, lane_id,"
                 " position"),
             error))
        return false;
    while (q.next() && !r.failed) {
        const QString rowId = q.value(0).toString();
        Journey *j = journeyOf(cards, rowId, q.value(1));
        if (!j) break;
        Card c;
        c.id = r.own(cards, rowId, q.value(0));
        c.stageId = r.id(cards, rowId, q.value(2), false);
        c.laneId = r.id(cards, rowId, q.value(3), false);
        c.order = q.value(4).toInt();
        c.text = q.value(5).toString();
        c.notes = q.value(6).toString();
        c.colour = colourFrom(q.value(7).toString());
        c.channel = r.key(cards, rowId, q.value(8).toString(), Channel::None);
        if (!q.value(9).isNull()) c.emotion = q.value(9).toInt();
        c.tags = r.list(cards, rowId, q.value(10).toString());
        c.touchpointKey = q.value(11).toString();
        c.personaId = r.id(cards, rowId, q.value(12), true);
        c.evidence = r.key(cards, rowId, q.value(13).toString(), Evidence::Assumed);
        c.imageId = r.id(cards, rowId, q.value(14), true);
        c.origin = r.origin(cards, rowId, q.value(15));
        c.linkedJourney = r.origin(cards, rowId, q.value(16));
        c.customerValue = r.score(cards, rowId, q.value(17));
        c.businessValue = r.score(cards, rowId, q.value(18));
        c.effort = r.score(cards, rowId, q.value(19));
        j->cards.append(c);
    }
    if (r.failed) return false;

    // Positions are read as written; make each cell's order contiguous in memory so that
    // a file edited by another tool still behaves. Cards arrive sorted by cell and position.
    for (Journey &j : p.journeys) {
        for (qsizetype i = 0; i < j.cards.size(); ++i) {
            Card &c = j.cards[i];
            if (j.stageIndex(c.stageId) < 0 || j.laneIndex(c.laneId) < 0) {
                r.fail(cards, idToString(c.id),
                       Storage::tr("its stage or lane is in another journey"));
                return false;
            }
            const bool sameCell =
                i > 0 && j.cards[i - 1].stageId == c.stageId && j.cards[i - 1].laneId == c.laneId;
            c.order = sameCell ? j.cards[i - 1].order + 1 : 0;
        }
    }
    if (!loadWorkshopRows(q, r, journeyOf)) return false;

    const QString connections = QStringLiteral("connections");
    if (!run(q,
             QStringLiteral("SELECT id, journey_id, from_card, to_card, label FROM connections"
                            " ORDER BY journey_id, position"),
             error))
        return false;
    while (q.next() && !r.failed) {
        const QString rowId = q.value(0).toString();
        Journey *j = journeyOf(connections, rowId, q.value(1));
        if (!j) break;
        Connection c{r.own(connections, rowId, q.value(0)),
                     r.id(connections, rowId, q.value(2), false),
                     r.id(connections, rowId, q.value(3), false), q.value(4).toString()};
        if (!r.failed && (!j->card(c.from) || !j->card(c.to)))
            r.fail(connections, rowId, Storage::tr("it joins cards of another journey"));
        j->connections.append(c);
    }
    if (r.failed) return false;

    // Comments: rows a tool wrote before schema 5 gave the table its meaning, with ids that
    // are no UUIDs, stay in the file untouched and are not shown.
    const QString comments = QStringLiteral("comments");
    if (!run(q,
             QStringLiteral("SELECT id, journey_id, target_id, parent_id, author, text, created,"
                            " resolved, resolved_by FROM comments"
                            " ORDER BY journey_id, position, created, id"),
             error))
        return false;
    while (q.next() && !r.failed) {
        const QString rowId = q.value(0).toString();
        Comment c;
        c.id = idFromString(rowId);
        c.targetId = idFromString(q.value(2).toString());
        c.parentId = idFromString(q.value(3).toString());
        if (c.id.isNull() || c.targetId.isNull() ||
            (c.parentId.isNull() && !q.value(3).toString().isEmpty()))
            continue;
        Journey *j = journeyOf(comments, rowId, q.value(1));
        if (!j) break;
        c.id = r.own(comments, rowId, q.value(0));
        c.author = q.value(4).toString();
        c.text = q.value(5).toString();
        c.created = dateFrom(r, comments, rowId, q.value(6), false);
        if (!q.value(7).toString().isEmpty())
            c.resolved = dateFrom(r, comments, rowId, q.value(7), false);
        c.resolvedBy = q.value(8).toString();
        j->comments.append(c);
    }
    if (r.failed) return false;
    if (!loadInsightRows(q, r, &p, error)) return false;

    const QString snapshots = QStringLiteral("snapshots");
    if (!run(q,
             QStringLiteral("SELECT id, name, created, journey_id, reason, content FROM snapshots"
                            " ORDER BY created, id"),
             error))
        return false;
    while (q.next() && !r.failed) {
        const QString rowId = q.value(0).toString();
        Snapshot s;
        s.id = r.own(snapshots, rowId, q.value(0));
        s.name = q.value(1).toString();
        s.created = dateFrom(r, snapshots, rowId, q.value(2), false);
        s.journeyId = r.origin(snapshots, rowId, q.value(3));
        s.reason = q.value(4).toString();
        s.content = q.value(5).toByteArray();
        p.snapshots.append(s);
    }
    if (r.failed) return false;
    if (!loadMetricRows(db, &p, error)) return false;
    *project = std::move(p);
    return true;
}

namespace {

// Writes the touched objects of one journey list (notes, rounds or votes); what the model no
// longer has is collected in `gone`.
template <typename T, typename Values>
bool writeJourneyChildren(Writer &w, const Project &p, const QHash<Id, Id> &touched,
                          QList<T> Journey::*list, const char *table, const QStringList &cols,
                          const Values &values, QList<Id> *gone)
{
    if (touched.isEmpty()) return true;
    QSqlQuery q(w.db);
    if (!w.prepare(q, upsertSql(table, cols))) return false;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const Journey *j = p.journey(it.value());
        const int i = j ? indexOfId(j->*list, it.key()) : -1;
        if (i < 0) {
            gone->append(it.key());
            continue;
        }
        const auto row = values(*j, i, (j->*list)[i]);
        bindAll(q, row.values);
        if (!w.exec(q)) return false;
    }
    return true;
}

bool writeWorkshopRows(Writer &w, const Project &p, const ChangeSet &changes, QList<Id> *goneNotes,
                       QList<Id> *goneRounds, QList<Id> *goneVotes, QList<Id> *goneComments)
{
    return writeJourneyChildren(
               w, p, changes.notes, &Journey::notes, "inbox_notes",
               columns("id,journey_id,position,stage_id,kind,text,feeling,author,created,state,"
                       "card_id"),
               [](const Journey &j, int i, const InboxNote &n) {
                   return Row<11>{{idToString(n.id), idToString(j.id), i, idToString(n.stageId),
                                   toKey(n.kind), n.text,
                                   n.feeling ? QVariant(*n.feeling) : QVariant(), n.author,
                                   dateText(n.created), toKey(n.state), idToString(n.cardId)}};
               },
               goneNotes) &&
           writeJourneyChildren(
               w, p, changes.rounds, &Journey::rounds, "vote_rounds",
               columns("id,journey_id,position,question,cards,dots,max_per_card,anonymous,opened,"
                       "closed"),
               [](const Journey &j, int i, const VoteRound &r) {
                   QStringList cards;
                   for (const Id &c : r.cards)
                       cards.append(idToString(c));
                   return Row<10>{{idToString(r.id), idToString(j.id), i, r.question,
                                   listText(cards), r.dotsPerPerson, r.maxPerCard,
                                   r.anonymous ? 1 : 0, dateText(r.opened),
                                   r.closed.isValid() ? QVariant(dateText(r.closed)) : QVariant()}};
               },
               goneRounds) &&
           writeJourneyChildren(
               w, p, changes.votes, &Journey::votes, "votes",
               columns("id,journey_id,target_id,voter,session,weight,created"),
               [](const Journey &j, int, const Vote &v) {
                   return Row<7>{{idToString(v.id), idToString(j.id), idToString(v.cardId), v.voter,
                                  idToString(v.roundId), v.weight, dateText(v.created)}};
               },
               goneVotes) &&
           writeJourneyChildren(
               w, p, changes.comments, &Journey::comments, "comments",
               columns("id,journey_id,position,target_id,parent_id,author,text,created,resolved,"
                       "resolved_by"),
               [](const Journey &j, int i, const Comment &c) {
                   return Row<10>{{idToString(c.id), idToString(j.id), i, idToString(c.targetId),
                                  originText(c.parentId), c.author, c.text, dateText(c.created),
                                  c.resolved.isValid() ? dateText(c.resolved)
                                                       : QStringLiteral(""),
                                  c.resolvedBy}};
               },
               goneComments);
}

bool writeConnectionRows(Writer &w, const Project &p, const ChangeSet &changes, QList<Id> *gone)
{
    // All arrows of a journey whose arrows changed, so that their positions stay the order of
    // the list (a journey has few).
    QHash<Id, Id> touched = changes.connections;
    for (auto it = changes.connections.cbegin(); it != changes.connections.cend(); ++it)
        if (const Journey *j = p.journey(it.value()))
            for (const Connection &c : j->connections)
                touched.insert(c.id, j->id);
    return writeJourneyChildren(
        w, p, touched, &Journey::connections, "connections",
        columns("id,journey_id,position,from_card,to_card,label"),
        [](const Journey &j, int i, const Connection &c) {
            return Row<6>{{idToString(c.id), idToString(j.id), i, idToString(c.from),
                           idToString(c.to), c.label}};
        },
        gone);
}

} // namespace

bool writeProjectRows(QSqlDatabase &db, const Project &p, const ChangeSet &changes, QString *error)
{
    Writer w{db, error};
    QList<Id> goneJourneys, gonePersonas, goneImages, goneStages, goneLanes, goneCards;

    if (changes.info) {
        QSqlQuery q(db);
        if (!w.prepare(q, QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"
                                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value")))
            return false;
        const std::pair<const char *, QString> rows[] = {{"title", p.info.title},
                                                         {"client", p.info.client},
                                                         {"priority_formula", p.info.priorityFormula},
                                                         {"author", p.info.author},
                                                         {"language", p.info.language},
                                                         {"created", dateText(p.info.created)},
                                                         {"modified", dateText(p.info.modified)}};
        for (const auto &[key, value] : rows) {
            const QVariant values[] = {QString::fromLatin1(key), value};
            bindAll(q, values);
            if (!w.exec(q)) return false;
        }
    }

    if (!changes.images.isEmpty()) {
        QSqlQuery q(db);
        if (!w.prepare(q, upsertSql("images", columns("id,mime_type,width,height,data"))))
            return false;
        for (const Id &id : changes.images) {
            const int i = p.imageIndex(id);
            if (i < 0) {
                goneImages.append(id);
                continue;
            }
            const Image &img = p.images[i];
            const QVariant values[] = {idToString(id), img.mimeType, img.width, img.height,
                                       img.data};
            bindAll(q, values);
            if (!w.exec(q)) return false;
        }
    }

    QSet<Id> personaIds = changes.personas;
    if (changes.personaOrder)
        for (const Persona &persona : p.personas)
            personaIds.insert(persona.id);
    if (!personaIds.isEmpty()) {
        QSqlQuery q(db);
        if (!w.prepare(q, upsertSql("personas",
                                    columns("id,position,name,photo_id,age,role,location,"
                                            "family,segment,quote,bio,goals,needs,frustrations,"
                                            "\"values\",behaviours,channels,traits,tags,colour"))))
            return false;
        for (const Id &id : personaIds) {
            const int i = p.personaIndex(id);
            if (i < 0) {
                gonePersonas.append(id);
                continue;
            }
            const Persona &x = p.personas[i];
            const QVariant values[] = {idToString(id),
                                       i,
                                       x.name,
                                       idValue(x.photoId),
                                       x.age ? QVariant(*x.age) : QVariant(),
                                       x.role,
                                       x.location,
                                       x.family,
                                       x.segment,
                                       x.quote,
                                       x.bio,
                                       listText(x.goals),
                                       listText(x.needs),
                                       listText(x.frustrations),
                                       listText(x.values),
                                       listText(x.behaviours),
                                       channelsText(x.channels),
                                       traitsText(x.traits),
                                       listText(x.tags),
                                       colourText(x.colour)};
            bindAll(q, values);
            if (!w.exec(q)) return false;
        }
    }

    QSet<Id> journeyIds = changes.journeys;
    if (changes.journeyOrder)
        for (const Journey &j : p.journeys)
            journeyIds.insert(j.id);
    if (!journeyIds.isEmpty()) {
        QSqlQuery q(db), unlink(db), link(db);
        if (!w.prepare(q, upsertSql("journeys", columns("id,position,name,goal,state,owner,"
                                                        "status,review_days,reviewed,blueprint"))) ||
            !w.prepare(unlink,
                       QStringLiteral("DELETE FROM journey_personas WHERE journey_id = ?")) ||
            !w.prepare(link, QStringLiteral("INSERT INTO journey_personas(journey_id, persona_id,"
                                            " position) VALUES(?, ?, ?)")))
            return false;
        for (const Id &id : journeyIds) {
            const int i = p.journeyIndex(id);
            if (i < 0) {
                goneJourneys.append(id);
                continue;
            }
            const Journey &j = p.journeys[i];
            const QVariant values[] = {idToString(id), i,
                                       j.name,         j.goal,
                                       toKey(j.state), j.owner,
                                       toKey(j.status), j.reviewDays,
                                       j.reviewed.isValid() ? dateText(j.reviewed)
                                                            : QStringLiteral(""),
                                       j.blueprint ? 1 : 0};
            bindAll(q, values);
            unlink.bindValue(0, idToString(id));
            if (!w.exec(q) || !w.exec(unlink)) return false;
            for (int k = 0; k < j.personaIds.size(); ++k) {
                link.bindValue(0, idToString(id));
                link.bindValue(1, idToString(j.personaIds[k]));
                link.bindValue(2, k);
                if (!w.exec(link)) return false;
            }
        }
    }

    if (!changes.stages.isEmpty()) {
        QSqlQuery q(db);
        if (!w.prepare(q,
                       upsertSql("stages", columns("id,journey_id,position,name,description,colour,"
                                                   "moment_of_truth,width,origin"))))
            return false;
        for (auto it = changes.stages.cbegin(); it != changes.stages.cend(); ++it) {
            const Journey *j = p.journey(it.value());
            const int i = j ? j->stageIndex(it.key()) : -1;
            if (i < 0) {
                goneStages.append(it.key());
                continue;
            }
            const Stage &s = j->stages[i];
            const QVariant values[] = {idToString(s.id),
                                       idToString(j->id),
                                       i,
                                       s.name,
                                       s.description,
                                       colourText(s.colour),
                                       s.momentOfTruth ? 1 : 0,
                                       s.width,
                                       originText(s.origin)};
            bindAll(q, values);
            if (!w.exec(q)) return false;
        }
    }

    if (!changes.lanes.isEmpty()) {
        QSqlQuery q(db);
        if (!w.prepare(
                q, upsertSql("lanes",
                             columns("id,journey_id,position,kind,title,colour,height,origin,zone,hint"))))
            return false;
        for (auto it = changes.lanes.cbegin(); it != changes.lanes.cend(); ++it) {
            const Journey *j = p.journey(it.value());
            const int i = j ? j->laneIndex(it.key()) : -1;
            if (i < 0) {
                goneLanes.append(it.key());
                continue;
            }
            const Lane &l = j->lanes[i];
            const QVariant values[] = {idToString(l.id), idToString(j->id),    i,
                                       toKey(l.kind),    l.title,              colourText(l.colour),
                                       l.height,         originText(l.origin),
                                       l.zone ? toKey(*l.zone) : QStringLiteral(""),
                                       l.hint};
            bindAll(q, values);
            if (!w.exec(q)) return false;
        }
    }

    // Insights before the cards that link to them; gone ones are deleted at the end.
    QList<Id> goneInsights;
    if (!writeInsightRows(w, p, changes.insights, &goneInsights)) return false;

    if (!changes.cards.isEmpty()) {
        CardInsightWriter links(w);
        QSqlQuery q(db);
        if (!w.prepare(q, upsertSql("cards",
                                    columns("id,journey_id,stage_id,lane_id,position,text,notes,"
                                            "colour,channel,emotion,tags,touchpoint_key,persona_id,"
                                            "evidence,image_id,origin,linked_journey,"
                                            "customer_value,business_value,effort"))))
            return false;
        // One pass over each journey involved finds its touched cards; what is not found
        // is gone.
        QSet<Id> found;
        QSet<Id> journeys;
        for (auto it = changes.cards.cbegin(); it != changes.cards.cend(); ++it)
            journeys.insert(it.value());
        for (const Id &journeyId : std::as_const(journeys)) {
            const Journey *j = p.journey(journeyId);
            if (!j) continue;
            for (const Card &card : j->cards) {
                if (found.size() == changes.cards.size()) break;
                const auto hit = changes.cards.constFind(card.id);
                if (hit == changes.cards.cend() || hit.value() != journeyId) continue;
                found.insert(card.id);
                const Card *c = &card;
                const QVariant values[] = {idToString(c->id),
                                           idToString(j->id),
                                           idToString(c->stageId),
                                           idToString(c->laneId),
                                           c->order,
                                           c->text,
                                           c->notes,
                                           colourText(c->colour),
                                           toKey(c->channel),
                                           c->emotion ? QVariant(*c->emotion) : QVariant(),
                                           listText(c->tags),
                                           c->touchpointKey,
                                           idValue(c->personaId),
                                           toKey(c->evidence),
                                           idValue(c->imageId),
                                           originText(c->origin),
                                           originText(c->linkedJourney),
                                           scoreValue(c->customerValue),
                                           scoreValue(c->businessValue),
                                           scoreValue(c->effort)};
                bindAll(q, values);
                if (!w.exec(q) || !links.write(*c)) return false;
            }
        }
        for (auto it = changes.cards.cbegin(); it != changes.cards.cend(); ++it)
            if (!found.contains(it.key())) goneCards.append(it.key());
    }

    QList<Id> goneNotes, goneRounds, goneVotes, goneComments, goneSnapshots;
    if (!writeWorkshopRows(w, p, changes, &goneNotes, &goneRounds, &goneVotes, &goneComments))
        return false;
    QList<Id> goneConnections;
    if (!writeConnectionRows(w, p, changes, &goneConnections)) return false;
    if (!changes.snapshots.isEmpty()) {
        // Removed first: a snapshot may give its name to a new one in the same step.
        for (const Id &id : changes.snapshots)
            if (indexOfId(p.snapshots, id) < 0) goneSnapshots.append(id);
        if (!w.remove("snapshots", goneSnapshots)) return false;
        QSqlQuery q(db);
        if (!w.prepare(q, upsertSql("snapshots",
                                    columns("id,name,created,journey_id,reason,content"))))
            return false;
        for (const Id &id : changes.snapshots) {
            const int i = indexOfId(p.snapshots, id);
            if (i < 0) continue;
            const Snapshot &s = p.snapshots[i];
            const QVariant values[] = {idToString(id),         s.name,   dateText(s.created),
                                       originText(s.journeyId), s.reason, s.content};
            bindAll(q, values);
            if (!w.exec(q)) return false;
        }
    }
    if (!writeMetricRows(db, p, changes, error)) return false;
    // Children before parents.
    return w.remove("connections", goneConnections) && w.remove("insights", goneInsights) &&
           w.remove("comments", goneComments) && w.remove("votes", goneVotes) &&
           w.remove("vote_rounds", goneRounds) &&
           w.remove("inbox_notes", goneNotes) && w.remove("cards", goneCards) &&
           w.remove("lanes", goneLanes) && w.remove("stages", goneStages) &&
           w.remove("journeys", goneJourneys) && w.remove("personas", gonePersonas) &&
           w.remove("images", goneImages);
}

} // namespace waymark
