// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/eventlog.h"
#include "io/metricimport.h"

namespace waymark::JourneyMetrics {

// The figures of an event log as metric values on a journey: a long table (target, metric,
// value, period, segment) that the metric import plans and applies like any other, so that
// matching, the list without a match, suggestions and the undo step are the same. Metric
// names are in the interface's language (a re-import in the same language replaces the
// values).
// Exits at an activity of the journey's last stage are the journey's end, not a drop-off:
// such activities get no exit rate (`options` says which stage an activity belongs to).
Table eventTable(const EventLogAnalysis &analysis, const Journey *journey,
                 const EventLogOptions &options);
// The mapping that reads such a table; the stage rows go to `journey`'s stages.
MetricMapping longMapping(const Journey *journey);
// Contact records name channels ("phone", "chat"): a channel that matches no card or stage
// by text goes to the touchpoint card with that channel, when the first journey with such a
// card has exactly one.
void confirmChannels(const Project &project, const Table &table, MetricMapping *mapping);
// What a table holds, from its header: an event log (case, time, activity columns), survey
// responses (a touchpoint and a score column named like nps, csat, ces), contact records
// (customer, time, channel) or, otherwise, finished metric values.
enum class TableKind
{
    Metrics,
    EventLog,
    Survey,
    Contacts
};
TableKind tableKind(const QStringList &header);
// A first draft of a journey from a log: the touchpoint lane holds the activities that reach
// at least 2 % of the cases (at most `maxTouchpoints`, the widest reach first) in their
// typical order (the mean place of their events in the cases), cut into `stageCount` stages
// of equal size. `confirmed` gets each activity's card and each stage, for the import of the
// figures onto this journey.
Journey draftJourney(const EventLogAnalysis &analysis, int stageCount, int maxTouchpoints,
                     const QString &language, const QString &name, QHash<QString, Id> *confirmed);
// The same, with a stage for each value of a column: the analysis must have been made with
// that column as its segment (and no period cut); each activity goes to the value most of its
// events have, the stages in the order their events come. Nullopt without segment figures.
std::optional<Journey> draftJourneyByColumn(const EventLogAnalysis &analysis, int maxTouchpoints,
                                            const QString &language, const QString &name,
                                            QHash<QString, Id> *confirmed);
// The funnel's stages for a drafted journey that is not in a project yet: by its cards' texts.
void setDraftStages(const Journey &draft, EventLogOptions *options);
// The funnel's stages for `journey`: how many, and the stage an activity's card or stage
// name is matched to (-1: none).
void setStages(const Project &project, const Journey &journey, EventLogOptions *options);

} // namespace waymark::JourneyMetrics
