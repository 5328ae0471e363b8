// SPDX-License-Identifier: GPL-3.0-or-later
// Service blueprints on the canvas, driven as a user does: the menu switches the view, Alt+drag
// draws an arrow (the arrow shown during the drag is the one drawn), a click picks an arrow
// and Delete removes it, copy and paste take arrows along, a lane cannot be dragged across a
// line.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvasactions.h"
#include "document/document.h"
#include "document/templates.h"
#include "i18n.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::test;

class TestBlueprintGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    Document &open(MainWindow &w, Template t, const QString &lang = "en")
    {
        QString error;
        const QString file = m_dir.filePath(QString("g%1.waymark").arg(++m_n));
        Store::create(file, makeProject(t, "Blueprint", lang), &error);
        OpenResult opened;
        w.setDocument(Document::open(file, Store::Access::ReadWrite, &opened));
        w.resize(1280, 720);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w)) qWarning("window not exposed");
        return *w.document();
    }
    static const Journey &journey(Document &d) { return d.project().journeys[0]; }
    static Id cardWith(const Journey &j, const QString &text)
    {
        for (const Card &c : j.cards)
            if (c.text == text) return c.id;
        return {};
    }
    static void mouse(MapView *view, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                      Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = {})
    {
        QWidget *vp = view->viewport();
        QMouseEvent e(type, QPointF(pos), QPointF(vp->mapToGlobal(pos)), button, buttons, mods);
        QApplication::sendEvent(vp, &e);
    }
    static QPoint at(MapView *view, const QPointF &scenePos)
    {
        view->ensureVisible(QRectF(scenePos, QSizeF(1, 1)), 120, 120);
        return view->mapFromScene(scenePos);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void menuShowsTheJourneyAsABlueprint()
    {
        MainWindow w;
        Document &d = open(w, Template::FivePhases);
        auto *action = w.findChild<QAction *>("showAsBlueprint");
        QVERIFY(action && action->isEnabled() && !action->isChecked());
        action->trigger();
        QVERIFY(journey(d).blueprint);
        QVERIFY(action->isChecked());
        QCOMPARE(d.undoStack()->undoText(), QString("Show as service blueprint"));
        // The map shows the three lines.
        QCOMPARE(w.mapView()->mapScene()->mapLayout().blueprintLines.size(), 3);
        d.undoStack()->undo();
        QVERIFY(!journey(d).blueprint);
        QVERIFY(!action->isChecked());
        QVERIFY(w.mapView()->mapScene()->mapLayout().blueprintLines.isEmpty());
    }

    void altDragDrawsTheArrowItShows()
    {
        MainWindow w;
        Document &d = open(w, Template::ServiceBlueprint);
        MapView *view = w.mapView();
        MapScene *scene = view->mapScene();
        const Id from = cardWith(journey(d), "Hands over the device");
        const Id to = cardWith(journey(d), "No news while waiting");
        const QRectF a = scene->mapLayout().cards.value(from), b = scene->mapLayout().cards.value(to);
        const QPoint start = at(view, a.center());
        const QPoint end = view->mapFromScene(b.center());
        mouse(view, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton, Qt::AltModifier);
        for (int i = 1; i <= 6; ++i)
            mouse(view, QEvent::MouseMove, start + (end - start) * i / 6, Qt::NoButton,
                  Qt::LeftButton, Qt::AltModifier);
        // What the user sees before letting go is the arrow the release draws.
        const QLineF shown = scene->pendingArrow();
        QCOMPARE(shown, scene->mapLayout().arrowLine({{}, from, to, {}}));
        QVERIFY(d.selectedCards().size() <= 1); // nothing was dragged or rubber-banded
        mouse(view, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton, Qt::AltModifier);
        QVERIFY(scene->pendingArrow().isNull());
        const Connection &c = journey(d).connections.last();
        QCOMPARE(c.from, from);
        QCOMPARE(c.to, to);
        QCOMPARE(scene->mapLayout().arrowLine(c), shown);
        QCOMPARE(d.undoStack()->undoText(), QString("Draw arrow"));
        QCOMPARE(journey(d).card(from)->stageId, journey(d).cards[journey(d).cardIndex(from)].stageId);
        // Released on empty paper: no arrow, no card moved.
        const int arrows = int(journey(d).connections.size());
        const QList<Card> cards = journey(d).cards;
        const QPoint paper = view->mapFromScene(QPointF(b.center().x() + 260, b.center().y()));
        mouse(view, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton, Qt::AltModifier);
        mouse(view, QEvent::MouseMove, paper, Qt::NoButton, Qt::LeftButton, Qt::AltModifier);
        mouse(view, QEvent::MouseButtonRelease, paper, Qt::LeftButton, Qt::NoButton, Qt::AltModifier);
        QCOMPARE(journey(d).connections.size(), arrows);
        QCOMPARE(journey(d).cards, cards);
    }

    void arrowsFollowADraggedCard()
    {
        MainWindow w;
        Document &d = open(w, Template::ServiceBlueprint);
        MapView *view = w.mapView();
        MapScene *scene = view->mapScene();
        const Id card = cardWith(journey(d), "Advisor checks the device in");
        const QRectF r = scene->mapLayout().cards.value(card);
        const QPoint start = at(view, r.center());
        const QPoint end = view->mapFromScene(
            QPointF(scene->mapLayout().stageHeaders[3].center().x(), r.center().y()));
        mouse(view, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 6; ++i)
            mouse(view, QEvent::MouseMove, start + (end - start) * i / 6, Qt::NoButton,
                  Qt::LeftButton);
        // While it moves, its arrows are drawn from where it is now.
        const QRectF now = scene->cardItem(card)->sceneCardRect();
        QVERIFY(now.center().x() > r.center().x() + 200);
        QCOMPARE(scene->draggedCards().value(card), now);
        mouse(view, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
        QVERIFY(scene->draggedCards().isEmpty());
        QCOMPARE(journey(d).card(card)->stageId, journey(d).stages[3].id);
        const QRectF placed = scene->mapLayout().cards.value(card).adjusted(-1, -1, 1, 1);
        int ends = 0;
        for (const Connection &c : journey(d).connections) {
            const QLineF line = scene->mapLayout().arrowLine(c);
            ends += (c.to == card && placed.contains(line.p2())) +
                    (c.from == card && placed.contains(line.p1()));
        }
        QCOMPARE(ends, 2); // one arrow in, one out, both at its new place
    }

    void clickPicksAnArrowAndDeleteRemovesIt()
    {
        MainWindow w;
        Document &d = open(w, Template::ServiceBlueprint);
        MapView *view = w.mapView();
        MapScene *scene = view->mapScene();
        const Connection c = journey(d).connections[3];
        const QPointF mid = scene->mapLayout().arrowLine(c).center();
        const QPoint pos = at(view, mid);
        mouse(view, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
        mouse(view, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(scene->selectedConnection(), c.id);
        QVERIFY(d.selectedCards().isEmpty());
        auto *deleteArrow = w.canvasActions()->deleteArrow;
        QVERIFY(deleteArrow->isEnabled());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(indexOfId(journey(d).connections, c.id), -1);
        QCOMPARE(journey(d).connections.size(), 5);
        QVERIFY(scene->selectedConnection().isNull());
        d.undoStack()->undo();
        QCOMPARE(journey(d).connections.size(), 6);
        // A click on a card picks the card, not the arrow.
        const QRectF card = scene->mapLayout().cards.value(c.to);
        const QPoint cardPos = at(view, card.center());
        mouse(view, QEvent::MouseButtonPress, cardPos, Qt::LeftButton, Qt::LeftButton);
        mouse(view, QEvent::MouseButtonRelease, cardPos, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(d.selectedCards(), QList<Id>{c.to});
        QVERIFY(scene->selectedConnection().isNull());
        // Delete then deletes the card and its two arrows, in one step.
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(journey(d).connections.size(), 4);
        d.undoStack()->undo();
        QCOMPARE(journey(d).connections.size(), 6);
    }

    void connectAndPasteFromTheMenus()
    {
        MainWindow w;
        Document &d = open(w, Template::ServiceBlueprint);
        CanvasActions *actions = w.canvasActions();
        const Journey &j = journey(d);
        const Id evidence = cardWith(j, "Booking page, confirmation e-mail");
        const Id customer = cardWith(j, "Books a repair slot online");
        const Id front = cardWith(j, "Booking form confirms the slot");
        // Connect with Arrows: from each selected card to the next one selected.
        d.setSelectedCards({evidence, customer});
        QVERIFY(actions->connectCards->isEnabled());
        actions->connectCards->trigger();
        QCOMPARE(journey(d).connections.last().from, evidence);
        QCOMPARE(journey(d).connections.last().to, customer);
        QCOMPARE(d.undoStack()->undoText(), QString("Draw 1 arrow"));
        // Copy three cards, paste them into the empty stage: the arrows among them come too.
        d.setSelectedCards({evidence, customer, front});
        actions->copySelection();
        d.setSelectedCards({});
        w.mapView()->setCurrentCell(1, 0);
        const int before = int(journey(d).connections.size());
        QVERIFY(actions->pasteClipboard());
        const Journey &after = journey(d);
        QCOMPARE(after.connections.size(), before + 2);
        const QList<Id> pasted = d.selectedCards();
        QCOMPARE(pasted.size(), 3);
        for (int k = before; k < after.connections.size(); ++k) {
            const Connection &c = after.connections[k];
            QVERIFY(pasted.contains(c.from) && pasted.contains(c.to));
            QCOMPARE(after.card(c.from)->stageId, after.stages[1].id);
        }
        // One undo step takes cards and arrows back.
        d.undoStack()->undo();
        QCOMPARE(journey(d).connections.size(), before);
        QCOMPARE(journey(d).cellCards(journey(d).stages[1].id, journey(d).lanes[0].id).size(), 0);
        if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty()) {
            d.undoStack()->redo();
            w.grab().save(shots + "/blueprint.png");
        }
    }

    void laneDragStopsAtTheLine()
    {
        MainWindow w;
        Document &d = open(w, Template::ServiceBlueprint);
        // A second backstage lane, then drag it far up: it stops at the line of visibility.
        QVERIFY(!d.addLane(journey(d).id, Lane{newId(), LaneKind::Backstage, "IT", {}, 0}).isNull());
        QCOMPARE(journey(d).lanes[4].title, QString("IT"));
        MapView *view = w.mapView();
        const MapLayout &layout = view->mapScene()->mapLayout();
        const QPointF header = layout.laneHeaders[4].center();
        const QPoint from = at(view, header);
        const QPoint to = view->mapFromScene(QPointF(header.x(), layout.laneHeaders[0].center().y()));
        mouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 6; ++i)
            mouse(view, QEvent::MouseMove, from + (to - from) * i / 6, Qt::NoButton, Qt::LeftButton);
        mouse(view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        // First of the backstage zone: above the other backstage lane, below the line.
        QCOMPARE(journey(d).lanes[3].title, QString("IT"));
        QCOMPARE(zoneOf(journey(d).lanes[3]), BlueprintZone::Backstage);
        QCOMPARE(zoneOf(journey(d).lanes[2]), BlueprintZone::Frontstage);
        // The zone menu takes it across: to the customer actions.
        Lane lane = journey(d).lanes[3];
        lane.zone = BlueprintZone::CustomerActions;
        QVERIFY(d.changeLane(journey(d).id, lane));
        QCOMPARE(journey(d).lanes[2].title, QString("IT"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslations(&app, QStringLiteral("en"));
    if (qEnvironmentVariableIsSet("WAYMARK_SHOTS_LANG"))
        installTranslations(&app, qEnvironmentVariable("WAYMARK_SHOTS_LANG"));
    TestBlueprintGui test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_blueprint_gui.moc"
