// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's workshop tools with simulated keys and clicks on the real window:
// presenting, quick capture, the timer, a voting round and the inbox.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvas/tools/votetool.h"
#include "document/document.h"
#include "document/templates.h"
#include "fileactions.h"
#include "i18n.h"
#include "io/mapexport.h"
#include "mainwindow.h"
#include "presenter.h"
#include "workshop/workshopserver.h"
#include "workshop/workshopsession.h"
#include "workshoppanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPdfDocument>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace waymark;
using namespace waymark::test;

class TestWorkshopGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;
    QString m_file;

    Document *doc() { return m_window->document(); }
    MapView *view() { return m_window->mapView(); }
    WorkshopPanel *panel() { return m_window->workshopPanel(); }
    const Journey &journey() { return *doc()->project().journey(doc()->currentJourneyId()); }
    Project reopened() { return reopenProject(m_file); }
    QPushButton *button(const QString &text)
    {
        for (QPushButton *b : panel()->findChildren<QPushButton *>())
            if (b->text() == text) return b;
        return nullptr;
    }
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("WAYMARK_SHOTS");
        if (dir.isEmpty()) return;
        if (auto *dock = m_window->findChild<QDockWidget *>("workshopDock")) dock->raise();
        QTest::qWait(50);
        m_window->grab().save(dir + "/" + name);
    }

private slots:
    void init()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        m_file = m_dir.filePath(QStringLiteral("g%1.waymark").arg(++m_n));
        QVERIFY(Store::create(m_file, p, &error));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->fileActions()->openFile(m_file));
    }
    void cleanup() { m_window.reset(); }

    void presentingStepsThroughStagesAndComesBack()
    {
        Presenter *presenter = m_window->presenter();
        const double zoom = view()->zoom();
        QTest::keyClick(view(), Qt::Key_F5);
        QVERIFY(presenter->isPresenting());
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!m_window->statusBar()->isVisible());
        for (QDockWidget *d : m_window->findChildren<QDockWidget *>())
            QVERIFY(!d->isVisible());
        QCOMPARE(view()->presentedStage(), -1);
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(view()->presentedStage(), 0);
        QTest::keyClick(view(), Qt::Key_PageDown);
        QCOMPARE(view()->presentedStage(), 1);
        QTest::keyClick(view(), Qt::Key_Space);
        QCOMPARE(view()->presentedStage(), 2);
        QTest::qWait(20);
        if (!qEnvironmentVariableIsEmpty("WAYMARK_SHOTS"))
            m_window->grab().save(qEnvironmentVariable("WAYMARK_SHOTS") + "/workshop-stage.png");
        // The presented stage fills the view: its column is within the viewport and wide.
        const MapLayout &layout = view()->mapScene()->mapLayout();
        const QRect column = view()
                                 ->mapFromScene(QRectF(layout.columnX[2], 0,
                                                       layout.columnX[3] - layout.columnX[2], 10))
                                 .boundingRect();
        QVERIFY(column.left() >= 0 && column.right() <= view()->viewport()->width());
        QVERIFY(column.width() > view()->viewport()->width() / 3);
        QTest::keyClick(view(), Qt::Key_PageUp);
        QCOMPARE(view()->presentedStage(), 1);
        QTest::keyClick(view(), Qt::Key_End);
        QCOMPARE(view()->presentedStage(), journey().stages.size() - 1);
        QTest::keyClick(view(), Qt::Key_Right); // stays on the last stage
        QCOMPARE(view()->presentedStage(), journey().stages.size() - 1);
        QTest::keyClick(view(), Qt::Key_Home);
        QCOMPARE(view()->presentedStage(), -1);
        QTest::keyClick(view(), Qt::Key_F6);
        QVERIFY(view()->spotlight());
        QTest::keyClick(view(), Qt::Key_F6);
        QVERIFY(!view()->spotlight());
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(!presenter->isPresenting());
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(m_window->statusBar()->isVisible());
        QCOMPARE(view()->zoom(), zoom);
        QCOMPARE(view()->presentedStage(), -1);
    }

    void quickCaptureLandsInTheCurrentCellOfTheStage()
    {
        Presenter *presenter = m_window->presenter();
        presenter->start();
        QTest::keyClick(view(), Qt::Key_Right);
        QTest::keyClick(view(), Qt::Key_Right); // stage 1
        int pains = -1;
        for (int l = 0; l < journey().lanes.size(); ++l)
            if (journey().lanes[l].kind == LaneKind::PainPoints) pains = l;
        view()->setCurrentCell(1, pains);
        const int before = journey().cellSize(journey().stages[1].id, journey().lanes[pains].id);
        QTest::keyClicks(view(), "T");
        QVERIFY(presenter->captureField()->isVisible());
        QTest::keyClicks(presenter->captureField(), "oo many tariffs");
        QCOMPARE(presenter->captureField()->text(), QStringLiteral("Too many tariffs"));
        QTest::keyClick(presenter->captureField(), Qt::Key_Return);
        QVERIFY(!presenter->captureField()->isVisible());
        const QList<const Card *> cell =
            journey().cellCards(journey().stages[1].id, journey().lanes[pains].id);
        QCOMPARE(cell.size(), before + 1);
        QCOMPARE(cell.last()->text, QStringLiteral("Too many tariffs"));
        QVERIFY(presenter->isPresenting()); // still presenting
        // Esc in the capture field cancels it, not the presentation.
        QTest::keyClicks(view(), "x");
        QTest::keyClick(presenter->captureField(), Qt::Key_Escape);
        QVERIFY(presenter->isPresenting());
        QCOMPARE(journey().cellCards(journey().stages[1].id, journey().lanes[pains].id).size(),
                 before + 1);
        presenter->stop();
    }

    void timerRunsInTheWindowAndWhilePresenting()
    {
        QVERIFY(button("5 min"));
        QTest::mouseClick(button("5 min"), Qt::LeftButton);
        QVERIFY(panel()->session()->timerRunning());
        QCOMPARE(panel()->timerText(), QStringLiteral("5:00"));
        bool found = false;
        for (QLabel *l : m_window->statusBar()->findChildren<QLabel *>())
            found |= l->text() == QStringLiteral("Timer 5:00");
        QVERIFY(found);
        QTest::mouseClick(button("Pause"), Qt::LeftButton);
        QVERIFY(!panel()->session()->timerRunning());
        QVERIFY(button("Resume"));
        QTest::mouseClick(button("+1 min"), Qt::LeftButton);
        QVERIFY(panel()->timerText().startsWith("5:5") || panel()->timerText() == "6:00");
        QTest::mouseClick(button("Resume"), Qt::LeftButton);
        m_window->presenter()->start();
        QTRY_VERIFY(m_window->presenter()->timerLabel()->isVisible());
        QVERIFY(m_window->presenter()->timerLabel()->text().contains(':'));
        shot("workshop-present.png");
        m_window->presenter()->stop();
        // The end: one beep and one notice.
        QSignalSpy up(panel(), &WorkshopPanel::timeUp);
        panel()->startTimer(1);
        QTRY_COMPARE_WITH_TIMEOUT(up.size(), 1, 5000);
        QTest::qWait(600);
        QCOMPARE(up.size(), 1);
        QTest::mouseClick(button("Stop"), Qt::LeftButton);
        QCOMPARE(panel()->timerText(), QString());
    }

    void aVoteRoundFromStartToResult()
    {
        // Vote on the current stage's cards.
        view()->setCurrentCell(1, 0);
        auto *scope = panel()->findChild<QComboBox *>();
        Q_UNUSED(scope);
        for (QComboBox *c : panel()->findChildren<QComboBox *>())
            if (c->findText("Current stage") >= 0) c->setCurrentIndex(c->findText("Current stage"));
        for (QLineEdit *e : panel()->findChildren<QLineEdit *>())
            if (e->placeholderText().startsWith("Which")) QTest::keyClicks(e, "What hurts most?");
        QTest::mouseClick(button("Start Voting"), Qt::LeftButton);
        const VoteRound *round = doc()->openRoundOf(journey().id);
        QVERIFY(round);
        QCOMPARE(round->question, QStringLiteral("What hurts most?"));
        const Id stage1 = journey().stages[1].id;
        QVERIFY(!round->cards.isEmpty());
        for (const Id &c : round->cards)
            QCOMPARE(journey().card(c)->stageId, stage1);
        QVERIFY(button("Close Voting"));
        const Id roundId = round->id, top = round->cards.last();
        // Two participants vote over the API.
        for (const QString &who : {QStringLiteral("a"), QStringLiteral("b")})
            QVERIFY(!doc()->castVote(journey().id, roundId, top, who).isNull());
        QVERIFY(!doc()->castVote(journey().id, roundId, round->cards.first(), "a").isNull());
        QCOMPARE(view()->voteBadges().value(top), 2);
        // The facilitator votes on the map itself.
        QPushButton *onMap = button("Vote on the Map");
        QVERIFY(onMap && onMap->isEnabled());
        QTest::mouseClick(onMap, Qt::LeftButton);
        QVERIFY(dynamic_cast<VoteTool *>(view()->tool()));
        view()->ensureCardVisible(top);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->viewportPosOf(top));
        QCOMPARE(view()->voteBadges().value(top), 3);
        QTest::mouseClick(button("Close Voting"), Qt::LeftButton);
        QVERIFY(!dynamic_cast<VoteTool *>(view()->tool())); // voting ended with the round
        QVERIFY(!onMap->isChecked() && !onMap->isEnabled());
        QVERIFY(!doc()->openRoundOf(journey().id));
        QVERIFY(!reopened().journey(journey().id)->round(roundId)->isOpen());
        // Ranked: the top card first, with its dots.
        QListWidget *results = panel()->resultList();
        QVERIFY(results->count() >= 2);
        QVERIFY(results->item(0)->text().trimmed().startsWith("3"));
        QVERIFY(results->item(0)->text().contains(journey().card(top)->text.simplified().left(20)));
        QCOMPARE(view()->voteBadges().value(top), 3);
        shot("workshop-vote.png");
        // ... to the exported result: the PDF's last page ranks the round.
        const QString pdf = m_dir.filePath("result.pdf");
        QString error;
        QVERIFY2(
            MapExport::writePdf(doc()->project(), {journey().id}, pdf, MapExportOptions(), &error),
            qPrintable(error));
        QPdfDocument read;
        QCOMPARE(read.load(pdf), QPdfDocument::Error::None);
        const QString text = read.getAllText(read.pageCount() - 1).text();
        QVERIFY2(text.contains("What hurts most?"), qPrintable(text));
        QVERIFY(text.contains(journey().card(top)->text.left(12)));
    }

    void inboxAcceptIsOneUndoStep()
    {
        const Id jid = journey().id;
        InboxNote note;
        note.stageId = journey().stages[2].id;
        note.kind = NoteKind::Idea;
        note.text = "Offer a video call";
        note.author = "Cem";
        const Id noteId = doc()->receiveNote(jid, note);
        QVERIFY(!noteId.isNull());
        QListWidget *inbox = panel()->inboxList();
        QCOMPARE(inbox->count(), 1);
        // Private until revealed.
        QVERIFY(!inbox->item(0)->text().contains("video call"));
        QTest::mouseClick(button("Reveal All"), Qt::LeftButton);
        QVERIFY(inbox->item(0)->text().contains("Offer a video call"));
        inbox->item(0)->setSelected(true);
        const int cards = journey().cards.size();
        QTest::mouseClick(button("Accept"), Qt::LeftButton);
        QCOMPARE(journey().cards.size(), cards + 1);
        const Card *card = nullptr;
        for (const Card &c : journey().cards)
            if (c.text == "Offer a video call") card = &c;
        QVERIFY(card);
        QCOMPARE(journey().lanes[journey().laneIndex(card->laneId)].kind, LaneKind::Ideas);
        QCOMPARE(card->stageId, journey().stages[2].id);
        QCOMPARE(inbox->count(), 0); // left the inbox for the map
        shot("workshop-inbox.png");
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(journey().cards.size(), cards);
        QCOMPARE(inbox->count(), 1);
        QCOMPARE(reopened().journey(jid)->cards.size(), cards);
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QCOMPARE(journey().cards.size(), cards + 1);
        // Accept Here: into the cell the facilitator picked on the map.
        InboxNote question = note;
        question.kind = NoteKind::Question;
        question.text = "Who pays the router?";
        QVERIFY(!doc()->receiveNote(jid, question).isNull());
        view()->setCurrentCell(4, 1);
        inbox->item(inbox->count() - 1)->setSelected(true);
        QTest::mouseClick(button("Accept Here"), Qt::LeftButton);
        const QList<const Card *> cell =
            journey().cellCards(journey().stages[4].id, journey().lanes[1].id);
        QCOMPARE(cell.last()->text, QStringLiteral("Who pays the router?"));
    }

    void theGermanPanelFitsAt1280x720()
    {
        // A new window in German: every workshop word is translated and nothing is cut off.
        installTranslations(qApp, QStringLiteral("de"));
        const auto english = qScopeGuard([] { installTranslations(qApp, QStringLiteral("en")); });
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->fileActions()->openFile(m_file));
        auto *dock = m_window->findChild<QDockWidget *>("workshopDock");
        QCOMPARE(dock->windowTitle(), QStringLiteral("Workshop"));
        for (const char *text : {"Teilnehmende einladen", "Abstimmung starten", "Alle zeigen",
                                 "Hier übernehmen", "Auf der Map abstimmen", "Anhalten"})
            QVERIFY2(button(QString::fromUtf8(text)), text);
        InboxNote note;
        note.stageId = journey().stages[1].id;
        note.kind = NoteKind::Pain;
        note.text = "Die Warteschleife dauert ewig";
        note.author = "Jana";
        QVERIFY(!doc()->receiveNote(journey().id, note).isNull());
        panel()->startTimer(300);
        dock->raise();
        QTest::qWait(50);
        shot("workshop-de.png");
        // The panel is no wider than its dock: no button is cut off.
        QWidget *area = panel()->parentWidget(); // the scroll area's viewport
        QVERIFY2(panel()->width() <= area->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(panel()->width()).arg(area->width())));
    }

    void theQrCodeReadsAsTheJoinLink()
    {
        // Decoded by a real reader (zbarimg from Debian's zbar-tools), as a phone would.
        const QString zbar = QStandardPaths::findExecutable("zbarimg");
        if (zbar.isEmpty()) QSKIP("zbarimg is missing (packaging/dev.sh test installs zbar-tools)");
        const QString link = "http://192.168.1.23:8470/#code=ABC234";
        const QString png = m_dir.filePath("qr.png");
        QVERIFY(WorkshopPanel::qrCode(link, 4).save(png));
        QProcess reader;
        reader.start(zbar, {"--raw", "-q", png});
        QVERIFY(reader.waitForFinished(20'000));
        QCOMPARE(QString::fromUtf8(reader.readAllStandardOutput()).trimmed(), link);
    }

    void invitingStartsAServerThatEndsWithTheProject()
    {
        for (QSpinBox *s : panel()->findChildren<QSpinBox *>())
            if (s->maximum() == 65535)
                s->setValue(0 + 18470 + QRandomGenerator::global()->bounded(1000));
        for (QComboBox *c : panel()->findChildren<QComboBox *>())
            if (c->findText("127.0.0.1") >= 0) c->setCurrentIndex(c->findText("127.0.0.1"));
        QTest::mouseClick(button("Invite Participants"), Qt::LeftButton);
        QVERIFY(panel()->isServing());
        QVERIFY(panel()->joinUrl().contains("#code=" + panel()->session()->joinCode()));
        const QImage qr = WorkshopPanel::qrCode(panel()->joinUrl(), 4);
        QVERIFY(qr.width() > 100 && qr.width() == qr.height());
        QVERIFY(button("End Workshop"));
        shot("workshop-invite.png");
        // A port in use: a clear message and the chance to choose another.
        WorkshopSession other(doc(), journey().id);
        WorkshopServer busy(&other);
        QString error;
        QVERIFY(!busy.listen(QHostAddress::LocalHost, panel()->server()->port(), &error));
        const quint16 port = panel()->server()->port();
        QVERIFY(m_window->fileActions()->closeDocument());
        QVERIFY(!panel()->isServing());
        // The port is free again.
        WorkshopServer after(&other);
        QVERIFY2(after.listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
    }
};

QTEST_MAIN(TestWorkshopGui)
#include "tst_workshop_gui.moc"
