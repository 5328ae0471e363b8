// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricimport.h"

#include "trcontexts.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace waymark {

namespace {

QString norm(const QString &s)
{
    return s.simplified().toCaseFolded();
}

// Similarity of two short texts: 1 - edit distance / longer length.
double similarity(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty()) return 0;
    if (std::abs(a.size() - b.size()) > std::max(a.size(), b.size()) / 2) return 0;
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return 1.0 - double(prev[b.size()]) / std::max(a.size(), b.size());
}

struct Target
{
    TargetKind kind;
    Id id;
    QString label;
};

// Where a table's target text points: touchpoint key, then exact card text, then stage name.
class TargetIndex
{
public:
    explicit TargetIndex(const Project &p, const QHash<QString, Id> &confirmed)
    {
        for (const Journey &j : p.journeys) {
            // Journeys in order, the first match wins: the current state before its future.
            for (const Stage &s : j.stages) {
                if (!m_stages.contains(norm(s.name)))
                    m_stages.insert(norm(s.name), {TargetKind::Stage, s.id, s.name});
                m_all.append({TargetKind::Stage, s.id, s.name});
                m_kinds.insert(s.id, TargetKind::Stage);
            }
            QSet<Id> touchpointLanes;
            for (const Lane &l : j.lanes)
                if (l.kind == LaneKind::Touchpoints) touchpointLanes.insert(l.id);
            for (const Card &c : j.cards) {
                // A key several cards share belongs to the first journey that has it and,
                // within it, to the card in a touchpoints lane.
                const QString key = norm(c.touchpointKey);
                const bool touchpoint = touchpointLanes.contains(c.laneId);
                if (!key.isEmpty()) {
                    if (!m_keys.contains(key)) {
                        m_keys.insert(key, {TargetKind::Card, c.id, c.text});
                        m_keyJourney.insert(key, j.id);
                        if (touchpoint) m_keyOnTouchpoint.insert(key);
                    } else if (touchpoint && m_keyJourney.value(key) == j.id &&
                               !m_keyOnTouchpoint.contains(key)) {
                        m_keys.insert(key, {TargetKind::Card, c.id, c.text});
                        m_keyOnTouchpoint.insert(key);
                    }
                }
                if (!m_texts.contains(norm(c.text)))
                    m_texts.insert(norm(c.text), {TargetKind::Card, c.id, c.text});
                m_all.append({TargetKind::Card, c.id, c.text});
                m_kinds.insert(c.id, TargetKind::Card);
            }
        }
        for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
            if (m_kinds.contains(it.value()))
                m_confirmed.insert(norm(it.key()), {m_kinds.value(it.value()), it.value(), {}});
    }
    std::optional<Target> find(const QString &text) const
    {
        const QString key = norm(text);
        for (const auto *map : {&m_confirmed, &m_keys, &m_texts, &m_stages})
            if (auto it = map->constFind(key); it != map->cend()) return *it;
        return std::nullopt;
    }
    std::optional<Target> suggest(const QString &text)
    {
        const QString key = norm(text);
        if (auto it = m_suggestions.constFind(key); it != m_suggestions.cend()) return *it;
        std::optional<Target> best;
        double bestScore = 0.75;
        for (const Target &t : std::as_const(m_all)) {
            const double s = similarity(key, norm(t.label));
            if (s > bestScore) bestScore = s, best = t;
        }
        m_suggestions.insert(key, best);
        return best;
    }

private:
    QHash<QString, Target> m_keys, m_texts, m_stages, m_confirmed;
    QHash<QString, Id> m_keyJourney;
    QSet<QString> m_keyOnTouchpoint;
    QHash<Id, TargetKind> m_kinds;
    QList<Target> m_all;
    QHash<QString, std::optional<Target>> m_suggestions;
};

class Planner
{
public:
    Planner(const Project &project, const MetricMapping &mapping, const QString &source)
        : m_project(project), m_mapping(mapping), m_targets(project, mapping.confirmed)
    {
        for (const MetricDefinition &m : project.metrics)
            m_metrics.insert(m.key, m);
        for (qsizetype i = 0; i < project.observations.size(); ++i) {
            m_existing.insert(project.observations[i].key(), int(i));
        }
        m_plan.record.id = newId();
        m_plan.record.sourceName = source;
        m_plan.record.importedAt = QDateTime::currentDateTimeUtc();
        m_plan.record.mapping =
            QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    }

    void setHeader(const QStringList &columns) { m_header = columns; }

    bool row(const QStringList &row, qint64 line)
    {
        ++m_plan.record.rowCount;
        const QString target = row.value(m_mapping.targetColumn).trimmed();
        if (target.isEmpty()) {
            problem(line, m_mapping.targetColumn, Storage::tr("the target is empty"));
            return true;
        }
        const auto found = m_targets.find(target);
        if (!found) {
            const auto guess = m_targets.suggest(target);
            m_plan.unmatched.append(
                {line, target, guess ? guess->label : QString(), guess ? guess->id : Id()});
            return true;
        }
        const QString period =
            m_mapping.periodColumn >= 0 ? row.value(m_mapping.periodColumn).trimmed() : QString();
        const QString segment =
            m_mapping.segmentColumn >= 0 ? row.value(m_mapping.segmentColumn).trimmed() : QString();
        if (m_mapping.wide) {
            for (int c : m_mapping.metricColumns)
                value(*found, m_header.value(c), row.value(c), period, segment, line, c, true);
        } else {
            value(*found, row.value(m_mapping.metricColumn), row.value(m_mapping.valueColumn),
                  period, segment, line, m_mapping.valueColumn, false);
        }
        return m_plan.problems.size() < 1000; // enough to show what is wrong
    }

    MetricImportPlan take() { return std::move(m_plan); }

private:
    void problem(qint64 line, int column, const QString &reason)
    {
        m_plan.problems.append({line, column + 1, reason});
    }

    void value(const Target &target, const QString &metricName, const QString &text,
               const QString &period, const QString &segment, qint64 line, int column, bool wide)
    {
        if (metricName.trimmed().isEmpty()) {
            problem(line, wide ? column : m_mapping.metricColumn,
                    Storage::tr("the metric is empty"));
            return;
        }
        if (wide && text.trimmed().isEmpty()) return; // no value for this metric here
        const auto parsed = NumberParse::parse(text, m_mapping.mark);
        if (!parsed) {
            problem(line, column, Storage::tr("\"%1\" is not a number").arg(text.left(60)));
            return;
        }
        // The definition of each metric name is looked up once.
        auto known = m_byName.constFind(metricName);
        if (known == m_byName.cend()) {
            MetricDefinition def = MetricImporter::definitionFor(metricName);
            if (auto it = m_metrics.constFind(def.key); it != m_metrics.cend()) {
                def = *it;
            } else {
                def.id = newId();
                m_metrics.insert(def.key, def);
                m_plan.newMetrics.append(def);
            }
            known = m_byName.insert(metricName, def);
        }
        const MetricDefinition &def = *known;
        double v = parsed->number;
        // A percentage metric given as a fraction (0.38) means 38 %.
        if (def.unit == QLatin1String("%") && !parsed->percent && std::abs(v) <= 1 && v != 0)
            v *= 100;
        // Keyed by (metric, target kind, target, period, segment): a re-import updates in place.
        const ObservationKey key{def.id, target.kind, target.id, period, segment};
        if (m_seen.contains(key)) {
            problem(line, column,
                    Storage::tr("the table has this value twice (metric, target, period and "
                                "segment); the first is on row %1")
                        .arg(m_seen.value(key)));
            return;
        }
        m_seen.insert(key, line);
        if (const int i = m_existing.value(key, -1); i >= 0) {
            const Observation &old = m_project.observations[i];
            if (old.value == v) {
                ++m_plan.unchanged;
                return;
            }
            Observation updated = old;
            updated.value = v;
            updated.importId = m_plan.record.id;
            m_plan.changed.append({old, updated});
            return;
        }
        m_plan.added.append({def.id, target.kind, target.id, period, segment, v, m_plan.record.id});
    }

    const Project &m_project;
    MetricMapping m_mapping;
    TargetIndex m_targets;
    QStringList m_header;
    QHash<QString, MetricDefinition> m_metrics; // by key
    QHash<QString, MetricDefinition> m_byName;  // by the name in the table
    QHash<ObservationKey, int> m_existing;
    QHash<ObservationKey, qint64> m_seen;
    MetricImportPlan m_plan;
};

int findColumn(const QStringList &columns, const QStringList &names)
{
    for (int i = 0; i < columns.size(); ++i)
        for (const QString &n : names)
            if (norm(columns[i]) == n || norm(columns[i]).startsWith(n + u' ')) return i;
    return -1;
}

} // namespace

QJsonObject MetricMapping::toJson() const
{
    QJsonArray metrics;
    for (int c : metricColumns)
        metrics.append(c);
    QJsonObject confirmedJson;
    for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
        confirmedJson.insert(it.key(), idToString(it.value()));
    return {{QStringLiteral("shape"), wide ? QStringLiteral("wide") : QStringLiteral("long")},
            {QStringLiteral("target"), targetColumn},
            {QStringLiteral("metric"), metricColumn},
            {QStringLiteral("value"), valueColumn},
            {QStringLiteral("period"), periodColumn},
            {QStringLiteral("segment"), segmentColumn},
            {QStringLiteral("metrics"), metrics},
            {QStringLiteral("decimal"),
             mark == NumberParse::DecimalMark::Comma ? QStringLiteral(",") : QStringLiteral(".")},
            {QStringLiteral("confirmed"), confirmedJson}};
}

std::optional<MetricMapping> MetricMapping::fromJson(const QJsonObject &json, QString *error)
{
    MetricMapping m;
    const QString shape = json.value(QStringLiteral("shape")).toString(QStringLiteral("long"));
    if (shape != u"long" && shape != u"wide") {
        *error = Storage::tr("the mapping's shape must be \"long\" or \"wide\"");
        return std::nullopt;
    }
    m.wide = shape == u"wide";
    m.targetColumn = json.value(QStringLiteral("target")).toInt(0);
    m.metricColumn = json.value(QStringLiteral("metric")).toInt(1);
    m.valueColumn = json.value(QStringLiteral("value")).toInt(2);
    m.periodColumn = json.value(QStringLiteral("period")).toInt(-1);
    m.segmentColumn = json.value(QStringLiteral("segment")).toInt(-1);
    for (const QJsonValue &v : json.value(QStringLiteral("metrics")).toArray())
        m.metricColumns.append(v.toInt());
    m.mark = json.value(QStringLiteral("decimal")).toString() == u","
                 ? NumberParse::DecimalMark::Comma
                 : NumberParse::DecimalMark::Point;
    const QJsonObject confirmed = json.value(QStringLiteral("confirmed")).toObject();
    for (auto it = confirmed.begin(); it != confirmed.end(); ++it)
        m.confirmed.insert(it.key(), idFromString(it.value().toString()));
    if (m.targetColumn < 0 || (m.wide && m.metricColumns.isEmpty()) ||
        (!m.wide && (m.metricColumn < 0 || m.valueColumn < 0))) {
        *error = Storage::tr("the mapping names no target, metric or value column");
        return std::nullopt;
    }
    return m;
}

MetricMapping MetricMapping::guess(const Table &table)
{
    MetricMapping m;
    const QStringList &c = table.columns;
    m.targetColumn =
        std::max(0, findColumn(c, {QStringLiteral("target"), QStringLiteral("touchpoint"),
                                   QStringLiteral("touchpoint key"), QStringLiteral("step"),
                                   QStringLiteral("schritt"), QStringLiteral("ziel"),
                                   QStringLiteral("kontaktpunkt"), QStringLiteral("page")}));
    m.periodColumn =
        findColumn(c, {QStringLiteral("period"), QStringLiteral("month"), QStringLiteral("quarter"),
                       QStringLiteral("date"), QStringLiteral("zeitraum"), QStringLiteral("monat"),
                       QStringLiteral("quartal"), QStringLiteral("datum")});
    m.segmentColumn = findColumn(c, {QStringLiteral("segment"), QStringLiteral("group"),
                                     QStringLiteral("gruppe"), QStringLiteral("zielgruppe")});
    const int metric =
        findColumn(c, {QStringLiteral("metric"), QStringLiteral("kpi"), QStringLiteral("measure"),
                       QStringLiteral("kennzahl"), QStringLiteral("metrik")});
    const int value = findColumn(c, {QStringLiteral("value"), QStringLiteral("wert"),
                                     QStringLiteral("amount"), QStringLiteral("score")});
    QStringList samples;
    if (metric >= 0 && value >= 0) {
        m.metricColumn = metric;
        m.valueColumn = value;
        for (const QStringList &r : table.rows.mid(0, 200))
            samples.append(r.value(value));
    } else {
        m.wide = true;
        for (int i = 0; i < c.size(); ++i)
            if (i != m.targetColumn && i != m.periodColumn && i != m.segmentColumn) {
                m.metricColumns.append(i);
                for (const QStringList &r : table.rows.mid(0, 50))
                    samples.append(r.value(i));
            }
    }
    m.mark = NumberParse::guessMark(samples);
    return m;
}

std::optional<MetricMapping> MetricMapping::lastFitting(const Project &project, int columnCount)
{
    if (project.imports.isEmpty()) return std::nullopt;
    QString ignored;
    const auto last = fromJson(
        QJsonDocument::fromJson(project.imports.constLast().mapping.toUtf8()).object(), &ignored);
    if (!last) return std::nullopt;
    int highest = std::max({last->targetColumn, last->metricColumn, last->valueColumn,
                            last->periodColumn, last->segmentColumn});
    for (int c : last->metricColumns)
        highest = std::max(highest, c);
    return highest < columnCount ? last : std::nullopt;
}

QStringList MetricImportPlan::report(const QString &source) const
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(
            QStringLiteral("%1:%2:%3: %4").arg(source).arg(p.row).arg(p.column).arg(p.reason));
    return lines;
}

QString MetricImportPlan::summary() const
{
    QStringList parts{Storage::tr("%n new value(s)", nullptr, int(added.size())),
                      Storage::tr("%n changed", nullptr, int(changed.size())),
                      Storage::tr("%n unchanged", nullptr, unchanged)};
    if (!newMetrics.isEmpty())
        parts.append(Storage::tr("%n new metric(s)", nullptr, int(newMetrics.size())));
    return parts.join(QStringLiteral(", "));
}

namespace MetricImporter {

MetricDefinition definitionFor(const QString &name)
{
    struct Known
    {
        const char *key, *name, *unit;
        bool higher;
        std::optional<double> min, max, target, warning, critical;
        QList<const char *> aliases;
    };
    static const QList<Known> known{
        {"conversion-rate",
         "Conversion rate",
         "%",
         true,
         0,
         100,
         30,
         20,
         10,
         {"conversion", "conversion rate", "konversion", "konversionsrate", "conversion-rate"}},
        {"drop-off",
         "Drop-off",
         "%",
         false,
         0,
         100,
         10,
         20,
         30,
         {"drop-off", "drop off", "dropoff", "abandonment", "abandonment rate", "abbruch",
          "abbruchrate", "absprungrate", "bounce rate"}},
        {"csat",
         "CSAT",
         "",
         true,
         1,
         5,
         4.2,
         3.5,
         3.0,
         {"csat", "satisfaction", "zufriedenheit", "customer satisfaction", "kundenzufriedenheit"}},
        {"nps", "NPS", "", true, -100, 100, 40, 20, 0, {"nps", "net promoter score"}},
        {"ces",
         "CES",
         "",
         false,
         1,
         7,
         2.5,
         3.5,
         4.5,
         {"ces", "customer effort", "customer effort score", "aufwand"}},
        {"dwell-time",
         "Dwell time",
         "s",
         false,
         0,
         std::nullopt,
         std::nullopt,
         std::nullopt,
         std::nullopt,
         {"dwell time", "dwell-time", "time on page", "verweildauer", "dauer"}},
        {"repeated-steps",
         "Repeated steps",
         "",
         false,
         0,
         std::nullopt,
         0,
         1,
         2,
         {"repeated steps", "repeats", "wiederholungen", "repeated-steps"}},
        {"containment",
         "Self-service containment",
         "%",
         true,
         0,
         100,
         80,
         60,
         40,
         {"containment", "self-service containment", "self service containment",
          "selbstbedienungsquote"}},
        {"churn",
         "Churn",
         "%",
         false,
         0,
         100,
         5,
         10,
         15,
         {"churn", "churn rate", "kündigungsrate", "abwanderung"}},
        {"volume",
         "Volume",
         "",
         true,
         0,
         std::nullopt,
         std::nullopt,
         std::nullopt,
         std::nullopt,
         {"volume", "visits", "sessions", "calls", "anzahl", "volumen", "besuche"}},
        {"cost-to-serve",
         "Cost to serve",
         "",
         false,
         0,
         std::nullopt,
         std::nullopt,
         std::nullopt,
         std::nullopt,
         {"cost to serve", "cost-to-serve", "cost", "kosten", "servicekosten"}},
    };
    const QString n = norm(name);
    for (const Known &k : known)
        if (std::any_of(k.aliases.begin(), k.aliases.end(),
                        [&](const char *a) { return n == QString::fromUtf8(a); })) {
            MetricDefinition d;
            d.key = QLatin1String(k.key);
            d.name = QLatin1String(k.name);
            d.unit = QLatin1String(k.unit);
            d.higherIsBetter = k.higher;
            d.scaleMin = k.min;
            d.scaleMax = k.max;
            d.target = k.target;
            d.warning = k.warning;
            d.critical = k.critical;
            return d;
        }
    MetricDefinition d;
    d.key = n;
    d.key.replace(u' ', u'-');
    d.name = name.simplified();
    if (n.contains(u'%') || n.endsWith(QLatin1String("rate")) || n.endsWith(QLatin1String("quote")))
        d.unit = QStringLiteral("%");
    return d;
}

MetricImportPlan plan(const Project &project, const Table &table, const QString &sourceName,
                      const MetricMapping &mapping)
{
    Planner planner(project, mapping, sourceName);
    planner.setHeader(table.columns);
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        if (!planner.row(table.rows[i], i + 2)) break;
    return planner.take();
}

std::optional<MetricImportPlan> plan(const Project &project, const QString &path,
                                     const TableReader::Options &options,
                                     const MetricMapping &mapping, QString *error)
{
    // The header first (the reading stops at the first row), then every row as it is read.
    const auto head =
        TableReader::read(path, options, error, [](const QStringList &, qint64) { return false; });
    if (!head) return std::nullopt;
    Planner planner(project, mapping, QFileInfo(path).fileName());
    planner.setHeader(head->columns);
    const auto table =
        TableReader::read(path, options, error, [&](const QStringList &row, qint64 line) {
            return planner.row(row, line);
        });
    if (!table) return std::nullopt;
    return planner.take();
}

} // namespace MetricImporter

} // namespace waymark
