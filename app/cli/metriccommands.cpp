// SPDX-License-Identifier: GPL-3.0-or-later
// The metric subcommands: table, import-metrics, friction.
#include "clicommands.h"
#include "cliutil.h"

#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "document/document.h"
#include "io/metricimport.h"
#include "io/tablereader.h"
#include "trcontexts.h"

#include <cmath>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace waymark::cli {

namespace {

// --direction "NAME=higher" options.
bool parseDirections(const QStringList &values, QHash<QString, bool> *out, QString *error)
{
    for (const QString &v : values) {
        const qsizetype eq = v.lastIndexOf(u'=');
        const QString name = v.left(eq).trimmed(), way = v.mid(eq + 1).trimmed().toLower();
        if (eq <= 0 || name.isEmpty() || (way != u"higher" && way != u"lower")) {
            *error = Cli::tr("--direction expects NAME=higher or NAME=lower, not \"%1\"").arg(v);
            return false;
        }
        out->insert(name, way == u"higher");
    }
    return true;
}

QString directionKey(const MetricDefinition &m)
{
    if (!m.directionKnown) return QStringLiteral("unknown");
    return m.higherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower");
}

// "row 3", "rows 3, 9 and 12", "rows 3, 9, 12 and 40 more".
QString rowsText(const QList<qint64> &rows)
{
    QStringList shown;
    for (qint64 r : rows.mid(0, 3))
        shown.append(QString::number(r));
    if (rows.size() == 1) return Cli::tr("row %1").arg(shown.first());
    if (rows.size() <= 3)
        return Cli::tr("rows %1 and %2")
            .arg(shown.mid(0, shown.size() - 1).join(QStringLiteral(", ")), shown.last());
    return Cli::tr("rows %1 and %n more", nullptr, int(rows.size() - 3))
        .arg(shown.join(QStringLiteral(", ")));
}

QJsonObject planJson(const MetricImportPlan &plan, const QString &source,
                     const MetricMapping &mapping, bool dryRun, bool computed)
{
    QJsonArray unmatched, problems, newMetrics, metrics;
    for (const auto &u : plan.unmatchedTargets()) {
        QJsonArray rows;
        for (qint64 r : u.rows)
            if (!computed) rows.append(r);
        unmatched.append(QJsonObject{{QStringLiteral("target"), u.target},
                                     {QStringLiteral("rows"), rows},
                                     {QStringLiteral("suggestion"), u.suggestion}});
    }
    for (const QString &line : plan.report(source))
        problems.append(line);
    for (const MetricDefinition &m : plan.newMetrics)
        newMetrics.append(m.key);
    for (const auto &m : plan.metrics)
        metrics.append(QJsonObject{{QStringLiteral("name"), m.name},
                                   {QStringLiteral("key"), m.definition.key},
                                   {QStringLiteral("kind"), m.definition.kind},
                                   {QStringLiteral("unit"), m.definition.unit},
                                   {QStringLiteral("direction"), directionKey(m.definition)},
                                   {QStringLiteral("new"), m.isNew},
                                   {QStringLiteral("values"), m.values},
                                   {QStringLiteral("basis"), QJsonArray::fromStringList(m.basis)}});
    return {{QStringLiteral("added"), int(plan.added.size())},
            {QStringLiteral("changed"), int(plan.changed.size())},
            {QStringLiteral("unchanged"), plan.unchanged},
            {QStringLiteral("newMetrics"), newMetrics},
            {QStringLiteral("metrics"), metrics},
            {QStringLiteral("unmatched"), unmatched},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("refusal"), plan.refusal},
            {QStringLiteral("mapping"), mapping.toJson()},
            {QStringLiteral("dryRun"), dryRun}};
}

void printPlan(const MetricImportPlan &plan, const QString &source, const QString &mappingFrom,
               bool computed, Io &io)
{
    io.out << Cli::tr("Mapping: %1").arg(mappingFrom) << '\n';
    io.out << plan.summary() << '\n';
    for (const auto &m : plan.metrics) {
        if (!m.isNew && m.definition.directionKnown) continue;
        const QString what = MetricOverlay::describe(m.definition);
        io.out << (m.isNew ? Cli::tr("New metric \"%1\": %2").arg(m.definition.name, what)
                           : Cli::tr("Metric \"%1\": %2").arg(m.definition.name, what));
        if (!m.basis.isEmpty())
            io.out << ' ' << Cli::tr("(from %1)").arg(m.basis.join(QStringLiteral(", ")));
        io.out << '\n';
    }
    for (const QString &name : plan.undirected())
        io.out << Cli::tr("Nobody has said whether a higher or a lower \"%1\" is better, so the "
                          "map shows it without judging it and the friction ranking leaves it "
                          "out. Import again with --direction \"%1=higher\" or \"%1=lower\", or "
                          "set it under Thresholds... in the application.")
                      .arg(name)
               << '\n';
    for (const auto &u : plan.unmatchedTargets()) {
        const QString suggestion = u.suggestion.isEmpty()
                                       ? QString()
                                       : Cli::tr("; did you mean \"%1\"?").arg(u.suggestion);
        // Figures computed from a file have no rows of their own to point at.
        if (computed)
            io.out << Cli::tr("%1: no card or stage \"%2\"%3").arg(source, u.target, suggestion)
                   << '\n';
        else
            io.out << Cli::tr("%1:%2: no card or stage \"%3\" (%4)%5")
                          .arg(source)
                          .arg(u.rows.first())
                          .arg(u.target, rowsText(u.rows), suggestion)
                   << '\n';
    }
}

} // namespace

int runImportMetrics(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("TABLE"), Cli::tr("A CSV or XLSX file."));
    parser.addOptions({
        {QStringLiteral("sheet"), Cli::tr("The sheet to read (XLSX)."), Cli::tr("NAME")},
        {QStringLiteral("mapping"),
         Cli::tr("How the columns map (JSON, as --json prints it); default: the last import's "
                 "mapping, or a guess from the header."),
         Cli::tr("MAP.json")},
        {QStringLiteral("direction"),
         Cli::tr("Whether a higher or a lower value of metric NAME is better, for a metric "
                 "Waymark cannot judge by itself (may be given more than once)."),
         Cli::tr("NAME=higher|lower")},
        {QStringLiteral("dry-run"), Cli::tr("Show what would change; change nothing.")},
        {QStringLiteral("json"), Cli::tr("Print the result as JSON.")},
    });
    if (const int code = parse(parser, QStringLiteral("import-metrics"), args, io,
                               Cli::tr("Imports metric values from a table into a project, as "
                                       "one step."),
                               2);
        code >= 0)
        return code;
    const QString file = parser.positionalArguments()[0],
                  tablePath = parser.positionalArguments()[1];
    QHash<QString, bool> directions;
    QString error;
    if (!parseDirections(parser.values(QStringLiteral("direction")), &directions, &error))
        return io.fail({}, error, Usage);
    TableReader::Options options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    OpenResult result;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto doc =
        Document::open(file, dryRun ? Store::Access::ReadOnly : Store::Access::ReadWrite, &result);
    io.note(file, result.notices);
    if (!doc) return io.fail(file, result.error);
    if (!dryRun && doc->isReadOnly()) return io.fail(file, result.readOnlyReason);
    // A sample of the table for the guess and to check a reused mapping.
    Table sample;
    {
        int n = 0;
        auto head =
            TableReader::read(tablePath, options, &error, [&](const QStringList &row, qint64) {
                sample.rows.append(row);
                return ++n < 200;
            });
        if (!head) return io.fail({}, error);
        sample.columns = head->columns;
    }
    MetricMapping mapping;
    QString mappingFrom;
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile f(parser.value(QStringLiteral("mapping")));
        if (!f.open(QIODevice::ReadOnly)) return io.fail(f.fileName(), f.errorString());
        QJsonParseError pe;
        const QJsonDocument json = QJsonDocument::fromJson(f.read(1 << 20), &pe);
        if (pe.error != QJsonParseError::NoError || !json.isObject())
            return io.fail(f.fileName(), Cli::tr("not a JSON object (%1)").arg(pe.errorString()));
        const auto m = MetricMapping::fromJson(json.object(), &error);
        if (!m) return io.fail(f.fileName(), error);
        mapping = *m;
        // Without "decimal", the mark is read from the file like any other.
        if (!json.object().contains(QStringLiteral("decimal"))) mapping.detectMark(sample);
        mappingFrom = f.fileName();
    } else {
        mapping = MetricMapping::guess(sample);
        mappingFrom = Cli::tr("a guess from the header");
        if (const auto last = MetricMapping::lastFitting(doc->project(), sample)) {
            mapping = *last;
            mappingFrom = Cli::tr("the mapping of the last import (%1)")
                              .arg(doc->project().imports.constLast().sourceName);
        }
    }
    for (auto it = directions.cbegin(); it != directions.cend(); ++it)
        mapping.directions.insert(it.key(), it.value());
    const auto plan = MetricImporter::plan(doc->project(), tablePath, options, mapping, &error);
    if (!plan) return io.fail({}, error);
    return finishImport(*doc, file, *plan, tablePath, mapping, mappingFrom,
                        parser.isSet(QStringLiteral("json")), dryRun, io);
}

int finishImport(Document &doc, const QString &file, const MetricImportPlan &plan,
                 const QString &tablePath, const MetricMapping &mapping, const QString &mappingFrom,
                 bool json, bool dryRun, Io &io, bool computed)
{
    const QString source = QFileInfo(tablePath).fileName();
    if (json)
        io.out << QJsonDocument(planJson(plan, source, mapping, dryRun, computed))
                      .toJson(QJsonDocument::Indented);
    else
        printPlan(plan, source, mappingFrom, computed, io);
    if (!plan.problems.isEmpty()) {
        for (const QString &line : plan.report(tablePath))
            io.err << line << '\n';
        return io.fail(file, Cli::tr("nothing was imported"));
    }
    if (!plan.refusal.isEmpty())
        return io.fail(tablePath, plan.refusal + u' ' + Cli::tr("Nothing was imported."));
    if (dryRun || !plan.canImport()) return Ok;
    if (!doc.importMetrics(plan)) return io.fail(file, doc.refusalReason());
    if (!doc.isSaved()) return io.fail(file, doc.saveError());
    if (const QString backup = doc.store().migrationBackupPath(); !backup.isEmpty())
        io.out << Cli::tr("The file was upgraded to format %1; the original is kept as \"%2\".")
                      .arg(doc.store().schemaVersion())
                      .arg(QDir::toNativeSeparators(backup))
               << '\n';
    return Ok;
}

int runFriction(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        journeysOption(),
        {QStringLiteral("period"), Cli::tr("The period to rank (default: each value's latest)."),
         Cli::tr("PERIOD")},
        {QStringLiteral("segment"), Cli::tr("The segment to rank (default: all customers)."),
         Cli::tr("SEGMENT")},
        {QStringLiteral("top"), Cli::tr("How many points to list (default 10, 0 = all)."),
         Cli::tr("N"), QStringLiteral("10")},
        {QStringLiteral("json"), Cli::tr("Print the result as JSON.")},
    });
    if (const int code =
            parse(parser, QStringLiteral("friction"), args, io,
                  Cli::tr("Ranks where customers struggle, from the imported metrics and the "
                          "feelings on the map, with the reasons, and lists where the map and "
                          "the data disagree."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    bool numeric = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&numeric);
    if (!numeric || top < 0)
        return io.fail({}, Cli::tr("--top expects a number of 0 or more"), Usage);
    Project p;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    QList<Id> journeys;
    if (int code = 0;
        !chooseJourneys(p, file, parser.value(QStringLiteral("journey")), io, &journeys, &code))
        return code;
    const QString period = parser.value(QStringLiteral("period"));
    const QString segment = parser.value(QStringLiteral("segment"));
    if (p.metrics.isEmpty())
        io.err << Cli::tr("%1: the project has no metrics yet; only feelings count (see "
                          "'waymark-cli import-metrics')")
                      .arg(file)
               << '\n';
    const auto kindName = [](TargetKind kind) { return toKey(kind); };
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray jsonJourneys;
    for (const Id &id : journeys) {
        const Journey &j = *p.journey(id);
        QList<FrictionPoint> points = Friction::rank(p, j, period, segment);
        if (top > 0) points = points.mid(0, top);
        const QList<Contradiction> contradictions = Friction::contradictions(p, j, period, segment);
        const QList<LeftOutMetric> leftOut = Friction::leftOut(p, j);
        const auto stageName = [&j](const Id &stage) {
            const int i = j.stageIndex(stage);
            return i >= 0 ? j.stages[i].name : QString();
        };
        if (json) {
            QJsonArray jp, jc, jl;
            int rank = 0;
            for (const FrictionPoint &f : points)
                jp.append(QJsonObject{
                    {QStringLiteral("rank"), ++rank},
                    {QStringLiteral("kind"), kindName(f.kind)},
                    {QStringLiteral("id"), idToString(f.id)},
                    {QStringLiteral("label"), f.label},
                    {QStringLiteral("stage"), stageName(f.stageId)},
                    {QStringLiteral("score"), std::round(f.score * 100) / 100},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(f.reasons)}});
            for (const Contradiction &c : contradictions)
                jc.append(QJsonObject{{QStringLiteral("kind"), kindName(c.kind)},
                                      {QStringLiteral("id"), idToString(c.id)},
                                      {QStringLiteral("text"), c.text}});
            for (const LeftOutMetric &l : leftOut)
                jl.append(QJsonObject{{QStringLiteral("metric"), l.name},
                                      {QStringLiteral("reason"), l.reason}});
            jsonJourneys.append(QJsonObject{{QStringLiteral("journey"), j.name},
                                            {QStringLiteral("id"), idToString(j.id)},
                                            {QStringLiteral("points"), jp},
                                            {QStringLiteral("contradictions"), jc},
                                            {QStringLiteral("leftOut"), jl}});
            continue;
        }
        io.out << j.name << '\n';
        if (points.isEmpty())
            io.out << "  " << Cli::tr("No friction: every value is within its thresholds.") << '\n';
        int rank = 0;
        for (const FrictionPoint &f : points) {
            io.out << Cli::tr("%1. %2 (%3) — friction %4")
                          .arg(QString::number(++rank).rightJustified(4),
                               f.label.simplified().left(80),
                               f.kind == TargetKind::Stage
                                   ? Cli::tr("stage")
                                   : Cli::tr("in \"%1\"").arg(stageName(f.stageId)),
                               QLocale().toString(f.score, 'f', 1))
                   << '\n';
            if (!f.reasons.isEmpty())
                io.out << "      " << f.reasons.join(QStringLiteral(", ")) << '\n';
        }
        for (const Contradiction &c : contradictions)
            io.out << "  " << Cli::tr("The map and the data disagree: %1").arg(c.text) << '\n';
        for (const LeftOutMetric &l : leftOut)
            io.out << "  " << Cli::tr("Left out: %1, because %2").arg(l.name, l.reason) << '\n';
    }
    if (json)
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("period"), period},
                                            {QStringLiteral("segment"), segment},
                                            {QStringLiteral("journeys"), jsonJourneys}})
                      .toJson(QJsonDocument::Indented);
    return Ok;
}

int runTable(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A CSV or XLSX file."));
    parser.addOption(
        {QStringLiteral("sheet"), Cli::tr("The sheet to read (XLSX)."), Cli::tr("NAME")});
    parser.addOption({QStringLiteral("json"),
                      Cli::tr("Print JSON: {\"columns\": [...], \"rows\": [[...], ...]}.")});
    if (const int code = parse(parser, QStringLiteral("table"), args, io,
                               Cli::tr("Shows the table Waymark reads from a CSV or XLSX file, "
                                       "so that you can see why an import went wrong."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    TableReader::Options options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    QString error;
    // Rows are kept as the text to print, not as strings and JSON values: a 1,000,000-row
    // table costs about its own size, not a gigabyte.
    const bool json = parser.isSet(QStringLiteral("json"));
    QByteArray printed;
    qint64 rowCount = 0;
    const auto table =
        TableReader::read(file, options, &error, [&](const QStringList &row, qint64) {
            if (json) {
                printed += rowCount ? ",\n        " : "        ";
                printed +=
                    QJsonDocument(QJsonArray::fromStringList(row)).toJson(QJsonDocument::Compact);
            } else {
                printed += row.join(u'\t').toUtf8() + '\n';
            }
            ++rowCount;
            return true;
        });
    if (!table) return io.fail({}, error);
    if (json) {
        QJsonObject root{{QStringLiteral("columns"), QJsonArray::fromStringList(table->columns)}};
        if (!table->sheets.isEmpty()) {
            root.insert(QStringLiteral("sheet"), table->sheet);
            root.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(table->sheets));
        } else {
            root.insert(QStringLiteral("encoding"), table->encoding);
            root.insert(QStringLiteral("delimiter"), QString(table->delimiter));
        }
        QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Indented);
        text.chop(2); // "}\n": the rows go last
        io.out << text << ",\n    \"rows\": [\n"
               << printed << (rowCount ? "\n" : "") << "    ]\n}\n";
        return Ok;
    }
    if (!table->sheets.isEmpty())
        io.out << Cli::tr("Sheet: %1 (of %2)")
                      .arg(table->sheet, table->sheets.join(QStringLiteral(", ")))
               << '\n';
    else
        io.out << Cli::tr("Encoding: %1, delimiter: %2")
                      .arg(table->encoding, table->delimiter == u'\t' ? QStringLiteral("tab")
                                                                      : QString(table->delimiter))
               << '\n';
    if (!table->note.isEmpty()) io.out << table->note << '\n';
    io.out << Cli::tr("%n row(s) after the header", nullptr, int(rowCount)) << "\n\n";
    io.out << table->columns.join(u'\t') << '\n';
    io.out << printed; // UTF-8
    return Ok;
}

} // namespace waymark::cli
