// SPDX-License-Identifier: GPL-3.0-or-later
// Each of the canvas's tools on its own: constructed on a real view of the sample, driven
// through its own interface (begin, move, finish, cancel; or mouse events for the mouse
// tools), and checked against the document, the file and what the view shows.
#include "../testutil.h"
#include "canvas/mapitems.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvas/tools/dragtools.h"
#include "canvas/tools/pointertool.h"
#include "canvas/tools/selecttool.h"
#include "canvas/tools/votetool.h"
#include "document/document.h"
#include "document/templates.h"

#include <QApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

class TestTools : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_file;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<MapView> m_view;

    const Journey &journey() { return *m_doc->project().journey(m_doc->currentJourneyId()); }
    Id jid() { return m_doc->currentJourneyId(); }
    int laneOf(LaneKind kind)
    {
        for (int l = 0; l < journey().lanes.size(); ++l)
            if (journey().lanes[l].kind == kind) return l;
        return -1;
    }
    const Card &first(int s, int l)
    {
        return *journey().cellCards(journey().stages[s].id, journey().lanes[l].id).first();
    }
    QPointF cellCentre(int s, int l)
    {
        return m_view->mapScene()->mapLayout().cellRect(s, l).center();
    }
    DragTool::Press pressAt(const QPointF &scene, const Id &card = {}, int index = -1)
    {
        return {m_view->mapFromScene(scene), scene, card, index};
    }
    QPointF cardCentre(const Id &id)
    {
        return m_view->mapScene()->mapLayout().cards.value(id).center();
    }
    void mouse(QEvent::Type type, const QPoint &pos, Qt::KeyboardModifiers mods = {})
    {
        const Qt::MouseButtons buttons =
            type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent e(type, QPointF(pos), QPointF(m_view->viewport()->mapToGlobal(pos)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, mods);
        QApplication::sendEvent(m_view->viewport(), &e);
    }
    Project reopened() { return reopenProject(m_file); }

private slots:
    void init()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        m_file = m_dir.filePath(QStringLiteral("t%1.waymark").arg(++m_n));
        m_doc = Document::create(m_file, p, &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_view = std::make_unique<MapView>();
        m_view->resize(1400, 900);
        m_view->setDocument(m_doc.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setZoom(0.6);
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->minimum());
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->minimum());
    }
    void cleanup()
    {
        m_view.reset();
        m_doc.reset();
    }

    void cardDragShowsWhereItLandsAndLandsThere()
    {
        const int l = laneOf(LaneKind::Actions);
        const Card card = first(0, l);
        m_doc->setSelectedCards({card.id});
        CardDragTool tool(m_view.get(), pressAt(cardCentre(card.id), card.id));
        tool.begin();
        QCOMPARE(tool.cards(), QList<Id>{card.id});
        const QPointF target = cellCentre(2, l);
        tool.move(target, m_view->mapFromScene(target));
        const QList<QRectF> shown = m_view->dropIndicators();
        QCOMPARE(shown, tool.landing(target).bars);
        QCOMPARE(shown.size(), 1);
        tool.finish(target);
        QVERIFY(m_view->dropIndicators().isEmpty());
        QCOMPARE(journey().card(card.id)->stageId, journey().stages[2].id);
        QCOMPARE(reopened().journey(jid())->card(card.id)->stageId, journey().stages[2].id);
        // Cancel puts the item back and changes nothing.
        const QPointF before = m_view->mapScene()->cardItem(card.id)->pos();
        CardDragTool again(m_view.get(), pressAt(cardCentre(card.id), card.id));
        m_doc->setSelectedCards({card.id});
        again.begin();
        again.move(cellCentre(0, l), m_view->mapFromScene(cellCentre(0, l)));
        again.cancel();
        QCOMPARE(m_view->mapScene()->cardItem(card.id)->pos(), before);
        QCOMPARE(journey().card(card.id)->stageId, journey().stages[2].id);
    }

    void emotionDragSetsTheFeelingUnderThePointer()
    {
        const int l = laneOf(LaneKind::Feelings);
        const Card point = first(1, l);
        EmotionDragTool tool(m_view.get(), pressAt(cardCentre(point.id), point.id));
        tool.begin();
        const MapLayout &layout = m_view->mapScene()->mapLayout();
        const QPointF top(cardCentre(point.id).x(), layout.emotionY(l, MaxEmotion));
        tool.move(top, m_view->mapFromScene(top));
        QCOMPARE(tool.score(), MaxEmotion);
        tool.finish(top);
        QCOMPARE(journey().card(point.id)->emotion, std::optional<int>(MaxEmotion));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Edit card"));
        // Cancelled: the feeling stays.
        EmotionDragTool other(m_view.get(), pressAt(cardCentre(point.id), point.id));
        other.begin();
        const QPointF bottom(top.x(), layout.emotionY(l, MinEmotion));
        other.move(bottom, m_view->mapFromScene(bottom));
        other.cancel();
        QCOMPARE(journey().card(point.id)->emotion, std::optional<int>(MaxEmotion));
    }

    void rubberBandSelectsWhatItTouchesAndKeepsTheBase()
    {
        const int l = laneOf(LaneKind::Actions);
        const Card base = first(4, l);
        const QRectF cell = m_view->mapScene()->mapLayout().cellRect(0, l);
        RubberBandTool tool(m_view.get(), pressAt(cell.topLeft() + QPointF(2, 2)), {base.id});
        tool.begin();
        tool.move(cell.bottomRight(), m_view->mapFromScene(cell.bottomRight() - QPointF(2, 2)));
        const QList<Id> selected = m_doc->selectedCards();
        QVERIFY(selected.contains(base.id));
        for (const Card *c : journey().cellCards(journey().stages[0].id, journey().lanes[l].id))
            QVERIFY(selected.contains(c->id));
        QCOMPARE(selected.size(),
                 1 + journey().cellSize(journey().stages[0].id, journey().lanes[l].id));
        tool.finish({});
    }

    void panMovesTheMapWithThePointer()
    {
        m_view->setZoom(1.5);
        for (QScrollBar *bar : {m_view->horizontalScrollBar(), m_view->verticalScrollBar()})
            bar->setValue((bar->minimum() + bar->maximum()) / 2);
        const int h = m_view->horizontalScrollBar()->value(),
                  v = m_view->verticalScrollBar()->value();
        PanTool tool(m_view.get(), pressAt(QPointF(300, 300)));
        tool.begin();
        const QPoint start = m_view->mapFromScene(QPointF(300, 300));
        tool.move({}, start - QPoint(100, 50));
        QCOMPARE(m_view->horizontalScrollBar()->value(), h + 100);
        QCOMPARE(m_view->verticalScrollBar()->value(), v + 50);
        tool.finish({});
    }

    void headerMoveReordersStagesAndLanes()
    {
        const Id stage0 = journey().stages[0].id, lane0 = journey().lanes[0].id;
        const MapLayout &layout = m_view->mapScene()->mapLayout();
        HeaderMoveTool stages(m_view.get(), pressAt(layout.stageHeaders[0].center(), {}, 0),
                              Qt::Horizontal);
        const QPointF past2(layout.stageHeaders[2].center().x() + 5,
                            layout.stageHeaders[2].center().y());
        stages.move(past2, {});
        QCOMPARE(m_view->dropIndicators().size(), 1);
        stages.finish(past2);
        QCOMPARE(journey().stages[2].id, stage0);
        QCOMPARE(reopened().journey(jid())->stages[2].id, stage0);
        const MapLayout &after = m_view->mapScene()->mapLayout();
        HeaderMoveTool lanes(m_view.get(), pressAt(after.laneHeaders[0].center(), {}, 0),
                             Qt::Vertical);
        const QPointF past1(after.laneHeaders[1].center().x(),
                            after.laneHeaders[1].center().y() + 5);
        lanes.move(past1, {});
        lanes.finish(past1);
        QCOMPARE(journey().lanes[1].id, lane0);
        // Dropped where it was: no edit.
        const int steps = m_doc->undoStack()->count();
        HeaderMoveTool still(m_view.get(), pressAt(after.stageHeaders[1].center(), {}, 1),
                             Qt::Horizontal);
        still.move(after.stageHeaders[1].center(), {});
        still.finish({});
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    void headerResizeFollowsTheBorderWithinLimits()
    {
        const MapLayout &layout = m_view->mapScene()->mapLayout();
        const QRectF h = layout.stageHeaders[1];
        HeaderResizeTool wide(m_view.get(), pressAt(h.topRight(), {}, 1), Qt::Horizontal);
        wide.move(QPointF(h.left() + 400, h.center().y()), {});
        QCOMPARE(wide.size(), 400.0);
        wide.finish({});
        QCOMPARE(journey().stages[1].width, 400.0);
        QCOMPARE(reopened().journey(jid())->stages[1].width, 400.0);
        HeaderResizeTool narrow(m_view.get(), pressAt(h.topRight(), {}, 1), Qt::Horizontal);
        narrow.move(QPointF(h.left() + 10, h.center().y()), {});
        QCOMPARE(narrow.size(), HeaderResizeTool::MinStageWidth);
        narrow.cancel();
        QCOMPARE(journey().stages[1].width, 400.0);
        const QRectF lane = m_view->mapScene()->mapLayout().laneHeaders[0];
        HeaderResizeTool tall(m_view.get(), pressAt(lane.bottomLeft(), {}, 0), Qt::Vertical);
        tall.move(QPointF(lane.center().x(), lane.top() + 300), {});
        tall.finish({});
        QCOMPARE(journey().lanes[0].height, 300.0);
    }

    void selectToolPicksTheDragThatFitsThePress()
    {
        auto *select = dynamic_cast<SelectTool *>(m_view->tool());
        QVERIFY(select);
        const int l = laneOf(LaneKind::Actions);
        const Card card = first(1, l);
        const QPoint at = m_view->viewportPosOf(card.id);
        mouse(QEvent::MouseButtonPress, at);
        QVERIFY(dynamic_cast<CardDragTool *>(select->drag()));
        QVERIFY(!select->isDragging());
        mouse(QEvent::MouseButtonRelease, at);
        QCOMPARE(m_doc->selectedCards(), QList<Id>{card.id});
        const QRectF h = m_view->mapScene()->mapLayout().stageHeaders[0];
        const QPoint border = m_view->mapFromScene(QPointF(h.right(), h.center().y()));
        mouse(QEvent::MouseButtonPress, border);
        QVERIFY(dynamic_cast<HeaderResizeTool *>(select->drag()));
        mouse(QEvent::MouseButtonRelease, border);
        // Read-only: a press on a card selects it and drags nothing.
        m_view->setDocument(nullptr);
        m_doc.reset();
        OpenResult r;
        m_doc = Document::open(m_file, Store::Access::ReadOnly, &r);
        m_view->setDocument(m_doc.get());
        select = dynamic_cast<SelectTool *>(m_view->tool());
        mouse(QEvent::MouseButtonPress, m_view->viewportPosOf(card.id));
        QCOMPARE(select->drag(), nullptr);
        mouse(QEvent::MouseButtonRelease, m_view->viewportPosOf(card.id));
    }

    void voteToolGivesAndTakesBackTheFacilitatorsDots()
    {
        const int l = laneOf(LaneKind::PainPoints);
        const Card pain = first(1, l);
        const Card other = first(1, laneOf(LaneKind::Actions));
        VoteRound round;
        round.cards = {pain.id};
        round.dotsPerPerson = 2;
        const Id r = m_doc->openRound(jid(), round);
        m_view->setTool(std::make_unique<VoteTool>(m_view.get(), QStringLiteral("Facilitator")));
        auto *tool = dynamic_cast<VoteTool *>(m_view->tool());
        QVERIFY(tool);
        mouse(QEvent::MouseButtonPress, m_view->viewportPosOf(pain.id));
        mouse(QEvent::MouseButtonRelease, m_view->viewportPosOf(pain.id));
        mouse(QEvent::MouseButtonPress, m_view->viewportPosOf(pain.id));
        QCOMPARE(journey().voteCounts(r).value(pain.id), 2);
        mouse(QEvent::MouseButtonPress, m_view->viewportPosOf(pain.id));
        QVERIFY(tool->refusal().contains(QStringLiteral("No dots left")));
        mouse(QEvent::MouseButtonPress, m_view->viewportPosOf(pain.id), Qt::ShiftModifier);
        QCOMPARE(journey().voteCounts(r).value(pain.id), 1);
        mouse(QEvent::MouseButtonPress, m_view->viewportPosOf(other.id));
        QVERIFY(!tool->refusal().isEmpty());
        QCOMPARE(journey().votes.size(), 1);
        QCOMPARE(journey().votes.first().voter, QStringLiteral("Facilitator"));
        QCOMPARE(m_doc->selectedCards(), QList<Id>()); // voting does not select
        m_view->setTool(nullptr);
        QVERIFY(dynamic_cast<SelectTool *>(m_view->tool()));
    }

    void pointerToolLightsTheSpotAndPicksStages()
    {
        m_view->setTool(std::make_unique<PointerTool>(m_view.get()));
        QVERIFY(m_view->spotlight());
        const QPoint stage2 = m_view->mapFromScene(cellCentre(2, 0));
        mouse(QEvent::MouseButtonPress, stage2);
        QCOMPARE(m_view->presentedStage(), 2);
        mouse(QEvent::MouseButtonPress, m_view->mapFromScene(cellCentre(2, 0)));
        QCOMPARE(m_view->presentedStage(), -1);
        const int steps = m_doc->undoStack()->count();
        QCOMPARE(m_doc->undoStack()->count(), steps); // pointing changes nothing
        m_view->setTool(nullptr);
        QVERIFY(!m_view->spotlight());
    }
};

QTEST_MAIN(TestTools)
#include "tst_tools.moc"
