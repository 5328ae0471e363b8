// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by eventsql.cpp (running) and eventsqltext.cpp (writing the SELECT).

#include "eventsql.h"

namespace waymark::EventSqlDetail {

// An identifier in double quotes, never SQL text.
QString quoted(const QString &identifier);
// The table (schema-qualified) or the user's SELECT, as "... AS q".
QString sourceExpression(const EventSqlSource &s);

// What a row of the result holds (its first column).
enum Kind
{
    Totals,
    Activity,
    SliceCases,
    Funnel,
    Transition,
    Variant
};

} // namespace waymark::EventSqlDetail
