// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "document/templates.h"

#include <QTest>

using namespace waymark;

// A small journey worked out by hand: three touchpoints with drop-off, CSAT and volume.
class TestFriction : public QObject
{
    Q_OBJECT
    Project m_p;
    Id m_a, m_b, m_c, m_pain, m_happy;

    Id card(int stage, LaneKind kind, const QString &text, std::optional<int> emotion = {})
    {
        Journey &j = m_p.journeys[0];
        int lane = 0;
        for (int l = 0; l < j.lanes.size(); ++l)
            if (j.lanes[l].kind == kind) lane = l;
        Card c;
        c.id = newId();
        c.stageId = j.stages[stage].id;
        c.laneId = j.lanes[lane].id;
        c.order = j.cellSize(c.stageId, c.laneId);
        c.text = text;
        c.emotion = emotion;
        j.cards.append(c);
        return c.id;
    }
    Id metric(const QString &key, bool higher, double warning, double critical)
    {
        MetricDefinition m;
        m.id = newId();
        m.key = key;
        m.name = key;
        m.higherIsBetter = higher;
        m.warning = warning;
        m.critical = critical;
        m_p.metrics.append(m);
        return m.id;
    }
    void value(const Id &metric, const Id &target, double v)
    {
        m_p.observations.append({metric, TargetKind::Card, target, {}, {}, v, Id()});
    }

private slots:
    void initTestCase()
    {
        m_p = makeProject(Template::FivePhases, QStringLiteral("T"), QStringLiteral("en"));
        m_p.journeys[0].cards.clear();
        m_a = card(0, LaneKind::Touchpoints, QStringLiteral("A"));
        m_b = card(1, LaneKind::Touchpoints, QStringLiteral("B"));
        m_c = card(2, LaneKind::Touchpoints, QStringLiteral("C"));
        m_pain = card(2, LaneKind::PainPoints, QStringLiteral("Waiting"));
        m_happy = card(0, LaneKind::Feelings, QStringLiteral("Glad"), 2);
        const Id drop = metric(QStringLiteral("drop-off"), false, 20, 30);
        const Id csat = metric(QStringLiteral("csat"), true, 3.5, 3.0);
        MetricDefinition volume;
        volume.id = newId();
        volume.key = QStringLiteral("calls");
        volume.name = QStringLiteral("Calls");
        volume.kind = QStringLiteral("volume"); // volume by kind, whatever its name
        m_p.metrics.append(volume);
        // A: drop-off 38 -> critical: 2 + (38-30)/10 = 2.8; CSAT 3.2 -> warning: 1 + 0.3/0.5
        //    = 1.6; volume 4,000 against a median of 1,000 -> weight 2. Friction 8.8.
        value(drop, m_a, 38);
        value(csat, m_a, 3.2);
        value(volume.id, m_a, 4000);
        // B: drop-off 25 -> warning: 1.5; volume 250 -> weight 0.5. Friction 0.75.
        value(drop, m_b, 25);
        value(volume.id, m_b, 250);
        // C: healthy, volume at the median. No friction.
        value(drop, m_c, 10);
        value(volume.id, m_c, 1000);
        // The pain point's only metric is healthy: a contradiction.
        value(csat, m_pain, 4.5);
    }

    void ranksAsWorkedOut()
    {
        const QList<FrictionPoint> points = Friction::rank(m_p, m_p.journeys[0]);
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].id, m_a);
        QCOMPARE(points[0].score, 8.8);
        QCOMPARE(points[1].id, m_b);
        QCOMPARE(points[1].score, 0.75);
        QVERIFY(points[0].reasons.join(u'|').contains(
            QStringLiteral("drop-off 38 (critical above 30)")));
        // One number format per metric: CSAT has 3.2 and 4.5, so one decimal; thresholds
        // without padding zeros.
        QVERIFY2(
            points[0].reasons.join(u'|').contains(QStringLiteral("csat 3.2 (warning below 3.5)")),
            qPrintable(points[0].reasons.join(u'|')));
        QVERIFY(points[0].reasons.join(u'|').contains(QStringLiteral("×2.0")));
    }

    void feelingsAddFriction()
    {
        Project p = m_p;
        Journey &j = p.journeys[0];
        for (Card &c : j.cards)
            if (c.id == m_happy) c.emotion = -3;
        const QList<FrictionPoint> points = Friction::rank(p, j);
        // The sad feeling adds 1.5, to the card and to its stage (the stage's average).
        bool card = false, stage = false;
        for (const FrictionPoint &f : points) {
            if (f.id == m_happy) card = f.score == 1.5;
            if (f.kind == TargetKind::Stage && f.id == j.stages[0].id) stage = f.score == 1.5;
        }
        QVERIFY(card);
        QVERIFY(stage);
    }

    void undecidedMetricsAreLeftOutAndListed()
    {
        Project p = m_p;
        // Nobody has said which way is better: a value of 1 is not judged at all. A metric
        // with a direction but no thresholds is not judged either. Both are listed, with why.
        MetricDefinition open;
        open.id = newId();
        open.key = open.name = QStringLiteral("Score X");
        open.directionKnown = false;
        open.warning = 3;
        open.critical = 2;
        p.metrics.append(open);
        MetricDefinition bare;
        bare.id = newId();
        bare.key = bare.name = QStringLiteral("Revenue");
        bare.higherIsBetter = true;
        p.metrics.append(bare);
        p.observations.append({open.id, TargetKind::Card, m_c, {}, {}, 1, Id()});
        p.observations.append({bare.id, TargetKind::Card, m_c, {}, {}, 5, Id()});
        for (const FrictionPoint &f : Friction::rank(p, p.journeys[0]))
            QVERIFY2(f.id != m_c, qPrintable(f.reasons.join(u'|')));
        QCOMPARE(MetricOverlay::status(open, 1), MetricStatus::None);
        const QList<LeftOutMetric> left = Friction::leftOut(p, p.journeys[0]);
        QCOMPARE(left.size(), 2); // volume weights the ranking and is not listed
        QCOMPARE(left[0].name, QStringLiteral("Score X"));
        QVERIFY(left[0].reason.contains(QStringLiteral("higher or lower")));
        QCOMPARE(left[1].name, QStringLiteral("Revenue"));
        QVERIFY(left[1].reason.contains(QStringLiteral("threshold")));
        // Once the direction is set, the value counts.
        p.metrics[p.metrics.size() - 2].directionKnown = true;
        bool ranked = false;
        for (const FrictionPoint &f : Friction::rank(p, p.journeys[0]))
            ranked = ranked || (f.id == m_c && f.reasons.join(u'|').contains(u"Score X"));
        QVERIFY(ranked);
        QCOMPARE(Friction::leftOut(p, p.journeys[0]).size(), 1);
    }

    void findsContradictions()
    {
        const QList<Contradiction> found = Friction::contradictions(m_p, m_p.journeys[0]);
        QCOMPARE(found.size(), 2);
        // "Glad" (+2) sits in the stage where A's drop-off is critical.
        QCOMPARE(found[0].id, m_happy);
        QVERIFY(found[0].text.contains(QStringLiteral("feels positive")));
        QCOMPARE(found[1].id, m_pain);
        QVERIFY(found[1].text.contains(QStringLiteral("all its metrics are healthy")));
    }
};

QTEST_GUILESS_MAIN(TestFriction)
#include "tst_friction.moc"
