// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/templates.h"
#include "layout/maplayout.h"
#include "render/maprenderer.h"

#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTest>

using namespace waymark;

class TestLayout : public QObject
{
    Q_OBJECT

    static Journey journey()
    {
        Project p = makeProject(Template::FivePhases, QStringLiteral("en"), QStringLiteral("T"));
        return p.journeys.first();
    }
    static Card card(const Journey &j, int s, int l, int order, std::optional<int> emotion = {},
                     const Id &persona = {})
    {
        Card c;
        c.id = newId();
        c.stageId = j.stages[s].id;
        c.laneId = j.lanes[l].id;
        c.order = order;
        c.emotion = emotion;
        c.personaId = persona;
        c.text = QStringLiteral("card");
        return c;
    }
    static int feelings(const Journey &j)
    {
        for (int l = 0; l < j.lanes.size(); ++l)
            if (j.lanes[l].kind == LaneKind::Feelings) return l;
        return -1;
    }

private slots:
    void hitTests()
    {
        Journey j = journey();
        j.stages[1].width = 400;
        const MapLayout layout = MapLayout::compute(j);
        const auto &m = layout.metrics;
        QCOMPARE(layout.stageAt(m.laneHeaderWidth - 1), -1); // lane headers
        QCOMPARE(layout.stageAt(m.laneHeaderWidth), 0);
        QCOMPARE(layout.stageAt(m.laneHeaderWidth + m.stageWidth + 399), 1);
        QCOMPARE(layout.stageAt(m.laneHeaderWidth + m.stageWidth + 400), 2);
        QCOMPARE(layout.stageAt(layout.bounds.right()), -1);
        QCOMPARE(layout.laneAt(m.stageHeaderHeight - 1), -1);
        QCOMPARE(layout.laneAt(m.stageHeaderHeight), 0);
        QCOMPARE(layout.laneAt(layout.rowY.last() + 1), int(j.lanes.size()) - 1);
        QCOMPARE(layout.laneAt(layout.bounds.bottom()), -1);
    }

    void insertionIndexCountsStayingCards()
    {
        Journey j = journey();
        for (int k = 0; k < 3; ++k)
            j.cards.append(card(j, 0, 0, k));
        const MapLayout layout = MapLayout::compute(j);
        const QRectF second = layout.cards.value(j.cards[1].id);
        QCOMPARE(layout.insertionIndex(j, 0, 0, second.top() + 1, {}), 1);
        QCOMPARE(layout.insertionIndex(j, 0, 0, second.bottom() - 1, {}), 2);
        QCOMPARE(layout.insertionIndex(j, 0, 0, 0, {}), 0);
        QCOMPARE(layout.insertionIndex(j, 0, 0, 1e9, {}), 3);
        // The card being dragged does not count.
        QCOMPARE(layout.insertionIndex(j, 0, 0, 1e9, {j.cards[0].id}), 2);
        QCOMPARE(layout.slotRect(0, 0, 1), second);
    }

    void givingOnePointAPersonaKeepsTheCurve()
    {
        // A curve drawn before any persona existed, then one point gets a persona.
        Journey j = journey();
        const int l = feelings(j);
        j.personaIds.clear();
        for (int s = 0; s < 5; ++s)
            j.cards.append(card(j, s, l, 0, s % 3 - 1));
        const MapLayout before = MapLayout::compute(j);
        QCOMPARE(before.emotionCurves.size(), 1);
        const Id anna = newId();
        for (Card &c : j.cards)
            if (c.laneId == j.lanes[l].id && c.stageId == j.stages[2].id) c.personaId = anna;
        const MapLayout after = MapLayout::compute(j);
        QCOMPARE(after.emotionCurves.size(), 1);
        QCOMPARE(after.emotionCurves[0].personaId, anna);
        QCOMPARE(after.emotionCurves[0].points.size(), 5);
        // Nothing moved.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(after.emotionCurves[0].points[i].pos, before.emotionCurves[0].points[i].pos);
        // A second persona's point makes a second curve; the rest stay with the first.
        const Id tom = newId();
        for (Card &c : j.cards)
            if (c.laneId == j.lanes[l].id && c.stageId == j.stages[4].id) c.personaId = tom;
        const MapLayout two = MapLayout::compute(j);
        QCOMPARE(two.emotionCurves.size(), 3); // Anna, Tom, and the unnamed points
        j.personaIds = {anna, tom};
        const MapLayout linked = MapLayout::compute(j);
        QCOMPARE(linked.emotionCurves.size(), 2);
        QCOMPARE(linked.emotionCurves[0].points.size(), 4);
    }

    void emotionLabelsStayClearOfTheCurves_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    // The sample's two curves: every label is inside the lane, crossed by no curve and by
    // no other label, and near its point.
    void emotionLabelsStayClearOfTheCurves()
    {
        QFETCH(QString, lang);
        Project p;
        QString error;
        QVERIFY(sampleProject(lang, &p, &error));
        const Journey &j = p.journeys.first();
        const MapLayout layout = MapLayout::compute(j);
        const int l = feelings(j);
        QList<QRectF> labels;
        for (const auto &curve : layout.emotionCurves)
            for (const auto &point : curve.points) {
                const QRectF label = layout.emotionLabels.value(point.cardId);
                QVERIFY(!label.isNull());
                QVERIFY(label.top() >= layout.laneHeaders[l].top() &&
                        label.bottom() <= layout.laneHeaders[l].bottom());
                QVERIFY(std::abs(label.center().x() - point.pos.x()) < 1);
                QVERIFY(std::abs(label.center().y() - point.pos.y()) < 120);
                labels.append(label);
            }
        QVERIFY(labels.size() >= 10);
        for (int a = 0; a < labels.size(); ++a)
            for (int b = a + 1; b < labels.size(); ++b)
                QVERIFY2(!labels[a].intersects(labels[b]), qPrintable(QString::number(a)));
        // The curves as the renderer draws them (cubic, flat at each point).
        for (const auto &curve : layout.emotionCurves)
            for (int i = 1; i < curve.points.size(); ++i) {
                const QPointF a = curve.points[i - 1].pos, b = curve.points[i].pos;
                const double dx = (b.x() - a.x()) / 2;
                for (int k = 0; k <= 50; ++k) {
                    const double t = k / 50.0, u = 1 - t;
                    const QPointF q =
                        a * (u * u * u) + QPointF(a.x() + dx, a.y()) * (3 * u * u * t) +
                        QPointF(b.x() - dx, b.y()) * (3 * u * t * t) + b * (t * t * t);
                    for (const QRectF &label : std::as_const(labels))
                        QVERIFY2(!label.adjusted(1, 1, -1, -1).contains(q),
                                 qPrintable(QStringLiteral("%1,%2").arg(q.x()).arg(q.y())));
                }
            }
    }

    void emotionScoresSnapAndClamp()
    {
        const Journey j = journey();
        const int l = feelings(j);
        QVERIFY(l >= 0);
        const MapLayout layout = MapLayout::compute(j);
        for (int score = MinEmotion; score <= MaxEmotion; ++score)
            QCOMPARE(layout.emotionScoreAt(l, layout.emotionY(l, score)), score);
        QVERIFY(layout.emotionY(l, MaxEmotion) < layout.emotionY(l, MinEmotion));
        QCOMPARE(layout.emotionScoreAt(l, layout.emotionY(l, 1) + 3), 1);
        QCOMPARE(layout.emotionScoreAt(l, -1e6), MaxEmotion);
        QCOMPARE(layout.emotionScoreAt(l, 1e6), MinEmotion);
    }

    void oneCurvePerPersona()
    {
        Journey j = journey();
        const int l = feelings(j);
        const Id anna = newId(), tom = newId();
        j.personaIds = {tom, anna};
        for (int s = 0; s < 3; ++s) {
            j.cards.append(card(j, s, l, 0, s - 1, anna));
            j.cards.append(card(j, s, l, 1, 1 - s, tom));
        }
        j.cards.append(card(j, 4, l, 0, 2)); // no persona: the journey's first persona's
        const MapLayout layout = MapLayout::compute(j);
        QCOMPARE(layout.emotionCurves.size(), 2);
        // In the journey's persona order.
        QCOMPARE(layout.emotionCurves[0].personaId, tom);
        QCOMPARE(layout.emotionCurves[1].personaId, anna);
        QCOMPARE(layout.emotionCurves[0].points.size(), 4);
        QCOMPARE(layout.emotionCurves[1].points.size(), 3);
        for (const auto &curve : layout.emotionCurves)
            for (int i = 1; i < curve.points.size(); ++i)
                QVERIFY(curve.points[i].pos.x() > curve.points[i - 1].pos.x());
        QCOMPARE(layout.emotionCurves[1].points[2].score, 1);
        QCOMPARE(layout.emotionCurves[1].points[2].pos.y(), layout.emotionY(l, 1));
        // Equal scores of two personas in one stage do not hide each other.
        QVERIFY(layout.emotionCurves[0].points[1].pos != layout.emotionCurves[1].points[1].pos);
    }

    void themeFollowsThePalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2c, 0x30));
        const MapTheme theme = MapTheme::fromPalette(dark);
        QCOMPARE(theme.paper, QColor(0x20, 0x22, 0x25));
        QCOMPARE(theme.ink, QColor(0xee, 0xee, 0xee));
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QCOMPARE(MapTheme::fromPalette(light).paper, MapTheme::light().paper);
    }

    void rendererPaintsEveryState()
    {
        Project p = makeProject(Template::FivePhases, QStringLiteral("en"), QStringLiteral("T"));
        Journey &j = p.journeys.first();
        Card c = card(j, 0, 0, 0);
        c.text = QStringLiteral("A very long text ").repeated(40);
        c.channel = Channel::Web;
        j.cards.append(c);
        const MapLayout layout = MapLayout::compute(j);
        QImage image(layout.bounds.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        const MapRenderer renderer(p, j, layout);
        renderer.paint(&painter);
        // A text that does not fit says so (it ends in an ellipsis); a short one fits.
        QVERIFY(!renderer.paintCard(&painter, c, layout.cards.value(c.id), 1));
        c.text = QStringLiteral("Short");
        QVERIFY(renderer.paintCard(&painter, c, layout.cards.value(c.id), 1, {true, true, true}));
        painter.end();
        QVERIFY(image.pixelColor(5, 5).alpha() > 0); // the lane headers are painted
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
