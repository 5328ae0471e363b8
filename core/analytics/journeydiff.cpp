// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeydiff.h"

#include "overlay.h"

#include <algorithm>
#include <QJsonArray>
#include <QSet>

namespace waymark {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Matches the objects of "to" with those of "from": the same id, then the original one was
// copied from (either way), then a shared original. Returns to-id -> from-id.
template <typename T> QHash<Id, Id> match(const QList<T> &from, const QList<T> &to)
{
    QHash<Id, Id> result;
    QSet<Id> taken;
    QHash<Id, Id> fromIds, fromOrigins; // id -> id, origin -> id
    for (const T &f : from) {
        fromIds.insert(f.id, f.id);
        if (!f.origin.isNull()) fromOrigins.insert(f.origin, f.id);
    }
    auto take = [&](const T &t, const Id &fromId) {
        if (fromId.isNull() || taken.contains(fromId) || result.contains(t.id)) return;
        result.insert(t.id, fromId);
        taken.insert(fromId);
    };
    for (const T &t : to)
        take(t, fromIds.value(t.id));
    for (const T &t : to)
        if (!t.origin.isNull()) take(t, fromIds.value(t.origin));
    for (const T &t : to)
        take(t, fromOrigins.value(t.id));
    for (const T &t : to)
        if (!t.origin.isNull()) take(t, fromOrigins.value(t.origin));
    return result;
}

QStringList changedFields(const Card &a, const Card &b)
{
    QStringList f;
    if (a.text != b.text) f << key("text");
    if (a.notes != b.notes) f << key("notes");
    if (a.colour != b.colour) f << key("colour");
    if (a.channel != b.channel) f << key("channel");
    if (a.emotion != b.emotion) f << key("emotion");
    if (a.tags != b.tags) f << key("tags");
    if (a.touchpointKey != b.touchpointKey) f << key("touchpoint");
    if (a.personaId != b.personaId) f << key("persona");
    if (a.evidence != b.evidence) f << key("evidence");
    if (a.imageId != b.imageId) f << key("image");
    return f;
}

JourneyDiff::Place placeOf(const Journey &j, const Card &c)
{
    const int s = j.stageIndex(c.stageId), l = j.laneIndex(c.laneId);
    return {c.stageId, c.laneId, s >= 0 ? j.stages[s].name : QString(),
            l >= 0 ? j.lanes[l].title : QString(), c.order};
}

// Positions (in `ranks`) that are not part of one longest increasing run.
QSet<int> outOfRun(const QList<int> &ranks)
{
    const int n = int(ranks.size());
    QList<int> tails, tailIndex, previous(n, -1);
    for (int i = 0; i < n; ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), ranks[i]);
        const int k = int(it - tails.begin());
        if (it == tails.end()) {
            tails.append(ranks[i]);
            tailIndex.append(i);
        } else {
            *it = ranks[i];
            tailIndex[k] = i;
        }
        previous[i] = k > 0 ? tailIndex[k - 1] : -1;
    }
    QSet<int> out;
    for (int i = 0; i < n; ++i)
        out.insert(i);
    for (int i = tailIndex.isEmpty() ? -1 : tailIndex.last(); i >= 0; i = previous[i])
        out.remove(i);
    return out;
}

// The average feeling per stage id.
QHash<Id, double> averageFeelings(const Journey &j)
{
    QHash<Id, std::pair<double, int>> sums;
    for (const Card &c : j.cards) {
        const int l = j.laneIndex(c.laneId);
        if (!c.emotion || l < 0 || j.lanes[l].kind != LaneKind::Feelings) continue;
        auto &s = sums[c.stageId];
        s.first += *c.emotion;
        ++s.second;
    }
    QHash<Id, double> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out.insert(it.key(), it->first / it->second);
    return out;
}

QString labelOf(const Journey &j, TargetKind kind, const Id &id)
{
    if (kind == TargetKind::Journey) return j.name;
    if (kind == TargetKind::Stage) {
        const int s = j.stageIndex(id);
        return s >= 0 ? j.stages[s].name : QString();
    }
    const Card *c = j.card(id);
    return c ? c->text : QString();
}

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject placeJson(const JourneyDiff::Place &p)
{
    return {{key("stage"), p.stage}, {key("lane"), p.lane}, {key("position"), p.position}};
}

QJsonObject cardJson(const JourneyDiff::CardRef &c)
{
    return {{key("id"), idToString(c.id)},
            {key("text"), c.text},
            {key("stage"), c.place.stage},
            {key("lane"), c.place.lane},
            {key("position"), c.place.position}};
}

QJsonArray frictionJson(const QList<FrictionPoint> &points)
{
    QJsonArray out;
    for (const FrictionPoint &p : points)
        out.append(QJsonObject{{key("kind"), toKey(p.kind)},
                               {key("id"), idToString(p.id)},
                               {key("label"), p.label},
                               {key("score"), p.score},
                               {key("reasons"), QJsonArray::fromStringList(p.reasons)}});
    return out;
}

} // namespace

JourneyDiff JourneyDiff::compute(const Project &fromProject, const Journey &from,
                                 const Project &toProject, const Journey &to)
{
    JourneyDiff d;
    const QHash<Id, Id> stageMatch = match(from.stages, to.stages);
    const QHash<Id, Id> laneMatch = match(from.lanes, to.lanes);
    d.matchedCards = match(from.cards, to.cards);
    QHash<Id, Id> toOf; // from-id -> to-id, for every kind of object
    for (const QHash<Id, Id> *m : {&stageMatch, &laneMatch, &std::as_const(d.matchedCards)})
        for (auto it = m->cbegin(); it != m->cend(); ++it)
            toOf.insert(it.value(), it.key());
    toOf.insert(from.id, to.id);

    // ---- stages ----
    QList<int> stageRanks;
    QList<Id> matchedStages;
    for (int i = 0; i < to.stages.size(); ++i) {
        const Stage &s = to.stages[i];
        const Id f = stageMatch.value(s.id);
        if (f.isNull()) {
            d.stagesAdded.append({s.id, s.name, i});
            continue;
        }
        const int fi = from.stageIndex(f);
        if (from.stages[fi].name != s.name) d.stagesRenamed.append({s.id, from.stages[fi].name, s.name});
        stageRanks.append(fi);
        matchedStages.append(s.id);
    }
    for (int k : outOfRun(stageRanks)) {
        const Id id = matchedStages[k];
        d.stagesMoved.append({id, to.stages[to.stageIndex(id)].name, stageRanks[k],
                              to.stageIndex(id)});
    }
    std::sort(d.stagesMoved.begin(), d.stagesMoved.end(),
              [](const StageMove &a, const StageMove &b) { return a.to < b.to; });
    for (int i = 0; i < from.stages.size(); ++i)
        if (!toOf.contains(from.stages[i].id))
            d.stagesRemoved.append({from.stages[i].id, from.stages[i].name, i});

    // ---- cards, in the order of the "to" map (stage, lane, position) ----
    QList<const Card *> toCards;
    for (const Stage &s : to.stages)
        for (const Lane &l : to.lanes)
            toCards += to.cellCards(s.id, l.id);
    // Cards that stay in their cell, per cell, in the order "to" has them.
    QHash<std::pair<Id, Id>, QList<const Card *>> stayed;
    for (const Card *t : std::as_const(toCards)) {
        const Id fid = d.matchedCards.value(t->id);
        if (fid.isNull()) {
            d.added.append({t->id, t->text, placeOf(to, *t)});
            continue;
        }
        const Card &f = *from.card(fid);
        const QStringList fields = changedFields(f, *t);
        if (!fields.isEmpty()) d.changed.append({t->id, fid, t->text, fields});
        const bool sameCell = toOf.value(f.stageId) == t->stageId && !t->stageId.isNull() &&
                              toOf.value(f.laneId) == t->laneId;
        if (sameCell)
            stayed[{t->stageId, t->laneId}].append(t);
        else
            d.moved.append({t->id, fid, t->text, placeOf(from, f), placeOf(to, *t)});
    }
    for (auto it = stayed.cbegin(); it != stayed.cend(); ++it) {
        QList<int> ranks;
        for (const Card *t : it.value())
            ranks.append(from.card(d.matchedCards.value(t->id))->order);
        for (int k : outOfRun(ranks)) {
            const Card *t = it.value()[k];
            const Card &f = *from.card(d.matchedCards.value(t->id));
            d.moved.append({t->id, f.id, t->text, placeOf(from, f), placeOf(to, *t)});
        }
    }
    // Moves in the order of the "to" map.
    QHash<Id, int> toRank;
    for (int i = 0; i < toCards.size(); ++i)
        toRank.insert(toCards[i]->id, i);
    std::sort(d.moved.begin(), d.moved.end(), [&](const Moved &a, const Moved &b) {
        return toRank.value(a.id) < toRank.value(b.id);
    });
    for (const Stage &s : from.stages)
        for (const Lane &l : from.lanes)
            for (const Card *f : from.cellCards(s.id, l.id))
                if (!toOf.contains(f->id)) d.removed.append({f->id, f->text, placeOf(from, *f)});

    // ---- feelings per stage: the stages of "to", then those removed ----
    const QHash<Id, double> feelFrom = averageFeelings(from),
                            feelTo = averageFeelings(to);
    auto opt = [](const QHash<Id, double> &h, const Id &id) -> std::optional<double> {
        return h.contains(id) ? std::optional<double>(h.value(id)) : std::nullopt;
    };
    for (const Stage &s : to.stages) {
        const Feeling f{s.name, opt(feelFrom, stageMatch.value(s.id)), opt(feelTo, s.id)};
        if (f.from || f.to) d.feelings.append(f);
    }
    for (const StageRef &s : std::as_const(d.stagesRemoved))
        if (feelFrom.contains(s.id)) d.feelings.append({s.name, feelFrom.value(s.id), {}});

    // ---- metric values on the journey, its stages and cards, matched by metric key ----
    using DeltaKey = std::tuple<QString, int, Id, QString, QString>; // metric, kind, to-id, period, segment
    QMap<DeltaKey, MetricDelta> deltas;
    auto collect = [&](const Project &p, const Journey &j, bool isFrom) {
        QSet<Id> targets{j.id};
        for (const Stage &s : j.stages)
            targets.insert(s.id);
        for (const Card &c : j.cards)
            targets.insert(c.id);
        for (const Observation &o : p.observations) {
            if (!targets.contains(o.targetId)) continue;
            const int mi = indexOfId(p.metrics, o.metricId);
            if (mi < 0) continue;
            const MetricDefinition &m = p.metrics[mi];
            const Id target = isFrom ? toOf.value(o.targetId, o.targetId) : o.targetId;
            MetricDelta &delta =
                deltas[{m.key, int(o.targetKind), target, o.period, o.segment}];
            if (delta.metric.isEmpty() || !isFrom) {
                delta.metric = m.key;
                delta.name = m.name;
                delta.kind = o.targetKind;
                delta.id = target;
                delta.period = o.period;
                delta.segment = o.segment;
            }
            const QString label = labelOf(j, o.targetKind, o.targetId);
            if (delta.label.isEmpty() || !isFrom) delta.label = label;
            (isFrom ? delta.from : delta.to) = o.value;
            (isFrom ? delta.fromText : delta.toText) = MetricOverlay::format(m, o.value);
        }
    };
    collect(fromProject, from, true);
    collect(toProject, to, false);
    for (const MetricDelta &delta : std::as_const(deltas))
        if (delta.from != delta.to) d.metrics.append(delta);
    std::stable_sort(d.metrics.begin(), d.metrics.end(),
                     [](const MetricDelta &a, const MetricDelta &b) {
                         return std::tie(a.name, a.label) < std::tie(b.name, b.label);
                     });

    // ---- friction points that appeared or disappeared ----
    const QList<FrictionPoint> frictionFrom = Friction::rank(fromProject, from);
    const QList<FrictionPoint> frictionTo = Friction::rank(toProject, to);
    QSet<Id> wasFriction, isFriction;
    for (const FrictionPoint &p : frictionFrom)
        wasFriction.insert(toOf.value(p.id, p.id));
    for (const FrictionPoint &p : frictionTo)
        isFriction.insert(p.id);
    for (const FrictionPoint &p : frictionTo)
        if (!wasFriction.contains(p.id)) d.frictionAppeared.append(p);
    for (const FrictionPoint &p : frictionFrom)
        if (!isFriction.contains(toOf.value(p.id, p.id))) d.frictionDisappeared.append(p);
    return d;
}

QJsonObject JourneyDiff::toJson() const
{
    QJsonArray added, removed, changed, moved;
    for (const CardRef &c : this->added)
        added.append(cardJson(c));
    for (const CardRef &c : this->removed)
        removed.append(cardJson(c));
    for (const Changed &c : this->changed)
        changed.append(QJsonObject{{key("id"), idToString(c.id)},
                                   {key("fromId"), idToString(c.fromId)},
                                   {key("text"), c.text},
                                   {key("fields"), QJsonArray::fromStringList(c.fields)}});
    for (const Moved &m : this->moved)
        moved.append(QJsonObject{{key("id"), idToString(m.id)},
                                 {key("fromId"), idToString(m.fromId)},
                                 {key("text"), m.text},
                                 {key("from"), placeJson(m.from)},
                                 {key("to"), placeJson(m.to)}});
    QJsonArray sAdded, sRemoved, sRenamed, sMoved;
    for (const StageRef &s : stagesAdded)
        sAdded.append(QJsonObject{
            {key("id"), idToString(s.id)}, {key("name"), s.name}, {key("position"), s.position}});
    for (const StageRef &s : stagesRemoved)
        sRemoved.append(QJsonObject{
            {key("id"), idToString(s.id)}, {key("name"), s.name}, {key("position"), s.position}});
    for (const Renamed &s : stagesRenamed)
        sRenamed.append(
            QJsonObject{{key("id"), idToString(s.id)}, {key("from"), s.from}, {key("to"), s.to}});
    for (const StageMove &s : stagesMoved)
        sMoved.append(QJsonObject{{key("id"), idToString(s.id)},
                                  {key("name"), s.name},
                                  {key("from"), s.from},
                                  {key("to"), s.to}});
    QJsonArray metricArray, feelingArray;
    for (const MetricDelta &m : metrics)
        metricArray.append(QJsonObject{
            {key("metric"), m.metric},
            {key("name"), m.name},
            {key("target"), toKey(m.kind)},
            {key("id"), idToString(m.id)},
            {key("text"), m.label},
            {key("period"), m.period},
            {key("segment"), m.segment},
            {key("from"), number(m.from)},
            {key("to"), number(m.to)},
            {key("delta"), m.from && m.to ? QJsonValue(*m.to - *m.from) : QJsonValue()}});
    for (const Feeling &f : feelings)
        feelingArray.append(QJsonObject{
            {key("stage"), f.stage}, {key("from"), number(f.from)}, {key("to"), number(f.to)}});
    return {{key("added"), added},
            {key("removed"), removed},
            {key("changed"), changed},
            {key("moved"), moved},
            {key("stages"), QJsonObject{{key("added"), sAdded},
                                        {key("removed"), sRemoved},
                                        {key("renamed"), sRenamed},
                                        {key("moved"), sMoved}}},
            {key("metrics"), metricArray},
            {key("friction"), QJsonObject{{key("appeared"), frictionJson(frictionAppeared)},
                                          {key("disappeared"), frictionJson(frictionDisappeared)}}},
            {key("feelings"), feelingArray}};
}

} // namespace waymark
