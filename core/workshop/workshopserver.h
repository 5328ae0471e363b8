// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace waymark {

class HttpRequestParser;
class WorkshopSession;

// Serves a WorkshopSession over HTTP/1.1 and WebSockets on one address. Written on
// QTcpServer rather than Qt HttpServer 6.4, which reads a body of any size into memory and
// cannot look at a WebSocket's Origin, Host and token before it accepts the upgrade; here
// every limit holds before a byte is buffered past it. One request per connection.
class WorkshopServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxConnections = 512;
    static constexpr int RequestTimeoutMs = 10'000; // to send a whole request
    void setRequestTimeout(int ms) { m_requestTimeout = ms; }

    explicit WorkshopServer(WorkshopSession *session, QObject *parent = nullptr);
    ~WorkshopServer() override;

    // Listens on `address` (never "any" unless the caller chose it); port 0 picks one. On
    // failure `error` says why in words for the user (a port in use, an address not ours).
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close();
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // http://ADDRESS:PORT/ : what the QR code holds.
    QString url() const;
    int socketCount() const { return int(m_sockets.size()); }

    // The first private IPv4 address of an interface that is up (the room's Wi-Fi), else
    // 127.0.0.1; and every address one may choose from, as text.
    static QHostAddress defaultAddress();
    static QList<QHostAddress> candidateAddresses();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body,
                 const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    void onWebSocket();
    void send(const QJsonObject &event, const QString &token);

    WorkshopSession *m_session;
    QTcpServer *m_server;
    QWebSocketServer *m_webSockets;
    QHash<QWebSocket *, QString> m_sockets; // socket -> participant token
    QHash<QTcpSocket *, std::shared_ptr<HttpRequestParser>> m_parsers; // requests being read
    int m_connections = 0;
    int m_requestTimeout = RequestTimeoutMs;
};

} // namespace waymark
