// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "httprequest.h"
#include "model/model.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace waymark {

class Document;

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse error(int status, const QString &message);
};

// A workshop on one journey of a document: the participants, their tokens and limits, the
// timer, and the HTTP API of PROTOCOL.md as a function from request to response. The
// network lives in WorkshopServer; this class is what tests and the fuzzer talk to directly.
class WorkshopSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxParticipants = 200;
    static constexpr int NotesPerMinute = 30;
    static constexpr int WrongCodesPerMinute = 20; // per address, then 429

    WorkshopSession(Document *document, const Id &journeyId, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    Id journeyId() const { return m_journeyId; }
    // Six characters of an alphabet without look-alikes (no 0/O, 1/I/L).
    QString joinCode() const { return m_joinCode; }
    void setJoinCode(const QString &code) { m_joinCode = code.toUpper(); }
    static QString randomJoinCode();
    // Notes become cards at once (waymark-cli workshop --accept-all).
    void setAcceptAll(bool on) { m_acceptAll = on; }
    // The host:port participants reach the server at; Host and Origin must name it.
    void setAuthority(const QString &hostPort) { m_authority = hostPort.toLower(); }
    QString authority() const { return m_authority; }
    int participantCount() const { return int(m_participants.size()); }
    QStringList participantNames() const;

    // `peer` identifies the client for the wrong-code limit (its address).
    HttpResponse handle(const HttpRequest &request, const QString &peer);
    // Whether a WebSocket may open: a known token and the server's own Origin and Host.
    // On refusal, `why` says what was wrong.
    bool acceptsSocket(const HttpRequest &request, QString *token, QString *why) const;
    // The state a newly connected socket receives first.
    QJsonObject helloEvent(const QString &token) const;

    // ---- the timer, shown on every phone ----
    void startTimer(int seconds);
    void pauseTimer();
    void resumeTimer();
    void addMinute();
    void stopTimer();
    bool timerRunning() const { return m_timerRunning; }
    // Seconds left (0 when none or over).
    int timerRemaining() const;
    int timerDuration() const { return m_timerDuration; }
    QJsonObject timerJson() const;

    // Call after the facilitator opens, closes a round or accepts a note, so phones follow.
    void announceRound();
    void announceNote(const Id &noteId);

signals:
    // A JSON event for every socket (`token` empty) or one participant's sockets.
    void socketEvent(const QJsonObject &event, const QString &token);
    void noteReceived(const waymark::Id &noteId);
    void participantsChanged();
    void timerChanged();

private:
    struct Participant
    {
        QString name;  // as shown to the facilitator; empty when anonymous
        QString voter; // unique in the session: the name, or a pseudonym
        QString pseudonym;
        QList<qint64> noteTimes; // ms, for the per-minute limit
    };
    HttpResponse join(const HttpRequest &request, const QString &peer);
    HttpResponse addNote(const QString &token, const HttpRequest &request);
    HttpResponse vote(const QString &token, const HttpRequest &request, bool withdraw);
    HttpResponse journeyInfo(const QString &token) const;
    QString tokenOf(const HttpRequest &request) const;
    bool hostAllowed(const HttpRequest &request) const;
    QJsonObject roundJson(const QString &token) const;
    QString voterFor(const Participant &p, const VoteRound &round) const;
    void announceTimer();

    QPointer<Document> m_document;
    Id m_journeyId;
    QString m_joinCode;
    QString m_authority;
    bool m_acceptAll = false;
    QHash<QString, Participant> m_participants; // by token
    QHash<QString, QList<qint64>> m_wrongCodes; // by peer address
    QHash<Id, QString> m_noteAuthors;           // note id -> token of its sender
    QElapsedTimer m_clock;
    int m_timerDuration = 0;   // seconds
    qint64 m_timerEndsAt = 0;  // m_clock ms while running
    int m_timerPausedLeft = 0; // ms left while paused
    bool m_timerRunning = false;
};

} // namespace waymark
