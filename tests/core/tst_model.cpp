// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model.h"

#include <QTest>

using namespace waymark;

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip()
    {
        for (LaneKind k : allLaneKinds()) {
            LaneKind back = LaneKind::Notes;
            QVERIFY(fromKey(toKey(k), &back));
            QCOMPARE(back, k);
            QVERIFY(!displayName(k).isEmpty());
        }
        QCOMPARE(allLaneKinds().size(), 12);
        for (Channel c : allChannels()) {
            Channel back = Channel::None;
            QVERIFY(fromKey(toKey(c), &back));
            QCOMPARE(back, c);
        }
        QCOMPARE(allChannels().size(), 12);
        Channel none = Channel::Web;
        QVERIFY(fromKey(QString(), &none));
        QCOMPARE(none, Channel::None);
        JourneyState s;
        QVERIFY(!fromKey(QStringLiteral("past"), &s));
        Evidence e;
        QVERIFY(fromKey(QStringLiteral("observed"), &e));
        QCOMPARE(e, Evidence::Observed);
    }

    void ids()
    {
        const Id a = newId();
        QCOMPARE(idFromString(idToString(a)), a);
        QVERIFY(!idToString(a).startsWith(QLatin1Char('{')));
        QVERIFY(idToString(Id()).isNull());
        QVERIFY(idFromString(QStringLiteral("garbage")).isNull());
    }

    void cellCardsAreSortedByOrder()
    {
        Journey j;
        const Id s = newId(), l = newId(), other = newId();
        j.stages.append({s, QStringLiteral("S"), {}, {}, false, 0});
        j.lanes.append({l, LaneKind::Actions, QStringLiteral("L"), {}, 0});
        for (int order : {2, 0, 1}) {
            Card c;
            c.id = newId();
            c.stageId = s;
            c.laneId = l;
            c.order = order;
            c.text = QString::number(order);
            j.cards.append(c);
        }
        Card elsewhere;
        elsewhere.id = newId();
        elsewhere.stageId = other;
        elsewhere.laneId = l;
        j.cards.append(elsewhere);
        const auto cell = j.cellCards(s, l);
        QCOMPARE(cell.size(), 3);
        QCOMPARE(cell[0]->text, QStringLiteral("0"));
        QCOMPARE(cell[2]->text, QStringLiteral("2"));
        QCOMPARE(j.cellSize(s, l), 3);
        QCOMPARE(j.cardIndex(elsewhere.id), 3);
        QVERIFY(!j.card(newId()));
    }
};

QTEST_APPLESS_MAIN(TestModel)
#include "tst_model.moc"
