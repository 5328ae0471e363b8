// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop server's request reader and API: any bytes, delivered in pieces, give either
// a request within the limits or a refusal with a status; a request that is read is answered
// by the API with a status and (for errors) a JSON object, and the project file stays valid.
// "TOKEN" in the input stands for a participant's real token, "STAGE" for a real stage id.
#include "document/document.h"
#include "document/templates.h"
#include "fuzzutil.h"
#include "workshop/httprequest.h"
#include "workshop/workshopsession.h"

#include <cstdlib>
#include <QJsonDocument>
#include <QJsonObject>

using namespace waymark;

namespace {

struct World
{
    std::unique_ptr<Document> doc;
    std::unique_ptr<WorkshopSession> session;
    QByteArray token, stage;
};

World &world()
{
    static World w = [] {
        World x;
        Project p;
        QString error;
        sampleProject(QStringLiteral("en"), &p, &error);
        x.doc = Document::create(fuzz::scratch().filePath(QStringLiteral("ws.waymark")), p, &error);
        if (!x.doc) std::abort();
        const Journey &j = x.doc->project().journeys.first();
        x.session = std::make_unique<WorkshopSession>(x.doc.get(), j.id);
        x.session->setJoinCode(QStringLiteral("ABC234"));
        x.session->setAuthority(QStringLiteral("127.0.0.1:8470"));
        HttpRequest join;
        join.method = "POST";
        join.path = "/api/join";
        join.headers.insert("host", "127.0.0.1:8470");
        join.body = R"({"code":"ABC234","name":"fuzz"})";
        const HttpResponse r = x.session->handle(join, QStringLiteral("peer"));
        x.token = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString().toLatin1();
        x.stage = idToString(j.stages.first().id).toLatin1();
        return x;
    }();
    return w;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    World &w = world();
    const QByteArray bytes = fuzz::input(data, size).toByteArray();
    // In two pieces, split where the first byte says: the answer must not depend on it.
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(uchar(bytes[0])) % (bytes.size() + 1);
    HttpRequestParser whole, pieces;
    const auto a = whole.feed(bytes);
    auto b = pieces.feed(bytes.left(cut));
    if (b == HttpRequestParser::State::Incomplete) b = pieces.feed(bytes.mid(cut));
    if (a != b || whole.status() != pieces.status()) std::abort();
    if (a == HttpRequestParser::State::Failed &&
        (whole.status() < 400 || whole.status() > 499 || whole.reason().isEmpty()))
        std::abort();
    if (a != HttpRequestParser::State::Complete) return 0;
    HttpRequest request = whole.request();
    if (request.body.size() > HttpRequestParser::MaxBodyBytes ||
        whole.headerLength() > HttpRequestParser::MaxHeaderBytes + 4)
        std::abort();
    // The placeholders become real values after reading, so Content-Length stays right.
    for (QByteArray *part : {&request.body, &request.query}) {
        part->replace("TOKEN", w.token);
        part->replace("STAGE", w.stage);
    }
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
        it.value().replace("TOKEN", w.token);
    const HttpResponse r = w.session->handle(request, QStringLiteral("peer"));
    if (r.status < 200 || r.status > 599) std::abort();
    if (r.status >= 400 && !QJsonDocument::fromJson(r.body).isObject()) std::abort();
    if (!w.doc->saveError().isEmpty()) std::abort();
    return 0;
}
