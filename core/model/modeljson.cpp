// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeljson.h"

#include <cmath>
#include <QJsonArray>

namespace waymark::ModelJson {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void putColour(QJsonObject &o, const QColor &c)
{
    if (c.isValid()) o.insert(key("colour"), c.name());
}
QColor colourOf(const QJsonObject &o)
{
    return o.contains(key("colour")) ? QColor::fromString(o.value(key("colour")).toString())
                                     : QColor();
}
void putId(QJsonObject &o, const char *name, const Id &id)
{
    if (!id.isNull()) o.insert(key(name), idToString(id));
}
Id idOf(const QJsonObject &o, const char *name)
{
    return idFromString(o.value(key(name)).toString());
}
void putNumber(QJsonObject &o, const char *name, const std::optional<double> &v)
{
    if (v) o.insert(key(name), *v);
}
std::optional<double> numberOf(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(key(name));
    if (!v.isDouble() || !std::isfinite(v.toDouble())) return std::nullopt;
    return v.toDouble();
}
// A stage's width or a lane's height: 0 (automatic) up to 20,000, as the file allows.
double sizeOf(const QJsonObject &o, const char *name)
{
    const double v = o.value(key(name)).toDouble();
    return std::isfinite(v) ? std::clamp(v, 0.0, 20000.0) : 0.0;
}

} // namespace

QJsonObject cardContent(const Card &c)
{
    QJsonObject o{{key("text"), c.text},
                  {key("notes"), c.notes},
                  {key("channel"), toKey(c.channel)},
                  {key("evidence"), toKey(c.evidence)},
                  {key("tags"), QJsonArray::fromStringList(c.tags)},
                  {key("touchpointKey"), c.touchpointKey}};
    putColour(o, c.colour);
    if (c.emotion) o.insert(key("emotion"), *c.emotion);
    putId(o, "persona", c.personaId);
    putId(o, "image", c.imageId);
    putId(o, "linkedJourney", c.linkedJourney);
    const auto putIds = [&o](const char *name, const QList<Id> &ids) {
        if (ids.isEmpty()) return;
        QJsonArray array;
        for (const Id &id : ids)
            array.append(idToString(id));
        o.insert(key(name), array);
    };
    putIds("insights", c.insights);
    putIds("addresses", c.addresses);
    putNumber(o, "customerValue", c.customerValue);
    putNumber(o, "businessValue", c.businessValue);
    putNumber(o, "effort", c.effort);
    return o;
}

bool readCardContent(const QJsonObject &o, Card *c)
{
    c->text = o.value(key("text")).toString();
    c->notes = o.value(key("notes")).toString();
    if (!fromKey(o.value(key("channel")).toString(), &c->channel) ||
        !fromKey(o.value(key("evidence")).toString(), &c->evidence))
        return false;
    c->tags.clear();
    for (const QJsonValue &t : o.value(key("tags")).toArray())
        c->tags.append(t.toString());
    c->touchpointKey = o.value(key("touchpointKey")).toString();
    c->colour = colourOf(o);
    c->emotion.reset();
    if (o.contains(key("emotion")))
        c->emotion = std::clamp(o.value(key("emotion")).toInt(), MinEmotion, MaxEmotion);
    c->personaId = idOf(o, "persona");
    c->imageId = idOf(o, "image");
    c->linkedJourney = idOf(o, "linkedJourney");
    const auto ids = [&o](const char *name) {
        QList<Id> out;
        for (const QJsonValue &v : o.value(key(name)).toArray())
            if (const Id id = idFromString(v.toString()); !id.isNull() && !out.contains(id))
                out.append(id);
        return out;
    };
    c->insights = ids("insights");
    c->addresses = ids("addresses");
    // Scores outside 1..5 are dropped rather than clamped: nobody gave them.
    const auto score = [&o](const char *name) -> std::optional<double> {
        const auto v = numberOf(o, name);
        return v && *v >= Card::MinScore && *v <= Card::MaxScore ? v : std::nullopt;
    };
    c->customerValue = score("customerValue");
    c->businessValue = score("businessValue");
    c->effort = score("effort");
    return true;
}

QJsonObject stage(const Stage &s)
{
    QJsonObject o{{key("id"), idToString(s.id)},
                  {key("name"), s.name},
                  {key("description"), s.description},
                  {key("momentOfTruth"), s.momentOfTruth},
                  {key("width"), s.width}};
    putColour(o, s.colour);
    putId(o, "origin", s.origin);
    return o;
}

bool readStage(const QJsonObject &o, Stage *s)
{
    s->id = idOf(o, "id");
    s->name = o.value(key("name")).toString();
    s->description = o.value(key("description")).toString();
    s->momentOfTruth = o.value(key("momentOfTruth")).toBool();
    s->width = sizeOf(o, "width");
    s->colour = colourOf(o);
    s->origin = idOf(o, "origin");
    return !s->id.isNull();
}

QJsonObject lane(const Lane &l)
{
    QJsonObject o{{key("id"), idToString(l.id)},
                  {key("kind"), toKey(l.kind)},
                  {key("title"), l.title},
                  {key("height"), l.height}};
    putColour(o, l.colour);
    putId(o, "origin", l.origin);
    if (l.zone) o.insert(key("zone"), toKey(*l.zone));
    if (!l.hint.isEmpty()) o.insert(key("hint"), l.hint);
    return o;
}

bool readLane(const QJsonObject &o, Lane *l)
{
    l->id = idOf(o, "id");
    l->title = o.value(key("title")).toString();
    l->height = sizeOf(o, "height");
    l->colour = colourOf(o);
    l->origin = idOf(o, "origin");
    l->hint = o.value(key("hint")).toString();
    if (o.contains(key("zone"))) {
        BlueprintZone zone;
        if (!fromKey(o.value(key("zone")).toString(), &zone)) return false;
        l->zone = zone;
    }
    return !l->id.isNull() && fromKey(o.value(key("kind")).toString(), &l->kind);
}

QJsonObject metric(const MetricDefinition &m)
{
    QJsonObject o{{key("id"), idToString(m.id)},        {key("key"), m.key},
                  {key("name"), m.name},                {key("unit"), m.unit},
                  {key("kind"), m.kind},                {key("higherIsBetter"), m.higherIsBetter},
                  {key("directionKnown"), m.directionKnown}};
    putNumber(o, "scaleMin", m.scaleMin);
    putNumber(o, "scaleMax", m.scaleMax);
    putNumber(o, "target", m.target);
    putNumber(o, "warning", m.warning);
    putNumber(o, "critical", m.critical);
    return o;
}

bool readMetric(const QJsonObject &o, MetricDefinition *m)
{
    m->id = idOf(o, "id");
    m->key = o.value(key("key")).toString();
    m->name = o.value(key("name")).toString();
    m->unit = o.value(key("unit")).toString();
    m->kind = o.value(key("kind")).toString();
    m->higherIsBetter = o.value(key("higherIsBetter")).toBool(true);
    m->directionKnown = o.value(key("directionKnown")).toBool(true);
    m->scaleMin = numberOf(o, "scaleMin");
    m->scaleMax = numberOf(o, "scaleMax");
    m->target = numberOf(o, "target");
    m->warning = numberOf(o, "warning");
    m->critical = numberOf(o, "critical");
    return !m->id.isNull() && !m->key.isEmpty();
}

} // namespace waymark::ModelJson
