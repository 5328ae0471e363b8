// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricimport.h"

#include "trcontexts.h"

#include <memory>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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
                m_allNorm.append(norm(s.name));
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
                // A text several cards share means the touchpoint (a picture card is often
                // named after it), else the first card in the first journey.
                const QString text = norm(c.text);
                if (!m_texts.contains(text) || (touchpoint && m_textJourney.value(text) == j.id &&
                                                !m_textOnTouchpoint.contains(text))) {
                    m_texts.insert(text, {TargetKind::Card, c.id, c.text});
                    m_textJourney.insert(text, j.id);
                    if (touchpoint) m_textOnTouchpoint.insert(text);
                }
                m_all.append({TargetKind::Card, c.id, c.text});
                m_allNorm.append(text);
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
    // "Did you mean": the closest label, for the first few hundred distinct texts only, so
    // that a table whose 400,000 targets match nothing is planned in linear time.
    std::optional<Target> suggest(const QString &text)
    {
        const QString key = norm(text);
        if (auto it = m_suggestions.constFind(key); it != m_suggestions.cend()) return *it;
        if (m_suggestions.size() >= MaxSuggestions || key.size() > 200) return std::nullopt;
        std::optional<Target> best;
        double bestScore = 0.75;
        for (qsizetype i = 0; i < m_all.size(); ++i) {
            const double s = similarity(key, m_allNorm[i]);
            if (s > bestScore) bestScore = s, best = m_all[i];
        }
        m_suggestions.insert(key, best);
        return best;
    }
    static constexpr qsizetype MaxSuggestions = 500;

private:
    QHash<QString, Target> m_keys, m_texts, m_stages, m_confirmed;
    QHash<QString, Id> m_keyJourney, m_textJourney;
    QSet<QString> m_keyOnTouchpoint, m_textOnTouchpoint;
    QHash<Id, TargetKind> m_kinds;
    QList<Target> m_all;
    QStringList m_allNorm; // m_all's labels, normalised once
    QHash<QString, std::optional<Target>> m_suggestions;
};

QString slug(const QString &name)
{
    QString key = name.simplified().toCaseFolded();
    key.replace(u' ', u'-');
    return key;
}

// A value as read, before its metric is known well enough to scale and compare it.
struct PendingValue
{
    int metric; // index into Planner::m_named
    Target target;
    QString period, segment;
    NumberParse::Value value;
    qint64 line;
    int column;
};

class Planner
{
public:
    Planner(const Project &project, const MetricMapping &mapping, const QString &source)
        : m_project(project), m_mapping(mapping), m_targets(project, mapping.confirmed)
    {
        m_plan.record.id = newId();
        m_plan.record.sourceName = source;
        m_plan.record.importedAt = QDateTime::currentDateTimeUtc();
        m_plan.record.mapping =
            QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
        for (auto it = mapping.directions.cbegin(); it != mapping.directions.cend(); ++it)
            m_directions.insert(norm(it.key()), it.value());
    }

    void setHeader(const QStringList &columns)
    {
        m_header = columns;
        // The record keeps the header, so that next month's file is known by its columns.
        MetricMapping recorded = m_mapping;
        recorded.header = columns;
        m_plan.record.mapping =
            QString::fromUtf8(QJsonDocument(recorded.toJson()).toJson(QJsonDocument::Compact));
        // A wide table names its metrics in its header, in this order.
        if (m_mapping.wide)
            for (int c : m_mapping.metricColumns)
                if (!columns.value(c).trimmed().isEmpty()) named(columns.value(c));
    }

    bool row(const QStringList &row, qint64 line)
    {
        ++m_plan.record.rowCount;
        if (m_mapping.valueColumns().isEmpty()) return false; // refused as a whole
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

    MetricImportPlan take()
    {
        resolveMetrics();
        classify();
        std::sort(m_plan.problems.begin(), m_plan.problems.end(), [](const auto &a, const auto &b) {
            return std::tie(a.row, a.column) < std::tie(b.row, b.column);
        });
        refuseIfEmpty();
        return std::move(m_plan);
    }

private:
    struct Named
    {
        QString name; // the first spelling in the table
        ValueStats stats;
        MetricDefinition definition;
        double factor = 1;
    };

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
            problem(line, column,
                    (m_mapping.mark == NumberParse::DecimalMark::Comma
                         ? Storage::tr("\"%1\" is not a number (read with a decimal comma)")
                         : Storage::tr("\"%1\" is not a number (read with a decimal point)"))
                        .arg(text.left(60)));
            return;
        }
        const int metric = named(metricName);
        m_named[metric].stats.add(*parsed);
        m_pending.append({metric, target, period, segment, *parsed, line, column});
    }

    // The index of a metric name in m_named; each spelling is looked up once.
    int named(const QString &metricName)
    {
        auto known = m_nameIndex.constFind(metricName);
        if (known == m_nameIndex.cend()) {
            const QString key = norm(metricName);
            int index = int(m_named.size());
            for (int i = 0; i < m_named.size(); ++i)
                if (norm(m_named[i].name) == key) index = i;
            if (index == m_named.size()) m_named.append({metricName.simplified(), {}, {}, 1});
            known = m_nameIndex.insert(metricName, index);
        }
        return *known;
    }

    // The project's metric of this name: by name or key, or by the key Waymark gave it before
    // names were kept as written.
    const MetricDefinition *existing(const QString &name) const
    {
        const QString header = MetricRecognition::splitUnit(name).name;
        for (const QString &n : {name, header})
            for (const MetricDefinition &m : m_project.metrics)
                if (norm(m.name) == norm(n) || m.key == slug(n)) return &m;
        const QString legacy = MetricRecognition::legacyKey(header);
        for (const MetricDefinition &m : m_project.metrics)
            if (!legacy.isEmpty() && m.key == legacy) return &m;
        return nullptr;
    }

    QString uniqueKey(const QString &name) const
    {
        const QString base = slug(name);
        QString key = base;
        const auto taken = [&](const QString &k) {
            return std::any_of(m_project.metrics.begin(), m_project.metrics.end(),
                               [&](const MetricDefinition &m) { return m.key == k; }) ||
                   std::any_of(m_plan.newMetrics.begin(), m_plan.newMetrics.end(),
                               [&](const MetricDefinition &m) { return m.key == k; });
        };
        for (int n = 2; taken(key); ++n)
            key = base + u'-' + QString::number(n);
        return key;
    }

    void resolveMetrics()
    {
        for (Named &named : m_named) {
            if (named.stats.count == 0) continue; // a column without values brings nothing
            MetricImportPlan::Metric summary;
            summary.name = named.name;
            summary.values = named.stats.count;
            const MetricRecognition::Result recognised =
                MetricRecognition::recognise(named.name, named.stats);
            const auto direction = m_directions.constFind(norm(named.name));
            if (const MetricDefinition *old = existing(named.name)) {
                named.definition = *old;
                named.factor = MetricRecognition::factorFor(*old, named.name, named.stats);
                if (direction != m_directions.cend() &&
                    (!old->directionKnown || old->higherIsBetter != *direction)) {
                    named.definition =
                        MetricRecognition::withDirection(*old, *direction, named.stats);
                    m_plan.changedMetrics.append({*old, named.definition});
                }
            } else {
                named.definition = recognised.definition;
                named.factor = recognised.factor;
                if (direction != m_directions.cend())
                    named.definition =
                        MetricRecognition::withDirection(named.definition, *direction, named.stats);
                named.definition.id = newId();
                named.definition.key = uniqueKey(named.definition.name);
                m_plan.newMetrics.append(named.definition);
                summary.isNew = true;
                summary.basis = recognised.basis;
            }
            summary.definition = named.definition;
            summary.guessHigher = recognised.definition.directionKnown
                                      ? recognised.definition.higherIsBetter
                                      : named.definition.higherIsBetter;
            m_plan.metrics.append(summary);
        }
    }

    void classify()
    {
        QHash<ObservationKey, int> existingValues;
        existingValues.reserve(m_project.observations.size());
        for (qsizetype i = 0; i < m_project.observations.size(); ++i)
            existingValues.insert(m_project.observations[i].key(), int(i));
        QHash<ObservationKey, qint64> seen;
        seen.reserve(m_pending.size());
        for (const PendingValue &p : std::as_const(m_pending)) {
            const Named &named = m_named[p.metric];
            const bool plain = !p.value.percent && !p.value.duration;
            const double v = plain ? p.value.number * named.factor : p.value.number;
            const MetricDefinition &d = named.definition;
            if (!std::isfinite(v) || (d.scaleMin && v < *d.scaleMin - 1e-9) ||
                (d.scaleMax && v > *d.scaleMax + 1e-9)) {
                QLocale locale;
                problem(p.line, p.column,
                        Storage::tr("the value %1 is outside the scale of %2 (%3 to %4)")
                            .arg(locale.toString(v, 'g', 6), d.name,
                                 locale.toString(d.scaleMin.value_or(-qInf()), 'g', 6),
                                 locale.toString(d.scaleMax.value_or(qInf()), 'g', 6)));
                continue;
            }
            // Keyed by (metric, target kind, target, period, segment): a re-import updates.
            const ObservationKey key{named.definition.id, p.target.kind, p.target.id, p.period,
                                     p.segment};
            if (const auto first = seen.constFind(key); first != seen.cend()) {
                problem(p.line, p.column,
                        Storage::tr("the table has this value twice (metric, target, period and "
                                    "segment); the first is on row %1")
                            .arg(*first));
                continue;
            }
            seen.insert(key, p.line);
            if (const int i = existingValues.value(key, -1); i >= 0) {
                const Observation &old = m_project.observations[i];
                if (old.value == v) {
                    ++m_plan.unchanged;
                    continue;
                }
                Observation updated = old;
                updated.value = v;
                updated.importId = m_plan.record.id;
                m_plan.changed.append({old, updated});
                continue;
            }
            m_plan.added.append({named.definition.id, p.target.kind, p.target.id, p.period,
                                 p.segment, v, m_plan.record.id});
        }
    }

    void refuseIfEmpty()
    {
        if (!m_plan.problems.isEmpty() || !m_pending.isEmpty()) return;
        if (m_mapping.valueColumns().isEmpty())
            m_plan.refusal =
                Storage::tr("the table has no metric columns. Expected a column of numbers for "
                            "each metric (a row per target: Touchpoint, CSAT, Drop-off rate, "
                            "...) or the columns target, metric and value (a row per value).");
        else if (m_plan.record.rowCount == 0)
            m_plan.refusal = Storage::tr("the table has no rows after the header");
        else if (m_plan.unmatched.size() == m_plan.record.rowCount)
            m_plan.refusal = Storage::tr("none of the table's targets matches a card's "
                                         "touchpoint key, a card's text or a stage's name");
        else
            m_plan.refusal = Storage::tr("the metric columns hold no values");
    }

    const Project &m_project;
    MetricMapping m_mapping;
    TargetIndex m_targets;
    QStringList m_header;
    QHash<QString, bool> m_directions; // by normalised name
    QList<Named> m_named;
    QHash<QString, int> m_nameIndex; // by the name as written
    QList<PendingValue> m_pending;
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
    QJsonObject directionsJson;
    for (auto it = directions.cbegin(); it != directions.cend(); ++it)
        directionsJson.insert(it.key(),
                              it.value() ? QStringLiteral("higher") : QStringLiteral("lower"));
    QJsonObject json{
        {QStringLiteral("shape"), wide ? QStringLiteral("wide") : QStringLiteral("long")},
        {QStringLiteral("target"), targetColumn},
        {QStringLiteral("metric"), metricColumn},
        {QStringLiteral("value"), valueColumn},
        {QStringLiteral("period"), periodColumn},
        {QStringLiteral("segment"), segmentColumn},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("decimal"),
         mark == NumberParse::DecimalMark::Comma ? QStringLiteral(",") : QStringLiteral(".")},
        {QStringLiteral("confirmed"), confirmedJson},
        {QStringLiteral("directions"), directionsJson},
        {QStringLiteral("columns"), QJsonArray::fromStringList(header)}};
    if (!flow.isEmpty()) json.insert(QStringLiteral("flow"), flow);
    if (computed) json.insert(QStringLiteral("computed"), true);
    if (!database.isEmpty()) json.insert(QStringLiteral("database"), database);
    return json;
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
    for (const QJsonValue &v : json.value(QStringLiteral("columns")).toArray())
        m.header.append(v.toString());
    m.flow = json.value(QStringLiteral("flow")).toObject();
    m.computed = json.value(QStringLiteral("computed")).toBool();
    m.database = json.value(QStringLiteral("database")).toObject();
    const QJsonObject directions = json.value(QStringLiteral("directions")).toObject();
    for (auto it = directions.begin(); it != directions.end(); ++it) {
        const QString d = it.value().toString();
        if (d != u"higher" && d != u"lower") {
            *error = Storage::tr("the direction of \"%1\" must be \"higher\" or \"lower\"")
                         .arg(it.key());
            return std::nullopt;
        }
        m.directions.insert(it.key(), d == u"higher");
    }
    if (m.targetColumn < 0 || (m.wide && m.metricColumns.isEmpty()) ||
        (!m.wide && (m.metricColumn < 0 || m.valueColumn < 0))) {
        *error = Storage::tr("the mapping names no target, metric or value column");
        return std::nullopt;
    }
    return m;
}

namespace {

// How many of a column's sample cells read as measured numbers (with either decimal mark).
// Phone numbers, postcodes and ids are digits but no measures: a column named so, or whose
// numbers start with a 0 ("0171 1234"), is not counted.
double numericShare(const Table &table, int column)
{
    static const QRegularExpression identifier(
        QStringLiteral("phone|telefon|mobil|fax|e ?mail|\\bids?\\b|\\bnr\\b|nummer|"
                       "\\bnumber\\b(?! of)|\\bplz\\b|\\bzip\\b|postcode|postleitzahl|iban"),
        QRegularExpression::CaseInsensitiveOption);
    if (identifier.match(QString(table.columns.value(column)).replace(u'-', u' ')).hasMatch())
        return 0;
    static const QRegularExpression leadingZero(QStringLiteral("^\\+?0\\d"));
    int filled = 0, numbers = 0;
    for (const QStringList &r : table.rows.mid(0, 200)) {
        const QString cell = r.value(column).trimmed();
        if (cell.isEmpty()) continue;
        ++filled;
        if (!leadingZero.match(cell).hasMatch() &&
            (NumberParse::parse(cell, NumberParse::DecimalMark::Point) ||
             NumberParse::parse(cell, NumberParse::DecimalMark::Comma)))
            ++numbers;
    }
    return filled == 0 ? 0 : double(numbers) / filled;
}

NumberParse::DecimalMark markOf(const Table &table, const QList<int> &columns)
{
    QStringList samples;
    for (int c : columns)
        for (const QStringList &r : table.rows.mid(0, 200))
            samples.append(r.value(c));
    return NumberParse::guessMark(samples);
}

} // namespace

MetricMapping MetricMapping::guess(const Table &table)
{
    MetricMapping m;
    const QStringList &c = table.columns;
    m.targetColumn = findColumn(
        c, {QStringLiteral("target"), QStringLiteral("touchpoint"),
            QStringLiteral("touchpoint key"), QStringLiteral("step"), QStringLiteral("schritt"),
            QStringLiteral("ziel"), QStringLiteral("kontaktpunkt"), QStringLiteral("page"),
            QStringLiteral("seite"), QStringLiteral("stage"), QStringLiteral("phase")});
    // Else the first column of text.
    for (int i = 0; i < c.size() && m.targetColumn < 0; ++i)
        if (numericShare(table, i) < 0.5) m.targetColumn = i;
    m.targetColumn = std::max(0, m.targetColumn);
    m.periodColumn =
        findColumn(c, {QStringLiteral("period"), QStringLiteral("month"), QStringLiteral("quarter"),
                       QStringLiteral("date"), QStringLiteral("week"), QStringLiteral("year"),
                       QStringLiteral("zeitraum"), QStringLiteral("monat"),
                       QStringLiteral("quartal"), QStringLiteral("datum"), QStringLiteral("woche"),
                       QStringLiteral("jahr"), QStringLiteral("stichtag")});
    m.segmentColumn = findColumn(c, {QStringLiteral("segment"), QStringLiteral("group"),
                                     QStringLiteral("gruppe"), QStringLiteral("zielgruppe"),
                                     QStringLiteral("kundengruppe"), QStringLiteral("cohort")});
    const int metric =
        findColumn(c, {QStringLiteral("metric"), QStringLiteral("kpi"), QStringLiteral("measure"),
                       QStringLiteral("kennzahl"), QStringLiteral("metrik"),
                       QStringLiteral("indicator"), QStringLiteral("messgröße")});
    const int value = findColumn(c, {QStringLiteral("value"), QStringLiteral("wert"),
                                     QStringLiteral("amount"), QStringLiteral("score"),
                                     QStringLiteral("result"), QStringLiteral("ergebnis")});
    if (metric >= 0 && value >= 0) {
        m.metricColumn = metric;
        m.valueColumn = value;
    } else {
        // Wide: every other column that holds numbers is a metric.
        m.wide = true;
        for (int i = 0; i < c.size(); ++i)
            if (i != m.targetColumn && i != m.periodColumn && i != m.segmentColumn &&
                numericShare(table, i) >= 0.5)
                m.metricColumns.append(i);
    }
    m.mark = markOf(table, m.valueColumns());
    return m;
}

QList<int> MetricMapping::valueColumns() const
{
    if (wide) return metricColumns;
    return valueColumn >= 0 && metricColumn >= 0 ? QList<int>{valueColumn} : QList<int>();
}

void MetricMapping::detectMark(const Table &sample)
{
    mark = markOf(sample, valueColumns());
}

std::optional<MetricMapping> MetricMapping::lastFitting(const Project &project, const Table &sample)
{
    // The last import of a table: figures computed from an event log or survey map Waymark's
    // own columns and are no guide for a user's table.
    std::optional<MetricMapping> last;
    QString ignored;
    for (auto it = project.imports.crbegin(); it != project.imports.crend() && !last; ++it) {
        last = fromJson(QJsonDocument::fromJson(it->mapping.toUtf8()).object(), &ignored);
        if (last && last->computed)
            last.reset();
        else
            break;
    }
    if (!last) return std::nullopt;
    // The columns it uses exist, with the same names where the last import recorded them
    // (older records did not: then its value columns must at least hold numbers).
    QList<int> used = last->valueColumns();
    used += {last->targetColumn, last->periodColumn, last->segmentColumn};
    if (!last->wide) used.append(last->metricColumn);
    for (int c : used) {
        if (c < 0) continue;
        if (c >= sample.columns.size()) return std::nullopt;
        if (!last->header.isEmpty()
                ? norm(last->header.value(c)) != norm(sample.columns.value(c))
                : (last->valueColumns().contains(c) && numericShare(sample, c) < 0.5))
            return std::nullopt;
    }
    last->header.clear();
    last->detectMark(sample);
    return last;
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

QList<MetricImportPlan::UnmatchedTarget> MetricImportPlan::unmatchedTargets() const
{
    QList<UnmatchedTarget> out;
    QHash<QString, qsizetype> index;
    for (const Unmatched &u : unmatched) {
        auto it = index.constFind(u.target);
        if (it == index.cend()) {
            it = index.insert(u.target, out.size());
            out.append({u.target, {}, u.suggestion, u.suggestedId});
        }
        out[*it].rows.append(u.row);
    }
    return out;
}

QStringList MetricImportPlan::undirected() const
{
    QStringList names;
    for (const Metric &m : metrics)
        if (!m.definition.directionKnown) names.append(m.name);
    return names;
}

namespace MetricImporter {

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

std::function<TargetMatch(const QString &text)> matcher(const Project &project,
                                                        const QHash<QString, Id> &confirmed)
{
    auto index = std::make_shared<TargetIndex>(project, confirmed);
    return [index](const QString &text) -> TargetMatch {
        if (const auto t = index->find(text)) return std::pair(t->kind, t->id);
        return std::nullopt;
    };
}

} // namespace MetricImporter

} // namespace waymark
