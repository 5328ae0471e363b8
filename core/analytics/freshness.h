// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QHash>

namespace waymark {

// Whether a map is still alive. A journey with a review interval (Journey::reviewDays) is
// stale once that many days passed since its last review (or, never reviewed, since the
// project was created). A card of such a journey that carries metric values is stale once
// the interval passed since the newest import that brought them ("not backed by new data").
// Archived journeys are never stale.
namespace Freshness {

// When the journey went stale; invalid while it is fresh (or has no interval).
QDateTime journeyStaleSince(const Project &project, const Journey &journey,
                            const QDateTime &now);
// The journey's stale cards with the moment each went stale.
QHash<Id, QDateTime> staleCards(const Project &project, const Journey &journey,
                                const QDateTime &now);
// "stale since 3 Nov 2026" in the user's locale.
QString staleText(const QDateTime &since);

} // namespace Freshness

} // namespace waymark
