// SPDX-License-Identifier: GPL-3.0-or-later
// Journeys as a whole: add, change, duplicate (as a future state), reorder, remove.
#include "commands.h"

namespace waymark {

// ---- journeys ----

Id Document::addJourney(Journey journey, int index)
{
    if (!editable()) return {};
    if (journey.name.trimmed().isEmpty()) {
        refuse(tr("A journey needs a name."));
        return {};
    }
    if (journey.stages.isEmpty()) {
        refuse(tr("A journey needs at least one stage."));
        return {};
    }
    if (journey.id.isNull()) journey.id = newId();
    for (Card &c : journey.cards)
        c = settleEvidence(c);
    if (journey.blueprint) journey.orderLanesByZone();
    journey.connections.removeIf([&](const Connection &c) {
        return c.id.isNull() || c.from == c.to || !journey.card(c.from) || !journey.card(c.to);
    });
    const int at =
        index < 0 || index > m_project.journeys.size() ? int(m_project.journeys.size()) : index;
    const Id id = journey.id;
    const QString text = tr("Add journey \"%1\"").arg(journey.name);
    m_undoStack.push(new ListEditCommand<Journey>(this, text, Id(), at, std::move(journey), true));
    return id;
}

Id Document::importJourney(const Journey &journey, const QList<Persona> &newPersonas)
{
    if (!editable()) return {};
    if (journey.name.trimmed().isEmpty() || journey.stages.isEmpty())
        return addJourney(journey); // refused with its reason
    m_undoStack.beginMacro(tr("Import journey \"%1\"").arg(journey.name));
    for (const Persona &p : newPersonas)
        addPersona(p);
    const Id id = addJourney(journey);
    m_undoStack.endMacro();
    return id;
}

bool Document::changeJourney(const Journey &journey)
{
    if (!editable()) return false;
    const int i = m_project.journeyIndex(journey.id);
    if (i < 0) return refuse(tr("The journey does not exist."));
    if (journey.name.trimmed().isEmpty()) return refuse(tr("A journey needs a name."));
    const Journey &old = m_project.journeys[i];
    if (journey.reviewDays < 0 || journey.reviewDays > Journey::MaxReviewDays)
        return refuse(tr("The review interval is between 0 and %1 days.").arg(Journey::MaxReviewDays));
    if (old.name == journey.name && old.goal == journey.goal && old.state == journey.state &&
        old.personaIds == journey.personaIds && old.owner == journey.owner &&
        old.status == journey.status && old.reviewDays == journey.reviewDays &&
        old.reviewed == journey.reviewed)
        return true;
    m_undoStack.push(new ChangeValueCommand<Journey>(
        this, tr("Edit journey \"%1\"").arg(journey.name), Id(), old, journey, -1));
    return true;
}

Id Document::duplicateJourney(const Id &journeyId, bool asFutureState)
{
    const Journey *source = journey(journeyId);
    if (!editable()) return {};
    if (!source) {
        refuse(tr("The journey does not exist."));
        return {};
    }
    // New ids throughout, with the cards pointing at the copied stages and lanes.
    Journey copy = *source;
    copy.id = newId();
    // A workshop held on the original stays with it.
    copy.notes.clear();
    copy.rounds.clear();
    copy.votes.clear();
    copy.comments.clear(); // and so does the discussion of it
    // Each copy remembers its original, so that comparing the two matches them.
    QHash<Id, Id> map;
    for (Stage &s : copy.stages) {
        const Id fresh = newId();
        map.insert(s.id, fresh);
        s.origin = s.id;
        s.id = fresh;
    }
    for (Lane &l : copy.lanes) {
        const Id fresh = newId();
        map.insert(l.id, fresh);
        l.origin = l.id;
        l.id = fresh;
    }
    for (Card &c : copy.cards) {
        c.origin = c.id;
        c.id = newId();
        map.insert(c.origin, c.id);
        c.stageId = map.value(c.stageId);
        c.laneId = map.value(c.laneId);
    }
    // An opportunity of the copy addresses the copy's cards and stages; arrows join copies.
    for (Card &c : copy.cards)
        for (Id &target : c.addresses)
            target = map.value(target, target);
    copy.renewConnections(map);
    if (asFutureState) {
        copy.state = JourneyState::Future;
        copy.name = tr("%1 (future state)").arg(source->name);
    } else {
        copy.name = tr("%1 (copy)").arg(source->name);
    }
    const int index = m_project.journeyIndex(journeyId) + 1;
    const Id id = copy.id;
    m_undoStack.push(new ListEditCommand<Journey>(this,
                                                  tr("Duplicate journey \"%1\"").arg(source->name),
                                                  Id(), index, std::move(copy), true));
    return id;
}

bool Document::moveJourney(int from, int to)
{
    if (!editable() || !validMove(m_project.journeys, from, to))
        return refuse(m_refusal.isEmpty() ? tr("The journey cannot move there.") : m_refusal);
    m_undoStack.push(new MoveCommand<Journey>(this, tr("Reorder journeys"), Id(), from, to));
    return true;
}

bool Document::removeJourney(const Id &journeyId)
{
    if (!editable()) return false;
    const int i = m_project.journeyIndex(journeyId);
    if (i < 0) return refuse(tr("The journey does not exist."));
    const Journey &j = m_project.journeys[i];
    m_undoStack.push(new ListEditCommand<Journey>(this, tr("Delete journey \"%1\"").arg(j.name),
                                                  Id(), i, j, false));
    return true;
}

} // namespace waymark
