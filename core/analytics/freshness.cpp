// SPDX-License-Identifier: GPL-3.0-or-later
#include "freshness.h"

#include "trcontexts.h"

#include <QLocale>

namespace waymark::Freshness {

QDateTime journeyStaleSince(const Project &project, const Journey &journey, const QDateTime &now)
{
    if (journey.reviewDays <= 0 || journey.status == JourneyStatus::Archived) return {};
    const QDateTime base = journey.reviewed.isValid() ? journey.reviewed : project.info.created;
    if (!base.isValid()) return {};
    const QDateTime due = base.addDays(journey.reviewDays);
    return due <= now ? due : QDateTime();
}

QHash<Id, QDateTime> staleCards(const Project &project, const Journey &journey,
                                const QDateTime &now)
{
    QHash<Id, QDateTime> out;
    if (journey.reviewDays <= 0 || journey.status == JourneyStatus::Archived) return out;
    QHash<Id, QDateTime> importedAt;
    for (const MetricImport &i : project.imports)
        importedAt.insert(i.id, i.importedAt);
    QHash<Id, QDateTime> newest; // card -> newest import of its values
    QSet<Id> cards;
    for (const Card &c : journey.cards)
        cards.insert(c.id);
    for (const Observation &o : project.observations) {
        if (o.targetKind != TargetKind::Card || !cards.contains(o.targetId)) continue;
        // A value typed in by hand (no import) counts as data of the project's making.
        const QDateTime when = importedAt.value(o.importId, project.info.created);
        QDateTime &n = newest[o.targetId];
        if (!n.isValid() || when > n) n = when;
    }
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        if (!it.value().isValid()) continue;
        const QDateTime due = it.value().addDays(journey.reviewDays);
        if (due <= now) out.insert(it.key(), due);
    }
    return out;
}

QString staleText(const QDateTime &since)
{
    return Analytics::tr("stale since %1")
        .arg(QLocale().toString(since.toLocalTime().date(), QLocale::ShortFormat));
}

} // namespace waymark::Freshness
