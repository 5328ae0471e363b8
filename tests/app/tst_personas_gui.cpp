// SPDX-License-Identifier: GPL-3.0-or-later
#include "../testutil.h"
#include "document/document.h"
#include "document/templates.h"
#include "i18n.h"
#include "personaeditor.h"
#include "personapanel.h"
#include "personastrip.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace waymark;
using namespace waymark::test;

class TestPersonasGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Document> m_doc;
    QString m_file;

    // Answers the next message box with `button` as soon as it shows; remembers its text.
    QString m_lastMessage;
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [this, button] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    m_lastMessage = box->text();
                    box->button(button) ? box->button(button)->click() : box->reject();
                    return;
                }
            answerNextMessageBox(button); // not shown yet
        });
    }
    static QByteArray jpeg(int w, int h)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG");
        return bytes;
    }
    static QToolButton *toolNamed(QWidget *w, const QString &name)
    {
        for (QToolButton *b : w->findChildren<QToolButton *>())
            if (b->accessibleName() == name) return b;
        return nullptr;
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

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(qApp, QStringLiteral("en"));
    }

    void init()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        m_file = m_dir.filePath(QStringLiteral("p%1.waymark").arg(++m_n));
        m_doc = Document::create(m_file, p, &error);
        QVERIFY2(m_doc, qPrintable(error));
    }
    void cleanup() { m_doc.reset(); }

    void newPersonaWithPhotoIsOneStep()
    {
        PersonaEditor editor(m_doc.get(), Id());
        editor.show();
        auto *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no name yet
        QTest::keyClicks(editor.nameEdit(), QStringLiteral("Mia Wagner"));
        QVERIFY(ok->isEnabled());
        editor.goalsEditor()->addItem(QStringLiteral("Switch in one evening"));
        editor.goalsEditor()->addItem(QStringLiteral("Keep her number"));
        QVERIFY(editor.setPhotoFromData(jpeg(1600, 1200), QStringLiteral("mia.jpg")));
        const qsizetype images = m_doc->project().images.size();
        // Added while a journey is open, she joins it, in the same step (the box says so).
        QVERIFY(editor.linkBox()->isChecked());
        QVERIFY(editor.linkBox()->text().contains(QStringLiteral("Renew an internet contract")));
        const Id journey = m_doc->currentJourneyId();
        const qsizetype linked = m_doc->project().journey(journey)->personaIds.size();
        editor.resize(1100, 760);
        QVERIFY(editor.grab().save(QStringLiteral("persona-editor.png")));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const Persona *mia = m_doc->project().persona(editor.savedId());
        QVERIFY(mia);
        QCOMPARE(mia->name, QStringLiteral("Mia Wagner"));
        QCOMPARE(mia->goals.size(), 2);
        const int photo = m_doc->project().imageIndex(mia->photoId);
        QVERIFY(photo >= 0);
        QCOMPARE(m_doc->project().images[photo].width, 512);
        QCOMPARE(m_doc->project().images.size(), images + 1);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->project().journey(journey)->personaIds.last(), editor.savedId());
        QCOMPARE(reopened().personas.size(), m_doc->project().personas.size());
        QCOMPARE(reopened().journey(journey)->personaIds.size(), linked + 1);
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->project().persona(editor.savedId()));
        QCOMPARE(m_doc->project().images.size(), images);
        QCOMPARE(m_doc->project().journey(journey)->personaIds.size(), linked);
        // Unticked, the persona is only added.
        PersonaEditor other(m_doc.get(), Id());
        QTest::keyClicks(other.nameEdit(), QStringLiteral("Ole"));
        other.linkBox()->setChecked(false);
        other.accept();
        QCOMPARE(m_doc->project().journey(journey)->personaIds.size(), linked);
        // Editing an existing persona has no such box.
        PersonaEditor existing(m_doc.get(), m_doc->project().personas[0].id);
        QVERIFY(existing.linkBox()->isHidden());
    }

    void badPhotoIsRefusedWithAMessage()
    {
        PersonaEditor editor(m_doc.get(), m_doc->project().personas[0].id);
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!editor.setPhotoFromData(QByteArray("not a picture"), QStringLiteral("notes.txt")));
        QVERIFY2(m_lastMessage.contains(QStringLiteral("notes.txt")), qPrintable(m_lastMessage));
        QVERIFY(m_lastMessage.contains(QStringLiteral("not a picture")));
        editor.reject();
        QCOMPARE(m_doc->undoStack()->count(), 0); // nothing half-saved
    }

    void editingAndCancelling()
    {
        const Id anna = m_doc->project().personas[0].id;
        {
            PersonaEditor editor(m_doc.get(), anna);
            editor.show();
            editor.nameEdit()->clear();
            QTest::keyClicks(editor.nameEdit(), QStringLiteral("Anna K."));
            editor.reject();
        }
        QCOMPARE(m_doc->project().persona(anna)->name, QStringLiteral("Anna Keller"));
        PersonaEditor editor(m_doc.get(), anna);
        editor.show();
        editor.nameEdit()->selectAll();
        QTest::keyClicks(editor.nameEdit(), QStringLiteral("Anna K."));
        QTest::keyClick(editor.nameEdit(), Qt::Key_Return); // the default button
        QCOMPARE(m_doc->project().persona(anna)->name, QStringLiteral("Anna K."));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Edit persona \"Anna K.\""));
        // The rest of the persona is untouched.
        QCOMPARE(m_doc->project().persona(anna)->goals.size(), 3);
    }

    void panelButtonsAndDeleteQuestion()
    {
        PersonaPanel panel;
        panel.setDocument(m_doc.get());
        panel.show();
        QCOMPARE(panel.list()->count(), 2);
        panel.list()->setCurrentRow(0);
        QTest::mouseClick(toolNamed(&panel, QStringLiteral("Duplicate the persona")),
                          Qt::LeftButton);
        QCOMPARE(panel.list()->count(), 3);
        QVERIFY(panel.list()->item(1)->text().startsWith(QStringLiteral("Anna Keller (copy)")));
        panel.list()->setCurrentRow(2);
        QTest::mouseClick(toolNamed(&panel, QStringLiteral("Move the persona up")), Qt::LeftButton);
        QVERIFY(panel.list()->item(1)->text().startsWith(QStringLiteral("Tom Berger")));
        // Deleting a linked persona asks; No keeps it, Yes deletes and unlinks.
        panel.list()->setCurrentRow(0);
        const Id anna = panel.currentPersona();
        answerNextMessageBox(QMessageBox::Cancel);
        QTest::mouseClick(toolNamed(&panel, QStringLiteral("Delete the persona")), Qt::LeftButton);
        QVERIFY(m_doc->project().persona(anna));
        QVERIFY(m_lastMessage.contains(QStringLiteral("linked")));
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(toolNamed(&panel, QStringLiteral("Delete the persona")), Qt::LeftButton);
        QVERIFY(!m_doc->project().persona(anna));
        QCOMPARE(m_doc->personaReferences(anna), 0);
        QCOMPARE(panel.list()->count(), 2);
        m_doc->undoStack()->undo();
        QCOMPARE(panel.list()->count(), 3);
    }

    void copyToAnotherProjectAndImport()
    {
        const QString other = m_dir.filePath(QStringLiteral("other%1.waymark").arg(m_n));
        QString error;
        auto target = Document::create(
            other, makeProject(Template::Blank, QStringLiteral("Other"), QStringLiteral("de")),
            &error);
        QVERIFY(target);
        PersonaPanel panel;
        panel.setDocument(m_doc.get());
        panel.list()->setCurrentRow(1);
        QVERIFY(panel.copyTo(target.get()));
        QCOMPARE(target->project().personas.size(), 1);
        QCOMPARE(target->project().personas[0].name, QStringLiteral("Tom Berger"));
        QCOMPARE(target->project().personas[0].goals, m_doc->project().personas[1].goals);
        QCOMPARE(target->undoStack()->count(), 1);
        // Import from a file: the personas chosen, with new ids where they clash.
        PersonaPanel targetPanel;
        targetPanel.setDocument(target.get());
        QVERIFY2(targetPanel.importFrom(m_file, &error, {QStringLiteral("Anna Keller")}),
                 qPrintable(error));
        QCOMPARE(target->project().personas.size(), 2);
        QCOMPARE(target->project().personas[1].name, QStringLiteral("Anna Keller"));
        QVERIFY(!targetPanel.importFrom(m_dir.filePath(QStringLiteral("missing.waymark")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(target->project().personas.size(), 2);
    }

    void stripShowsLinksAndOpensEditor()
    {
        PersonaStrip strip;
        strip.setDocument(m_doc.get());
        strip.show();
        const Journey &j = m_doc->project().journeys[0];
        QCOMPARE(strip.chips().size(), j.personaIds.size());
        QSignalSpy clicked(&strip, &PersonaStrip::personaClicked);
        QTest::mouseClick(strip.chips().first(), Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().value<Id>(), j.personaIds.first());
        // Unlink and link again, each one undo step.
        const Id tom = m_doc->project().personas[1].id;
        strip.setLinked(tom, false);
        QVERIFY(!m_doc->project().journeys[0].personaIds.contains(tom));
        QCOMPARE(strip.chips().size(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(strip.chips().size(), 2);
        // Keyboard: a chip takes focus and Space activates it.
        strip.chips().last()->setFocus();
        QTest::keyClick(strip.chips().last(), Qt::Key_Space);
        QCOMPARE(clicked.count(), 2);
    }
};

QTEST_MAIN(TestPersonasGui)
#include "tst_personas_gui.moc"
