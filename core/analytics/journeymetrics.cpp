// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeymetrics.h"

#include "analytics/survey.h"
#include "document/templates.h"
#include "trcontexts.h"

#include <QSet>

namespace waymark::JourneyMetrics {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 17); // read back exactly
}

} // namespace

MetricMapping longMapping(const Journey *journey)
{
    MetricMapping m;
    m.computed = true;
    if (journey)
        for (const Stage &s : journey->stages)
            m.confirmed.insert(s.name, s.id);
    m.wide = false;
    m.targetColumn = 0;
    m.metricColumn = 1;
    m.valueColumn = 2;
    m.periodColumn = 3;
    m.segmentColumn = 4;
    m.mark = NumberParse::DecimalMark::Point;
    return m;
}

Table eventTable(const EventLogAnalysis &a, const Journey *journey, const EventLogOptions &options)
{
    QList<bool> atEnd(a.activities.size(), false);
    if (options.stageOf && options.stageCount > 0)
        for (qsizetype i = 0; i < a.activities.size(); ++i)
            atEnd[i] = options.stageOf(a.activities[i]) == options.stageCount - 1;
    Table t;
    t.columns = {Analytics::tr("Target"), Analytics::tr("Metric"), Analytics::tr("Value"),
                 Analytics::tr("Period"), Analytics::tr("Segment")};
    const QString events = Analytics::tr("Event count"), reach = Analytics::tr("Cases reached"),
                  exitRate = Analytics::tr("Exit rate (%)"),
                  repeatRate = Analytics::tr("Repeat rate (%)"),
                  median = Analytics::tr("Median dwell time (s)"),
                  p90 = Analytics::tr("P90 dwell time (s)"),
                  stageCases = Analytics::tr("Cases reaching the stage"),
                  open = Analytics::tr("Conversion from the stage before (%)"),
                  closed = Analytics::tr("Closed funnel conversion (%)");
    for (const EventLogSlice &s : a.slices) {
        const auto add = [&](const QString &target, const QString &metric, double value) {
            t.rows.append({target, metric, number(value), s.period, s.segment});
        };
        for (qsizetype i = 0; i < a.activities.size(); ++i) {
            const ActivityStats &x = s.activities[i];
            if (x.events == 0) continue;
            const QString &name = a.activities[i];
            add(name, events, double(x.events));
            add(name, reach, double(x.reach));
            if (!atEnd[i]) add(name, exitRate, 100.0 * x.exitRate());
            add(name, repeatRate, x.reach ? 100.0 * double(x.repeaters) / double(x.reach) : 0);
            if (x.medianDwell) add(name, median, *x.medianDwell);
            if (x.p90Dwell) add(name, p90, *x.p90Dwell);
        }
        if (!journey) continue;
        for (qsizetype st = 0; st < s.stageReached.size() && st < journey->stages.size(); ++st) {
            const QString &name = journey->stages[st].name;
            add(name, stageCases, double(s.stageReached[st]));
            if (st > 0 && s.stageReached[st - 1] > 0)
                add(name, open,
                    100.0 * double(s.stageConverted[st]) / double(s.stageReached[st - 1]));
            if (s.closedCases > 0)
                add(name, closed, 100.0 * double(s.closedReached[st]) / double(s.closedCases));
        }
    }
    return t;
}

void confirmChannels(const Project &project, const Table &table, MetricMapping *mapping)
{
    const auto match = MetricImporter::matcher(project, mapping->confirmed);
    QSet<QString> done;
    for (const QStringList &row : table.rows) {
        const QString &target = row.value(mapping->targetColumn);
        if (done.contains(target)) continue;
        done.insert(target);
        if (match(target)) continue;
        const QString wanted = target.trimmed().toCaseFolded();
        for (const Journey &j : project.journeys) {
            QSet<Id> touchpointLanes;
            for (const Lane &l : j.lanes)
                if (l.kind == LaneKind::Touchpoints) touchpointLanes.insert(l.id);
            QList<Id> cards;
            for (const Card &c : j.cards)
                if (c.channel != Channel::None && touchpointLanes.contains(c.laneId) &&
                    (toKey(c.channel) == wanted || displayName(c.channel).toCaseFolded() == wanted))
                    cards.append(c.id);
            if (cards.isEmpty()) continue;
            if (cards.size() == 1) mapping->confirmed.insert(target, cards.first());
            break;
        }
    }
}

TableKind tableKind(const QStringList &header)
{
    if (EventLogColumns::guess(header).complete()) return TableKind::EventLog;
    const SurveyColumns s = SurveyColumns::guess(header);
    if (s.target >= 0 && s.score >= 0 && Survey::guessScale(header[s.score]))
        return TableKind::Survey;
    const ContactColumns c = ContactColumns::guess(header);
    if (c.customer >= 0 && c.time >= 0 && c.channel >= 0) return TableKind::Contacts;
    return TableKind::Metrics;
}

namespace {

// The activities that reach at least 2 % of the cases, at most `most` of the widest reach, in
// their typical order.
QList<int> draftActivities(const EventLogAnalysis &a, int most)
{
    const EventLogSlice &all = a.all();
    QList<int> chosen;
    for (qsizetype i = 0; i < a.activities.size(); ++i)
        if (all.activities[i].reach * 50 >= a.cases) chosen.append(int(i));
    std::stable_sort(chosen.begin(), chosen.end(), [&](int x, int y) {
        return all.activities[x].reach > all.activities[y].reach;
    });
    chosen = chosen.mid(0, std::max(1, most));
    std::stable_sort(chosen.begin(), chosen.end(), [&](int x, int y) {
        return all.activities[x].meanPosition < all.activities[y].meanPosition;
    });
    return chosen;
}

// A journey of the five-phase template with `stageNames` (empty names: the template's), the
// `chosen` activities as touchpoint cards in `stageOf` their stage, in the given order.
Journey buildDraft(const EventLogAnalysis &a, const QList<int> &chosen, const QList<int> &stageOf,
                   const QStringList &stageNames, const QString &language, const QString &name,
                   QHash<QString, Id> *confirmed)
{
    Journey j = makeJourney(Template::FivePhases, language, name);
    const qsizetype n = stageNames.size();
    if (n != j.stages.size() || !stageNames.first().isEmpty()) {
        const QList<Stage> template_ = j.stages;
        j.stages.clear();
        for (qsizetype s = 0; s < n; ++s) {
            Stage stage = template_[s % template_.size()];
            stage.id = newId();
            stage.momentOfTruth = false;
            stage.name = !stageNames[s].isEmpty()
                             ? stageNames[s]
                             : (language == QLatin1String("de") ? QStringLiteral("Phase %1")
                                                                : QStringLiteral("Stage %1"))
                                   .arg(s + 1);
            j.stages.append(stage);
        }
    }
    Id lane;
    for (const Lane &l : j.lanes)
        if (l.kind == LaneKind::Touchpoints && lane.isNull()) lane = l.id;
    if (lane.isNull()) {
        j.lanes.append({newId(), LaneKind::Touchpoints, QStringLiteral("Touchpoints"), {}, 0});
        lane = j.lanes.last().id;
    }
    QList<int> inStage(n, 0);
    for (qsizetype k = 0; k < chosen.size(); ++k) {
        Card c;
        c.id = newId();
        c.stageId = j.stages[stageOf[k]].id;
        c.laneId = lane;
        c.order = inStage[stageOf[k]]++;
        c.text = a.activities[chosen[k]];
        c.touchpointKey = c.text;
        c.evidence = Evidence::Observed; // from the data, not assumed
        j.cards.append(c);
        if (confirmed) confirmed->insert(c.text, c.id);
    }
    if (confirmed)
        for (const Stage &s : j.stages)
            confirmed->insert(s.name, s.id);
    return j;
}

} // namespace

Journey draftJourney(const EventLogAnalysis &a, int stageCount, int maxTouchpoints,
                     const QString &language, const QString &name, QHash<QString, Id> *confirmed)
{
    const QList<int> chosen = draftActivities(a, maxTouchpoints);
    const int n = std::clamp(stageCount, 1, std::max(1, int(chosen.size())));
    QList<int> stageOf;
    for (qsizetype k = 0; k < chosen.size(); ++k)
        stageOf.append(int(k * n / chosen.size()));
    // Five stages keep the template's names; any other number is numbered.
    const QStringList names(n);
    return buildDraft(a, chosen, stageOf, names, language, name, confirmed);
}

std::optional<Journey> draftJourneyByColumn(const EventLogAnalysis &a, int maxTouchpoints,
                                            const QString &language, const QString &name,
                                            QHash<QString, Id> *confirmed)
{
    QList<const EventLogSlice *> values;
    for (const EventLogSlice &s : a.slices)
        if (s.period.isEmpty() && !s.segment.isEmpty()) values.append(&s);
    if (values.isEmpty()) return std::nullopt;
    QList<int> chosen = draftActivities(a, maxTouchpoints);
    // Each activity goes to the column's value most of its events have.
    QList<int> valueOf;
    for (int i : chosen) {
        int best = 0;
        for (qsizetype v = 1; v < values.size(); ++v)
            if (values[v]->activities[i].events > values[best]->activities[i].events) best = int(v);
        valueOf.append(best);
    }
    // The stages in the order their events come in the cases.
    QList<double> place(values.size(), 0), weight(values.size(), 0);
    for (qsizetype v = 0; v < values.size(); ++v)
        for (qsizetype i = 0; i < a.activities.size(); ++i) {
            const ActivityStats &s = values[v]->activities[i];
            place[v] += s.meanPosition * double(s.events);
            weight[v] += double(s.events);
        }
    QList<int> used;
    for (int v : valueOf)
        if (!used.contains(v)) used.append(v);
    std::stable_sort(used.begin(), used.end(), [&](int x, int y) {
        return place[x] / std::max(1.0, weight[x]) < place[y] / std::max(1.0, weight[y]);
    });
    QStringList names;
    for (int v : used)
        names.append(values[v]->segment);
    // Cards by stage, then in their typical order within it.
    QList<int> order(chosen.size());
    for (qsizetype k = 0; k < order.size(); ++k)
        order[k] = int(k);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return used.indexOf(valueOf[x]) < used.indexOf(valueOf[y]);
    });
    QList<int> sortedChosen, stageOf;
    for (int k : order) {
        sortedChosen.append(chosen[k]);
        stageOf.append(int(used.indexOf(valueOf[k])));
    }
    return buildDraft(a, sortedChosen, stageOf, names, language, name, confirmed);
}

void setDraftStages(const Journey &draft, EventLogOptions *options)
{
    QHash<QString, int> stageOf;
    for (const Card &c : draft.cards)
        stageOf.insert(c.text, draft.stageIndex(c.stageId));
    options->stageCount = int(draft.stages.size());
    options->stageOf = [stageOf](const QString &activity) { return stageOf.value(activity, -1); };
}

void setStages(const Project &project, const Journey &journey, EventLogOptions *options)
{
    options->stageCount = int(journey.stages.size());
    const auto match = MetricImporter::matcher(project);
    // A copy: the analysis may run on another thread while the project changes.
    options->stageOf = [match, journey](const QString &activity) {
        const auto m = match(activity);
        if (!m) return -1;
        if (m->first == TargetKind::Stage) return journey.stageIndex(m->second);
        for (const Card &c : journey.cards)
            if (c.id == m->second) return journey.stageIndex(c.stageId);
        return -1;
    };
}

} // namespace waymark::JourneyMetrics
