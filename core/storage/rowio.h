// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/storage: how the row files (projectrows, insightrows) convert values and
// read and write rows. Not for use outside storage.
#pragma once

#include "model/model.h"
#include "sqlutil.h"
#include "trcontexts.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace waymark::rowio {

// ---- value conversions shared by reading and writing ----

inline QString colourText(const QColor &c)
{
    return c.isValid() ? c.name(QColor::HexRgb) : QString();
}
inline QColor colourFrom(const QString &text)
{
    return text.isEmpty() ? QColor() : QColor::fromString(text);
}
inline QVariant idValue(const Id &id)
{
    return id.isNull() ? QVariant() : QVariant(idToString(id));
}
// Where a copy came from: '' for none (the column is NOT NULL).
inline QString originText(const Id &id)
{
    return id.isNull() ? QStringLiteral("") : idToString(id);
}
// An opportunity's score, 1..5, or NULL.
inline QVariant scoreValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
inline QString dateText(const QDateTime &d)
{
    return d.toUTC().toString(Qt::ISODateWithMs);
}

inline QString listText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QJsonArray jsonArray(const QString &text, bool *ok)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    *ok = err.error == QJsonParseError::NoError && doc.isArray();
    return doc.array();
}

inline QStringList listFrom(const QString &text, bool *ok)
{
    QStringList result;
    for (const QJsonValue &v : jsonArray(text, ok))
        result.append(v.toString());
    return result;
}

// Collects the first problem met while reading, naming the table and row.
struct Reader
{
    QString *error;
    bool failed = false;
    void fail(const QString &table, const QString &id, const QString &what)
    {
        if (failed) return;
        failed = true;
        *error = Storage::tr("the file is damaged (table %1, row %2: %3)").arg(table, id, what);
    }
    template <typename E>
    E key(const QString &table, const QString &id, const QString &text, E fallback)
    {
        E value = fallback;
        if (!fromKey(text, &value)) fail(table, id, Storage::tr("unknown value \"%1\"").arg(text));
        return value;
    }
    QStringList list(const QString &table, const QString &id, const QString &text)
    {
        bool ok = false;
        QStringList result = listFrom(text, &ok);
        if (!ok) fail(table, id, Storage::tr("a list is not valid JSON"));
        return result;
    }
    QSet<Id> seen;
    // A row's own id: valid and used by no other row of the file.
    Id own(const QString &table, const QString &rowId, const QVariant &value)
    {
        const Id parsed = id(table, rowId, value, false);
        if (parsed.isNull()) return parsed;
        if (seen.contains(parsed))
            fail(table, rowId, Storage::tr("the id is used by another row as well"));
        seen.insert(parsed);
        return parsed;
    }
    // A stage's width or a lane's height in map units: 0 (automatic) up to 20,000.
    double size(const QString &table, const QString &rowId, const QVariant &value)
    {
        const double v = value.toDouble();
        if (!std::isfinite(v) || v < 0 || v > MaxSize)
            fail(table, rowId,
                 Storage::tr("the size %1 is not between 0 and %2").arg(v).arg(MaxSize));
        return std::isfinite(v) ? std::clamp(v, 0.0, MaxSize) : 0.0;
    }
    static constexpr double MaxSize = 20000;
    std::optional<double> score(const QString &table, const QString &rowId, const QVariant &value)
    {
        if (value.isNull()) return std::nullopt;
        const double v = value.toDouble();
        if (!std::isfinite(v) || v < Card::MinScore || v > Card::MaxScore) {
            fail(table, rowId,
                 Storage::tr("the score %1 is not between %2 and %3")
                     .arg(v)
                     .arg(Card::MinScore)
                     .arg(Card::MaxScore));
            return std::nullopt;
        }
        return v;
    }
    Id origin(const QString &table, const QString &rowId, const QVariant &value)
    {
        return value.toString().isEmpty() ? Id() : id(table, rowId, value, false);
    }
    Id id(const QString &table, const QString &rowId, const QVariant &value, bool allowNull)
    {
        if (value.isNull() && allowNull) return {};
        const Id parsed = idFromString(value.toString());
        if (parsed.isNull())
            fail(table, rowId, Storage::tr("\"%1\" is not a valid id").arg(value.toString()));
        return parsed;
    }
};

inline bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec(sql)) return true;
    *error = Storage::tr("the file cannot be read (%1)").arg(sqlErrorText(q.lastError()));
    return false;
}

inline QDateTime dateFrom(Reader &r, const QString &table, const QString &rowId, const QVariant &v,
                   bool allowNull)
{
    if (v.isNull() && allowNull) return {};
    const QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!d.isValid())
        r.fail(table, rowId, Storage::tr("\"%1\" is not a valid time").arg(v.toString()));
    return d;
}

// Upserts (never INSERT OR REPLACE, which would cascade-delete children) and deletes.
struct Writer
{
    QSqlDatabase &db;
    QString *error;

    bool exec(QSqlQuery &q)
    {
        if (q.exec()) return true;
        *error =
            Storage::tr("the project could not be written (%1)").arg(sqlErrorText(q.lastError()));
        return false;
    }
    bool prepare(QSqlQuery &q, const QString &sql)
    {
        if (q.prepare(sql)) return true;
        *error =
            Storage::tr("the project could not be written (%1)").arg(sqlErrorText(q.lastError()));
        return false;
    }
    bool remove(const char *table, const QList<Id> &ids)
    {
        if (ids.isEmpty()) return true;
        QSqlQuery q(db);
        if (!prepare(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table))))
            return false;
        for (const Id &id : ids) {
            q.bindValue(0, idToString(id));
            if (!exec(q)) return false;
        }
        return true;
    }
};

// Binds in order; a null QString becomes '' (text columns are NOT NULL), while an invalid
// QVariant (a missing id or value) stays NULL.
template <std::size_t N> inline void bindAll(QSqlQuery &q, const QVariant (&values)[N])
{
    for (std::size_t k = 0; k < N; ++k) {
        const QVariant &v = values[k];
        q.bindValue(int(k), v.typeId() == QMetaType::QString && v.toString().isNull()
                                ? QVariant(QStringLiteral(""))
                                : v);
    }
}

inline QString upsertSql(const char *table, const QStringList &columns)
{
    QStringList marks, updates;
    for (const QString &c : columns) {
        marks.append(QStringLiteral("?"));
        if (c != QLatin1String("id")) updates.append(QStringLiteral("%1 = excluded.%1").arg(c));
    }
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(id) DO UPDATE SET %4")
        .arg(QLatin1String(table), columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
             updates.join(QLatin1Char(',')));
}

inline QStringList columns(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

template <std::size_t N> struct Row
{
    QVariant values[N];
};

} // namespace waymark::rowio
