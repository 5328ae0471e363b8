// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "friction.h"
#include "model/model.h"

#include <optional>
#include <QJsonObject>

namespace waymark {

// What changed from one journey to another: a current state and its future state, or a
// journey and a snapshot of it. Cards, stages and lanes are matched by id, then by the
// original they were copied from (Stage::origin, Card::origin), so a journey duplicated as
// future state matches its original card for card.
//
// A card is "moved" when it sits in another cell (matched stage or lane), or when, among the
// cards its cell holds on both sides, it left the longest run that kept its order (so one
// card dragged to the top of a cell is one move, not a move of every card below it).
struct JourneyDiff
{
    struct Place
    {
        Id stageId, laneId;
        QString stage, lane;
        int position = 0; // in its cell, 0-based
    };
    struct CardRef
    {
        Id id;
        QString text;
        Place place;
    };
    struct Changed
    {
        Id id, fromId;
        QString text;
        QStringList fields; // "text", "notes", "colour", "channel", "emotion", "tags",
                            // "touchpoint", "persona", "evidence", "image"
    };
    struct Moved
    {
        Id id, fromId;
        QString text;
        Place from, to;
        bool withinCell = false; // only its place in the cell changed
    };
    struct StageRef
    {
        Id id;
        QString name;
        int position = 0;
    };
    struct Renamed
    {
        Id id;
        QString from, to;
    };
    struct StageMove
    {
        Id id;
        QString name;
        int from = 0, to = 0;
    };
    struct MetricDelta
    {
        QString metric; // key
        QString name;
        TargetKind kind = TargetKind::Card;
        Id id; // in the "to" journey, or in "from" when the target is gone
        QString label;
        QString period, segment;
        std::optional<double> from, to;
        QString fromText, toText; // formatted with the unit
    };
    // The average feeling of a stage on each side (cards with an emotion on feelings lanes).
    struct Feeling
    {
        QString stage;
        std::optional<double> from, to;
    };

    QList<CardRef> added, removed;
    QList<Changed> changed;
    QList<Moved> moved;
    QList<StageRef> stagesAdded, stagesRemoved;
    QList<Renamed> stagesRenamed;
    QList<StageMove> stagesMoved;
    QList<MetricDelta> metrics;
    QList<FrictionPoint> frictionAppeared, frictionDisappeared;
    QList<Feeling> feelings;
    // Each card, stage and lane of "to" matched to its counterpart in "from".
    QHash<Id, Id> matchedCards, matchedStages, matchedLanes;

    // The differences as sentences for people, in sections (translated).
    enum class Section
    {
        Cards,
        Stages,
        Feelings,
        Metrics,
        Friction
    };
    struct Line
    {
        Section section = Section::Cards;
        QChar mark; // + added, - removed, ~ changed, > moved, ! friction appeared, ✓ gone
        Id id;      // the card or stage in "to" (in "from" when it is gone)
        QString text;
    };
    QList<Line> lines() const;
    static QString sectionTitle(Section section);

    bool hasCardChanges() const
    {
        return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty() || !moved.isEmpty();
    }
    // The JSON of `waymark-cli diff --json` (README).
    QJsonObject toJson() const;

    static JourneyDiff compute(const Project &fromProject, const Journey &from,
                               const Project &toProject, const Journey &to);
};

// One side of a comparison: a journey of the project, or a journey kept in a snapshot.
struct DiffSource
{
    Project project; // the project, or the snapshot's content
    Id journeyId;
    QString label; // "Renew (future state)", "snapshot Baseline Q1 / Renew"
    const Journey &journey() const { return *project.journey(journeyId); }

    // Resolves "JOURNEY" (name or id), "snapshot:NAME" (a snapshot of one journey, or of a
    // project with one journey) or "snapshot:NAME/JOURNEY"; nullopt with a reason otherwise.
    static std::optional<DiffSource> resolve(const Project &project, const QString &spec,
                                             QString *error);
    static DiffSource ofJourney(const Project &project, const Id &journeyId);
    // The journey `journeyId` of a snapshot (null: its only journey).
    static std::optional<DiffSource> ofSnapshot(const Snapshot &snapshot, const Id &journeyId,
                                                QString *error);
};

} // namespace waymark
