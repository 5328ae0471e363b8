// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include "io/tablereader.h"

namespace waymark {

// Event logs (clickstreams, ticket and contact-centre logs, CRM exports): one row per event
// with a case, a time and an activity. The definitions of every figure are in
// core/analytics/DEFINITIONS.md; the tests check them against hand-worked logs.

namespace Timestamp {
// Reads one timestamp: ISO 8601 with 'T' or a space, optional fractional seconds and 'Z' or
// an offset (+01:00, +0100, +01); YYYY/MM/DD HH:MM[:SS[.fff]]; German DD.MM.YYYY HH:MM[:SS];
// a date alone; epoch seconds (up to 11 digits, optionally with decimals) and milliseconds
// (12 or 13 digits). Sets *micros to microseconds since 1970-01-01 UTC; a time without zone
// (*naive set) is read as if it were UTC, for the caller to apply the chosen zone.
bool parse(const char *begin, const char *end, qint64 *micros, bool *naive);
inline bool parse(QByteArrayView text, qint64 *micros, bool *naive)
{
    return parse(text.data(), text.data() + text.size(), micros, naive);
}
} // namespace Timestamp

// Which column holds what (-1: none). Case, time and activity are required.
struct EventLogColumns
{
    int caseId = -1, time = -1, activity = -1;
    int segment = -1, channel = -1, lifecycle = -1, resource = -1;
    // Suggested from the header names (customer_id, case:concept:name, time:timestamp, ...).
    static EventLogColumns guess(const QStringList &header);
    // Sets a column by its name in the header; false when there is none.
    static bool byName(const QStringList &header, const QString &name, int *column);
    bool complete() const { return caseId >= 0 && time >= 0 && activity >= 0; }
    // The first of `names` (compared without case, spaces, '_' and '-') in the header, not
    // at `avoid1` or `avoid2`; -1 when none is there.
    static int find(const QStringList &header, std::initializer_list<const char *> names,
                    int avoid1 = -1, int avoid2 = -1);
    int highest() const;
};

enum class PeriodCut
{
    None,
    Week,
    Month,
    Quarter
};
QString toKey(PeriodCut cut);
bool fromKey(const QString &key, PeriodCut *out);

// Lets another thread follow and stop an analysis.
struct EventLogControl
{
    std::atomic<qint64> done{0}; // bytes read so far
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};

struct EventLogOptions
{
    EventLogColumns columns;
    QTimeZone zone = QTimeZone::utc(); // for times without zone, and for the periods
    PeriodCut period = PeriodCut::None;
    // Above this share of bad rows the analysis stops with an error.
    double maxBadShare = 0.01;
    // The funnel: how many stages, and the stage index of an activity (-1: none); asked once
    // per activity.
    int stageCount = 0;
    std::function<int(const QString &activity)> stageOf;
    int maxVariants = 100;         // how many path variants to list (0: all)
    qint64 minPartBytes = 4 << 20; // a log is read in parts of at least this size
    qint64 windowBytes = 4 << 20;  // a file, this much at a time (at first) per part
    int threads = 0;               // 0: as many as the machine has, at most 8
    EventLogControl *control = nullptr;
};

// Figures of one activity (touchpoint).
struct ActivityStats
{
    qint64 events = 0, reach = 0, repeaters = 0, exits = 0, entries = 0;
    qint64 selfLoops = 0, repetitions = 0;
    // Where in their cases the events are, on average: 0 = first, 1 = last.
    double meanPosition = 0;
    std::optional<double> medianDwell, p90Dwell; // seconds
    double exitRate() const { return reach ? double(exits) / double(reach) : 0; }
};

// The figures of all events, or of one period, one segment or both.
struct EventLogSlice
{
    QString period, segment; // "" = all
    qint64 cases = 0, events = 0;
    QList<ActivityStats> activities;                       // by activity index
    std::optional<double> throughputMedian, throughputP90; // seconds
    // Funnel (when stages are given), by stage index.
    QList<qint64> stageReached, stageConverted, closedReached;
    qint64 closedCases = 0; // cases whose first staged event is at the first stage
};

struct EventLogTransition
{
    int from = 0, to = 0;
    qint64 count = 0;
    double medianSeconds = 0;
};

struct EventLogVariant
{
    QList<int> path;
    qint64 count = 0;
    double share = 0;
};

struct EventLogBadRow
{
    qint64 line = 0;
    QString reason;
};

struct EventLogAnalysis
{
    QStringList header;
    QString encoding;
    QChar delimiter;
    QStringList activities; // sorted by name; the index used everywhere else
    qint64 rows = 0, events = 0, cases = 0, badRowCount = 0, skippedRows = 0;
    QList<EventLogBadRow> badRows;         // the first 100, by line
    QList<EventLogSlice> slices;           // [0]: all events; then by period, segment, both
    QList<EventLogTransition> transitions; // most frequent first
    QList<EventLogVariant> variants;       // most frequent first, up to maxVariants
    qint64 variantCount = 0;               // how many distinct paths there are
    qint64 receivedBytes = 0; // computed in a database: the result's bytes that came back
    const EventLogSlice &all() const { return slices.first(); }
};

namespace EventLog {

// The refusal when more than `maxShare` of `rows` are bad (empty when within it).
QString tooManyBadRows(qint64 bad, qint64 rows, double maxShare, const QList<EventLogBadRow> &list);
// The header row, the delimiter and the encoding, without reading further.
std::optional<QStringList> readHeader(const QString &path, QString *error);
// The first `rows` rows, from the file's first 256 KB only (a preview of a large log).
std::optional<Table> readSample(const QString &path, int rows, QString *error);
std::optional<EventLogAnalysis> analyze(const QString &path, const EventLogOptions &options,
                                        QString *error);
// The same for a file's bytes (tests and the fuzzer).
std::optional<EventLogAnalysis> analyzeBytes(const QByteArray &bytes,
                                             const EventLogOptions &options, QString *error);

} // namespace EventLog

} // namespace waymark
