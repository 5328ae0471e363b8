// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectmerge.h"

#include "checker.h"
#include "model/types.h"
#include "projectjson.h"
#include "schema.h"
#include "sqlutil.h"
#include "trcontexts.h"

#include <filesystem>
#include <optional>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace waymark::ProjectMerge {

namespace {

// A reference from a column to the id of a row in one of `targets`.
struct Ref
{
    QString column;
    QStringList targets;
};

struct TableInfo
{
    QString name;
    QStringList pk;
    QList<Ref> refs;
    QStringList group; // the columns that make rows siblings for `position`
    bool ordered = false;
    bool orderMatters = false; // a reorder on both sides is a conflict
    bool canKeepBoth = false;
};

// Rows of one table of one copy, by key, in the order the copy lists them.
struct Rows
{
    QHash<QString, QJsonObject> byKey;
    QStringList order;
};
using Tables = QHash<QString, Rows>;

QString keyOf(const TableInfo &t, const QJsonObject &row)
{
    QStringList parts;
    for (const QString &c : t.pk)
        parts.append(row.value(c).toVariant().toString());
    return parts.join(QChar(0x1f));
}

// What the schema says about each table: keys, references (declared foreign keys and the
// references `check` follows without one), sibling groups.
QList<TableInfo> schemaInfo(QString *error)
{
    const QString name = uniqueConnectionName(QStringLiteral("waymark-merge"));
    QList<TableInfo> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open() || !SchemaPlan::builtIn().create(db, error)) return {};
        for (const QString &table : ProjectJson::tableOrder(db)) {
            TableInfo t;
            t.name = table;
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
            QMap<int, QString> pk;
            while (q.next()) {
                if (q.value(5).toInt() > 0) pk.insert(q.value(5).toInt(), q.value(1).toString());
                if (q.value(1).toString() == QLatin1String("position")) t.ordered = true;
            }
            t.pk = pk.values();
            q.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table));
            while (q.next())
                t.refs.append({q.value(3).toString(), {q.value(2).toString()}});
            tables.append(t);
        }
    }
    QSqlDatabase::removeDatabase(name);
    const QHash<QString, QStringList> groups{
        {QStringLiteral("stages"), {QStringLiteral("journey_id")}},
        {QStringLiteral("lanes"), {QStringLiteral("journey_id")}},
        {QStringLiteral("cards"), {QStringLiteral("stage_id"), QStringLiteral("lane_id")}},
        {QStringLiteral("journey_personas"), {QStringLiteral("journey_id")}},
        {QStringLiteral("connections"), {QStringLiteral("journey_id")}},
        {QStringLiteral("comments"), {QStringLiteral("journey_id")}},
        {QStringLiteral("vote_rounds"), {QStringLiteral("journey_id")}},
        {QStringLiteral("inbox_notes"), {QStringLiteral("journey_id")}},
        {QStringLiteral("card_insights"), {QStringLiteral("card_id")}},
        {QStringLiteral("card_addresses"), {QStringLiteral("card_id")}},
    };
    const QStringList itemsAndObjects{QStringLiteral("cards"), QStringLiteral("stages"),
                                      QStringLiteral("journeys")};
    for (TableInfo &t : tables) {
        t.group = groups.value(t.name);
        t.orderMatters = QStringList{QStringLiteral("journeys"), QStringLiteral("personas"),
                                     QStringLiteral("stages"), QStringLiteral("lanes"),
                                     QStringLiteral("cards")}
                             .contains(t.name);
        t.canKeepBoth = QStringList{QStringLiteral("cards"), QStringLiteral("personas"),
                                    QStringLiteral("insights"), QStringLiteral("comments")}
                            .contains(t.name);
        // References without a foreign key that `check` follows (FORMAT.md).
        if (t.name == QLatin1String("comments")) {
            t.refs.append({QStringLiteral("target_id"), itemsAndObjects});
            t.refs.append({QStringLiteral("parent_id"), {QStringLiteral("comments")}});
        } else if (t.name == QLatin1String("metric_observations")) {
            t.refs.append({QStringLiteral("target_id"), itemsAndObjects});
        } else if (t.name == QLatin1String("votes")) {
            t.refs.append({QStringLiteral("session"), {QStringLiteral("vote_rounds")}});
        }
    }
    return tables;
}

bool readCopy(const QString &path, const QList<TableInfo> &info, Tables *tables, QString *error)
{
    QByteArray json;
    if (!ProjectJson::writeFile(path, &json, error)) return false;
    const QJsonObject all =
        QJsonDocument::fromJson(json).object().value(QLatin1String("tables")).toObject();
    for (const TableInfo &t : info) {
        Rows &rows = (*tables)[t.name];
        for (const QJsonValue &v : all.value(t.name).toArray()) {
            const QJsonObject row = v.toObject();
            const QString key = keyOf(t, row);
            rows.byKey.insert(key, row);
            rows.order.append(key);
        }
    }
    return true;
}

QJsonObject without(QJsonObject row, const QString &column)
{
    row.remove(column);
    return row;
}

QString shortText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined()) return QStringLiteral("—");
    if (v.isObject()) return Storage::tr("(data)");
    QString s = v.toVariant().toString().simplified();
    if (s.size() > 60) s = s.left(59) + QChar(0x2026);
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString singular(const QString &table)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("meta"), QT_TRANSLATE_NOOP("Storage", "project detail")},
        {QStringLiteral("images"), QT_TRANSLATE_NOOP("Storage", "picture")},
        {QStringLiteral("personas"), QT_TRANSLATE_NOOP("Storage", "persona")},
        {QStringLiteral("journeys"), QT_TRANSLATE_NOOP("Storage", "journey")},
        {QStringLiteral("journey_personas"), QT_TRANSLATE_NOOP("Storage", "persona of a journey")},
        {QStringLiteral("stages"), QT_TRANSLATE_NOOP("Storage", "stage")},
        {QStringLiteral("lanes"), QT_TRANSLATE_NOOP("Storage", "lane")},
        {QStringLiteral("cards"), QT_TRANSLATE_NOOP("Storage", "card")},
        {QStringLiteral("connections"), QT_TRANSLATE_NOOP("Storage", "arrow")},
        {QStringLiteral("insights"), QT_TRANSLATE_NOOP("Storage", "insight")},
        {QStringLiteral("card_insights"), QT_TRANSLATE_NOOP("Storage", "insight of a card")},
        {QStringLiteral("card_addresses"), QT_TRANSLATE_NOOP("Storage", "target of an opportunity")},
        {QStringLiteral("metric_definitions"), QT_TRANSLATE_NOOP("Storage", "metric")},
        {QStringLiteral("metric_imports"), QT_TRANSLATE_NOOP("Storage", "metric import")},
        {QStringLiteral("metric_observations"), QT_TRANSLATE_NOOP("Storage", "metric value")},
        {QStringLiteral("comments"), QT_TRANSLATE_NOOP("Storage", "comment")},
        {QStringLiteral("vote_rounds"), QT_TRANSLATE_NOOP("Storage", "voting round")},
        {QStringLiteral("votes"), QT_TRANSLATE_NOOP("Storage", "vote")},
        {QStringLiteral("inbox_notes"), QT_TRANSLATE_NOOP("Storage", "participant note")},
        {QStringLiteral("snapshots"), QT_TRANSLATE_NOOP("Storage", "snapshot")},
    };
    const char *n = names.value(table);
    return n ? Storage::tr(n) : table;
}

// `card "Reads the letter"`: the row as a user knows it.
QString describe(const QString &table, const QJsonObject &row)
{
    for (const char *column : {"text", "name", "title", "question", "label", "key", "source_name"}) {
        const QString v = row.value(QLatin1String(column)).toString().simplified();
        if (!v.isEmpty())
            return Storage::tr("%1 %2").arg(singular(table), shortText(v));
    }
    return singular(table);
}

// The merged order of siblings: the side that reordered the siblings all three share leads,
// and what only the other side has goes in after its predecessor there. `conflict` is set
// when both reordered them differently; `mineLeads` then decides.
QStringList mergeOrder(const QStringList &base, const QStringList &mine, const QStringList &theirs,
                       const QSet<QString> &present, bool mineLeads, bool *conflict)
{
    const QSet<QString> inMine(mine.begin(), mine.end()), inTheirs(theirs.begin(), theirs.end());
    auto common = [&](const QStringList &list) {
        QStringList out;
        for (const QString &k : list)
            if (inMine.contains(k) && inTheirs.contains(k) && base.contains(k)) out.append(k);
        return out;
    };
    const QStringList b = common(base), m = common(mine), t = common(theirs);
    *conflict = m != b && t != b && m != t;
    const bool mineFirst = *conflict ? mineLeads : (m != b || t == b);
    const QStringList &lead = mineFirst ? mine : theirs;
    const QStringList &other = mineFirst ? theirs : mine;
    QStringList out;
    for (const QString &k : lead)
        if (present.contains(k) && !out.contains(k)) out.append(k);
    for (int i = 0; i < other.size(); ++i) {
        const QString &k = other[i];
        if (!present.contains(k) || out.contains(k)) continue;
        int at = 0;
        for (int j = i - 1; j >= 0; --j)
            if (const int p = int(out.indexOf(other[j])); p >= 0) {
                at = p + 1;
                break;
            }
        out.insert(at, k);
    }
    for (const QString &k : present) // present in no list of this group: cannot happen, kept
        if (!out.contains(k)) out.append(k);
    return out;
}

class Merger
{
public:
    Merger(const QList<TableInfo> &info, const QHash<QString, Choice> &choices, Choice prefer,
           Result *result)
        : m_info(info), m_choices(choices), m_prefer(prefer), m_result(result)
    {
    }

    Tables base, mine, theirs;

    void run()
    {
        unifyMetrics();
        for (const TableInfo &t : m_info)
            mergeRows(t);
        keepWhatIsNeeded();
        for (const TableInfo &t : m_info)
            if (t.ordered) mergePositions(t);
        uniqueSnapshotNames();
        QJsonObject tables;
        for (const TableInfo &t : m_info) {
            QJsonArray rows;
            for (const QString &k : m_out[t.name].order)
                rows.append(m_out[t.name].byKey.value(k));
            tables.insert(t.name, rows);
        }
        m_result->project = QJsonObject{
            {QStringLiteral("waymark"), QStringLiteral("project")},
            {QStringLiteral("format"), ProjectJson::FormatVersion},
            {QStringLiteral("schema"), SchemaPlan::builtIn().currentVersion},
            {QStringLiteral("tables"), tables}};
    }

private:
    Choice choiceFor(Conflict &c)
    {
        c.choice = m_choices.value(c.id, m_prefer);
        if (c.choice == Choice::Both && !c.canKeepBoth) c.choice = Choice::Mine;
        return c.choice;
    }

    // Both copies imported the same metric after they parted: one metric (MINE's id) with the
    // values of both, so that the values merge instead of clashing on the metric's key.
    void unifyMetrics()
    {
        QHash<QString, QString> mineByKey, renamed;
        for (const QJsonObject &m : mine[QStringLiteral("metric_definitions")].byKey)
            mineByKey.insert(m.value(QLatin1String("key")).toString(),
                             m.value(QLatin1String("id")).toString());
        Rows &defs = theirs[QStringLiteral("metric_definitions")];
        for (const QString &k : QStringList(defs.order)) {
            QJsonObject row = defs.byKey.value(k);
            const QString id = mineByKey.value(row.value(QLatin1String("key")).toString());
            if (id.isEmpty() || id == k) continue;
            renamed.insert(k, id);
            row.insert(QStringLiteral("id"), id);
            defs.byKey.remove(k);
            defs.byKey.insert(id, row);
            defs.order.replace(defs.order.indexOf(k), id);
        }
        if (renamed.isEmpty()) return;
        const TableInfo *obs = info(QStringLiteral("metric_observations"));
        Rows &values = theirs[QStringLiteral("metric_observations")];
        Rows renumbered;
        for (const QString &k : values.order) {
            QJsonObject row = values.byKey.value(k);
            const QString metric = row.value(QLatin1String("metric_id")).toString();
            row.insert(QStringLiteral("metric_id"), renamed.value(metric, metric));
            const QString key = keyOf(*obs, row);
            renumbered.byKey.insert(key, row);
            renumbered.order.append(key);
        }
        values = renumbered;
    }

    const TableInfo *info(const QString &table) const
    {
        for (const TableInfo &t : m_info)
            if (t.name == table) return &t;
        return nullptr;
    }

    void take(const QString &table, const QString &key, const QJsonObject &row)
    {
        Rows &out = m_out[table];
        if (!out.byKey.contains(key)) out.order.append(key);
        out.byKey.insert(key, row);
    }

    void mergeRows(const TableInfo &t)
    {
        const Rows &b = base[t.name], &m = mine[t.name], &th = theirs[t.name];
        QStringList keys = m.order;
        QSet<QString> seen(keys.begin(), keys.end());
        for (const QStringList *list : {&th.order, &b.order})
            for (const QString &k : *list)
                if (!seen.contains(k)) {
                    seen.insert(k);
                    keys.append(k);
                }
        const QString ignored = t.ordered ? QStringLiteral("position") : QString();
        for (const QString &key : keys) {
            const std::optional<QJsonObject> bRow = b.byKey.contains(key) ? std::optional(b.byKey[key]) : std::nullopt;
            const std::optional<QJsonObject> mRow = m.byKey.contains(key) ? std::optional(m.byKey[key]) : std::nullopt;
            const std::optional<QJsonObject> tRow = th.byKey.contains(key) ? std::optional(th.byKey[key]) : std::nullopt;
            auto same = [&](const std::optional<QJsonObject> &x, const std::optional<QJsonObject> &y) {
                if (!x || !y) return !x && !y;
                return without(*x, ignored) == without(*y, ignored);
            };
            const bool mineChanged = !same(mRow, bRow), theirsChanged = !same(tRow, bRow);
            m_result->fromMine += mineChanged && !(theirsChanged && same(mRow, tRow));
            m_result->fromTheirs += theirsChanged && !same(mRow, tRow);
            if (mRow && tRow) {
                mergeFields(t, key, bRow.value_or(QJsonObject()), *mRow, *tRow);
            } else if (!mRow && !tRow) {
                continue; // deleted on both sides
            } else if (!mineChanged || !theirsChanged) {
                // Only one side touched it: that side's version (or deletion) stands.
                if (const auto &row = mineChanged ? mRow : tRow) take(t.name, key, *row);
            } else {
                // Deleted on one side and changed on the other.
                const QJsonObject &row = mRow ? *mRow : *tRow;
                Conflict c;
                c.kind = mRow ? Conflict::Kind::TheirsDeleted : Conflict::Kind::MineDeleted;
                c.id = t.name + QLatin1Char('/') + key;
                c.table = t.name;
                c.what = describe(t.name, row);
                c.mine = mRow ? Storage::tr("changed") : Storage::tr("deleted");
                c.theirs = tRow ? Storage::tr("changed") : Storage::tr("deleted");
                const Choice choice = choiceFor(c);
                if ((choice == Choice::Mine) == bool(mRow) || choice == Choice::Both)
                    take(t.name, key, row);
                m_result->conflicts.append(c);
            }
        }
    }

    // Column by column: what one side changed stands; what both changed differently is a
    // conflict. Both added the row (no base): the same, against an empty base.
    void mergeFields(const TableInfo &t, const QString &key, const QJsonObject &b,
                     const QJsonObject &m, const QJsonObject &th)
    {
        QJsonObject row = m;
        QStringList clashes;
        for (auto it = m.begin(); it != m.end(); ++it) {
            const QString &column = it.key();
            const QJsonValue bv = b.value(column), mv = it.value(), tv = th.value(column);
            if (mv == tv || tv == bv) continue;
            if (mv == bv) {
                row.insert(column, tv);
                continue;
            }
            if (t.ordered && column == QLatin1String("position")) continue; // mergePositions
            if (t.name == QLatin1String("meta") && key == QLatin1String("modified")) {
                row.insert(column, std::max(mv.toString(), tv.toString()));
                continue;
            }
            clashes.append(column);
        }
        if (clashes.isEmpty()) {
            take(t.name, key, row);
            return;
        }
        Conflict c;
        c.kind = Conflict::Kind::BothChanged;
        c.id = t.name + QLatin1Char('/') + key;
        c.table = t.name;
        c.what = describe(t.name, b.isEmpty() ? m : b);
        c.fields = clashes;
        QStringList mineSide, theirSide;
        for (const QString &column : clashes) {
            mineSide.append(column + QStringLiteral(": ") + shortText(m.value(column)));
            theirSide.append(column + QStringLiteral(": ") + shortText(th.value(column)));
        }
        c.mine = mineSide.join(QStringLiteral(", "));
        c.theirs = theirSide.join(QStringLiteral(", "));
        c.canKeepBoth = t.canKeepBoth && t.pk == QStringList{QStringLiteral("id")};
        const Choice choice = choiceFor(c);
        if (choice == Choice::Theirs)
            for (const QString &column : clashes)
                row.insert(column, th.value(column));
        take(t.name, key, row);
        if (choice == Choice::Both) {
            QJsonObject copy = th;
            const QString id = idToString(newId());
            copy.insert(QStringLiteral("id"), id);
            take(t.name, id, copy);
            m_copies[t.name].insert(id, key);
        }
        m_result->conflicts.append(c);
    }

    // A row kept on one side may need a row the other side deleted (a new card in a deleted
    // stage, a comment on a deleted card): that row is kept too, and said.
    void keepWhatIsNeeded()
    {
        for (bool again = true; again;) {
            again = false;
            for (const TableInfo &t : m_info) {
                for (const Ref &ref : t.refs) {
                    const Rows rows = m_out[t.name];
                    for (const QString &k : rows.order) {
                        const QJsonObject &row = rows.byKey[k];
                        const QString target = row.value(ref.column).toString();
                        if (target.isEmpty() || row.value(ref.column).isNull()) continue;
                        if (t.name == QLatin1String("comments") && ref.column == QLatin1String("target_id") &&
                            target == row.value(QLatin1String("journey_id")).toString())
                            continue;
                        bool found = false;
                        for (const QString &table : ref.targets)
                            found = found || m_out[table].byKey.contains(target);
                        if (found) continue;
                        for (const QString &table : ref.targets) {
                            const QJsonObject *from = nullptr;
                            for (Tables *copy : {&mine, &theirs, &base})
                                if (!from && (*copy)[table].byKey.contains(target))
                                    from = &(*copy)[table].byKey[target];
                            if (!from) continue;
                            take(table, target, *from);
                            m_result->kept.append(
                                Storage::tr("%1 was deleted in one copy but is kept, because the "
                                            "other copy still uses it (%2)")
                                    .arg(describe(table, *from), singular(t.name)));
                            again = true;
                            break;
                        }
                    }
                }
            }
        }
    }

    QStringList siblings(const TableInfo &t, const Rows &rows, const QStringList &groupValue) const
    {
        QList<std::pair<double, QString>> items;
        for (const QString &k : rows.order) {
            const QJsonObject &row = rows.byKey[k];
            QStringList g;
            for (const QString &c : t.group)
                g.append(row.value(c).toString());
            if (g == groupValue) items.append({row.value(QLatin1String("position")).toDouble(), k});
        }
        std::stable_sort(items.begin(), items.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList keys;
        for (const auto &item : items)
            keys.append(item.second);
        return keys;
    }

    void mergePositions(const TableInfo &t)
    {
        Rows &out = m_out[t.name];
        QMap<QStringList, QSet<QString>> groups;
        for (const QString &k : out.order) {
            QStringList g;
            for (const QString &c : t.group)
                g.append(out.byKey[k].value(c).toString());
            groups[g].insert(k);
        }
        const QHash<QString, QString> copies = m_copies.value(t.name);
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            QSet<QString> present = it.value();
            for (auto c = copies.begin(); c != copies.end(); ++c)
                present.remove(c.key());
            Conflict c;
            c.kind = Conflict::Kind::Order;
            c.id = t.name + QStringLiteral("/order/") + it.key().join(QLatin1Char('/'));
            c.table = t.name;
            const bool mineLeads = m_choices.value(c.id, m_prefer) != Choice::Theirs;
            bool conflict = false;
            QStringList order =
                mergeOrder(siblings(t, base[t.name], it.key()), siblings(t, mine[t.name], it.key()),
                           siblings(t, theirs[t.name], it.key()), present, mineLeads, &conflict);
            for (auto copy = copies.begin(); copy != copies.end(); ++copy) {
                if (!it.value().contains(copy.key())) continue;
                const qsizetype at = order.indexOf(copy.value());
                order.insert(at < 0 ? order.size() : at + 1, copy.key());
            }
            for (int i = 0; i < order.size(); ++i) {
                QJsonObject &row = out.byKey[order[i]];
                row.insert(QStringLiteral("position"), i);
            }
            if (conflict && t.orderMatters) {
                auto names = [&](const Tables &copy) {
                    QStringList list;
                    for (const QString &k : siblings(t, copy[t.name], it.key()))
                        list.append(shortText(copy[t.name].byKey[k].value(
                            t.name == QLatin1String("lanes") ? QStringLiteral("title")
                            : t.name == QLatin1String("cards") ? QStringLiteral("text")
                                                               : QStringLiteral("name"))));
                    return list.join(QStringLiteral(", "));
                };
                c.what = t.name == QLatin1String("stages")   ? Storage::tr("the order of the stages")
                         : t.name == QLatin1String("lanes")  ? Storage::tr("the order of the lanes")
                         : t.name == QLatin1String("cards")  ? Storage::tr("the order of cards in a cell")
                         : t.name == QLatin1String("journeys") ? Storage::tr("the order of the journeys")
                                                                : Storage::tr("the order of the personas");
                c.mine = names(mine);
                c.theirs = names(theirs);
                c.choice = mineLeads ? Choice::Mine : Choice::Theirs;
                m_result->conflicts.append(c);
            }
        }
    }

    // Snapshot names are unique (any case): a name both copies gave a new snapshot gets a number.
    void uniqueSnapshotNames()
    {
        Rows &snapshots = m_out[QStringLiteral("snapshots")];
        QSet<QString> names;
        for (const QString &k : snapshots.order) {
            QJsonObject &row = snapshots.byKey[k];
            const QString name = row.value(QLatin1String("name")).toString();
            QString unique = name;
            for (int n = 2; names.contains(unique.toCaseFolded()); ++n)
                unique = QStringLiteral("%1 (%2)").arg(name).arg(n);
            names.insert(unique.toCaseFolded());
            row.insert(QStringLiteral("name"), unique);
        }
    }

    const QList<TableInfo> &m_info;
    const QHash<QString, Choice> &m_choices;
    Choice m_prefer;
    Result *m_result;
    Tables m_out;
    QHash<QString, QHash<QString, QString>> m_copies; // table -> copy key -> original key
};

// Copies of one project share the moment it was created, or at least some of its objects.
bool related(const Tables &a, const Tables &b)
{
    const QJsonObject createdA = a[QStringLiteral("meta")].byKey.value(QStringLiteral("created"));
    const QJsonObject createdB = b[QStringLiteral("meta")].byKey.value(QStringLiteral("created"));
    if (!createdA.isEmpty() && createdA == createdB) return true;
    for (const char *table : {"journeys", "stages", "lanes", "cards", "personas"})
        for (const QString &k : a[QLatin1String(table)].order)
            if (b[QLatin1String(table)].byKey.contains(k)) return true;
    return false;
}

} // namespace

QString kindName(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::BothChanged: return Storage::tr("changed in both copies");
    case Conflict::Kind::MineDeleted: return Storage::tr("deleted in mine, changed in theirs");
    case Conflict::Kind::TheirsDeleted: return Storage::tr("changed in mine, deleted in theirs");
    case Conflict::Kind::Order: return Storage::tr("reordered in both copies");
    }
    return {};
}

bool merge(const QString &basePath, const QString &minePath, const QString &theirsPath,
           const QHash<QString, Choice> &choices, Choice prefer, Result *result, QString *error)
{
    *result = Result();
    const QList<TableInfo> info = schemaInfo(error);
    if (info.isEmpty()) return false;
    Merger merger(info, choices, prefer, result);
    const std::pair<const QString *, Tables *> copies[] = {
        {&basePath, &merger.base}, {&minePath, &merger.mine}, {&theirsPath, &merger.theirs}};
    for (const auto &[path, tables] : copies) {
        QString reason;
        if (!readCopy(*path, info, tables, &reason)) {
            *error = QStringLiteral("%1: %2").arg(*path, reason);
            return false;
        }
    }
    for (const auto &[path, tables] : {copies[1], copies[2]})
        if (!related(merger.base, *tables)) {
            *error = Storage::tr("%1 is not a copy of the same project as %2 (they share no "
                                 "journey, stage, lane, card or persona and were created at "
                                 "different times)")
                         .arg(*path, basePath);
            return false;
        }
    merger.run();
    return true;
}

bool write(const Result &result, const QString &out, QString *error)
{
    const QFileInfo info(out);
    const QString scratch = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                            QStringLiteral(".merging-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(scratch);
    if (!ProjectJson::create(QJsonDocument(result.project).toJson(QJsonDocument::Compact), scratch,
                             error))
        return false;
    const CheckReport check = checkProjectFile(scratch);
    if (!check.problems.isEmpty()) {
        QFile::remove(scratch);
        *error = Storage::tr("the merged project would not pass the check: %1")
                     .arg(check.problems.join(QStringLiteral("; ")));
        return false;
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(scratch).toStdString(),
                            QFile::encodeName(out).toStdString(), ec);
    if (ec) {
        QFile::remove(scratch);
        *error = QString::fromLocal8Bit(ec.message().c_str());
        return false;
    }
    return true;
}

} // namespace waymark::ProjectMerge
