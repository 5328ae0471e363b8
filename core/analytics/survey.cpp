// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey.h"

#include "analytics/eventlogdetail.h"
#include "trcontexts.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>
#include <QMap>

namespace waymark {

namespace {

using EventLogDetail::MaxBadRowsListed;

QString number(double v)
{
    return QString::number(v, 'g', 17); // read back exactly
}

int findColumn(const QStringList &header, std::initializer_list<const char *> names, int avoid = -1)
{
    return EventLogColumns::find(header, names, avoid);
}

// A score: an integer, or a number with a zero fraction ("4.0", "4,0").
std::optional<int> scoreOf(const QString &text)
{
    bool ok = false;
    const int i = text.toInt(&ok);
    if (ok) return i;
    QString t = text;
    t.replace(u',', u'.');
    const double d = t.toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1000) return int(d);
    return std::nullopt;
}

// The period a time falls in (microseconds since 1970 UTC), by the wall clock of `zone`.
QString periodOfTime(qint64 micros, const QTimeZone &zone, PeriodCut cut)
{
    qint64 wall = micros;
    if (zone != QTimeZone::utc())
        wall += qint64(zone.offsetFromUtc(
                    QDateTime::fromMSecsSinceEpoch(micros / 1000, QTimeZone::utc()))) *
                1000000;
    return EventLogDetail::periodName(EventLogDetail::periodCode(wall, cut), cut);
}

// The period of a date or time in a survey's period column, as written when it is none. A
// plain number is never read as a time (it is a year, or a period code of the source's).
QString surveyPeriod(const QString &text, PeriodCut cut, QHash<QString, QString> *seen)
{
    if (cut == PeriodCut::None || text.size() < 8) return text;
    if (const auto it = seen->constFind(text); it != seen->cend()) return *it;
    QString period = text;
    const bool digitsOnly =
        std::all_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.isDigit(); });
    qint64 micros = 0;
    bool naive = false;
    if (!digitsOnly && Timestamp::parse(text.toUtf8(), &micros, &naive))
        period = periodOfTime(micros, QTimeZone::utc(), cut);
    seen->insert(text, period);
    return period;
}

} // namespace

QString toKey(ScoreScale scale)
{
    switch (scale) {
    case ScoreScale::Csat5:
        return QStringLiteral("csat5");
    case ScoreScale::Csat10:
        return QStringLiteral("csat10");
    case ScoreScale::Nps:
        return QStringLiteral("nps");
    case ScoreScale::Ces7:
        return QStringLiteral("ces7");
    }
    return {};
}

bool fromKey(const QString &key, ScoreScale *out)
{
    for (ScoreScale s : {ScoreScale::Csat5, ScoreScale::Csat10, ScoreScale::Nps, ScoreScale::Ces7})
        if (toKey(s) == key) {
            *out = s;
            return true;
        }
    return false;
}

qint64 ScoreCounts::n() const
{
    return between(0, 10);
}

qint64 ScoreCounts::between(int low, int high) const
{
    qint64 sum = 0;
    for (int i = std::max(low, 0); i <= std::min(high, 10); ++i)
        sum += at[size_t(i)];
    return sum;
}

namespace Survey {

int lowest(ScoreScale scale)
{
    return scale == ScoreScale::Nps ? 0 : 1;
}

int highest(ScoreScale scale)
{
    switch (scale) {
    case ScoreScale::Csat5:
        return 5;
    case ScoreScale::Ces7:
        return 7;
    case ScoreScale::Csat10:
    case ScoreScale::Nps:
        break;
    }
    return 10;
}

double csat(const ScoreCounts &c, ScoreScale scale)
{
    const qint64 n = c.n();
    if (!n) return 0;
    const qint64 top = scale == ScoreScale::Csat10 ? c.between(9, 10) : c.between(4, 5);
    return 100.0 * double(top) / double(n);
}

double nps(const ScoreCounts &c)
{
    const qint64 n = c.n();
    if (!n) return 0;
    return 100.0 * double(c.between(9, 10) - c.between(0, 6)) / double(n);
}

double cesMean(const ScoreCounts &c)
{
    const qint64 n = c.n();
    if (!n) return 0;
    double sum = 0;
    for (int i = 0; i <= 10; ++i)
        sum += double(i) * double(c.at[size_t(i)]);
    return sum / double(n);
}

double cesEasy(const ScoreCounts &c)
{
    const qint64 n = c.n();
    return n ? 100.0 * double(c.between(5, 7)) / double(n) : 0;
}

std::optional<ScoreScale> guessScale(const QString &columnName)
{
    const QString n = columnName.toLower();
    if (n.contains(QStringLiteral("nps")) || n.contains(QStringLiteral("recommend")) ||
        n.contains(QStringLiteral("empfehl")))
        return ScoreScale::Nps;
    if (n.contains(QStringLiteral("ces")) || n.contains(QStringLiteral("effort")) ||
        n.contains(QStringLiteral("aufwand")))
        return ScoreScale::Ces7;
    if (n.contains(QStringLiteral("csat")) || n.contains(QStringLiteral("satisf")) ||
        n.contains(QStringLiteral("zufrieden")))
        return ScoreScale::Csat5;
    return std::nullopt;
}

std::optional<SurveyResult> read(const QString &path, const SurveyOptions &options, QString *error)
{
    SurveyResult r;
    const SurveyColumns &c = options.columns;
    const auto head = TableReader::read(path, options.table, error,
                                        [](const QStringList &, qint64) { return false; });
    if (!head) return std::nullopt;
    r.header = head->columns;
    const int need = std::max({c.target, c.score, c.period, c.segment});
    if (c.target < 0 || c.score < 0) {
        *error = Analytics::tr("%1: choose the touchpoint (or stage) column and the score column")
                     .arg(path);
        return std::nullopt;
    }
    if (need >= r.header.size()) {
        *error = Analytics::tr("%1: the header has %n column(s); the columns chosen need more",
                               nullptr, int(r.header.size()))
                     .arg(path);
        return std::nullopt;
    }
    const bool guessed = !options.scale;
    r.scale =
        options.scale.value_or(Survey::guessScale(r.header[c.score]).value_or(ScoreScale::Csat5));
    // A guessed CSAT scale becomes 1-10 when a score above 5 appears.
    const int top = guessed && r.scale == ScoreScale::Csat5 ? 10 : highest(r.scale);
    // Counts by target, period and segment ("" = all segments), in the order first seen.
    QMap<std::tuple<QString, QString, QString>, ScoreCounts> counts;
    QHash<QString, QString> periods; // the period of each text seen in the period column
    int maxSeen = 0;
    const auto bad = [&](qint64 line, const QString &reason) {
        ++r.badRowCount;
        if (r.badRows.size() < MaxBadRowsListed) r.badRows.append({line, reason});
    };
    const auto table =
        TableReader::read(path, options.table, error, [&](const QStringList &row, qint64 line) {
            ++r.rows;
            if (row.size() <= need) {
                bad(line, Analytics::tr("the row has %n column(s), fewer than the columns chosen",
                                        nullptr, int(row.size())));
                return true;
            }
            const QString target = row[c.target].trimmed();
            const QString text = row[c.score].trimmed();
            if (target.isEmpty()) {
                bad(line, Analytics::tr("no touchpoint or stage"));
                return true;
            }
            if (text.isEmpty()) {
                ++r.blanks;
                return true;
            }
            const auto score = scoreOf(text);
            if (!score || *score < lowest(r.scale) || *score > top) {
                bad(line, Analytics::tr("\"%1\" is not a score from %2 to %3")
                              .arg(text.left(40))
                              .arg(lowest(r.scale))
                              .arg(top));
                return true;
            }
            maxSeen = std::max(maxSeen, *score);
            ++r.responses;
            const QString period =
                c.period >= 0 ? surveyPeriod(row[c.period].trimmed(), options.cut, &periods)
                              : QString();
            const QString segment = c.segment >= 0 ? row[c.segment].trimmed() : QString();
            ++counts[{target, period, QString()}].at[size_t(*score)];
            if (!segment.isEmpty()) ++counts[{target, period, segment}].at[size_t(*score)];
            return true;
        });
    if (!table) return std::nullopt;
    if (guessed && r.scale == ScoreScale::Csat5 && maxSeen > 5) r.scale = ScoreScale::Csat10;
    if (const QString refusal = EventLog::tooManyBadRows(r.badRowCount, r.rows - r.blanks,
                                                         options.maxBadShare, r.badRows);
        !refusal.isEmpty()) {
        *error = path + QStringLiteral(": ") + refusal;
        return std::nullopt;
    }
    if (r.responses == 0) {
        *error = Analytics::tr("%1: no response has a score").arg(path);
        return std::nullopt;
    }
    r.table.columns = {Analytics::tr("Target"), Analytics::tr("Metric"), Analytics::tr("Value"),
                       Analytics::tr("Period"), Analytics::tr("Segment")};
    const QString responses = Analytics::tr("Number of responses");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        // No structured binding: clang 14 cannot capture one in a lambda.
        const QString &target = std::get<0>(it.key()), &period = std::get<1>(it.key()),
                      &segment = std::get<2>(it.key());
        const auto add = [&](const QString &metric, double v) {
            r.table.rows.append({target, metric, number(v), period, segment});
        };
        const ScoreCounts &n = it.value();
        add(responses, double(n.n()));
        switch (r.scale) {
        case ScoreScale::Csat5:
        case ScoreScale::Csat10:
            add(Analytics::tr("CSAT (%)"), csat(n, r.scale));
            break;
        case ScoreScale::Nps:
            add(Analytics::tr("NPS"), nps(n));
            break;
        case ScoreScale::Ces7:
            add(Analytics::tr("CES (1-7, 7 = easy)"), cesMean(n));
            add(Analytics::tr("CES easy share (%)"), cesEasy(n));
            break;
        }
    }
    return r;
}

} // namespace Survey

SurveyColumns SurveyColumns::guess(const QStringList &header)
{
    SurveyColumns c;
    c.target = findColumn(header, {"touchpoint", "stage", "target", "step", "channel",
                                   "kontaktpunkt", "phase", "schritt", "kanal"});
    c.score = findColumn(
        header, {"score", "nps", "csat", "ces", "rating", "bewertung", "wert", "note"}, c.target);
    if (c.score < 0)
        for (qsizetype i = 0; i < header.size() && c.score < 0; ++i)
            if (int(i) != c.target && Survey::guessScale(header[i])) c.score = int(i);
    c.period = findColumn(header, {"period", "month", "quarter", "zeitraum", "monat", "quartal"});
    // Else the date of the response, cut into months.
    if (c.period < 0)
        c.period =
            findColumn(header, {"date", "response_date", "submitted_at", "submitted", "created_at",
                                "timestamp", "datum", "antwortdatum", "zeitstempel"});
    c.segment = findColumn(header, {"segment", "kundensegment"});
    return c;
}

// ---- contact records ----

ContactColumns ContactColumns::guess(const QStringList &header)
{
    ContactColumns c;
    c.customer = findColumn(
        header, {"customer_id", "customer", "kunde", "kundennummer", "case", "user_id", "client"});
    c.time = findColumn(header,
                        {"timestamp", "time", "datetime", "date", "zeitstempel", "zeit", "datum"},
                        c.customer);
    c.channel = findColumn(header, {"channel", "kanal", "touchpoint"});
    c.reason = findColumn(header, {"reason", "topic", "intent", "category", "grund", "anliegen",
                                   "thema", "kategorie"});
    c.resolved = findColumn(header, {"resolved", "solved", "gelöst", "geloest", "erledigt"});
    c.segment = findColumn(header, {"segment", "kundensegment"});
    return c;
}

namespace Contacts {

ContactResult compute(QList<ContactRecord> records, const ContactOptions &options)
{
    ContactResult r;
    std::stable_sort(
        records.begin(), records.end(), [](const ContactRecord &a, const ContactRecord &b) {
            return a.customer != b.customer ? a.customer < b.customer : a.time < b.time;
        });
    const qint64 window = qint64(options.windowDays) * 86400 * 1000000;
    QSet<QString> selfService;
    for (const QString &s : options.selfService)
        selfService.insert(s.trimmed().toCaseFolded());
    const auto isSelf = [&](const ContactRecord &c) {
        return selfService.contains(c.channel.trimmed().toCaseFolded());
    };
    // Each count goes to the totals, the channel, and the channel's period and segment cuts.
    if (options.period != PeriodCut::None) {
        // Zones differ from UTC by whole quarter hours: one look-up per quarter hour.
        QHash<qint64, QString> periods;
        for (ContactRecord &c : records) {
            const qint64 quarter = EventLogDetail::floorDiv(c.time, 900000000ll);
            auto it = periods.constFind(quarter);
            if (it == periods.cend())
                it = periods.insert(quarter, periodOfTime(c.time, options.zone, options.period));
            c.period = *it;
        }
    }
    const auto tally = [&](const ContactRecord &c, auto add) {
        add(r.all);
        add(r.cuts[{c.channel, QString(), QString()}]);
        if (!c.period.isEmpty()) add(r.cuts[{c.channel, c.period, QString()}]);
        if (!c.segment.isEmpty()) add(r.cuts[{c.channel, QString(), c.segment}]);
        if (!c.period.isEmpty() && !c.segment.isEmpty())
            add(r.cuts[{c.channel, c.period, c.segment}]);
    };
    qsizetype b = 0;
    while (b < records.size()) {
        qsizetype e = b;
        while (e < records.size() && records[e].customer == records[b].customer)
            ++e;
        // Chains per reason: the first contact, then every contact of the same reason up to
        // the window's end after it; the next one after that starts a new chain.
        QHash<QString, qsizetype> anchor; // reason -> index of the chain's first contact
        QHash<qsizetype, bool> chainRepeated;
        for (qsizetype i = b; i < e; ++i) {
            const ContactRecord &c = records[i];
            tally(c, [](ContactFigures &f) { ++f.contacts; });
            const QString reason = c.reason.trimmed().toCaseFolded();
            const auto it = anchor.constFind(reason);
            if (it != anchor.cend() && c.time - records[*it].time <= window) {
                tally(c, [](ContactFigures &f) { ++f.repeats; });
                chainRepeated[*it] = true;
            } else {
                anchor.insert(reason, i);
                chainRepeated.insert(i, false);
            }
            if (isSelf(c)) {
                tally(c, [](ContactFigures &f) { ++f.selfService; });
                bool human = false;
                for (qsizetype k = i + 1; k < e && records[k].time - c.time <= window && !human;
                     ++k)
                    human = !isSelf(records[k]) && records[k].time > c.time;
                if (!human) tally(c, [](ContactFigures &f) { ++f.contained; });
            }
        }
        for (auto it = chainRepeated.cbegin(); it != chainRepeated.cend(); ++it) {
            const ContactRecord &first = records[it.key()];
            const bool resolved = !it.value() && first.resolved.value_or(true);
            tally(first, [resolved](ContactFigures &f) {
                ++f.firstContacts;
                if (resolved) ++f.firstResolved;
            });
        }
        b = e;
    }
    r.table.columns = {Analytics::tr("Target"), Analytics::tr("Metric"), Analytics::tr("Value"),
                       Analytics::tr("Period"), Analytics::tr("Segment")};
    for (auto it = r.cuts.cbegin(); it != r.cuts.cend(); ++it) {
        const QString &channel = std::get<0>(it.key()), &period = std::get<1>(it.key()),
                      &segment = std::get<2>(it.key());
        const ContactFigures &f = it.value();
        if (period.isEmpty() && segment.isEmpty()) r.channels.insert(channel, f);
        const auto add = [&](const QString &metric, double v) {
            r.table.rows.append({channel, metric, number(v), period, segment});
        };
        add(Analytics::tr("Contacts"), double(f.contacts));
        add(Analytics::tr("Repeat contact rate (%)"),
            f.contacts ? 100.0 * double(f.repeats) / double(f.contacts) : 0);
        if (f.firstContacts)
            add(Analytics::tr("First contact resolution (%)"),
                100.0 * double(f.firstResolved) / double(f.firstContacts));
        if (f.selfService)
            add(Analytics::tr("Self-service containment (%)"),
                100.0 * double(f.contained) / double(f.selfService));
    }
    return r;
}

std::optional<ContactResult> read(const QString &path, const ContactOptions &options,
                                  QString *error)
{
    const ContactColumns &c = options.columns;
    const auto head = TableReader::read(path, options.table, error,
                                        [](const QStringList &, qint64) { return false; });
    if (!head) return std::nullopt;
    if (c.customer < 0 || c.time < 0 || c.channel < 0) {
        *error = Analytics::tr("%1: choose the customer, time and channel columns").arg(path);
        return std::nullopt;
    }
    const int need = std::max({c.customer, c.time, c.channel, c.reason, c.resolved, c.segment});
    if (need >= head->columns.size()) {
        *error = Analytics::tr("%1: the header has %n column(s); the columns chosen need more",
                               nullptr, int(head->columns.size()))
                     .arg(path);
        return std::nullopt;
    }
    QList<ContactRecord> records;
    qint64 rows = 0, badCount = 0;
    QList<EventLogBadRow> badRows;
    const auto bad = [&](qint64 line, const QString &reason) {
        ++badCount;
        if (badRows.size() < MaxBadRowsListed) badRows.append({line, reason});
    };
    const auto table =
        TableReader::read(path, options.table, error, [&](const QStringList &row, qint64 line) {
            ++rows;
            if (row.size() <= need) {
                bad(line, Analytics::tr("the row has %n column(s), fewer than the columns chosen",
                                        nullptr, int(row.size())));
                return true;
            }
            ContactRecord rec;
            rec.customer = row[c.customer].trimmed();
            rec.channel = row[c.channel].trimmed();
            rec.line = line;
            if (rec.customer.isEmpty()) {
                bad(line, Analytics::tr("no customer"));
                return true;
            }
            if (rec.channel.isEmpty()) {
                bad(line, Analytics::tr("no channel"));
                return true;
            }
            bool naive = false;
            const QByteArray time = row[c.time].toUtf8();
            if (!Timestamp::parse(time, &rec.time, &naive)) {
                bad(line, Analytics::tr("\"%1\" is not a time Waymark can read")
                              .arg(row[c.time].left(40)));
                return true;
            }
            if (naive && options.zone != QTimeZone::utc()) {
                const QDateTime wall =
                    QDateTime::fromMSecsSinceEpoch(rec.time / 1000, QTimeZone::utc());
                rec.time =
                    QDateTime(wall.date(), wall.time(), options.zone).toMSecsSinceEpoch() * 1000 +
                    rec.time % 1000;
            }
            if (c.reason >= 0) rec.reason = row[c.reason];
            if (c.segment >= 0) rec.segment = row[c.segment].trimmed();
            if (c.resolved >= 0) {
                const QString v = row[c.resolved].trimmed().toLower();
                static const QStringList yes{QStringLiteral("1"),   QStringLiteral("true"),
                                             QStringLiteral("yes"), QStringLiteral("y"),
                                             QStringLiteral("ja"),  QStringLiteral("wahr"),
                                             QStringLiteral("x")};
                static const QStringList no{QStringLiteral("0"),    QStringLiteral("false"),
                                            QStringLiteral("no"),   QStringLiteral("n"),
                                            QStringLiteral("nein"), QStringLiteral("falsch")};
                if (yes.contains(v))
                    rec.resolved = true;
                else if (no.contains(v))
                    rec.resolved = false;
                else if (!v.isEmpty()) {
                    bad(line, Analytics::tr("\"%1\" is neither yes nor no").arg(v.left(40)));
                    return true;
                }
            }
            records.append(std::move(rec));
            return true;
        });
    if (!table) return std::nullopt;
    if (const QString refusal =
            EventLog::tooManyBadRows(badCount, rows, options.maxBadShare, badRows);
        !refusal.isEmpty()) {
        *error = path + QStringLiteral(": ") + refusal;
        return std::nullopt;
    }
    if (records.isEmpty()) {
        *error = Analytics::tr("%1: the file has no contacts").arg(path);
        return std::nullopt;
    }
    ContactResult r = compute(std::move(records), options);
    r.rows = rows;
    r.badRowCount = badCount;
    r.badRows = badRows;
    r.header = head->columns;
    return r;
}

} // namespace Contacts

} // namespace waymark
