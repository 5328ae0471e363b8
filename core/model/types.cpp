// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

#include "i18n.h"
#include "metrics.h"

#include <array>
#include <QCoreApplication>
#include <utility>

namespace waymark {

Id newId()
{
    return QUuid::createUuid();
}

QString idToString(const Id &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

Id idFromString(const QString &text)
{
    return QUuid::fromString(text);
}

namespace {

// One table per enum: the stable key and the untranslated display name.
template <typename E, std::size_t N>
using Table = std::array<std::pair<E, std::pair<const char *, const char *>>, N>;

constexpr Table<LaneKind, 12> laneKinds{{
    {LaneKind::Actions, {"actions", QT_TRANSLATE_NOOP("Model", "Customer actions")}},
    {LaneKind::Touchpoints, {"touchpoints", QT_TRANSLATE_NOOP("Model", "Touchpoints")}},
    {LaneKind::Thoughts, {"thoughts", QT_TRANSLATE_NOOP("Model", "Thoughts")}},
    {LaneKind::Feelings, {"feelings", QT_TRANSLATE_NOOP("Model", "Feelings")}},
    {LaneKind::PainPoints, {"pain-points", QT_TRANSLATE_NOOP("Model", "Pain points")}},
    {LaneKind::Opportunities, {"opportunities", QT_TRANSLATE_NOOP("Model", "Opportunities")}},
    {LaneKind::Ideas, {"ideas", QT_TRANSLATE_NOOP("Model", "Ideas")}},
    {LaneKind::Backstage, {"backstage", QT_TRANSLATE_NOOP("Model", "Backstage")}},
    {LaneKind::SupportProcesses,
     {"support-processes", QT_TRANSLATE_NOOP("Model", "Support processes")}},
    {LaneKind::Kpis, {"kpis", QT_TRANSLATE_NOOP("Model", "KPIs and data")}},
    {LaneKind::Notes, {"notes", QT_TRANSLATE_NOOP("Model", "Notes")}},
    {LaneKind::Images, {"images", QT_TRANSLATE_NOOP("Model", "Images")}},
}};

constexpr Table<Channel, 13> channels{{
    {Channel::None, {"", QT_TRANSLATE_NOOP("Model", "No channel")}},
    {Channel::Web, {"web", QT_TRANSLATE_NOOP("Model", "Web")}},
    {Channel::App, {"app", QT_TRANSLATE_NOOP("Model", "App")}},
    {Channel::Email, {"email", QT_TRANSLATE_NOOP("Model", "E-mail")}},
    {Channel::Phone, {"phone", QT_TRANSLATE_NOOP("Model", "Phone")}},
    {Channel::Store, {"store", QT_TRANSLATE_NOOP("Model", "Store")}},
    {Channel::Chat, {"chat", QT_TRANSLATE_NOOP("Model", "Chat / chatbot")}},
    {Channel::Social, {"social", QT_TRANSLATE_NOOP("Model", "Social media")}},
    {Channel::Ad, {"ad", QT_TRANSLATE_NOOP("Model", "Advertising")}},
    {Channel::Mail, {"mail", QT_TRANSLATE_NOOP("Model", "Letter / mail")}},
    {Channel::Event, {"event", QT_TRANSLATE_NOOP("Model", "Event")}},
    {Channel::Partner, {"partner", QT_TRANSLATE_NOOP("Model", "Partner")}},
    {Channel::Other, {"other", QT_TRANSLATE_NOOP("Model", "Other")}},
}};

constexpr Table<JourneyState, 3> states{{
    {JourneyState::Current, {"current", QT_TRANSLATE_NOOP("Model", "Current state")}},
    {JourneyState::Future, {"future", QT_TRANSLATE_NOOP("Model", "Future state")}},
    {JourneyState::Idea, {"idea", QT_TRANSLATE_NOOP("Model", "Idea")}},
}};

constexpr Table<JourneyStatus, 3> statuses{{
    {JourneyStatus::Draft, {"draft", QT_TRANSLATE_NOOP("Model", "Draft")}},
    {JourneyStatus::Validated, {"validated", QT_TRANSLATE_NOOP("Model", "Validated")}},
    {JourneyStatus::Archived, {"archived", QT_TRANSLATE_NOOP("Model", "Archived")}},
}};

constexpr Table<Evidence, 3> evidences{{
    {Evidence::Observed, {"observed", QT_TRANSLATE_NOOP("Model", "Observed")}},
    {Evidence::Reported, {"reported", QT_TRANSLATE_NOOP("Model", "Reported")}},
    {Evidence::Assumed, {"assumed", QT_TRANSLATE_NOOP("Model", "Assumed")}},
}};

template <typename E, std::size_t N>
const std::pair<const char *, const char *> &entry(const Table<E, N> &table, E value)
{
    for (const auto &row : table)
        if (row.first == value) return row.second;
    return table.front().second;
}

template <typename E, std::size_t N>
bool lookup(const Table<E, N> &table, const QString &key, E *out)
{
    for (const auto &row : table) {
        if (key == QLatin1String(row.second.first)) {
            *out = row.first;
            return true;
        }
    }
    return false;
}

template <typename E, std::size_t N> QString keyOf(const Table<E, N> &table, E value)
{
    return QLatin1String(entry(table, value).first);
}

template <typename E, std::size_t N> QString nameOf(const Table<E, N> &table, E value)
{
    return QCoreApplication::translate("Model", entry(table, value).second);
}

// Every value of a table, in its order.
template <typename E, std::size_t N> QList<E> valuesOf(const Table<E, N> &table)
{
    QList<E> out;
    for (const auto &row : table)
        out.append(row.first);
    return out;
}

} // namespace

QString toKey(LaneKind kind)
{
    return keyOf(laneKinds, kind);
}
QString toKey(Channel channel)
{
    return keyOf(channels, channel);
}
QString toKey(JourneyState state)
{
    return keyOf(states, state);
}
QString toKey(Evidence evidence)
{
    return keyOf(evidences, evidence);
}
QString toKey(JourneyStatus status)
{
    return keyOf(statuses, status);
}
bool fromKey(const QString &key, JourneyStatus *out)
{
    return lookup(statuses, key, out);
}
QString displayName(JourneyStatus status)
{
    return nameOf(statuses, status);
}
QList<JourneyStatus> allJourneyStatuses()
{
    return {JourneyStatus::Draft, JourneyStatus::Validated, JourneyStatus::Archived};
}
bool fromKey(const QString &key, LaneKind *out)
{
    return lookup(laneKinds, key, out);
}
bool fromKey(const QString &key, Channel *out)
{
    return lookup(channels, key, out);
}
bool fromKey(const QString &key, JourneyState *out)
{
    return lookup(states, key, out);
}
bool fromKey(const QString &key, Evidence *out)
{
    return lookup(evidences, key, out);
}
QString displayName(LaneKind kind)
{
    return nameOf(laneKinds, kind);
}
QString displayName(Channel channel)
{
    return nameOf(channels, channel);
}
QString contentName(LaneKind kind, const QString &language)
{
    return translateFor(language, "Model", entry(laneKinds, kind).second);
}
QString contentName(Channel channel, const QString &language)
{
    return translateFor(language, "Model", entry(channels, channel).second);
}
QString contentName(JourneyState state, const QString &language)
{
    return translateFor(language, "Model", entry(states, state).second);
}
QString displayName(JourneyState state)
{
    return nameOf(states, state);
}
QString displayName(Evidence evidence)
{
    return nameOf(evidences, evidence);
}

namespace {
constexpr Table<BlueprintZone, 6> zones{{
    {BlueprintZone::PhysicalEvidence,
     {"physical-evidence", QT_TRANSLATE_NOOP("Model", "Physical evidence")}},
    {BlueprintZone::CustomerActions,
     {"customer-actions", QT_TRANSLATE_NOOP("Model", "Customer actions")}},
    {BlueprintZone::Frontstage, {"frontstage", QT_TRANSLATE_NOOP("Model", "Frontstage")}},
    {BlueprintZone::Backstage, {"backstage", QT_TRANSLATE_NOOP("Model", "Backstage")}},
    {BlueprintZone::Support, {"support", QT_TRANSLATE_NOOP("Model", "Support processes")}},
    {BlueprintZone::Outside, {"outside", QT_TRANSLATE_NOOP("Model", "Outside the blueprint")}},
}};
constexpr Table<BlueprintLine, 3> blueprintLines{{
    {BlueprintLine::Interaction, {"interaction", QT_TRANSLATE_NOOP("Model", "Line of interaction")}},
    {BlueprintLine::Visibility, {"visibility", QT_TRANSLATE_NOOP("Model", "Line of visibility")}},
    {BlueprintLine::InternalInteraction,
     {"internal-interaction", QT_TRANSLATE_NOOP("Model", "Line of internal interaction")}},
}};
} // namespace

QString toKey(BlueprintZone zone)
{
    return keyOf(zones, zone);
}
bool fromKey(const QString &key, BlueprintZone *out)
{
    return lookup(zones, key, out);
}
QString displayName(BlueprintZone zone)
{
    return nameOf(zones, zone);
}
QString contentName(BlueprintZone zone, const QString &language)
{
    return translateFor(language, "Model", entry(zones, zone).second);
}
QList<BlueprintZone> allBlueprintZones()
{
    return valuesOf(zones);
}
BlueprintZone defaultZone(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Images:
        return BlueprintZone::PhysicalEvidence;
    case LaneKind::Actions:
    case LaneKind::Thoughts:
    case LaneKind::Feelings:
        return BlueprintZone::CustomerActions;
    case LaneKind::Touchpoints:
        return BlueprintZone::Frontstage;
    case LaneKind::Backstage:
        return BlueprintZone::Backstage;
    case LaneKind::SupportProcesses:
        return BlueprintZone::Support;
    case LaneKind::PainPoints:
    case LaneKind::Opportunities:
    case LaneKind::Ideas:
    case LaneKind::Kpis:
    case LaneKind::Notes:
        break;
    }
    return BlueprintZone::Outside;
}
QString contentName(BlueprintLine line, const QString &language)
{
    return translateFor(language, "Model", entry(blueprintLines, line).second);
}
QString toKey(BlueprintLine line)
{
    return keyOf(blueprintLines, line);
}
QList<BlueprintLine> allBlueprintLines()
{
    return valuesOf(blueprintLines);
}
BlueprintZone zoneBelow(BlueprintLine line)
{
    switch (line) {
    case BlueprintLine::Interaction:
        return BlueprintZone::Frontstage;
    case BlueprintLine::Visibility:
        return BlueprintZone::Backstage;
    case BlueprintLine::InternalInteraction:
        break;
    }
    return BlueprintZone::Support;
}

namespace {
constexpr Table<NoteKind, 5> noteKinds{{
    {NoteKind::Thought, {"thought", QT_TRANSLATE_NOOP("Model", "Thought")}},
    {NoteKind::Feeling, {"feeling", QT_TRANSLATE_NOOP("Model", "Feeling")}},
    {NoteKind::Pain, {"pain", QT_TRANSLATE_NOOP("Model", "Pain point")}},
    {NoteKind::Idea, {"idea", QT_TRANSLATE_NOOP("Model", "Idea")}},
    {NoteKind::Question, {"question", QT_TRANSLATE_NOOP("Model", "Question")}},
}};
constexpr Table<NoteState, 6> noteStates{{
    {NoteState::New, {"new", QT_TRANSLATE_NOOP("Model", "New")}},
    {NoteState::Revealed, {"revealed", QT_TRANSLATE_NOOP("Model", "Revealed")}},
    {NoteState::Accepted, {"accepted", QT_TRANSLATE_NOOP("Model", "Accepted")}},
    {NoteState::Parked, {"parked", QT_TRANSLATE_NOOP("Model", "Parked")}},
    {NoteState::Rejected, {"rejected", QT_TRANSLATE_NOOP("Model", "Rejected")}},
    {NoteState::Merged, {"merged", QT_TRANSLATE_NOOP("Model", "Merged")}},
}};
} // namespace

QString toKey(NoteKind kind)
{
    return keyOf(noteKinds, kind);
}
QString toKey(NoteState state)
{
    return keyOf(noteStates, state);
}
bool fromKey(const QString &key, NoteKind *out)
{
    return lookup(noteKinds, key, out);
}
bool fromKey(const QString &key, NoteState *out)
{
    return lookup(noteStates, key, out);
}
QString displayName(NoteKind kind)
{
    return nameOf(noteKinds, kind);
}
QString displayName(NoteState state)
{
    return nameOf(noteStates, state);
}
QList<NoteKind> allNoteKinds()
{
    return valuesOf(noteKinds);
}
LaneKind laneKindFor(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Thought:
        return LaneKind::Thoughts;
    case NoteKind::Feeling:
        return LaneKind::Feelings;
    case NoteKind::Pain:
        return LaneKind::PainPoints;
    case NoteKind::Idea:
        return LaneKind::Ideas;
    case NoteKind::Question:
        return LaneKind::Notes;
    }
    return LaneKind::Notes;
}

namespace {
constexpr Table<InsightKind, 6> insightKinds{{
    {InsightKind::Interview, {"interview", QT_TRANSLATE_NOOP("Model", "Interview quote")}},
    {InsightKind::Survey, {"survey", QT_TRANSLATE_NOOP("Model", "Survey result")}},
    {InsightKind::Analytics, {"analytics", QT_TRANSLATE_NOOP("Model", "Analytics finding")}},
    {InsightKind::Ticket, {"ticket", QT_TRANSLATE_NOOP("Model", "Support ticket")}},
    {InsightKind::Observation, {"observation", QT_TRANSLATE_NOOP("Model", "Observation")}},
    {InsightKind::Document, {"document", QT_TRANSLATE_NOOP("Model", "Desk research")}},
}};
} // namespace

QString toKey(InsightKind kind)
{
    return keyOf(insightKinds, kind);
}
bool fromKey(const QString &key, InsightKind *out)
{
    return lookup(insightKinds, key, out);
}
QString displayName(InsightKind kind)
{
    return nameOf(insightKinds, kind);
}
QList<InsightKind> allInsightKinds()
{
    return valuesOf(insightKinds);
}
Evidence evidenceOf(InsightKind kind)
{
    return kind == InsightKind::Analytics || kind == InsightKind::Observation ? Evidence::Observed
                                                                              : Evidence::Reported;
}

QString emotionName(int score)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Model", "Angry"),    QT_TRANSLATE_NOOP("Model", "Frustrated"),
        QT_TRANSLATE_NOOP("Model", "Unhappy"),  QT_TRANSLATE_NOOP("Model", "Neutral"),
        QT_TRANSLATE_NOOP("Model", "Content"),  QT_TRANSLATE_NOOP("Model", "Happy"),
        QT_TRANSLATE_NOOP("Model", "Delighted")};
    const int i = std::clamp(score, MinEmotion, MaxEmotion) - MinEmotion;
    const QString sign = score > 0 ? QStringLiteral("+") : QString();
    return QStringLiteral("%1%2 %3").arg(sign, QString::number(i + MinEmotion),
                                         QCoreApplication::translate("Model", names[i]));
}

QList<LaneKind> allLaneKinds()
{
    return valuesOf(laneKinds);
}

QList<Channel> allChannels()
{
    QList<Channel> result = valuesOf(channels);
    result.removeAll(Channel::None);
    return result;
}

} // namespace waymark

namespace waymark {

QString toKey(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Card:
        return QStringLiteral("card");
    case TargetKind::Stage:
        return QStringLiteral("stage");
    case TargetKind::Journey:
        return QStringLiteral("journey");
    }
    return {};
}

bool fromKey(const QString &key, TargetKind *out)
{
    for (TargetKind k : {TargetKind::Card, TargetKind::Stage, TargetKind::Journey})
        if (toKey(k) == key) {
            *out = k;
            return true;
        }
    return false;
}

} // namespace waymark
