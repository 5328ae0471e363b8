// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeydiff.h"

#include "overlay.h"
#include "storage/snapshotcodec.h"
#include "trcontexts.h"

#include <algorithm>
#include <QJsonArray>
#include <QSet>

namespace waymark {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// What makes two objects of unrelated journeys the same when nothing else does: a stage's
// name, a lane's kind and title, a card's text.
QString likeness(const Stage &s)
{
    return s.name.simplified().toCaseFolded();
}
QString likeness(const Lane &l)
{
    return toKey(l.kind) + QLatin1Char('/') + l.title.simplified().toCaseFolded();
}
QString likeness(const Card &c)
{
    return c.text.simplified();
}

// Matches the objects of "to" with those of "from": the same id, then the original one was
// copied from (either way), then a shared original, then the same likeness (first come,
// first matched). Returns to-id -> from-id.
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
    if (result.size() == to.size()) return result;
    QMultiHash<QString, Id> alike;
    for (auto it = from.crbegin(); it != from.crend(); ++it)
        if (!taken.contains(it->id) && !likeness(*it).isEmpty()) alike.insert(likeness(*it), it->id);
    for (const T &t : to) {
        if (result.contains(t.id)) continue;
        const QString key = likeness(t);
        for (auto it = alike.find(key); it != alike.end() && it.key() == key; ++it)
            if (!taken.contains(it.value())) {
                take(t, it.value());
                break;
            }
    }
    return result;
}

// What a card of "from" addresses, in the ids of "to": the matched card or stage (ids differ
// between a journey and its copy), so renaming an addressed card does not change the cards
// that address it.
QList<Id> addressesIn(const Card &a, const QHash<Id, Id> &toOf)
{
    QList<Id> ids;
    for (const Id &t : a.addresses)
        ids.append(toOf.value(t, t));
    return ids;
}

// Where the arrows from a card of "from" point, in the ids of "to", with their labels; and
// those of a card of "to".
QList<std::pair<Id, QString>> arrowsIn(const Journey &j, const Id &card,
                                       const QHash<Id, Id> *toOf = nullptr)
{
    QList<std::pair<Id, QString>> out;
    for (const Connection &c : j.connections)
        if (c.from == card) out.append({toOf ? toOf->value(c.to, c.to) : c.to, c.label});
    std::sort(out.begin(), out.end());
    return out;
}

QStringList changedFields(const Card &a, const Card &b, const QHash<Id, Id> &toOf)
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
    if (a.linkedJourney != b.linkedJourney) f << key("link");
    if (a.insights != b.insights) f << key("insights");
    if (a.customerValue != b.customerValue || a.businessValue != b.businessValue ||
        a.effort != b.effort)
        f << key("scores");
    if (addressesIn(a, toOf) != b.addresses) f << key("addresses");
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
    d.matchedStages = match(from.stages, to.stages);
    d.matchedLanes = match(from.lanes, to.lanes);
    d.matchedCards = match(from.cards, to.cards);
    const QHash<Id, Id> &stageMatch = d.matchedStages, &laneMatch = d.matchedLanes;
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
        QStringList fields = changedFields(f, *t, toOf);
        if (arrowsIn(from, f.id, &toOf) != arrowsIn(to, t->id)) fields << key("arrows");
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
            d.moved.append({t->id, f.id, t->text, placeOf(from, f), placeOf(to, *t), true});
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

namespace {

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Analytics", "text")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Analytics", "notes")},
        {QStringLiteral("colour"), QT_TRANSLATE_NOOP("Analytics", "colour")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Analytics", "channel")},
        {QStringLiteral("emotion"), QT_TRANSLATE_NOOP("Analytics", "feeling")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("Analytics", "tags")},
        {QStringLiteral("touchpoint"), QT_TRANSLATE_NOOP("Analytics", "touchpoint key")},
        {QStringLiteral("persona"), QT_TRANSLATE_NOOP("Analytics", "persona")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("Analytics", "evidence")},
        {QStringLiteral("image"), QT_TRANSLATE_NOOP("Analytics", "picture")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("Analytics", "linked journey")},
        {QStringLiteral("insights"), QT_TRANSLATE_NOOP("Analytics", "sources")},
        {QStringLiteral("scores"), QT_TRANSLATE_NOOP("Analytics", "scores")},
        {QStringLiteral("addresses"), QT_TRANSLATE_NOOP("Analytics", "what it addresses")},
        {QStringLiteral("arrows"), QT_TRANSLATE_NOOP("Analytics", "arrows")}};
    const char *name = names.value(field);
    return name ? Analytics::tr(name) : field;
}

QString quoted(const QString &text)
{
    const QString one = text.simplified();
    return Analytics::tr("\"%1\"").arg(one.size() > 60 ? one.left(59) + QChar(0x2026) : one);
}

QString where(const JourneyDiff::Place &p)
{
    return Analytics::tr("%1 / %2").arg(p.stage, p.lane);
}

QString feeling(const std::optional<double> &v)
{
    if (!v) return Analytics::tr("none");
    return QLocale().toString(*v, 'f', 1);
}

} // namespace

QString JourneyDiff::sectionTitle(Section section)
{
    switch (section) {
    case Section::Cards:
        return Analytics::tr("Cards");
    case Section::Stages:
        return Analytics::tr("Stages");
    case Section::Feelings:
        return Analytics::tr("Feelings per stage");
    case Section::Metrics:
        return Analytics::tr("Metric values");
    case Section::Friction:
        return Analytics::tr("Friction points");
    }
    return {};
}

QList<JourneyDiff::Line> JourneyDiff::lines() const
{
    QList<Line> out;
    for (const CardRef &c : added)
        out.append({Section::Cards, QLatin1Char('+'), c.id,
                    Analytics::tr("added %1 in %2").arg(quoted(c.text), where(c.place))});
    for (const CardRef &c : removed)
        out.append({Section::Cards, QLatin1Char('-'), c.id,
                    Analytics::tr("removed %1 from %2").arg(quoted(c.text), where(c.place))});
    for (const Changed &c : changed) {
        QStringList names;
        for (const QString &f : c.fields)
            names.append(fieldName(f));
        out.append({Section::Cards, QLatin1Char('~'), c.id,
                    Analytics::tr("changed %1: %2")
                        .arg(quoted(c.text), names.join(Analytics::tr(", ")))});
    }
    for (const Moved &m : moved)
        out.append({Section::Cards, QLatin1Char('>'), m.id,
                    m.withinCell
                        ? Analytics::tr("moved %1 within %2 from place %3 to %4")
                              .arg(quoted(m.text), where(m.to))
                              .arg(m.from.position + 1)
                              .arg(m.to.position + 1)
                        : Analytics::tr("moved %1 from %2 to %3")
                              .arg(quoted(m.text), where(m.from), where(m.to))});
    for (const StageRef &s : stagesAdded)
        out.append({Section::Stages, QLatin1Char('+'), s.id,
                    Analytics::tr("added stage %1 at place %2").arg(quoted(s.name)).arg(s.position + 1)});
    for (const StageRef &s : stagesRemoved)
        out.append({Section::Stages, QLatin1Char('-'), s.id,
                    Analytics::tr("removed stage %1").arg(quoted(s.name))});
    for (const Renamed &s : stagesRenamed)
        out.append({Section::Stages, QLatin1Char('~'), s.id,
                    Analytics::tr("renamed stage %1 to %2").arg(quoted(s.from), quoted(s.to))});
    for (const StageMove &s : stagesMoved)
        out.append({Section::Stages, QLatin1Char('>'), s.id,
                    Analytics::tr("moved stage %1 from place %2 to %3")
                        .arg(quoted(s.name))
                        .arg(s.from + 1)
                        .arg(s.to + 1)});
    for (const Feeling &f : feelings)
        if (f.from != f.to)
            out.append({Section::Feelings, QLatin1Char('~'), Id(),
                        Analytics::tr("%1: %2 → %3").arg(f.stage, feeling(f.from), feeling(f.to))});
    for (const MetricDelta &m : metrics) {
        QString text = Analytics::tr("%1 on %2: %3 → %4")
                           .arg(m.name, quoted(m.label),
                                m.from ? m.fromText : Analytics::tr("none"),
                                m.to ? m.toText : Analytics::tr("none"));
        QStringList cut;
        if (!m.period.isEmpty()) cut.append(m.period);
        if (!m.segment.isEmpty()) cut.append(m.segment);
        if (!cut.isEmpty()) text += Analytics::tr(" (%1)").arg(cut.join(Analytics::tr(", ")));
        out.append({Section::Metrics,
                    !m.from ? QLatin1Char('+') : !m.to ? QLatin1Char('-') : QLatin1Char('~'), m.id,
                    text});
    }
    for (const FrictionPoint &f : frictionAppeared)
        out.append({Section::Friction, QLatin1Char('!'), f.id,
                    Analytics::tr("new friction point %1: %2")
                        .arg(quoted(f.label), f.reasons.join(Analytics::tr(", ")))});
    for (const FrictionPoint &f : frictionDisappeared)
        out.append({Section::Friction, QChar(0x2713), f.id,
                    Analytics::tr("friction point %1 is gone").arg(quoted(f.label))});
    return out;
}

DiffSource DiffSource::ofJourney(const Project &project, const Id &journeyId)
{
    return {project, journeyId, project.journey(journeyId)->name};
}

std::optional<DiffSource> DiffSource::ofSnapshot(const Snapshot &snapshot, const Id &journeyId,
                                                 QString *error)
{
    DiffSource s;
    if (!SnapshotCodec::read(snapshot.content, &s.project, error)) {
        *error = Analytics::tr("snapshot \"%1\": %2").arg(snapshot.name, *error);
        return std::nullopt;
    }
    if (journeyId.isNull() && s.project.journeys.size() != 1) {
        *error = Analytics::tr("snapshot \"%1\" holds %2 journeys; name one as "
                               "snapshot:%1/JOURNEY")
                     .arg(snapshot.name)
                     .arg(s.project.journeys.size());
        return std::nullopt;
    }
    s.journeyId = journeyId.isNull() ? s.project.journeys.first().id : journeyId;
    if (!s.project.journey(s.journeyId)) {
        *error = Analytics::tr("snapshot \"%1\" holds no such journey").arg(snapshot.name);
        return std::nullopt;
    }
    s.label = Analytics::tr("%1 (snapshot \"%2\")").arg(s.journey().name, snapshot.name);
    return s;
}

std::optional<DiffSource> DiffSource::resolve(const Project &project, const QString &spec,
                                              QString *error)
{
    auto findJourney = [](const Project &p, const QString &wanted) -> Id {
        for (const Journey &j : p.journeys)
            if (j.name.compare(wanted, Qt::CaseInsensitive) == 0 || idToString(j.id) == wanted)
                return j.id;
        return {};
    };
    const QString prefix = QStringLiteral("snapshot:");
    if (!spec.startsWith(prefix)) {
        const Id id = findJourney(project, spec);
        if (id.isNull()) {
            *error = Analytics::tr("no journey \"%1\"").arg(spec);
            return std::nullopt;
        }
        return ofJourney(project, id);
    }
    // "snapshot:NAME" when NAME is a snapshot (names may hold a slash), else NAME/JOURNEY.
    QString name = spec.mid(prefix.size()), journey;
    if (!project.snapshot(name) && name.contains(QLatin1Char('/'))) {
        journey = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
        name = name.left(name.lastIndexOf(QLatin1Char('/')));
    }
    const Snapshot *snap = project.snapshot(name);
    if (!snap) {
        *error = Analytics::tr("no snapshot \"%1\"").arg(name);
        return std::nullopt;
    }
    Id journeyId;
    if (!journey.isEmpty()) {
        Project content;
        if (!SnapshotCodec::read(snap->content, &content, error)) {
            *error = Analytics::tr("snapshot \"%1\": %2").arg(snap->name, *error);
            return std::nullopt;
        }
        journeyId = findJourney(content, journey);
        if (journeyId.isNull()) {
            *error = Analytics::tr("snapshot \"%1\" has no journey \"%2\"").arg(snap->name, journey);
            return std::nullopt;
        }
    }
    return ofSnapshot(*snap, journeyId, error);
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
