// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectjson.h"

#include "schema.h"
#include "sqlutil.h"
#include "store.h"
#include "trcontexts.h"

#include <cmath>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace waymark::ProjectJson {

namespace {

// Each table's rows in reading order, with the unique key last so that the order is total.
// A table holding many short rows is written one row per line ("compact").
struct TableOrder
{
    const char *table;
    const char *orderBy;
    bool compact;
};

constexpr TableOrder knownTables[] = {
    {"meta", "key", true},
    {"images", "id", false},
    {"personas", "position, id", false},
    {"journeys", "position, id", false},
    {"journey_personas", "journey_id, position, persona_id", true},
    {"stages", "journey_id, position, id", false},
    {"lanes", "journey_id, position, id", false},
    {"cards",
     "journey_id, (SELECT s.position FROM stages s WHERE s.id = cards.stage_id), "
     "(SELECT l.position FROM lanes l WHERE l.id = cards.lane_id), position, id",
     false},
    {"connections", "journey_id, position, id", false},
    {"insights", "position, id", false},
    {"card_insights", "card_id, position, insight_id", true},
    {"card_addresses", "card_id, position, target_id", true},
    {"metric_definitions", "key, id", false},
    {"metric_imports", "imported_at, id", false},
    {"metric_observations", "metric_id, target_kind, target_id, period, segment", true},
    {"comments", "journey_id, position, id", false},
    {"vote_rounds", "journey_id, position, id", false},
    {"votes", "journey_id, created, id", true},
    {"inbox_notes", "journey_id, position, id", false},
    {"snapshots", "created, id", false},
};

const TableOrder *known(const QString &table)
{
    for (const TableOrder &t : knownTables)
        if (table == QLatin1String(t.table)) return &t;
    return nullptr;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

struct Column
{
    QString name;
    enum Kind
    {
        Number,
        Text,
        Blob
    } kind = Text;
    bool notNull = false;
};

QList<Column> columnsOf(QSqlDatabase &db, const QString &table)
{
    QList<Column> columns;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
    while (q.next()) {
        Column c;
        c.name = q.value(1).toString();
        const QString type = q.value(2).toString().toUpper();
        if (type.contains(QLatin1String("INT")) || type.contains(QLatin1String("REAL")) ||
            type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB")))
            c.kind = Column::Number;
        else if (type.contains(QLatin1String("BLOB")) || type.isEmpty())
            c.kind = Column::Blob;
        c.notNull = q.value(3).toBool() || q.value(5).toInt() > 0;
        columns.append(c);
    }
    return columns;
}

// JSON text of a string, escaped as RFC 8259 asks and nothing more (UTF-8 stays as it is).
void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// A column's value as the file holds it: text, an integer, a real (always with a decimal
// point or exponent, so it reads back as a real), a blob as {"base64": ...}, or null.
void appendValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::QString:
        appendString(out, v.toString());
        return;
    case QMetaType::QByteArray:
        out += "{\"base64\": \"" + v.toByteArray().toBase64() + "\"}";
        return;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            out += d > 0 ? "{\"real\": \"Infinity\"}" : "{\"real\": \"-Infinity\"}";
            return;
        }
        QByteArray n = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        if (!n.contains('.') && !n.contains('e')) n += ".0";
        out += n;
        return;
    }
    default:
        out += QByteArray::number(v.toLongLong());
    }
}

} // namespace

QStringList tableOrder(QSqlDatabase &db)
{
    QStringList present = userTables(db);
    QStringList order;
    for (const TableOrder &t : knownTables)
        if (present.removeAll(QLatin1String(t.table))) order.append(QLatin1String(t.table));
    return order + present; // tables of a later schema this list does not know yet, by name
}

bool write(Store &store, QByteArray *json, QString *error)
{
    QSqlDatabase &db = store.readDatabase();
    QByteArray &out = *json;
    out.clear();
    out += "{\n  \"waymark\": \"project\",\n  \"format\": " + QByteArray::number(FormatVersion) +
           ",\n  \"schema\": " + QByteArray::number(SchemaPlan::builtIn().currentVersion) +
           ",\n  \"tables\": {";
    const QStringList tables = tableOrder(db);
    for (int t = 0; t < tables.size(); ++t) {
        const QString &table = tables[t];
        const QList<Column> columns = columnsOf(db, table);
        const TableOrder *order = known(table);
        QStringList names;
        for (const Column &c : columns)
            names.append(quoted(c.name));
        QString orderBy = order ? QString::fromLatin1(order->orderBy) : QString();
        if (orderBy.isEmpty())
            for (int i = 1; i <= columns.size(); ++i)
                orderBy += (i > 1 ? QStringLiteral(", ") : QString()) + QString::number(i);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(names.join(QStringLiteral(", ")), quoted(table), orderBy))) {
            *error = Storage::tr("table \"%1\" cannot be read (%2)")
                         .arg(table, sqlErrorText(q));
            return false;
        }
        const bool compact = order && order->compact;
        QList<QByteArray> keys;
        for (const Column &c : columns) {
            QByteArray k;
            appendString(k, c.name);
            keys.append(k + ": ");
        }
        out += t ? ",\n    " : "\n    ";
        appendString(out, table);
        out += ": [";
        bool first = true;
        while (q.next()) {
            out += first ? "\n      {" : ",\n      {";
            first = false;
            for (int i = 0; i < columns.size(); ++i) {
                if (compact)
                    out += i ? ", " : "";
                else
                    out += i ? ",\n        " : "\n        ";
                out += keys[i];
                appendValue(out, q.value(i));
            }
            out += compact ? "}" : "\n      }";
        }
        out += first ? "]" : "\n    ]";
    }
    out += "\n  }\n}\n";
    return true;
}

bool writeFile(const QString &projectPath, QByteArray *json, QString *error)
{
    OpenResult opened;
    auto store = Store::open(projectPath, Store::Access::ReadOnly, &opened);
    if (!store) {
        *error = opened.error;
        return false;
    }
    return write(*store, json, error);
}

namespace {

// Reads the rows of one table from JSON into the empty table of the same name.
// The oldest schema whose JSON is read: every column added since then has a default, which a
// row of an older JSON that lacks the column gets.
constexpr int OldestJsonSchema = 7;
struct AddedColumn
{
    int schema; // the first schema with the column
    QLatin1String table, column;
    QVariant value;
};
const AddedColumn addedColumns[] = {
    {8, QLatin1String("lanes"), QLatin1String("hint"), QStringLiteral("")}, // "": not NULL
};

class RowReader
{
public:
    RowReader(QSqlDatabase &db, const QString &table, int schema)
        : m_db(db), m_table(table), m_schema(schema)
    {
    }

    bool insert(const QJsonArray &rows, QString *error)
    {
        const QList<Column> columns = columnsOf(m_db, m_table);
        QStringList names, marks;
        for (const Column &c : columns) {
            names.append(quoted(c.name));
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                           .arg(quoted(m_table), names.join(QLatin1Char(',')),
                                marks.join(QLatin1Char(','))))) {
            *error = sqlErrorText(q);
            return false;
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (!rows[r].isObject()) return fail(r, {}, Storage::tr("is not an object"), error);
            const QJsonObject row = rows[r].toObject();
            const QString id = row.value(QLatin1String("id")).toString();
            for (auto it = row.begin(); it != row.end(); ++it) {
                const bool knownColumn = std::any_of(
                    columns.begin(), columns.end(), [&](const Column &c) { return c.name == it.key(); });
                if (!knownColumn)
                    return fail(r, id, Storage::tr("has a column \"%1\" that the table does not have")
                                           .arg(it.key()), error);
            }
            for (int i = 0; i < columns.size(); ++i) {
                const Column &c = columns[i];
                const auto it = row.constFind(c.name);
                if (it == row.constEnd()) {
                    if (const AddedColumn *added = addedLater(c.name)) {
                        q.bindValue(i, added->value);
                        continue;
                    }
                    return fail(r, id, Storage::tr("has no \"%1\"").arg(c.name), error);
                }
                QVariant value;
                QString problem;
                if (!valueOf(*it, c, &value, &problem))
                    return fail(r, id, Storage::tr("\"%1\" %2").arg(c.name, problem), error);
                q.bindValue(i, value);
            }
            if (!q.exec()) return fail(r, id, sqlErrorText(q), error);
        }
        return true;
    }

private:
    const AddedColumn *addedLater(const QString &column) const
    {
        for (const AddedColumn &a : addedColumns)
            if (a.schema > m_schema && a.table == m_table && a.column == column) return &a;
        return nullptr;
    }

    bool fail(qsizetype row, const QString &id, const QString &reason, QString *error) const
    {
        *error = id.isEmpty() ? Storage::tr("table \"%1\", row %2: %3")
                                    .arg(m_table, QString::number(row + 1), reason)
                              : Storage::tr("table \"%1\", row %2 (id %3): %4")
                                    .arg(m_table, QString::number(row + 1), id, reason);
        return false;
    }

    static bool valueOf(const QJsonValue &v, const Column &c, QVariant *value, QString *problem)
    {
        if (v.isNull()) {
            if (c.notNull) *problem = Storage::tr("must not be null");
            return !c.notNull;
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.size() == 1 && o.value(QLatin1String("base64")).isString()) {
                const auto decoded = QByteArray::fromBase64Encoding(
                    o.value(QLatin1String("base64")).toString().toLatin1(),
                    QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded) {
                    *problem = Storage::tr("is not valid base64");
                    return false;
                }
                *value = *decoded;
                return true;
            }
            const QString real = o.value(QLatin1String("real")).toString();
            if (o.size() == 1 && c.kind == Column::Number &&
                (real == QLatin1String("Infinity") || real == QLatin1String("-Infinity"))) {
                *value = real.startsWith(QLatin1Char('-')) ? -INFINITY : INFINITY;
                return true;
            }
        }
        switch (c.kind) {
        case Column::Number:
            if (!v.isDouble()) break;
            *value = v.toVariant(); // qlonglong for an integer, double for a real
            return true;
        case Column::Text:
            if (!v.isString()) break;
            *value = v.toString();
            return true;
        case Column::Blob:
            break;
        }
        *problem = c.kind == Column::Number ? Storage::tr("must be a number")
                   : c.kind == Column::Text ? Storage::tr("must be text")
                                            : Storage::tr("must be {\"base64\": ...}");
        return false;
    }

    QSqlDatabase &m_db;
    QString m_table;
    int m_schema;
};

QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = before.count('\n') + 1;
    const int column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return Storage::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

bool create(const QByteArray &json, const QString &path, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Storage::tr("not valid JSON at %1 (%2)")
                     .arg(lineAndColumn(json, parseError.offset), parseError.errorString());
        return false;
    }
    const QJsonObject top = doc.object();
    if (top.value(QLatin1String("waymark")).toString() != QLatin1String("project")) {
        *error = Storage::tr("this is not a Waymark project in JSON (it has no \"waymark\": "
                             "\"project\")");
        return false;
    }
    const int current = SchemaPlan::builtIn().currentVersion;
    const QJsonValue format = top.value(QLatin1String("format"));
    const QJsonValue schema = top.value(QLatin1String("schema"));
    if (!format.isDouble() || !schema.isDouble()) {
        *error = Storage::tr("the JSON has no \"format\" or \"schema\" number");
        return false;
    }
    if (format.toInt() > FormatVersion || schema.toInt() > current) {
        *error = Storage::tr("the JSON was written by a newer version of Waymark (format %1, "
                             "schema %2; this version reads format %3, schema %4); update "
                             "Waymark to read it")
                     .arg(format.toInt())
                     .arg(schema.toInt())
                     .arg(FormatVersion)
                     .arg(current);
        return false;
    }
    if (format.toInt() < 1 || schema.toInt() < OldestJsonSchema) {
        *error = Storage::tr("the JSON has schema %1; this version reads schema %2 to %3")
                     .arg(schema.toInt())
                     .arg(OldestJsonSchema)
                     .arg(current);
        return false;
    }
    if (!top.value(QLatin1String("tables")).isObject()) {
        *error = Storage::tr("the JSON has no \"tables\"");
        return false;
    }
    const QJsonObject tables = top.value(QLatin1String("tables")).toObject();
    const Store::Filler fill = [&tables, from = schema.toInt()](QSqlDatabase &db, QString *e) {
        const QStringList order = tableOrder(db);
        for (auto it = tables.begin(); it != tables.end(); ++it)
            if (!order.contains(it.key())) {
                *e = Storage::tr("the JSON has a table \"%1\" that the project file does not have")
                         .arg(it.key());
                return false;
            }
        for (const QString &table : order) {
            const QJsonValue rows = tables.value(table);
            if (!rows.isArray()) {
                *e = rows.isUndefined()
                         ? Storage::tr("the table \"%1\" is missing from the JSON").arg(table)
                         : Storage::tr("the table \"%1\" is not a list of rows").arg(table);
                return false;
            }
            if (!RowReader(db, table, from).insert(rows.toArray(), e)) return false;
        }
        return true;
    };
    return Store::createWith(path, fill, error);
}

bool createFromFile(const QString &jsonPath, const QString &path, QString *error)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.size() > MaxBytes) {
        *error = Storage::tr("the file is larger than %1 GB").arg(MaxBytes >> 30);
        return false;
    }
    return create(file.readAll(), path, error);
}

} // namespace waymark::ProjectJson
