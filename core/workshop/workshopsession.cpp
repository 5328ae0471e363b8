// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopsession.h"

#include "document/document.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

namespace waymark {

namespace {

constexpr char CodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

QString randomToken()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QJsonObject parseBody(const HttpRequest &request, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

// Ids travel as text without braces.
Id idFrom(const QJsonValue &v)
{
    return v.isString() ? idFromString(v.toString()) : Id();
}

} // namespace

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, {{QStringLiteral("error"), message}});
}

WorkshopSession::WorkshopSession(Document *document, const Id &journeyId, QObject *parent)
    : QObject(parent), m_document(document), m_journeyId(journeyId), m_joinCode(randomJoinCode())
{
    m_clock.start();
}

QString WorkshopSession::randomJoinCode()
{
    QString code;
    for (int i = 0; i < 6; ++i)
        code += QLatin1Char(
            CodeAlphabet[QRandomGenerator::system()->bounded(int(sizeof CodeAlphabet) - 1)]);
    return code;
}

QStringList WorkshopSession::participantNames() const
{
    QStringList names;
    for (const Participant &p : m_participants)
        names.append(p.voter);
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString WorkshopSession::tokenOf(const HttpRequest &request) const
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ")) return {};
    const QString token = QString::fromLatin1(auth.mid(7).trimmed());
    return m_participants.contains(token) ? token : QString();
}

bool WorkshopSession::hostAllowed(const HttpRequest &request) const
{
    // Another site's page in a participant's browser must not reach us under another name
    // (DNS rebinding): the Host must be the address the server was started on.
    return m_authority.isEmpty() ||
           QString::fromLatin1(request.header("host")).toLower() == m_authority;
}

HttpResponse WorkshopSession::handle(const HttpRequest &request, const QString &peer)
{
    if (!m_document) return HttpResponse::error(503, QStringLiteral("the workshop has ended"));
    if (!hostAllowed(request))
        return HttpResponse::error(421, QStringLiteral("unknown Host; use the workshop's address"));
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && !m_authority.isEmpty() &&
        QString::fromLatin1(origin).toLower() != QStringLiteral("http://") + m_authority)
        return HttpResponse::error(403, QStringLiteral("requests from other sites are refused"));
    const QByteArray &path = request.path;
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    if (path == "/" || path == "/index.html") {
        if (!get) return HttpResponse::error(405, QStringLiteral("use GET"));
        QFile page(QStringLiteral(":/waymark/workshop/index.html"));
        if (!page.open(QIODevice::ReadOnly))
            return HttpResponse::error(500, QStringLiteral("the participant page is missing"));
        HttpResponse r;
        r.contentType = "text/html; charset=utf-8";
        r.body = page.readAll();
        r.headers.append(std::pair<QByteArray, QByteArray>(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'unsafe-inline'; "
            "style-src 'unsafe-inline'; img-src data:; connect-src 'self' ws: wss:"));
        return r;
    }
    if (path == "/api/join") {
        if (!post) return HttpResponse::error(405, QStringLiteral("use POST"));
        return join(request, peer);
    }
    if (!path.startsWith("/api/")) return HttpResponse::error(404, QStringLiteral("not found"));
    const QString token = tokenOf(request);
    if (path == "/api/journey") {
        if (!get) return HttpResponse::error(405, QStringLiteral("use GET"));
        if (token.isEmpty()) return HttpResponse::error(401, QStringLiteral("join first"));
        return journeyInfo(token);
    }
    if (path == "/api/notes" || path == "/api/votes" || path == "/api/votes/withdraw") {
        if (!post) return HttpResponse::error(405, QStringLiteral("use POST"));
        if (token.isEmpty()) return HttpResponse::error(401, QStringLiteral("join first"));
        if (path == "/api/notes") return addNote(token, request);
        return vote(token, request, path.endsWith("withdraw"));
    }
    return HttpResponse::error(404, QStringLiteral("not found"));
}

HttpResponse WorkshopSession::join(const HttpRequest &request, const QString &peer)
{
    const qint64 now = m_clock.elapsed();
    QList<qint64> &wrong = m_wrongCodes[peer];
    wrong.removeIf([now](qint64 t) { return now - t > 60'000; });
    if (wrong.size() >= WrongCodesPerMinute)
        return HttpResponse::error(429, QStringLiteral("too many wrong codes; wait a minute"));
    bool ok = false;
    const QJsonObject body = parseBody(request, &ok);
    if (!ok) return HttpResponse::error(400, QStringLiteral("the body must be a JSON object"));
    if (body.value(QStringLiteral("code")).toString().trimmed().toUpper() != m_joinCode) {
        wrong.append(now);
        return HttpResponse::error(403, QStringLiteral("wrong join code"));
    }
    if (m_participants.size() >= MaxParticipants)
        return HttpResponse::error(
            503, QStringLiteral("the workshop is full (%1 participants)").arg(MaxParticipants));
    Participant p;
    p.name = body.value(QStringLiteral("name")).toString().simplified().left(40);
    p.pseudonym = QStringLiteral("guest-") + randomToken().left(6);
    // Names are unique in a session, so that two Annas keep their own dots.
    if (!p.name.isEmpty()) {
        QString voter = p.name;
        for (int n = 2; std::any_of(m_participants.cbegin(), m_participants.cend(),
                                    [&](const Participant &o) { return o.voter == voter; });
             ++n)
            voter = QStringLiteral("%1 (%2)").arg(p.name).arg(n);
        p.voter = voter;
    } else {
        p.voter = p.pseudonym;
    }
    const QString token = randomToken();
    m_participants.insert(token, p);
    emit participantsChanged();
    return HttpResponse::json(
        200, {{QStringLiteral("token"), token}, {QStringLiteral("name"), p.voter}});
}

QJsonObject WorkshopSession::timerJson() const
{
    return {{QStringLiteral("duration"), m_timerDuration},
            {QStringLiteral("remaining"), timerRemaining()},
            {QStringLiteral("running"), m_timerRunning}};
}

QString WorkshopSession::voterFor(const Participant &p, const VoteRound &round) const
{
    return round.anonymous || p.name.isEmpty() ? p.pseudonym : p.voter;
}

QJsonObject WorkshopSession::roundJson(const QString &token) const
{
    const Journey *j = m_document ? m_document->project().journey(m_journeyId) : nullptr;
    const VoteRound *r = m_document ? m_document->openRoundOf(m_journeyId) : nullptr;
    if (!j || !r) return {};
    const Participant p = m_participants.value(token);
    const QString voter = voterFor(p, *r);
    QJsonArray cards;
    QHash<Id, int> mine;
    for (const Vote &v : j->votes)
        if (v.roundId == r->id && v.voter == voter) mine[v.cardId] += v.weight;
    for (const Id &id : r->cards)
        if (const Card *c = j->card(id)) {
            const int s = j->stageIndex(c->stageId);
            cards.append(QJsonObject{{QStringLiteral("id"), idToString(id)},
                                     {QStringLiteral("text"), c->text.left(300)},
                                     {QStringLiteral("stage"), j->stages[s].name},
                                     {QStringLiteral("mine"), mine.value(id)}});
        }
    return {{QStringLiteral("id"), idToString(r->id)},
            {QStringLiteral("question"), r->question},
            {QStringLiteral("dots"), r->dotsPerPerson},
            {QStringLiteral("maxPerCard"), r->maxPerCard},
            {QStringLiteral("anonymous"), r->anonymous},
            {QStringLiteral("dotsLeft"),
             token.isEmpty() ? r->dotsPerPerson : r->dotsPerPerson - j->dotsGiven(r->id, voter)},
            {QStringLiteral("cards"), cards}};
}

HttpResponse WorkshopSession::journeyInfo(const QString &token) const
{
    const Journey *j = m_document->project().journey(m_journeyId);
    if (!j) return HttpResponse::error(410, QStringLiteral("the journey was removed"));
    QJsonArray stages;
    for (const Stage &s : j->stages)
        stages.append(QJsonObject{{QStringLiteral("id"), idToString(s.id)},
                                  {QStringLiteral("name"), s.name}});
    const QJsonObject round = roundJson(token);
    return HttpResponse::json(
        200, {{QStringLiteral("journey"), j->name},
              {QStringLiteral("project"), m_document->project().info.title},
              {QStringLiteral("language"), m_document->project().info.language},
              {QStringLiteral("name"), m_participants.value(token).voter},
              {QStringLiteral("stages"), stages},
              {QStringLiteral("timer"), timerJson()},
              {QStringLiteral("round"), round.isEmpty() ? QJsonValue() : QJsonValue(round)}});
}

HttpResponse WorkshopSession::addNote(const QString &token, const HttpRequest &request)
{
    Participant &p = m_participants[token];
    const qint64 now = m_clock.elapsed();
    p.noteTimes.removeIf([now](qint64 t) { return now - t > 60'000; });
    if (p.noteTimes.size() >= NotesPerMinute)
        return HttpResponse::error(
            429, QStringLiteral("at most %1 notes a minute; wait a moment").arg(NotesPerMinute));
    bool ok = false;
    const QJsonObject body = parseBody(request, &ok);
    if (!ok) return HttpResponse::error(400, QStringLiteral("the body must be a JSON object"));
    InboxNote note;
    note.stageId = idFrom(body.value(QStringLiteral("stage")));
    if (!fromKey(body.value(QStringLiteral("kind")).toString(), &note.kind))
        return HttpResponse::error(
            400, QStringLiteral("kind must be thought, feeling, pain, idea or question"));
    if (!body.value(QStringLiteral("text")).isString())
        return HttpResponse::error(400, QStringLiteral("text must be a string"));
    note.text = body.value(QStringLiteral("text")).toString();
    if (note.text.trimmed().size() > Document::MaxNoteText)
        return HttpResponse::error(
            413, QStringLiteral("a note holds at most %1 characters").arg(Document::MaxNoteText));
    const QJsonValue feeling = body.value(QStringLiteral("feeling"));
    if (!feeling.isUndefined() && !feeling.isNull()) {
        const double f = feeling.toDouble(99);
        if (!feeling.isDouble() || f != std::floor(f) || f < MinEmotion || f > MaxEmotion)
            return HttpResponse::error(400, QStringLiteral("feeling must be a whole number from "
                                                           "-3 to 3"));
        note.feeling = int(f);
    } else if (note.kind == NoteKind::Feeling) {
        note.feeling = 0;
    }
    note.author = p.name;
    const Journey *j = m_document->project().journey(m_journeyId);
    if (!j) return HttpResponse::error(410, QStringLiteral("the journey was removed"));
    if (j->stageIndex(note.stageId) < 0)
        return HttpResponse::error(400, QStringLiteral("stage must be the id of a stage"));
    const Id id = m_document->receiveNote(m_journeyId, note);
    if (id.isNull()) {
        const QString why = m_document->refusalReason();
        // An empty note is the sender's mistake; a file that cannot be written is ours.
        return HttpResponse::error(note.text.trimmed().isEmpty() ? 400 : 503, why);
    }
    p.noteTimes.append(now);
    m_noteAuthors.insert(id, token);
    if (m_acceptAll) {
        // Into the lane of its kind when the journey has one, else the first lane.
        const Journey *jj = m_document->project().journey(m_journeyId);
        Id lane = jj->laneFor(note.kind);
        if (lane.isNull() && !jj->lanes.isEmpty()) lane = jj->lanes.first().id;
        if (!lane.isNull()) m_document->acceptNote(m_journeyId, id, {note.stageId, lane, -1});
    }
    emit noteReceived(id);
    return HttpResponse::json(201, {{QStringLiteral("id"), idToString(id)}});
}

HttpResponse WorkshopSession::vote(const QString &token, const HttpRequest &request, bool withdraw)
{
    bool ok = false;
    const QJsonObject body = parseBody(request, &ok);
    if (!ok) return HttpResponse::error(400, QStringLiteral("the body must be a JSON object"));
    const Id roundId = idFrom(body.value(QStringLiteral("round")));
    const Id cardId = idFrom(body.value(QStringLiteral("card")));
    const Journey *j = m_document->project().journey(m_journeyId);
    const VoteRound *r = j ? j->round(roundId) : nullptr;
    if (!r) return HttpResponse::error(404, QStringLiteral("no such voting round"));
    if (!r->isOpen()) return HttpResponse::error(409, QStringLiteral("the round is closed"));
    if (!r->cards.contains(cardId))
        return HttpResponse::error(400, QStringLiteral("the card is not part of this round"));
    const QString voter = voterFor(m_participants.value(token), *r);
    const bool done = withdraw
                          ? m_document->withdrawVote(m_journeyId, roundId, cardId, voter)
                          : !m_document->castVote(m_journeyId, roundId, cardId, voter).isNull();
    if (!done) return HttpResponse::error(409, m_document->refusalReason());
    const Journey *after = m_document->project().journey(m_journeyId);
    return HttpResponse::json(
        withdraw ? 200 : 201,
        {{QStringLiteral("dotsLeft"), r->dotsPerPerson - after->dotsGiven(roundId, voter)}});
}

bool WorkshopSession::acceptsSocket(const HttpRequest &request, QString *token, QString *why) const
{
    *token = request.queryValue(QStringLiteral("token"));
    if (!m_participants.contains(*token)) {
        *why = QStringLiteral("unknown token");
        return false;
    }
    if (!hostAllowed(request)) {
        *why = QStringLiteral("unknown Host");
        return false;
    }
    // Browsers always send Origin with a WebSocket; it must be our own page.
    const QString origin = QString::fromLatin1(request.header("origin")).toLower();
    if (!m_authority.isEmpty() && origin != QStringLiteral("http://") + m_authority) {
        *why = QStringLiteral("Origin %1 is not the workshop's page").arg(origin);
        return false;
    }
    return true;
}

QJsonObject WorkshopSession::helloEvent(const QString &token) const
{
    const QJsonObject round = roundJson(token);
    return {{QStringLiteral("type"), QStringLiteral("hello")},
            {QStringLiteral("timer"), timerJson()},
            {QStringLiteral("round"), round.isEmpty() ? QJsonValue() : QJsonValue(round)}};
}

int WorkshopSession::timerRemaining() const
{
    if (m_timerRunning)
        return int(std::max<qint64>(0, m_timerEndsAt - m_clock.elapsed()) + 999) / 1000;
    return (m_timerPausedLeft + 999) / 1000;
}

void WorkshopSession::announceTimer()
{
    emit timerChanged();
    emit socketEvent(
        {{QStringLiteral("type"), QStringLiteral("timer")}, {QStringLiteral("timer"), timerJson()}},
        QString());
}

void WorkshopSession::startTimer(int seconds)
{
    m_timerDuration = std::clamp(seconds, 1, 24 * 3600);
    m_timerEndsAt = m_clock.elapsed() + qint64(m_timerDuration) * 1000;
    m_timerPausedLeft = 0;
    m_timerRunning = true;
    announceTimer();
}

void WorkshopSession::pauseTimer()
{
    if (!m_timerRunning) return;
    m_timerPausedLeft = int(std::max<qint64>(0, m_timerEndsAt - m_clock.elapsed()));
    m_timerRunning = false;
    announceTimer();
}

void WorkshopSession::resumeTimer()
{
    if (m_timerRunning || m_timerPausedLeft <= 0) return;
    m_timerEndsAt = m_clock.elapsed() + m_timerPausedLeft;
    m_timerPausedLeft = 0;
    m_timerRunning = true;
    announceTimer();
}

void WorkshopSession::addMinute()
{
    if (m_timerRunning)
        m_timerEndsAt += 60'000;
    else
        m_timerPausedLeft += 60'000;
    m_timerDuration += 60;
    announceTimer();
}

void WorkshopSession::stopTimer()
{
    m_timerRunning = false;
    m_timerPausedLeft = 0;
    m_timerDuration = 0;
    announceTimer();
}

void WorkshopSession::announceRound()
{
    // Each participant has their own dots left; the round goes to each socket's owner.
    for (auto it = m_participants.cbegin(); it != m_participants.cend(); ++it) {
        const QJsonObject round = roundJson(it.key());
        emit socketEvent(
            {{QStringLiteral("type"), QStringLiteral("round")},
             {QStringLiteral("round"), round.isEmpty() ? QJsonValue() : QJsonValue(round)}},
            it.key());
    }
    // Results of the round that closed last go to everyone.
    const Journey *j = m_document ? m_document->project().journey(m_journeyId) : nullptr;
    if (!j || j->rounds.isEmpty() || j->rounds.constLast().isOpen()) return;
    const VoteRound &last = j->rounds.constLast();
    const QHash<Id, int> counts = j->voteCounts(last.id);
    QJsonArray results;
    for (const Id &id : last.cards)
        if (const Card *c = j->card(id))
            results.append(QJsonObject{{QStringLiteral("card"), idToString(id)},
                                       {QStringLiteral("text"), c->text.left(300)},
                                       {QStringLiteral("votes"), counts.value(id)}});
    emit socketEvent({{QStringLiteral("type"), QStringLiteral("results")},
                      {QStringLiteral("round"), idToString(last.id)},
                      {QStringLiteral("question"), last.question},
                      {QStringLiteral("results"), results}},
                     QString());
}

void WorkshopSession::announceNote(const Id &noteId)
{
    const QString token = m_noteAuthors.value(noteId);
    const Journey *j = m_document ? m_document->project().journey(m_journeyId) : nullptr;
    if (token.isEmpty() || !j) return;
    for (const InboxNote &n : j->notes)
        if (n.id == noteId)
            emit socketEvent({{QStringLiteral("type"), QStringLiteral("note")},
                              {QStringLiteral("id"), idToString(noteId)},
                              {QStringLiteral("state"), toKey(n.state)}},
                             token);
}

} // namespace waymark
