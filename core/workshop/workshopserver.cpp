// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopserver.h"

#include "httprequest.h"
#include "workshopsession.h"

#include <QJsonDocument>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

namespace waymark {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

WorkshopServer::WorkshopServer(WorkshopSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_server(new QTcpServer(this)),
      m_webSockets(
          new QWebSocketServer(QStringLiteral("Waymark"), QWebSocketServer::NonSecureMode, this))
{
    m_server->setMaxPendingConnections(64);
    connect(m_server, &QTcpServer::newConnection, this, &WorkshopServer::onNewConnection);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, &WorkshopServer::onWebSocket);
    connect(m_session, &WorkshopSession::socketEvent, this, &WorkshopServer::send);
}

WorkshopServer::~WorkshopServer()
{
    close();
}

bool WorkshopServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    if (!m_server->listen(address, port)) {
        *error = m_server->serverError() == QAbstractSocket::AddressInUseError
                     ? tr("Port %1 on %2 is in use by another program; choose another port.")
                           .arg(port)
                           .arg(address.toString())
                     : tr("Cannot listen on %1, port %2: %3")
                           .arg(address.toString())
                           .arg(port)
                           .arg(m_server->errorString());
        return false;
    }
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    m_session->setAuthority(QStringLiteral("%1:%2").arg(host).arg(m_server->serverPort()));
    return true;
}

void WorkshopServer::close()
{
    m_server->close();
    for (QWebSocket *s : m_sockets.keys()) {
        s->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the workshop has ended"));
        s->deleteLater();
    }
    m_sockets.clear();
}

bool WorkshopServer::isListening() const
{
    return m_server->isListening();
}

QHostAddress WorkshopServer::address() const
{
    return m_server->serverAddress();
}

quint16 WorkshopServer::port() const
{
    return m_server->serverPort();
}

QString WorkshopServer::url() const
{
    return QStringLiteral("http://%1/").arg(m_session->authority());
}

QList<QHostAddress> WorkshopServer::candidateAddresses()
{
    QList<QHostAddress> result;
    for (const QNetworkInterface &nif : QNetworkInterface::allInterfaces()) {
        const auto flags = nif.flags();
        if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning) ||
            (flags & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : nif.addressEntries())
            if (e.ip().protocol() == QAbstractSocket::IPv4Protocol) result.append(e.ip());
    }
    result.append(QHostAddress(QHostAddress::LocalHost));
    return result;
}

QHostAddress WorkshopServer::defaultAddress()
{
    for (const QHostAddress &a : candidateAddresses())
        if (a.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8) ||
            a.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12) ||
            a.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16))
            return a;
    return QHostAddress(QHostAddress::LocalHost);
}

void WorkshopServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        m_parsers.insert(socket, std::make_shared<HttpRequestParser>());
        connect(socket, &QObject::destroyed, this, [this, socket] {
            --m_connections;
            m_parsers.remove(socket);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A request must arrive whole within the time limit (a slow sender holds nothing).
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, [this, socket] {
            if (m_parsers.contains(socket))
                respond(socket, 408, "application/json", R"({"error":"request timeout"})");
        });
        timeout->start(m_requestTimeout);
        // The transaction keeps the bytes for QWebSocketServer if this is an upgrade.
        socket->startTransaction();
        onReadyRead(socket);
    }
}

void WorkshopServer::onReadyRead(QTcpSocket *socket)
{
    const std::shared_ptr<HttpRequestParser> parser = m_parsers.value(socket);
    if (!parser) return;
    const auto state = parser->feed(
        socket->read(HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes + 1));
    if (state == HttpRequestParser::State::Incomplete) return;
    m_parsers.remove(socket);
    if (state == HttpRequestParser::State::Failed) {
        socket->commitTransaction();
        respond(socket, parser->status(), "application/json",
                QJsonDocument(QJsonObject{{QStringLiteral("error"), parser->reason()}})
                    .toJson(QJsonDocument::Compact));
        return;
    }
    const HttpRequest &request = parser->request();
    if (request.path == "/ws") {
        QString token, why;
        if (request.header("upgrade").toLower() != "websocket") {
            socket->commitTransaction();
            respond(socket, 400, "application/json", R"({"error":"expected a WebSocket upgrade"})");
            return;
        }
        if (!m_session->acceptsSocket(request, &token, &why)) {
            socket->commitTransaction();
            respond(socket, 403, "application/json",
                    QJsonDocument(QJsonObject{{QStringLiteral("error"), why}})
                        .toJson(QJsonDocument::Compact));
            return;
        }
        // Give the handshake bytes back and hand the socket over.
        socket->rollbackTransaction();
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        for (QTimer *t : socket->findChildren<QTimer *>())
            t->stop();
        m_webSockets->handleConnection(socket);
        return;
    }
    socket->commitTransaction();
    const HttpResponse r = m_session->handle(request, socket->peerAddress().toString());
    respond(socket, r.status, r.contentType, request.method == "HEAD" ? QByteArray() : r.body,
            r.headers);
}

void WorkshopServer::respond(QTcpSocket *socket, int status, const QByteArray &type,
                             const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    m_parsers.remove(socket);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Type: " + type +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff"
                      "\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + body);
    socket->disconnectFromHost();
}

void WorkshopServer::onWebSocket()
{
    while (QWebSocket *ws = m_webSockets->nextPendingConnection()) {
        // The token was checked before the upgrade; it is in the request's URL.
        const QString token =
            QUrlQuery(ws->requestUrl()).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        ws->setMaxAllowedIncomingFrameSize(4096);
        ws->setMaxAllowedIncomingMessageSize(4096);
        m_sockets.insert(ws, token);
        connect(ws, &QWebSocket::disconnected, this, [this, ws] {
            m_sockets.remove(ws);
            ws->deleteLater();
        });
        ws->sendTextMessage(QString::fromUtf8(
            QJsonDocument(m_session->helloEvent(token)).toJson(QJsonDocument::Compact)));
    }
}

void WorkshopServer::send(const QJsonObject &event, const QString &token)
{
    const QString text = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it)
        if (token.isEmpty() || it.value() == token) it.key()->sendTextMessage(text);
}

} // namespace waymark
