// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop tests' HTTP client: one JSON request, waited for with the event loop running
// (the server may share the thread), bounded in time.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace waymark::test {

struct Reply
{
    int status = 0;
    QJsonObject body;
};

inline Reply call(QNetworkAccessManager &net, const QByteArray &method, const QUrl &url,
                  const QJsonObject &body = {}, const QString &token = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + token.toLatin1());
    QNetworkReply *reply =
        method == "GET" ? net.get(request)
                        : net.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) done.wait(10'000);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return r;
}

} // namespace waymark::test
