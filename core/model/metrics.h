// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <optional>
#include <QDateTime>
#include <QHashFunctions>

namespace waymark {

// What a metric is and how to judge it.
struct MetricDefinition
{
    Id id;
    QString key;  // stable, e.g. "csat", "abbruchrate"
    QString name; // shown as the user wrote it, e.g. "Abbruchrate"
    QString unit; // "%", "s", "" ...
    // The family of KPI it belongs to ("drop-off", "csat", "volume", ... see
    // MetricRecognition), or empty when Waymark does not know it.
    QString kind;
    bool higherIsBetter = true;
    // False while nobody has said which way is better: such a metric is shown, not judged.
    bool directionKnown = true;
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

// What identifies an observation: a re-import with the same key updates its value.
struct ObservationKey
{
    Id metricId;
    TargetKind targetKind = TargetKind::Card;
    Id targetId;
    QString period;
    QString segment;
    bool operator==(const ObservationKey &) const = default;
    friend size_t qHash(const ObservationKey &k, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, k.metricId, int(k.targetKind), k.targetId, k.period, k.segment);
    }
};

// One value of one metric for one card, stage or journey, in a period and segment.
struct Observation
{
    Id metricId;
    TargetKind targetKind = TargetKind::Card;
    Id targetId;
    QString period;  // "" = not split by period
    QString segment; // "" = everyone
    double value = 0;
    Id importId;
    ObservationKey key() const { return {metricId, targetKind, targetId, period, segment}; }
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
