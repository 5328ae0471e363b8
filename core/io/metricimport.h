// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/metricrecognition.h"
#include "io/numberparse.h"
#include "io/tablereader.h"
#include "model/model.h"

#include <QJsonObject>

namespace waymark {

// How a table's columns become metric values. Long format: one row per target, metric and
// value (with optional period and segment). Wide format: one row per target, one column
// per metric.
struct MetricMapping
{
    bool wide = false;
    int targetColumn = 0;
    int metricColumn = 1; // long
    int valueColumn = 2;  // long
    int periodColumn = -1;
    int segmentColumn = -1;
    QList<int> metricColumns; // wide
    NumberParse::DecimalMark mark = NumberParse::DecimalMark::Point;
    // Targets the user confirmed from suggestions: the text in the table -> card or stage id.
    QHash<QString, Id> confirmed;
    // Directions the user chose for metrics Waymark could not judge: the metric's name as
    // in the table -> higher is better.
    QHash<QString, bool> directions;
    // The table's header when it was imported (kept in the import's record).
    QStringList header;
    // An event log's main flow (see FlowGraph), kept with the import; empty for tables.
    QJsonObject flow;
    // The table was computed by Waymark (from an event log, survey or contact records).
    bool computed = false;
    // Computed inside a database (analytics/eventsql.h): the address without the password,
    // the table or SELECT, the columns and the time window; empty for files.
    QJsonObject database;

    QJsonObject toJson() const;
    static std::optional<MetricMapping> fromJson(const QJsonObject &json, QString *error);
    // A first guess from the header names and the values (`table` holds a sample of rows).
    static MetricMapping guess(const Table &table);
    // The project's last import's mapping, when every column it names exists in `sample`
    // (the next month's file), else nullopt. The decimal mark is not taken over: it is
    // guessed again from the sample, since each file has its own.
    static std::optional<MetricMapping> lastFitting(const Project &project, const Table &sample);
    // The columns holding values (wide: the metric columns; long: the value column).
    QList<int> valueColumns() const;
    // Sets the decimal mark that reads most of the sample's value columns.
    void detectMark(const Table &sample);
};

// What an import would do; nothing is changed until the Document applies it.
struct MetricImportPlan
{
    struct Problem
    {
        qint64 row = 0; // line (CSV) or row (XLSX) in the source
        int column = 0; // 1-based
        QString reason;
    };
    struct Unmatched
    {
        qint64 row = 0;
        QString target;
        QString suggestion; // a card or stage it may mean, to confirm
        Id suggestedId;
    };
    // The rows of one target without a match, together.
    struct UnmatchedTarget
    {
        QString target;
        QList<qint64> rows;
        QString suggestion;
        Id suggestedId;
    };
    // A metric the table brings, as Waymark understood it.
    struct Metric
    {
        QString name; // as in the table
        MetricDefinition definition;
        bool isNew = false;
        QStringList basis; // how it was recognised (new metrics)
        int values = 0;
        // For a metric whose direction nobody has set: the direction to offer.
        bool guessHigher = true;
    };
    QList<Metric> metrics; // in the order the table names them
    QList<MetricDefinition> newMetrics;
    // Existing metrics whose direction this import sets (before, after).
    QList<std::pair<MetricDefinition, MetricDefinition>> changedMetrics;
    QList<Observation> added;
    QList<std::pair<Observation, Observation>> changed; // before, after
    int unchanged = 0;
    QList<Problem> problems; // any problem: the import is refused as a whole
    QList<Unmatched> unmatched;
    // Why the table cannot be imported although no row has a problem (no metric columns,
    // no target that matches); empty when it can.
    QString refusal;
    MetricImport record;
    QStringList report(const QString &source) const; // "file:row:column: reason" lines
    // "2 new values, 1 changed, 0 unchanged, 1 new metric" in the interface's language.
    QString summary() const;
    QList<UnmatchedTarget> unmatchedTargets() const;
    // Metrics whose direction nobody has set: shown on the map, but not judged.
    QStringList undirected() const;
    bool canImport() const
    {
        return problems.isEmpty() && refusal.isEmpty() &&
               (!added.isEmpty() || !changed.isEmpty() || !changedMetrics.isEmpty());
    }
};

namespace MetricImporter {

// Reads `path` row by row (never the whole table in memory) and plans the import.
std::optional<MetricImportPlan> plan(const Project &project, const QString &path,
                                     const TableReader::Options &options,
                                     const MetricMapping &mapping, QString *error);
// The same for a table already read (the wizard's preview).
MetricImportPlan plan(const Project &project, const Table &table, const QString &sourceName,
                      const MetricMapping &mapping);

// Where a table's target text points (a card or a stage), as the import matches it; the
// function keeps what it needs of `project`.
using TargetMatch = std::optional<std::pair<TargetKind, Id>>;
std::function<TargetMatch(const QString &text)> matcher(const Project &project,
                                                        const QHash<QString, Id> &confirmed = {});

} // namespace MetricImporter

} // namespace waymark
