// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop's model: notes from participants, the facilitator's decisions, voting rounds;
// and the request parser and API of the workshop server, without a network.
// JSON bodies are written as literals here, so plain C strings are welcome.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "document/document.h"
#include "document/templates.h"
#include "i18n.h"
#include "storage/checker.h"
#include "workshop/httprequest.h"
#include "workshop/workshopsession.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

Project reopen(const QString &file)
{
    return reopenProject(file);
}

HttpRequest request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                    const QString &token = {})
{
    HttpRequest r;
    r.method = method;
    const qsizetype q = path.indexOf('?');
    r.path = q < 0 ? path : path.left(q);
    r.query = q < 0 ? QByteArray() : path.mid(q + 1);
    r.body = body;
    r.headers.insert("host", "10.0.0.5:8470");
    if (!token.isEmpty()) r.headers.insert("authorization", "Bearer " + token.toLatin1());
    return r;
}

QJsonObject json(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestWorkshop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_file;

    std::unique_ptr<Document> fresh()
    {
        Project p;
        QString error;
        if (!sampleProject(QStringLiteral("en"), &p, &error)) return {};
        m_file = m_dir.filePath(QStringLiteral("ws%1.waymark").arg(++m_counter));
        return Document::create(m_file, p, &error);
    }
    static InboxNote note(const Journey &j, int stage, const QString &text,
                          NoteKind kind = NoteKind::Pain)
    {
        InboxNote n;
        n.stageId = j.stages[stage].id;
        n.kind = kind;
        n.text = text;
        n.author = QStringLiteral("Anna");
        return n;
    }
    static const InboxNote *findNote(const Project &p, const Id &id)
    {
        for (const Journey &j : p.journeys)
            for (const InboxNote &n : j.notes)
                if (n.id == id) return &n;
        return nullptr;
    }

private slots:
    void receivedNotesAreWrittenAndNotUndoable()
    {
        auto doc = fresh();
        QVERIFY(doc);
        const Journey &j = doc->project().journeys.first();
        const int steps = doc->undoStack()->count();
        const Id id =
            doc->receiveNote(j.id, note(j, 1, QStringLiteral("  Hold music for 40 min  ")));
        QVERIFY2(!id.isNull(), qPrintable(doc->refusalReason()));
        QCOMPARE(doc->undoStack()->count(), steps); // the room's note is not an undo step
        const Project back = reopen(m_file);
        const InboxNote *n = findNote(back, id);
        QVERIFY(n);
        QCOMPARE(n->text, QStringLiteral("Hold music for 40 min"));
        QCOMPARE(n->state, NoteState::New);
        QCOMPARE(n->author, QStringLiteral("Anna"));
        QCOMPARE(normalized(back), normalized(doc->project()));
        QVERIFY(checkProjectFile(m_file).problems.isEmpty());
    }

    void badNotesAreRefusedAndNotKept()
    {
        auto doc = fresh();
        const Journey &j = doc->project().journeys.first();
        const QStringList before = dumpFile(m_file);
        QVERIFY(doc->receiveNote(j.id, note(j, 0, QStringLiteral("   "))).isNull());
        QCOMPARE(doc->refusalReason(), QStringLiteral("The note is empty."));
        QVERIFY(doc->receiveNote(j.id, note(j, 0, QString(501, QLatin1Char('x')))).isNull());
        QVERIFY(doc->refusalReason().contains(QStringLiteral("500")));
        InboxNote elsewhere = note(j, 0, QStringLiteral("x"));
        elsewhere.stageId = newId();
        QVERIFY(doc->receiveNote(j.id, elsewhere).isNull());
        QVERIFY(doc->receiveNote(newId(), note(j, 0, QStringLiteral("x"))).isNull());
        QVERIFY(doc->project().journeys.first().notes.isEmpty());
        QCOMPARE(dumpFile(m_file), before);
    }

    void stateChangesAreOneUndoStepEach()
    {
        auto doc = fresh();
        const Id jid = doc->project().journeys.first().id;
        const Journey *j = doc->project().journey(jid);
        const Id a = doc->receiveNote(jid, note(*j, 0, QStringLiteral("a")));
        const Id b = doc->receiveNote(jid, note(*j, 0, QStringLiteral("b")));
        QVERIFY(doc->setNoteState(jid, {a, b}, NoteState::Revealed));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Reveal 2 notes"));
        QCOMPARE(findNote(reopen(m_file), b)->state, NoteState::Revealed);
        QVERIFY(doc->setNoteState(jid, {b}, NoteState::Parked));
        QCOMPARE(findNote(reopen(m_file), b)->state, NoteState::Parked);
        doc->undoStack()->undo();
        QCOMPARE(findNote(reopen(m_file), b)->state, NoteState::Revealed);
        doc->undoStack()->undo();
        QCOMPARE(findNote(reopen(m_file), a)->state, NoteState::New);
        QCOMPARE(findNote(reopen(m_file), b)->state, NoteState::New);
        doc->undoStack()->redo();
        QCOMPARE(findNote(reopen(m_file), a)->state, NoteState::Revealed);
        QVERIFY(!doc->setNoteState(jid, {a}, NoteState::Revealed)); // nothing to change
        QVERIFY(!doc->setNoteState(jid, {a}, NoteState::Accepted));
        QVERIFY(!doc->setNoteState(jid, {newId()}, NoteState::Parked));
        QCOMPARE(normalized(reopen(m_file)), normalized(doc->project()));
    }

    void acceptingMakesACardInOneStep()
    {
        auto doc = fresh();
        const Id jid = doc->project().journeys.first().id;
        const Journey *j = doc->project().journey(jid);
        InboxNote feeling = note(*j, 2, QStringLiteral("Relieved it worked"), NoteKind::Feeling);
        feeling.feeling = 2;
        const Id noteId = doc->receiveNote(jid, feeling);
        int feelings = -1;
        for (int l = 0; l < j->lanes.size(); ++l)
            if (j->lanes[l].kind == LaneKind::Feelings) feelings = l;
        QVERIFY(feelings >= 0);
        const int cards = j->cards.size();
        const Id cardId = doc->acceptNote(jid, noteId, {j->stages[2].id, j->lanes[feelings].id, 0});
        QVERIFY2(!cardId.isNull(), qPrintable(doc->refusalReason()));
        j = doc->project().journey(jid);
        QCOMPARE(j->cards.size(), cards + 1);
        const Card *card = j->card(cardId);
        QCOMPARE(card->text, QStringLiteral("Relieved it worked"));
        QCOMPARE(card->emotion, std::optional<int>(2));
        QCOMPARE(card->evidence, Evidence::Reported);
        QCOMPARE(card->stageId, j->stages[2].id);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Accept note"));
        Project back = reopen(m_file);
        QCOMPARE(findNote(back, noteId)->state, NoteState::Accepted);
        QCOMPARE(findNote(back, noteId)->cardId, cardId);
        QVERIFY(back.journey(jid)->card(cardId));
        // Accepted once only.
        QVERIFY(doc->acceptNote(jid, noteId, {j->stages[0].id, j->lanes[0].id, -1}).isNull());
        doc->undoStack()->undo();
        back = reopen(m_file);
        QCOMPARE(findNote(back, noteId)->state, NoteState::New);
        QVERIFY(!back.journey(jid)->card(cardId));
        QCOMPARE(back.journey(jid)->cards.size(), cards);
        doc->undoStack()->redo();
        back = reopen(m_file);
        QVERIFY(back.journey(jid)->card(cardId));
        QCOMPARE(normalized(back), normalized(doc->project()));
        QVERIFY(checkProjectFile(m_file).problems.isEmpty());
    }

    void mergingJoinsTextsAndAuthors()
    {
        auto doc = fresh();
        const Id jid = doc->project().journeys.first().id;
        const Journey *j = doc->project().journey(jid);
        InboxNote first = note(*j, 1, QStringLiteral("Too many tariffs"));
        InboxNote second = note(*j, 1, QStringLiteral("Cannot compare tariffs"));
        second.author = QStringLiteral("Ben");
        const Id a = doc->receiveNote(jid, first), b = doc->receiveNote(jid, second);
        QVERIFY(!doc->mergeNotes(jid, {a}));
        QVERIFY(doc->mergeNotes(jid, {a, b}));
        Project back = reopen(m_file);
        QCOMPARE(findNote(back, a)->text,
                 QStringLiteral("Too many tariffs\nCannot compare tariffs"));
        QCOMPARE(findNote(back, a)->author, QStringLiteral("Anna, Ben"));
        QCOMPARE(findNote(back, b)->state, NoteState::Merged);
        QCOMPARE(findNote(back, b)->cardId, a);
        doc->undoStack()->undo();
        back = reopen(m_file);
        QCOMPARE(findNote(back, a)->text, QStringLiteral("Too many tariffs"));
        QCOMPARE(findNote(back, b)->state, NoteState::New);
    }

    void votingKeepsToTheBudget()
    {
        auto doc = fresh();
        const Id jid = doc->project().journeys.first().id;
        const Journey *j = doc->project().journey(jid);
        VoteRound round;
        round.question = QStringLiteral("Which pain points hurt most?");
        round.cards = {j->cards[0].id, j->cards[1].id, j->cards[2].id, newId()};
        round.dotsPerPerson = 3;
        round.maxPerCard = 2;
        const Id r = doc->openRound(jid, round);
        QVERIFY2(!r.isNull(), qPrintable(doc->refusalReason()));
        QCOMPARE(doc->project().journey(jid)->round(r)->cards.size(), 3); // the unknown card left
        QVERIFY(doc->openRound(jid, round).isNull()); // one open round at a time
        const Id c0 = j->cards[0].id, c1 = j->cards[1].id;
        QVERIFY(!doc->castVote(jid, r, c0, QStringLiteral("Anna")).isNull());
        QVERIFY(!doc->castVote(jid, r, c0, QStringLiteral("Anna")).isNull());
        QVERIFY(doc->castVote(jid, r, c0, QStringLiteral("Anna")).isNull());
        QCOMPARE(doc->refusalReason(), QStringLiteral("At most 2 dots per card."));
        QVERIFY(!doc->castVote(jid, r, c1, QStringLiteral("Anna")).isNull());
        QVERIFY(doc->castVote(jid, r, j->cards[2].id, QStringLiteral("Anna")).isNull());
        QCOMPARE(doc->refusalReason(), QStringLiteral("No dots left: each person has 3 dots."));
        QVERIFY(!doc->castVote(jid, r, c1, QStringLiteral("Ben")).isNull());
        QVERIFY(doc->withdrawVote(jid, r, c0, QStringLiteral("Anna")));
        QVERIFY(!doc->withdrawVote(jid, r, c0, QStringLiteral("Ben")));
        QVERIFY(doc->castVote(jid, r, j->stages[0].id, QStringLiteral("Ben")).isNull());
        QCOMPARE(doc->undoStack()->count(), 0); // votes are records, not edits
        Project back = reopen(m_file);
        QHash<Id, int> counts = back.journey(jid)->voteCounts(r);
        QCOMPARE(counts.value(c0), 1);
        QCOMPARE(counts.value(c1), 2);
        QVERIFY(doc->closeRound(jid, r));
        QVERIFY(doc->castVote(jid, r, c1, QStringLiteral("Cem")).isNull());
        QCOMPARE(doc->refusalReason(), QStringLiteral("The voting round is closed."));
        QVERIFY(!doc->closeRound(jid, r));
        back = reopen(m_file);
        QVERIFY(!back.journey(jid)->round(r)->isOpen());
        QCOMPARE(normalized(back), normalized(doc->project()));
        QVERIFY(checkProjectFile(m_file).problems.isEmpty());
        // A voted card deleted later keeps its votes: the result stays as it was.
        QVERIFY(doc->removeCards(jid, {c1}));
        QCOMPARE(reopen(m_file).journey(jid)->voteCounts(r).value(c1), 2);
        QVERIFY(checkProjectFile(m_file).problems.isEmpty());
    }

    void aRemovedJourneyTakesItsWorkshopAlongAndBringsItBack()
    {
        auto doc = fresh();
        const Id jid = doc->project().journeys.first().id;
        const Journey *j = doc->project().journey(jid);
        doc->receiveNote(jid, note(*j, 0, QStringLiteral("n")));
        VoteRound round;
        round.cards = {j->cards[0].id};
        const Id r = doc->openRound(jid, round);
        doc->castVote(jid, r, j->cards[0].id, QStringLiteral("Anna"));
        const QStringList before = dumpFile(m_file);
        const Id copy = doc->duplicateJourney(jid, true);
        QVERIFY(doc->project().journey(copy)->notes.isEmpty());
        QVERIFY(doc->project().journey(copy)->votes.isEmpty());
        doc->undoStack()->undo();
        QVERIFY(doc->removeJourney(jid));
        QVERIFY(!dumpFile(m_file).join(QLatin1Char('\n')).contains(QStringLiteral("inbox_notes|")));
        doc->undoStack()->undo();
        QCOMPARE(dumpFile(m_file), before);
    }

    void parserKeepsToItsLimits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("complete") << QByteArray("GET /api/journey?x=1 HTTP/1.1\r\nHost: a\r\n\r\n")
                                  << 0;
        QTest::newRow("bare newlines") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 0;
        QTest::newRow("body") << QByteArray(
                                     "POST /api/notes HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}")
                              << 0;
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400;
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 16385\r\n\r\n") << 413;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("huge length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << 400;
        QTest::newRow("chunked") << QByteArray(
                                        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("header too large")
            << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n") << 431;
        QTest::newRow("endless header") << QByteArray(9000, 'a') << 431;
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 70; ++i)
            many += "X" + QByteArray::number(i) + ": y\r\n";
        QTest::newRow("too many headers") << many + "\r\n" << 431;
        QTest::newRow("nameless header") << QByteArray("GET / HTTP/1.1\r\n: x\r\n\r\n") << 400;
    }
    void parserKeepsToItsLimits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        // Byte by byte, as a slow network delivers it, and all at once: the same answer.
        for (const bool trickle : {false, true}) {
            HttpRequestParser parser;
            HttpRequestParser::State state = HttpRequestParser::State::Incomplete;
            if (trickle)
                for (char c : bytes) {
                    state = parser.feed(QByteArray(1, c));
                    if (state != HttpRequestParser::State::Incomplete) break;
                }
            else
                state = parser.feed(bytes);
            if (status == 0) {
                QCOMPARE(state, HttpRequestParser::State::Complete);
            } else {
                QCOMPARE(state, HttpRequestParser::State::Failed);
                QCOMPARE(parser.status(), status);
                QVERIFY(!parser.reason().isEmpty());
            }
        }
    }
    void parserWaitsForTheWholeBody()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("POST /api/notes HTTP/1.1\r\nContent-Length: 5\r\nHost: h\r\n\r\nab"),
                 HttpRequestParser::State::Incomplete);
        QCOMPARE(parser.feed("cde"), HttpRequestParser::State::Complete);
        QCOMPARE(parser.request().body, QByteArray("abcde"));
        QCOMPARE(parser.request().header("host"), QByteArray("h"));
        QCOMPARE(parser.request().path, QByteArray("/api/notes"));
    }

    void apiJoinsAddsNotesAndVotes()
    {
        auto doc = fresh();
        const Id jid = doc->project().journeys.first().id;
        WorkshopSession session(doc.get(), jid);
        session.setJoinCode(QStringLiteral("abc234"));
        session.setAuthority(QStringLiteral("10.0.0.5:8470"));
        QCOMPARE(session.handle(request("POST", "/api/join", R"({"code":"XYZ999"})"), "p").status,
                 403);
        QCOMPARE(session.handle(request("POST", "/api/join", "not json"), "p").status, 400);
        QCOMPARE(session.handle(request("GET", "/api/join"), "p").status, 405);
        const HttpResponse joined = session.handle(
            request("POST", "/api/join", R"({"code":" abc234 ","name":"Anna"})"), "p");
        QCOMPARE(joined.status, 200);
        const QString token = json(joined).value(QStringLiteral("token")).toString();
        QCOMPARE(token.size(), 48);
        QCOMPARE(session.handle(request("GET", "/api/journey"), "p").status, 401);
        QCOMPARE(session.handle(request("GET", "/api/journey", {}, QStringLiteral("forged")), "p")
                     .status,
                 401);
        const HttpResponse info = session.handle(request("GET", "/api/journey", {}, token), "p");
        QCOMPARE(info.status, 200);
        const QJsonArray stages = json(info).value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), doc->project().journey(jid)->stages.size());
        const QString stage = stages[1].toObject().value(QStringLiteral("id")).toString();

        auto post = [&](const QJsonObject &o) {
            return session.handle(request("POST", "/api/notes", QJsonDocument(o).toJson(), token),
                                  "p");
        };
        QCOMPARE(post({{"stage", stage}, {"kind", "pain"}, {"text", "<b>x</b>"}}).status, 201);
        QCOMPARE(post({{"stage", stage}, {"kind", "rant"}, {"text", "x"}}).status, 400);
        QCOMPARE(post({{"stage", "nope"}, {"kind", "idea"}, {"text", "x"}}).status, 400);
        QCOMPARE(post({{"stage", stage}, {"kind", "idea"}, {"text", 5}}).status, 400);
        QCOMPARE(post({{"stage", stage}, {"kind", "idea"}, {"text", "   "}}).status, 400);
        QCOMPARE(
            post({{"stage", stage}, {"kind", "feeling"}, {"text", "x"}, {"feeling", 4}}).status,
            400);
        QCOMPARE(
            post({{"stage", stage}, {"kind", "feeling"}, {"text", "x"}, {"feeling", 1.5}}).status,
            400);
        QCOMPARE(post({{"stage", stage}, {"kind", "idea"}, {"text", QString(501, 'x')}}).status,
                 413);
        const QList<InboxNote> notes = doc->project().journey(jid)->notes;
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().text, QStringLiteral("<b>x</b>")); // data, kept as typed
        QCOMPARE(notes.first().author, QStringLiteral("Anna"));

        // Voting: an anonymous round counts a pseudonym's dots, not the name's.
        VoteRound round;
        round.cards = {doc->project().journey(jid)->cards[0].id};
        round.dotsPerPerson = 2;
        const Id r = doc->openRound(jid, round);
        const QByteArray body = QJsonDocument(QJsonObject{{"round", idToString(r)},
                                                          {"card", idToString(round.cards[0])}})
                                    .toJson();
        QCOMPARE(session.handle(request("POST", "/api/votes", body, token), "p").status, 201);
        const HttpResponse second = session.handle(request("POST", "/api/votes", body, token), "p");
        QCOMPARE(second.status, 201);
        QCOMPARE(json(second).value(QStringLiteral("dotsLeft")).toInt(), 0);
        QCOMPARE(session.handle(request("POST", "/api/votes", body, token), "p").status, 409);
        QCOMPARE(session.handle(request("POST", "/api/votes/withdraw", body, token), "p").status,
                 200);
        const Vote &v = doc->project().journey(jid)->votes.first();
        QVERIFY(v.voter.startsWith(QStringLiteral("guest-")));
        doc->closeRound(jid, r);
        QCOMPARE(session.handle(request("POST", "/api/votes", body, token), "p").status, 409);
    }

    void apiRefusesOtherHostsOriginsAndFloods()
    {
        auto doc = fresh();
        const Id jid = doc->project().journeys.first().id;
        WorkshopSession session(doc.get(), jid);
        session.setAuthority(QStringLiteral("10.0.0.5:8470"));
        HttpRequest other = request("GET", "/");
        other.headers.insert("host", "evil.example");
        QCOMPARE(session.handle(other, "p").status, 421);
        HttpRequest page = request("GET", "/");
        const HttpResponse r = session.handle(page, "p");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<!DOCTYPE html>"));
        QVERIFY(!r.body.contains("http://") && !r.body.contains("https://")); // nothing external
        HttpRequest cross = request("POST", "/api/join", R"({"code":"x"})");
        cross.headers.insert("origin", "http://evil.example");
        QCOMPARE(session.handle(cross, "p").status, 403);
        QCOMPARE(session.handle(request("GET", "/etc/passwd"), "p").status, 404);
        QCOMPARE(session.handle(request("GET", "/../../etc/passwd"), "p").status, 404);
        // Guessing the code: 20 wrong tries a minute, then 429 even for the right one.
        for (int i = 0; i < WorkshopSession::WrongCodesPerMinute; ++i)
            QCOMPARE(session.handle(request("POST", "/api/join", R"({"code":"AAAAAA"})"), "1.2.3.4")
                         .status,
                     403);
        const QByteArray right = QJsonDocument(QJsonObject{{"code", session.joinCode()}}).toJson();
        QCOMPARE(session.handle(request("POST", "/api/join", right), "1.2.3.4").status, 429);
        const HttpResponse ok = session.handle(request("POST", "/api/join", right), "5.6.7.8");
        QCOMPARE(ok.status, 200);
        const QString token = json(ok).value(QStringLiteral("token")).toString();
        const QString stage = idToString(doc->project().journey(jid)->stages[0].id);
        const QByteArray note =
            QJsonDocument(QJsonObject{{"stage", stage}, {"kind", "idea"}, {"text", "x"}}).toJson();
        for (int i = 0; i < WorkshopSession::NotesPerMinute; ++i)
            QCOMPARE(session.handle(request("POST", "/api/notes", note, token), "5.6.7.8").status,
                     201);
        QCOMPARE(session.handle(request("POST", "/api/notes", note, token), "5.6.7.8").status, 429);
        QCOMPARE(doc->project().journey(jid)->notes.size(), WorkshopSession::NotesPerMinute);
    }

    void theRoomHasRoomFor200()
    {
        auto doc = fresh();
        WorkshopSession session(doc.get(), doc->project().journeys.first().id);
        const QByteArray right =
            QJsonDocument(QJsonObject{{"code", session.joinCode()}, {"name", "Anna"}}).toJson();
        for (int i = 0; i < WorkshopSession::MaxParticipants; ++i)
            QCOMPARE(session.handle(request("POST", "/api/join", right), "p").status, 200);
        const HttpResponse full = session.handle(request("POST", "/api/join", right), "p");
        QCOMPARE(full.status, 503);
        QVERIFY(
            json(full).value(QStringLiteral("error")).toString().contains(QStringLiteral("200")));
        // Two hundred Annas keep their own dots.
        const QStringList names = session.participantNames();
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(),
                 WorkshopSession::MaxParticipants);
    }

    void aReadOnlyProjectTakesNoNotes()
    {
        auto doc = fresh();
        doc.reset();
        OpenResult result;
        auto ro = Document::open(m_file, Store::Access::ReadOnly, &result);
        QVERIFY(ro);
        const Journey &j = ro->project().journeys.first();
        QVERIFY(ro->receiveNote(j.id, note(j, 0, QStringLiteral("x"))).isNull());
        QVERIFY(!ro->refusalReason().isEmpty());
    }

    void timerCountsDownPausesAndGrows()
    {
        auto doc = fresh();
        WorkshopSession session(doc.get(), doc->project().journeys.first().id);
        QSignalSpy events(&session, &WorkshopSession::socketEvent);
        session.startTimer(300);
        QCOMPARE(session.timerRemaining(), 300);
        QVERIFY(session.timerRunning());
        session.pauseTimer();
        QVERIFY(!session.timerRunning());
        const int left = session.timerRemaining();
        QVERIFY(left <= 300 && left >= 299);
        session.addMinute();
        QCOMPARE(session.timerRemaining(), left + 60);
        session.resumeTimer();
        QVERIFY(session.timerRunning());
        session.stopTimer();
        QCOMPARE(session.timerRemaining(), 0);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.last().at(0).toJsonObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("timer"));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    installTranslations(&app, QStringLiteral("en"));
    TestWorkshop t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_workshop.moc"
