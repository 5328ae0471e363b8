// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

namespace waymark {

// Research coverage: how much of a journey rests on evidence.
//
// A claim is a card on a lane that says something about the customer or the service:
// actions, touchpoints, thoughts, feelings, pain points, backstage and support processes,
// KPIs. Opportunities and ideas (proposals), notes and pictures are no claims. A claim is
// backed when its evidence is observed or reported (from linked insights or as set on the
// card), and sourced when it links at least one insight of the evidence library. Coverage
// of a stage, lane or cell = backed claims / claims; a part without claims has none (-1).
//
// The friction attached to an assumption (an assumed claim) is its own friction score plus
// the score of its stage (Friction::rank); the assumptions with most friction are where
// research pays off first.
struct CoverageTally
{
    int claims = 0;
    int observed = 0;
    int reported = 0;
    int sourced = 0;
    int backed() const { return observed + reported; }
    // 0..1, or -1 without claims.
    double share() const { return claims > 0 ? double(backed()) / claims : -1; }
    void add(const Card &card);
};

struct Assumption
{
    Id cardId;
    QString text;
    int stage = 0; // indexes into the journey's stages and lanes
    int lane = 0;
    double friction = 0; // own score + stage score
};

struct Coverage
{
    QList<CoverageTally> stages; // in column order
    QList<CoverageTally> lanes;  // in row order
    QList<QList<CoverageTally>> cells; // [stage][lane]
    CoverageTally total;
    // Every assumed claim, most friction first (then in reading order: stage, lane, position).
    QList<Assumption> assumptions;

    static bool isClaim(LaneKind kind);
    static Coverage of(const Project &project, const Journey &journey);
    // "62 %", or "–" without claims, in the user's locale.
    static QString shareText(double share);
    // A tint from red (0 %) through amber (50 %) to green (100 %); grey without claims.
    static QColor shade(double share);
};

} // namespace waymark
