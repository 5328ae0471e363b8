// SPDX-License-Identifier: GPL-3.0-or-later
#include "checker.h"

#include "snapshotcodec.h"
#include "sqlutil.h"
#include "store.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace waymark {

namespace {

struct Rule
{
    const char *sql;     // yields one row per problem: (id, detail)
    const char *message; // %1 = id, %2 = detail
};

const Rule rules[] = {
    {"SELECT c.id, s.journey_id FROM cards c JOIN stages s ON s.id = c.stage_id"
     " WHERE s.journey_id <> c.journey_id",
     QT_TRANSLATE_NOOP("Storage", "card %1 lies in a stage of another journey (%2)")},
    {"SELECT c.id, l.journey_id FROM cards c JOIN lanes l ON l.id = c.lane_id"
     " WHERE l.journey_id <> c.journey_id",
     QT_TRANSLATE_NOOP("Storage", "card %1 lies in a lane of another journey (%2)")},
    {"SELECT stage_id || '/' || lane_id, group_concat(position) FROM cards"
     " GROUP BY stage_id, lane_id HAVING max(position) + 1 <> count(*)"
     " OR count(DISTINCT position) <> count(*)",
     QT_TRANSLATE_NOOP("Storage",
                       "the cards of cell %1 have gaps or duplicates in their order (%2)")},
    {"SELECT d.key, o.target_id FROM metric_observations o"
     " JOIN metric_definitions d ON d.id = o.metric_id WHERE"
     " (o.target_kind = 'card' AND o.target_id NOT IN (SELECT id FROM cards)) OR"
     " (o.target_kind = 'stage' AND o.target_id NOT IN (SELECT id FROM stages)) OR"
     " (o.target_kind = 'journey' AND o.target_id NOT IN (SELECT id FROM journeys))",
     QT_TRANSLATE_NOOP("Storage", "a value of metric %1 refers to a missing object %2")},
    // A vote keeps its card id when the card is deleted: the round's result stays as it was.
    {"SELECT v.id, v.session FROM votes v WHERE v.session NOT IN"
     " (SELECT id FROM vote_rounds r WHERE r.journey_id = v.journey_id)",
     QT_TRANSLATE_NOOP("Storage", "vote %1 belongs to no voting round of its journey (%2)")},
    {"SELECT c.id, c.target_id FROM comments c WHERE c.target_id NOT IN (SELECT id FROM cards)"
     " AND c.target_id NOT IN (SELECT id FROM stages) AND c.target_id <> c.journey_id",
     QT_TRANSLATE_NOOP("Storage", "comment %1 refers to a missing object %2")},
    {"SELECT c.id, c.parent_id FROM comments c WHERE c.parent_id <> '' AND c.parent_id NOT IN"
     " (SELECT id FROM comments p WHERE p.journey_id = c.journey_id AND p.parent_id = '')",
     QT_TRANSLATE_NOOP("Storage", "comment %1 replies to no thread of its journey (%2)")},
    {"SELECT id, name FROM journeys WHERE id NOT IN (SELECT journey_id FROM stages)",
     QT_TRANSLATE_NOOP("Storage", "journey %1 (%2) has no stages")},
};

} // namespace

CheckReport checkProjectFile(const QString &path)
{
    CheckReport report;
    OpenResult result;
    auto store = Store::open(path, Store::Access::ReadOnly, &result);
    report.notices = result.notices;
    if (!store) {
        report.problems.append(result.error);
        return report;
    }
    report.opened = true;
    report.schemaVersion = store->schemaVersion();

    // The SQL checks run on a second read-only connection beside the store's.
    const QString name = uniqueConnectionName(QStringLiteral("waymark-check"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            report.problems.append(Storage::tr("the file cannot be opened"));
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA integrity_check(20)"));
            while (q.next())
                if (q.value(0).toString() != QLatin1String("ok"))
                    report.problems.append(Storage::tr("integrity: %1").arg(q.value(0).toString()));
            q.exec(QStringLiteral("PRAGMA foreign_key_check"));
            while (q.next())
                report.problems.append(
                    Storage::tr("row %1 of table %2 refers to a missing row of %3")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
            for (const Rule &rule : rules) {
                if (!q.exec(QLatin1String(rule.sql))) continue;
                while (q.next())
                    report.problems.append(Storage::tr(rule.message)
                                               .arg(q.value(0).toString(), q.value(1).toString()));
            }
            // Ids are unique per table (the loader also refuses an id used twice).
            for (const char *table : {"journeys", "stages", "lanes", "cards", "personas", "images",
                                      "metric_definitions", "vote_rounds", "inbox_notes",
                                      "votes", "insights"}) {
                if (!q.exec(QStringLiteral("SELECT id, count(*) FROM %1 GROUP BY id "
                                           "HAVING count(*) > 1")
                                .arg(QLatin1String(table))))
                    continue;
                while (q.next())
                    report.problems.append(Storage::tr("id %1 is used by %2 rows of table %3")
                                               .arg(q.value(0).toString(), q.value(1).toString(),
                                                    QLatin1String(table)));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);

    // Finally every rule of opening: the reader's own validation (enum values, JSON lists,
    // ids used twice).
    Project project;
    QString error;
    if (!store->load(&project, &error)) report.problems.append(error);
    for (const Snapshot &s : project.snapshots) {
        Project content;
        if (!SnapshotCodec::read(s.content, &content, &error))
            report.problems.append(Storage::tr("snapshot \"%1\": %2").arg(s.name, error));
    }
    // A card's evidence follows its insights; another tool may have set it otherwise.
    for (const Journey &j : project.journeys)
        for (const Card &c : j.cards)
            if (!c.insights.isEmpty() && project.evidenceFrom(c.insights, c.evidence) != c.evidence)
                report.problems.append(
                    Storage::tr("card %1: its evidence is \"%2\" but its insights make it \"%3\"")
                        .arg(idToString(c.id), toKey(c.evidence),
                             toKey(project.evidenceFrom(c.insights, c.evidence))));
    return report;
}

} // namespace waymark
