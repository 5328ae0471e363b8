// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    QJsonObject toJson() const;
    static std::optional<MetricMapping> fromJson(const QJsonObject &json, QString *error);
    // A first guess from the header names and the values.
    static MetricMapping guess(const Table &table);
    // The project's last import's mapping, when every column it names exists in a table of
    // `columnCount` columns (the next month's file), else nullopt.
    static std::optional<MetricMapping> lastFitting(const Project &project, int columnCount);
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
    QList<MetricDefinition> newMetrics;
    QList<Observation> added;
    QList<std::pair<Observation, Observation>> changed; // before, after
    int unchanged = 0;
    QList<Problem> problems; // any problem: the import is refused as a whole
    QList<Unmatched> unmatched;
    MetricImport record;
    QStringList report(const QString &source) const; // "file:row:column: reason" lines
    // "2 new values, 1 changed, 0 unchanged, 1 new metric" in the interface's language.
    QString summary() const;
};

namespace MetricImporter {

// The definition Waymark knows for a common KPI name (in English or German), or a plain one.
MetricDefinition definitionFor(const QString &name);
// Reads `path` row by row (never the whole table in memory) and plans the import.
std::optional<MetricImportPlan> plan(const Project &project, const QString &path,
                                     const TableReader::Options &options,
                                     const MetricMapping &mapping, QString *error);
// The same for a table already read (the wizard's preview).
MetricImportPlan plan(const Project &project, const Table &table, const QString &sourceName,
                      const MetricMapping &mapping);

} // namespace MetricImporter

} // namespace waymark
