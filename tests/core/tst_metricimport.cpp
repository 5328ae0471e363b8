// SPDX-License-Identifier: GPL-3.0-or-later
// The cases are tables of literal text; plain string literals keep them readable.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "document/document.h"
#include "document/templates.h"
#include "io/metricimport.h"
#include "storage/checker.h"
#include "storage/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

class TestMetricImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Document> sample(QString *file)
    {
        Project p;
        QString error;
        sampleProject("en", &p, &error);
        *file = m_dir.filePath(QString("m%1.waymark").arg(++m_n));
        return Document::create(*file, p, &error);
    }
    static Table longTable(const QList<QStringList> &rows)
    {
        Table t;
        t.columns = {"target", "metric", "value", "period", "segment"};
        t.rows = rows;
        return t;
    }
    static const Observation *find(const Project &p, const QString &metricKey, const Id &target,
                                   const QString &period = {})
    {
        const MetricDefinition *def = nullptr;
        for (const MetricDefinition &m : p.metrics)
            if (m.key == metricKey) def = &m;
        if (!def) return nullptr;
        for (const Observation &o : p.observations)
            if (o.metricId == def->id && o.targetId == target && o.period == period) return &o;
        return nullptr;
    }

private slots:
    void matchesTargetsAndListsTheRest()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        // Two cards share the key: the touchpoint and a KPI card. The touchpoint gets the values.
        const Card *form = nullptr;
        for (const Card &c : j.cards)
            if (c.touchpointKey == "renewal-form" &&
                j.lanes[j.laneIndex(c.laneId)].kind == LaneKind::Touchpoints)
                form = &c;
        QVERIFY(form);
        const Table table = longTable({{"renewal-form", "drop-off", "38 %", "2026-Q1", ""},
                                       {"Tariff page", "CSAT", "2.9", "2026-Q1", ""},
                                       {"compare offers", "NPS", "12", "2026-Q1", ""},
                                       {"renwal form", "csat", "3", "2026-Q1", ""},
                                       {"renewal-form", "Abbruchrate", "0.41", "2026-Q2", ""}});
        const MetricImportPlan plan =
            MetricImporter::plan(doc->project(), table, "kpis.csv", MetricMapping::guess(table));
        QVERIFY(plan.problems.isEmpty());
        QCOMPARE(plan.added.size(), 4);
        QCOMPARE(plan.unmatched.size(), 1);
        QCOMPARE(plan.unmatched[0].row, 5);
        QCOMPARE(plan.unmatched[0].suggestion, QString("Renewal form"));
        // Known KPIs come with their defaults. Names stay as written: "Abbruchrate" is a
        // drop-off metric of its own name; "CSAT" and "csat" are one.
        QCOMPARE(plan.newMetrics.size(), 4);
        QVERIFY(doc->importMetrics(plan));
        const Project &p = doc->project();
        QVERIFY(find(p, "drop-off", form->id, "2026-Q1"));
        QCOMPARE(find(p, "drop-off", form->id, "2026-Q1")->value, 38.0);
        QVERIFY(find(p, "abbruchrate", form->id, "2026-Q2"));
        QCOMPARE(find(p, "abbruchrate", form->id, "2026-Q2")->value, 41.0); // a share of 1
        for (const MetricDefinition &m : p.metrics)
            if (m.key == "abbruchrate") {
                QCOMPARE(m.name, QString("Abbruchrate"));
                QCOMPARE(m.kind, QString("drop-off"));
                QVERIFY(!m.higherIsBetter);
            }
        for (const MetricDefinition &m : p.metrics)
            if (m.key == "csat") {
                QCOMPARE(m.warning, std::optional<double>(3.5));
                QVERIFY(m.higherIsBetter);
            }
        QVERIFY(find(p, "nps", j.stages[1].id, "2026-Q1")); // the current state's stage
        QCOMPARE(find(p, "nps", j.stages[1].id, "2026-Q1")->targetKind, TargetKind::Stage);
        // The file has it, undo takes it all back, and the file checks out.
        QCOMPARE(reopenCount(file), 4);
        QCOMPARE(doc->undoStack()->undoText(), QString("Import metrics from \"kpis.csv\""));
        doc->undoStack()->undo();
        QVERIFY(doc->project().observations.isEmpty());
        QVERIFY(doc->project().metrics.isEmpty());
        QCOMPARE(reopenCount(file), 0);
        doc->undoStack()->redo();
        QCOMPARE(reopenCount(file), 4);
        doc.reset();
        const CheckReport check = checkProjectFile(file);
        QVERIFY(check.opened);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
    }

    void valuesGoAndComeBackWithTheirTargets()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        const Table table = longTable({{"renewal-form", "drop-off", "38 %", "2026-Q1", ""},
                                       {"renewal-form", "drop-off", "31 %", "2026-Q2", ""},
                                       {"Tariff page", "CSAT", "2.9", "2026-Q1", ""},
                                       {"compare offers", "NPS", "12", "2026-Q1", ""}});
        QVERIFY(doc->importMetrics(
            MetricImporter::plan(doc->project(), table, "kpis.csv", MetricMapping::guess(table))));
        const QList<Observation> before = doc->project().observations;
        QCOMPARE(before.size(), 4);
        const Id form = before[0].targetId;
        const Id stage = before[3].targetId;
        QCOMPARE(before[3].targetKind, TargetKind::Stage);
        const auto orphans = [](const Project &p) {
            int n = 0;
            for (const Observation &o : p.observations) {
                bool found = false;
                for (const Journey &jj : p.journeys)
                    found = found || jj.id == o.targetId || jj.card(o.targetId) ||
                            jj.stageIndex(o.targetId) >= 0;
                n += found ? 0 : 1;
            }
            return n;
        };
        // A deleted card takes its two values along; undo brings them back in their place.
        QVERIFY(doc->removeCards(j.id, {form}));
        QCOMPARE(doc->project().observations.size(), 2);
        QCOMPARE(orphans(doc->project()), 0);
        QCOMPARE(reopenCount(file), 2);
        QVERIFY2(checkProjectFile(file).problems.isEmpty(),
                 qPrintable(checkProjectFile(file).problems.join(u'\n')));
        doc->undoStack()->undo();
        QCOMPARE(doc->project().observations, before);
        QCOMPARE(reopenCount(file), 4);
        doc->undoStack()->redo();
        QCOMPARE(reopenCount(file), 2);
        doc->undoStack()->undo();
        // A stage, many cards at once, a whole journey.
        QVERIFY(doc->removeStage(j.id, stage));
        QCOMPARE(orphans(doc->project()), 0);
        QVERIFY(doc->project().observations.size() < 4);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().observations, before);
        QList<Id> all;
        for (const Card &c : j.cards)
            all.append(c.id);
        QVERIFY(all.size() > 32);
        QVERIFY(doc->removeCards(j.id, all));
        QCOMPARE(doc->project().observations.size(), 1); // the stage's value stays
        doc->undoStack()->undo();
        QVERIFY(doc->removeJourney(j.id));
        QVERIFY(doc->project().observations.isEmpty());
        QCOMPARE(reopenCount(file), 0);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().observations, before);
        QCOMPARE(reopenCount(file), 4);
        // Moving many cards removes nothing and leaves the values alone.
        const Journey &again = doc->project().journeys[0];
        QList<Id> moved;
        for (const Card &c : again.cards)
            moved.append(c.id);
        QVERIFY(doc->moveCards(again.id, moved, {again.stages[0].id, again.lanes[0].id, 0}));
        QCOMPARE(doc->project().observations, before);
        doc.reset();
        QVERIFY(checkProjectFile(file).problems.isEmpty());
    }

    void reimportUpdatesInsteadOfDuplicating()
    {
        QString file;
        auto doc = sample(&file);
        Table table = longTable({{"renewal-form", "csat", "3,1", "Jan", "new"},
                                 {"renewal-form", "csat", "3,5", "Jan", "existing"}});
        MetricMapping mapping = MetricMapping::guess(table);
        QCOMPARE(mapping.mark, NumberParse::DecimalMark::Comma);
        QVERIFY(
            doc->importMetrics(MetricImporter::plan(doc->project(), table, "jan.csv", mapping)));
        const ObservationKey firstKey = doc->project().observations[0].key();
        // The same file again: nothing to do.
        MetricImportPlan again = MetricImporter::plan(doc->project(), table, "jan.csv", mapping);
        QCOMPARE(again.unchanged, 2);
        QVERIFY(again.added.isEmpty());
        QVERIFY(!doc->importMetrics(again));
        // A newer export: one value changed, updated in place.
        table.rows[0][2] = "2,8";
        MetricImportPlan newer = MetricImporter::plan(doc->project(), table, "jan-v2.csv", mapping);
        QCOMPARE(newer.changed.size(), 1);
        QCOMPARE(newer.unchanged, 1);
        QVERIFY(doc->importMetrics(newer));
        QCOMPARE(doc->project().observations.size(), 2);
        QCOMPARE(doc->project().observations[0].key(), firstKey);
        QCOMPARE(doc->project().observations[0].value, 2.8);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().observations[0].value, 3.1);
    }

    void problemsRefuseTheWholeImport()
    {
        QString file;
        auto doc = sample(&file);
        doc.reset();
        const QByteArray before = checksum(file);
        OpenResult r;
        doc = Document::open(file, Store::Access::ReadWrite, &r);
        const Table table = longTable({{"renewal-form", "csat", "3.1", "", ""},
                                       {"renewal-form", "csat", "n/a", "", ""},
                                       {"Tariff page", "", "4", "", ""},
                                       {"renewal-form", "csat", "3.2", "", ""}});
        const MetricImportPlan plan =
            MetricImporter::plan(doc->project(), table, "bad.csv", MetricMapping::guess(table));
        const QStringList report = plan.report("bad.csv");
        QCOMPARE(report.size(), 3);
        // The message says how the number was read.
        QCOMPARE(report[0],
                 QString("bad.csv:3:3: \"n/a\" is not a number (read with a decimal point)"));
        QCOMPARE(report[1], QString("bad.csv:4:2: the metric is empty"));
        QVERIFY(report[2].startsWith("bad.csv:5:3: the table has this value twice"));
        QVERIFY(!doc->importMetrics(plan));
        QVERIFY(doc->project().observations.isEmpty());
        QCOMPARE(doc->undoStack()->count(), 0);
        doc.reset();
        QCOMPARE(checksum(file), before);
    }

    void valuesOutsideTheScaleAreRefused()
    {
        QString file;
        auto doc = sample(&file);
        const Table first = longTable({{"renewal-form", "csat", "3.1", "", ""}});
        QVERIFY(doc->importMetrics(
            MetricImporter::plan(doc->project(), first, "a.csv", MetricMapping::guess(first))));
        const auto &csat = doc->project().metrics[0];
        QVERIFY(csat.scaleMax);
        // A CSAT of 9 on a 1-5 scale, and a number that would be infinite, never get in.
        const Table next = longTable({{"renewal-form", "csat", "9", "2026-10", ""},
                                      {"renewal-form", "csat", "1e308 d", "2026-11", ""}});
        const MetricImportPlan plan =
            MetricImporter::plan(doc->project(), next, "b.csv", MetricMapping::guess(first));
        const QStringList report = plan.report("b.csv");
        QCOMPARE(report.size(), 2);
        QVERIFY2(report[0].startsWith("b.csv:2:3: the value 9 is outside the scale of"),
                 qPrintable(report[0]));
        QVERIFY2(report[1].contains("is not a number"), qPrintable(report[1]));
        QVERIFY(!doc->importMetrics(plan));
        QCOMPARE(doc->project().observations.size(), 1);
    }

    void wideFormatAndSavedMapping()
    {
        QString file;
        auto doc = sample(&file);
        Table wide;
        wide.columns = {"Step", "Conversion", "CSAT", "Visits"};
        wide.rows = {{"Tariff page", "42 %", "3.9", "12,000"}, {"Renewal form", "", "3.1", "800"}};
        const MetricMapping mapping = MetricMapping::guess(wide);
        QVERIFY(mapping.wide);
        QCOMPARE(mapping.metricColumns, QList<int>({1, 2, 3}));
        const MetricImportPlan plan =
            MetricImporter::plan(doc->project(), wide, "wide.xlsx", mapping);
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.report("wide").join('\n')));
        QCOMPARE(plan.added.size(), 5); // an empty cell is no value
        QString error;
        const auto back = MetricMapping::fromJson(mapping.toJson(), &error);
        QVERIFY(back);
        QCOMPARE(back->toJson(), mapping.toJson());
        QVERIFY(!MetricMapping::fromJson(QJsonObject{{"shape", "round"}}, &error));
        QVERIFY(error.contains("long"));
        QVERIFY(doc->importMetrics(plan));
        QCOMPARE(doc->project().imports.size(), 1);
        QCOMPARE(doc->project().imports[0].rowCount, 2);
        QVERIFY(doc->project().imports[0].mapping.contains("\"wide\""));
    }

    void thresholdsAreEditable()
    {
        QString file;
        auto doc = sample(&file);
        const Table table = longTable({{"renewal-form", "csat", "3.4", "", ""}});
        QVERIFY(doc->importMetrics(
            MetricImporter::plan(doc->project(), table, "k.csv", MetricMapping::guess(table))));
        MetricDefinition m = doc->project().metrics[0];
        m.warning = 3.2;
        m.critical = 2.8;
        m.name = "Customer satisfaction";
        QVERIFY(doc->changeMetric(m));
        QCOMPARE(doc->undoStack()->undoText(), QString("Edit metric \"Customer satisfaction\""));
        OpenResult r;
        {
            auto store = Store::open(file, Store::Access::ReadOnly, &r);
            Project p;
            QString error;
            QVERIFY(store && store->load(&p, &error));
            QCOMPARE(p.metrics[0].warning, std::optional<double>(3.2));
        }
        doc->undoStack()->undo();
        QCOMPARE(doc->project().metrics[0].warning, std::optional<double>(3.5));
        // Critical must be worse than warning.
        m.critical = 3.9;
        QVERIFY(!doc->changeMetric(m));
        QVERIFY(doc->refusalReason().contains("critical"));
        m.critical = 2.8;
        m.name = "  ";
        QVERIFY(!doc->changeMetric(m));
    }

    // The "done when": ordinary KPI files, English and German, long and wide, with and
    // without units; the touchpoints with the worst data come first, explained in the
    // metrics' own names.
    void firstRealProject_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("first"); // empty: any of the three
        QTest::addColumn<QStringList>("names");
        const QStringList en{"Tariff page", "Hotline", "Renewal form"};
        QTest::newRow("en wide") << "kpis-en-wide.csv"
                                 << "en"
                                 << "" << QStringList{"CSAT", "Drop-off rate", "Call volume"};
        QTest::newRow("en wide units")
            << "kpis-en-wide-units.csv"
            << "en"
            << "Hotline"
            << QStringList{"CSAT (1-5)", "Drop-off rate", "Contacts", "Avg. waiting time"};
        QTest::newRow("en long") << "kpis-en-long.csv"
                                 << "en"
                                 << "Hotline"
                                 << QStringList{"Customer satisfaction", "Exit rate", "Contacts",
                                                "Waiting time"};
        QTest::newRow("de wide, Excel CSV")
            << "kpis-de-wide.csv"
            << "de"
            << "Hotline"
            << QStringList{"Kundenzufriedenheit (CSAT)", "Abbruchrate", "Anrufvolumen",
                           "Wartezeit"};
        QTest::newRow("de long") << "kpis-de-long.csv"
                                 << "de"
                                 << "Hotline"
                                 << QStringList{"Zufriedenheit", "Abbruchrate", "Kontakte",
                                                "Wartezeit"};
        QTest::newRow("de xlsx, openpyxl")
            << "kpis-de-wide.xlsx"
            << "de"
            << "Hotline"
            << QStringList{"Kundenzufriedenheit (CSAT)", "Abbruchrate", "Anrufvolumen",
                           "Wartezeit"};
        QTest::newRow("de xlsx, LibreOffice")
            << "kpis-de-wide-libreoffice.xlsx"
            << "de"
            << "Hotline"
            << QStringList{"Kundenzufriedenheit (CSAT)", "Abbruchrate", "Anrufvolumen",
                           "Wartezeit"};
    }

    void firstRealProject()
    {
        QFETCH(QString, file);
        QFETCH(QString, lang);
        QFETCH(QString, first);
        QFETCH(QStringList, names);
        Project sampleP;
        QString error;
        QVERIFY(sampleProject(lang, &sampleP, &error));
        const QString path = m_dir.filePath(QString("real%1.waymark").arg(++m_n));
        auto doc = Document::create(path, sampleP, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString table = QString(WAYMARK_TESTDATA "/tables/") + file;
        // What the CLI and the dialog do: a sample for the guess, then the whole file.
        Table head;
        int n = 0;
        const auto read = TableReader::read(table, {}, &error, [&](const QStringList &r, qint64) {
            head.rows.append(r);
            return ++n < 200;
        });
        QVERIFY2(read, qPrintable(error));
        head.columns = read->columns;
        const auto plan =
            MetricImporter::plan(doc->project(), table, {}, MetricMapping::guess(head), &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY2(plan->problems.isEmpty(), qPrintable(plan->report(file).join('\n')));
        QVERIFY2(plan->unmatched.isEmpty(), qPrintable(plan->unmatched.value(0).target));
        QVERIFY2(plan->undirected().isEmpty(), qPrintable(plan->undirected().join(", ")));
        QVERIFY(plan->added.size() > 25);
        // Every target is a touchpoint, also where a picture card has the same text
        // ("Reminder letter" in the Images lane).
        for (const Observation &o : plan->added) {
            const Journey &j0 = doc->project().journeys[0];
            const Card *c = j0.card(o.targetId);
            QVERIFY(c);
            QCOMPARE(j0.lanes[j0.laneIndex(c->laneId)].kind, LaneKind::Touchpoints);
        }
        QVERIFY(doc->importMetrics(*plan));
        // Names as written (a unit in brackets is the unit, not the name).
        QStringList stored;
        for (const MetricDefinition &m : doc->project().metrics)
            stored.append(m.name);
        for (const QString &name : names)
            QVERIFY2(stored.contains(name) ||
                         stored.contains(MetricRecognition::splitUnit(name).name),
                     qPrintable(name + " not in " + stored.join(", ")));
        // The worst three are the hotline, the tariff page and the renewal form.
        const Journey &j = doc->project().journeys[0];
        const QList<FrictionPoint> ranked = Friction::rank(doc->project(), j);
        QVERIFY(ranked.size() >= 3);
        QSet<QString> top;
        for (const FrictionPoint &f : ranked.mid(0, 3))
            top.insert(f.label);
        const QSet<QString> expected =
            lang == "en" ? QSet<QString>{"Tariff page", "Hotline", "Renewal form"}
                         : QSet<QString>{"Tarifseite", "Hotline", "Verlängerungsformular"};
        QCOMPARE(top, expected);
        if (!first.isEmpty()) QCOMPARE(ranked[0].label, first);
        // The hotline is explained by its satisfaction of 2.2 in the latest month (January,
        // after December in time whatever the period's spelling), weighted by its volume.
        for (const FrictionPoint &f : ranked)
            if (f.label == "Hotline") {
                const QString why = f.reasons.join(" | ");
                QVERIFY2(why.contains(" 2.2 (critical below 3)"), qPrintable(why));
                QVERIFY2(why.contains("×"), qPrintable(why));
            }
        // Nothing left unjudged but volume; the survey is not a friction point.
        QCOMPARE(Friction::leftOut(doc->project(), j).size(), 0);
        for (const FrictionPoint &f : ranked.mid(0, 5))
            QVERIFY(f.label != "Satisfaction survey" && f.label != "Zufriedenheitsumfrage");
        // The same file again changes nothing.
        const auto again =
            MetricImporter::plan(doc->project(), table, {}, MetricMapping::guess(head), &error);
        QVERIFY(again);
        QVERIFY(again->added.isEmpty());
        QVERIFY(again->changed.isEmpty());
        QCOMPARE(again->unchanged, int(plan->added.size()));
    }

    void decimalMarkIsReadPerFile()
    {
        QString file;
        auto doc = sample(&file);
        Table german;
        german.columns = {"Touchpoint", "CSAT"};
        german.rows = {{"hotline", "2,2"}, {"shop", "4,5"}};
        const MetricMapping first = MetricMapping::guess(german);
        QCOMPARE(first.mark, NumberParse::DecimalMark::Comma);
        QVERIFY(doc->importMetrics(MetricImporter::plan(doc->project(), german, "de.csv", first)));
        // Next month's file with the same columns, from an English export: the mapping is
        // reused, the decimal mark is this file's own.
        Table english = german;
        english.rows = {{"hotline", "3.2"}, {"shop", "4.4"}};
        const auto last = MetricMapping::lastFitting(doc->project(), english);
        QVERIFY(last);
        QCOMPARE(last->mark, NumberParse::DecimalMark::Point);
        const MetricImportPlan plan =
            MetricImporter::plan(doc->project(), english, "en.csv", *last);
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.report("en.csv").join('\n')));
        QCOMPARE(plan.changed.size(), 2);
        QCOMPARE(plan.changed[0].second.value, 3.2);
        // A file with other columns does not take the last mapping.
        Table other;
        other.columns = {"Name", "E-Mail"};
        other.rows = {{"Anna", "a@example.org"}};
        QVERIFY(!MetricMapping::lastFitting(doc->project(), other));
    }

    void directionsAreAskedAndKept()
    {
        QString file;
        auto doc = sample(&file);
        Table t;
        t.columns = {"Touchpoint", "Score X"};
        t.rows = {{"hotline", "1"}, {"shop", "4"}, {"tariff-page", "3"}};
        MetricMapping m = MetricMapping::guess(t);
        // Never silently "higher is better": the plan says it is open, with a guess.
        const MetricImportPlan open = MetricImporter::plan(doc->project(), t, "x.csv", m);
        QCOMPARE(open.undirected(), QStringList{"Score X"});
        QVERIFY(!open.newMetrics[0].directionKnown);
        // Imported as it is: shown, not judged. (Cards in memory are in no fixed order, so
        // the card without a value is looked for, not taken as the first.)
        QVERIFY(doc->importMetrics(open));
        const Id metric = doc->project().metrics[0].id;
        const Card *untouched = nullptr;
        for (const Card &c : doc->project().journeys[0].cards)
            if (c.touchpointKey.isEmpty() && !untouched) untouched = &c;
        QVERIFY(untouched);
        QCOMPARE(MetricOverlay(doc->project(), metric).value(untouched->id), nullptr);
        const auto hotline = [&] {
            for (const Card &c : doc->project().journeys[0].cards)
                if (c.touchpointKey == "hotline") return c.id;
            return Id();
        }();
        QCOMPARE(MetricOverlay(doc->project(), metric).value(hotline)->status, MetricStatus::None);
        // Next month the user says lower is better: the existing metric changes in the same
        // step as the values, thresholds follow its 1-5 scale, and the choice is kept.
        t.rows = {{"hotline", "4"}, {"shop", "4"}, {"tariff-page", "3"}};
        m.directions.insert("Score X", false);
        const MetricImportPlan decided = MetricImporter::plan(doc->project(), t, "y.csv", m);
        QVERIFY(decided.undirected().isEmpty());
        QCOMPARE(decided.changedMetrics.size(), 1);
        QVERIFY(doc->importMetrics(decided));
        const MetricDefinition after = doc->project().metrics[0];
        QVERIFY(after.directionKnown);
        QVERIFY(!after.higherIsBetter);
        QCOMPARE(after.warning, std::optional<double>(2.5));
        QCOMPARE(MetricOverlay(doc->project(), metric).value(hotline)->status,
                 MetricStatus::Critical);
        QCOMPARE(reopenMetric(file, metric).directionKnown, true);
        QVERIFY(doc->project().imports.last().mapping.contains("\"directions\""));
        // Undo takes back the values and the direction together.
        doc->undoStack()->undo();
        QVERIFY(!doc->project().metrics[0].directionKnown);
        QCOMPARE(reopenMetric(file, metric).directionKnown, false);
        doc->undoStack()->redo();
        // The following file is not asked about again.
        m.directions.clear();
        QVERIFY(MetricImporter::plan(doc->project(), t, "z.csv", m).undirected().isEmpty());
    }

    void tablesWithoutMetricsAreRefused()
    {
        QString file;
        auto doc = sample(&file);
        Table contacts;
        contacts.columns = {"Name", "E-Mail", "Telefon"};
        contacts.rows = {{"Anna", "anna@example.org", "0171 1234567"},
                         {"Tom", "tom@example.org", "+49 30 1234"}};
        const MetricMapping m = MetricMapping::guess(contacts);
        QVERIFY(m.valueColumns().isEmpty()); // phone numbers are no measures
        const MetricImportPlan plan = MetricImporter::plan(doc->project(), contacts, "c.csv", m);
        QVERIFY(plan.problems.isEmpty());
        QVERIFY(plan.unmatched.isEmpty()); // nothing is matched when nothing can be imported
        QVERIFY2(plan.refusal.contains("no metric columns"), qPrintable(plan.refusal));
        QVERIFY(plan.refusal.contains("Expected"));
        QVERIFY(!plan.canImport());
        QVERIFY(!doc->importMetrics(plan));
        QCOMPARE(doc->refusalReason(), plan.refusal);
        QCOMPARE(doc->undoStack()->count(), 0);
        // Only unmatched targets: refused, and said so.
        Table strangers;
        strangers.columns = {"Touchpoint", "CSAT"};
        strangers.rows = {{"Fax", "3"}, {"Telex", "2"}, {"Fax", "4"}};
        const MetricImportPlan none = MetricImporter::plan(doc->project(), strangers, "s.csv",
                                                           MetricMapping::guess(strangers));
        QVERIFY2(none.refusal.contains("none of the table's targets"), qPrintable(none.refusal));
        // One line per target, with its rows.
        const auto grouped = none.unmatchedTargets();
        QCOMPARE(grouped.size(), 2);
        QCOMPARE(grouped[0].target, QString("Fax"));
        QCOMPARE(grouped[0].rows, (QList<qint64>{2, 4}));
        QCOMPARE(grouped[1].rows, (QList<qint64>{3}));
    }

    void olderProjectsKeepTheirMetrics()
    {
        // A schema-2 project imported "Abbruchrate" as the metric "drop-off"; next month's
        // file updates that metric instead of adding a second one.
        const QString file = m_dir.filePath("format2.waymark");
        QVERIFY(QFile::copy(WAYMARK_TESTDATA "/projects/format-2.waymark", file));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        OpenResult r;
        auto doc = Document::open(file, Store::Access::ReadWrite, &r);
        QVERIFY2(doc, qPrintable(r.error));
        const qsizetype metrics = doc->project().metrics.size();
        Table t;
        t.columns = {"Touchpoint", "Kennzahl", "Monat", "Wert"};
        t.rows = {{"renewal-form", "Abbruchrate", "01.2026", "12 %"}};
        const MetricImportPlan plan =
            MetricImporter::plan(doc->project(), t, "jan.csv", MetricMapping::guess(t));
        QVERIFY(plan.newMetrics.isEmpty());
        QCOMPARE(plan.added.size(), 1);
        QVERIFY(doc->importMetrics(plan));
        QCOMPARE(doc->project().metrics.size(), metrics);
        QCOMPARE(doc->store().schemaVersion(), SchemaPlan::builtIn().currentVersion);
        doc.reset();
        QVERIFY(checkProjectFile(file).problems.isEmpty());
    }

    void streamsFromFiles()
    {
        QString file;
        auto doc = sample(&file);
        const QString csv = m_dir.filePath("long.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("target;metric;value;period\n");
        for (int i = 0; i < 12; ++i)
            f.write(QString("renewal-form;drop-off;%1,5 %;2026-%2\n")
                        .arg(20 + i)
                        .arg(i + 1, 2, 10, QChar('0'))
                        .toUtf8());
        f.close();
        Table head;
        head.columns = {"target", "metric", "value", "period"};
        head.rows = {{"renewal-form", "drop-off", "20,5 %", "2026-01"}};
        QString error;
        const auto plan =
            MetricImporter::plan(doc->project(), csv, {}, MetricMapping::guess(head), &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->added.size(), 12);
        QCOMPARE(plan->added.last().value, 31.5);
        QCOMPARE(plan->added.last().period, QString("2026-12"));
        QVERIFY(!MetricImporter::plan(doc->project(), m_dir.filePath("none.csv"), {},
                                      MetricMapping(), &error));
        QVERIFY(error.contains("none.csv"));
    }

private:
    static MetricDefinition reopenMetric(const QString &file, const Id &id)
    {
        OpenResult r;
        auto store = Store::open(file, Store::Access::ReadOnly, &r);
        Project p;
        QString error;
        if (!store || !store->load(&p, &error)) return {};
        for (const MetricDefinition &m : p.metrics)
            if (m.id == id) return m;
        return {};
    }
    static int reopenCount(const QString &file)
    {
        OpenResult r;
        auto store = Store::open(file, Store::Access::ReadOnly, &r);
        Project p;
        QString error;
        if (!store || !store->load(&p, &error)) return -1;
        return int(p.observations.size());
    }
};

QTEST_MAIN(TestMetricImport)
#include "tst_metricimport.moc"
