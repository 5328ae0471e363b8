// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

#include <QUrlQuery>

namespace waymark {

QString HttpRequest::queryValue(const QString &name) const
{
    return QUrlQuery(QString::fromUtf8(query)).queryItemValue(name, QUrl::FullyDecoded);
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &reason)
{
    m_state = State::Failed;
    m_status = status;
    m_reason = reason;
    m_buffer.clear();
    return m_state;
}

bool HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1.")) {
        fail(400, QStringLiteral("not an HTTP/1 request line"));
        return false;
    }
    m_request.method = first[0];
    for (char c : m_request.method)
        if (c < 'A' || c > 'Z') {
            fail(400, QStringLiteral("bad method"));
            return false;
        }
    const QByteArray target = first[1];
    if (!target.startsWith('/')) {
        fail(400, QStringLiteral("the target must be a path"));
        return false;
    }
    const qsizetype q = target.indexOf('?');
    m_request.path = q < 0 ? target : target.left(q);
    m_request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty()) continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, QStringLiteral("a header line without a name"));
            return false;
        }
        if (m_request.headers.size() >= MaxHeaders) {
            fail(431, QStringLiteral("too many headers"));
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // A repeated Content-Length or Host is a smuggling attempt, not a list.
        if ((name == "content-length" || name == "host") && m_request.headers.contains(name)) {
            fail(400, QStringLiteral("a repeated %1 header").arg(QString::fromLatin1(name)));
            return false;
        }
        m_request.headers.insert(name, value);
    }
    if (m_request.headers.contains("transfer-encoding")) {
        fail(411, QStringLiteral("chunked bodies are not accepted; send Content-Length"));
        return false;
    }
    if (m_request.headers.contains("content-length")) {
        bool ok = false;
        const QByteArray text = m_request.header("content-length");
        const qlonglong n = text.toLongLong(&ok);
        if (!ok || n < 0 || text.startsWith('+')) {
            fail(400, QStringLiteral("a bad Content-Length"));
            return false;
        }
        if (n > MaxBodyBytes) {
            fail(413, QStringLiteral("the body is larger than %1 bytes").arg(MaxBodyBytes));
            return false;
        }
        m_bodyLength = n;
    }
    return true;
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state != State::Incomplete) return m_state;
    m_buffer += bytes;
    if (m_headerLength < 0) {
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype sep = 4;
        if (const qsizetype bare = m_buffer.indexOf("\n\n"); bare >= 0 && (end < 0 || bare < end)) {
            end = bare;
            sep = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                return fail(431, QStringLiteral("the request header is too large"));
            return m_state;
        }
        if (end > MaxHeaderBytes)
            return fail(431, QStringLiteral("the request header is too large"));
        m_headerLength = end + sep;
        if (!parseHead(m_buffer.left(end))) return m_state;
    }
    if (m_buffer.size() - m_headerLength < m_bodyLength) return m_state;
    m_request.body = m_buffer.mid(m_headerLength, m_bodyLength);
    m_state = State::Complete;
    return m_state;
}

} // namespace waymark
