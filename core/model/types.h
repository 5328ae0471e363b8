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
enum class Evidence
{
    Observed,
    Reported,
    Assumed
};

// Stable keys used in the project file, the CLI and JSON (never translated).
QString toKey(LaneKind kind);
QString toKey(Channel channel);
QString toKey(JourneyState state);
QString toKey(Evidence evidence);
bool fromKey(const QString &key, LaneKind *out);
bool fromKey(const QString &key, Channel *out);
bool fromKey(const QString &key, JourneyState *out);
bool fromKey(const QString &key, Evidence *out);

QList<LaneKind> allLaneKinds();
QList<Channel> allChannels(); // without Channel::None

// Translated names for the user interface.
QString displayName(LaneKind kind);
QString displayName(Channel channel);
QString displayName(JourneyState state);
QString displayName(Evidence evidence);
// The same in a project's content language, for what is drawn on its maps and exports.
QString contentName(LaneKind kind, const QString &language);
QString contentName(Channel channel, const QString &language);
QString contentName(JourneyState state, const QString &language);
// "+2 Happy", for an emotion score.
QString emotionName(int score);

constexpr int MinEmotion = -3;
constexpr int MaxEmotion = 3;

} // namespace waymark
