// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/eventlog.h"
#include "io/tablereader.h"

#include <array>
#include <tuple>

namespace waymark {

// Survey responses and contact records become metric values per touchpoint (or stage or
// channel), period and segment, through the same long table as event logs. The formulas are
// in core/analytics/DEFINITIONS.md.

enum class ScoreScale
{
    Csat5,  // 1-5, satisfied = 4 or 5
    Csat10, // 1-10, satisfied = 9 or 10
    Nps,    // 0-10
    Ces7    // 1-7, 7 = very easy
};
QString toKey(ScoreScale scale);
bool fromKey(const QString &key, ScoreScale *out);

// How many responses gave each score (0..10).
struct ScoreCounts
{
    std::array<qint64, 11> at{};
    qint64 n() const;
    qint64 between(int low, int high) const;
};

namespace Survey {

int lowest(ScoreScale scale);
int highest(ScoreScale scale);
// CSAT: the share of satisfied responses in % (4-5 of 1-5, 9-10 of 1-10).
double csat(const ScoreCounts &c, ScoreScale scale);
// NPS: % promoters (9-10) minus % detractors (0-6), from -100 to 100.
double nps(const ScoreCounts &c);
// CES: the mean score, and the share of easy responses (5-7) in %.
double cesMean(const ScoreCounts &c);
double cesEasy(const ScoreCounts &c);
// The scale a score column's name suggests (nps, csat, ces, effort, Zufriedenheit, ...).
std::optional<ScoreScale> guessScale(const QString &columnName);

} // namespace Survey

struct SurveyColumns
{
    int target = -1, score = -1, period = -1, segment = -1;
    static SurveyColumns guess(const QStringList &header);
};

struct SurveyOptions
{
    SurveyColumns columns;
    std::optional<ScoreScale> scale; // nullopt: from the score column's name
    // Dates and times in the period column (2026-03-15, 15.03.2026 14:02, ...) become the
    // period they fall in (2026-03, 2026-W11, 2026-Q1); None keeps them as written. Other
    // texts (2026-03, Q1 2026, a plain year) are periods already and stay as they are.
    PeriodCut cut = PeriodCut::Month;
    double maxBadShare = 0.01;
    TableReader::Options table;
};

struct SurveyResult
{
    Table table; // long: target, metric, value, period, segment
    ScoreScale scale = ScoreScale::Csat5;
    qint64 rows = 0, responses = 0, blanks = 0, badRowCount = 0;
    QList<EventLogBadRow> badRows; // the first 100
    QStringList header;
};

namespace Survey {
std::optional<SurveyResult> read(const QString &path, const SurveyOptions &options, QString *error);
} // namespace Survey

// ---- contact records ----

struct ContactColumns
{
    int customer = -1, time = -1, channel = -1, reason = -1, resolved = -1, segment = -1;
    static ContactColumns guess(const QStringList &header);
};

struct ContactOptions
{
    ContactColumns columns;
    int windowDays = 7;
    // Channels where customers help themselves (compared without case); the rest are human.
    QStringList selfService{QStringLiteral("web"),     QStringLiteral("app"),
                            QStringLiteral("chatbot"), QStringLiteral("bot"),
                            QStringLiteral("ivr"),     QStringLiteral("self-service"),
                            QStringLiteral("portal"),  QStringLiteral("faq")};
    QTimeZone zone = QTimeZone::utc(); // for times without zone, and for the periods
    // The figures by the week, month or quarter of each contact's time too (None: only in
    // total), and by segment when there is a segment column.
    PeriodCut period = PeriodCut::None;
    double maxBadShare = 0.01;
    TableReader::Options table;
};

struct ContactRecord
{
    QString customer;
    qint64 time = 0; // microseconds since 1970 UTC
    QString channel, reason, segment;
    QString period; // set by Contacts::compute when the figures are cut by period
    std::optional<bool> resolved;
    qint64 line = 0;
};

// The figures of one channel, or of all contacts ("").
struct ContactFigures
{
    qint64 contacts = 0, repeats = 0;            // repeat contact rate = repeats / contacts
    qint64 firstContacts = 0, firstResolved = 0; // FCR = firstResolved / firstContacts
    qint64 selfService = 0, contained = 0;       // containment = contained / selfService
};

struct ContactResult
{
    Table table; // long: target (channel), metric, value, period, segment
    QMap<QString, ContactFigures> channels; // over all periods and segments
    // By channel, period and segment ("" = all), each one present in the records.
    QMap<std::tuple<QString, QString, QString>, ContactFigures> cuts;
    ContactFigures all;
    qint64 rows = 0, badRowCount = 0;
    QList<EventLogBadRow> badRows;
    QStringList header;
};

namespace Contacts {
// The figures of records in any order (they are sorted by customer and time here).
ContactResult compute(QList<ContactRecord> records, const ContactOptions &options);
std::optional<ContactResult> read(const QString &path, const ContactOptions &options,
                                  QString *error);
} // namespace Contacts

} // namespace waymark
