// SPDX-License-Identifier: GPL-3.0-or-later
// The Evidence panel, the insight dialog, the card's sources in Properties and Research
// Coverage, driven as a user does: clicks on the map, the panel's buttons, the keyboard.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "analytics/coverage.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "coveragedialog.h"
#include "document/document.h"
#include "document/templates.h"
#include "evidencepanel.h"
#include "guiutil.h"
#include "i18n.h"
#include "insightdialog.h"
#include "mainwindow.h"
#include "matrixdialog.h"
#include "render/matrixchart.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace waymark;
using namespace waymark::test;

class TestEvidenceGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    Document &open(MainWindow &w)
    {
        Project p;
        QString error;
        sampleProject("en", &p, &error);
        for (Journey &j : p.journeys)
            for (Card &c : j.cards)
                c.evidence = Evidence::Assumed;
        const QString file = m_dir.filePath(QString("g%1.waymark").arg(++m_n));
        Store::create(file, p, &error);
        OpenResult opened;
        w.setDocument(Document::open(file, Store::Access::ReadWrite, &opened));
        return *w.document();
    }

    // A click on the card where the map shows it.
    static void clickCard(MainWindow &w, const Id &card, Qt::KeyboardModifiers mods = {})
    {
        MapView *view = w.mapView();
        const QRectF r = view->mapScene()->mapLayout().cards.value(card);
        QVERIFY(!r.isEmpty());
        view->ensureVisible(r);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, view->mapFromScene(r.center()));
    }

    static QToolButton *button(EvidencePanel *panel, const char *name)
    {
        return panel->findChild<QToolButton *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void libraryLinksCardsAndTheirEvidenceFollows()
    {
        MainWindow w;
        Document &d = open(w);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        EvidencePanel *panel = w.evidencePanel();
        if (auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget())) dock->raise();
        QVERIFY(QTest::qWaitFor([panel] { return panel->isVisible(); }));
        QVERIFY(panel->findChild<QLabel *>()->text().startsWith("No insights yet"));
        const Journey &j = d.project().journeys[0];
        const Id a = j.cellCards(j.stages[1].id, j.lanes[0].id).first()->id;
        const Id b = j.cellCards(j.stages[2].id, j.lanes[0].id).first()->id;
        clickCard(w, a);
        QCOMPARE(d.selectedCards(), QList<Id>{a});

        // Add: the dialog, filled from the keyboard, adds it and links the selected card.
        whenShown<InsightDialog>([](InsightDialog *dialog) {
            auto *kind = dialog->findChild<QComboBox *>("insightKind");
            kind->setFocus();
            kind->setCurrentIndex(kind->findText("Analytics finding"));
            QVERIFY(dialog->findChild<QLabel *>("insightHint")->text().contains("observed"));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>("insightText"),
                             "62 % leave at the price page");
            QTest::keyClicks(dialog->findChild<QLineEdit *>("insightSource"), "Web analytics Q3");
            QTest::keyClicks(dialog->findChild<QLineEdit *>("insightTags"), "pricing, web");
            QTest::mouseClick(dialog->findChild<QCheckBox *>("insightHasDate"), Qt::LeftButton);
            dialog->accept();
        });
        QTest::mouseClick(button(panel, "insightAdd"), Qt::LeftButton);
        QCOMPARE(d.project().insights.size(), 1);
        const Insight x = d.project().insights[0];
        QCOMPARE(x.kind, InsightKind::Analytics);
        QCOMPARE(x.source, QString("Web analytics Q3"));
        QCOMPARE(x.tags, QStringList({"pricing", "web"}));
        QCOMPARE(x.date, QDate::currentDate());
        QCOMPARE(d.project().journeys[0].card(a)->insights, QList<Id>{x.id});
        QCOMPARE(d.project().journeys[0].card(a)->evidence, Evidence::Observed);
        QCOMPARE(d.undoStack()->undoText(), QString("Link 1 card to insight"));
        // The list marks it for the selected card; Properties shows the source and keeps the
        // evidence from being set by hand.
        QTreeWidget *list = panel->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).startsWith("\u2713 62 % leave"));
        QVERIFY(list->topLevelItem(0)->text(0).contains("Analytics finding · Web analytics Q3"));
        QVERIFY(list->topLevelItem(0)->text(0).contains("1 card"));
        auto *sources = w.findChild<QLabel *>("cardSources");
        QVERIFY(sources->text().contains("62 % leave at the price page"));
        const auto evidence = sources->parentWidget()->findChildren<QComboBox *>();
        bool disabledEvidence = false;
        for (QComboBox *box : evidence)
            disabledEvidence |= !box->isEnabled() && box->currentText() == "Observed";
        QVERIFY(disabledEvidence);
        if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
            w.grab().save(shots + "/evidence.png");

        // Another card: Link, then (all linked) the same button unlinks.
        clickCard(w, b);
        list->setCurrentItem(list->topLevelItem(0));
        QToolButton *link = button(panel, "insightLinkCards");
        QCOMPARE(link->text(), QString("Link"));
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(d.project().journeys[0].card(b)->evidence, Evidence::Observed);
        QCOMPARE(link->text(), QString("Unlink"));
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(d.project().journeys[0].card(b)->evidence, Evidence::Assumed);
        QCOMPARE(d.project().journeys[0].card(b)->insights, QList<Id>());

        // Search and kind filter.
        QTest::keyClicks(panel->search(), "checkout");
        QVERIFY(!list->isVisible());
        panel->search()->clear();
        QVERIFY(list->isVisible());
        auto *kind = panel->findChild<QComboBox *>("insightFilter");
        kind->setCurrentIndex(kind->findText("Interview quote"));
        QVERIFY(!list->isVisible());
        kind->setCurrentIndex(0);

        // Edit by double-click: an interview instead, so the card becomes reported.
        list->setCurrentItem(list->topLevelItem(0));
        whenShown<InsightDialog>([](InsightDialog *dialog) {
            auto *kinds = dialog->findChild<QComboBox *>("insightKind");
            QCOMPARE(kinds->currentText(), QString("Analytics finding"));
            kinds->setCurrentIndex(kinds->findText("Interview quote"));
            dialog->accept();
        });
        const QRect itemRect = list->visualItemRect(list->topLevelItem(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, itemRect.center());
        QMouseEvent dbl(QEvent::MouseButtonDblClick, itemRect.center(),
                        list->viewport()->mapToGlobal(itemRect.center()), Qt::LeftButton,
                        Qt::LeftButton, {});
        QApplication::sendEvent(list->viewport(), &dbl);
        QCOMPARE(d.project().insights[0].kind, InsightKind::Interview);
        QCOMPARE(d.project().journeys[0].card(a)->evidence, Evidence::Reported);

        // Cards selects what rests on it.
        d.setSelectedCards({});
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(button(panel, "insightShowCards"), Qt::LeftButton);
        QCOMPARE(d.selectedCards(), QList<Id>{a});

        // Delete asks first when cards rest on it; No keeps it, Yes deletes and unlinks.
        whenShown<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().startsWith("1 card rests on this insight"));
            box->button(QMessageBox::No)->click();
        });
        QTest::mouseClick(button(panel, "insightDelete"), Qt::LeftButton);
        QCOMPARE(d.project().insights.size(), 1);
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(button(panel, "insightDelete"), Qt::LeftButton);
        QVERIFY(d.project().insights.isEmpty());
        QCOMPARE(d.project().journeys[0].card(a)->evidence, Evidence::Assumed);
        QVERIFY(!list->isVisible());
        d.undoStack()->undo();
        QCOMPARE(d.project().journeys[0].card(a)->evidence, Evidence::Reported);
        QCOMPARE(list->topLevelItemCount(), 1);
    }

    void coverageWindowShowsWhatThePageDraws()
    {
        MainWindow w;
        Document &d = open(w);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *coverage = w.findChild<QAction *>("researchCoverage");
        QVERIFY(coverage && coverage->isEnabled());
        coverage->trigger();
        CoverageDialog *dialog = w.coverageDialog();
        QVERIFY(dialog && dialog->isVisible());
        const Journey &j = d.project().journeys[0];
        Coverage expected = Coverage::of(d.project(), j);
        QTreeWidget *list = dialog->assumptions();
        QCOMPARE(list->topLevelItemCount(), expected.assumptions.size());
        QCOMPARE(list->topLevelItem(0)->text(0), expected.assumptions[0].text.simplified());
        QCOMPARE(list->topLevelItem(0)->text(1), j.stages[expected.assumptions[0].stage].name);
        // Choosing an assumption selects its card on the map.
        const QRect first = list->visualItemRect(list->topLevelItem(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(d.selectedCards(), QList<Id>{expected.assumptions[0].cardId});
        // Backing it with an insight takes it off the list at once.
        Insight x;
        x.kind = InsightKind::Survey;
        x.text = "CSAT 41 % at this step";
        const Id id = d.addInsight(x);
        QVERIFY(d.linkInsight(j.id, {expected.assumptions[0].cardId}, id, true));
        QCOMPARE(list->topLevelItemCount(), expected.assumptions.size() - 1);
        QVERIFY(!dialog->page()->grab().toImage().isNull());
        if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + "/coverage.png");
        // It closes with its project.
        w.setDocument(nullptr);
        QVERIFY(!w.coverageDialog());
    }

    void matrixDragRescoresWhereTheDotWasShown()
    {
        MainWindow w;
        Document &d = open(w);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QAction *>("opportunityMatrix")->trigger();
        MatrixDialog *dialog = w.matrixDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const Journey &j = d.project().journeys[0];
        OpportunityMatrix m = OpportunityMatrix::of(d.project(), j);
        QCOMPARE(dialog->ranking()->topLevelItemCount(), m.ranked.size() + m.unscored.size());
        QCOMPARE(dialog->ranking()->topLevelItem(0)->text(1), m.ranked[0].text);
        // Drag the worst-ranked dot (the last) to effort 1, value 5: it becomes the best.
        QWidget *plot = dialog->plot();
        const auto g = MatrixChart::geometry(QRectF(plot->rect()).adjusted(6, 6, -6, -6));
        const OpportunityRow last = m.ranked.last();
        const QPoint from = MatrixChart::dotCentres(g, m).last().toPoint();
        const QPoint to = g.pointFor(1, 5).toPoint();
        QTest::mousePress(plot, Qt::LeftButton, {}, from);
        QCOMPARE(d.selectedCards(), QList<Id>{last.cardId});
        QTest::mouseMove(plot, (from + to) / 2);
        QTest::mouseMove(plot, to);
        if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + "/matrix-drag.png");
        QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
        const Card *c = d.project().journeys[0].card(last.cardId);
        const MatrixChart::Scores expected = MatrixChart::rescored(last, 1, 5);
        QCOMPARE(*c->effort, 1.0);
        QCOMPARE(*c->customerValue, expected.customer);
        QCOMPARE(*c->businessValue, expected.business);
        QCOMPARE(d.undoStack()->undoText(), QString("Score opportunity"));
        m = OpportunityMatrix::of(d.project(), d.project().journeys[0]);
        QCOMPARE(m.ranked[0].cardId, last.cardId);
        QCOMPARE(dialog->ranking()->topLevelItem(0)->text(1), last.text);
        // Drawn where the scores put it: the dot under the drop point is that card's.
        const QList<QPointF> centres = MatrixChart::dotCentres(g, m);
        QVERIFY(QLineF(centres[0], g.pointFor(1, m.ranked[0].value())).length() < 1);
        d.undoStack()->undo();
        QCOMPARE(*d.project().journeys[0].card(last.cardId)->effort, *last.effort);

        // The formula: a bad one is said and changes nothing; a good one reranks.
        dialog->formula()->setEditText("customer * ");
        QVERIFY(!dialog->applyFormula());
        QVERIFY(dialog->findChild<QLabel *>("formulaError")->text().contains("ends too early"));
        QCOMPARE(d.project().info.priorityFormula, QString());
        dialog->formula()->setEditText("effort");
        QTest::mouseClick(dialog->findChild<QPushButton *>("applyFormula"), Qt::LeftButton);
        QCOMPARE(d.project().info.priorityFormula, QString("effort"));
        m = OpportunityMatrix::of(d.project(), d.project().journeys[0]);
        QCOMPARE(*m.ranked[0].effort, 4.0);
        if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + "/matrix.png");
        // Export: the picture and the workbook.
        const QString png = m_dir.filePath("matrix.png"), xlsx = m_dir.filePath("matrix.xlsx");
        QVERIFY(dialog->exportTo(png));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(dialog->exportTo(xlsx));
        QVERIFY(QFileInfo(xlsx).size() > 1000);
        // Choosing a row selects the card.
        dialog->ranking()->setCurrentItem(dialog->ranking()->topLevelItem(1));
        QCOMPARE(d.selectedCards(), QList<Id>{m.ranked[1].cardId});
        w.setDocument(nullptr);
        QVERIFY(!w.matrixDialog());
    }

    void propertiesScoreAnOpportunityAndChooseWhatItAddresses()
    {
        MainWindow w;
        Document &d = open(w);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const Journey &j = d.project().journeys[0];
        int ideas = -1, pains = -1;
        for (int l = 0; l < j.lanes.size(); ++l) {
            if (j.lanes[l].kind == LaneKind::Ideas) ideas = l;
            if (j.lanes[l].kind == LaneKind::PainPoints) pains = l;
        }
        const Id idea = j.cellCards(j.stages[0].id, j.lanes[ideas].id).first()->id;
        const Id pain = j.cellCards(j.stages[1].id, j.lanes[pains].id).first()->id;
        clickCard(w, idea);
        auto *effort = w.findChild<QDoubleSpinBox *>("effort");
        QVERIFY(effort->isVisible());
        QCOMPARE(effort->value(), *j.card(idea)->effort);
        effort->setFocus();
        effort->selectAll();
        QTest::keyClicks(effort, "4.5");
        QTest::keyClick(effort, Qt::Key_Tab);
        QCOMPARE(*d.project().journeys[0].card(idea)->effort, 4.5);
        QCOMPARE(d.undoStack()->undoText(), QString("Score opportunity"));
        // Not scored: the lowest value.
        auto *customer = w.findChild<QDoubleSpinBox *>("customerValue");
        customer->setFocus();
        customer->setValue(0);
        QTest::keyClick(customer, Qt::Key_Tab);
        QVERIFY(!d.project().journeys[0].card(idea)->customerValue);
        // Addresses: tick a pain point of another stage.
        whenShown<QDialog>([pain](QDialog *dialog) {
            if (dialog->objectName() != "addressesDialog") return dialog->reject();
            auto *list = dialog->findChild<QListWidget *>("addressesList");
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).value<Id>() == pain)
                    list->item(i)->setCheckState(Qt::Checked);
            dialog->accept();
        });
        QTest::mouseClick(w.findChild<QPushButton *>("chooseAddresses"), Qt::LeftButton);
        QCOMPARE(d.project().journeys[0].card(idea)->addresses, QList<Id>{pain});
        QVERIFY(w.findChild<QLabel *>("cardAddresses")->text().contains(
            d.project().journeys[0].card(pain)->text.simplified().left(20)));
        // A card of another lane has no scores.
        clickCard(w, pain);
        QVERIFY(!effort->isVisible());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslations(&app, QStringLiteral("en"));
    if (qEnvironmentVariableIsSet("WAYMARK_SHOTS_LANG"))
        installTranslations(&app, qEnvironmentVariable("WAYMARK_SHOTS_LANG"));
    TestEvidenceGui test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_evidence_gui.moc"
