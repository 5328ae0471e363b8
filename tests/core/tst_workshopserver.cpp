// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop server over a real network connection (127.0.0.1 only), with Qt's own HTTP
// and WebSocket clients. Every server lives in one test function and stops with it.
#undef QT_NO_CAST_FROM_ASCII
#include "../netutil.h"
#include "../testutil.h"
#include "document/document.h"
#include "document/templates.h"
#include "i18n.h"
#include "io/mapexport.h"
#include "storage/checker.h"
#include "workshop/workshopserver.h"
#include "workshop/workshopsession.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace waymark;
using namespace waymark::test;

namespace {

// Raw bytes to the server, the answer's status line back. The server shares this thread,
// so waiting spins the event loop (never a blocking waitFor...).
QByteArray rawStatus(quint16 port, const QByteArray &bytes, int waitMs = 5000)
{
    QTcpSocket s;
    QSignalSpy connected(&s, &QTcpSocket::connected);
    QSignalSpy closed(&s, &QTcpSocket::disconnected);
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(3000)) return "no connection";
    s.write(bytes);
    closed.wait(waitMs);
    const QByteArray answer = s.readAll();
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace

class TestWorkshopServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_file;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<WorkshopSession> m_session;
    std::unique_ptr<WorkshopServer> m_server;
    QUrl m_base;

    Id journey() const { return m_doc->project().journeys.first().id; }
    QString stage(int i) const
    {
        return idToString(m_doc->project().journeys.first().stages[i].id);
    }
    QString join(QNetworkAccessManager &net, const QString &name = {})
    {
        const Reply r = call(net, "POST", m_base.resolved(QUrl("/api/join")),
                             {{"code", m_session->joinCode()}, {"name", name}});
        return r.status == 200 ? r.body.value("token").toString() : QString();
    }
    QString origin() const { return QStringLiteral("http://") + m_session->authority(); }
    QUrl socketUrl(const QString &token) const
    {
        QUrl ws = m_base;
        ws.setScheme("ws");
        ws.setPath("/ws");
        ws.setQuery("token=" + token);
        return ws;
    }

private slots:
    void init()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        m_file = m_dir.filePath(QStringLiteral("net%1.waymark").arg(++m_counter));
        m_doc = Document::create(m_file, p, &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_session = std::make_unique<WorkshopSession>(m_doc.get(), journey());
        m_server = std::make_unique<WorkshopServer>(m_session.get());
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_base = QUrl(m_server->url());
    }
    void cleanup()
    {
        // Stops even when a test failed half-way.
        m_server.reset();
        m_session.reset();
        m_doc.reset();
    }

    void joinAddANoteAndFindItInTheFile()
    {
        QNetworkAccessManager net;
        QCOMPARE(call(net, "POST", m_base.resolved(QUrl("/api/join")), {{"code", "WRONG1"}}).status,
                 403);
        const QString token = join(net, "Anna");
        QVERIFY(!token.isEmpty());
        QCOMPARE(call(net, "POST", m_base.resolved(QUrl("/api/notes")),
                      {{"stage", stage(0)}, {"kind", "pain"}, {"text", "x"}})
                     .status,
                 401);
        QCOMPARE(call(net, "POST", m_base.resolved(QUrl("/api/notes")),
                      {{"stage", stage(0)}, {"kind", "pain"}, {"text", "x"}}, "forged")
                     .status,
                 401);
        const Reply added =
            call(net, "POST", m_base.resolved(QUrl("/api/notes")),
                 {{"stage", stage(1)}, {"kind", "pain"}, {"text", "<script>alert('x')</script>"}},
                 token);
        QCOMPARE(added.status, 201);
        // Written before the 201: a second reader sees it now.
        OpenResult result;
        auto store = Store::open(m_file, Store::Access::ReadOnly, &result);
        Project back;
        QString error;
        QVERIFY(store && store->load(&back, &error));
        QCOMPARE(back.journeys.first().notes.size(), 1);
        QCOMPARE(back.journeys.first().notes.first().text,
                 QStringLiteral("<script>alert('x')</script>"));
        QCOMPARE(idToString(back.journeys.first().notes.first().id),
                 added.body.value("id").toString());
        // Too long, too large.
        QCOMPARE(call(net, "POST", m_base.resolved(QUrl("/api/notes")),
                      {{"stage", stage(1)}, {"kind", "idea"}, {"text", QString(501, 'y')}}, token)
                     .status,
                 413);
        QCOMPARE(call(net, "POST", m_base.resolved(QUrl("/api/notes")),
                      {{"stage", stage(1)}, {"kind", "idea"}, {"text", QString(20'000, 'y')}},
                      token)
                     .status,
                 413);
        QCOMPARE(m_doc->project().journeys.first().notes.size(), 1);
    }

    void fiftyParticipantsTwentyNotesEachArriveExactlyOnce()
    {
        QNetworkAccessManager net;
        QStringList tokens;
        for (int i = 0; i < 50; ++i)
            tokens.append(join(net, QStringLiteral("P%1").arg(i)));
        QVERIFY(!tokens.contains(QString()));
        // All at once: 1000 requests in flight, from several managers as from several phones.
        std::vector<std::unique_ptr<QNetworkAccessManager>> phones;
        for (int i = 0; i < 10; ++i)
            phones.push_back(std::make_unique<QNetworkAccessManager>());
        int pending = 0, created = 0;
        for (int p = 0; p < 50; ++p)
            for (int n = 0; n < 20; ++n) {
                QNetworkRequest request(m_base.resolved(QUrl("/api/notes")));
                request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
                request.setRawHeader("Authorization", "Bearer " + tokens[p].toLatin1());
                const QJsonObject body{{"stage", stage(n % 5)},
                                       {"kind", "idea"},
                                       {"text", QStringLiteral("note %1-%2").arg(p).arg(n)}};
                QNetworkReply *reply = phones[p % 10]->post(request, QJsonDocument(body).toJson());
                ++pending;
                connect(reply, &QNetworkReply::finished, this, [&, reply] {
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                        ++created;
                    --pending;
                    reply->deleteLater();
                });
            }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 120'000);
        QCOMPARE(created, 1000);
        OpenResult result;
        auto store = Store::open(m_file, Store::Access::ReadOnly, &result);
        Project back;
        QString error;
        QVERIFY(store && store->load(&back, &error));
        QSet<QString> texts;
        for (const InboxNote &n : back.journeys.first().notes)
            texts.insert(n.text);
        QCOMPARE(back.journeys.first().notes.size(), 1000);
        QCOMPARE(texts.size(), 1000);
    }

    void socketsNeedTheTokenAndOurOrigin()
    {
        QNetworkAccessManager net;
        const QString token = join(net, "Anna");
        const QUrl ws = socketUrl(token);
        // The right origin: hello, then the timer as it starts.
        QWebSocket good(origin());
        QSignalSpy messages(&good, &QWebSocket::textMessageReceived);
        good.open(ws);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10'000);
        QCOMPARE(QJsonDocument::fromJson(messages[0][0].toString().toUtf8())
                     .object()
                     .value("type")
                     .toString(),
                 QStringLiteral("hello"));
        m_session->startTimer(120);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, 10'000);
        const QJsonObject timer =
            QJsonDocument::fromJson(messages[1][0].toString().toUtf8()).object();
        QCOMPARE(timer.value("timer").toObject().value("remaining").toInt(), 120);
        // A page of another site may not listen in.
        for (const auto &[from, query] :
             {std::pair<QString, QString>{"http://evil.example", "token=" + token},
              {origin(), "token=forged"},
              {origin(), QString()}}) {
            QWebSocket bad(from);
            QSignalSpy badMessages(&bad, &QWebSocket::textMessageReceived);
            QSignalSpy closed(&bad, &QWebSocket::disconnected);
            QUrl url = ws;
            url.setQuery(query);
            bad.open(url);
            QTRY_VERIFY_WITH_TIMEOUT(
                closed.size() > 0 || bad.error() != QAbstractSocket::UnknownSocketError, 10'000);
            QCOMPARE(badMessages.size(), 0);
            QVERIFY(bad.state() != QAbstractSocket::ConnectedState);
        }
        // Reconnecting after Wi-Fi dropped: the token still works and the state comes again.
        good.close();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->socketCount(), 0, 10'000);
        QWebSocket again(origin());
        QSignalSpy againMessages(&again, &QWebSocket::textMessageReceived);
        again.open(ws);
        QTRY_COMPARE_WITH_TIMEOUT(againMessages.size(), 1, 10'000);
        const QJsonObject hello =
            QJsonDocument::fromJson(againMessages[0][0].toString().toUtf8()).object();
        QVERIFY(hello.value("timer").toObject().value("running").toBool());
    }

    void votesOverTheNetworkKeepToTheBudget()
    {
        QNetworkAccessManager net;
        const QString token = join(net, "Anna");
        const Journey &j = m_doc->project().journeys.first();
        VoteRound round;
        round.question = "Which pain points hurt most?";
        round.cards = {j.cards[0].id, j.cards[1].id};
        round.dotsPerPerson = 3;
        round.maxPerCard = 3;
        round.anonymous = false;
        const Id r = m_doc->openRound(journey(), round);
        QVERIFY(!r.isNull());
        const QJsonObject body{{"round", idToString(r)}, {"card", idToString(round.cards[0])}};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call(net, "POST", m_base.resolved(QUrl("/api/votes")), body, token).status,
                     201);
        const Reply over = call(net, "POST", m_base.resolved(QUrl("/api/votes")), body, token);
        QCOMPARE(over.status, 409);
        QVERIFY(over.body.value("error").toString().contains("No dots left"));
        QCOMPARE(m_doc->project().journeys.first().voteCounts(r).value(round.cards[0]), 3);
        QCOMPARE(m_doc->project().journeys.first().votes.first().voter, QStringLiteral("Anna"));
        const Reply info = call(net, "GET", m_base.resolved(QUrl("/api/journey")), {}, token);
        QCOMPARE(info.body.value("round").toObject().value("dotsLeft").toInt(), 0);
    }

    void rawRequestsMeetTheLimits()
    {
        const quint16 port = m_server->port();
        const QByteArray host = m_session->authority().toLatin1();
        QCOMPARE(rawStatus(port, "POST /api/notes HTTP/1.1\r\nHost: " + host +
                                     "\r\nContent-Length: 17000\r\n\r\n"),
                 QByteArray("HTTP/1.1 413 Content Too Large"));
        QCOMPARE(rawStatus(port, "GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n"),
                 QByteArray("HTTP/1.1 421 Misdirected Request"));
        QCOMPARE(rawStatus(port, "GET /ws HTTP/1.1\r\nHost: " + host +
                                     "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                     "Sec-WebSocket-Version: 13\r\n\r\n"),
                 QByteArray("HTTP/1.1 403 Forbidden"));
        QCOMPARE(rawStatus(port, QByteArray(20'000, 'A')),
                 QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        // A sender that never finishes holds nothing for long.
        m_server->setRequestTimeout(300);
        QCOMPARE(rawStatus(port, "GET / HTTP/1.1\r\nHost: " + host + "\r\n"),
                 QByteArray("HTTP/1.1 408 Request Timeout"));
    }

    void aRoomOfFifteenFromNotesToTheExportedVote()
    {
        // The "done when": 15 phones on the German sample add pain points, the
        // facilitator reveals and accepts them, everyone gives 3 dots, the PDF has the result.
        m_server.reset();
        m_session.reset();
        m_doc.reset();
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("de"), &p, &error));
        m_file = m_dir.filePath(QStringLiteral("room.waymark"));
        m_doc = Document::create(m_file, p, &error);
        m_session = std::make_unique<WorkshopSession>(m_doc.get(), journey());
        m_server = std::make_unique<WorkshopServer>(m_session.get());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, &error));
        m_base = QUrl(m_server->url());
        QNetworkAccessManager net;
        QStringList tokens;
        for (int i = 0; i < 15; ++i)
            tokens.append(join(net, QStringLiteral("Person %1").arg(i + 1)));
        QVERIFY(!tokens.contains(QString()));
        for (int i = 0; i < 15; ++i)
            QCOMPARE(call(net, "POST", m_base.resolved(QUrl("/api/notes")),
                          {{"stage", stage(i % 5)},
                           {"kind", "pain"},
                           {"text", QStringLiteral("Schmerz %1").arg(i + 1)}},
                          tokens[i])
                         .status,
                     201);
        const Id jid = journey();
        QList<Id> notes;
        for (const InboxNote &n : m_doc->project().journey(jid)->notes)
            notes.append(n.id);
        QCOMPARE(notes.size(), 15);
        QVERIFY(m_doc->setNoteState(jid, notes, NoteState::Revealed));
        const Id pains = m_doc->project().journey(jid)->laneFor(NoteKind::Pain);
        QVERIFY(!pains.isNull());
        for (const Id &id : notes) {
            const InboxNote *n = nullptr;
            for (const InboxNote &x : m_doc->project().journey(jid)->notes)
                if (x.id == id) n = &x;
            QVERIFY(!m_doc->acceptNote(jid, id, {n->stageId, pains, -1}).isNull());
        }
        VoteRound round;
        round.question = QStringLiteral("Welche Schmerzpunkte tun am meisten weh?");
        for (const Card &c : m_doc->project().journey(jid)->cards)
            if (c.laneId == pains) round.cards.append(c.id);
        const Id r = m_doc->openRound(jid, round);
        QVERIFY(!r.isNull());
        m_session->announceRound();
        const QList<Id> cards = m_doc->project().journey(jid)->round(r)->cards;
        for (int i = 0; i < 15; ++i)
            for (int d = 0; d < 3; ++d)
                QCOMPARE(call(net, "POST", m_base.resolved(QUrl("/api/votes")),
                              {{"round", idToString(r)}, {"card", idToString(cards[(i + d) % 4])}},
                              tokens[i])
                             .status,
                         201);
        QVERIFY(m_doc->closeRound(jid, r));
        QCOMPARE(m_doc->project().journey(jid)->votes.size(), 45);
        QCOMPARE(m_doc->project().journey(jid)->voterCount(r), 15);
        const QString pdf = m_dir.filePath(QStringLiteral("room.pdf"));
        QVERIFY2(MapExport::writePdf(m_doc->project(), {jid}, pdf, MapExportOptions(), &error),
                 qPrintable(error));
        QPdfDocument read;
        QCOMPARE(read.load(pdf), QPdfDocument::Error::None);
        const QString text = read.getAllText(read.pageCount() - 1).text();
        QVERIFY2(text.contains(QStringLiteral("Abstimmungsergebnisse")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Abstimmende: 15")));
        QVERIFY(checkProjectFile(m_file).problems.isEmpty());
    }

    void aPortInUseIsSaidClearly()
    {
        WorkshopSession other(m_doc.get(), journey());
        WorkshopServer second(&other);
        QString error;
        QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port(), &error));
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        QVERIFY(error.contains(QString::number(m_server->port())));
    }

    void aSocketThatSendsTooMuchIsClosed()
    {
        QNetworkAccessManager net;
        const QString token = join(net);
        const QUrl ws = socketUrl(token);
        QWebSocket socket(origin());
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        socket.open(ws);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10'000);
        socket.sendTextMessage(QString(100, 'x')); // small: read and ignored
        QTest::qWait(200);
        QCOMPARE(closed.size(), 0);
        socket.sendTextMessage(QString(5000, 'x')); // over 4 KB: the server hangs up
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->socketCount(), 0, 10'000);
    }

    void endingTheWorkshopClosesSockets()
    {
        QNetworkAccessManager net;
        const QString token = join(net);
        const QUrl ws = socketUrl(token);
        QWebSocket socket(origin());
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        socket.open(ws);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10'000);
        m_server->close();
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10'000);
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QVERIFY(!m_server->isListening());
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    installTranslations(&app, QStringLiteral("en"));
    TestWorkshopServer t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_workshopserver.moc"
