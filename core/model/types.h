// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace waymark {

using Id = QUuid;
Id newId();
// Ids are stored as text without braces: "3f2a...".
QString idToString(const Id &id);
Id idFromString(const QString &text);

enum class LaneKind
{
    Actions,
    Touchpoints,
    Thoughts,
    Feelings,
    PainPoints,
    Opportunities,
    Ideas,
    Backstage,
    SupportProcesses,
    Kpis,
    Notes,
    Images
};
enum class Channel
{
    None,
    Web,
    App,
    Email,
    Phone,
    Store,
    Chat,
    Social,
    Ad,
    Mail,
    Event,
    Partner,
    Other
};
enum class JourneyState
{
    Current,
    Future,
    Idea
};
// Where a journey stands with its owner.
enum class JourneyStatus
{
    Draft,
    Validated,
    Archived
};
enum class Evidence
{
    Observed,
    Reported,
    Assumed
};
// What kind of research an insight in the evidence library comes from. Interviews, surveys,
// support tickets and desk research are what people report; analytics and field observation
// are what was seen (evidenceOf()).
enum class InsightKind
{
    Interview, // an interview quote
    Survey,    // a survey result
    Analytics, // an analytics finding
    Ticket,    // a support ticket or complaint
    Observation, // a field observation or usability test
    Document     // desk research, a report, anything else
};
// Where a lane sits in a service blueprint: above the line of interaction (what the customer
// sees and does), between it and the line of visibility (frontstage), below the line of
// visibility (backstage), below the line of internal interaction (support processes), or
// outside the blueprint (pain points, ideas, notes: shown below it).
enum class BlueprintZone
{
    PhysicalEvidence,
    CustomerActions,
    Frontstage,
    Backstage,
    Support,
    Outside
};
// The lines of a service blueprint, each between two zones.
enum class BlueprintLine
{
    Interaction,        // between customer actions and frontstage
    Visibility,         // between frontstage and backstage
    InternalInteraction // between backstage and support processes
};
// What a workshop participant says a note is.
enum class NoteKind
{
    Thought,
    Feeling,
    Pain,
    Idea,
    Question
};
// Where a note is on its way from a participant's phone onto the map.
enum class NoteState
{
    New,      // arrived, hidden from the projector
    Revealed, // shown to the room
    Accepted, // became a card
    Parked,   // in the parking lot
    Rejected,
    Merged // its text went into another note
};

// Stable keys used in the project file, the CLI and JSON (never translated).
QString toKey(LaneKind kind);
QString toKey(Channel channel);
QString toKey(JourneyState state);
QString toKey(Evidence evidence);
QString toKey(JourneyStatus status);
bool fromKey(const QString &key, JourneyStatus *out);
QString displayName(JourneyStatus status);
QList<JourneyStatus> allJourneyStatuses();
bool fromKey(const QString &key, LaneKind *out);
bool fromKey(const QString &key, Channel *out);
bool fromKey(const QString &key, JourneyState *out);
bool fromKey(const QString &key, Evidence *out);
QString toKey(NoteKind kind);
QString toKey(NoteState state);
bool fromKey(const QString &key, NoteKind *out);
bool fromKey(const QString &key, NoteState *out);
QList<NoteKind> allNoteKinds();
QString toKey(InsightKind kind);
bool fromKey(const QString &key, InsightKind *out);
QString displayName(InsightKind kind);
QList<InsightKind> allInsightKinds();
// The evidence an insight of this kind gives a card: Observed or Reported.
Evidence evidenceOf(InsightKind kind);
QString toKey(BlueprintZone zone);
bool fromKey(const QString &key, BlueprintZone *out);
QString displayName(BlueprintZone zone);
QString contentName(BlueprintZone zone, const QString &language);
QList<BlueprintZone> allBlueprintZones();
// The zone a lane of this kind takes until the user gives it another.
BlueprintZone defaultZone(LaneKind kind);
QString contentName(BlueprintLine line, const QString &language);
QString toKey(BlueprintLine line); // interaction, visibility, internal-interaction
QList<BlueprintLine> allBlueprintLines();
// The first zone below the line.
BlueprintZone zoneBelow(BlueprintLine line);
// The lane a note of this kind goes to when it is accepted, when the journey has one.
LaneKind laneKindFor(NoteKind kind);

QList<LaneKind> allLaneKinds();
QList<Channel> allChannels(); // without Channel::None

// Translated names for the user interface.
QString displayName(LaneKind kind);
QString displayName(Channel channel);
QString displayName(JourneyState state);
QString displayName(Evidence evidence);
QString displayName(NoteKind kind);
QString displayName(NoteState state);
// The same in a project's content language, for what is drawn on its maps and exports.
QString contentName(LaneKind kind, const QString &language);
QString contentName(Channel channel, const QString &language);
QString contentName(JourneyState state, const QString &language);
// "+2 Happy", for an emotion score.
QString emotionName(int score);

constexpr int MinEmotion = -3;
constexpr int MaxEmotion = 3;

} // namespace waymark
