// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <memory>
#include <QUndoCommand>
#include <utility>
#include <vector>

namespace waymark {

// Merge ids of mergeable commands, in one place so that they never collide.
enum MergeId
{
    MergeMoveCards = 1,
    MergeChangeCard,
    MergeChangeStage,
    MergeChangeLane,
    MergeChangePersona,
    MergeChangeJourney,
    MergeChangeProject
};

// Brackets every do and undo with the document's change, which writes the touched rows.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *doc, const QString &text) : m_doc(doc) { setText(text); }
    void redo() final
    {
        m_doc->beginChange(m_done);
        m_done = true;
        apply(true);
        settleObservations();
        m_doc->addReplayFocus(focusCards(true));
        m_doc->endChange();
    }
    void undo() final
    {
        m_doc->beginChange(true);
        apply(false);
        settleObservations();
        m_doc->addReplayFocus(focusCards(false));
        m_doc->endChange();
    }
    virtual void apply(bool forward) = 0;
    // The cards an undo (forward = false) or redo leaves for the user to look at.
    virtual QList<Id> focusCards(bool) const { return {}; }

protected:
    Project &project() { return m_doc->mutableProject(); }
    ChangeSet &pending() { return m_doc->pending(); }
    Document *m_doc;

private:
    // A metric value goes with its card, stage or journey and comes back with it.
    // Comments, too, go with the card or stage they are on.
    void settleObservations()
    {
        m_doc->restoreObservations(m_orphans);
        m_doc->restoreComments(m_orphanComments);
        m_doc->restoreConnections(m_orphanArrows);
        m_orphans = m_doc->takeOrphanedObservations();
        m_orphanComments = m_doc->takeOrphanedComments();
        m_orphanArrows = m_doc->takeOrphanedConnections();
    }

    bool m_done = false;
    Document::TakenObservations m_orphans;
    Document::TakenComments m_orphanComments;
    Document::TakenConnections m_orphanArrows;
};

// Several steps as one undo step: forward in order, backward in reverse.
class CompositeCommand : public DocumentCommand
{
public:
    using DocumentCommand::DocumentCommand;
    void add(std::unique_ptr<DocumentCommand> step) { m_steps.push_back(std::move(step)); }
    bool isEmpty() const { return m_steps.empty(); }
    void apply(bool forward) override
    {
        if (forward)
            for (auto &step : m_steps)
                step->apply(true);
        else
            for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
                (*it)->apply(false);
    }
    QList<Id> focusCards(bool forward) const override
    {
        QList<Id> ids;
        for (const auto &step : m_steps)
            ids += step->focusCards(forward);
        return ids;
    }

private:
    std::vector<std::unique_ptr<DocumentCommand>> m_steps;
};

Journey &journeyRef(Project &p, const Id &journeyId);

// A move within a list of `list.size()` objects that changes something.
template <typename T> bool validMove(const QList<T> &list, int from, int to)
{
    return from >= 0 && to >= 0 && from < list.size() && to < list.size() && from != to;
}

// Where each kind of object lives in the model and what to write when it changes.
template <typename T> struct EntityTraits;

template <> struct EntityTraits<Stage>
{
    static QList<Stage> &list(Project &p, const Id &owner) { return journeyRef(p, owner).stages; }
    static void touch(ChangeSet &c, const Id &owner, const Stage &s)
    {
        c.stages.insert(s.id, owner);
    }
    static void assign(Stage &target, const Stage &value) { target = value; }
};
template <> struct EntityTraits<Lane>
{
    static QList<Lane> &list(Project &p, const Id &owner) { return journeyRef(p, owner).lanes; }
    static void touch(ChangeSet &c, const Id &owner, const Lane &l) { c.lanes.insert(l.id, owner); }
    static void assign(Lane &target, const Lane &value) { target = value; }
};
template <> struct EntityTraits<Card>
{
    static QList<Card> &list(Project &p, const Id &owner) { return journeyRef(p, owner).cards; }
    static void touch(ChangeSet &c, const Id &owner, const Card &card)
    {
        c.cards.insert(card.id, owner);
    }
    // Content only: where a card sits is the placement command's business.
    static void assign(Card &target, const Card &value)
    {
        const Id stage = target.stageId, lane = target.laneId;
        const int order = target.order;
        target = value;
        target.stageId = stage;
        target.laneId = lane;
        target.order = order;
    }
};
template <> struct EntityTraits<Journey>
{
    static QList<Journey> &list(Project &p, const Id &) { return p.journeys; }
    static void touch(ChangeSet &c, const Id &, const Journey &j) { c.touchJourneyDeep(j); }
    static void assign(Journey &target, const Journey &value)
    {
        target.name = value.name;
        target.goal = value.goal;
        target.state = value.state;
        target.personaIds = value.personaIds;
        target.owner = value.owner;
        target.status = value.status;
        target.reviewDays = value.reviewDays;
        target.reviewed = value.reviewed;
    }
};
template <> struct EntityTraits<Persona>
{
    static QList<Persona> &list(Project &p, const Id &) { return p.personas; }
    static void touch(ChangeSet &c, const Id &, const Persona &x) { c.personas.insert(x.id); }
    static void assign(Persona &target, const Persona &value) { target = value; }
};
template <> struct EntityTraits<MetricDefinition>
{
    static QList<MetricDefinition> &list(Project &p, const Id &) { return p.metrics; }
    static void touch(ChangeSet &c, const Id &, const MetricDefinition &m)
    {
        c.metrics.insert(m.id);
    }
    static void assign(MetricDefinition &target, const MetricDefinition &value) { target = value; }
};
template <> struct EntityTraits<Image>
{
    static QList<Image> &list(Project &p, const Id &) { return p.images; }
    static void touch(ChangeSet &c, const Id &, const Image &i) { c.images.insert(i.id); }
    static void assign(Image &target, const Image &value) { target = value; }
};

template <> struct EntityTraits<Snapshot>
{
    static QList<Snapshot> &list(Project &p, const Id &) { return p.snapshots; }
    static void touch(ChangeSet &c, const Id &, const Snapshot &s) { c.snapshots.insert(s.id); }
    static void assign(Snapshot &target, const Snapshot &value) { target = value; }
};

template <> struct EntityTraits<Insight>
{
    static QList<Insight> &list(Project &p, const Id &) { return p.insights; }
    static void touch(ChangeSet &c, const Id &, const Insight &x) { c.insights.insert(x.id); }
    static void assign(Insight &target, const Insight &value) { target = value; }
};

template <> struct EntityTraits<Comment>
{
    static QList<Comment> &list(Project &p, const Id &owner)
    {
        return journeyRef(p, owner).comments;
    }
    static void touch(ChangeSet &c, const Id &owner, const Comment &x)
    {
        c.comments.insert(x.id, owner);
    }
    static void assign(Comment &target, const Comment &value) { target = value; }
};

template <> struct EntityTraits<Connection>
{
    static QList<Connection> &list(Project &p, const Id &owner)
    {
        return journeyRef(p, owner).connections;
    }
    static void touch(ChangeSet &c, const Id &owner, const Connection &x)
    {
        c.connections.insert(x.id, owner);
    }
    static void assign(Connection &target, const Connection &value) { target = value; }
};

template <> struct EntityTraits<InboxNote>
{
    static QList<InboxNote> &list(Project &p, const Id &owner)
    {
        return journeyRef(p, owner).notes;
    }
    static void touch(ChangeSet &c, const Id &owner, const InboxNote &n)
    {
        c.notes.insert(n.id, owner);
    }
    static void assign(InboxNote &target, const InboxNote &value) { target = value; }
};
template <> struct EntityTraits<VoteRound>
{
    static QList<VoteRound> &list(Project &p, const Id &owner)
    {
        return journeyRef(p, owner).rounds;
    }
    static void touch(ChangeSet &c, const Id &owner, const VoteRound &r)
    {
        c.rounds.insert(r.id, owner);
    }
    static void assign(VoteRound &target, const VoteRound &value) { target = value; }
};
template <> struct EntityTraits<Vote>
{
    static QList<Vote> &list(Project &p, const Id &owner) { return journeyRef(p, owner).votes; }
    static void touch(ChangeSet &c, const Id &owner, const Vote &v) { c.votes.insert(v.id, owner); }
    static void assign(Vote &target, const Vote &value) { target = value; }
};

// Inserts (or, with insert = false, removes) one object; the command owns what it removed.
template <typename T> class ListEditCommand : public DocumentCommand
{
public:
    ListEditCommand(Document *doc, const QString &text, const Id &owner, int index, T value,
                    bool insert)
        : DocumentCommand(doc, text), m_owner(owner), m_index(index), m_value(std::move(value)),
          m_insert(insert)
    {
    }
    void apply(bool forward) override
    {
        QList<T> &list = EntityTraits<T>::list(project(), m_owner);
        if (forward == m_insert)
            list.insert(m_index, m_value);
        else
            list.removeAt(m_index);
        EntityTraits<T>::touch(pending(), m_owner, m_value);
        // A journey's order shifts for everyone behind it.
        if constexpr (std::is_same_v<T, Journey>) pending().journeyOrder = true;
        if constexpr (std::is_same_v<T, Persona>) pending().personaOrder = true;
        // So do the positions of stages, lanes and insights.
        if constexpr (std::is_same_v<T, Stage> || std::is_same_v<T, Lane> ||
                      std::is_same_v<T, Insight>)
            for (const T &sibling : list)
                EntityTraits<T>::touch(pending(), m_owner, sibling);
    }

private:
    Id m_owner;
    int m_index;
    T m_value;
    bool m_insert;
};

// Replaces an object's value; consecutive changes of the same object merge when asked.
template <typename T> class ChangeValueCommand : public DocumentCommand
{
public:
    ChangeValueCommand(Document *doc, const QString &text, const Id &owner, T before, T after,
                       int mergeId)
        : DocumentCommand(doc, text), m_owner(owner), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeId(mergeId)
    {
    }
    int id() const override { return m_mergeId; }
    QList<Id> focusCards(bool) const override
    {
        if constexpr (std::is_same_v<T, Card>) return {m_after.id};
        return {};
    }
    bool mergeWith(const QUndoCommand *other) override
    {
        auto *o = static_cast<const ChangeValueCommand<T> *>(other);
        if (o->m_after.id != m_after.id || o->m_owner != m_owner) return false;
        m_after = o->m_after;
        setObsolete(m_before == m_after);
        return true;
    }
    void apply(bool forward) override
    {
        QList<T> &list = EntityTraits<T>::list(project(), m_owner);
        const int i = indexOfId(list, m_after.id);
        if (i < 0) return;
        EntityTraits<T>::assign(list[i], forward ? m_after : m_before);
        if constexpr (std::is_same_v<T, Journey>)
            pending().journeys.insert(m_after.id);
        else
            EntityTraits<T>::touch(pending(), m_owner, list[i]);
    }

private:
    Id m_owner;
    T m_before;
    T m_after;
    int m_mergeId;
};

// Moves one object within its list (stages, lanes, journeys, personas).
template <typename T> class MoveCommand : public DocumentCommand
{
public:
    MoveCommand(Document *doc, const QString &text, const Id &owner, int from, int to)
        : DocumentCommand(doc, text), m_owner(owner), m_from(from), m_to(to)
    {
    }
    void apply(bool forward) override
    {
        QList<T> &list = EntityTraits<T>::list(project(), m_owner);
        if (forward)
            list.move(m_from, m_to);
        else
            list.move(m_to, m_from);
        if constexpr (std::is_same_v<T, Journey>)
            pending().journeyOrder = true;
        else if constexpr (std::is_same_v<T, Persona>)
            pending().personaOrder = true;
        else
            for (const T &item : list)
                EntityTraits<T>::touch(pending(), m_owner, item);
    }

private:
    Id m_owner;
    int m_from;
    int m_to;
};

} // namespace waymark
