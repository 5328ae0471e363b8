// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/metricimport.h"
#include "storage/store.h"

#include <memory>
#include <QObject>
#include <QUndoStack>

namespace waymark {

// Where cards should land: a cell and a position in it. `index` counts the cards of the
// target cell that are not themselves moving; -1 appends.
struct CellTarget
{
    Id stageId;
    Id laneId;
    int index = -1;
};

// Cards that move together to one cell.
struct CardMove
{
    QList<Id> cards;
    CellTarget target;
};

// The open project: model, undo stack, selection and file. Every edit goes through one of
// the edit functions below, which push one undoable command; each command's do, undo and
// redo is written to the file in its own transaction before the changed() signal.
class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    static std::unique_ptr<Document> open(const QString &path, Store::Access access,
                                          OpenResult *result);
    // Writes `project` to a new file at `path`, then opens it for editing.
    static std::unique_ptr<Document> create(const QString &path, const Project &project,
                                            QString *error);

    const Project &project() const { return m_project; }
    QString filePath() const;
    bool isReadOnly() const;
    // True while every edit has reached the file.
    bool isSaved() const { return m_pending.isEmpty(); }
    // Why the last edit was refused (empty when it was done); set by every edit.
    QString refusalReason() const { return m_refusal; }
    // Why the file does not hold the latest edits (empty while every edit reached it).
    QString saveError() const { return m_saveError; }
    QUndoStack *undoStack() { return &m_undoStack; }
    const Store &store() const { return *m_store; }

    // Writes a copy with the backup API, then continues editing the copy.
    bool saveAs(const QString &path, QString *error);
    void close();

    // ---- selection ----
    Id currentJourneyId() const { return m_currentJourney; }
    void setCurrentJourney(const Id &journeyId);
    QList<Id> selectedCards() const { return m_selectedCards; }
    void setSelectedCards(const QList<Id> &cardIds);

    // About 40 pages; what a card can show is far less (drawing stops at MaxDrawnChars).
    static constexpr qsizetype MaxCardText = 100'000;
    // Undo goes back this many steps; older ones are forgotten.
    static constexpr int UndoLimit = 1000;

    // ---- edits; each returns false (and sets refusalReason) when refused ----
    bool setProjectInfo(const ProjectInfo &info, const QString &undoText = {});

    Id addCard(const Id &journeyId, Card card, const CellTarget &target);
    bool addCards(const Id &journeyId, const QList<Card> &cards, const CellTarget &target);
    bool changeCard(const Id &journeyId, const Card &card, bool mergeable = false);
    // Changes the content of several cards in one undo step.
    bool changeCards(const Id &journeyId, const QList<Card> &cards);
    // Adds `images` the project does not have yet, then the cards, in one undo step (pasting
    // from another project).
    bool addCardsWithImages(const Id &journeyId, const QList<Card> &cards,
                            const QList<Image> &images, const CellTarget &target);
    bool moveCards(const Id &journeyId, const QList<Id> &cardIds, const CellTarget &target,
                   bool continuesDrag = false);
    // Moves groups of cards to their own cells in one step; no two groups share a cell.
    bool moveCards(const Id &journeyId, const QList<CardMove> &moves);
    // Gives the cards `picture` (stored once, in the project file), or takes their picture
    // away (nullopt); a picture nothing shows any more leaves the file with it. One step.
    bool setCardPicture(const Id &journeyId, const QList<Id> &cardIds,
                        const std::optional<Image> &picture);
    bool removeCards(const Id &journeyId, const QList<Id> &cardIds);

    Id addStage(const Id &journeyId, Stage stage, int index = -1);
    bool changeStage(const Id &journeyId, const Stage &stage);
    bool moveStage(const Id &journeyId, int from, int to);
    // Removes the stage and its cards in one step; callers ask first (cardsInStage()).
    bool removeStage(const Id &journeyId, const Id &stageId);
    int cardsInStage(const Id &journeyId, const Id &stageId) const;

    Id addLane(const Id &journeyId, Lane lane, int index = -1);
    bool changeLane(const Id &journeyId, const Lane &lane);
    bool moveLane(const Id &journeyId, int from, int to);
    bool removeLane(const Id &journeyId, const Id &laneId);
    int cardsInLane(const Id &journeyId, const Id &laneId) const;

    // With `linkTo`, the new persona is linked to that journey in the same step (a persona
    // added while a journey is open belongs to it).
    Id addPersona(Persona persona, const std::optional<Image> &photo = std::nullopt,
                  const Id &linkTo = {});
    // Replaces the persona's values. With `newPhoto`, the photo changes in the same step (a
    // persona whose photoId is null has its photo removed); the old picture goes with it.
    bool changePersona(const Persona &persona, const std::optional<Image> &newPhoto = {});
    // A copy with its own copy of the photo, placed after the original.
    Id duplicatePersona(const Id &personaId);
    // Adds personas from another project with their photos in one step; a persona whose id
    // this project already has gets a new id. Returns the new ids in order.
    QList<Id> addPersonas(const QList<Persona> &personas, const QList<Image> &photos);
    bool movePersona(int from, int to);
    // Also unlinks it from journeys and cards; callers ask first (personaReferences()).
    bool removePersona(const Id &personaId);
    int personaReferences(const Id &personaId) const;

    Id addJourney(Journey journey, int index = -1);
    // A journey from elsewhere (a Mermaid import) with the personas it needs that the project
    // does not have yet: one undo step. Returns the journey's id.
    Id importJourney(const Journey &journey, const QList<Persona> &newPersonas);
    // Changes name, goal, state, linked personas, owner, status and review; stages, lanes and
    // cards stay.
    bool changeJourney(const Journey &journey);
    Id duplicateJourney(const Id &journeyId, bool asFutureState);
    bool moveJourney(int from, int to);
    bool removeJourney(const Id &journeyId);

    // Applies a planned metric import as one undo step; refused when the plan has problems
    // (nothing changes then).
    bool importMetrics(const MetricImportPlan &plan);
    // Changes a metric's name, unit, direction, scale, target and thresholds.
    bool changeMetric(const MetricDefinition &metric);

    // ---- snapshots ----
    static constexpr qsizetype MaxSnapshotName = 200;
    // A named copy of one journey (of every journey when `journeyId` is null) with its metric
    // values, kept in the file. One undo step; refused for an empty or taken name.
    Id takeSnapshot(const QString &name, const Id &journeyId = {});
    bool renameSnapshot(const Id &snapshotId, const QString &name);
    bool removeSnapshot(const Id &snapshotId);
    // Adds the snapshot's journeys (only `journeyId` of them when given) as new journeys with
    // their metric values, after an automatic snapshot of the project as it is; one step.
    // Returns the new journeys' ids (empty when refused).
    QList<Id> restoreSnapshot(const Id &snapshotId, const Id &journeyId = {});
    // `base`, or `base (2)`, `base (3)`... whichever no snapshot has.
    QString freeSnapshotName(const QString &base) const;

    // ---- comments ----
    static constexpr qsizetype MaxCommentText = 10'000;
    // A new thread on a card, a stage or the journey itself, or (with `threadId`) a reply to
    // a thread; `author` empty: anonymous. One undo step each.
    Id addComment(const Id &journeyId, const Id &targetId, const QString &text,
                  const QString &author, const Id &threadId = {});
    bool editComment(const Id &journeyId, const Id &commentId, const QString &text);
    // Resolves or reopens a thread (a reply resolves its thread).
    bool resolveComment(const Id &journeyId, const Id &commentId, bool resolved,
                        const QString &by);
    // A thread goes with its replies.
    bool removeComment(const Id &journeyId, const Id &commentId);

    // ---- evidence library ----
    // An insight needs text (at most Insight::MaxText characters); one undo step each.
    Id addInsight(Insight insight);
    // The cards linked to it follow a change of its kind in the same step.
    bool changeInsight(const Insight &insight);
    // Unlinks it from every card (their evidence follows) and removes it; one step.
    bool removeInsight(const Id &insightId);
    // Links the cards to the insight, or unlinks them; their evidence follows. One step.
    bool linkInsight(const Id &journeyId, const QList<Id> &cardIds, const Id &insightId,
                     bool link);

    // ---- opportunities (analytics/opportunity.h) ----
    // Scores an opportunity (nullopt: not scored), one undo step.
    bool scoreOpportunity(const Id &journeyId, const Id &cardId, std::optional<double> customer,
                          std::optional<double> business, std::optional<double> effort);
    // What the opportunity addresses: pain points and other cards or stages of its journey.
    bool setAddresses(const Id &journeyId, const Id &cardId, const QList<Id> &targets);
    // Refused (nothing changes) when the formula does not parse; empty: the standard one.
    bool setPriorityFormula(const QString &formula);

    // ---- service blueprints ----
    // Shows the journey as a service blueprint (its lanes put in zone order in the same step)
    // or as a journey map again (the lanes stay where they are). In a blueprint every lane
    // edit keeps the zone order: a lane moves within its zone, a lane whose zone changes goes
    // to the near end of its new zone, a new lane is placed inside its zone.
    bool setBlueprint(const Id &journeyId, bool blueprint);
    static constexpr qsizetype MaxArrowLabel = 200;
    // An arrow between two different cards of the journey; refused when the same arrow is
    // there already. One undo step.
    Id connectCards(const Id &journeyId, const Id &fromCard, const Id &toCard,
                    const QString &label = {});
    // A new label or direction (from and to swapped) of an arrow.
    bool changeConnection(const Id &journeyId, const Connection &connection);
    bool removeConnections(const Id &journeyId, const QList<Id> &connectionIds);
    // ---- workshops (core/workshop/PROTOCOL.md) ----
    // What the room did is a record, not an edit: a participant's note, a round opened or
    // closed and each vote are written at once and are not undo steps (an undo must not take
    // back a participant's note). The facilitator's decisions on notes are undo steps.
    static constexpr qsizetype MaxNoteText = 500;
    // `note.author` empty: anonymous. Refused for an unknown journey or stage, an empty or too
    // long text, or a file that cannot be written (then the note is not kept either).
    Id receiveNote(const Id &journeyId, InboxNote note);
    // Reveal, park, reject or put back into the inbox; one step for all.
    bool setNoteState(const Id &journeyId, const QList<Id> &noteIds, NoteState state);
    bool changeNote(const Id &journeyId, const InboxNote &note);
    // The note becomes a card in `target`; the card's id is returned. One step.
    Id acceptNote(const Id &journeyId, const Id &noteId, const CellTarget &target);
    // The notes' texts join the first note's; the others are marked merged. One step.
    bool mergeNotes(const Id &journeyId, const QList<Id> &noteIds);
    // Opens a round (refused while another round of the journey is open, or with no cards).
    Id openRound(const Id &journeyId, VoteRound round);
    bool closeRound(const Id &journeyId, const Id &roundId);
    // One dot of `voter` for a card of an open round; refused past the voter's dots or the
    // card's maximum (the refusal reason says which).
    Id castVote(const Id &journeyId, const Id &roundId, const Id &cardId, const QString &voter);
    // Takes back one dot of `voter` from the card (a participant changing their mind).
    bool withdrawVote(const Id &journeyId, const Id &roundId, const Id &cardId,
                      const QString &voter);
    // The open round of a journey, if any.
    const VoteRound *openRoundOf(const Id &journeyId) const;

    // ---- for commands only ----
    Project &mutableProject() { return m_project; }
    ChangeSet &pending() { return m_pending; }
    void beginChange(bool replay)
    {
        if (m_changeDepth++ == 0) m_replaying = replay;
    }
    void endChange();
    // True while changed() reports an undo or redo (not a new edit), so views can bring the
    // change back into sight.
    bool isReplaying() const { return m_replaying; }
    void addReplayFocus(const QList<Id> &cardIds)
    {
        if (m_replaying) m_replayFocus += cardIds;
    }
    // Metric values whose card, stage or journey the current change removed, taken out of
    // the project with their places in the list; putting them back restores the list.
    using TakenObservations = QList<std::pair<qsizetype, Observation>>;
    TakenObservations takeOrphanedObservations();
    void restoreObservations(const TakenObservations &taken);
    // The same for comments on a removed card or stage: journey, place in its list, comment.
    using TakenComments = QList<std::tuple<Id, qsizetype, Comment>>;
    TakenComments takeOrphanedComments();
    void restoreComments(const TakenComments &taken);
    // And arrows from or to a removed card.
    using TakenConnections = QList<std::tuple<Id, qsizetype, Connection>>;
    TakenConnections takeOrphanedConnections();
    void restoreConnections(const TakenConnections &taken);

signals:
    void changed(const waymark::ChangeSet &changes);
    void saveStateChanged(bool saved);
    void saveFailed(const QString &message);
    void currentJourneyChanged(const waymark::Id &journeyId);
    void selectionChanged();

private:
    Document(std::unique_ptr<Store> store, Project project);
    bool refuse(const QString &reason);
    bool editable();
    bool textFits(const Card &card);
    // A new link must name another journey of the project (an old one may dangle).
    bool linkFits(const Id &journeyId, const Card &old, const Card &card);
    // Scores within 1..5; a new target of `addresses` a card or stage of the journey.
    bool scoresFit(const Id &journeyId, const Card &old, const Card &card);
    // The card's links to insights: unknown and repeated ones dropped, its evidence following
    // the rest; a card that loses its last link (it had some in `old`) is Assumed again. What
    // it addresses loses repeats and the card itself.
    Card settleEvidence(Card card, const Card *old = nullptr) const;
    bool insightFits(const Insight &insight);
    bool connectionFits(const Journey &journey, const Connection &connection);
    Journey *journey(const Id &journeyId);
    // Whether a persona or card other than the ones named shows the image.
    bool imageInUse(const Id &imageId, const Id &exceptPersona,
                    const QSet<Id> &exceptCards = {}) const;
    // Runs a command that is a record rather than an edit: written, never on the undo stack.
    bool record(std::unique_ptr<class DocumentCommand> command);
    // The command that keeps the project as it is in an automatic snapshot.
    std::unique_ptr<DocumentCommand> autoSnapshot(const QString &name, const QString &reason);
    bool snapshotNameFree(const QString &name, const Id &except = {});
    bool pushPlacement(const Id &journeyId, const QString &text, const QList<Card> &inserted,
                       const QList<Id> &removed, const QList<Id> &moved, const CellTarget &target,
                       bool mergeable);

    std::unique_ptr<Store> m_store;
    Project m_project;
    QUndoStack m_undoStack;
    ChangeSet m_pending;
    ChangeSet m_emitted; // what the current change touched, for changed()
    int m_changeDepth = 0;
    bool m_replaying = false;
    QList<Id> m_replayFocus;
    QString m_refusal, m_saveError;
    Id m_currentJourney;
    QList<Id> m_selectedCards;
};

} // namespace waymark
