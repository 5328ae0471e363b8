// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage.h"

#include "friction.h"

#include <algorithm>
#include <QLocale>

namespace waymark {

void CoverageTally::add(const Card &card)
{
    ++claims;
    observed += card.evidence == Evidence::Observed ? 1 : 0;
    reported += card.evidence == Evidence::Reported ? 1 : 0;
    sourced += card.insights.isEmpty() ? 0 : 1;
}

bool Coverage::isClaim(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Opportunities:
    case LaneKind::Ideas:
    case LaneKind::Notes:
    case LaneKind::Images:
        return false;
    default:
        return true;
    }
}

Coverage Coverage::of(const Project &project, const Journey &journey)
{
    Coverage c;
    const qsizetype stages = journey.stages.size(), lanes = journey.lanes.size();
    c.stages.resize(stages);
    c.lanes.resize(lanes);
    c.cells.resize(stages);
    for (auto &row : c.cells)
        row.resize(lanes);
    QHash<Id, double> friction;
    bool ranked = false;
    for (const Card &card : journey.cards) {
        const int s = journey.stageIndex(card.stageId), l = journey.laneIndex(card.laneId);
        if (s < 0 || l < 0 || !isClaim(journey.lanes[l].kind)) continue;
        c.stages[s].add(card);
        c.lanes[l].add(card);
        c.cells[s][l].add(card);
        c.total.add(card);
        if (card.evidence != Evidence::Assumed) continue;
        if (!ranked) { // only journeys with assumptions need the ranking
            for (const FrictionPoint &p : Friction::rank(project, journey))
                friction.insert(p.id, p.score);
            ranked = true;
        }
        c.assumptions.append({card.id, card.text, s, l,
                              friction.value(card.id) + friction.value(card.stageId)});
    }
    std::stable_sort(c.assumptions.begin(), c.assumptions.end(),
                     [&](const Assumption &a, const Assumption &b) {
                         if (a.friction != b.friction) return a.friction > b.friction;
                         if (a.stage != b.stage) return a.stage < b.stage;
                         if (a.lane != b.lane) return a.lane < b.lane;
                         return journey.card(a.cardId)->order < journey.card(b.cardId)->order;
                     });
    return c;
}

QString Coverage::shareText(double share)
{
    if (share < 0) return QString(QChar(0x2013));
    return QLocale().toString(qRound(share * 100)) + QStringLiteral("\u00a0%");
}

QColor Coverage::shade(double share)
{
    if (share < 0) return QColor(0xe0, 0xe0, 0xe0);
    const QColor red(0xe5, 0x73, 0x73), amber(0xff, 0xd5, 0x4f), green(0x81, 0xc7, 0x84);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                                float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    return share < 0.5 ? mix(red, amber, share * 2) : mix(amber, green, (share - 0.5) * 2);
}

} // namespace waymark
