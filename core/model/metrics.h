// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <optional>
#include <QDateTime>

namespace waymark {

// What a metric is and how to judge it.
struct MetricDefinition
{
    Id id;
    QString key;  // stable, e.g. "csat", "drop-off"
    QString name; // shown, e.g. "CSAT"
    QString unit; // "%", "s", "" ...
    bool higherIsBetter = true;
    std::optional<double> scaleMin, scaleMax, target, warning, critical;
    bool operator==(const MetricDefinition &) const = default;
};

enum class TargetKind
{
    Card,
    Stage,
    Journey
};
QString toKey(TargetKind kind);
bool fromKey(const QString &key, TargetKind *out);

// One value of one metric for one card, stage or journey, in a period and segment.
struct Observation
{
    Id id;
    Id metricId;
    TargetKind targetKind = TargetKind::Card;
    Id targetId;
    QString period;  // "" = not split by period
    QString segment; // "" = everyone
    double value = 0;
    Id importId;
    bool operator==(const Observation &) const = default;
};

// One import of a table: where it came from and how its columns were mapped.
struct MetricImport
{
    Id id;
    QString sourceName;
    QDateTime importedAt;
    QString mapping; // JSON
    int rowCount = 0;
    bool operator==(const MetricImport &) const = default;
};

} // namespace waymark
