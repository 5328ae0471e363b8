// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"
#include "types.h"

#include <optional>
#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QHash>

namespace waymark {

// An image blob stored in the project file (persona photos, card images).
struct Image
{
    Id id;
    QString mimeType; // "image/png", "image/jpeg", "image/webp"
    int width = 0;
    int height = 0;
    QByteArray data;
    bool operator==(const Image &) const = default;
};

struct Stage
{
    Id id;
    QString name;
    QString description;
    QColor colour;
    bool momentOfTruth = false;
    double width = 0; // 0 = the layout's default width
    // The stage this one was copied from when its journey was duplicated (null: none), so a
    // comparison of a future state with its current state matches the two.
    Id origin{};
    bool operator==(const Stage &) const = default;
};

struct Lane
{
    Id id;
    LaneKind kind = LaneKind::Actions;
    QString title;
    QColor colour;
    double height = 0; // 0 = the layout's default height
    Id origin{};       // as Stage::origin
    // Its place in a service blueprint; unset: the default of its kind (zoneOf()).
    std::optional<BlueprintZone> zone{};
    // One line on what goes in the lane ("What does the customer do?"), shown on screen in
    // the lane's header tooltip and across the lane while it is empty; never exported.
    QString hint{};
    bool operator==(const Lane &) const = default;
};

// The blueprint zone a lane is in.
inline BlueprintZone zoneOf(const Lane &lane)
{
    return lane.zone.value_or(defaultZone(lane.kind));
}

// An arrow from one card to another of the same journey (a frontstage step to the backstage
// system it needs), with an optional label.
struct Connection
{
    Id id;
    Id from;
    Id to;
    QString label;
    bool operator==(const Connection &) const = default;
};

struct Card
{
    Id id;
    Id stageId;
    Id laneId;
    int order = 0; // position within its cell (stage x lane), 0-based and contiguous
    QString text;
    QString notes;
    QColor colour; // invalid = the lane's default
    Channel channel = Channel::None;
    std::optional<int> emotion; // MinEmotion..MaxEmotion, used on the feelings lane
    QStringList tags;
    QString touchpointKey; // joins the card to imported metrics
    Id personaId;
    Evidence evidence = Evidence::Assumed;
    Id imageId;
    // A step that is a journey of its own ("Onboarding" inside "Customer lifecycle"): the
    // card opens it and shows its friction. Null: none; a deleted journey's id: none shown.
    Id linkedJourney{};
    Id origin{}; // as Stage::origin
    // The insights of the evidence library this card rests on, in the order linked. While
    // there are any, `evidence` follows from them (Project::evidenceFrom()).
    QList<Id> insights{};
    // An opportunity (or idea): how much it is worth to customers and to the business and
    // what it costs, 1..5 each (unset: not scored yet), and the pain points, friction points
    // (cards or stages of its journey) it addresses. An id whose card or stage is gone is
    // kept and ignored, so that undoing the deletion brings the link back.
    std::optional<double> customerValue{}, businessValue{}, effort{};
    QList<Id> addresses{};
    static constexpr double MinScore = 1, MaxScore = 5;
    bool operator==(const Card &) const = default;
};

// A note a workshop participant sent from their phone, waiting in the inbox.
struct InboxNote
{
    Id id;
    Id stageId;
    NoteKind kind = NoteKind::Thought;
    QString text;
    std::optional<int> feeling; // MinEmotion..MaxEmotion
    QString author;             // empty: anonymous
    QDateTime created;
    NoteState state = NoteState::New;
    Id cardId; // the card it became (Accepted) or the note it went into (Merged)
    bool operator==(const InboxNote &) const = default;
};

// A dot-voting round on a set of cards.
struct VoteRound
{
    Id id;
    QString question;
    QList<Id> cards; // the cards one can vote on
    int dotsPerPerson = 3;
    int maxPerCard = 3;
    bool anonymous = true;
    QDateTime opened;
    QDateTime closed; // invalid while the round is open
    bool isOpen() const { return !closed.isValid(); }
    bool operator==(const VoteRound &) const = default;
};

// One dot: `weight` votes of one person for one card in one round.
struct Vote
{
    Id id;
    Id roundId;
    Id cardId;
    QString voter; // a participant's name, or a per-session pseudonym when anonymous
    int weight = 1;
    QDateTime created;
    bool operator==(const Vote &) const = default;
};

// A comment on a card, a stage or the journey itself. The first comment of a thread has no
// parent; replies name it. A thread is resolved (and reopened) as a whole, on its first
// comment.
struct Comment
{
    Id id;
    Id targetId;
    Id parentId;
    QString author;
    QString text;
    QDateTime created;
    QDateTime resolved; // invalid while open
    QString resolvedBy;
    bool isThread() const { return parentId.isNull(); }
    bool operator==(const Comment &) const = default;
};

struct Journey
{
    Id id;
    QString name;
    QString goal; // the customer's goal or scenario
    JourneyState state = JourneyState::Current;
    // Who keeps the map alive, where it stands, and how often it is to be reviewed: a journey
    // not reviewed within `reviewDays` (0: no interval) is stale (analytics/freshness.h).
    QString owner;
    JourneyStatus status = JourneyStatus::Draft;
    int reviewDays = 0;
    QDateTime reviewed; // the last review; invalid: never
    static constexpr int MaxReviewDays = 3650;
    QList<Id> personaIds;
    QList<Stage> stages; // in column order
    QList<Lane> lanes;   // in row order
    QList<Card> cards;   // any order; a cell's order is Card::order
    // Workshops held on this journey.
    QList<InboxNote> notes; // in arrival order
    QList<VoteRound> rounds;
    QList<Vote> votes;
    QList<Comment> comments; // in the order they were written
    // Shown as a service blueprint: lanes grouped by zone (in zone order, kept so by every
    // edit), the three lines drawn between the zones.
    bool blueprint = false;
    QList<Connection> connections; // arrows between cards, in the order they were drawn
    bool operator==(const Journey &) const = default;
    // The range of lane positions [first, last] a lane of `zone` may take in a blueprint
    // (where the zone's lanes are, or where it would begin when it has none: last = first-1).
    std::pair<int, int> zoneRange(BlueprintZone zone) const;
    // Lanes in zone order, keeping the order within each zone; true when any moved.
    bool orderLanesByZone();
    // The blueprint lines drawn right above lane position `lane` (lanes.size(): below the last
    // lane), in their order; none when the journey is not shown as a blueprint.
    QList<BlueprintLine> linesAbove(int lane) const;
    // For a copy whose cards have new ids (old id -> new id): the arrows get new ids and
    // join the new cards; an arrow with an end not in `cardIds` is dropped.
    void renewConnections(const QHash<Id, Id> &cardIds);
    // The threads on one card or stage (their first comments), and a thread's replies.
    QList<const Comment *> threadsOn(const Id &targetId) const;
    QList<const Comment *> replies(const Id &threadId) const;
    const VoteRound *round(const Id &roundId) const;
    // Dots per card in a round, and the dots a voter has given in it.
    QHash<Id, int> voteCounts(const Id &roundId) const;
    int dotsGiven(const Id &roundId, const QString &voter) const;
    // A round's cards, most dots first (ties in the round's order), and how many voted.
    QList<Id> ranking(const Id &roundId) const;
    // The first lane of the kind a note of `kind` belongs in (null: the journey has none).
    Id laneFor(NoteKind kind) const;
    int voterCount(const Id &roundId) const;

    int stageIndex(const Id &stageId) const;
    int laneIndex(const Id &laneId) const;
    int cardIndex(const Id &cardId) const;
    const Card *card(const Id &cardId) const;
    // The cards of one cell sorted by their order.
    QList<const Card *> cellCards(const Id &stageId, const Id &laneId) const;
    int cellSize(const Id &stageId, const Id &laneId) const;
};

// Position of the object with `id` in `list`, or -1.
template <typename T> int indexOfId(const QList<T> &list, const Id &id)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].id == id) return int(i);
    return -1;
}

struct Trait
{
    QString name;  // user-named, e.g. "Tech affinity"
    int value = 3; // 1..5
    bool operator==(const Trait &) const = default;
};

struct Persona
{
    Id id;
    QString name;
    Id photoId;
    std::optional<int> age;
    QString role;
    QString location;
    QString family;
    QString segment;
    QString quote;
    QString bio;
    QStringList goals;
    QStringList needs;
    QStringList frustrations;
    QStringList values;
    QStringList behaviours;
    QList<Channel> channels;
    QList<Trait> traits;
    QStringList tags;
    QColor colour;
    bool operator==(const Persona &) const = default;
};

struct ProjectInfo
{
    QString title;
    QString client;
    QString author;
    QString language = QStringLiteral("en"); // content language: "en" or "de"
    QDateTime created;
    QDateTime modified;
    // How opportunities are ranked (analytics/opportunity.h); empty: the default formula.
    QString priorityFormula{};
    bool operator==(const ProjectInfo &) const = default;
};

// A named copy of one journey or of the whole project, kept inside the project file
// ("before workshop", "baseline Q1"). Its content is a project of its own: the journeys it
// holds with the metric values on them (storage/snapshotcodec.h reads and writes it).
struct Snapshot
{
    Id id;
    QString name;
    QDateTime created;
    Id journeyId; // the journey it copied; null for the whole project
    // Why it was taken: "manual", or automatically "before-restore" / "before-import".
    QString reason = QStringLiteral("manual");
    QByteArray content; // compressed JSON (FORMAT.md)
    bool operator==(const Snapshot &) const = default;
};

// An entry of the project's evidence library: what research found, and where it was found.
// Cards link to the insights they rest on.
struct Insight
{
    Id id;
    InsightKind kind = InsightKind::Interview;
    QString text;   // the quote or the finding
    QString source; // who or where: "Interview P3", "NPS survey Q1 2026"
    QDate date;     // when it was found or said; invalid: unknown
    QString link;   // a web address or a file path; empty: none
    QStringList tags;
    QDateTime created;
    static constexpr qsizetype MaxText = 10'000;
    bool operator==(const Insight &) const = default;
};

struct Project
{
    ProjectInfo info;
    QList<Journey> journeys;
    QList<Persona> personas;
    QList<Image> images;
    QList<MetricDefinition> metrics;
    QList<Observation> observations;
    QList<MetricImport> imports;
    QList<Snapshot> snapshots; // oldest first
    QList<Insight> insights;   // the evidence library, in the order they were added
    bool operator==(const Project &) const = default;

    int journeyIndex(const Id &journeyId) const;
    const Journey *journey(const Id &journeyId) const;
    int personaIndex(const Id &personaId) const;
    const Persona *persona(const Id &personaId) const;
    int imageIndex(const Id &imageId) const;
    // The snapshot of that name (names are unique, compared case-insensitively), or null.
    const Snapshot *snapshot(const QString &name) const;
    int cardCount() const;
    const Insight *insight(const Id &insightId) const;
    // A card's evidence: from its linked insights while it has any (Observed when one of them
    // was observed, else Reported), else as set on the card.
    Evidence evidenceFrom(const QList<Id> &insightIds, Evidence fallback) const;
    // The cards linked to an insight, as (journey, card) pairs.
    QList<std::pair<Id, Id>> cardsCiting(const Id &insightId) const;
};

} // namespace waymark
