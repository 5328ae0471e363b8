// SPDX-License-Identifier: GPL-3.0-or-later
#include "../testutil.h"
#include "analytics/chartdata.h"
#include "analytics/overlay.h"
#include "canvas/inlineeditor.h"
#include "canvas/mapitems.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvasactions.h"
#include "chartspanel.h"
#include "document/cardclipboard.h"
#include "document/document.h"
#include "document/templates.h"
#include "fileactions.h"
#include "findbar.h"
#include "frictionpanel.h"
#include "i18n.h"
#include "importdialog.h"
#include "io/metricimport.h"
#include "mainwindow.h"
#include "metricdialog.h"
#include "overlaybar.h"
#include "palettepanel.h"
#include "propertiespanel.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWheelEvent>

using namespace waymark;
using namespace waymark::test;

// Drives the canvas the way a user does: mouse and keyboard events on the real widgets.
class TestCanvas : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;
    QString m_file;

    MainWindow &window() { return *m_window; }
    Document *doc() { return m_window->document(); }
    // Imports `table` into the open project as a file would, with the columns guessed.
    bool importTable(const Table &table)
    {
        return doc()->importMetrics(MetricImporter::plan(
            doc()->project(), table, QStringLiteral("kpis.csv"), MetricMapping::guess(table)));
    }
    MapView *view() { return m_window->mapView(); }
    QWidget *vp() { return view()->viewport(); }
    const Journey &journey() { return *doc()->project().journey(doc()->currentJourneyId()); }
    Id journeyId() { return doc()->currentJourneyId(); }
    int laneOf(LaneKind kind)
    {
        for (int l = 0; l < journey().lanes.size(); ++l)
            if (journey().lanes[l].kind == kind) return l;
        return -1;
    }
    QList<const Card *> cell(int s, int l)
    {
        return journey().cellCards(journey().stages[s].id, journey().lanes[l].id);
    }
    Project reopened()
    {
        OpenResult r;
        auto store = Store::open(m_file, Store::Access::ReadOnly, &r);
        Project p;
        QString error;
        if (store) store->load(&p, &error);
        return p;
    }
    void mouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = {})
    {
        QMouseEvent e(type, QPointF(pos), QPointF(vp()->mapToGlobal(pos)), button, buttons, mods);
        QApplication::sendEvent(vp(), &e);
    }
    void press(const QPoint &pos, Qt::KeyboardModifiers mods = {})
    {
        mouse(QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton, mods);
    }
    void moveTo(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers mods = {})
    {
        for (int i = 1; i <= 6; ++i)
            mouse(QEvent::MouseMove, from + (to - from) * i / 6, Qt::NoButton, Qt::LeftButton,
                  mods);
    }
    void release(const QPoint &pos, Qt::KeyboardModifiers mods = {})
    {
        mouse(QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton, mods);
    }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers mods = {})
    {
        press(from, mods);
        moveTo(from, to, mods);
        release(to, mods);
    }
    void click(const QPoint &pos, Qt::KeyboardModifiers mods = {})
    {
        press(pos, mods);
        release(pos, mods);
    }
    void doubleClick(const QPoint &pos)
    {
        click(pos);
        mouse(QEvent::MouseButtonDblClick, pos, Qt::LeftButton, Qt::LeftButton);
        release(pos);
    }
    QPoint cellPoint(int s, int l) { return view()->viewportPosOfCell(s, l); }
    // Drags from the palette: the drop bar during the drag is exactly where the card lands.
    QRectF paletteDragTo(QMimeData *mime, const QPoint &at)
    {
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(vp(), &enter);
        if (!enter.isAccepted()) return {};
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(vp(), &move);
        const QList<QRectF> bars = view()->dropIndicators();
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(vp(), &drop);
        return bars.size() == 1 ? bars.first() : QRectF();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(qApp, QStringLiteral("en")); // English plurals
    }

    void init()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        m_file = m_dir.filePath(QStringLiteral("c%1.waymark").arg(++m_n));
        QVERIFY(Store::create(m_file, p, &error));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->fileActions()->openFile(m_file));
        view()->setZoom(0.8);
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->minimum());
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->minimum());
        view()->setFocus();
    }

    void cleanup() { m_window.reset(); }

    void dragCardToAnotherCell()
    {
        const int l = laneOf(LaneKind::Actions);
        const Card card = *cell(0, l).first();
        const int before = cell(1, l).size();
        drag(view()->viewportPosOf(card.id), cellPoint(1, l));
        const Card *moved = journey().card(card.id);
        QCOMPARE(moved->stageId, journey().stages[1].id);
        QCOMPARE(cell(1, l).size(), before + 1);
        QCOMPARE(cell(1, l).last()->id, card.id); // dropped below the last card
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Move 1 card"));
        // The file has it, the item sits in its new place, undo puts it back.
        QCOMPARE(reopened().journey(journeyId())->card(card.id)->stageId, journey().stages[1].id);
        const QRectF itemRect = view()->mapScene()->cardItem(card.id)->sceneCardRect();
        QCOMPARE(itemRect, view()->mapScene()->mapLayout().cards.value(card.id));
        doc()->undoStack()->undo();
        QCOMPARE(journey().card(card.id)->stageId, card.stageId);
        QCOMPARE(journey().card(card.id)->order, 0);
        QCOMPARE(reopened().journey(journeyId())->card(card.id)->stageId, card.stageId);
        doc()->undoStack()->redo();
        QCOMPARE(journey().card(card.id)->stageId, journey().stages[1].id);
    }

    void dragReordersWithinCell()
    {
        const int l = laneOf(LaneKind::Actions);
        QList<const Card *> cards = cell(0, l);
        QVERIFY(cards.size() >= 2);
        const Id first = cards[0]->id, second = cards[1]->id;
        const QRectF secondRect = view()->mapScene()->mapLayout().cards.value(second);
        drag(view()->viewportPosOf(first),
             view()->mapFromScene(secondRect.center() + QPointF(0, secondRect.height() / 2 + 2)));
        QCOMPARE(journey().card(second)->order, 0);
        QCOMPARE(journey().card(first)->order, 1);
    }

    void dragSeveralCardsIsOneStep()
    {
        const int l = laneOf(LaneKind::Touchpoints);
        const Id a = cell(0, l)[0]->id, b = cell(1, l)[0]->id;
        click(view()->viewportPosOf(a));
        click(view()->viewportPosOf(b), Qt::ControlModifier);
        QCOMPARE(doc()->selectedCards(), QList<Id>({a, b}));
        const int steps = doc()->undoStack()->count();
        // They keep their arrangement: b goes two stages on, and so does a. The drop bars
        // show both cells while dragging, and that is where they land.
        const QPoint from = view()->viewportPosOf(b);
        press(from);
        moveTo(from, cellPoint(3, l));
        const QList<QRectF> bars = view()->dropIndicators();
        QCOMPARE(bars.size(), 2);
        const MapLayout &layout = view()->mapScene()->mapLayout();
        const auto shownIn = [&](int s) {
            return std::any_of(bars.begin(), bars.end(), [&](const QRectF &r) {
                return layout.cellRect(s, l).contains(r.center());
            });
        };
        QVERIFY(shownIn(2));
        QVERIFY(shownIn(3));
        release(cellPoint(3, l));
        QVERIFY(view()->dropIndicators().isEmpty());
        QCOMPARE(journey().card(a)->stageId, journey().stages[2].id);
        QCOMPARE(journey().card(b)->stageId, journey().stages[3].id);
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Move 2 cards"));
        doc()->undoStack()->undo();
        QCOMPARE(journey().card(a)->stageId, journey().stages[0].id);
        QCOMPARE(journey().card(b)->stageId, journey().stages[1].id);
        // Dragged to the last stage, a card that would leave the map stays in it: both land
        // in the last stage, as the one bar shows.
        const QPoint again = view()->viewportPosOf(b);
        press(again);
        moveTo(again, cellPoint(4, l));
        QCOMPARE(view()->dropIndicators().size(), 2); // stages 3 and 4
        release(cellPoint(4, l));
        QCOMPARE(journey().card(a)->stageId, journey().stages[3].id);
        QCOMPARE(journey().card(b)->stageId, journey().stages[4].id);
    }

    void escapeCancelsDrag()
    {
        const int l = laneOf(LaneKind::Actions);
        const Id id = cell(0, l).first()->id;
        const QPointF pos = view()->mapScene()->cardItem(id)->scenePos();
        const QStringList file = dumpFile(m_file);
        const QPoint from = view()->viewportPosOf(id);
        press(from);
        moveTo(from, cellPoint(2, l));
        QVERIFY(view()->mapScene()->cardItem(id)->scenePos() != pos); // it follows the mouse
        QTest::keyClick(view(), Qt::Key_Escape);
        release(cellPoint(2, l));
        QCOMPARE(view()->mapScene()->cardItem(id)->scenePos(), pos);
        QCOMPARE(journey().card(id)->stageId, journey().stages[0].id);
        QCOMPARE(doc()->undoStack()->count(), 0);
        QCOMPARE(dumpFile(m_file), file);
    }

    void reorderStageByDraggingHeader()
    {
        const Id first = journey().stages[0].id, third = journey().stages[2].id;
        const MapLayout &layout = view()->mapScene()->mapLayout();
        const QPoint from = view()->mapFromScene(layout.stageHeaders[0].center());
        const QPoint to = view()->mapFromScene(layout.stageHeaders[2].center() + QPointF(60, 0));
        drag(from, to);
        QCOMPARE(journey().stages[2].id, first);
        QCOMPARE(journey().stages[1].id, third);
        QCOMPARE(reopened().journey(journeyId())->stages[2].id, first);
        doc()->undoStack()->undo();
        QCOMPARE(journey().stages[0].id, first);
    }

    void resizeStageByDraggingBorder()
    {
        const MapLayout &layout = view()->mapScene()->mapLayout();
        const QRectF h = layout.stageHeaders[0];
        const QPoint from = view()->mapFromScene(QPointF(h.right(), h.center().y()));
        drag(from, from + QPoint(80, 0));
        QVERIFY2(std::abs(journey().stages[0].width - (h.width() + 80 / view()->zoom())) < 3,
                 qPrintable(QString::number(journey().stages[0].width)));
        QCOMPARE(view()->mapScene()->mapLayout().stageHeaders[0].width(),
                 journey().stages[0].width);
        // A double-click on the border gives the automatic width back.
        doubleClick(view()->mapFromScene(
            QPointF(view()->mapScene()->mapLayout().stageHeaders[0].right(), h.center().y())));
        QCOMPARE(journey().stages[0].width, 0.0);
    }

    void reorderAndResizeLanes()
    {
        const Id first = journey().lanes[0].id;
        const MapLayout &layout = view()->mapScene()->mapLayout();
        const QPoint from = view()->mapFromScene(layout.laneHeaders[0].center());
        const QPoint to = view()->mapFromScene(layout.laneHeaders[2].center() + QPointF(0, 30));
        drag(from, to);
        QCOMPARE(journey().lanes[2].id, first);
        QCOMPARE(doc()->undoStack()->undoText(),
                 QStringLiteral("Move lane \"%1\"").arg(journey().lanes[2].title));
        // Dragging a lane's bottom border sets its height.
        const QRectF h = view()->mapScene()->mapLayout().laneHeaders[1];
        const QPoint border = view()->mapFromScene(QPointF(h.center().x(), h.bottom()));
        drag(border, border + QPoint(0, 60));
        QVERIFY(std::abs(journey().lanes[1].height - (h.height() + 60 / view()->zoom())) < 3);
        QCOMPARE(reopened().journey(journeyId())->lanes[1].height, journey().lanes[1].height);
    }

    void renameHeadersInPlace()
    {
        const MapLayout &layout = view()->mapScene()->mapLayout();
        doubleClick(view()->mapFromScene(layout.stageHeaders[1].center()));
        QVERIFY(view()->isEditing());
        QTest::keyClicks(view()->editor(), QStringLiteral("Vergleichen"));
        QTest::keyClick(view()->editor(), Qt::Key_Return);
        QCOMPARE(journey().stages[1].name, QStringLiteral("Vergleichen"));
        doubleClick(view()->mapFromScene(layout.laneHeaders[0].center()));
        QTest::keyClicks(view()->editor(), QStringLiteral("   "));
        QTest::keyClick(view()->editor(), Qt::Key_Return);
        QVERIFY(!journey().lanes[0].title.trimmed().isEmpty()); // an empty name is refused
        QCOMPARE(doc()->undoStack()->count(), 1);
    }

    void zoomAndPanWithMouseAndGestures()
    {
        view()->setZoom(1.0);
        const QPoint at = cellPoint(2, 2);
        const QPointF sceneAt = view()->mapToScene(at);
        QWheelEvent wheel(QPointF(at), QPointF(vp()->mapToGlobal(at)), {}, QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(vp(), &wheel);
        QVERIFY(view()->zoom() > 1.1);
        // The point under the mouse stays under the mouse.
        QVERIFY((view()->mapFromScene(sceneAt) - at).manhattanLength() <= 2);
        const double before = view()->zoom();
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
                                  2, QPointF(at), QPointF(at), QPointF(vp()->mapToGlobal(at)), 0.5,
                                  QPointF(), 0);
        QApplication::sendEvent(vp(), &pinch);
        QCOMPARE(view()->zoom(), before * 1.5);
        // Middle button and space + drag pan.
        const int h = view()->horizontalScrollBar()->value();
        mouse(QEvent::MouseButtonPress, at, Qt::MiddleButton, Qt::MiddleButton);
        mouse(QEvent::MouseMove, at - QPoint(100, 0), Qt::NoButton, Qt::MiddleButton);
        mouse(QEvent::MouseButtonRelease, at - QPoint(100, 0), Qt::MiddleButton, Qt::NoButton);
        QCOMPARE(view()->horizontalScrollBar()->value(), h + 100);
        const int v = view()->verticalScrollBar()->value();
        QTest::keyPress(view(), Qt::Key_Space);
        drag(at, at - QPoint(0, 80));
        QTest::keyRelease(view(), Qt::Key_Space);
        QCOMPARE(view()->verticalScrollBar()->value(), v + 80);
        QCOMPARE(doc()->undoStack()->count(), 0); // panning edits nothing
    }

    void readOnlyCanvasRefusesEdits()
    {
        m_window->fileActions()->closeDocument();
        OpenResult result;
        auto readOnly = Document::open(m_file, Store::Access::ReadOnly, &result);
        QVERIFY(readOnly);
        m_window->setDocument(std::move(readOnly));
        const QStringList file = dumpFile(m_file);
        const int l = laneOf(LaneKind::Actions);
        const Id id = cell(0, l).first()->id;
        drag(view()->viewportPosOf(id), cellPoint(2, l));
        QCOMPARE(journey().card(id)->stageId, journey().stages[0].id);
        doubleClick(cellPoint(3, l));
        QVERIFY(!view()->isEditing());
        QVERIFY(!window().canvasActions()->paste->isEnabled());
        QVERIFY(!window().canvasActions()->remove->isEnabled());
        QCOMPARE(dumpFile(m_file), file);
    }

    void rubberBandSelectDeleteUndo()
    {
        const int l = laneOf(LaneKind::Touchpoints);
        const MapLayout &layout = view()->mapScene()->mapLayout();
        // From the empty bottom of stage 0's cell to the middle of stage 1's cards.
        const QRectF c0 = layout.cellRect(0, l), c1 = layout.cellRect(1, l);
        const QPoint from = view()->mapFromScene(QPointF(c0.left() + 4, c0.bottom() - 4));
        const QPoint to = view()->mapFromScene(QPointF(c1.center().x(), c1.top() + 4));
        QSet<Id> expected;
        for (const Card *c : cell(0, l))
            expected.insert(c->id);
        for (const Card *c : cell(1, l))
            expected.insert(c->id);
        drag(from, to);
        const QList<Id> sel = doc()->selectedCards();
        QCOMPARE(QSet<Id>(sel.begin(), sel.end()), expected);
        QTest::keyClick(view(), Qt::Key_Delete);
        for (const Id &id : expected)
            QVERIFY(!journey().card(id));
        QCOMPARE(reopened().journey(journeyId())->cards.size(), journey().cards.size());
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        for (const Id &id : expected)
            QVERIFY(journey().card(id));
        // Undo gives the selection back.
        const QList<Id> restored = doc()->selectedCards();
        QCOMPARE(QSet<Id>(restored.begin(), restored.end()), expected);
    }

    void inPlaceEditCommitAndCancel()
    {
        const int l = laneOf(LaneKind::Thoughts);
        const Id id = cell(0, l).first()->id;
        const QString original = journey().card(id)->text;
        doubleClick(view()->viewportPosOf(id));
        QVERIFY(view()->isEditing());
        QTest::keyClicks(view()->editor(), QStringLiteral("Edited"));
        QTest::keyClick(view()->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!view()->isEditing());
        QCOMPARE(journey().card(id)->text, QStringLiteral("Edited"));
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Edit card"));

        doubleClick(view()->viewportPosOf(id));
        QTest::keyClicks(view()->editor(), QStringLiteral("Thrown away"));
        QTest::keyClick(view()->editor(), Qt::Key_Escape);
        QCOMPARE(journey().card(id)->text, QStringLiteral("Edited"));
        QCOMPARE(doc()->undoStack()->count(), 1);
        doc()->undoStack()->undo();
        QCOMPARE(journey().card(id)->text, original);
    }

    void newCardByDoubleClickAndEnter()
    {
        const int l = laneOf(LaneKind::Ideas);
        const int before = cell(4, l).size();
        doubleClick(cellPoint(4, l));
        QVERIFY(view()->isEditing());
        QTest::keyClicks(view()->editor(), QStringLiteral("Chat bot"));
        // A click elsewhere commits.
        click(cellPoint(0, laneOf(LaneKind::Actions)));
        QCOMPARE(cell(4, l).size(), before + 1);
        QCOMPARE(cell(4, l).last()->text, QStringLiteral("Chat bot"));
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Add 1 card"));
        // Enter on a selected empty cell opens the editor; Esc adds nothing.
        const int steps = doc()->undoStack()->count();
        view()->setCurrentCell(2, l);
        doc()->setSelectedCards({});
        QTest::keyClick(view(), Qt::Key_Return);
        QVERIFY(view()->isEditing());
        QTest::keyClicks(view()->editor(), QStringLiteral("Never mind"));
        QTest::keyClick(view()->editor(), Qt::Key_Escape);
        QCOMPARE(doc()->undoStack()->count(), steps);
    }

    void pasteMultiLineText()
    {
        const int l = laneOf(LaneKind::Notes);
        view()->setCurrentCell(3, l);
        doc()->setSelectedCards({});
        const int before = cell(3, l).size();
        QApplication::clipboard()->setText(QStringLiteral("First line\r\n\r\n  Second  \nThird"));
        QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);
        const QList<const Card *> cards = cell(3, l);
        QCOMPARE(cards.size(), before + 3);
        QCOMPARE(cards[before]->text, QStringLiteral("First line"));
        QCOMPARE(cards[before + 1]->text, QStringLiteral("Second"));
        QCOMPARE(cards[before + 2]->text, QStringLiteral("Third"));
        QCOMPARE(doc()->selectedCards().size(), 3);
        doc()->undoStack()->undo();
        QCOMPARE(cell(3, l).size(), before);
    }

    void copyPasteBetweenProjects()
    {
        const int l = laneOf(LaneKind::PainPoints);
        const QList<Id> ids{cell(0, l)[0]->id, cell(1, l)[0]->id};
        doc()->setSelectedCards(ids);
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime->hasFormat(CardClipboard::mimeType()));
        QCOMPARE(mime->text(),
                 journey().card(ids[0])->text + QLatin1Char('\n') + journey().card(ids[1])->text);

        // A second project: a blank journey in another window.
        const QString other = m_dir.filePath(QStringLiteral("other%1.waymark").arg(m_n));
        QString error;
        QVERIFY(Store::create(
            other, makeProject(Template::FivePhases, QStringLiteral("en"), QStringLiteral("Other")),
            &error));
        MainWindow second;
        second.resize(1200, 800);
        second.show();
        QVERIFY(second.fileActions()->openFile(other));
        second.mapView()->setCurrentCell(1, 1);
        QVERIFY(second.canvasActions()->pasteClipboard());
        const Journey &target =
            *second.document()->project().journey(second.document()->currentJourneyId());
        // The arrangement survives: the second card one stage further right.
        const QList<const Card *> a = target.cellCards(target.stages[1].id, target.lanes[1].id);
        const QList<const Card *> b = target.cellCards(target.stages[2].id, target.lanes[1].id);
        QCOMPARE(a.size(), 1);
        QCOMPARE(b.size(), 1);
        QCOMPARE(a[0]->text, journey().card(ids[0])->text);
        QCOMPARE(b[0]->text, journey().card(ids[1])->text);
        QVERIFY(a[0]->id != ids[0]); // new cards, not the same ids
        QVERIFY(a[0]->personaId.isNull() || second.document()->project().persona(a[0]->personaId));
        QCOMPARE(second.document()->undoStack()->count(), 1);
    }

    void cutAndDuplicate()
    {
        const int l = laneOf(LaneKind::Opportunities);
        const Id id = cell(0, l)[0]->id;
        const int before = cell(0, l).size();
        doc()->setSelectedCards({id});
        QTest::keyClick(view(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(cell(0, l).size(), before + 1);
        QCOMPARE(cell(0, l)[1]->text, journey().card(id)->text);
        QCOMPARE(doc()->undoStack()->count(), 1);
        doc()->setSelectedCards({id});
        QTest::keyClick(view(), Qt::Key_X, Qt::ControlModifier);
        QVERIFY(!journey().card(id));
        QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(CardClipboard::mimeType()));
    }

    void dragEmotionPoint()
    {
        const int l = laneOf(LaneKind::Feelings);
        const Card card = *cell(0, l).first();
        const int score = card.emotion.value_or(0);
        const MapLayout &layout = view()->mapScene()->mapLayout();
        const QPoint from = view()->viewportPosOf(card.id);
        const int target = score <= 0 ? score + 2 : score - 2;
        // Drop a little off the step: the score snaps to the nearest whole step.
        const QPoint to(from.x(),
                        view()->mapFromScene(QPointF(0, layout.emotionY(l, target) + 6)).y());
        drag(from, to);
        QCOMPARE(journey().card(card.id)->emotion.value_or(99), target);
        QCOMPARE(doc()->undoStack()->count(), 1);
        QCOMPARE(reopened().journey(journeyId())->card(card.id)->emotion.value_or(99), target);
        doc()->undoStack()->undo();
        QCOMPARE(journey().card(card.id)->emotion.value_or(99), score);
    }

    void newFeelingStartsWhereClicked()
    {
        const int l = laneOf(LaneKind::Feelings);
        const MapLayout &layout = view()->mapScene()->mapLayout();
        // An empty spot of the stage's feelings cell, at the height of +2 and of -3.
        for (const int score : {2, -3}) {
            const QRectF cellRect = layout.cellRect(2, l);
            const QPoint at =
                view()->mapFromScene(QPointF(cellRect.right() - 12, layout.emotionY(l, score) + 3));
            const int before = cell(2, l).size();
            doubleClick(at);
            QVERIFY(view()->isEditing());
            QTest::keyClicks(view()->editor(), QStringLiteral("Feels it"));
            QTest::keyClick(view()->editor(), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(cell(2, l).size(), before + 1);
            const Id added = doc()->selectedCards().value(0);
            QCOMPARE(journey().card(added)->emotion, std::optional<int>(score));
            // It is drawn where it was clicked.
            QCOMPARE(view()->mapScene()->mapLayout().cards.value(added).center().y(),
                     layout.emotionY(l, score));
        }
    }

    void picturesOnCards()
    {
        // A picture file dropped on a card: the card shows it, one step.
        QImage red(40, 30, QImage::Format_RGB32);
        red.fill(Qt::red);
        const QString png = m_dir.filePath(QStringLiteral("red%1.png").arg(m_n));
        QVERIFY(red.save(png));
        const int l = laneOf(LaneKind::Touchpoints);
        const Id target = cell(1, l)[0]->id;
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(png)});
        const QPoint on = view()->viewportPosOf(target);
        QDragEnterEvent enter(on, Qt::CopyAction, &files, Qt::LeftButton, {});
        QApplication::sendEvent(vp(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent over(on, Qt::CopyAction, &files, Qt::LeftButton, {});
        QApplication::sendEvent(vp(), &over);
        // The card is outlined: the drop goes onto it.
        QCOMPARE(view()->dropIndicators().size(), 1);
        QVERIFY(view()->dropIndicators()[0].contains(
            view()->mapScene()->cardItem(target)->sceneCardRect()));
        QDropEvent drop(QPointF(on), Qt::CopyAction, &files, Qt::LeftButton, {});
        QApplication::sendEvent(vp(), &drop);
        const Id picture = journey().card(target)->imageId;
        QVERIFY(!picture.isNull());
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Set the picture of 1 card"));
        QCOMPARE(doc()->project().images[doc()->project().imageIndex(picture)].width, 40);
        // The Properties panel shows it and takes it away again.
        PropertiesPanel *properties = window().propertiesPanel();
        QVERIFY(!properties->pictureLabel()->pixmap().isNull());
        auto *remove = properties->findChild<QPushButton *>(QStringLiteral("removePicture"));
        QVERIFY(remove && remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(journey().card(target)->imageId.isNull());
        QCOMPARE(doc()->project().imageIndex(picture), -1); // nothing else showed it
        QVERIFY(!remove->isEnabled());
        // A file that is no picture is refused with the reason, nothing changes.
        const QString fake = m_dir.filePath(QStringLiteral("fake%1.png").arg(m_n));
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a picture");
        f.close();
        const int steps = doc()->undoStack()->count();
        QTimer::singleShot(0, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w)) box->accept();
        });
        QVERIFY(!properties->setPictureFromFile(fake));
        QCOMPARE(doc()->undoStack()->count(), steps);
        // A picture pasted into a cell of the Images lane becomes a card there.
        const int images = laneOf(LaneKind::Images);
        doc()->setSelectedCards({});
        view()->setCurrentCell(2, images);
        const int before = cell(2, images).size();
        QApplication::clipboard()->setImage(red);
        QVERIFY(window().canvasActions()->pasteClipboard());
        QCOMPARE(cell(2, images).size(), before + 1);
        QVERIFY(!cell(2, images).last()->imageId.isNull());
        QCOMPARE(doc()->selectedCards(), QList<Id>({cell(2, images).last()->id}));
        doc()->undoStack()->undo();
        QCOMPARE(cell(2, images).size(), before);
    }

    void longNamesEndInAnEllipsisWithTheirTooltip()
    {
        Journey j = journey();
        j.name = QStringLiteral("Renew an internet contract after the minimum term for customers "
                                "who moved house and changed their bank");
        QVERIFY(doc()->changeJourney(j));
        Stage s = journey().stages[1];
        s.name = QStringLiteral("Compare offers on comparison sites, in the shop and on the phone "
                                "with the family");
        QVERIFY(doc()->changeStage(journeyId(), s));
        vp()->grab(); // paints the headers
        QCOMPARE(view()->mapScene()->corner()->toolTip(), j.name);
        QCOMPARE(view()->mapScene()->stageHeader(1)->toolTip(), s.name);
        // A name that fits needs no tooltip.
        QVERIFY(view()->mapScene()->stageHeader(0)->toolTip().isEmpty());
    }

    void longCardTextSaysThereIsMore()
    {
        const int l = laneOf(LaneKind::Actions);
        Card c = *cell(0, l)[0];
        const QString shortText = c.text;
        c.text = QStringLiteral("Reads the letter about the contract end twice, then searches the "
                                "portal for the new price, then calls the hotline and waits, then "
                                "gives up and asks a neighbour what they pay for the same speed");
        QVERIFY(doc()->changeCard(journeyId(), c));
        // The card says "more" where its text is cut; the same card with a short text does
        // not. (Drawn as the canvas draws it, and as an export draws it: without the mark.)
        const MapLayout &layout = view()->mapScene()->mapLayout();
        const QRectF rect(QPointF(0, 0), layout.cards.value(c.id).size());
        const auto draw = [&](const Card &card, bool canvas) {
            QImage image(rect.size().toSize(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            view()->mapScene()->renderer().paintCard(&p, card, rect, 1,
                                                     {false, false, false, canvas});
            p.end();
            return image.copy(QRect(8, int(rect.height()) - 18, int(rect.width() / 3), 12));
        };
        const QImage withMore = draw(c, true);
        QVERIFY(withMore != draw(c, false));
        Card brief = c;
        brief.text = shortText;
        QCOMPARE(draw(brief, true), draw(brief, false));
        // Properties shows all of it: the text field is taller than for a short text.
        doc()->setSelectedCards({c.id});
        QPlainTextEdit *text = window().propertiesPanel()->textEdit();
        QCOMPARE(text->toPlainText(), c.text);
        QTest::qWait(20);
        const int tall = text->height();
        doc()->setSelectedCards({cell(1, l)[0]->id});
        QTest::qWait(20);
        QVERIFY2(tall > text->height(),
                 qPrintable(QStringLiteral("%1 %2").arg(tall).arg(text->height())));
    }

    void propertiesDockKeepsItsWidth()
    {
        // Selecting a card must not widen the Properties dock: the map would jump.
        auto *dock = window().findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
        QVERIFY(dock);
        doc()->setSelectedCards({});
        QTest::qWait(20);
        const int width = dock->width();
        const int mapLeft = view()->mapToGlobal(QPoint()).x();
        const int mapWidth = view()->width();
        doc()->setSelectedCards({cell(0, laneOf(LaneKind::Touchpoints))[0]->id});
        QTest::qWait(20);
        QCOMPARE(dock->width(), width);
        QCOMPARE(view()->width(), mapWidth);
        QCOMPARE(view()->mapToGlobal(QPoint()).x(), mapLeft);
    }

    void findAndFilter()
    {
        FindBar *bar = window().findBar();
        QTest::keyClick(&window(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->searchField()->hasFocus());
        const QString query = QStringLiteral("price");
        QList<Id> expected;
        for (const Card &c : journey().cards)
            if (c.text.contains(query, Qt::CaseInsensitive) ||
                c.notes.contains(query, Qt::CaseInsensitive))
                expected.append(c.id);
        QVERIFY(expected.size() >= 2);
        QTest::keyClicks(bar->searchField(), query);
        QCOMPARE(bar->matches().size(), expected.size());
        QCOMPARE(view()->mapScene()->highlighted().size(), expected.size());
        QCOMPARE(doc()->selectedCards(), QList<Id>({bar->matches()[0]}));
        QTest::keyClick(bar->searchField(), Qt::Key_Return);
        QCOMPARE(doc()->selectedCards(), QList<Id>({bar->matches()[1]}));

        // Filter by channel: every card not in that channel is dimmed.
        QComboBox *channel = bar->channelFilter();
        const int web = channel->findText(displayName(Channel::Web));
        QVERIFY(web > 0);
        channel->setCurrentIndex(web);
        emit channel->activated(web);
        int notWeb = 0;
        for (const Card &c : journey().cards)
            notWeb += c.channel != Channel::Web;
        QCOMPARE(view()->mapScene()->dimmed().size(), notWeb);
        QTest::keyClick(bar->searchField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(view()->mapScene()->dimmed().isEmpty());
        QVERIFY(view()->mapScene()->highlighted().isEmpty());
    }

    void keyboardNavigationAndMoves()
    {
        const int l = laneOf(LaneKind::Touchpoints);
        const QList<const Card *> cards = cell(1, l);
        QVERIFY(cards.size() >= 2);
        const Id first = cards[0]->id, second = cards[1]->id;
        click(view()->viewportPosOf(first));
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(doc()->selectedCards(), QList<Id>({second}));
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(doc()->selectedCards().size(), 1);
        QCOMPARE(journey().card(doc()->selectedCards()[0])->stageId, journey().stages[2].id);
        // Alt+arrows move the selected card: one stage right, then up within the cell.
        doc()->setSelectedCards({second});
        QTest::keyClick(view(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(journey().card(second)->stageId, journey().stages[2].id);
        QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(journey().card(second)->order, 0);
        QCOMPARE(doc()->undoStack()->count(), 2);
        // F2 edits the selected card.
        QTest::keyClick(view(), Qt::Key_F2);
        QVERIFY(view()->isEditing());
        QTest::keyClick(view()->editor(), Qt::Key_Escape);
    }

    void undoBringsChangeIntoView()
    {
        const int l = laneOf(LaneKind::Actions);
        const Id id = cell(0, l).first()->id;
        doc()->setSelectedCards({id});
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(!journey().card(id));
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->maximum());
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
        doc()->undoStack()->undo();
        QCOMPARE(doc()->selectedCards(), QList<Id>({id}));
        QVERIFY(vp()->rect().contains(view()->viewportPosOf(id)));
    }

    void paletteDropAddsTypedCard()
    {
        const int pain = laneOf(LaneKind::PainPoints);
        const int actions = laneOf(LaneKind::Actions);
        const int before = cell(0, pain).size();
        // A pain point dropped on Awareness x Customer actions goes to the pain points lane
        // of that stage, and the bar says so before the drop.
        QMimeData mime;
        mime.setData(PalettePanel::mimeType(), "kind:pain-points");
        const QRectF bar = paletteDragTo(&mime, cellPoint(0, actions));
        const MapLayout &layout = view()->mapScene()->mapLayout();
        QVERIFY2(layout.cellRect(0, pain).contains(bar.center()),
                 qPrintable(QStringLiteral("bar at %1,%2").arg(bar.x()).arg(bar.y())));
        QVERIFY(!layout.cellRect(0, actions).contains(bar.center()));
        QVERIFY(view()->isEditing());
        QTest::keyClicks(view()->editor(), QStringLiteral("Bill is confusing"));
        QTest::keyClick(view()->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(cell(0, pain).size(), before + 1);
        QCOMPARE(cell(0, pain).last()->text, QStringLiteral("Bill is confusing"));
        QVERIFY(bar.top() > layout.cards.value(cell(0, pain)[before - 1]->id).bottom() - 1);
        // Ideas go to the ideas lane the same way.
        const int ideas = laneOf(LaneKind::Ideas);
        mime.setData(PalettePanel::mimeType(), "kind:ideas");
        const QRectF ideaBar = paletteDragTo(&mime, cellPoint(0, actions));
        QVERIFY(view()->mapScene()->mapLayout().cellRect(0, ideas).contains(ideaBar.center()));
        QTest::keyClicks(view()->editor(), QStringLiteral("Chatbot"));
        QTest::keyClick(view()->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(cell(0, ideas).last()->text, QStringLiteral("Chatbot"));
        // A card of the cell's own type lands where the bar is, between two cards.
        const QList<const Card *> inCell = cell(0, actions);
        QVERIFY(inCell.size() >= 2);
        const QRectF second = view()->mapScene()->mapLayout().cards.value(inCell[1]->id);
        mime.setData(PalettePanel::mimeType(), "kind:actions");
        const QRectF between =
            paletteDragTo(&mime, view()->mapFromScene(second.topLeft() + QPointF(20, 4)));
        QVERIFY(between.center().y() < second.top());
        QVERIFY(between.center().y() >
                view()->mapScene()->mapLayout().cards.value(inCell[0]->id).bottom());
        QTest::keyClicks(view()->editor(), QStringLiteral("Reads the small print"));
        QTest::keyClick(view()->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(cell(0, actions)[1]->text, QStringLiteral("Reads the small print"));
        // A channel entry gives a touchpoint in that channel.
        int lane = laneOf(LaneKind::Touchpoints);
        QCOMPARE(PalettePanel::prototype(journey(), "channel:chat", &lane).channel, Channel::Chat);
    }

    void propertiesPanelEditsSelection()
    {
        const int l = laneOf(LaneKind::Actions);
        const QList<Id> ids{cell(0, l)[0]->id, cell(1, l)[0]->id};
        doc()->setSelectedCards(ids);
        QComboBox *channel = window().propertiesPanel()->channelBox();
        const int phone = channel->findData(int(Channel::Phone));
        channel->setCurrentIndex(phone);
        emit channel->activated(phone);
        for (const Id &id : ids)
            QCOMPARE(journey().card(id)->channel, Channel::Phone);
        QCOMPARE(doc()->undoStack()->count(), 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Edit 2 cards"));
        QLineEdit *tags = window().propertiesPanel()->tagsEdit();
        tags->setFocus();
        QTest::keyClicks(tags, QStringLiteral("quick win, quick win ,  urgent"));
        QTest::keyClick(tags, Qt::Key_Return);
        QCOMPARE(journey().card(ids[1])->tags,
                 QStringList({QStringLiteral("quick win"), QStringLiteral("urgent")}));
        QCOMPARE(reopened().journey(journeyId())->card(ids[0])->tags.size(), 2);
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QCOMPARE(journey().card(ids[0])->channel, Channel::None);
    }

    void journeysKeepTheirZoom()
    {
        view()->setZoom(0.5);
        const Id first = journeyId(), second = doc()->project().journeys[1].id;
        doc()->setCurrentJourney(second);
        QCOMPARE(view()->zoom(), 1.0);
        view()->setZoom(1.5);
        doc()->setCurrentJourney(first);
        QCOMPARE(view()->zoom(), 0.5);
        doc()->setCurrentJourney(second);
        QCOMPARE(view()->zoom(), 1.5);
    }

    void addAndRemoveUpdateOnlyWhatChanged()
    {
        MapScene *scene = view()->mapScene();
        const int l = laneOf(LaneKind::Notes);
        const Id other = cell(0, laneOf(LaneKind::Actions)).first()->id;
        CardItem *kept = scene->cardItem(other);
        const int items = scene->cardItems().size();
        Card c;
        c.text = QStringLiteral("Added");
        const Id id =
            doc()->addCard(journeyId(), c, {journey().stages[0].id, journey().lanes[l].id});
        QCOMPARE(scene->cardItems().size(), items + 1);
        QCOMPARE(scene->cardItem(other), kept); // not rebuilt
        QCOMPARE(scene->cardItem(id)->card().text, QStringLiteral("Added"));
        doc()->removeCards(journeyId(), {id});
        QCOMPARE(scene->cardItems().size(), items);
        QVERIFY(!scene->cardItem(id));
        QCOMPARE(scene->cardItem(other), kept);
    }

    void hiDpiDrawsCardsDirectly()
    {
        MapScene *scene = view()->mapScene();
        const Id id = journey().cards.first().id;
        scene->setDevicePixelRatio(2.0);
        QCOMPARE(scene->cardItem(id)->cacheMode(), QGraphicsItem::NoCache);
        scene->setDevicePixelRatio(1.0);
        QCOMPARE(scene->cardItem(id)->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
        // Zoomed far out, the background draws the cards and the items only take clicks.
        view()->setZoom(0.2);
        QVERIFY(scene->isOverview());
        QVERIFY(scene->cardItem(id)->flags() & QGraphicsItem::ItemHasNoContents);
        click(view()->viewportPosOf(id));
        QCOMPARE(doc()->selectedCards(), QList<Id>({id}));
        view()->setZoom(1.0);
        QVERIFY(!(scene->cardItem(id)->flags() & QGraphicsItem::ItemHasNoContents));
    }

    void frozenHeadersFollowScrolling()
    {
        view()->setZoom(1.0);
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->maximum());
        const QPointF origin = view()->mapToScene(0, 0);
        QGraphicsItem *stage = view()->mapScene()->stageHeader(0);
        QGraphicsItem *lane = view()->mapScene()->laneHeader(0);
        QVERIFY(origin.y() > 100);
        QCOMPARE(stage->pos().y(), std::max(0.0, origin.y()));
        QCOMPARE(lane->pos().x(), std::max(0.0, origin.x()));
    }

    void overlayShowsMetricValues()
    {
        Table table;
        table.columns = {QStringLiteral("target"), QStringLiteral("metric"),
                         QStringLiteral("value"), QStringLiteral("period")};
        table.rows = {{QStringLiteral("renewal-form"), QStringLiteral("Drop-off"),
                       QStringLiteral("38 %"), QStringLiteral("2026-Q1")},
                      {QStringLiteral("tariff-page"), QStringLiteral("Drop-off"),
                       QStringLiteral("12 %"), QStringLiteral("2026-Q1")}};
        QVERIFY(importTable(table));
        QComboBox *metric = window().overlayBar()->metricBox();
        QCOMPARE(metric->count(), 2); // none + drop-off
        QVERIFY(!view()->mapScene()->overlay());
        metric->setCurrentIndex(1);
        emit metric->activated(1);
        const MetricOverlay *overlay = view()->mapScene()->overlay();
        QVERIFY(overlay);
        QCOMPARE(overlay->size(), 2);
        int critical = 0;
        for (const Card &c : journey().cards)
            if (const auto *v = overlay->value(c.id); v && v->status == MetricStatus::Critical)
                ++critical;
        QCOMPARE(critical, 1);
        QVERIFY(window().overlayBar()->legend()->text().contains(QStringLiteral("Drop-off")));
        // Thresholds are the user's to set: 40 % critical makes the 38 % a warning.
        {
            MetricDialog dialog(doc(), doc()->project().metrics[0].id);
            dialog.field(QStringLiteral("critical"))->setText(QStringLiteral("40"));
            dialog.field(QStringLiteral("warning"))->setText(QStringLiteral("not a number"));
            // Refused with a message, which the test closes as a user would.
            std::function<void()> closeBox;
            closeBox = [&closeBox] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                        box->accept();
                        return;
                    }
                QTimer::singleShot(10, closeBox);
            };
            QTimer::singleShot(0, closeBox);
            dialog.accept();
            QCOMPARE(doc()->project().metrics[0].critical, std::optional<double>(30));
            dialog.field(QStringLiteral("warning"))->setText(QStringLiteral("20"));
            dialog.accept();
            QCOMPARE(doc()->project().metrics[0].critical, std::optional<double>(40));
        }
        QCOMPARE(view()->mapScene()->overlay()->metric().critical, std::optional<double>(40));
        doc()->undoStack()->undo();
        // The friction panel ranks the critical drop-off first; a click shows the card.
        FrictionPanel *friction = window().frictionPanel();
        QVERIFY(friction->isRebuildPending()); // the edits schedule the ranking
        QTRY_VERIFY(!friction->isRebuildPending());
        QVERIFY(friction->count() >= 1);
        QVERIFY2(friction->item(0)->text().contains(QStringLiteral("Renewal form")),
                 qPrintable(friction->item(0)->text()));
        QVERIFY(friction->item(0)->text().contains(QStringLiteral("critical above 30 %")));
        // The map's disc beside it; screen readers hear the rank.
        QVERIFY(!friction->item(0)->icon().isNull());
        QVERIFY2(friction->item(0)
                     ->data(Qt::AccessibleTextRole)
                     .toString()
                     .startsWith(QStringLiteral("Rank 1: Renewal form")),
                 qPrintable(friction->item(0)->data(Qt::AccessibleTextRole).toString()));
        QTest::mouseClick(friction->viewport(), Qt::LeftButton, {},
                          friction->visualItemRect(friction->item(0)).center());
        QCOMPARE(doc()->selectedCards().size(), 1);
        QCOMPARE(journey().card(doc()->selectedCards()[0])->text, QStringLiteral("Renewal form"));
        // The map marks it too: disc number 1, and the tooltip says why.
        const Id worst = doc()->selectedCards()[0];
        QVERIFY(view()->mapScene()->frictionMark(worst));
        QCOMPARE(view()->mapScene()->frictionMark(worst)->rank, 1);
        QVERIFY2(view()->mapScene()->cardItem(worst)->toolTip().contains(
                     QStringLiteral("Friction point 1")),
                 qPrintable(view()->mapScene()->cardItem(worst)->toolTip()));
        QVERIFY(window().overlayBar()->legend()->text().contains(
            QStringLiteral("worst friction points")));
        QVERIFY(window().overlayBar()->legend()->text().contains(QStringLiteral("critical !!")));
        // Volume is not judged: its values are grey and the legend explains no colours.
        Table calls;
        calls.columns = {QStringLiteral("Touchpoint"), QStringLiteral("Calls")};
        calls.rows = {{QStringLiteral("hotline"), QStringLiteral("8740")}};
        QVERIFY(importTable(calls));
        metric->setCurrentIndex(metric->findText(QStringLiteral("Calls")));
        emit metric->activated(metric->currentIndex());
        QCOMPARE(view()->mapScene()->overlay()->metric().name, QStringLiteral("Calls"));
        QVERIFY(!window().overlayBar()->legend()->text().contains(QStringLiteral("critical")));
        QVERIFY(window().overlayBar()->legend()->text().contains(
            QStringLiteral("worst friction points")));
        metric->setCurrentIndex(metric->findText(QStringLiteral("Drop-off")));
        emit metric->activated(metric->currentIndex());
        view()->setZoom(1.0);
        QTest::qWait(50);
        QVERIFY(window().grab().save(QStringLiteral("canvas-overlay.png")));
        metric->setCurrentIndex(0);
        emit metric->activated(0);
        QVERIFY(!view()->mapScene()->overlay());
        // Without the overlay the map is a plain map again.
        QVERIFY(!view()->mapScene()->frictionMark(worst));
        QVERIFY(!view()->mapScene()->cardItem(worst)->toolTip().contains(
            QStringLiteral("Friction point")));
    }

    void frictionFollowsOverlayPeriodAndSegment()
    {
        Table table;
        table.columns = {QStringLiteral("target"), QStringLiteral("metric"),
                         QStringLiteral("value"), QStringLiteral("period"),
                         QStringLiteral("segment")};
        const auto row = [](const char *value, const char *period, const char *segment) {
            return QStringList{QStringLiteral("renewal-form"), QStringLiteral("Drop-off"),
                               QLatin1String(value), QLatin1String(period), QLatin1String(segment)};
        };
        // Critical in Q1 for new customers only; healthy in Q2 for everyone.
        table.rows = {row("38 %", "2026-Q1", "new"), row("8 %", "2026-Q1", "existing"),
                      row("9 %", "2026-Q2", "new"), row("7 %", "2026-Q2", "existing")};
        QVERIFY(importTable(table));
        FrictionPanel *friction = window().frictionPanel();
        const auto listed = [friction] {
            QStringList texts;
            for (int i = 0; i < friction->count(); ++i)
                texts.append(friction->item(i)->text());
            return texts.join(QLatin1Char('\n'));
        };
        OverlayBar *bar = window().overlayBar();
        const auto choose = [](QComboBox *box, const QString &text) {
            const int i = box->findText(text);
            QVERIFY2(i >= 0, qPrintable(text));
            box->setCurrentIndex(i);
            emit box->activated(i);
        };
        choose(bar->metricBox(), QStringLiteral("Drop-off"));
        choose(bar->periodBox(), QStringLiteral("2026-Q1"));
        choose(bar->segmentBox(), QStringLiteral("new"));
        QVERIFY2(listed().contains(QStringLiteral("2026-Q1, new")), qPrintable(listed()));
        QVERIFY2(listed().contains(QStringLiteral("Renewal form")), qPrintable(listed()));
        QVERIFY(listed().contains(QStringLiteral("38 %")));
        // The same step for existing customers, and in Q2, has no friction.
        choose(bar->segmentBox(), QStringLiteral("existing"));
        QVERIFY2(!listed().contains(QStringLiteral("Renewal form")), qPrintable(listed()));
        choose(bar->periodBox(), QStringLiteral("2026-Q2"));
        choose(bar->segmentBox(), QStringLiteral("new"));
        QVERIFY2(!listed().contains(QStringLiteral("Renewal form")), qPrintable(listed()));
        QVERIFY(listed().contains(QStringLiteral("2026-Q2, new")));
        // Back to no overlay: the latest values for everyone, with no scope line.
        choose(bar->metricBox(), QStringLiteral("No overlay"));
        QVERIFY(!listed().contains(QStringLiteral("2026-Q2, new")));
    }

    void thresholdsDialogKnowsTheCesConvention()
    {
        Table table;
        table.columns = {QStringLiteral("Touchpoint"), QStringLiteral("CES")};
        table.rows = {{QStringLiteral("hotline"), QStringLiteral("3.4")},
                      {QStringLiteral("shop"), QStringLiteral("2.1")}};
        QVERIFY(importTable(table));
        const MetricDefinition effort = doc()->project().metrics[0];
        QVERIFY(!effort.higherIsBetter); // 1 to 5: how much effort
        MetricDialog dialog(doc(), effort.id);
        QVERIFY(!dialog.convention()->isHidden());
        QCOMPARE(dialog.convention()->currentData().toBool(), false);
        // Switching to CES 2.0 switches scale, direction and thresholds together.
        dialog.convention()->setCurrentIndex(0);
        emit dialog.convention()->activated(0);
        const MetricDefinition ces20 = dialog.metric();
        QVERIFY(ces20.higherIsBetter);
        QCOMPARE(ces20.scaleMax, std::optional<double>(7));
        QVERIFY(*ces20.critical < *ces20.warning);
        dialog.accept();
        QVERIFY(doc()->project().metrics[0].higherIsBetter);
        doc()->undoStack()->undo();
        QVERIFY(!doc()->project().metrics[0].higherIsBetter);
        // An undecided metric can be decided here; thresholds follow its scale.
        Table open;
        open.columns = {QStringLiteral("Touchpoint"), QStringLiteral("Score X")};
        open.rows = {{QStringLiteral("hotline"), QStringLiteral("1")},
                     {QStringLiteral("shop"), QStringLiteral("4")}};
        QVERIFY(importTable(open));
        const MetricDefinition *score =
            MetricOverlay::find(doc()->project(), QStringLiteral("Score X"));
        QVERIFY(score && !score->directionKnown);
        MetricDialog decide(doc(), score->id);
        QVERIFY(decide.convention()->isHidden());
        QCOMPARE(decide.direction()->currentData().toInt(), -1); // not set
        decide.direction()->setCurrentIndex(0);                  // higher is better
        emit decide.direction()->activated(0);
        QCOMPARE(decide.field(QStringLiteral("warning"))->text(), QStringLiteral("3.5"));
        decide.accept();
        QVERIFY(MetricOverlay::find(doc()->project(), QStringLiteral("Score X"))->directionKnown);
    }

    void importDialogMapsConfirmsAndImports()
    {
        const QString csv = m_dir.filePath(QStringLiteral("kpis%1.csv").arg(m_n));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Touchpoint;KPI;Wert\nrenewal-form;Abbruchrate;38,5 %\nrenwal form;CSAT;2,9\n");
        f.close();
        ImportDialog dialog(doc(), csv);
        QVERIFY(dialog.isReadable());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QStringLiteral("import-dialog.png")));
        // The preview numbers rows as the file does, like the messages.
        auto *preview = dialog.findChild<QTableWidget *>();
        QVERIFY(preview);
        QCOMPARE(preview->verticalHeaderItem(1)->text(), QStringLiteral("3"));
        QCOMPARE(dialog.mapping().mark, NumberParse::DecimalMark::Comma);
        QCOMPARE(dialog.plan().added.size(), 1);
        QCOMPARE(dialog.plan().unmatched.size(), 1);
        // The user takes the suggestion for the misspelt target.
        QVERIFY(dialog.useSuggestion(0, true));
        QCOMPARE(dialog.plan().unmatched.size(), 0);
        QCOMPARE(dialog.plan().added.size(), 2);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc()->project().observations.size(), 2);
        QCOMPARE(doc()->undoStack()->count(), 1);
        // The confirmation is kept in the saved mapping for the next file.
        QVERIFY(doc()->project().imports[0].mapping.contains(QStringLiteral("renwal form")));
        // A file that is no table says why.
        const QString bad = m_dir.filePath(QStringLiteral("bad%1.xlsx").arg(m_n));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("PK\x03\x04 not a zip");
        b.close();
        ImportDialog broken(doc(), bad);
        QVERIFY(!broken.isReadable());
        QVERIFY(broken.readError().contains(QStringLiteral("damaged")));
    }

    void importDialogAsksAndTakesBack()
    {
        const QString csv = m_dir.filePath(QStringLiteral("ask%1.csv").arg(m_n));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Touchpoint,Month,Score X\nHotine,Jan,2\ntariff-page,Jan,4\nHotine,Feb,3\n"
                "hotline,Jan,1\nHotine,Mar,2\n");
        f.close();
        ImportDialog dialog(doc(), csv);
        QVERIFY(dialog.isReadable());
        // A metric Waymark cannot judge: asked, with its guess, and said so.
        QCOMPARE(dialog.metricsView()->rowCount(), 1);
        auto *better =
            dialog.metricsView()->findChild<QComboBox *>(QStringLiteral("direction:Score X"));
        QVERIFY(better);
        QCOMPARE(better->currentData().toBool(), true);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("importNotice"))->text().isEmpty());
        better->setCurrentIndex(1);
        emit better->activated(1);
        QCOMPARE(dialog.mapping().directions.value(QStringLiteral("Score X")), false);
        // One line per target without a match, with its rows.
        QTreeWidget *unmatched = dialog.unmatchedView();
        QCOMPARE(unmatched->topLevelItemCount(), 1);
        QCOMPARE(unmatched->topLevelItem(0)->text(0), QStringLiteral("Hotine"));
        QCOMPARE(unmatched->topLevelItem(0)->text(1), QStringLiteral("2, 4, 6"));
        QCOMPARE(unmatched->topLevelItem(0)->text(2), QStringLiteral("Hotline"));
        // "Hotine" would give the hotline January twice: refused, with the reason, and the
        // import stays possible.
        QVERIFY(!dialog.useSuggestion(0, true));
        QVERIFY(dialog.blockedReason().isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importBlocked"))
                    ->text()
                    .contains(QStringLiteral("cannot be read as")));
        QVERIFY(dialog.plan().problems.isEmpty());
        QCOMPARE(dialog.plan().added.size(), 2);
        QCOMPARE(unmatched->topLevelItem(0)->checkState(2), Qt::Unchecked);
        // Without the clash it is taken, and taken back again with its check box.
        const QString clean = m_dir.filePath(QStringLiteral("clean%1.csv").arg(m_n));
        QFile g(clean);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("Touchpoint,Month,CSAT\nHotine,Jan,2\ntariff-page,Jan,4\nHotine,Feb,3\n");
        g.close();
        ImportDialog second(doc(), clean);
        QCOMPARE(second.plan().added.size(), 1);
        QTreeWidgetItem *item = second.unmatchedView()->topLevelItem(0);
        item->setCheckState(2, Qt::Checked); // as a click on the box does
        QTRY_COMPARE(second.plan().added.size(), 3);
        QCOMPARE(second.unmatchedView()->topLevelItem(0)->checkState(2), Qt::Checked);
        second.unmatchedView()->topLevelItem(0)->setCheckState(2, Qt::Unchecked);
        QTRY_COMPARE(second.plan().added.size(), 1);
        // A table with no metric columns says why Import is disabled.
        const QString people = m_dir.filePath(QStringLiteral("people%1.csv").arg(m_n));
        QFile h(people);
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("Name;E-Mail;Telefon\nAnna;anna@example.org;0171 1234567\n");
        h.close();
        ImportDialog none(doc(), people);
        QVERIFY(none.blockedReason().contains(QStringLiteral("no metric columns")));
        QVERIFY(!none.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(none.findChild<QLabel *>(QStringLiteral("importBlocked"))->isVisibleTo(&none));
    }

    void chartsShowFunnelTrendAndFeeling()
    {
        Table table;
        table.columns = {QStringLiteral("target"), QStringLiteral("metric"),
                         QStringLiteral("value"), QStringLiteral("period")};
        const QStringList stages{QStringLiteral("Contract end approaches"),
                                 QStringLiteral("Compare offers"),
                                 QStringLiteral("Decide and renew")};
        const QStringList volumes{QStringLiteral("1000"), QStringLiteral("600"),
                                  QStringLiteral("150")};
        for (int i = 0; i < 3; ++i)
            table.rows.append(
                {stages[i], QStringLiteral("volume"), volumes[i], QStringLiteral("Q1")});
        table.rows.append({QStringLiteral("renewal-form"), QStringLiteral("csat"),
                           QStringLiteral("3.1"), QStringLiteral("Q1")});
        table.rows.append(
            {stages[1], QStringLiteral("csat"), QStringLiteral("3.3"), QStringLiteral("Q1")});
        table.rows.append({QStringLiteral("renewal-form"), QStringLiteral("csat"),
                           QStringLiteral("3.6"), QStringLiteral("Q2")});
        QVERIFY(importTable(table));
        ChartsPanel *charts = window().chartsPanel();
        const QPointer<QChart> first = charts->chart(0);
        // Volume is the funnel's; the metric to chart is one of the others.
        auto *chooser = charts->findChild<QComboBox *>();
        QVERIFY(chooser);
        QCOMPARE(chooser->findText(QStringLiteral("volume"), Qt::MatchFixedString), -1);
        QVERIFY(chooser->findText(QStringLiteral("csat"), Qt::MatchFixedString) >= 0);
        // The funnel: volumes by stage, conversions 60 % and 25 %.
        auto *funnel = qobject_cast<QBarSeries *>(charts->chart(0)->series().value(0));
        QVERIFY(funnel);
        QCOMPARE(funnel->barSets()[0]->at(0), 1000.0);
        QCOMPARE(funnel->barSets()[0]->at(2), 150.0);
        QCOMPARE(ChartsPanel::conversions({1000, 600, 150}), QList<double>({60.0, 25.0}));
        // A stage with more volume than the one before says so instead of "773 %".
        QCOMPARE(StageSeries::conversionText({1130, 8740}, 1),
                 QStringLiteral("↑ more than the stage before"));
        QCOMPARE(StageSeries::conversionText({1000, 600}, 1), QStringLiteral("→ 60 %"));
        QVERIFY(StageSeries::conversionText({0, 600}, 1).isEmpty());
        QVERIFY(StageSeries::conversionText({1000, 600}, 0).isEmpty());
        // The funnel is the volume metric's, by name.
        QVERIFY2(charts->chart(0)->title().contains(QStringLiteral("volume")),
                 qPrintable(charts->chart(0)->title()));
        // Over time: CSAT of the selected card, Q1 then Q2.
        const Id form = [&] {
            for (const Card &c : journey().cards)
                if (c.text == QStringLiteral("Renewal form")) return c.id;
            return Id();
        }();
        doc()->setSelectedCards({form});
        auto *line = qobject_cast<QLineSeries *>(charts->chart(1)->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(1).y(), 3.6);
        // A card without values of its own shows its stage's; here the stage has none.
        const Id sameStage = [&] {
            const Card *f = journey().card(form);
            for (const Card &c : journey().cards)
                if (c.stageId == f->stageId && c.id != form) return c.id;
            return Id();
        }();
        doc()->setSelectedCards({sameStage});
        line = qobject_cast<QLineSeries *>(charts->chart(1)->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->count(), 0);
        // A card in "Compare offers" shows its stage's CSAT.
        for (const Card &c : journey().cards)
            if (journey().stages[journey().stageIndex(c.stageId)].name == stages[1] &&
                c.touchpointKey.isEmpty()) {
                doc()->setSelectedCards({c.id});
                break;
            }
        line = qobject_cast<QLineSeries *>(charts->chart(1)->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->count(), 1);
        QCOMPARE(line->at(0).y(), 3.3);
        doc()->setSelectedCards({form});
        // The charts follow the overlay's period: Q2 has no volumes.
        window().overlayBar()->metricBox()->setCurrentIndex(
            window().overlayBar()->metricBox()->findText(QStringLiteral("Volume")));
        emit window().overlayBar()->metricBox()->activated(
            window().overlayBar()->metricBox()->currentIndex());
        QComboBox *period = window().overlayBar()->periodBox();
        period->setCurrentIndex(period->findText(QStringLiteral("Q1")));
        emit period->activated(period->currentIndex());
        funnel = qobject_cast<QBarSeries *>(charts->chart(0)->series().value(0));
        QCOMPARE(funnel->barSets()[0]->at(0), 1000.0);
        QCOMPARE(period->findText(QStringLiteral("Q2")), -1); // volume has only Q1
        charts->setScope(QStringLiteral("Q2"), QString());
        funnel = qobject_cast<QBarSeries *>(charts->chart(0)->series().value(0));
        QCOMPARE(funnel->barSets()[0]->at(0), 0.0);
        QCOMPARE(charts->chart(0)->title(), QStringLiteral("No volume imported yet"));
        charts->setScope(QString(), QString());
        QVERIFY(first.isNull()); // charts drawn afresh do not pile up
        // The feeling against the metric, stage by stage; charts save as PNG and SVG.
        QCOMPARE(charts->chart(2)->series().size(), 2);
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("chart%1.png").arg(m_n));
        const QString svg = m_dir.filePath(QStringLiteral("chart%1.svg").arg(m_n));
        QVERIFY(charts->saveChart(0, png, &error));
        QVERIFY(charts->saveChart(2, svg, &error));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(QFileInfo(svg).size() > 500);
    }

    void screenshots()
    {
        view()->setZoom(1.0);
        QTest::qWait(50);
        QVERIFY(window().grab().save(QStringLiteral("canvas-100.png")));
        view()->fitMap();
        // The whole map is in sight.
        const QRect mapOnScreen =
            view()->mapFromScene(view()->mapScene()->mapLayout().bounds).boundingRect();
        QVERIFY(view()->zoom() < 1.0);
        QVERIFY2(vp()->rect().adjusted(-2, -2, 2, 2).contains(mapOnScreen),
                 qPrintable(QStringLiteral("%1x%2 in %3x%4 at %5")
                                .arg(mapOnScreen.width())
                                .arg(mapOnScreen.height())
                                .arg(vp()->width())
                                .arg(vp()->height())
                                .arg(view()->zoom())));
        QTest::qWait(50);
        const QImage fit = view()->viewport()->grab().toImage();
        QVERIFY(fit.save(QStringLiteral("canvas-fit.png")));
        // Not blank: many colours on the map.
        QSet<QRgb> colours;
        for (int y = 0; y < fit.height(); y += 7)
            for (int x = 0; x < fit.width(); x += 7)
                colours.insert(fit.pixel(x, y));
        QVERIFY(colours.size() > 50);
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
