// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardclipboard.h"

#include "model/modeljson.h"
#include "trcontexts.h"

#include <algorithm>
#include <climits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <tuple>

namespace waymark::CardClipboard {

namespace {

constexpr int FormatVersion = 1;

// The copied cards in reading order: stage by stage, lane by lane, then within the cell.
QList<const Card *> ordered(const Journey &journey, const QList<Id> &cardIds)
{
    QList<const Card *> cards;
    for (const Id &id : cardIds)
        if (const Card *c = journey.card(id)) cards.append(c);
    std::sort(cards.begin(), cards.end(), [&](const Card *a, const Card *b) {
        return std::make_tuple(journey.stageIndex(a->stageId), journey.laneIndex(a->laneId),
                               a->order) < std::make_tuple(journey.stageIndex(b->stageId),
                                                           journey.laneIndex(b->laneId), b->order);
    });
    return cards;
}

} // namespace

QString mimeType()
{
    return QStringLiteral("application/x-waymark-cards");
}

QByteArray encode(const Project &project, const Journey &journey, const QList<Id> &cardIds)
{
    const QList<const Card *> cards = ordered(journey, cardIds);
    int firstStage = INT_MAX, firstLane = INT_MAX;
    for (const Card *c : cards) {
        firstStage = std::min(firstStage, journey.stageIndex(c->stageId));
        firstLane = std::min(firstLane, journey.laneIndex(c->laneId));
    }
    QJsonArray list, images, arrows;
    QSet<Id> imageIds;
    QHash<Id, int> place;
    for (const Card *c : cards)
        place.insert(c->id, int(place.size()));
    for (const Connection &a : journey.connections)
        if (place.contains(a.from) && place.contains(a.to))
            arrows.append(QJsonObject{{QStringLiteral("from"), place.value(a.from)},
                                      {QStringLiteral("to"), place.value(a.to)},
                                      {QStringLiteral("label"), a.label}});
    for (const Card *c : cards) {
        QJsonObject o = ModelJson::cardContent(*c);
        o.insert(QStringLiteral("stage"), journey.stageIndex(c->stageId) - firstStage);
        o.insert(QStringLiteral("lane"), journey.laneIndex(c->laneId) - firstLane);
        if (!c->imageId.isNull()) imageIds.insert(c->imageId);
        list.append(o);
    }
    for (const Image &image : project.images)
        if (imageIds.contains(image.id))
            images.append(
                QJsonObject{{QStringLiteral("id"), idToString(image.id)},
                            {QStringLiteral("mimeType"), image.mimeType},
                            {QStringLiteral("width"), image.width},
                            {QStringLiteral("height"), image.height},
                            {QStringLiteral("data"), QString::fromLatin1(image.data.toBase64())}});
    return QJsonDocument(QJsonObject{{QStringLiteral("waymarkCards"), FormatVersion},
                                     {QStringLiteral("cards"), list},
                                     {QStringLiteral("images"), images},
                                     {QStringLiteral("arrows"), arrows}})
        .toJson(QJsonDocument::Compact);
}

std::optional<Content> decode(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !root.value(QStringLiteral("cards")).isArray()) {
        *error = Clipboard::tr("The clipboard does not hold Waymark cards.");
        return std::nullopt;
    }
    if (root.value(QStringLiteral("waymarkCards")).toInt() > FormatVersion) {
        *error = Clipboard::tr("The cards come from a newer version of Waymark.");
        return std::nullopt;
    }
    Content content;
    QSet<Id> imageIds;
    for (const QJsonValue &v : root.value(QStringLiteral("images")).toArray()) {
        const QJsonObject o = v.toObject();
        Image image;
        image.id = idFromString(o.value(QStringLiteral("id")).toString());
        image.mimeType = o.value(QStringLiteral("mimeType")).toString();
        image.width = o.value(QStringLiteral("width")).toInt();
        image.height = o.value(QStringLiteral("height")).toInt();
        image.data = QByteArray::fromBase64(o.value(QStringLiteral("data")).toString().toLatin1());
        if (image.id.isNull() || image.data.isEmpty()) continue;
        imageIds.insert(image.id);
        content.images.append(image);
    }
    const QJsonArray cards = root.value(QStringLiteral("cards")).toArray();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QJsonObject o = cards[i].toObject();
        Entry e;
        Card &c = e.card;
        if (!ModelJson::readCardContent(o, &c)) {
            *error = Clipboard::tr("Card %1 on the clipboard is damaged.").arg(i + 1);
            return std::nullopt;
        }
        if (!imageIds.contains(c.imageId)) c.imageId = Id();
        e.stageOffset = std::clamp(o.value(QStringLiteral("stage")).toInt(), 0, 10000);
        e.laneOffset = std::clamp(o.value(QStringLiteral("lane")).toInt(), 0, 10000);
        content.entries.append(e);
    }
    if (content.entries.isEmpty()) {
        *error = Clipboard::tr("The clipboard holds no cards.");
        return std::nullopt;
    }
    // Arrows that do not join two different copied cards are left out.
    const int n = int(content.entries.size());
    for (const QJsonValue &v : root.value(QStringLiteral("arrows")).toArray()) {
        const QJsonObject o = v.toObject();
        const int from = o.value(QStringLiteral("from")).toInt(-1),
                  to = o.value(QStringLiteral("to")).toInt(-1);
        if (from >= 0 && to >= 0 && from < n && to < n && from != to)
            content.arrows.append({from, to, o.value(QStringLiteral("label")).toString()});
    }
    return content;
}

QString toPlainText(const Journey &journey, const QList<Id> &cardIds)
{
    QStringList lines;
    for (const Card *c : ordered(journey, cardIds))
        lines.append(c->text.simplified());
    return lines.join(QLatin1Char('\n'));
}

QList<Card> fromPlainText(const QString &text, int maxCards)
{
    QList<Card> cards;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty()) continue;
        Card c;
        c.text = t;
        cards.append(c);
        if (cards.size() >= maxCards) break;
    }
    return cards;
}

} // namespace waymark::CardClipboard
