// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/templates.h"
#include "model/model.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTextStream>

// What every benchmark prints: one JSON line per figure, with its target.
namespace waymark::bench {

inline double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * p))];
}

inline double median(const QList<double> &v)
{
    return percentile(v, 0.5);
}

inline double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

inline void report(const char *name, double value, double target, const char *unit = "ms")
{
    const QString u = QLatin1String(unit);
    QTextStream(stdout) << QJsonDocument(
                               QJsonObject{{QStringLiteral("benchmark"), QLatin1String(name)},
                                           {u, value},
                                           {QStringLiteral("target_") + u, target},
                                           {QStringLiteral("ok"), value <= target}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
}

// 20 journeys x (10 stages x 10 lanes x 5 cards) = 10,000 cards, 50 personas.
inline Project bigProject()
{
    Project p = makeProject(Template::Blank, QStringLiteral("Bench"), QStringLiteral("en"));
    p.journeys.clear();
    for (int i = 0; i < 50; ++i) {
        Persona x;
        x.id = newId();
        x.name = QStringLiteral("Persona %1").arg(i);
        x.goals = {QStringLiteral("Goal one"), QStringLiteral("Goal two")};
        x.channels = {Channel::Web, Channel::Phone};
        p.personas.append(x);
    }
    for (int j = 0; j < 20; ++j) {
        Journey journey;
        journey.id = newId();
        journey.name = QStringLiteral("Journey %1").arg(j);
        journey.personaIds = {p.personas[j].id};
        for (int s = 0; s < 10; ++s)
            journey.stages.append({newId(), QStringLiteral("Stage %1").arg(s), {}, {}, false, 0});
        for (int l = 0; l < 10; ++l)
            journey.lanes.append(
                {newId(), allLaneKinds()[l], QStringLiteral("Lane %1").arg(l), {}, 0});
        for (int s = 0; s < 10; ++s)
            for (int l = 0; l < 10; ++l)
                for (int k = 0; k < 5; ++k) {
                    Card c;
                    c.id = newId();
                    c.stageId = journey.stages[s].id;
                    c.laneId = journey.lanes[l].id;
                    c.order = k;
                    c.text = QStringLiteral(
                                 "Card %1 in stage %2, lane %3 with a realistic amount of text")
                                 .arg(k)
                                 .arg(s)
                                 .arg(l);
                    c.tags = {QStringLiteral("tag")};
                    c.channel = Channel::Web;
                    journey.cards.append(c);
                }
        p.journeys.append(journey);
    }
    return p;
}

} // namespace waymark::bench
