// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricrows.h"

#include "sqlutil.h"
#include "trcontexts.h"

#include <algorithm>
#include <cstring>
#include <QScopeGuard>
#include <sqlite3.h>
#include <tuple>
#include <vector>

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
    *error = Storage::tr("the project could not be written (%1)").arg(sqlErrorText(q));
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
// order of magnitude quicker per row than QSqlQuery, and in key order, so that SQLite
// appends to its tree instead of splitting pages all over it.
bool writeObservations(QSqlDatabase &db, const QList<Observation> &items,
                       const QSet<ObservationKey> &touched, QString *error)
{
    if (touched.isEmpty()) return true;
    sqlite3 *h = sqliteHandle(db);
    auto failed = [&] {
        *error = Storage::tr("the project could not be written (%1)")
                     .arg(QString::fromUtf8(sqlite3_errmsg(h)));
        return false;
    };
    // The rows to write, and the keys of those to delete.
    std::vector<const Observation *> rows;
    rows.reserve(touched.size());
    for (const Observation &o : items)
        if (touched.contains(o.key())) rows.push_back(&o);
    QList<ObservationKey> gone;
    if (qsizetype(rows.size()) < touched.size()) {
        QSet<ObservationKey> present;
        for (const Observation *o : rows)
            present.insert(o->key());
        for (const ObservationKey &key : touched)
            if (!present.contains(key)) gone.append(key);
    }
    // The key's order: UUIDs field by field, which is the order of their text.
    const auto uuidOrder = [](const QUuid &a, const QUuid &b) {
        if (a.data1 != b.data1) return a.data1 < b.data1 ? -1 : 1;
        if (a.data2 != b.data2) return a.data2 < b.data2 ? -1 : 1;
        if (a.data3 != b.data3) return a.data3 < b.data3 ? -1 : 1;
        return std::memcmp(a.data4, b.data4, sizeof a.data4);
    };
    std::sort(rows.begin(), rows.end(), [&](const Observation *a, const Observation *b) {
        if (const int c = uuidOrder(a->metricId, b->metricId)) return c < 0;
        if (a->targetKind != b->targetKind) return a->targetKind < b->targetKind;
        if (const int c = uuidOrder(a->targetId, b->targetId)) return c < 0;
        return std::tie(a->period, a->segment) < std::tie(b->period, b->segment);
    });

    // Rows go in batches of 64 per statement: the statement's own cost is paid once per
    // batch instead of once per row. The rest go one by one.
    constexpr int Batch = 64, Columns = 7;
    const auto upsertSql = [](int rowCount) {
        QByteArray sql = "INSERT INTO metric_observations(metric_id, target_kind, target_id,"
                         " period, segment, value, import_id) VALUES";
        for (int i = 0; i < rowCount; ++i)
            sql += i ? ",(?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?)";
        return sql + " ON CONFLICT DO UPDATE SET value=excluded.value,"
                     " import_id=excluded.import_id";
    };
    sqlite3_stmt *upsert = nullptr, *batch = nullptr, *del = nullptr;
    const auto cleanup = qScopeGuard([&] {
        sqlite3_finalize(upsert);
        sqlite3_finalize(batch);
        sqlite3_finalize(del);
    });
    if (sqlite3_prepare_v2(h, upsertSql(1).constData(), -1, &upsert, nullptr) != SQLITE_OK ||
        (rows.size() >= Batch &&
         sqlite3_prepare_v2(h, upsertSql(Batch).constData(), -1, &batch, nullptr) != SQLITE_OK) ||
        sqlite3_prepare_v2(h,
                           "DELETE FROM metric_observations WHERE metric_id = ? AND"
                           " target_kind = ? AND target_id = ? AND period = ? AND segment = ?",
                           -1, &del, nullptr) != SQLITE_OK)
        return failed();
    // The texts of one row; they must outlive the step, which reads them in place.
    struct RowText
    {
        QByteArray metric, kind, target, period, segment, import;
    };
    auto bindKey = [](sqlite3_stmt *st, int first, RowText &text, const ObservationKey &key) {
        text.metric = key.metricId.toByteArray(QUuid::WithoutBraces);
        text.kind = toKey(key.targetKind).toLatin1();
        text.target = key.targetId.toByteArray(QUuid::WithoutBraces);
        text.period = key.period.toUtf8();
        text.segment = key.segment.toUtf8();
        int i = first;
        for (const QByteArray *t :
             {&text.metric, &text.kind, &text.target, &text.period, &text.segment})
            sqlite3_bind_text(st, i++, t->constData(), int(t->size()), SQLITE_STATIC);
    };
    auto bindRow = [&](sqlite3_stmt *st, int first, RowText &text, const Observation &o) {
        bindKey(st, first, text, o.key());
        sqlite3_bind_double(st, first + 5, o.value);
        if (o.importId.isNull()) {
            sqlite3_bind_null(st, first + 6);
        } else {
            text.import = o.importId.toByteArray(QUuid::WithoutBraces);
            sqlite3_bind_text(st, first + 6, text.import.constData(), int(text.import.size()),
                              SQLITE_STATIC);
        }
    };
    std::vector<RowText> texts(Batch);
    size_t next = 0;
    for (; batch && next + Batch <= rows.size(); next += Batch) {
        for (int r = 0; r < Batch; ++r)
            bindRow(batch, 1 + r * Columns, texts[r], *rows[next + r]);
        if (sqlite3_step(batch) != SQLITE_DONE) return failed();
        sqlite3_reset(batch);
    }
    for (; next < rows.size(); ++next) {
        bindRow(upsert, 1, texts[0], *rows[next]);
        if (sqlite3_step(upsert) != SQLITE_DONE) return failed();
        sqlite3_reset(upsert);
    }
    RowText &text = texts[0];
    for (const ObservationKey &key : gone) {
        bindKey(del, 1, text, key);
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
                               "target, warning, critical, kind, direction_known FROM "
                               "metric_definitions ORDER BY key"))) {
        *error = sqlErrorText(q);
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
        m.kind = q.value(10).toString();
        m.directionKnown = q.value(11).toInt() != 0;
        p->metrics.append(m);
    }
    if (!q.exec(QStringLiteral("SELECT id, source_name, imported_at, mapping, row_count FROM "
                               "metric_imports ORDER BY imported_at"))) {
        *error = sqlErrorText(q);
        return false;
    }
    while (q.next())
        p->imports.append({idFromString(q.value(0).toString()), q.value(1).toString(),
                           QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                           q.value(3).toString(), q.value(4).toInt()});
    if (!q.exec(QStringLiteral("SELECT metric_id, target_kind, target_id, period, segment, value,"
                               " import_id FROM metric_observations"))) {
        *error = sqlErrorText(q);
        return false;
    }
    while (q.next()) {
        Observation o;
        o.metricId = idFromString(q.value(0).toString());
        if (!fromKey(q.value(1).toString(), &o.targetKind)) {
            *error = Storage::tr("a metric value of %1 has an unknown target kind")
                         .arg(q.value(2).toString());
            return false;
        }
        o.targetId = idFromString(q.value(2).toString());
        o.period = q.value(3).toString();
        o.segment = q.value(4).toString();
        o.value = q.value(5).toDouble();
        o.importId = idFromString(q.value(6).toString());
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
                           "scale_min, scale_max, target, warning, critical, kind, "
                           "direction_known) VALUES(?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO "
                           "UPDATE SET key=excluded.key, name=excluded.name, unit=excluded.unit, "
                           "direction=excluded.direction, scale_min=excluded.scale_min, "
                           "scale_max=excluded.scale_max, target=excluded.target, "
                           "warning=excluded.warning, critical=excluded.critical, "
                           "kind=excluded.kind, direction_known=excluded.direction_known"),
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
                q.bindValue(10, m.kind.isNull() ? QString(QLatin1String("")) : m.kind);
                q.bindValue(11, m.directionKnown ? 1 : 0);
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
