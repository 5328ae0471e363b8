// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/chartdata.h"
#include "analytics/overlay.h"
#include "analytics/period.h"
#include "document/templates.h"

#include <algorithm>
#include <QLocale>
#include <QTest>

using namespace waymark;

class TestOverlay : public QObject
{
    Q_OBJECT

    static MetricDefinition csat()
    {
        MetricDefinition m;
        m.id = newId();
        m.key = QStringLiteral("csat");
        m.name = QStringLiteral("CSAT");
        m.warning = 3.5;
        m.critical = 3.0;
        return m;
    }

private slots:
    void statusFollowsTheDirection()
    {
        MetricDefinition m = csat();
        QCOMPARE(MetricOverlay::status(m, 4.1), MetricStatus::Good);
        QCOMPARE(MetricOverlay::status(m, 3.5), MetricStatus::Warning);
        QCOMPARE(MetricOverlay::status(m, 2.9), MetricStatus::Critical);
        m.higherIsBetter = false;
        m.warning = 20;
        m.critical = 30;
        QCOMPARE(MetricOverlay::status(m, 12), MetricStatus::Good);
        QCOMPARE(MetricOverlay::status(m, 24), MetricStatus::Warning);
        QCOMPARE(MetricOverlay::status(m, 38), MetricStatus::Critical);
        m.warning.reset();
        m.critical.reset();
        QCOMPARE(MetricOverlay::status(m, 38), MetricStatus::None);
        // Three colours that stay apart for colour-blind viewers and in grey.
        QVERIFY(MetricOverlay::colour(MetricStatus::Good).lightness() !=
                MetricOverlay::colour(MetricStatus::Critical).lightness());
    }

    void oneNumberFormatPerMetric()
    {
        // 1.9 %, 9 % and 48.2 % side by side read as 1.9 %, 9.0 % and 48.2 %.
        Project p = makeProject(Template::FivePhases, QStringLiteral("T"), QStringLiteral("en"));
        MetricDefinition drop;
        drop.id = newId();
        drop.key = drop.name = QStringLiteral("Drop-off rate");
        drop.unit = QStringLiteral("%");
        drop.higherIsBetter = false;
        drop.warning = 20;
        drop.critical = 30;
        p.metrics.append(drop);
        const Journey &j = p.journeys.first();
        const double values[] = {1.9, 9, 48.2};
        for (int s = 0; s < 3; ++s)
            p.observations.append(
                {drop.id, TargetKind::Stage, j.stages[s].id, {}, {}, values[s], Id()});
        const MetricOverlay overlay(p, drop.id);
        QCOMPARE(overlay.value(j.stages[0].id)->text, QStringLiteral("1.9 %"));
        QCOMPARE(overlay.value(j.stages[1].id)->text, QStringLiteral("9.0 %"));
        QCOMPARE(overlay.value(j.stages[2].id)->text, QStringLiteral("48.2 %"));
        // Thresholds without padding: "warning above 20 %".
        QVERIFY2(overlay.legend().contains(QStringLiteral("warning above 20 %")),
                 qPrintable(overlay.legend()));
        // In the user's locale.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(MetricOverlay(p, drop.id).value(j.stages[1].id)->text, QStringLiteral("9,0 %"));
        QLocale::setDefault(before);
        // Counts from a thousand up without decimals; times all as m:ss once one needs it.
        MetricDefinition calls = drop;
        calls.unit.clear();
        QCOMPARE(MetricOverlay::decimalsFor(calls, {1200, 8740.5}), 0);
        MetricDefinition wait = drop;
        wait.unit = QStringLiteral("s");
        QCOMPARE(MetricOverlay::decimalsFor(wait, {45, 750}), -2);
        QCOMPARE(MetricOverlay::format(wait, 45, -2), QStringLiteral("0:45 min"));
        QCOMPARE(MetricOverlay::format(wait, 750, -2), QStringLiteral("12:30 min"));
        // Nobody has said which way is better: shown in grey, not judged, and said so.
        drop.directionKnown = false;
        p.metrics[0] = drop;
        const MetricOverlay open(p, drop.id);
        QCOMPARE(open.value(j.stages[2].id)->status, MetricStatus::None);
        QVERIFY(open.legend().contains(QStringLiteral("not judged")));
    }

    void periodsInTheOrderOfTime_data()
    {
        QTest::addColumn<QStringList>("ordered");
        const auto row = [](const char *name, std::initializer_list<const char *> items) {
            QStringList list;
            for (const char *i : items)
                list.append(QString::fromUtf8(i));
            QTest::newRow(name) << list;
        };
        row("iso months", {"2025-11", "2025-12", "2026-01", "2026-02"});
        row("german months", {"11.2025", "12.2025", "01.2026", "2.2026"});
        row("slashed months", {"12/2025", "01/2026", "03/2026"});
        row("iso dates", {"2025-12-31", "2026-01-31", "2026-02-28"});
        row("german dates", {"31.12.2025", "31.01.2026"});
        row("quarters", {"2025-Q4", "2026-Q1", "Q2 2026", "Q3/2026"});
        row("halves", {"H2 2025", "H1 2026", "2026 H2"});
        row("month names", {"Dez 2025", "Januar 2026", "Feb 2026", "März 2026", "Apr. 2026"});
        row("english names", {"December 2025", "Jan 2026", "March '26"});
        row("names without year", {"Jan", "Feb", "Mär", "Oct", "Dezember"});
        row("quarters without year", {"Q1", "Q2", "Q4"});
        row("years", {"2024", "2025", "2026"});
        row("natural order", {"Week 2", "Week 10", "Welle 3"});
    }

    void periodsInTheOrderOfTime()
    {
        QFETCH(QStringList, ordered);
        for (int i = 0; i + 1 < ordered.size(); ++i) {
            QVERIFY2(Period::less(ordered[i], ordered[i + 1]),
                     qPrintable(ordered[i] + QStringLiteral(" < ") + ordered[i + 1]));
            QVERIFY2(!Period::less(ordered[i + 1], ordered[i]),
                     qPrintable(ordered[i + 1] + QStringLiteral(" !< ") + ordered[i]));
        }
        QStringList shuffled = ordered;
        std::reverse(shuffled.begin(), shuffled.end());
        std::sort(shuffled.begin(), shuffled.end(), Period::less);
        QCOMPARE(shuffled, ordered);
        std::reverse(shuffled.begin(), shuffled.end());
        std::sort(shuffled.begin(), shuffled.end(), Period::Order());
        QCOMPARE(shuffled, ordered);
    }

    void latestIsTheLatestInTime()
    {
        // A German consultant's monthly files: December, then January.
        Project p = makeProject(Template::FivePhases, QStringLiteral("T"), QStringLiteral("de"));
        const MetricDefinition m = csat();
        p.metrics.append(m);
        const Id card = newId();
        p.observations.append(
            {m.id, TargetKind::Card, card, QStringLiteral("01.2026"), {}, 2.7, Id()});
        p.observations.append(
            {m.id, TargetKind::Card, card, QStringLiteral("12.2025"), {}, 3.9, Id()});
        const MetricOverlay latest(p, m.id);
        QCOMPARE(latest.value(card)->value, 2.7);
        QCOMPARE(latest.value(card)->previous, std::optional<double>(3.9));
        QCOMPARE(MetricOverlay::periods(p, m.id),
                 QStringList({QStringLiteral("12.2025"), QStringLiteral("01.2026")}));
    }

    void valuesPeriodsAndTrends()
    {
        Project p = makeProject(Template::FivePhases, QStringLiteral("T"), QStringLiteral("en"));
        const MetricDefinition m = csat();
        p.metrics.append(m);
        const Id card = newId(), stage = p.journeys[0].stages[0].id;
        auto add = [&](const Id &target, TargetKind kind, const QString &period,
                       const QString &segment, double v) {
            p.observations.append({m.id, kind, target, period, segment, v, Id()});
        };
        add(card, TargetKind::Card, QStringLiteral("2026-01"), {}, 3.2);
        add(card, TargetKind::Card, QStringLiteral("2026-02"), {}, 2.8);
        add(card, TargetKind::Card, QStringLiteral("2026-02"), QStringLiteral("new"), 4.4);
        add(stage, TargetKind::Stage, QStringLiteral("2026-01"), {}, 4.0);
        const MetricOverlay latest(p, m.id);
        QVERIFY(latest.isValid());
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.value(card)->value, 2.8);
        QCOMPARE(latest.value(card)->previous, std::optional<double>(3.2)); // falling
        QCOMPARE(latest.value(card)->status, MetricStatus::Critical);
        QCOMPARE(latest.value(stage)->value, 4.0);
        const MetricOverlay january(p, m.id, QStringLiteral("2026-01"));
        QCOMPARE(january.value(card)->value, 3.2);
        QVERIFY(!january.value(card)->previous);
        const MetricOverlay newcomers(p, m.id, {}, QStringLiteral("new"));
        QCOMPARE(newcomers.size(), 1);
        QCOMPARE(newcomers.value(card)->value, 4.4);
        QCOMPARE(MetricOverlay::periods(p, m.id),
                 QStringList({QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QCOMPARE(MetricOverlay::segments(p, m.id), QStringList({QStringLiteral("new")}));
        QCOMPARE(MetricOverlay::find(p, QStringLiteral("CSAT"))->id, m.id);
        QVERIFY(!MetricOverlay::find(p, QStringLiteral("nps")));
        QVERIFY(!MetricOverlay(p, newId()).isValid());
        QVERIFY(latest.legend().contains(QStringLiteral("higher is better")));
    }

    void formatsWithTheUnit()
    {
        MetricDefinition m = csat();
        QCOMPARE(MetricOverlay::format(m, 3.25), QStringLiteral("3.25"));
        m.unit = QStringLiteral("%");
        QCOMPARE(MetricOverlay::format(m, 38), QStringLiteral("38 %"));
        m.unit = QStringLiteral("s");
        QCOMPARE(MetricOverlay::format(m, 200), QStringLiteral("3:20 min"));
        QCOMPARE(MetricOverlay::format(m, 45), QStringLiteral("45 s"));
    }

    // The charts page labels each stage's bar in the metric's one format, and a stage
    // without values says so instead of showing 0.
    void stageChartsSayNoDataAndKeepTheFormat()
    {
        Project p = makeProject(Template::FivePhases, QStringLiteral("T"), QStringLiteral("en"));
        MetricDefinition m = csat();
        m.name = QStringLiteral("Drop-off rate");
        m.unit = QStringLiteral("%");
        m.higherIsBetter = false;
        p.metrics.append(m);
        const Journey &j = p.journeys[0];
        p.observations.append({m.id, TargetKind::Stage, j.stages[0].id, {}, {}, 14, Id()});
        p.observations.append({m.id, TargetKind::Stage, j.stages[1].id, {}, {}, 48.2, Id()});
        const StageSeries s = StageSeries::compute(p, j, m.id);
        QCOMPARE(s.metricText.size(), j.stages.size());
        QCOMPARE(s.metricText[0], QStringLiteral("14.0 %"));
        QCOMPARE(s.metricText[1], QStringLiteral("48.2 %"));
        QCOMPARE(s.metricText[2], QStringLiteral("no data"));
        QCOMPARE(s.metric[2], 0.0);
        QCOMPARE(s.metricName, m.name);
        // Without a metric there is nothing to label.
        QVERIFY(StageSeries::compute(p, j, Id()).metricText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOverlay)
#include "tst_overlay.moc"
