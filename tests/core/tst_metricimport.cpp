// SPDX-License-Identifier: GPL-3.0-or-later
// The cases are tables of literal text; plain string literals keep them readable.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "document/document.h"
#include "document/templates.h"
#include "io/metricimport.h"
#include "storage/checker.h"

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
        QVERIFY(doc->lastError().contains("critical"));
        m.critical = 2.8;
        m.name = "  ";
        QVERIFY(!doc->changeMetric(m));
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
