// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QJsonObject>

namespace waymark {

// The JSON form of model objects shared by the card clipboard and snapshots: stable keys
// (never translated), ids as text without braces, absent keys for unset optional values.
namespace ModelJson {

// A card's content: text, notes, channel, evidence, tags, touchpointKey, colour, emotion,
// persona, image, linkedJourney and insights (not its id, cell or order).
QJsonObject cardContent(const Card &card);
// Reads what cardContent() wrote into `card`; false for an unknown channel or evidence.
bool readCardContent(const QJsonObject &o, Card *card);

QJsonObject stage(const Stage &stage);
QJsonObject lane(const Lane &lane);
QJsonObject metric(const MetricDefinition &metric);
// These return false for a missing id or an unknown key.
bool readStage(const QJsonObject &o, Stage *stage);
bool readLane(const QJsonObject &o, Lane *lane);
bool readMetric(const QJsonObject &o, MetricDefinition *metric);

} // namespace ModelJson

} // namespace waymark
