// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcodec.h"

#include "model/modeljson.h"
#include "trcontexts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

namespace waymark::SnapshotCodec {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject journeyJson(const Journey &j)
{
    QJsonArray personas, stages, lanes, cards;
    for (const Id &p : j.personaIds)
        personas.append(idToString(p));
    for (const Stage &s : j.stages)
        stages.append(ModelJson::stage(s));
    for (const Lane &l : j.lanes)
        lanes.append(ModelJson::lane(l));
    // In cell order, so that reading them back gives each cell its order.
    for (const Stage &s : j.stages)
        for (const Lane &l : j.lanes)
            for (const Card *c : j.cellCards(s.id, l.id)) {
                QJsonObject o = ModelJson::cardContent(*c);
                o.insert(key("id"), idToString(c->id));
                o.insert(key("stage"), idToString(c->stageId));
                o.insert(key("lane"), idToString(c->laneId));
                if (!c->origin.isNull()) o.insert(key("origin"), idToString(c->origin));
                cards.append(o);
            }
    QJsonObject o{{key("id"), idToString(j.id)}, {key("name"), j.name},
                  {key("goal"), j.goal},         {key("state"), toKey(j.state)},
                  {key("owner"), j.owner},       {key("status"), toKey(j.status)},
                  {key("reviewDays"), j.reviewDays}, {key("personas"), personas},
                  {key("stages"), stages},       {key("lanes"), lanes},
                  {key("cards"), cards}};
    if (j.reviewed.isValid())
        o.insert(key("reviewed"), j.reviewed.toUTC().toString(Qt::ISODateWithMs));
    if (j.blueprint) o.insert(key("blueprint"), true);
    if (!j.connections.isEmpty()) {
        QJsonArray arrows;
        for (const Connection &c : j.connections)
            arrows.append(QJsonObject{{key("id"), idToString(c.id)},
                                      {key("from"), idToString(c.from)},
                                      {key("to"), idToString(c.to)},
                                      {key("label"), c.label}});
        o.insert(key("connections"), arrows);
    }
    return o;
}

bool readJourney(const QJsonObject &o, Journey *j)
{
    j->id = idFromString(o.value(key("id")).toString());
    j->name = o.value(key("name")).toString();
    j->goal = o.value(key("goal")).toString();
    if (j->id.isNull() || !fromKey(o.value(key("state")).toString(), &j->state)) return false;
    j->owner = o.value(key("owner")).toString();
    if (o.contains(key("status")) && !fromKey(o.value(key("status")).toString(), &j->status))
        return false;
    j->reviewDays = std::clamp(o.value(key("reviewDays")).toInt(), 0, Journey::MaxReviewDays);
    if (o.contains(key("reviewed")))
        j->reviewed = QDateTime::fromString(o.value(key("reviewed")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &p : o.value(key("personas")).toArray())
        j->personaIds.append(idFromString(p.toString()));
    for (const QJsonValue &v : o.value(key("stages")).toArray()) {
        Stage s;
        if (!ModelJson::readStage(v.toObject(), &s)) return false;
        j->stages.append(s);
    }
    for (const QJsonValue &v : o.value(key("lanes")).toArray()) {
        Lane l;
        if (!ModelJson::readLane(v.toObject(), &l)) return false;
        j->lanes.append(l);
    }
    QHash<std::pair<Id, Id>, int> cellSize;
    for (const QJsonValue &v : o.value(key("cards")).toArray()) {
        const QJsonObject c = v.toObject();
        Card card;
        if (!ModelJson::readCardContent(c, &card)) return false;
        card.id = idFromString(c.value(key("id")).toString());
        card.stageId = idFromString(c.value(key("stage")).toString());
        card.laneId = idFromString(c.value(key("lane")).toString());
        card.origin = idFromString(c.value(key("origin")).toString());
        if (card.id.isNull() || j->stageIndex(card.stageId) < 0 ||
            j->laneIndex(card.laneId) < 0)
            return false;
        card.order = cellSize[{card.stageId, card.laneId}]++;
        j->cards.append(card);
    }
    j->blueprint = o.value(key("blueprint")).toBool();
    if (j->blueprint) j->orderLanesByZone();
    for (const QJsonValue &v : o.value(key("connections")).toArray()) {
        const QJsonObject a = v.toObject();
        const Connection c{idFromString(a.value(key("id")).toString()),
                           idFromString(a.value(key("from")).toString()),
                           idFromString(a.value(key("to")).toString()),
                           a.value(key("label")).toString()};
        if (c.id.isNull() || !j->card(c.from) || !j->card(c.to) || c.from == c.to) return false;
        j->connections.append(c);
    }
    return true;
}

QString damaged()
{
    return Storage::tr("the snapshot is damaged");
}

} // namespace

QByteArray write(const Project &project, const Id &journeyId)
{
    QJsonArray journeys, personas, metrics, values;
    QSet<Id> targets, shownPersonas;
    for (const Journey &j : project.journeys) {
        if (!journeyId.isNull() && j.id != journeyId) continue;
        journeys.append(journeyJson(j));
        targets.insert(j.id);
        for (const Stage &s : j.stages)
            targets.insert(s.id);
        for (const Card &c : j.cards) {
            targets.insert(c.id);
            shownPersonas.insert(c.personaId);
        }
        for (const Id &p : j.personaIds)
            shownPersonas.insert(p);
    }
    for (const Persona &p : project.personas)
        if (shownPersonas.contains(p.id)) {
            QJsonObject o{{key("id"), idToString(p.id)},
                          {key("name"), p.name},
                          {key("segment"), p.segment}};
            if (p.colour.isValid()) o.insert(key("colour"), p.colour.name());
            personas.append(o);
        }
    for (const MetricDefinition &m : project.metrics)
        metrics.append(ModelJson::metric(m));
    for (const Observation &o : project.observations)
        if (targets.contains(o.targetId))
            values.append(QJsonObject{{key("metric"), idToString(o.metricId)},
                                      {key("targetKind"), toKey(o.targetKind)},
                                      {key("target"), idToString(o.targetId)},
                                      {key("period"), o.period},
                                      {key("segment"), o.segment},
                                      {key("value"), o.value}});
    const QJsonObject root{{key("waymarkSnapshot"), FormatVersion},
                           {key("title"), project.info.title},
                           {key("language"), project.info.language},
                           {key("journeys"), journeys},
                           {key("personas"), personas},
                           {key("metrics"), metrics},
                           {key("observations"), values}};
    return qCompress(QJsonDocument(root).toJson(QJsonDocument::Compact), 6);
}

bool read(const QByteArray &content, Project *out, QString *error)
{
    // qCompress puts the unpacked size first (big-endian); refuse to believe a huge one.
    if (content.size() < 4 ||
        qFromBigEndian<quint32>(content.constData()) > quint64(MaxContentBytes)) {
        *error = damaged();
        return false;
    }
    const QByteArray json = qUncompress(content);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (json.isEmpty() || parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !root.value(key("waymarkSnapshot")).isDouble()) {
        *error = damaged();
        return false;
    }
    if (root.value(key("waymarkSnapshot")).toInt() > FormatVersion) {
        *error = Storage::tr("the snapshot was taken by a newer version of Waymark");
        return false;
    }
    Project p;
    p.info.title = root.value(key("title")).toString();
    p.info.language = root.value(key("language")).toString(QStringLiteral("en"));
    for (const QJsonValue &v : root.value(key("journeys")).toArray()) {
        Journey j;
        if (!readJourney(v.toObject(), &j)) {
            *error = damaged();
            return false;
        }
        p.journeys.append(j);
    }
    for (const QJsonValue &v : root.value(key("personas")).toArray()) {
        const QJsonObject o = v.toObject();
        Persona persona;
        persona.id = idFromString(o.value(key("id")).toString());
        persona.name = o.value(key("name")).toString();
        persona.segment = o.value(key("segment")).toString();
        if (o.contains(key("colour")))
            persona.colour = QColor::fromString(o.value(key("colour")).toString());
        p.personas.append(persona);
    }
    for (const QJsonValue &v : root.value(key("metrics")).toArray()) {
        MetricDefinition m;
        if (!ModelJson::readMetric(v.toObject(), &m)) {
            *error = damaged();
            return false;
        }
        p.metrics.append(m);
    }
    for (const QJsonValue &v : root.value(key("observations")).toArray()) {
        const QJsonObject o = v.toObject();
        Observation obs;
        obs.metricId = idFromString(o.value(key("metric")).toString());
        obs.targetId = idFromString(o.value(key("target")).toString());
        obs.period = o.value(key("period")).toString();
        obs.segment = o.value(key("segment")).toString();
        obs.value = o.value(key("value")).toDouble();
        if (obs.metricId.isNull() || obs.targetId.isNull() ||
            !fromKey(o.value(key("targetKind")).toString(), &obs.targetKind)) {
            *error = damaged();
            return false;
        }
        p.observations.append(obs);
    }
    *out = std::move(p);
    return true;
}

} // namespace waymark::SnapshotCodec
