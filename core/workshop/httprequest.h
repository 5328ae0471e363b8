// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace waymark {

// One HTTP/1.1 request as the workshop server reads it. Header names are lower case.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // without the query
    QByteArray query; // after '?', undecoded
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    // A query parameter, percent-decoded.
    QString queryValue(const QString &name) const;
};

// Reads a request from bytes as they arrive, within fixed limits: a stranger's phone (or
// a port scanner) may send anything. Incremental: feed() what came, then look at state().
class HttpRequestParser
{
public:
    static constexpr qsizetype MaxHeaderBytes = 8 * 1024;
    static constexpr qsizetype MaxBodyBytes = 16 * 1024;
    static constexpr int MaxHeaders = 64;

    enum class State
    {
        Incomplete,
        Complete,
        Failed // status() and reason() say why
    };

    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    const HttpRequest &request() const { return m_request; }
    int status() const { return m_status; }
    QString reason() const { return m_reason; }
    // The bytes of the request line and headers (for handing a WebSocket upgrade on).
    qsizetype headerLength() const { return m_headerLength; }

private:
    State fail(int status, const QString &reason);
    bool parseHead(const QByteArray &head);

    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::Incomplete;
    qsizetype m_headerLength = -1;
    qsizetype m_bodyLength = 0;
    int m_status = 0;
    QString m_reason;
};

} // namespace waymark
