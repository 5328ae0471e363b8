// SPDX-License-Identifier: GPL-3.0-or-later
// Event-log figures computed inside PostgreSQL: one SELECT (shown to the user, copyable) that
// returns only aggregates, read back into the same EventLogAnalysis a file gives.
#include "eventsql.h"
#include "eventsqldetail.h"

#include "trcontexts.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <thread>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace waymark {

using namespace EventSqlDetail;

namespace {

// A connection of its own, removed again when done (QSqlDatabase needs that order).
class Connection
{
public:
    Connection(const EventDatabase &d)
        : m_name(QStringLiteral("waymark-pg-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(d.host);
        if (d.port > 0) db.setPort(d.port);
        db.setDatabaseName(d.database);
        db.setUserName(d.user);
        if (!d.password.isEmpty()) db.setPassword(d.password);
        QStringList options{QStringLiteral("connect_timeout=%1").arg(std::max(1, d.connectTimeout)),
                            QStringLiteral("application_name=Waymark")};
        if (!d.sslMode.isEmpty()) options.append(QStringLiteral("sslmode=") + d.sslMode);
        // A value in libpq's quotes (Qt turns ';' into the space between options; fromUrl
        // refuses a path holding one).
        if (!d.sslRootCert.isEmpty())
            options.append(QStringLiteral("sslrootcert='%1'").arg(
                QString(d.sslRootCert)
                    .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                    .replace(QLatin1Char('\''), QLatin1String("\\'"))));
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// The server's words, without libpq's "ERROR:" and the trailing line break.
QString serverText(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty()) text = e.driverText().trimmed();
    // The position marker of a syntax error ("LINE 1: ... ^") only makes sense beside the SQL.
    if (const qsizetype at = text.indexOf(QLatin1String("\nLINE ")); at > 0) {
        const qsizetype code = text.lastIndexOf(QLatin1String(" ("));
        text = text.left(at) + (code > at ? text.mid(code) : QString());
    }
    for (const char *prefix : {"ERROR:", "FATAL:"})
        if (text.startsWith(QLatin1String(prefix))) text = text.mid(int(strlen(prefix))).trimmed();
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

bool open(Connection &c, const EventDatabase &d, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Analytics::tr("Qt's PostgreSQL driver is not installed (Debian package "
                               "libqt6sql6-psql)");
        return false;
    }
    QSqlDatabase db = c.db();
    if (db.open()) return true;
    const QSqlError e = db.lastError();
    const QString text = serverText(e);
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")))
        *error = Analytics::tr("%1: the server refused the password of \"%2\" (%3)")
                     .arg(d.url(), d.user, text);
    else
        *error = Analytics::tr("%1: cannot connect (%2)").arg(d.url(), text);
    return false;
}

bool bindAndRun(QSqlQuery &q, const QString &text, const QVariantMap &values, QString *error)
{
    if (!q.prepare(text)) {
        *error = serverText(q.lastError());
        return false;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec()) {
        *error = serverText(q.lastError());
        return false;
    }
    return true;
}

} // namespace

std::optional<EventDatabase> EventDatabase::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        *error = Analytics::tr("\"%1\" is not a database address; write it as "
                               "postgresql://user@host:port/database")
                     .arg(text);
        return std::nullopt;
    }
    EventDatabase d;
    d.host = url.host();
    d.port = url.port(0);
    d.user = url.userName();
    d.password = url.password();
    d.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            d.host = value;
        else if (key == u"port")
            d.port = value.toInt();
        else if (key == u"user")
            d.user = value;
        else if (key == u"dbname")
            d.database = value;
        else if (key == u"sslmode") {
            static const QStringList modes{
                QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value)) {
                *error = Analytics::tr("sslmode \"%1\" is not one of %2")
                             .arg(value, modes.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            d.sslMode = value;
        } else if (key == u"sslrootcert") {
            if (value.contains(QLatin1Char(';'))) {
                *error = Analytics::tr("sslrootcert: a file name with \";\" cannot be used");
                return std::nullopt;
            }
            d.sslRootCert = value;
        }
        else if (key == u"connect_timeout")
            d.connectTimeout = value.toInt();
        else {
            *error = Analytics::tr("the database address has an unknown setting \"%1\"").arg(key);
            return std::nullopt;
        }
    }
    if (d.database.isEmpty()) {
        *error = Analytics::tr("the database address names no database "
                               "(postgresql://user@host:port/database)");
        return std::nullopt;
    }
    return d;
}

QString EventDatabase::url() const
{
    const auto enc = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s, "/")); // a socket folder stays legible
    };
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) text += enc(user) + QLatin1Char('@');
    if (!socket) text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                                         : enc(host);
    if (!socket && port > 0 && port != 5432) text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + enc(database);
    QStringList query;
    if (socket) query.append(QStringLiteral("host=") + enc(host));
    if (socket && port > 0 && port != 5432) query.append(QStringLiteral("port=%1").arg(port));
    if (!sslMode.isEmpty()) query.append(QStringLiteral("sslmode=") + sslMode);
    if (!sslRootCert.isEmpty()) query.append(QStringLiteral("sslrootcert=") + enc(sslRootCert));
    if (!query.isEmpty()) text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QJsonObject EventSqlSource::toJson(const EventDatabase &database) const
{
    QJsonObject json{{QStringLiteral("url"), database.url()}};
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) json.insert(QLatin1String(key), value);
    };
    put("table", table);
    put("query", query);
    put("case", caseColumn);
    put("time", timeColumn);
    put("activity", activityColumn);
    put("segment", segmentColumn);
    put("lifecycle", lifecycleColumn);
    put("order", orderColumn);
    if (from.isValid()) put("from", from.toUTC().toString(Qt::ISODate));
    if (to.isValid()) put("to", to.toUTC().toString(Qt::ISODate));
    return json;
}

EventSqlSource EventSqlSource::fromJson(const QJsonObject &json, EventDatabase *database)
{
    EventSqlSource s;
    const auto get = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    QString ignored;
    if (const auto d = EventDatabase::fromUrl(get("url"), &ignored)) *database = *d;
    s.table = get("table");
    s.query = get("query");
    s.caseColumn = get("case");
    s.timeColumn = get("time");
    s.activityColumn = get("activity");
    s.segmentColumn = get("segment");
    s.lifecycleColumn = get("lifecycle");
    s.orderColumn = get("order");
    s.from = QDateTime::fromString(get("from"), Qt::ISODate);
    s.to = QDateTime::fromString(get("to"), Qt::ISODate);
    return s;
}

QString EventSqlSource::displayName() const
{
    if (!table.isEmpty()) return table;
    const QString q = query.simplified();
    return q.size() > 40 ? q.left(39) + QChar(0x2026) : q;
}

namespace EventSql {

std::optional<QList<Column>> columns(const EventDatabase &database, const EventSqlSource &source,
                                     QString *error)
{
    Connection c(database);
    if (!open(c, database, error)) return std::nullopt;
    if (source.table.isEmpty() && source.query.trimmed().isEmpty()) {
        *error = Analytics::tr("choose a table or write a SELECT");
        return std::nullopt;
    }
    QSqlQuery q(c.db());
    // Read only, as the computation: a SELECT of the user's cannot change anything.
    if (!q.exec(QStringLiteral("START TRANSACTION READ ONLY")) ||
        !q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(sourceExpression(source)))) {
        *error = Analytics::tr("%1: %2").arg(source.displayName(), serverText(q.lastError()));
        return std::nullopt;
    }
    const QSqlRecord r = q.record();
    QList<Column> out;
    QStringList oids;
    for (int i = 0; i < r.count(); ++i) {
        out.append({r.fieldName(i), {}, false});
        oids.append(QString::number(r.field(i).typeID()));
    }
    // Type names from the catalogue (the numbers are safe: the driver's own integers).
    QHash<int, QString> names;
    if (!oids.isEmpty() &&
        q.exec(QStringLiteral("SELECT oid, format_type(oid, NULL) FROM pg_type WHERE oid IN (%1)")
                   .arg(oids.join(u","))))
        while (q.next())
            names.insert(q.value(0).toInt(), q.value(1).toString());
    c.db().rollback();
    for (int i = 0; i < r.count(); ++i) {
        const int oid = r.field(i).typeID();
        out[i].type = names.value(oid, QStringLiteral("type %1").arg(oid));
        // timestamptz, timestamp, date
        out[i].isTime = oid == 1184 || oid == 1114 || oid == 1082;
    }
    return out;
}

std::optional<QStringList> tables(const EventDatabase &database, QString *error)
{
    Connection c(database);
    if (!open(c, database, error)) return std::nullopt;
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral(
            "SELECT table_schema, table_name FROM information_schema.tables"
            " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
            " AND has_table_privilege(quote_ident(table_schema) || '.' || quote_ident(table_name),"
            " 'SELECT') ORDER BY table_schema <> 'public', table_schema, table_name"))) {
        *error = Analytics::tr("%1: %2").arg(database.url(), serverText(q.lastError()));
        return std::nullopt;
    }
    QStringList out;
    while (q.next()) {
        const QString schema = q.value(0).toString();
        out.append(schema == u"public" ? q.value(1).toString()
                                       : schema + QLatin1Char('.') + q.value(1).toString());
    }
    return out;
}

void guessColumns(const QList<Column> &columns, EventSqlSource *source)
{
    QStringList header;
    for (const Column &c : columns)
        header.append(c.name);
    const EventLogColumns g = EventLogColumns::guess(header);
    // The time column must hold times: the first time column when the name says nothing.
    int time = g.time >= 0 && columns[g.time].isTime ? g.time : -1;
    for (int i = 0; time < 0 && i < columns.size(); ++i)
        if (columns[i].isTime) time = i;
    const auto name = [&](int i) { return i >= 0 ? header[i] : QString(); };
    if (source->caseColumn.isEmpty()) source->caseColumn = name(g.caseId);
    if (source->timeColumn.isEmpty()) source->timeColumn = name(time);
    if (source->activityColumn.isEmpty()) source->activityColumn = name(g.activity);
    if (source->lifecycleColumn.isEmpty()) source->lifecycleColumn = name(g.lifecycle);
}

namespace {

// Cancels the running query from a connection of its own when `control->cancel` is set.
class CancelWatch
{
public:
    CancelWatch(const EventDatabase &d, qint64 pid, EventLogControl *control)
    {
        if (!control || pid <= 0) return;
        m_thread = std::thread([this, d, pid, control] {
            while (!m_stop.load()) {
                if (control->cancel.load()) {
                    Connection c(d);
                    QString ignored;
                    if (open(c, d, &ignored)) {
                        QSqlQuery q(c.db());
                        q.prepare(QStringLiteral("SELECT pg_cancel_backend(:pid)"));
                        q.bindValue(QStringLiteral(":pid"), pid);
                        q.exec();
                    }
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    ~CancelWatch()
    {
        m_stop = true;
        if (m_thread.joinable()) m_thread.join();
    }

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

qint64 orZero(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

std::optional<double> seconds(const QVariant &v)
{
    if (v.isNull()) return std::nullopt;
    return double(v.toLongLong()) / 1e6;
}

bool utf8Less(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

} // namespace

std::optional<EventLogAnalysis> analyze(const EventDatabase &database,
                                        const EventSqlSource &source,
                                        const EventLogOptions &options, QString *error)
{
    EventLogControl *control = options.control;
    const auto step = [&](int n) {
        if (control) control->done = n;
    };
    if (control) control->total = 4;
    const QString name = source.displayName();
    // Which columns, and are they there (as the user named them)?
    const auto cols = columns(database, source, error);
    if (!cols) return std::nullopt;
    step(1);
    QStringList header;
    for (const Column &c : *cols)
        header.append(c.name);
    const struct
    {
        const QString &column;
        const char *role;
        bool required;
    } roles[] = {{source.caseColumn, "case", true},         {source.timeColumn, "time", true},
                 {source.activityColumn, "activity", true}, {source.segmentColumn, "segment", false},
                 {source.lifecycleColumn, "lifecycle", false}, {source.orderColumn, "order", false}};
    for (const auto &r : roles) {
        if (r.column.isEmpty()) {
            if (!r.required) continue;
            *error = Analytics::tr("%1: no %2 column chosen (the columns are: %3)")
                         .arg(name, QLatin1String(r.role), header.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!header.contains(r.column)) {
            *error = Analytics::tr("%1: no column \"%2\" (the columns are: %3)")
                         .arg(name, r.column, header.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    const Column &time = (*cols)[header.indexOf(source.timeColumn)];
    if (!time.isTime) {
        *error = Analytics::tr("%1: column \"%2\" holds %3, not times; choose a column of type "
                               "timestamp, timestamp with time zone or date, or convert it in a "
                               "SELECT (e.g. CAST(%2 AS timestamptz))")
                     .arg(name, time.name, time.type);
        return std::nullopt;
    }
    if (source.from.isValid() && source.to.isValid() && source.to <= source.from) {
        *error = Analytics::tr("the time window ends before it begins");
        return std::nullopt;
    }

    Connection c(database);
    if (!open(c, database, error)) return std::nullopt;
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failed = [&](const QString &what) {
        *error = Analytics::tr("%1: %2").arg(name, what);
        db.rollback();
        return std::nullopt;
    };
    qint64 pid = 0;
    if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next()) pid = q.value(0).toLongLong();
    // Read only: a SELECT of the user's cannot change anything.
    if (!q.exec(QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return failed(serverText(q.lastError()));
    if (database.statementTimeout > 0 &&
        !q.exec(QStringLiteral("SET LOCAL statement_timeout = %1")
                    .arg(qint64(database.statementTimeout) * 1000)))
        return failed(serverText(q.lastError()));
    const QString zone = QString::fromUtf8(options.zone.id());
    const QString text = sql(source, options);
    const qsizetype split = text.indexOf(QLatin1String(";\n\n"));
    QString why;
    if (!bindAndRun(q, text.left(split), {{QStringLiteral("zone"), zone}}, &why))
        return failed(Analytics::tr("time zone %1: %2").arg(zone, why));

    // From here on, Cancel cancels what runs on the server.
    CancelWatch watch(database, pid, control);
    const auto cancelled = [&](const QSqlQuery &query) {
        const QString code = query.lastError().nativeErrorCode();
        if (code == u"57014" && control && control->cancel) return Analytics::tr("cancelled");
        if (code == u"57014")
            return Analytics::tr("the computation took longer than the %n second(s) allowed",
                                 nullptr, database.statementTimeout);
        return QString();
    };
    QVariantMap values;
    if (source.from.isValid()) values.insert(QStringLiteral("from"), source.from.toUTC().toString(Qt::ISODateWithMs));
    if (source.to.isValid()) values.insert(QStringLiteral("to"), source.to.toUTC().toString(Qt::ISODateWithMs));
    if (options.stageCount > 0) {
        // The stage of each activity, asked once per activity as for a file.
        QSqlQuery names(db);
        names.setForwardOnly(true);
        QString distinct =
            QStringLiteral("SELECT DISTINCT CAST(q.%1 AS text) FROM %2")
                .arg(quoted(source.activityColumn), sourceExpression(source));
        if (!bindAndRun(names, distinct, {}, &why)) {
            const QString stopped = cancelled(names);
            return failed(stopped.isEmpty() ? why : stopped);
        }
        QJsonObject stages;
        while (names.next()) {
            const QString activity = names.value(0).toString();
            const int st = options.stageOf ? options.stageOf(activity) : -1;
            if (st >= 0 && st < options.stageCount) stages.insert(activity, st);
        }
        values.insert(QStringLiteral("stages"),
                      QString::fromUtf8(QJsonDocument(stages).toJson(QJsonDocument::Compact)));
    }
    step(2);
    if (!bindAndRun(q, text.mid(split + 3), values, &why)) {
        const QString stopped = cancelled(q);
        return failed(stopped.isEmpty() ? why : stopped);
    }
    step(3);

    EventLogAnalysis a;
    a.header = header;
    a.encoding = QStringLiteral("PostgreSQL");
    qint64 noCase = 0, noActivity = 0, noTime = 0;
    struct Row
    {
        int kind;
        QString sp, ss, a, b;
        QVariant n[9];
        double x;
    };
    std::vector<Row> rows;
    QSet<QString> activities;
    while (q.next()) {
        Row r{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
              q.value(3).toString(), q.value(4).toString(), {}, q.value(14).toDouble()};
        for (int i = 0; i < 9; ++i)
            r.n[i] = q.value(5 + i);
        // As the protocol carries a row (DataRow, text format): 7 bytes, then per value
        // 4 bytes of length and its text.
        a.receivedBytes += 7;
        for (int i = 0; i < 15; ++i)
            a.receivedBytes += 4 + (q.isNull(i) ? 0 : q.value(i).toString().toUtf8().size());
        if (r.kind == Totals) {
            a.rows = orZero(r.n[0]);
            a.skippedRows = orZero(r.n[1]);
            noCase = orZero(r.n[2]);
            noActivity = orZero(r.n[3]);
            noTime = orZero(r.n[4]);
            a.variantCount = orZero(r.n[5]);
            continue;
        }
        if (r.kind == Activity) activities.insert(r.a);
        rows.push_back(std::move(r));
    }
    if (q.lastError().isValid()) return failed(serverText(q.lastError()));
    db.commit();

    a.badRowCount = noCase + noActivity + noTime;
    const struct
    {
        qint64 count;
        QString reason;
    } reasons[] = {{noCase, Analytics::tr("no case id")},
                   {noActivity, Analytics::tr("no activity")},
                   {noTime, Analytics::tr("no time")}};
    for (const auto &r : reasons)
        if (r.count)
            a.badRows.append({0, Analytics::tr("%n row(s): %1", nullptr, int(std::min<qint64>(
                                                                          r.count, INT_MAX)))
                                     .arg(r.reason)});
    const qint64 considered = a.rows - a.skippedRows;
    if (QString refusal = EventLog::tooManyBadRows(a.badRowCount, considered, options.maxBadShare,
                                                   a.badRows);
        !refusal.isEmpty()) {
        *error = Analytics::tr("%1: %2").arg(name, refusal);
        return std::nullopt;
    }

    a.activities = QStringList(activities.cbegin(), activities.cend());
    std::sort(a.activities.begin(), a.activities.end(), utf8Less);
    QHash<QString, int> index;
    for (int i = 0; i < a.activities.size(); ++i)
        index.insert(a.activities[i], i);
    const qsizetype A = a.activities.size();
    // Slices: all first, then by segment, then each period with its segments.
    std::map<std::pair<QByteArray, QByteArray>, EventLogSlice> slices;
    const auto slice = [&](const Row &r) -> EventLogSlice & {
        auto [it, added] = slices.try_emplace({r.sp.toUtf8(), r.ss.toUtf8()});
        if (added) {
            it->second.period = r.sp;
            it->second.segment = r.ss;
            it->second.activities.resize(A);
            it->second.stageReached.fill(0, std::max(options.stageCount, 0));
            it->second.stageConverted.fill(0, std::max(options.stageCount, 0));
            it->second.closedReached.fill(0, std::max(options.stageCount, 0));
        }
        return it->second;
    };
    slice(Row{Totals, {}, {}, {}, {}, {}, 0}); // the slice of all events, even when empty
    for (const Row &r : rows) {
        switch (r.kind) {
        case Activity: {
            EventLogSlice &s = slice(r);
            ActivityStats &x = s.activities[index.value(r.a)];
            x.events = orZero(r.n[0]);
            x.reach = orZero(r.n[1]);
            x.repeaters = orZero(r.n[2]);
            x.entries = orZero(r.n[3]);
            x.exits = orZero(r.n[4]);
            x.selfLoops = orZero(r.n[5]);
            x.repetitions = orZero(r.n[6]);
            x.medianDwell = seconds(r.n[7]);
            x.p90Dwell = seconds(r.n[8]);
            x.meanPosition = x.events ? r.x / double(x.events) : 0;
            s.events += x.events;
            break;
        }
        case SliceCases: {
            EventLogSlice &s = slice(r);
            s.cases = orZero(r.n[0]);
            s.throughputMedian = seconds(r.n[1]);
            s.throughputP90 = seconds(r.n[2]);
            break;
        }
        case Funnel: {
            EventLogSlice &s = slice(r);
            const int st = r.a.toInt();
            if (st < 0 || st >= options.stageCount) break;
            s.stageReached[st] = orZero(r.n[0]);
            s.stageConverted[st] = orZero(r.n[1]);
            s.closedReached[st] = orZero(r.n[2]);
            s.closedCases += orZero(r.n[3]);
            break;
        }
        case Transition:
            if (index.contains(r.a) && index.contains(r.b))
                a.transitions.append({index.value(r.a), index.value(r.b), orZero(r.n[0]),
                                      seconds(r.n[1]).value_or(0)});
            break;
        case Variant: {
            EventLogVariant v;
            for (const QString &activity : r.a.split(QChar(31))) {
                if (!index.contains(activity)) {
                    *error = Analytics::tr("%1: an activity's name holds the control character "
                                           "U+001F; Waymark cannot tell its paths apart")
                                 .arg(name);
                    return std::nullopt;
                }
                v.path.append(index.value(activity));
            }
            v.count = orZero(r.n[0]);
            a.variants.append(std::move(v));
            break;
        }
        default:
            break;
        }
    }
    for (auto &[key, s] : slices)
        a.slices.append(std::move(s));
    a.events = a.slices.first().events;
    a.cases = a.slices.first().cases;
    std::sort(a.transitions.begin(), a.transitions.end(),
              [](const EventLogTransition &x, const EventLogTransition &y) {
                  return x.count != y.count ? x.count > y.count
                                            : std::pair(x.from, x.to) < std::pair(y.from, y.to);
              });
    std::sort(a.variants.begin(), a.variants.end(),
              [](const EventLogVariant &x, const EventLogVariant &y) {
                  return x.count != y.count ? x.count > y.count : x.path < y.path;
              });
    if (options.maxVariants > 0 && a.variants.size() > options.maxVariants)
        a.variants.resize(options.maxVariants);
    for (EventLogVariant &v : a.variants)
        v.share = a.cases ? double(v.count) / double(a.cases) : 0;
    step(4);
    return a;
}

} // namespace EventSql

} // namespace waymark
