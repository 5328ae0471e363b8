// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "io/metricrecognition.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace waymark {

namespace {

// Schema 2 keys an observation by what it measures instead of by a UUID of its own, in a
// table without rowid: one B-tree instead of four, so an import of 100,000 values writes a
// third of the pages.
#define WAYMARK_OBSERVATIONS_V2(name)                                                              \
    "CREATE TABLE " name "(metric_id TEXT NOT NULL"                                                \
    " REFERENCES metric_definitions(id) ON DELETE CASCADE,"                                        \
    " target_kind TEXT NOT NULL CHECK(target_kind IN ('card','stage','journey')),"                 \
    " target_id TEXT NOT NULL, period TEXT NOT NULL DEFAULT '',"                                   \
    " segment TEXT NOT NULL DEFAULT '', value REAL NOT NULL,"                                      \
    " import_id TEXT REFERENCES metric_imports(id) ON DELETE SET NULL,"                            \
    " PRIMARY KEY(metric_id, target_kind, target_id, period, segment)) WITHOUT ROWID"
const char *const observationsV2 = WAYMARK_OBSERVATIONS_V2("metric_observations");

// Schema 4: the workshop's voting rounds and inbox (the votes table was reserved before).
#define WAYMARK_WORKSHOP_TABLES                                                                    \
    "CREATE TABLE vote_rounds(id TEXT PRIMARY KEY NOT NULL,"                                       \
    " journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"                         \
    " position INTEGER NOT NULL, question TEXT NOT NULL, cards TEXT NOT NULL DEFAULT '[]',"        \
    " dots INTEGER NOT NULL CHECK(dots BETWEEN 1 AND 99),"                                         \
    " max_per_card INTEGER NOT NULL CHECK(max_per_card BETWEEN 1 AND 99),"                         \
    " anonymous INTEGER NOT NULL DEFAULT 1 CHECK(anonymous IN (0, 1)),"                            \
    " opened TEXT NOT NULL, closed TEXT)",                                                         \
        "CREATE INDEX vote_rounds_journey ON vote_rounds(journey_id)",                             \
        "CREATE TABLE inbox_notes(id TEXT PRIMARY KEY NOT NULL,"                                   \
        " journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"                     \
        " position INTEGER NOT NULL, stage_id TEXT NOT NULL,"                                      \
        " kind TEXT NOT NULL CHECK(kind IN ('thought','feeling','pain','idea','question')),"       \
        " text TEXT NOT NULL, feeling INTEGER CHECK(feeling IS NULL OR feeling BETWEEN -3 AND 3)," \
        " author TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,"                                 \
        " state TEXT NOT NULL DEFAULT 'new' CHECK(state IN ('new','revealed','accepted',"          \
        "'parked','rejected','merged')), card_id TEXT NOT NULL DEFAULT '')",                       \
        "CREATE INDEX inbox_notes_journey ON inbox_notes(journey_id)",

// Schema 5: journeys' owner, status and review, what each stage, lane and card was copied
// from, and snapshots.
#define WAYMARK_SNAPSHOTS_TABLE                                                                    \
    "CREATE TABLE snapshots(id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL UNIQUE COLLATE NOCASE," \
    " created TEXT NOT NULL, journey_id TEXT NOT NULL DEFAULT '',"                                 \
    " reason TEXT NOT NULL DEFAULT 'manual'"                                                       \
    " CHECK(reason IN ('manual','before-restore','before-import')), content BLOB NOT NULL)"

// Schema 6: the evidence library and the cards' links to it.
#define WAYMARK_INSIGHT_TABLES                                                                     \
    "CREATE TABLE insights(id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,"               \
    " kind TEXT NOT NULL CHECK(kind IN ('interview','survey','analytics','ticket',"                \
    "'observation','document')), text TEXT NOT NULL, source TEXT NOT NULL DEFAULT '',"            \
    " date TEXT NOT NULL DEFAULT '', link TEXT NOT NULL DEFAULT '',"                               \
    " tags TEXT NOT NULL DEFAULT '[]', created TEXT NOT NULL)",                                    \
        "CREATE TABLE card_insights("                                                              \
        " card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"                           \
        " insight_id TEXT NOT NULL REFERENCES insights(id) ON DELETE CASCADE,"                     \
        " position INTEGER NOT NULL, PRIMARY KEY(card_id, insight_id)) WITHOUT ROWID",             \
        "CREATE INDEX card_insights_insight ON card_insights(insight_id)",                         \
        "CREATE TABLE card_addresses("                                                             \
        " card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"                           \
        " target_id TEXT NOT NULL, position INTEGER NOT NULL,"                                     \
        " PRIMARY KEY(card_id, target_id)) WITHOUT ROWID"

// Schema 6: opportunities' scores, as columns of `cards` (the same text in CREATE TABLE and in
// the upgrade's ALTER TABLE).
#define WAYMARK_CUSTOMER_VALUE                                                                     \
    "customer_value REAL CHECK(customer_value IS NULL OR customer_value BETWEEN 1 AND 5)"
#define WAYMARK_BUSINESS_VALUE                                                                     \
    "business_value REAL CHECK(business_value IS NULL OR business_value BETWEEN 1 AND 5)"
#define WAYMARK_EFFORT "effort REAL CHECK(effort IS NULL OR effort BETWEEN 1 AND 5)"

// Schema 7: service blueprints. The same text in CREATE TABLE and in the upgrade.
#define WAYMARK_BLUEPRINT " blueprint INTEGER NOT NULL DEFAULT 0 CHECK(blueprint IN (0, 1))"
#define WAYMARK_ZONE                                                                               \
    " zone TEXT NOT NULL DEFAULT '' CHECK(zone IN ('','physical-evidence','customer-actions',"     \
    "'frontstage','backstage','support','outside'))"
#define WAYMARK_CONNECTIONS_TABLE                                                                  \
    "CREATE TABLE connections(id TEXT PRIMARY KEY NOT NULL,"                                       \
    " journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"                         \
    " position INTEGER NOT NULL,"                                                                  \
    " from_card TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"                             \
    " to_card TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"                               \
    " label TEXT NOT NULL DEFAULT '', CHECK(from_card <> to_card))",                               \
        "CREATE INDEX connections_journey ON connections(journey_id)",                             \
        "CREATE INDEX connections_from ON connections(from_card)",                                 \
        "CREATE INDEX connections_to ON connections(to_card)"

// Schema 8: a one-line hint per lane (what goes in it), from the templates.
#define WAYMARK_LANE_HINT " hint TEXT NOT NULL DEFAULT ''"

// The current schema (7). Documented table by table in FORMAT.md; keep the two in step.
const char *const schema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE images(id TEXT PRIMARY KEY NOT NULL, mime_type TEXT NOT NULL,"
    " width INTEGER NOT NULL CHECK(width >= 0), height INTEGER NOT NULL CHECK(height >= 0),"
    " data BLOB NOT NULL)",
    "CREATE TABLE personas(id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,"
    " name TEXT NOT NULL, photo_id TEXT REFERENCES images(id) ON DELETE SET NULL,"
    " age INTEGER CHECK(age IS NULL OR age BETWEEN 0 AND 150),"
    " role TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',"
    " family TEXT NOT NULL DEFAULT '', segment TEXT NOT NULL DEFAULT '',"
    " quote TEXT NOT NULL DEFAULT '', bio TEXT NOT NULL DEFAULT '',"
    " goals TEXT NOT NULL DEFAULT '[]', needs TEXT NOT NULL DEFAULT '[]',"
    " frustrations TEXT NOT NULL DEFAULT '[]', \"values\" TEXT NOT NULL DEFAULT '[]',"
    " behaviours TEXT NOT NULL DEFAULT '[]', channels TEXT NOT NULL DEFAULT '[]',"
    " traits TEXT NOT NULL DEFAULT '[]', tags TEXT NOT NULL DEFAULT '[]',"
    " colour TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE journeys(id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,"
    " name TEXT NOT NULL, goal TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL CHECK(state IN ('current','future','idea')),"
    " owner TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft'"
    " CHECK(status IN ('draft','validated','archived')),"
    " review_days INTEGER NOT NULL DEFAULT 0 CHECK(review_days BETWEEN 0 AND 3650),"
    " reviewed TEXT NOT NULL DEFAULT '', " WAYMARK_BLUEPRINT ")",
    "CREATE TABLE journey_personas("
    " journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
    " persona_id TEXT NOT NULL REFERENCES personas(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, PRIMARY KEY(journey_id, persona_id)) WITHOUT ROWID",
    "CREATE INDEX journey_personas_persona ON journey_personas(persona_id)",
    "CREATE TABLE stages(id TEXT PRIMARY KEY NOT NULL,"
    " journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " colour TEXT NOT NULL DEFAULT '',"
    " moment_of_truth INTEGER NOT NULL DEFAULT 0 CHECK(moment_of_truth IN (0, 1)),"
    " width REAL NOT NULL DEFAULT 0 CHECK(width >= 0), origin TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX stages_journey ON stages(journey_id)",
    "CREATE TABLE lanes(id TEXT PRIMARY KEY NOT NULL,"
    " journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, kind TEXT NOT NULL CHECK(kind IN ('actions','touchpoints',"
    "'thoughts','feelings','pain-points','opportunities','ideas','backstage',"
    "'support-processes','kpis','notes','images')),"
    " title TEXT NOT NULL, colour TEXT NOT NULL DEFAULT '',"
    " height REAL NOT NULL DEFAULT 0 CHECK(height >= 0), origin TEXT NOT NULL DEFAULT '',"
    WAYMARK_ZONE "," WAYMARK_LANE_HINT ")",
    "CREATE INDEX lanes_journey ON lanes(journey_id)",
    "CREATE TABLE cards(id TEXT PRIMARY KEY NOT NULL,"
    " journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
    " stage_id TEXT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,"
    " lane_id TEXT NOT NULL REFERENCES lanes(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL CHECK(position >= 0), text TEXT NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '', colour TEXT NOT NULL DEFAULT '',"
    " channel TEXT NOT NULL DEFAULT '' CHECK(channel IN ('','web','app','email','phone',"
    "'store','chat','social','ad','mail','event','partner','other')),"
    " emotion INTEGER CHECK(emotion IS NULL OR emotion BETWEEN -3 AND 3),"
    " tags TEXT NOT NULL DEFAULT '[]', touchpoint_key TEXT NOT NULL DEFAULT '',"
    " persona_id TEXT REFERENCES personas(id) ON DELETE SET NULL,"
    " evidence TEXT NOT NULL DEFAULT 'assumed'"
    " CHECK(evidence IN ('observed','reported','assumed')),"
    " image_id TEXT REFERENCES images(id) ON DELETE SET NULL, origin TEXT NOT NULL DEFAULT '',"
    " linked_journey TEXT NOT NULL DEFAULT '', " WAYMARK_CUSTOMER_VALUE ", " WAYMARK_BUSINESS_VALUE
    ", " WAYMARK_EFFORT ")",
    "CREATE INDEX cards_journey ON cards(journey_id)",
    "CREATE INDEX cards_stage ON cards(stage_id)",
    "CREATE INDEX cards_lane ON cards(lane_id)",
    "CREATE INDEX cards_persona ON cards(persona_id)",
    "CREATE INDEX cards_image ON cards(image_id)",
    "CREATE INDEX cards_touchpoint ON cards(touchpoint_key) WHERE touchpoint_key <> ''",
    "CREATE INDEX personas_photo ON personas(photo_id)",
    // Metrics; then room for the voting and comment features, which this build keeps intact.
    "CREATE TABLE metric_definitions(id TEXT PRIMARY KEY NOT NULL, key TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',"
    " direction TEXT NOT NULL CHECK(direction IN ('higher-better','lower-better')),"
    " scale_min REAL, scale_max REAL, target REAL, warning REAL, critical REAL,"
    " kind TEXT NOT NULL DEFAULT '',"
    " direction_known INTEGER NOT NULL DEFAULT 1 CHECK(direction_known IN (0, 1)))",
    "CREATE TABLE metric_imports(id TEXT PRIMARY KEY NOT NULL, source_name TEXT NOT NULL,"
    " imported_at TEXT NOT NULL, mapping TEXT NOT NULL DEFAULT '{}',"
    " row_count INTEGER NOT NULL DEFAULT 0)",
    observationsV2,
    "CREATE TABLE votes(id TEXT PRIMARY KEY NOT NULL,"
    " journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
    " target_id TEXT NOT NULL, voter TEXT NOT NULL, session TEXT NOT NULL DEFAULT '',"
    " weight INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL)",
    "CREATE INDEX votes_journey ON votes(journey_id)",
    WAYMARK_WORKSHOP_TABLES "CREATE TABLE comments(id TEXT PRIMARY KEY NOT NULL,"
                            " journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
                            " target_id TEXT NOT NULL, author TEXT NOT NULL, text TEXT NOT NULL,"
                            " created TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,"
                            " parent_id TEXT NOT NULL DEFAULT '',"
                            " resolved TEXT NOT NULL DEFAULT '', resolved_by TEXT NOT NULL"
                            " DEFAULT '')",
    "CREATE INDEX comments_journey ON comments(journey_id)",
    WAYMARK_SNAPSHOTS_TABLE,
    WAYMARK_INSIGHT_TABLES,
    WAYMARK_CONNECTIONS_TABLE,
};

bool createCurrent(QSqlDatabase &db, QString *error)
{
    for (const char *sql : schema)
        if (!execSql(db, QLatin1String(sql), error)) return false;
    return true;
}

// 1 -> 2: observations lose their own id and are keyed by (metric, target, period, segment),
// which schema 1 already kept unique. Copied in key order, so the new tree is built densely.
bool observationsByKey(QSqlDatabase &db, QString *error)
{
    const char *const steps[] = {
        WAYMARK_OBSERVATIONS_V2("metric_observations_v2"),
        "INSERT INTO metric_observations_v2(metric_id, target_kind, target_id, period, segment,"
        " value, import_id) SELECT metric_id, target_kind, target_id, period, segment, value,"
        " import_id FROM metric_observations"
        " ORDER BY metric_id, target_kind, target_id, period, segment",
        "DROP TABLE metric_observations",
        "ALTER TABLE metric_observations_v2 RENAME TO metric_observations",
    };
    for (const char *sql : steps)
        if (!execSql(db, QLatin1String(sql), error)) return false;
    return true;
}

#undef WAYMARK_OBSERVATIONS_V2

// 3 -> 4: voting rounds and the inbox of workshop notes.
bool workshopTables(QSqlDatabase &db, QString *error)
{
    for (const char *sql : {WAYMARK_WORKSHOP_TABLES})
        if (!execSql(db, QLatin1String(sql), error)) return false;
    return true;
}

#undef WAYMARK_WORKSHOP_TABLES

// 2 -> 3: metric definitions learn their kind of KPI and whether anyone set their direction.
// Before, a metric Waymark did not know was silently "higher is better"; such metrics are
// marked undecided now, unless their name is recognised with that very direction.
bool metricKinds(QSqlDatabase &db, QString *error)
{
    for (const char *sql : {"ALTER TABLE metric_definitions ADD COLUMN kind TEXT NOT NULL "
                            "DEFAULT ''",
                            "ALTER TABLE metric_definitions ADD COLUMN direction_known INTEGER NOT "
                            "NULL DEFAULT 1 CHECK(direction_known IN (0, 1))"})
        if (!execSql(db, QLatin1String(sql), error)) return false;
    static const QHash<QString, QString> legacyKinds{
        {QStringLiteral("conversion-rate"), QStringLiteral("conversion")},
        {QStringLiteral("drop-off"), QStringLiteral("drop-off")},
        {QStringLiteral("csat"), QStringLiteral("csat")},
        {QStringLiteral("nps"), QStringLiteral("nps")},
        {QStringLiteral("ces"), QStringLiteral("ces")},
        {QStringLiteral("dwell-time"), QStringLiteral("time")},
        {QStringLiteral("repeated-steps"), QStringLiteral("repeat")},
        {QStringLiteral("containment"), QStringLiteral("containment")},
        {QStringLiteral("churn"), QStringLiteral("churn")},
        {QStringLiteral("volume"), QStringLiteral("volume")},
        {QStringLiteral("cost-to-serve"), QStringLiteral("cost")}};
    QSqlQuery read(db), write(db);
    if (!read.exec(QStringLiteral("SELECT id, key, name, direction FROM metric_definitions")) ||
        !write.prepare(QStringLiteral(
            "UPDATE metric_definitions SET kind = ?, direction_known = ? WHERE id = ?"))) {
        *error = read.lastError().isValid() ? sqlErrorText(read)
                                            : sqlErrorText(write);
        return false;
    }
    QList<std::tuple<QString, QString, int>> updates; // id, kind, known
    while (read.next()) {
        const QString key = read.value(1).toString();
        if (legacyKinds.contains(key)) {
            updates.append({read.value(0).toString(), legacyKinds.value(key), 1});
            continue;
        }
        const MetricDefinition seen =
            MetricRecognition::recognise(read.value(2).toString(), {}).definition;
        const bool higher = read.value(3).toString() == QLatin1String("higher-better");
        updates.append({read.value(0).toString(), seen.kind,
                        seen.directionKnown && seen.higherIsBetter == higher ? 1 : 0});
    }
    for (const auto &[id, kind, known] : updates) {
        write.bindValue(0, kind);
        write.bindValue(1, known);
        write.bindValue(2, id);
        if (!write.exec()) {
            *error = sqlErrorText(write);
            return false;
        }
    }
    return true;
}

// 4 -> 5: owner, status and review of journeys; origins of copied stages, lanes and cards
// (unknown for older copies); snapshots.
bool originsAndSnapshots(QSqlDatabase &db, QString *error)
{
    for (const char *sql : {"ALTER TABLE journeys ADD COLUMN owner TEXT NOT NULL DEFAULT ''",
                            "ALTER TABLE journeys ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'"
                            " CHECK(status IN ('draft','validated','archived'))",
                            "ALTER TABLE journeys ADD COLUMN review_days INTEGER NOT NULL DEFAULT 0"
                            " CHECK(review_days BETWEEN 0 AND 3650)",
                            "ALTER TABLE journeys ADD COLUMN reviewed TEXT NOT NULL DEFAULT ''",
                            "ALTER TABLE comments ADD COLUMN position INTEGER NOT NULL DEFAULT 0",
                            "ALTER TABLE comments ADD COLUMN parent_id TEXT NOT NULL DEFAULT ''",
                            "ALTER TABLE comments ADD COLUMN resolved TEXT NOT NULL DEFAULT ''",
                            "ALTER TABLE comments ADD COLUMN resolved_by TEXT NOT NULL DEFAULT ''",
                            "ALTER TABLE stages ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
                            "ALTER TABLE lanes ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
                            "ALTER TABLE cards ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
                            "ALTER TABLE cards ADD COLUMN linked_journey TEXT NOT NULL DEFAULT ''",
                            WAYMARK_SNAPSHOTS_TABLE})
        if (!execSql(db, QLatin1String(sql), error)) return false;
    return true;
}

#undef WAYMARK_SNAPSHOTS_TABLE

// 5 -> 6: the evidence library, opportunities' scores and what they address.
bool insightTables(QSqlDatabase &db, QString *error)
{
    for (const char *sql : {WAYMARK_INSIGHT_TABLES,
                            "ALTER TABLE cards ADD COLUMN " WAYMARK_CUSTOMER_VALUE,
                            "ALTER TABLE cards ADD COLUMN " WAYMARK_BUSINESS_VALUE,
                            "ALTER TABLE cards ADD COLUMN " WAYMARK_EFFORT})
        if (!execSql(db, QLatin1String(sql), error)) return false;
    return true;
}

#undef WAYMARK_CUSTOMER_VALUE
#undef WAYMARK_BUSINESS_VALUE
#undef WAYMARK_EFFORT

#undef WAYMARK_INSIGHT_TABLES

// 6 -> 7: service blueprints: the journey's view, the lanes' zones, arrows between cards.
bool blueprintTables(QSqlDatabase &db, QString *error)
{
    for (const char *sql : {"ALTER TABLE journeys ADD COLUMN" WAYMARK_BLUEPRINT,
                            "ALTER TABLE lanes ADD COLUMN" WAYMARK_ZONE, WAYMARK_CONNECTIONS_TABLE})
        if (!execSql(db, QLatin1String(sql), error)) return false;
    return true;
}

#undef WAYMARK_BLUEPRINT
#undef WAYMARK_ZONE
#undef WAYMARK_CONNECTIONS_TABLE

// 7 -> 8: lane hints.
bool laneHints(QSqlDatabase &db, QString *error)
{
    return execSql(db, QLatin1String("ALTER TABLE lanes ADD COLUMN" WAYMARK_LANE_HINT), error);
}

#undef WAYMARK_LANE_HINT

} // namespace

const SchemaPlan &SchemaPlan::builtIn()
{
    static const SchemaPlan plan{
        8,
        createCurrent,
        {{1, QStringLiteral("observations keyed by metric, target, period and segment"),
          observationsByKey},
         {2, QStringLiteral("metric kinds and undecided directions"), metricKinds},
         {3, QStringLiteral("workshop voting rounds and inbox"), workshopTables},
         {4, QStringLiteral("journey review, origins of copies and snapshots"),
          originsAndSnapshots},
         {5, QStringLiteral("evidence library and opportunity scores"), insightTables},
         {6, QStringLiteral("service blueprints"), blueprintTables},
         {7, QStringLiteral("lane hints"), laneHints}},
        {QStringLiteral("metric_observations_target"),
         QStringLiteral("metric_observations_import")}};
    return plan;
}

bool SchemaPlan::migrate(QSqlDatabase &db, int fromVersion, QString *error) const
{
    for (int v = fromVersion; v < currentVersion; ++v) {
        const Migration *step = nullptr;
        for (const Migration &m : migrations)
            if (m.from == v) step = &m;
        if (!step) {
            *error =
                QCoreApplication::translate("Storage", "no upgrade step from schema %1").arg(v);
            return false;
        }
        QString stepError;
        if (!step->apply(db, &stepError)) {
            *error = QCoreApplication::translate("Storage", "upgrade from schema %1 failed: %2")
                         .arg(v)
                         .arg(stepError);
            return false;
        }
        if (!execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), error))
            return false;
    }
    return true;
}

QStringList requiredTables(int schemaVersion)
{
    // The workshop tables came with schema 4, snapshots with 5, the evidence library with 6,
    // blueprint arrows with 7;
    // an older file gains them on upgrade.
    if (schemaVersion < 4) return requiredTables(4).mid(0, requiredTables(4).size() - 2);
    if (schemaVersion < 5) return requiredTables(5).mid(0, requiredTables(5).size() - 1);
    if (schemaVersion < 6) return requiredTables(6).mid(0, requiredTables(6).size() - 3);
    if (schemaVersion < 7) return requiredTables(7).mid(0, requiredTables(7).size() - 1);
    return {QStringLiteral("meta"),
            QStringLiteral("images"),
            QStringLiteral("personas"),
            QStringLiteral("journeys"),
            QStringLiteral("journey_personas"),
            QStringLiteral("stages"),
            QStringLiteral("lanes"),
            QStringLiteral("cards"),
            QStringLiteral("metric_definitions"),
            QStringLiteral("metric_imports"),
            QStringLiteral("metric_observations"),
            QStringLiteral("votes"),
            QStringLiteral("comments"),
            QStringLiteral("vote_rounds"),
            QStringLiteral("inbox_notes"),
            QStringLiteral("snapshots"),
            QStringLiteral("insights"),
            QStringLiteral("card_insights"),
            QStringLiteral("card_addresses"),
            QStringLiteral("connections")};
}

} // namespace waymark
