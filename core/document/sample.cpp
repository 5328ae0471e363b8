// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates.h"
#include "trcontexts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

namespace waymark {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

// A small illustration for image cards, drawn rather than shipped as a binary: a letter, a
// router or an e-mail, as the card shows.
Image drawIllustration(const QColor &colour, const QString &kind)
{
    QImage image(320, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xf4, 0xf6, 0xf8));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = colour.darker(160);
    if (kind == u"router") {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(60, 90, 200, 60), 14, 14);
        p.setBrush(Qt::white);
        for (int i = 0; i < 4; ++i)
            p.drawEllipse(QPointF(95 + i * 22, 120), 6, 6);
        p.setPen(QPen(ink, 6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(110, 90), QPointF(90, 40));
        p.drawLine(QPointF(210, 90), QPointF(230, 40));
    } else {
        // An envelope; a letter shows its sheet, an e-mail its @.
        const QRectF envelope(70, 60, 180, 110);
        if (kind == u"letter") {
            p.setPen(QPen(QColor(0xc8, 0xce, 0xd6), 2));
            p.setBrush(Qt::white);
            p.drawRect(QRectF(95, 25, 130, 110));
            p.setPen(QPen(QColor(0x9a, 0xa4, 0xae), 4, Qt::SolidLine, Qt::RoundCap));
            for (int i = 0; i < 4; ++i)
                p.drawLine(QPointF(112, 45 + i * 14), QPointF(i == 3 ? 170 : 208, 45 + i * 14));
        }
        p.setPen(QPen(ink, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(colour);
        p.drawRect(envelope);
        p.drawPolyline(QPolygonF(
            {envelope.topLeft(), envelope.center() + QPointF(0, 8), envelope.topRight()}));
        if (kind == u"email") {
            QFont at = p.font();
            at.setPixelSize(44);
            at.setBold(true);
            p.setFont(at);
            p.setPen(Qt::white);
            p.drawText(envelope.adjusted(0, 30, 0, 0), Qt::AlignCenter, QStringLiteral("@"));
        }
    }
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return {newId(), QStringLiteral("image/png"), image.width(), image.height(), png};
}

} // namespace

bool projectFromJson(const QByteArray &json, Project *project, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Sample::tr("not valid JSON at offset %1 (%2)")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    Project p;
    p.info.title = root.value(QStringLiteral("title")).toString();
    p.info.client = root.value(QStringLiteral("client")).toString();
    p.info.author = root.value(QStringLiteral("author")).toString();
    p.info.language = root.value(QStringLiteral("language")).toString(QStringLiteral("en"));
    p.info.created = p.info.modified = QDateTime::currentDateTimeUtc();

    QHash<QString, Id> personaKeys;
    for (const QJsonValue &v : root.value(QStringLiteral("personas")).toArray()) {
        const QJsonObject o = v.toObject();
        Persona x;
        x.id = newId();
        x.name = o.value(QStringLiteral("name")).toString();
        if (o.contains(QStringLiteral("age"))) x.age = o.value(QStringLiteral("age")).toInt();
        x.role = o.value(QStringLiteral("role")).toString();
        x.location = o.value(QStringLiteral("location")).toString();
        x.family = o.value(QStringLiteral("family")).toString();
        x.segment = o.value(QStringLiteral("segment")).toString();
        x.quote = o.value(QStringLiteral("quote")).toString();
        x.bio = o.value(QStringLiteral("bio")).toString();
        x.goals = strings(o.value(QStringLiteral("goals")));
        x.needs = strings(o.value(QStringLiteral("needs")));
        x.frustrations = strings(o.value(QStringLiteral("frustrations")));
        x.values = strings(o.value(QStringLiteral("values")));
        x.behaviours = strings(o.value(QStringLiteral("behaviours")));
        x.tags = strings(o.value(QStringLiteral("tags")));
        for (const QString &key : strings(o.value(QStringLiteral("channels")))) {
            Channel c;
            if (!fromKey(key, &c)) {
                *error = Sample::tr("persona \"%1\": unknown channel \"%2\"").arg(x.name, key);
                return false;
            }
            x.channels.append(c);
        }
        for (const QJsonValue &t : o.value(QStringLiteral("traits")).toArray())
            x.traits.append(
                {t[QStringLiteral("name")].toString(), t[QStringLiteral("value")].toInt(3)});
        x.colour = QColor::fromString(o.value(QStringLiteral("colour")).toString());
        personaKeys.insert(o.value(QStringLiteral("key")).toString(), x.id);
        p.personas.append(x);
    }

    for (const QJsonValue &jv : root.value(QStringLiteral("journeys")).toArray()) {
        const QJsonObject jo = jv.toObject();
        Journey j;
        j.id = newId();
        j.name = jo.value(QStringLiteral("name")).toString();
        j.goal = jo.value(QStringLiteral("goal")).toString();
        if (!fromKey(jo.value(QStringLiteral("state")).toString(QStringLiteral("current")),
                     &j.state)) {
            *error = Sample::tr("journey \"%1\": unknown state").arg(j.name);
            return false;
        }
        for (const QString &key : strings(jo.value(QStringLiteral("personas"))))
            j.personaIds.append(personaKeys.value(key));
        for (const QJsonValue &sv : jo.value(QStringLiteral("stages")).toArray()) {
            const QJsonObject so = sv.toObject();
            j.stages.append({newId(), so.value(QStringLiteral("name")).toString(),
                             so.value(QStringLiteral("description")).toString(),
                             QColor::fromString(so.value(QStringLiteral("colour")).toString()),
                             so.value(QStringLiteral("moment_of_truth")).toBool(), 0});
        }
        for (const QJsonValue &lv : jo.value(QStringLiteral("lanes")).toArray()) {
            const QJsonObject lo = lv.toObject();
            Lane lane{
                newId(), LaneKind::Notes, lo.value(QStringLiteral("title")).toString(), {}, 0};
            if (!fromKey(lo.value(QStringLiteral("kind")).toString(), &lane.kind)) {
                *error = Sample::tr("journey \"%1\": unknown lane kind \"%2\"")
                             .arg(j.name, lo.value(QStringLiteral("kind")).toString());
                return false;
            }
            lane.hint = lo.contains(QStringLiteral("hint"))
                            ? lo.value(QStringLiteral("hint")).toString()
                            : laneHint(lane.kind, p.info.language);
            j.lanes.append(lane);
        }
        if (j.stages.isEmpty() || j.lanes.isEmpty()) {
            *error = Sample::tr("journey \"%1\" needs stages and lanes").arg(j.name);
            return false;
        }
        const QJsonArray cardList = jo.value(QStringLiteral("cards")).toArray();
        for (const QJsonValue &cv : cardList) {
            const QJsonObject co = cv.toObject();
            const int s = co.value(QStringLiteral("stage")).toInt(-1);
            const int l = co.value(QStringLiteral("lane")).toInt(-1);
            if (s < 0 || s >= j.stages.size() || l < 0 || l >= j.lanes.size()) {
                *error = Sample::tr("journey \"%1\": a card lies outside the map").arg(j.name);
                return false;
            }
            Card c;
            c.id = newId();
            c.stageId = j.stages[s].id;
            c.laneId = j.lanes[l].id;
            c.order = j.cellSize(c.stageId, c.laneId);
            c.text = co.value(QStringLiteral("text")).toString();
            c.notes = co.value(QStringLiteral("notes")).toString();
            c.tags = strings(co.value(QStringLiteral("tags")));
            c.touchpointKey = co.value(QStringLiteral("touchpoint")).toString();
            c.personaId = personaKeys.value(co.value(QStringLiteral("persona")).toString());
            if (co.contains(QStringLiteral("emotion")))
                c.emotion =
                    std::clamp(co.value(QStringLiteral("emotion")).toInt(), MinEmotion, MaxEmotion);
            const QString channel = co.value(QStringLiteral("channel")).toString();
            const QString evidence =
                co.value(QStringLiteral("evidence")).toString(QStringLiteral("assumed"));
            if (!fromKey(channel, &c.channel) || !fromKey(evidence, &c.evidence)) {
                *error = Sample::tr("card \"%1\": unknown channel or evidence").arg(c.text);
                return false;
            }
            if (co.contains(QStringLiteral("image"))) {
                Image img =
                    drawIllustration(j.stages[s].colour.isValid() ? j.stages[s].colour.darker(140)
                                                                  : QColor(0x4a, 0x78, 0xb0),
                                     co.value(QStringLiteral("image")).toString());
                c.imageId = img.id;
                p.images.append(img);
            }
            // An opportunity's customer value, business value and effort.
            const QJsonArray scores = co.value(QStringLiteral("scores")).toArray();
            if (scores.size() == 3) {
                c.customerValue = std::clamp(scores[0].toDouble(3), Card::MinScore, Card::MaxScore);
                c.businessValue = std::clamp(scores[1].toDouble(3), Card::MinScore, Card::MaxScore);
                c.effort = std::clamp(scores[2].toDouble(3), Card::MinScore, Card::MaxScore);
            }
            j.cards.append(c);
        }
        // What opportunities address: other cards of the journey, by their place in the list.
        for (qsizetype i = 0; i < cardList.size(); ++i)
            for (const QJsonValue &a :
                 cardList[i].toObject().value(QStringLiteral("addresses")).toArray())
                if (const int k = a.toInt(-1); k >= 0 && k < j.cards.size() && k != i)
                    j.cards[i].addresses.append(j.cards[k].id);
        p.journeys.append(j);
    }
    *project = std::move(p);
    return true;
}

bool sampleProject(const QString &language, Project *project, QString *error)
{
    const QString lang = contentLanguages().contains(language) ? language : QStringLiteral("en");
    QFile file(QStringLiteral(":/waymark/samples/contract-renewal.%1.json").arg(lang));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Sample::tr("the bundled sample is missing");
        return false;
    }
    return projectFromJson(file.readAll(), project, error);
}

} // namespace waymark
