// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardcommands.h"

#include <algorithm>
#include <QSet>

namespace waymark {

namespace {

using Cell = std::pair<Id, Id>;

// One pass over the journey with lookups in the (small) set of placements.
void applyPlacements(Journey &j, const Placements &placements)
{
    qsizetype left = placements.size();
    for (Card &c : j.cards) {
        if (left == 0) break;
        const auto it = placements.constFind(c.id);
        if (it == placements.cend()) continue;
        c.stageId = it->stageId;
        c.laneId = it->laneId;
        c.order = it->order;
        --left;
    }
}

void removeCardsById(Journey &j, const QList<Card> &gone)
{
    if (gone.isEmpty()) return;
    QSet<Id> ids;
    for (const Card &c : gone)
        ids.insert(c.id);
    j.cards.removeIf([&](const Card &c) { return ids.contains(c.id); });
}

} // namespace

CardPlacementCommand::CardPlacementCommand(Document *doc, const QString &text, const Id &journeyId,
                                           const QList<Card> &inserted, const QList<Id> &removed,
                                           const QList<Id> &moved, const CellTarget &target,
                                           bool mergeable)
    : CardPlacementCommand(doc, text, journeyId, inserted, removed,
                           QList<CardMove>{{moved, target}}, target, mergeable)
{
}

CardPlacementCommand::CardPlacementCommand(Document *doc, const QString &text, const Id &journeyId,
                                           const QList<Card> &inserted, const QList<Id> &removed,
                                           const QList<CardMove> &moves, const CellTarget &insertAt,
                                           bool mergeable)
    : DocumentCommand(doc, text), m_journeyId(journeyId), m_mergeable(mergeable)
{
    const Journey &j = *doc->project().journey(journeyId);
    QList<Cell> cells;
    auto addCell = [&](const Cell &cell) {
        if (!cells.contains(cell)) cells.append(cell);
    };
    QSet<Id> leaving;
    for (const Id &id : removed) {
        if (const Card *c = j.card(id); c && !leaving.contains(id)) {
            leaving.insert(id);
            m_removed.append(*c);
            addCell({c->stageId, c->laneId});
        }
    }
    QList<QList<const Card *>> movers; // per move
    for (const CardMove &move : moves) {
        QList<const Card *> &group = movers.emplace_back();
        for (const Id &id : move.cards) {
            if (const Card *c = j.card(id); c && !leaving.contains(id)) {
                leaving.insert(id);
                group.append(c);
                m_moved.append(id);
                addCell({c->stageId, c->laneId});
            }
        }
        // Moved cards keep their reading order: by stage, lane, then order in the cell.
        std::sort(group.begin(), group.end(), [&](const Card *a, const Card *b) {
            const auto key = [&](const Card *c) {
                return std::tuple(j.stageIndex(c->stageId), j.laneIndex(c->laneId), c->order);
            };
            return key(a) < key(b);
        });
        if (!group.isEmpty()) addCell({move.target.stageId, move.target.laneId});
    }
    if (!inserted.isEmpty()) addCell({insertAt.stageId, insertAt.laneId});

    QSet<Id> removedIds;
    for (const Card &c : m_removed)
        removedIds.insert(c.id);
    QHash<Cell, QList<Id>> order;
    for (const Cell &cell : cells) {
        QList<Id> &ids = order[cell];
        for (const Card *c : j.cellCards(cell.first, cell.second)) {
            if (!removedIds.contains(c->id))
                m_before.insert(c->id, {c->stageId, c->laneId, c->order});
            if (!leaving.contains(c->id)) ids.append(c->id);
        }
    }

    // Each group arrives at its index among the staying cards; inserted cards arrive with
    // the group bound for the same cell (or alone).
    const auto arrive = [&order](const CellTarget &target, const QList<Id> &arriving) {
        if (arriving.isEmpty()) return;
        QList<Id> &ids = order[{target.stageId, target.laneId}];
        const int at =
            target.index < 0 || target.index > ids.size() ? int(ids.size()) : target.index;
        for (int k = 0; k < arriving.size(); ++k)
            ids.insert(at + k, arriving[k]);
    };
    QList<Id> insertedIds;
    for (const Card &c : inserted)
        insertedIds.append(c.id);
    bool insertedPlaced = false;
    for (qsizetype m = 0; m < moves.size(); ++m) {
        QList<Id> arriving;
        for (const Card *c : movers[m])
            arriving.append(c->id);
        const CellTarget &t = moves[m].target;
        if (!insertedPlaced && t.stageId == insertAt.stageId && t.laneId == insertAt.laneId) {
            arriving += insertedIds;
            insertedPlaced = true;
        }
        arrive(t, arriving);
    }
    if (!insertedPlaced) arrive(insertAt, insertedIds);

    QHash<Id, int> insertedIndex;
    for (qsizetype i = 0; i < inserted.size(); ++i)
        insertedIndex.insert(inserted[i].id, int(i));
    m_inserted = inserted;
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        for (int k = 0; k < it->size(); ++k) {
            const Placement p{it.key().first, it.key().second, k};
            const Id &id = it->at(k);
            if (const int i = insertedIndex.value(id, -1); i >= 0) {
                m_inserted[i].stageId = p.stageId;
                m_inserted[i].laneId = p.laneId;
                m_inserted[i].order = p.order;
            } else {
                m_after.insert(id, p);
            }
        }
    }
}

bool CardPlacementCommand::mergeWith(const QUndoCommand *other)
{
    auto *o = static_cast<const CardPlacementCommand *>(other);
    // Only later steps of the same drag merge; a new drag starts a new undo step.
    if (!o->m_mergeable || o->m_journeyId != m_journeyId || !m_inserted.isEmpty() ||
        !m_removed.isEmpty() || !o->m_inserted.isEmpty() || !o->m_removed.isEmpty())
        return false;
    for (auto it = o->m_before.cbegin(); it != o->m_before.cend(); ++it)
        if (!m_before.contains(it.key())) m_before.insert(it.key(), it.value());
    for (auto it = o->m_after.cbegin(); it != o->m_after.cend(); ++it)
        m_after.insert(it.key(), it.value());
    setObsolete(m_before == m_after);
    return true;
}

void CardPlacementCommand::apply(bool forward)
{
    Journey &j = journeyRef(project(), m_journeyId);
    removeCardsById(j, forward ? m_removed : m_inserted);
    j.cards.append(forward ? m_inserted : m_removed);
    applyPlacements(j, forward ? m_after : m_before);
    for (const QList<Card> *list : {&m_inserted, &m_removed})
        for (const Card &c : *list)
            pending().cards.insert(c.id, m_journeyId);
    // Only the cards whose place changed need writing (an appended card leaves the others).
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        if (m_after.value(it.key()) != it.value()) pending().cards.insert(it.key(), m_journeyId);
}

QList<Id> CardPlacementCommand::focusCards(bool forward) const
{
    QList<Id> ids = m_moved;
    for (const Card &c : forward ? m_inserted : m_removed)
        ids.append(c.id);
    return ids;
}

} // namespace waymark
