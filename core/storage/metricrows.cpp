// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricrows.h"

#include "sqlutil.h"
#include "trcontexts.h"

#include <QScopeGuard>
#include <sqlite3.h>

#include <QSqlError>
#include <QSqlQuery>

namespace waymark {

namespace {

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<double> optionalFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

bool fail(const QSqlQuery &q, QString *error)
{
    *error = Storage::tr("the project could not be written (%1)").arg(q.lastError().text());
    return false;
}

// Writes the touched rows of one kind: upsert what the project has, delete what it lost.
template <typename T, typename Bind>
bool writeRows(QSqlDatabase &db, const QList<T> &items, const QSet<Id> &touched, const char *table,
               const QString &upsert, Bind bind, QString *error)
{
    if (touched.isEmpty()) return true;
    QSqlQuery q(db), del(db);
    if (!q.prepare(upsert) ||
        !del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table))))
        return fail(q, error);
    QSet<Id> present;
    for (const T &item : items) {
        if (!touched.contains(item.id)) continue;
        present.insert(item.id);
        bind(q, item);
        if (!q.exec()) return fail(q, error);
    }
    for (const Id &id : touched)
        if (!present.contains(id)) {
            del.bindValue(0, idToString(id));
            if (!del.exec()) return fail(del, error);
        }
    return true;
}

// Imports bring 100,000 values at a time: they go through SQLite's own API, which is an
// order of magnitude quicker per row than QSqlQuery.
bool writeObservations(QSqlDatabase &db, const QList<Observation> &items, const QSet<Id> &touched,
                       QString *error)
{
    if (touched.isEmpty()) return true;
    sqlite3 *h = sqliteHandle(db);
    auto failed = [&] {
        *error = Storage::tr("the project could not be written (%1)")
                     .arg(QString::fromUtf8(sqlite3_errmsg(h)));
        return false;
    };
    sqlite3_stmt *upsert = nullptr, *del = nullptr;
    const char *sql =
        "INSERT INTO metric_observations(id, metric_id, target_kind, target_id, period, segment,"
        " value, import_id) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
        " metric_id=excluded.metric_id, target_kind=excluded.target_kind,"
        " target_id=excluded.target_id, period=excluded.period, segment=excluded.segment,"
        " value=excluded.value, import_id=excluded.import_id";
    if (sqlite3_prepare_v2(h, sql, -1, &upsert, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(h, "DELETE FROM metric_observations WHERE id = ?", -1, &del, nullptr) !=
            SQLITE_OK) {
        sqlite3_finalize(upsert);
        return failed();
    }
    const auto cleanup = qScopeGuard([&] {
        sqlite3_finalize(upsert);
        sqlite3_finalize(del);
    });
    auto bindText = [](sqlite3_stmt *st, int i, const QByteArray &text) {
        sqlite3_bind_text(st, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    };
    QSet<Id> present;
    present.reserve(touched.size());
    for (const Observation &o : items) {
        if (!touched.contains(o.id)) continue;
        present.insert(o.id);
        bindText(upsert, 1, o.id.toByteArray(QUuid::WithoutBraces));
        bindText(upsert, 2, o.metricId.toByteArray(QUuid::WithoutBraces));
        bindText(upsert, 3, toKey(o.targetKind).toUtf8());
        bindText(upsert, 4, o.targetId.toByteArray(QUuid::WithoutBraces));
        bindText(upsert, 5, o.period.toUtf8());
        bindText(upsert, 6, o.segment.toUtf8());
        sqlite3_bind_double(upsert, 7, o.value);
        if (o.importId.isNull())
            sqlite3_bind_null(upsert, 8);
        else
            bindText(upsert, 8, o.importId.toByteArray(QUuid::WithoutBraces));
        if (sqlite3_step(upsert) != SQLITE_DONE) return failed();
        sqlite3_reset(upsert);
    }
    for (const Id &id : touched)
        if (!present.contains(id)) {
            bindText(del, 1, id.toByteArray(QUuid::WithoutBraces));
            if (sqlite3_step(del) != SQLITE_DONE) return failed();
            sqlite3_reset(del);
        }
    return true;
}

} // namespace

bool loadMetricRows(QSqlDatabase &db, Project *p, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, key, name, unit, direction, scale_min, scale_max, "
                               "target, warning, critical FROM metric_definitions ORDER BY key"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        MetricDefinition m;
        m.id = idFromString(q.value(0).toString());
        m.key = q.value(1).toString();
        m.name = q.value(2).toString();
        m.unit = q.value(3).toString();
        m.higherIsBetter = q.value(4).toString() == QLatin1String("higher-better");
        m.scaleMin = optionalFrom(q.value(5));
        m.scaleMax = optionalFrom(q.value(6));
        m.target = optionalFrom(q.value(7));
        m.warning = optionalFrom(q.value(8));
        m.critical = optionalFrom(q.value(9));
        p->metrics.append(m);
    }
    if (!q.exec(QStringLiteral("SELECT id, source_name, imported_at, mapping, row_count FROM "
                               "metric_imports ORDER BY imported_at"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        p->imports.append({idFromString(q.value(0).toString()), q.value(1).toString(),
                           QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                           q.value(3).toString(), q.value(4).toInt()});
    if (!q.exec(QStringLiteral("SELECT id, metric_id, target_kind, target_id, period, segment, "
                               "value, import_id FROM metric_observations"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Observation o;
        o.id = idFromString(q.value(0).toString());
        o.metricId = idFromString(q.value(1).toString());
        if (!fromKey(q.value(2).toString(), &o.targetKind)) {
            *error = Storage::tr("metric value %1 has an unknown target kind")
                         .arg(q.value(0).toString());
            return false;
        }
        o.targetId = idFromString(q.value(3).toString());
        o.period = q.value(4).toString();
        o.segment = q.value(5).toString();
        o.value = q.value(6).toDouble();
        o.importId = idFromString(q.value(7).toString());
        p->observations.append(o);
    }
    return true;
}

bool writeMetricRows(QSqlDatabase &db, const Project &p, const ChangeSet &c, QString *error)
{
    // Parents first for upserts, children first for deletes: observations last here, and
    // their deletes happen before a definition's (which cascades anyway).
    const bool ok =
        writeRows(
            db, p.metrics, c.metrics, "metric_definitions",
            QStringLiteral("INSERT INTO metric_definitions(id, key, name, unit, direction, "
                           "scale_min, scale_max, target, warning, critical) VALUES(?,?,?,?,?,"
                           "?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET key=excluded.key, "
                           "name=excluded.name, unit=excluded.unit, direction=excluded.direction, "
                           "scale_min=excluded.scale_min, scale_max=excluded.scale_max, "
                           "target=excluded.target, warning=excluded.warning, "
                           "critical=excluded.critical"),
            [](QSqlQuery &q, const MetricDefinition &m) {
                q.bindValue(0, idToString(m.id));
                q.bindValue(1, m.key);
                q.bindValue(2, m.name);
                q.bindValue(3, m.unit.isNull() ? QString(QLatin1String("")) : m.unit);
                q.bindValue(4, m.higherIsBetter ? QStringLiteral("higher-better")
                                                : QStringLiteral("lower-better"));
                q.bindValue(5, optionalValue(m.scaleMin));
                q.bindValue(6, optionalValue(m.scaleMax));
                q.bindValue(7, optionalValue(m.target));
                q.bindValue(8, optionalValue(m.warning));
                q.bindValue(9, optionalValue(m.critical));
            },
            error) &&
        writeRows(
            db, p.imports, c.imports, "metric_imports",
            QStringLiteral("INSERT INTO metric_imports(id, source_name, imported_at, mapping, "
                           "row_count) VALUES(?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                           "source_name=excluded.source_name, imported_at=excluded.imported_at,"
                           " mapping=excluded.mapping, row_count=excluded.row_count"),
            [](QSqlQuery &q, const MetricImport &i) {
                q.bindValue(0, idToString(i.id));
                q.bindValue(1, i.sourceName);
                q.bindValue(2, i.importedAt.toUTC().toString(Qt::ISODateWithMs));
                q.bindValue(3, i.mapping.isEmpty() ? QStringLiteral("{}") : i.mapping);
                q.bindValue(4, i.rowCount);
            },
            error) &&
        writeObservations(db, p.observations, c.observations, error);
    return ok;
}

} // namespace waymark
