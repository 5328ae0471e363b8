// SPDX-License-Identifier: GPL-3.0-or-later
#include "model.h"

#include <algorithm>
#include <QSet>

namespace waymark {

int Journey::stageIndex(const Id &stageId) const
{
    return indexOfId(stages, stageId);
}
int Journey::laneIndex(const Id &laneId) const
{
    return indexOfId(lanes, laneId);
}
std::pair<int, int> Journey::zoneRange(BlueprintZone zone) const
{
    int first = 0;
    while (first < lanes.size() && zoneOf(lanes[first]) < zone)
        ++first;
    int last = first - 1;
    while (last + 1 < lanes.size() && zoneOf(lanes[last + 1]) == zone)
        ++last;
    return {first, last};
}

bool Journey::orderLanesByZone()
{
    const QList<Lane> before = lanes;
    std::stable_sort(lanes.begin(), lanes.end(),
                     [](const Lane &a, const Lane &b) { return zoneOf(a) < zoneOf(b); });
    return lanes != before;
}

QList<BlueprintLine> Journey::linesAbove(int lane) const
{
    QList<BlueprintLine> out;
    if (!blueprint) return out;
    for (BlueprintLine line : allBlueprintLines()) {
        // Above the first lane of the zone below the line, or of a later zone.
        int first = 0;
        while (first < lanes.size() && zoneOf(lanes[first]) < zoneBelow(line))
            ++first;
        if (first == lane) out.append(line);
    }
    return out;
}

void Journey::renewConnections(const QHash<Id, Id> &cardIds)
{
    QList<Connection> renewed;
    for (Connection c : std::as_const(connections)) {
        if (!cardIds.contains(c.from) || !cardIds.contains(c.to)) continue;
        c.id = newId();
        c.from = cardIds.value(c.from);
        c.to = cardIds.value(c.to);
        renewed.append(c);
    }
    connections = renewed;
}

int Journey::cardIndex(const Id &cardId) const
{
    return indexOfId(cards, cardId);
}

const Card *Journey::card(const Id &cardId) const
{
    const int i = cardIndex(cardId);
    return i < 0 ? nullptr : &cards[i];
}

QList<const Card *> Journey::cellCards(const Id &stageId, const Id &laneId) const
{
    QList<const Card *> result;
    for (const Card &c : cards)
        if (c.stageId == stageId && c.laneId == laneId) result.append(&c);
    std::sort(result.begin(), result.end(),
              [](const Card *a, const Card *b) { return a->order < b->order; });
    return result;
}

int Journey::cellSize(const Id &stageId, const Id &laneId) const
{
    return int(std::count_if(cards.begin(), cards.end(), [&](const Card &c) {
        return c.stageId == stageId && c.laneId == laneId;
    }));
}

const VoteRound *Journey::round(const Id &roundId) const
{
    const int i = indexOfId(rounds, roundId);
    return i < 0 ? nullptr : &rounds[i];
}

QHash<Id, int> Journey::voteCounts(const Id &roundId) const
{
    QHash<Id, int> counts;
    for (const Vote &v : votes)
        if (v.roundId == roundId) counts[v.cardId] += v.weight;
    return counts;
}

int Journey::dotsGiven(const Id &roundId, const QString &voter) const
{
    int n = 0;
    for (const Vote &v : votes)
        if (v.roundId == roundId && v.voter == voter) n += v.weight;
    return n;
}

QList<Id> Journey::ranking(const Id &roundId) const
{
    const VoteRound *r = round(roundId);
    if (!r) return {};
    const QHash<Id, int> counts = voteCounts(roundId);
    QList<Id> ranked = r->cards;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](const Id &a, const Id &b) { return counts.value(a) > counts.value(b); });
    return ranked;
}

Id Journey::laneFor(NoteKind kind) const
{
    for (const Lane &l : lanes)
        if (l.kind == laneKindFor(kind)) return l.id;
    return {};
}

int Journey::voterCount(const Id &roundId) const
{
    QSet<QString> voters;
    for (const Vote &v : votes)
        if (v.roundId == roundId) voters.insert(v.voter);
    return int(voters.size());
}

int Project::journeyIndex(const Id &journeyId) const
{
    return indexOfId(journeys, journeyId);
}
int Project::personaIndex(const Id &personaId) const
{
    return indexOfId(personas, personaId);
}
int Project::imageIndex(const Id &imageId) const
{
    return indexOfId(images, imageId);
}

const Journey *Project::journey(const Id &journeyId) const
{
    const int i = journeyIndex(journeyId);
    return i < 0 ? nullptr : &journeys[i];
}

const Persona *Project::persona(const Id &personaId) const
{
    const int i = personaIndex(personaId);
    return i < 0 ? nullptr : &personas[i];
}

QList<const Comment *> Journey::threadsOn(const Id &targetId) const
{
    QList<const Comment *> out;
    for (const Comment &c : comments)
        if (c.isThread() && c.targetId == targetId) out.append(&c);
    return out;
}

QList<const Comment *> Journey::replies(const Id &threadId) const
{
    QList<const Comment *> out;
    for (const Comment &c : comments)
        if (c.parentId == threadId) out.append(&c);
    return out;
}

const Snapshot *Project::snapshot(const QString &name) const
{
    for (const Snapshot &s : snapshots)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0) return &s;
    return nullptr;
}

const Insight *Project::insight(const Id &insightId) const
{
    const int i = indexOfId(insights, insightId);
    return i < 0 ? nullptr : &insights[i];
}

Evidence Project::evidenceFrom(const QList<Id> &insightIds, Evidence fallback) const
{
    bool any = false;
    for (const Id &id : insightIds)
        if (const Insight *x = insight(id)) {
            if (evidenceOf(x->kind) == Evidence::Observed) return Evidence::Observed;
            any = true;
        }
    return any ? Evidence::Reported : fallback;
}

QList<std::pair<Id, Id>> Project::cardsCiting(const Id &insightId) const
{
    QList<std::pair<Id, Id>> out;
    for (const Journey &j : journeys)
        for (const Card &c : j.cards)
            if (c.insights.contains(insightId)) out.append({j.id, c.id});
    return out;
}

int Project::cardCount() const
{
    int n = 0;
    for (const Journey &j : journeys)
        n += int(j.cards.size());
    return n;
}

} // namespace waymark
