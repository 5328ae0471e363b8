// SPDX-License-Identifier: GPL-3.0-or-later
#include "../testutil.h"
#include "document/document.h"
#include "document/templates.h"
#include "i18n.h"
#include "storage/checker.h"

#include <functional>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace waymark;
using namespace waymark::test;

using Edit = std::function<bool(Document &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

const Journey &current(const Document &d)
{
    return d.project().journeys.first();
}
Id jid(const Document &d)
{
    return current(d).id;
}
const Card &cardAt(const Document &d, int stage, int lane, int k)
{
    const Journey &j = current(d);
    return *j.cellCards(j.stages[stage].id, j.lanes[lane].id).at(k);
}

Project comparable(const Project &p)
{
    return normalized(p);
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Document> freshSample(QString *file)
    {
        Project p;
        QString error;
        if (!sampleProject(QStringLiteral("en"), &p, &error)) return {};
        *file = m_dir.filePath(QStringLiteral("doc%1.waymark").arg(++m_counter));
        return Document::create(*file, p, &error);
    }

    static Project reopen(const QString &file) { return reopenProject(file); }

private slots:
    void everyCommand_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("undoText");

        QTest::newRow("add card") << Edit([](Document &d) {
            Card c;
            c.text = QStringLiteral("New card ✓ äöü");
            const Journey &j = current(d);
            return !d.addCard(j.id, c, {j.stages[1].id, j.lanes[0].id, 0}).isNull();
        }) << QStringLiteral("Add 1 card");
        QTest::newRow("edit card") << Edit([](Document &d) {
            Card c = cardAt(d, 0, 0, 0);
            c.text = QStringLiteral("Edited");
            c.tags = {QStringLiteral("x"), QStringLiteral("y")};
            c.emotion = 9; // clamped to +3
            c.channel = Channel::Chat;
            return d.changeCard(jid(d), c);
        }) << QStringLiteral("Edit card");
        QTest::newRow("edit several cards") << Edit([](Document &d) {
            Card a = cardAt(d, 0, 0, 0), b = cardAt(d, 1, 1, 0);
            a.channel = b.channel = Channel::Phone;
            a.tags = b.tags = {QStringLiteral("urgent")};
            return d.changeCards(jid(d), {a, b});
        }) << QStringLiteral("Edit 2 cards");
        QTest::newRow("paste cards with an image") << Edit([](Document &d) {
            Image image;
            image.id = newId();
            image.mimeType = QStringLiteral("image/png");
            image.width = image.height = 1;
            image.data = QByteArray::fromBase64(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/"
                "yBDQqgAAAABJRU5ErkJggg==");
            Card c;
            c.text = QStringLiteral("Pasted with a picture");
            c.imageId = image.id;
            const Journey &j = current(d);
            return d.addCardsWithImages(j.id, {c}, {image}, {j.stages[2].id, j.lanes[0].id, 0});
        }) << QStringLiteral("Add 1 card");
        QTest::newRow("give cards a picture") << Edit([](Document &d) {
            // One card had the sample's letter picture, which nothing else shows: it leaves.
            const int before = int(d.project().images.size());
            Image image{{}, QStringLiteral("image/png"), 3, 2, QByteArray("\x89PNG pic", 8)};
            const Card &pictured = cardAt(d, 0, 11, 0);
            if (pictured.imageId.isNull()) return false;
            const bool ok = d.setCardPicture(jid(d), {cardAt(d, 0, 0, 0).id, pictured.id}, image);
            return ok && d.project().images.size() == before &&
                   cardAt(d, 0, 0, 0).imageId == cardAt(d, 0, 11, 0).imageId;
        }) << QStringLiteral("Set the picture of 2 cards");
        QTest::newRow("remove a card's picture") << Edit([](Document &d) {
            const int before = int(d.project().images.size());
            return d.setCardPicture(jid(d), {cardAt(d, 3, 11, 0).id}, std::nullopt) &&
                   cardAt(d, 3, 11, 0).imageId.isNull() && d.project().images.size() == before - 1;
        }) << QStringLiteral("Remove the picture of 1 card");
        QTest::newRow("move card within cell") << Edit([](Document &d) {
            const Journey &j = current(d);
            return d.moveCards(j.id, {cardAt(d, 1, 1, 2).id}, {j.stages[1].id, j.lanes[1].id, 0});
        }) << QStringLiteral("Move 1 card");
        QTest::newRow("move cards between cells") << Edit([](Document &d) {
            const Journey &j = current(d);
            return d.moveCards(j.id, {cardAt(d, 0, 0, 0).id, cardAt(d, 1, 0, 1).id},
                               {j.stages[4].id, j.lanes[0].id, 1});
        }) << QStringLiteral("Move 2 cards");
        QTest::newRow("move cards to several cells") << Edit([](Document &d) {
            // Two cards from two stages keep their arrangement: each to its own cell; the
            // second lands before the card now first in its cell.
            const Journey &j = current(d);
            const Id a = cardAt(d, 0, 0, 0).id, b = cardAt(d, 1, 0, 1).id;
            const Id first = cardAt(d, 2, 0, 0).id;
            const bool ok =
                d.moveCards(j.id, QList<CardMove>{{{a}, {j.stages[1].id, j.lanes[0].id, 0}},
                                                  {{b}, {j.stages[2].id, j.lanes[0].id, 0}}});
            return ok && cardAt(d, 1, 0, 0).id == a && cardAt(d, 2, 0, 0).id == b &&
                   cardAt(d, 2, 0, 1).id == first;
        }) << QStringLiteral("Move 2 cards");
        QTest::newRow("delete cards") << Edit([](Document &d) {
            return d.removeCards(jid(d), {cardAt(d, 1, 1, 0).id, cardAt(d, 2, 0, 1).id});
        }) << QStringLiteral("Delete 2 cards");
        QTest::newRow("add stage") << Edit([](Document &d) {
            return !d.addStage(jid(d),
                               Stage{{}, QStringLiteral("Onboarding"), {}, Qt::yellow, false, 0}, 1)
                        .isNull();
        }) << QStringLiteral("Add stage");
        QTest::newRow("rename stage") << Edit([](Document &d) {
            Stage s = current(d).stages[2];
            s.name = QStringLiteral("Renamed");
            s.momentOfTruth = false;
            return d.changeStage(jid(d), s);
        }) << QStringLiteral("Edit stage \"Renamed\"");
        QTest::newRow("reorder stage")
            << Edit([](Document &d) { return d.moveStage(jid(d), 0, 3); })
            << QStringLiteral("Move stage \"Contract end approaches\"");
        QTest::newRow("delete stage with cards")
            << Edit([](Document &d) { return d.removeStage(jid(d), current(d).stages[1].id); })
            << QStringLiteral("Delete stage \"Compare offers\"");
        QTest::newRow("add lane") << Edit([](Document &d) {
            return !d.addLane(jid(d), Lane{{}, LaneKind::Kpis, QStringLiteral("Data"), {}, 0}, 0)
                        .isNull();
        }) << QStringLiteral("Add lane");
        QTest::newRow("rename lane") << Edit([](Document &d) {
            Lane l = current(d).lanes[3];
            l.title = QStringLiteral("Emotions");
            return d.changeLane(jid(d), l);
        }) << QStringLiteral("Edit lane \"Emotions\"");
        QTest::newRow("reorder lane") << Edit([](Document &d) { return d.moveLane(jid(d), 5, 1); })
                                      << QStringLiteral("Move lane \"Opportunities\"");
        QTest::newRow("delete lane with cards")
            << Edit([](Document &d) { return d.removeLane(jid(d), current(d).lanes[0].id); })
            << QStringLiteral("Delete lane \"Customer actions\"");
        QTest::newRow("add persona with photo") << Edit([](Document &d) {
            Persona x;
            x.name = QStringLiteral("Mia");
            x.goals = {QStringLiteral("Fast setup")};
            x.channels = {Channel::App};
            x.traits = {{QStringLiteral("Patience"), 2}};
            Image img{{}, QStringLiteral("image/png"), 1, 1, QByteArray("\x89PNG fake", 9)};
            return !d.addPersona(x, img).isNull();
        }) << QStringLiteral("Add persona \"Mia\"");
        QTest::newRow("edit persona") << Edit([](Document &d) {
            Persona x = d.project().personas[0];
            x.age = 35;
            x.frustrations.append(QStringLiteral("Hold music"));
            return d.changePersona(x);
        }) << QStringLiteral("Edit persona \"Anna Keller\"");
        QTest::newRow("give persona a photo") << Edit([](Document &d) {
            Persona x = d.project().personas[1];
            x.quote = QStringLiteral("New quote");
            Image img{{}, QStringLiteral("image/jpeg"), 2, 2, QByteArray("\xff\xd8 fake", 7)};
            return d.changePersona(x, img);
        }) << QStringLiteral("Edit persona \"Tom Berger\"");
        QTest::newRow("duplicate persona") << Edit([](Document &d) {
            return !d.duplicatePersona(d.project().personas[0].id).isNull();
        }) << QStringLiteral("Duplicate persona \"Anna Keller\"");
        QTest::newRow("import personas") << Edit([](Document &d) {
            Persona clash = d.project().personas[0]; // same id as one here: gets a new one
            Persona fresh;
            fresh.id = newId();
            fresh.name = QStringLiteral("Lena");
            Image photo{newId(), QStringLiteral("image/png"), 1, 1, QByteArray("\x89PNG x", 6)};
            fresh.photoId = photo.id;
            return d.addPersonas({clash, fresh}, {photo}).size() == 2;
        }) << QStringLiteral("Add 2 personas");
        QTest::newRow("reorder personas") << Edit([](Document &d) { return d.movePersona(1, 0); })
                                          << QStringLiteral("Reorder personas");
        QTest::newRow("delete linked persona")
            << Edit([](Document &d) { return d.removePersona(d.project().personas[0].id); })
            << QStringLiteral("Delete persona \"Anna Keller\"");
        QTest::newRow("add journey") << Edit([](Document &d) {
            return !d.addJourney(makeJourney(Template::FivePhases, QStringLiteral("en"),
                                             QStringLiteral("Onboarding")),
                                 0)
                        .isNull();
        }) << QStringLiteral("Add journey \"Onboarding\"");
        QTest::newRow("rename journey") << Edit([](Document &d) {
            Journey j = current(d);
            j.name = QStringLiteral("Renewal 2027");
            j.state = JourneyState::Idea;
            j.personaIds.removeLast();
            return d.changeJourney(j);
        }) << QStringLiteral("Edit journey \"Renewal 2027\"");
        QTest::newRow("duplicate journey as future")
            << Edit([](Document &d) { return !d.duplicateJourney(jid(d), true).isNull(); })
            << QStringLiteral("Duplicate journey \"Renew an internet contract\"");
        QTest::newRow("reorder journeys") << Edit([](Document &d) { return d.moveJourney(0, 1); })
                                          << QStringLiteral("Reorder journeys");
        QTest::newRow("delete journey")
            << Edit([](Document &d) { return d.removeJourney(jid(d)); })
            << QStringLiteral("Delete journey \"Renew an internet contract\"");
        QTest::newRow("project details") << Edit([](Document &d) {
            ProjectInfo info = d.project().info;
            info.client = QStringLiteral("ACME");
            return d.setProjectInfo(info);
        }) << QStringLiteral("Change project details");
    }

    void everyCommand()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, undoText);
        QString file;
        auto doc = freshSample(&file);
        QVERIFY(doc);
        const Project before = comparable(doc->project());
        const QStringList fileBefore = dumpFile(file);

        QVERIFY2(edit(*doc), qPrintable(doc->refusalReason()));
        QVERIFY2(doc->isSaved(), qPrintable(doc->saveError()));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), undoText);
        const Project after = comparable(doc->project());
        QVERIFY(after != before);
        const QStringList fileAfter = dumpFile(file);
        QVERIFY(fileAfter != fileBefore);
        QCOMPARE(comparable(reopen(file)), after); // persisted

        doc->undoStack()->undo();
        QCOMPARE(comparable(doc->project()), before);
        QCOMPARE(dumpFile(file), fileBefore); // the file after undo equals the file before
        QCOMPARE(comparable(reopen(file)), before);

        doc->undoStack()->redo();
        QCOMPARE(comparable(doc->project()), after);
        QCOMPARE(dumpFile(file), fileAfter);

        doc->close();
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void dragIsOneUndoStep()
    {
        QString file;
        auto doc = freshSample(&file);
        const Journey &j = current(*doc);
        const QStringList fileBefore = dumpFile(file);
        const Id card = cardAt(*doc, 0, 0, 0).id;
        QVERIFY(doc->moveCards(j.id, {card}, {j.stages[1].id, j.lanes[0].id, 0}, false));
        QVERIFY(doc->moveCards(j.id, {card}, {j.stages[2].id, j.lanes[0].id, 0}, true));
        QVERIFY(doc->moveCards(j.id, {card}, {j.stages[3].id, j.lanes[0].id, 1}, true));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(current(*doc).card(card)->stageId, current(*doc).stages[3].id);
        QCOMPARE(current(*doc).card(card)->order, 1);
        // A second drag is a step of its own.
        QVERIFY(doc->moveCards(j.id, {card}, {j.stages[4].id, j.lanes[0].id, 0}, false));
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(dumpFile(file), fileBefore);
        QCOMPARE(current(*doc).card(card)->stageId, current(*doc).stages[0].id);
    }

    void dragBackToStartCancelsOut()
    {
        QString file;
        auto doc = freshSample(&file);
        const Journey &j = current(*doc);
        const Id card = cardAt(*doc, 0, 0, 0).id;
        QVERIFY(doc->moveCards(j.id, {card}, {j.stages[1].id, j.lanes[0].id, 0}, false));
        QVERIFY(doc->moveCards(j.id, {card}, {j.stages[0].id, j.lanes[0].id, 0}, true));
        QCOMPARE(doc->undoStack()->count(), 0); // obsolete, removed by QUndoStack
    }

    void cellOrderStaysContiguous()
    {
        QString file;
        auto doc = freshSample(&file);
        const Journey &j = current(*doc);
        const Id s = j.stages[1].id, l = j.lanes[1].id;
        QVERIFY(doc->moveCards(j.id, {cardAt(*doc, 1, 1, 0).id}, {s, l, 2}));
        QVERIFY(doc->removeCards(j.id, {cardAt(*doc, 1, 1, 1).id}));
        const auto cell = current(*doc).cellCards(s, l);
        for (int k = 0; k < cell.size(); ++k)
            QCOMPARE(cell[k]->order, k);
    }

    void undoAndRedoSelectWhatTheyBringBack()
    {
        QString file;
        auto doc = freshSample(&file);
        const Id a = cardAt(*doc, 0, 0, 0).id, b = cardAt(*doc, 1, 0, 0).id;
        QSignalSpy selection(doc.get(), &Document::selectionChanged);
        QVERIFY(doc->removeCards(jid(*doc), {a, b}));
        QVERIFY(doc->selectedCards().isEmpty());
        QVERIFY(!doc->isReplaying());
        doc->undoStack()->undo();
        const QList<Id> restored = doc->selectedCards();
        QCOMPARE(QSet<Id>(restored.begin(), restored.end()), QSet<Id>({a, b}));
        QVERIFY(selection.count() >= 1);
        // Undo on another journey switches to it.
        const Id second = doc->project().journeys[1].id;
        doc->setCurrentJourney(second);
        doc->undoStack()->redo();
        QCOMPARE(doc->currentJourneyId(), doc->project().journeys[0].id);
        QVERIFY(doc->selectedCards().isEmpty()); // the cards are gone again
        doc->undoStack()->undo();
        QCOMPARE(doc->selectedCards().size(), 2);
        // A plain edit leaves the selection alone.
        doc->setSelectedCards({});
        Card c = *current(*doc).card(a);
        c.text = QStringLiteral("Changed");
        QVERIFY(doc->changeCard(jid(*doc), c));
        QVERIFY(doc->selectedCards().isEmpty());
        doc->undoStack()->undo();
        QCOMPARE(doc->selectedCards(), QList<Id>({a}));
    }

    void pastedImagesComeAndGoWithTheirCards()
    {
        QString file;
        auto doc = freshSample(&file);
        const qsizetype images = doc->project().images.size();
        Image image;
        image.id = newId();
        image.mimeType = QStringLiteral("image/png");
        image.data = "not checked here";
        Card c;
        c.imageId = image.id;
        const Journey &j = current(*doc);
        // A refused paste adds no image either.
        QVERIFY(!doc->addCardsWithImages(j.id, {c}, {image}, {newId(), j.lanes[0].id, 0}));
        QCOMPARE(doc->project().images.size(), images);
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(doc->addCardsWithImages(j.id, {c}, {image}, {j.stages[0].id, j.lanes[0].id, 0}));
        QCOMPARE(doc->project().images.size(), images + 1);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().images.size(), images);
        QCOMPARE(reopen(file).images.size(), images);
    }

    void personaPhotosComeAndGo()
    {
        QString file;
        auto doc = freshSample(&file);
        Persona anna = doc->project().personas[0];
        const qsizetype images = doc->project().images.size();
        Image first{{}, QStringLiteral("image/png"), 1, 1, QByteArray("one", 3)};
        QVERIFY(doc->changePersona(anna, first));
        anna = doc->project().personas[0];
        QVERIFY(!anna.photoId.isNull());
        QCOMPARE(doc->project().images.size(), images + 1);
        // A new photo replaces the old one; the old picture leaves the file.
        const Id oldPhoto = anna.photoId;
        Image second{{}, QStringLiteral("image/png"), 1, 1, QByteArray("two", 3)};
        QVERIFY(doc->changePersona(anna, second));
        QCOMPARE(doc->project().images.size(), images + 1);
        QCOMPARE(doc->project().imageIndex(oldPhoto), -1);
        QCOMPARE(reopen(file).images.size(), images + 1);
        // No photo at all: the picture goes too; undo brings it back.
        Persona none = doc->project().personas[0];
        none.photoId = Id();
        QVERIFY(doc->changePersona(none));
        QCOMPARE(doc->project().images.size(), images);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().images.size(), images + 1);
        QVERIFY(!doc->project().personas[0].photoId.isNull());
        // A duplicate has its own copy of the photo, right after the original.
        const Id copy = doc->duplicatePersona(doc->project().personas[0].id);
        QCOMPARE(doc->project().personaIndex(copy), 1);
        QVERIFY(doc->project().personas[1].photoId != doc->project().personas[0].photoId);
        QCOMPARE(doc->project().personas[1].name, QStringLiteral("Anna Keller (copy)"));
        // A photo id that does not exist is refused.
        Persona bad = doc->project().personas[0];
        bad.photoId = newId();
        QVERIFY(!doc->changePersona(bad));
        QCOMPARE(doc->refusalReason(), QStringLiteral("The photo does not exist."));
    }

    // A refused edit and a failed save are told apart: the status bar says "Not saved" only
    // for the second, every refusal has a reason, and each edit starts without one.
    void errorContract()
    {
        QString file;
        auto doc = freshSample(&file);
        const Id journeyId = current(*doc).id;
        QVERIFY(doc->addStage(newId(), Stage()).isNull());
        QCOMPARE(doc->refusalReason(), QStringLiteral("The journey does not exist."));
        QVERIFY(doc->addLane(newId(), Lane()).isNull());
        QCOMPARE(doc->refusalReason(), QStringLiteral("The journey does not exist."));
        QVERIFY(doc->duplicateJourney(newId(), false).isNull());
        QCOMPARE(doc->refusalReason(), QStringLiteral("The journey does not exist."));
        Card card = cardAt(*doc, 0, 0, 0);
        card.text = QString(Document::MaxCardText + 1, u'x');
        QVERIFY(!doc->changeCard(journeyId, card));
        QVERIFY2(doc->refusalReason().contains(QStringLiteral("at most")),
                 qPrintable(doc->refusalReason()));
        QVERIFY(doc->saveError().isEmpty()); // a refusal is no failed save
        QVERIFY(doc->isSaved());
        card.text = QStringLiteral("Short again");
        QVERIFY(doc->changeCard(journeyId, card));
        QVERIFY(doc->refusalReason().isEmpty()); // cleared by the next edit

        // The file refuses writes (as a full disk would): the edit stays in the model, the
        // save error says why, and the next edit that reaches the file brings both.
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw,
                              "CREATE TRIGGER full BEFORE UPDATE ON meta BEGIN SELECT "
                              "RAISE(ABORT, 'simulated full disk'); END",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QSignalSpy failed(doc.get(), &Document::saveFailed);
        card.text = QStringLiteral("Written later");
        QVERIFY(doc->changeCard(journeyId, card));
        QVERIFY(!doc->isSaved());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(doc->saveError().contains(QStringLiteral("simulated full disk")),
                 qPrintable(doc->saveError()));
        QVERIFY(doc->refusalReason().isEmpty());
        QVERIFY(!dumpFile(file).join(u'\n').contains(QStringLiteral("Written later")));
        QCOMPARE(sqlite3_exec(raw, "DROP TRIGGER full", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        Card other = cardAt(*doc, 1, 0, 0);
        other.text = QStringLiteral("And this");
        QVERIFY(doc->changeCard(journeyId, other));
        QVERIFY(doc->isSaved());
        QVERIFY(doc->saveError().isEmpty());
        const QString dump = dumpFile(file).join(u'\n');
        QVERIFY(dump.contains(QStringLiteral("Written later")) &&
                dump.contains(QStringLiteral("And this")));
    }

    // A long session keeps the last UndoLimit steps (memory stays bounded); undoing all of
    // them leaves the oldest edit, which is no longer undoable, and the file follows.
    void undoKeepsTheLastThousandSteps()
    {
        QString file;
        auto doc = freshSample(&file);
        const Id journeyId = jid(*doc);
        Card card = cardAt(*doc, 0, 0, 0);
        for (int i = 0; i <= Document::UndoLimit; ++i) {
            card.text = QStringLiteral("Step %1").arg(i);
            QVERIFY(doc->changeCard(journeyId, card));
        }
        QCOMPARE(doc->undoStack()->count(), Document::UndoLimit);
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(doc->project().journeys.first().card(card.id)->text, QStringLiteral("Step 0"));
        QVERIFY(doc->isSaved());
        QVERIFY(dumpFile(file).join(u'\n').contains(QStringLiteral("Step 0")));
    }

    void refusals()
    {
        QString file;
        auto doc = freshSample(&file);
        const Journey &j = current(*doc);
        QVERIFY(!doc->moveStage(j.id, 0, 99));
        QVERIFY(!doc->refusalReason().isEmpty());
        QVERIFY(doc->addCard(j.id, Card(), {newId(), j.lanes[0].id, 0}).isNull());
        QCOMPARE(doc->refusalReason(), QStringLiteral("The target cell does not exist."));
        QVERIFY(doc->addPersona(Persona()).isNull());
        QCOMPARE(doc->refusalReason(), QStringLiteral("A persona needs a name."));
        Journey unnamed = j;
        unnamed.name = QStringLiteral("  ");
        QVERIFY(!doc->changeJourney(unnamed));
        QVERIFY(!doc->removeCards(newId(), {}));
        // Pictures: no card, an unknown card, an empty picture; nothing to remove is no step.
        QVERIFY(!doc->setCardPicture(j.id, {}, std::nullopt));
        QVERIFY(!doc->setCardPicture(j.id, {newId()}, std::nullopt));
        QCOMPARE(doc->refusalReason(), QStringLiteral("The card does not exist."));
        QVERIFY(!doc->setCardPicture(j.id, {cardAt(*doc, 0, 0, 0).id}, Image()));
        QCOMPARE(doc->refusalReason(), QStringLiteral("The picture is empty."));
        const qsizetype images = doc->project().images.size();
        QVERIFY(doc->setCardPicture(j.id, {cardAt(*doc, 0, 0, 0).id}, std::nullopt));
        QCOMPARE(doc->project().images.size(), images);
        // Two groups for one cell are one group.
        const Id a = cardAt(*doc, 0, 0, 0).id, b = cardAt(*doc, 1, 0, 0).id;
        QVERIFY(!doc->moveCards(j.id, QList<CardMove>{{{a}, {j.stages[2].id, j.lanes[0].id, 0}},
                                                      {{b}, {j.stages[2].id, j.lanes[0].id, 1}}}));
        QVERIFY(!doc->moveCards(j.id, QList<CardMove>{{{a}, {newId(), j.lanes[0].id, 0}}}));
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void sharedPicturesStayWhileShown()
    {
        QString file;
        auto doc = freshSample(&file);
        const Journey &j = current(*doc);
        Image image{{}, QStringLiteral("image/png"), 3, 2, QByteArray("\x89PNG pic", 8)};
        const Id a = cardAt(*doc, 0, 0, 0).id, b = cardAt(*doc, 1, 0, 0).id;
        QVERIFY(doc->setCardPicture(j.id, {a, b}, image));
        const qsizetype images = doc->project().images.size();
        // One of two cards lets it go: the picture stays for the other.
        QVERIFY(doc->setCardPicture(j.id, {a}, std::nullopt));
        QCOMPARE(doc->project().images.size(), images);
        QVERIFY(doc->setCardPicture(j.id, {b}, std::nullopt));
        QCOMPARE(doc->project().images.size(), images - 1);
        QCOMPARE(reopen(file).images.size(), images - 1);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(current(*doc).card(a)->imageId, current(*doc).card(b)->imageId);
        QVERIFY(!current(*doc).card(a)->imageId.isNull());
        QCOMPARE(reopen(file).images.size(), images);
        doc.reset();
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void deletingPersonaUnlinksAndUndoRelinks()
    {
        QString file;
        auto doc = freshSample(&file);
        const Id anna = doc->project().personas[0].id;
        const int refs = doc->personaReferences(anna);
        QVERIFY(refs > 2);
        QVERIFY(doc->removePersona(anna));
        QCOMPARE(doc->personaReferences(anna), 0);
        doc->undoStack()->undo();
        QCOMPARE(doc->personaReferences(anna), refs);
    }

    void readOnlyDocumentRefusesEdits()
    {
        QString file;
        freshSample(&file).reset();
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadOnly, &result);
        QVERIFY(doc);
        QVERIFY(doc->isReadOnly());
        QVERIFY(!doc->removeJourney(jid(*doc)));
        QCOMPARE(doc->refusalReason(), QStringLiteral("The project is open read-only."));
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void saveAsContinuesOnCopy()
    {
        QString file;
        auto doc = freshSample(&file);
        const QString copy = m_dir.filePath(QStringLiteral("saved-as.waymark"));
        QString error;
        QVERIFY2(doc->saveAs(copy, &error), qPrintable(error));
        QCOMPARE(doc->filePath(), QFileInfo(copy).absoluteFilePath());
        const QStringList original = dumpFile(file);
        QVERIFY(doc->removeJourney(jid(*doc)));
        QCOMPARE(dumpFile(file), original); // the old file no longer changes
        QCOMPARE(reopen(copy).journeys.size(), 1);
    }

    void templates()
    {
        const Project en =
            makeProject(Template::FivePhases, QStringLiteral("T"), QStringLiteral("en"));
        QCOMPARE(en.journeys[0].stages.size(), 5);
        QCOMPARE(en.journeys[0].stages[0].name, QStringLiteral("Awareness"));
        const Project de =
            makeProject(Template::FivePhases, QStringLiteral("T"), QStringLiteral("de"));
        QCOMPARE(de.journeys[0].stages[4].name, QStringLiteral("Loyalität"));
        QCOMPARE(de.journeys[0].lanes[1].title, QStringLiteral("Kontaktpunkte"));
        const Project blank =
            makeProject(Template::Blank, QStringLiteral("T"), QStringLiteral("fr"));
        QCOMPARE(blank.info.language, QStringLiteral("en"));
        QCOMPARE(blank.journeys[0].stages.size(), 1);
    }

    void sampleHasEveryLaneKind()
    {
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("de")}) {
            Project p;
            QString error;
            QVERIFY2(sampleProject(lang, &p, &error), qPrintable(error));
            QCOMPARE(p.personas.size(), 2);
            QCOMPARE(p.journeys.size(), 2);
            QCOMPARE(p.journeys[0].state, JourneyState::Current);
            QCOMPARE(p.journeys[1].state, JourneyState::Future);
            for (LaneKind kind : allLaneKinds()) {
                const Journey &j = p.journeys[0];
                const auto lane = std::find_if(j.lanes.begin(), j.lanes.end(),
                                               [&](const Lane &l) { return l.kind == kind; });
                QVERIFY2(lane != j.lanes.end(), qPrintable(toKey(kind)));
                QVERIFY2(std::any_of(j.cards.begin(), j.cards.end(),
                                     [&](const Card &c) { return c.laneId == lane->id; }),
                         qPrintable(toKey(kind)));
            }
        }
        Project p;
        QString error;
        QVERIFY(!projectFromJson("{\"journeys\": [{\"name\": \"x\"}]}", &p, &error));
        QVERIFY(error.contains(QStringLiteral("needs stages")));
        QVERIFY(!projectFromJson("{ not json", &p, &error));
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    installTranslations(&app, QStringLiteral("en"));
    TestDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_document.moc"
