// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop's records and the facilitator's decisions on participants' notes.
#include "cardcommands.h"
#include "commands.h"
#include "document.h"

namespace waymark {

bool Document::record(std::unique_ptr<DocumentCommand> command)
{
    command->redo();
    if (m_saveError.isEmpty()) return true;
    // Not in the file: take it back out of the model too, so that nothing is shown as
    // received that a reopened file would not have.
    command->undo();
    return refuse(tr("The project file could not be written: %1").arg(m_saveError));
}

Id Document::receiveNote(const Id &journeyId, InboxNote note)
{
    if (!editable()) return {};
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist.")), Id();
    if (j->stageIndex(note.stageId) < 0) return refuse(tr("The stage does not exist.")), Id();
    note.text = note.text.trimmed();
    if (note.text.isEmpty()) return refuse(tr("The note is empty.")), Id();
    if (note.text.size() > MaxNoteText)
        return refuse(tr("A note holds at most %L1 characters.").arg(MaxNoteText)), Id();
    if (note.feeling) note.feeling = std::clamp(*note.feeling, MinEmotion, MaxEmotion);
    note.author = note.author.trimmed().left(80);
    if (note.id.isNull()) note.id = newId();
    if (!note.created.isValid()) note.created = QDateTime::currentDateTimeUtc();
    note.state = NoteState::New;
    note.cardId = Id();
    const Id id = note.id;
    const int at = int(j->notes.size());
    return record(std::make_unique<ListEditCommand<InboxNote>>(this, QString(), journeyId, at, note,
                                                               true))
               ? id
               : Id();
}

bool Document::setNoteState(const Id &journeyId, const QList<Id> &noteIds, NoteState state)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    const QString text =
        state == NoteState::Revealed ? tr("Reveal %n note(s)", nullptr, int(noteIds.size()))
        : state == NoteState::Parked ? tr("Park %n note(s)", nullptr, int(noteIds.size()))
        : state == NoteState::Rejected
            ? tr("Reject %n note(s)", nullptr, int(noteIds.size()))
            : tr("Return %n note(s) to the inbox", nullptr, int(noteIds.size()));
    if (state == NoteState::Accepted || state == NoteState::Merged)
        return refuse(tr("Accept or merge notes with their own commands."));
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    for (const Id &id : noteIds) {
        const int i = indexOfId(j->notes, id);
        if (i < 0) return refuse(tr("The note does not exist."));
        InboxNote after = j->notes[i];
        if (after.state == state) continue;
        if (after.state == NoteState::Accepted || after.state == NoteState::Merged)
            return refuse(tr("The note is already on the map or merged."));
        after.state = state;
        cmd->add(std::make_unique<ChangeValueCommand<InboxNote>>(this, text, journeyId, j->notes[i],
                                                                 after, -1));
    }
    if (cmd->isEmpty()) return refuse(tr("Nothing to change."));
    m_undoStack.push(cmd.release());
    return true;
}

bool Document::changeNote(const Id &journeyId, const InboxNote &note)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const int i = j ? indexOfId(j->notes, note.id) : -1;
    if (i < 0) return refuse(tr("The note does not exist."));
    if (j->stageIndex(note.stageId) < 0) return refuse(tr("The stage does not exist."));
    InboxNote value = note;
    value.text = value.text.trimmed();
    if (value.text.isEmpty()) return refuse(tr("The note is empty."));
    if (value.text.size() > MaxCardText)
        return refuse(
            tr("A card holds at most %L1 characters of text and of notes.").arg(MaxCardText));
    if (value.feeling) value.feeling = std::clamp(*value.feeling, MinEmotion, MaxEmotion);
    // What happened to a note is decided by the other commands.
    value.state = j->notes[i].state;
    value.cardId = j->notes[i].cardId;
    if (value == j->notes[i]) return true;
    m_undoStack.push(new ChangeValueCommand<InboxNote>(this, tr("Edit note"), journeyId,
                                                       j->notes[i], value, -1));
    return true;
}

Id Document::acceptNote(const Id &journeyId, const Id &noteId, const CellTarget &target)
{
    if (!editable()) return {};
    const Journey *j = journey(journeyId);
    const int i = j ? indexOfId(j->notes, noteId) : -1;
    if (i < 0) return refuse(tr("The note does not exist.")), Id();
    const InboxNote &note = j->notes[i];
    if (note.state == NoteState::Accepted || note.state == NoteState::Merged)
        return refuse(tr("The note is already on the map or merged.")), Id();
    if (j->stageIndex(target.stageId) < 0 || j->laneIndex(target.laneId) < 0)
        return refuse(tr("The target cell does not exist.")), Id();
    Card card;
    card.id = newId();
    card.text = note.text;
    if (j->lanes[j->laneIndex(target.laneId)].kind == LaneKind::Feelings)
        card.emotion = note.feeling.value_or(0);
    else
        card.emotion = note.feeling;
    // Said in the room: reported, with who said it in the card's notes.
    card.evidence = Evidence::Reported;
    if (!note.author.isEmpty()) card.notes = tr("From %1 (workshop)").arg(note.author);
    InboxNote after = note;
    after.state = NoteState::Accepted;
    after.cardId = card.id;
    const QString text = tr("Accept note");
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    cmd->add(std::make_unique<CardPlacementCommand>(this, text, journeyId, QList<Card>{card},
                                                    QList<Id>{}, QList<Id>{}, target, false));
    cmd->add(
        std::make_unique<ChangeValueCommand<InboxNote>>(this, text, journeyId, note, after, -1));
    const Id id = card.id;
    m_undoStack.push(cmd.release());
    return id;
}

bool Document::mergeNotes(const Id &journeyId, const QList<Id> &noteIds)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    if (noteIds.size() < 2) return refuse(tr("Choose at least two notes to merge."));
    QList<int> rows;
    for (const Id &id : noteIds) {
        const int i = indexOfId(j->notes, id);
        if (i < 0) return refuse(tr("The note does not exist."));
        const NoteState s = j->notes[i].state;
        if (s == NoteState::Accepted || s == NoteState::Merged)
            return refuse(tr("The note is already on the map or merged."));
        if (!rows.contains(i)) rows.append(i);
    }
    const QString text = tr("Merge %n note(s)", nullptr, int(rows.size()));
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    InboxNote keep = j->notes[rows.first()];
    QStringList authors;
    if (!keep.author.isEmpty()) authors.append(keep.author);
    for (int k = 1; k < rows.size(); ++k) {
        const InboxNote &other = j->notes[rows[k]];
        if (!other.text.isEmpty() && !keep.text.contains(other.text))
            keep.text += QStringLiteral("\n") + other.text;
        if (!other.author.isEmpty() && !authors.contains(other.author))
            authors.append(other.author);
        InboxNote merged = other;
        merged.state = NoteState::Merged;
        merged.cardId = keep.id;
        cmd->add(std::make_unique<ChangeValueCommand<InboxNote>>(this, text, journeyId, other,
                                                                 merged, -1));
    }
    keep.text = keep.text.left(MaxCardText);
    keep.author = authors.join(QStringLiteral(", "));
    cmd->add(std::make_unique<ChangeValueCommand<InboxNote>>(this, text, journeyId,
                                                             j->notes[rows.first()], keep, -1));
    m_undoStack.push(cmd.release());
    return true;
}

const VoteRound *Document::openRoundOf(const Id &journeyId) const
{
    const Journey *j = m_project.journey(journeyId);
    if (!j) return nullptr;
    for (const VoteRound &r : j->rounds)
        if (r.isOpen()) return &r;
    return nullptr;
}

Id Document::openRound(const Id &journeyId, VoteRound round)
{
    if (!editable()) return {};
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist.")), Id();
    if (openRoundOf(journeyId)) return refuse(tr("Close the open voting round first.")), Id();
    QList<Id> cards;
    for (const Id &c : round.cards)
        if (j->card(c) && !cards.contains(c)) cards.append(c);
    if (cards.isEmpty()) return refuse(tr("A voting round needs at least one card.")), Id();
    // In reading order: stage by stage, lane by lane, as the map shows them.
    std::sort(cards.begin(), cards.end(), [j](const Id &a, const Id &b) {
        const Card *ca = j->card(a), *cb = j->card(b);
        return std::make_tuple(j->stageIndex(ca->stageId), j->laneIndex(ca->laneId), ca->order) <
               std::make_tuple(j->stageIndex(cb->stageId), j->laneIndex(cb->laneId), cb->order);
    });
    round.cards = cards;
    round.question = round.question.trimmed().left(MaxNoteText);
    if (round.question.isEmpty()) round.question = tr("Which of these matter most?");
    round.dotsPerPerson = std::clamp(round.dotsPerPerson, 1, 99);
    round.maxPerCard = std::clamp(round.maxPerCard, 1, round.dotsPerPerson);
    if (round.id.isNull()) round.id = newId();
    round.opened = QDateTime::currentDateTimeUtc();
    round.closed = QDateTime();
    const Id id = round.id;
    return record(std::make_unique<ListEditCommand<VoteRound>>(this, QString(), journeyId,
                                                               int(j->rounds.size()), round, true))
               ? id
               : Id();
}

bool Document::closeRound(const Id &journeyId, const Id &roundId)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const VoteRound *r = j ? j->round(roundId) : nullptr;
    if (!r) return refuse(tr("The voting round does not exist."));
    if (!r->isOpen()) return refuse(tr("The voting round is closed."));
    VoteRound closed = *r;
    closed.closed = QDateTime::currentDateTimeUtc();
    return record(std::make_unique<ChangeValueCommand<VoteRound>>(this, QString(), journeyId, *r,
                                                                  closed, -1));
}

Id Document::castVote(const Id &journeyId, const Id &roundId, const Id &cardId,
                      const QString &voter)
{
    if (!editable()) return {};
    const Journey *j = journey(journeyId);
    const VoteRound *r = j ? j->round(roundId) : nullptr;
    if (!r) return refuse(tr("The voting round does not exist.")), Id();
    if (!r->isOpen()) return refuse(tr("The voting round is closed.")), Id();
    if (!r->cards.contains(cardId) || !j->card(cardId))
        return refuse(tr("The card is not part of this voting round.")), Id();
    if (j->dotsGiven(roundId, voter) >= r->dotsPerPerson)
        return refuse(tr("No dots left: each person has %n dot(s).", nullptr, r->dotsPerPerson)),
               Id();
    int onCard = 0;
    for (const Vote &v : j->votes)
        if (v.roundId == roundId && v.voter == voter && v.cardId == cardId) onCard += v.weight;
    if (onCard >= r->maxPerCard)
        return refuse(tr("At most %n dot(s) per card.", nullptr, r->maxPerCard)), Id();
    Vote vote{newId(), roundId, cardId, voter, 1, QDateTime::currentDateTimeUtc()};
    return record(std::make_unique<ListEditCommand<Vote>>(this, QString(), journeyId,
                                                          int(j->votes.size()), vote, true))
               ? vote.id
               : Id();
}

bool Document::withdrawVote(const Id &journeyId, const Id &roundId, const Id &cardId,
                            const QString &voter)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const VoteRound *r = j ? j->round(roundId) : nullptr;
    if (!r) return refuse(tr("The voting round does not exist."));
    if (!r->isOpen()) return refuse(tr("The voting round is closed."));
    for (qsizetype i = j->votes.size() - 1; i >= 0; --i) {
        const Vote &v = j->votes[i];
        if (v.roundId == roundId && v.cardId == cardId && v.voter == voter)
            return record(std::make_unique<ListEditCommand<Vote>>(this, QString(), journeyId,
                                                                  int(i), v, false));
    }
    return refuse(tr("There is no dot to take back."));
}

} // namespace waymark
