// SPDX-License-Identifier: GPL-3.0-or-later
// Journey > Take Snapshot, Snapshots and Compare, driven as a user does: menus, keyboard,
// buttons and clicks on the list of changes.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "guiutil.h"
#include "comparedialog.h"
#include "document/document.h"
#include "document/templates.h"
#include "analytics/friction.h"
#include "layout/maplayout.h"
#include "canvas/mapitems.h"
#include "commentspanel.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "i18n.h"
#include "journeydialog.h"
#include "journeypanel.h"
#include "mainwindow.h"
#include "snapshotsdialog.h"

#include <functional>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QSettings>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace waymark;
using namespace waymark::test;

namespace {

QAction *action(MainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestSnapshotsGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    // The sample with its current state duplicated as a future state, in which one card was
    // edited, one moved to the next stage and one deleted.
    void openEdited(MainWindow &w, Id *editedCard)
    {
        Project p;
        QString error;
        sampleProject("en", &p, &error);
        const QString file = m_dir.filePath(QString("g%1.waymark").arg(++m_n));
        Store::create(file, p, &error);
        OpenResult opened;
        w.setDocument(Document::open(file, Store::Access::ReadWrite, &opened));
        Document &d = *w.document();
        const Id current = d.project().journeys[0].id;
        const Id future = d.duplicateJourney(current, true);
        const Journey &f = *d.project().journey(future);
        Card edited = *f.cellCards(f.stages[0].id, f.lanes[0].id).first();
        edited.text = "Gets a clear offer";
        d.changeCard(future, edited);
        *editedCard = edited.id;
        const Id mover = f.cellCards(f.stages[1].id, f.lanes[0].id).first()->id;
        d.moveCards(future, {mover}, {f.stages[2].id, f.lanes[0].id, 0});
        d.removeCards(future, {f.cellCards(f.stages[3].id, f.lanes[0].id).first()->id});
        d.setCurrentJourney(current);
        d.undoStack()->clear();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void takeSnapshotFromTheMenuWithTheKeyboard()
    {
        MainWindow w;
        Id edited;
        openEdited(w, &edited);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        whenShown<QDialog>([](QDialog *d) {
            if (d->objectName() != "takeSnapshotDialog") return d->reject();
            auto *name = d->findChild<QLineEdit *>("snapshotName");
            QVERIFY(name->text().startsWith("Snapshot "));
            name->selectAll();
            QTest::keyClicks(name, "Before workshop");
            QVERIFY(d->findChild<QRadioButton *>("snapshotJourney")->isChecked());
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        const Project &p = w.document()->project();
        QCOMPARE(p.snapshots.size(), 1);
        QCOMPARE(p.snapshots[0].name, QString("Before workshop"));
        QCOMPARE(p.snapshots[0].journeyId, p.journeys[0].id);
        QCOMPARE(w.document()->undoStack()->undoText(), QString("Take snapshot \"Before workshop\""));

        // The same name again is refused with the reason, and nothing is added.
        whenShown<QDialog>([](QDialog *d) {
            if (d->objectName() != "takeSnapshotDialog") return d->reject();
            auto *name = d->findChild<QLineEdit *>("snapshotName");
            name->setText("before workshop");
            d->findChild<QRadioButton *>("snapshotWhole")->setChecked(true);
            whenShown<QMessageBox>([](QMessageBox *box) {
                QVERIFY(box->text().contains("already a snapshot called \"Before workshop\""));
                box->accept();
            });
            d->accept();
        });
        action(w, "takeSnapshot")->trigger();
        QCOMPARE(p.snapshots.size(), 1);
    }

    void snapshotsDialogRestoresAndDeletes()
    {
        MainWindow w;
        Id edited;
        openEdited(w, &edited);
        Document &d = *w.document();
        const Id current = d.project().journeys[0].id;
        QVERIFY(!d.takeSnapshot("Baseline", current).isNull());
        QVERIFY(!d.takeSnapshot("Everything").isNull());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        int rows = -1;
        QString firstName;
        whenShown<SnapshotsDialog>([&](SnapshotsDialog *s) {
            if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
                s->grab().save(shots + "/snapshots.png");
            rows = s->list()->topLevelItemCount();
            firstName = s->list()->topLevelItem(0)->text(0); // newest first
            // Restore "Baseline" as a new journey.
            s->list()->setCurrentItem(s->list()->topLevelItem(1));
            QTest::mouseClick(s->findChild<QPushButton *>("snapshotRestore"), Qt::LeftButton);
            // Its automatic snapshot appears at the top at once.
            QCOMPARE(s->list()->topLevelItemCount(), 3);
            QCOMPARE(s->list()->topLevelItem(0)->text(3), QString("automatic, before a restore"));
            // Delete "Everything".
            for (int i = 0; i < s->list()->topLevelItemCount(); ++i)
                if (s->list()->topLevelItem(i)->text(0) == "Everything")
                    s->list()->setCurrentItem(s->list()->topLevelItem(i));
            QTest::mouseClick(s->findChild<QPushButton *>("snapshotDelete"), Qt::LeftButton);
            QCOMPARE(s->list()->topLevelItemCount(), 2);
            s->reject();
        });
        action(w, "snapshots")->trigger();
        QCOMPARE(rows, 2);
        QCOMPARE(firstName, QString("Everything"));
        const Project &p = d.project();
        QCOMPARE(p.journeys.size(), 4); // the sample's two, the future state, the restored
        QCOMPARE(p.journeys.last().name,
                 QString("%1 (restored from \"Baseline\")").arg(p.journeys[0].name));
        QCOMPARE(d.currentJourneyId(), p.journeys.last().id); // shown at once
        QVERIFY(!p.snapshot("Everything"));
        // Each was one step: undo brings "Everything" back, then takes the restore away.
        d.undoStack()->undo();
        QVERIFY(p.snapshot("Everything"));
        d.undoStack()->undo();
        QCOMPARE(p.journeys.size(), 3);
        QCOMPARE(p.snapshots.size(), 2);
    }

    // What the window lists is what the diff found, a click on a change marks that card on
    // both maps, and the PDF holds the same sentences.
    void compareShowsWhatChanged()
    {
        MainWindow w;
        Id edited;
        openEdited(w, &edited);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const Project &p = w.document()->project();
        const Id originalCard = p.journeys[1].card(edited)->origin;
        QStringList shown, pdfText;
        JourneyDiff diff;
        whenShown<CompareDialog>([&](CompareDialog *c) {
            if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty()) {
                c->resize(1152, 648); // 90 % of a 1280 x 720 projector
                c->grab().save(shots + "/compare.png");
            }
            // The current journey against its future state, found by itself.
            QCOMPARE(c->fromBox()->currentText(), p.journeys[0].name);
            QCOMPARE(c->toBox()->currentText(), p.journeys[1].name);
            diff = c->diff();
            QCOMPARE(c->summary(), QString("Cards: 0 added, 1 removed, 1 changed, 1 moved"));
            QTreeWidget *list = c->changeList();
            QTreeWidgetItem *cards = list->topLevelItem(0);
            QCOMPARE(cards->text(0), QString("Cards"));
            for (int i = 0; i < cards->childCount(); ++i)
                shown.append(cards->child(i)->text(0));
            // Click the change of the edited card: marked on both maps.
            for (int i = 0; i < cards->childCount(); ++i)
                if (cards->child(i)->text(0).contains("Gets a clear offer")) {
                    const QRect r = list->visualItemRect(cards->child(i));
                    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
                }
            QCOMPARE(c->toMap()->highlight(), edited);
            QCOMPARE(c->fromMap()->highlight(), originalCard);
            // 100 %: each map at its own size, in a scroll area; Fit brings them back.
            const QSize fitted = c->toMap()->size();
            QTest::mouseClick(c->findChild<QToolButton *>("compareActualSize"), Qt::LeftButton);
            const QSizeF natural =
                MapLayout::compute(*p.journey(p.journeys[1].id)).bounds.size();
            QCOMPARE(c->toMap()->width(), qRound(natural.width()) + 12);
            QVERIFY(c->toMap()->width() > fitted.width());
            QTest::mouseClick(c->findChild<QToolButton *>("compareFit"), Qt::LeftButton);
            QCOMPARE(c->toMap()->zoom(), 0.0);
            const QString pdf = m_dir.filePath("compare.pdf");
            QVERIFY(c->exportPdf(pdf));
            QPdfDocument doc;
            QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
            for (int i = 0; i < doc.pageCount(); ++i)
                pdfText.append(doc.getAllText(i).text().simplified());
            QVERIFY(pdfText[0].contains("From: "));

            // Overlaid, chosen with the keyboard: one map, the future state with the ghosts.
            QWidget *fromScroll = c->fromMap()->parentWidget()->parentWidget();
            QVERIFY(fromScroll->isVisible() && !c->toMap()->isOverlaid());
            c->viewBox()->setFocus();
            QTest::keyClick(c->viewBox(), Qt::Key_Down);
            QCOMPARE(c->view(), ComparisonExport::View::Overlaid);
            QVERIFY(!fromScroll->isVisible());
            QVERIFY(c->toMap()->isOverlaid());
            // The one map takes the whole width.
            QTRY_VERIFY(c->toMap()->parentWidget()->parentWidget()->width() > c->width() * 0.8);
            const ComparisonExport::Overlaid &o = c->overlaid();
            QCOMPARE(o.removedGhosts.size(), 1);
            QCOMPARE(o.movedTo.size(), 1);
            QCOMPARE(o.journey.cards.size(), p.journeys[1].cards.size() + 2);
            // The removed card's line marks its ghost.
            for (int i = 0; i < cards->childCount(); ++i)
                if (cards->child(i)->text(0).startsWith("-")) {
                    const QRect r = list->visualItemRect(cards->child(i));
                    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
                }
            QVERIFY(o.ghostOf.contains(c->toMap()->highlight()));
            if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
                c->grab().save(shots + "/compare-overlaid.png");
            // Export PDF writes what the window shows.
            const QString overlaidPdf = m_dir.filePath("compare-overlaid.pdf");
            QVERIFY(c->exportPdf(overlaidPdf));
            QPdfDocument overlaidDoc;
            QCOMPARE(overlaidDoc.load(overlaidPdf), QPdfDocument::Error::None);
            const QString first = overlaidDoc.getAllText(0).text().simplified();
            QVERIFY2(first.contains("shown dashed") && !first.contains("From: "), qPrintable(first));
            QTest::keyClick(c->viewBox(), Qt::Key_Up);
            QVERIFY(fromScroll->isVisible() && !c->toMap()->isOverlaid());
            // Swapping the sides turns the removed card into an added one.
            for (QToolButton *b : c->findChildren<QToolButton *>())
                if (b->text() == "Swap") QTest::mouseClick(b, Qt::LeftButton);
            QCOMPARE(c->summary(), QString("Cards: 1 added, 0 removed, 1 changed, 1 moved"));
            c->reject();
        });
        action(w, "compareJourneys")->trigger();
        QVERIFY2(shown.size() == 3, qPrintable(shown.join('\n')));
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.changed[0].id, edited);
        QVERIFY2(shown[0].startsWith("-  removed"), qPrintable(shown.join('\n')));
        QVERIFY(shown[1].startsWith("~  changed \"Gets a clear offer\": text"));
        QVERIFY(shown[2].startsWith(">  moved"));
        const QString all = pdfText.join(' ');
        for (const JourneyDiff::Line &line : diff.lines())
            QVERIFY2(all.contains(line.text.simplified()), qPrintable(line.text));
    }

    // Journey > Properties: owner, status and review as a user types them; the journeys
    // panel and the map say when the map went stale.
    void journeyPropertiesAndStaleness()
    {
        Project p;
        QString error;
        sampleProject("en", &p, &error);
        p.info.created = QDateTime::fromString("2025-06-01T00:00:00Z", Qt::ISODate);
        // Values typed in when the project began: as old as the project.
        MetricDefinition m;
        m.id = newId();
        m.key = m.kind = "csat";
        m.name = "CSAT";
        m.unit = "%";
        p.metrics = {m};
        const Journey &first = p.journeys[0];
        for (int i = 0; i < 3; ++i)
            p.observations.append({m.id, TargetKind::Card, first.cards[i].id, "", "", 80, {}});
        const QString file = m_dir.filePath(QString("owned%1.waymark").arg(++m_n));
        QVERIFY(Store::create(file, p, &error));
        MainWindow w;
        OpenResult opened;
        w.setDocument(Document::open(file, Store::Access::ReadWrite, &opened));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document &d = *w.document();
        QVERIFY(w.mapView()->mapScene()->staleCards().isEmpty()); // no interval yet
        QString staleShown;
        whenShown<JourneyDialog>([&](JourneyDialog *dialog) {
            auto *owner = dialog->findChild<QLineEdit *>("journeyOwner");
            owner->setFocus();
            QTest::keyClicks(owner, "Anna Keller");
            auto *days = dialog->findChild<QSpinBox *>("journeyReviewDays");
            days->setFocus();
            days->selectAll();
            QTest::keyClicks(days, "30");
            dialog->findChild<QComboBox *>("journeyStatus")->setCurrentIndex(1); // Validated
            staleShown = dialog->findChild<QLabel *>("journeyStale")->text();
            if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
                dialog->grab().save(shots + "/journey-properties.png");
            dialog->accept();
        });
        action(w, "journeyProperties")->trigger();
        const Journey &j = d.project().journeys[0];
        QCOMPARE(j.owner, QString("Anna Keller"));
        QCOMPARE(j.reviewDays, 30);
        QCOMPARE(j.status, JourneyStatus::Validated);
        QCOMPARE(d.undoStack()->count(), 1);
        // Never reviewed, the project begun in June 2025: stale, and so are its three cards.
        QVERIFY2(staleShown.startsWith("This journey is stale since"), qPrintable(staleShown));
        QVERIFY(staleShown.contains("3 cards carry data older than the review interval."));
        QVERIFY(w.journeyPanel()->list()->item(0)->text().contains("Validated · stale since"));
        QCOMPARE(w.mapView()->mapScene()->staleCards().size(), 3);
        CardItem *item = w.mapView()->mapScene()->cardItems().value(first.cards[0].id);
        QVERIFY(item);
        QVERIFY2(item->toolTip().contains("older than the journey&#x27;s review interval") ||
                     item->toolTip().contains("older than the journey's review interval"),
                 qPrintable(item->toolTip()));
        // Reviewed today: the journey is fresh; its cards' data is still old.
        whenShown<JourneyDialog>([&](JourneyDialog *dialog) {
            dialog->findChild<QCheckBox *>("journeyReviewedNow")->setChecked(true);
            staleShown = dialog->findChild<QLabel *>("journeyStale")->text();
            dialog->accept();
        });
        action(w, "journeyProperties")->trigger();
        QVERIFY(!staleShown.contains("This journey is stale"));
        QVERIFY(!w.journeyPanel()->list()->item(0)->text().contains("stale"));
        // Without an interval nothing is stale, and the hourglasses go at once.
        Journey none = d.project().journeys[0];
        none.reviewDays = 0;
        QVERIFY(d.changeJourney(none));
        QVERIFY(w.mapView()->mapScene()->staleCards().isEmpty());
        QVERIFY(!item->toolTip().contains("review interval"));
        d.undoStack()->undo();
        QCOMPARE(w.mapView()->mapScene()->staleCards().size(), 3);
        QVERIFY(d.project().journeys[0].reviewed.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        // Undo takes the review back: stale again, in the panel at once.
        d.undoStack()->undo();
        QVERIFY(w.journeyPanel()->list()->item(0)->text().contains("stale since"));
    }

    // The Comments panel: comment on a card, reply, resolve, filter, delete, as a user does;
    // the card on the map carries a bubble while its thread is open.
    void commentsPanelThreads()
    {
        QSettings().setValue("author", "Anna");
        MainWindow w;
        Id edited;
        openEdited(w, &edited);
        Document &d = *w.document();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        CommentsPanel *panel = w.commentsPanel();
        if (auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget())) dock->raise();
        QVERIFY(QTest::qWaitFor([panel] { return panel->isVisible(); }));
        const Journey &j = d.project().journeys[0];
        const Id card = j.cellCards(j.stages[1].id, j.lanes[0].id).first()->id;
        d.setSelectedCards({card});
        // Comment: the dialog takes the text from the keyboard.
        whenShown<QInputDialog>([](QInputDialog *ask) {
            QVERIFY(ask->labelText().startsWith("Comment on Card"));
            auto *edit = ask->findChild<QPlainTextEdit *>();
            QTest::keyClicks(edit, "Do customers really compare here?");
            ask->accept();
        });
        QTest::mouseClick(panel->findChild<QToolButton *>("commentAdd"), Qt::LeftButton);
        QCOMPARE(d.project().journeys[0].comments.size(), 1);
        const Comment first = d.project().journeys[0].comments[0];
        QCOMPARE(first.author, QString("Anna"));
        QCOMPARE(first.targetId, card);
        QCOMPARE(w.mapView()->mapScene()->commentCounts().value(card), 1);
        QTreeWidget *list = panel->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).startsWith("Card \"Compares"));
        QVERIFY(list->topLevelItem(0)->child(0)->text(0).contains("Do customers really compare here?"));
        // Reply to it.
        list->setCurrentItem(list->topLevelItem(0));
        whenShown<QInputDialog>([](QInputDialog *ask) {
            QTest::keyClicks(ask->findChild<QPlainTextEdit *>(), "Yes, 7 of 10 did");
            ask->accept();
        });
        QTest::mouseClick(panel->findChild<QToolButton *>("commentReply"), Qt::LeftButton);
        QCOMPARE(list->topLevelItem(0)->childCount(), 2);
        QVERIFY(list->topLevelItem(0)->child(1)->text(0).contains("Yes, 7 of 10 did"));
        // Edit the reply: the dialog shows its text, the change is one step.
        list->setCurrentItem(list->topLevelItem(0)->child(1));
        QString shownText;
        whenShown<QInputDialog>([&](QInputDialog *ask) {
            auto *edit = ask->findChild<QPlainTextEdit *>();
            shownText = edit->toPlainText();
            edit->selectAll();
            QTest::keyClicks(edit, "Yes, 8 of 10 did");
            ask->accept();
        });
        QTest::mouseClick(panel->findChild<QToolButton *>("commentEdit"), Qt::LeftButton);
        QCOMPARE(shownText, QString("Yes, 7 of 10 did"));
        QCOMPARE(d.project().journeys[0].comments[1].text, QString("Yes, 8 of 10 did"));
        QCOMPARE(d.undoStack()->undoText(), QString("Edit comment"));
        // Choosing the thread selects its card.
        d.setSelectedCards({});
        list->setCurrentItem(nullptr);
        list->setCurrentItem(list->topLevelItem(0));
        QCOMPARE(d.selectedCards(), QList<Id>{card});
        if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
            w.grab().save(shots + "/comments.png");
        // Resolve: gone from "Open", shown under "Resolved"; the bubble goes.
        auto *resolve = panel->findChild<QToolButton *>("commentResolve");
        QCOMPARE(resolve->text(), QString("Resolve"));
        QTest::mouseClick(resolve, Qt::LeftButton);
        QVERIFY(d.project().journeys[0].comments[0].resolved.isValid());
        QCOMPARE(d.project().journeys[0].comments[0].resolvedBy, QString("Anna"));
        QVERIFY(!list->isVisible());
        QVERIFY(!w.mapView()->mapScene()->commentCounts().contains(card));
        panel->setFilter(CommentsPanel::Filter::Resolved);
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).contains("Resolved by Anna"));
        panel->setFilter(CommentsPanel::Filter::Mine);
        QCOMPARE(list->topLevelItemCount(), 1);
        QSettings().setValue("author", "Tom");
        panel->rebuild();
        QVERIFY(!list->isVisible()); // Tom wrote none of it
        QSettings().setValue("author", "Anna");
        panel->setFilter(CommentsPanel::Filter::All);
        // Each action was one step: undo reopens it.
        d.undoStack()->undo();
        QVERIFY(!d.project().journeys[0].comments[0].resolved.isValid());
        QCOMPARE(w.mapView()->mapScene()->commentCounts().value(card), 1);
        // Delete the thread with its reply; undo brings both back.
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(panel->findChild<QToolButton *>("commentDelete"), Qt::LeftButton);
        QVERIFY(d.project().journeys[0].comments.isEmpty());
        d.undoStack()->undo();
        QCOMPARE(d.project().journeys[0].comments.size(), 2);
        // Deleting the card takes its comments along; undo brings them back too.
        QVERIFY(d.removeCards(j.id, {card}));
        QVERIFY(d.project().journeys[0].comments.isEmpty());
        QVERIFY(!list->isVisible());
        d.undoStack()->undo();
        QCOMPARE(list->topLevelItemCount(), 1);
        QSettings().remove("author");
    }

    // A card opens another journey: set in Properties, shown on the card with that journey's
    // friction, opened with Alt+Down, and the breadcrumb leads back.
    void linkedJourneysAndBreadcrumb()
    {
        MainWindow w;
        Id edited;
        openEdited(w, &edited);
        Document &d = *w.document();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const Id top = d.project().journeys[0].id;
        const Id sub = d.project().journeys[2].id; // the sample's future state
        const QString subName = d.project().journeys[2].name;
        const Id card = d.project().journeys[0].cards[0].id;
        d.setSelectedCards({card});
        auto *link = w.findChild<QComboBox *>("cardLink");
        QVERIFY(link);
        const int i = link->findData(QVariant::fromValue(sub));
        QVERIFY(i > 0);
        QCOMPARE(link->findText(d.project().journeys[0].name), -1); // not itself
        link->setCurrentIndex(i);
        emit link->activated(i);
        QCOMPARE(d.project().journeys[0].card(card)->linkedJourney, sub);
        QCOMPARE(d.undoStack()->undoText(), QString("Edit card"));
        const QString label = w.mapView()->mapScene()->linkLabels().value(card);
        QVERIFY2(label.startsWith(QString("↗ %1").arg(subName)), qPrintable(label));
        const int points = int(Friction::rank(d.project(), *d.project().journey(sub)).size());
        if (points > 0)
            QVERIFY2(label.endsWith(points == 1 ? QString("· 1 friction point")
                                                : QString("· %1 friction points").arg(points)),
                     qPrintable(label));
        // Alt+Down opens it; the breadcrumb names the way; Alt+Up goes back.
        auto *crumb = w.findChild<QToolButton *>("breadcrumb");
        QVERIFY(!crumb->isVisible());
        w.mapView()->setFocus();
        QTest::keyClick(w.mapView(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(d.currentJourneyId(), sub);
        QVERIFY(crumb->isVisible());
        QCOMPARE(crumb->text(),
                 QString("← %1 › %2").arg(d.project().journeys[0].name, subName));
        QTest::keyClick(w.mapView(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(d.currentJourneyId(), top);
        QVERIFY(!crumb->isVisible());
        // Choosing another journey by hand leaves the trail.
        d.setSelectedCards({card});
        QTest::keyClick(w.mapView(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(d.currentJourneyId(), sub);
        d.setCurrentJourney(d.project().journeys[1].id);
        QVERIFY(!crumb->isVisible());
        QVERIFY(!w.findChild<QAction *>("backToLinkingJourney")->isEnabled());
    }

    void compareWithASnapshotFromTheList()
    {
        MainWindow w;
        Id edited;
        openEdited(w, &edited);
        Document &d = *w.document();
        const Id future = d.project().journeys[1].id;
        QVERIFY(!d.takeSnapshot("Before edits", future).isNull());
        Card c = *d.project().journeys[1].card(edited);
        c.text = "Edited after the snapshot";
        QVERIFY(d.changeCard(future, c));
        d.setCurrentJourney(future);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString summary, fromLabel, viewed;
        bool viewOnly = false;
        whenShown<SnapshotsDialog>([&](SnapshotsDialog *s) {
            // View first: the snapshot's map alone, read-only.
            whenShown<CompareDialog>([&](CompareDialog *cd) {
                viewOnly = cd->isViewOnly() && !cd->fromMap()->isVisible() &&
                           cd->toMap()->isVisible() && !cd->diff().hasCardChanges();
                viewed = cd->toBox()->currentText();
                cd->reject();
            });
            QTest::mouseClick(s->findChild<QPushButton *>("snapshotView"), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return !viewed.isEmpty(); }));
            whenShown<CompareDialog>([&](CompareDialog *cd) {
                summary = cd->summary();
                fromLabel = cd->fromBox()->currentText();
                cd->reject();
                s->reject();
            });
            QTest::mouseClick(s->findChild<QPushButton *>("snapshotCompare"), Qt::LeftButton);
        });
        action(w, "snapshots")->trigger();
        QVERIFY(viewOnly);
        QCOMPARE(viewed, QString("%1 (snapshot \"Before edits\")").arg(d.project().journeys[1].name));
        QCOMPARE(summary, QString("Cards: 0 added, 0 removed, 1 changed, 0 moved"));
        QCOMPARE(fromLabel, QString("%1 (snapshot \"Before edits\")")
                                .arg(d.project().journeys[1].name));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslations(&app, QStringLiteral("en"));
    // WAYMARK_SHOTS_LANG=de: the screenshots (WAYMARK_SHOTS) in German; only for looking.
    if (qEnvironmentVariableIsSet("WAYMARK_SHOTS_LANG"))
        installTranslations(&app, qEnvironmentVariable("WAYMARK_SHOTS_LANG"));
    TestSnapshotsGui test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_snapshots_gui.moc"
