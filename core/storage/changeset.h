// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QHash>
#include <QSet>

namespace waymark {

// The objects an edit touched. The store writes each touched object as the model has it
// now, or deletes its row when the model no longer has it, so the file always mirrors the
// model and an undo writes back exactly the rows it restored.
struct ChangeSet
{
    bool info = false;
    bool journeyOrder = false; // rewrite every journey's position
    bool personaOrder = false;
    QSet<Id> journeys; // the journey row and its persona links
    QSet<Id> personas;
    QSet<Id> images;
    // Children of a journey, keyed by their own id, valued by their journey's id.
    QHash<Id, Id> stages;
    QHash<Id, Id> lanes;
    QHash<Id, Id> cards;
    QHash<Id, Id> notes; // workshop inbox notes, rounds and votes
    QHash<Id, Id> rounds;
    QHash<Id, Id> votes;
    QHash<Id, Id> comments;
    QHash<Id, Id> connections; // blueprint arrows
    QSet<Id> metrics;
    QSet<ObservationKey> observations;
    QSet<Id> imports;
    QSet<Id> snapshots;
    // Insights of the evidence library; a card's links to them are written with the card.
    QSet<Id> insights;

    bool isEmpty() const
    {
        return !info && !journeyOrder && !personaOrder && journeys.isEmpty() &&
               personas.isEmpty() && images.isEmpty() && stages.isEmpty() && lanes.isEmpty() &&
               cards.isEmpty() && notes.isEmpty() && rounds.isEmpty() && votes.isEmpty() &&
               comments.isEmpty() && connections.isEmpty() &&
               metrics.isEmpty() && observations.isEmpty() && imports.isEmpty() &&
               snapshots.isEmpty() && insights.isEmpty();
    }

    // Everything in a journey: used when a whole journey appears or disappears.
    void touchJourneyDeep(const Journey &journey)
    {
        journeys.insert(journey.id);
        for (const Stage &s : journey.stages)
            stages.insert(s.id, journey.id);
        for (const Lane &l : journey.lanes)
            lanes.insert(l.id, journey.id);
        for (const Card &c : journey.cards)
            cards.insert(c.id, journey.id);
        for (const InboxNote &n : journey.notes)
            notes.insert(n.id, journey.id);
        for (const VoteRound &r : journey.rounds)
            rounds.insert(r.id, journey.id);
        for (const Vote &v : journey.votes)
            votes.insert(v.id, journey.id);
        for (const Comment &c : journey.comments)
            comments.insert(c.id, journey.id);
        for (const Connection &c : journey.connections)
            connections.insert(c.id, journey.id);
    }

    // Everything in a project, for writing a new file.
    static ChangeSet everything(const Project &project)
    {
        ChangeSet all;
        all.info = all.journeyOrder = all.personaOrder = true;
        for (const Journey &j : project.journeys)
            all.touchJourneyDeep(j);
        for (const Persona &p : project.personas)
            all.personas.insert(p.id);
        for (const Image &i : project.images)
            all.images.insert(i.id);
        for (const MetricDefinition &m : project.metrics)
            all.metrics.insert(m.id);
        for (const Observation &o : project.observations)
            all.observations.insert(o.key());
        for (const MetricImport &i : project.imports)
            all.imports.insert(i.id);
        for (const Snapshot &s : project.snapshots)
            all.snapshots.insert(s.id);
        for (const Insight &i : project.insights)
            all.insights.insert(i.id);
        return all;
    }

    void unite(const ChangeSet &other)
    {
        info |= other.info;
        journeyOrder |= other.journeyOrder;
        personaOrder |= other.personaOrder;
        journeys.unite(other.journeys);
        personas.unite(other.personas);
        images.unite(other.images);
        stages.insert(other.stages);
        lanes.insert(other.lanes);
        cards.insert(other.cards);
        notes.insert(other.notes);
        rounds.insert(other.rounds);
        votes.insert(other.votes);
        comments.insert(other.comments);
        connections.insert(other.connections);
        metrics.unite(other.metrics);
        observations.unite(other.observations);
        imports.unite(other.imports);
        snapshots.unite(other.snapshots);
        insights.unite(other.insights);
    }
};

} // namespace waymark
