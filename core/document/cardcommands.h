// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

#include <QHash>

namespace waymark {

struct Placement
{
    Id stageId;
    Id laneId;
    int order = 0;
    bool operator==(const Placement &) const = default;
};
using Placements = QHash<Id, Placement>;

// Adds, removes and moves cards. It records where every card of the affected cells sat
// before and after, so undo restores each cell's order exactly.
class CardPlacementCommand : public DocumentCommand
{
public:
    // `target.index` counts the target cell's cards that stay where they are.
    CardPlacementCommand(Document *doc, const QString &text, const Id &journeyId,
                         const QList<Card> &inserted, const QList<Id> &removed,
                         const QList<Id> &moved, const CellTarget &target, bool mergeable);
    // Several groups of cards, each to its own cell (a drag of cards from several cells keeps
    // their arrangement); each target's index counts the cards of its cell that no group moves.
    CardPlacementCommand(Document *doc, const QString &text, const Id &journeyId,
                         const QList<Card> &inserted, const QList<Id> &removed,
                         const QList<CardMove> &moves, const CellTarget &insertAt, bool mergeable);
    int id() const override { return MergeMoveCards; }
    bool mergeWith(const QUndoCommand *other) override;
    void apply(bool forward) override;
    QList<Id> focusCards(bool forward) const override;
    bool isNoOp() const
    {
        return m_inserted.isEmpty() && m_removed.isEmpty() && m_before == m_after;
    }

private:
    Id m_journeyId;
    QList<Card> m_inserted; // with their final placement
    QList<Card> m_removed;  // as they were
    Placements m_before;    // cards present both before and after
    Placements m_after;
    QList<Id> m_moved;
    bool m_mergeable; // continues the drag of the command before it
};

} // namespace waymark
