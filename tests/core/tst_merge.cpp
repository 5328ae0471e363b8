// SPDX-License-Identifier: GPL-3.0-or-later
// Three-way merge of two offline copies (storage/projectmerge.h), on copies edited through the
// Document API as the application edits them: every kind of conflict and how each choice
// resolves it, what is kept although deleted, and copies that do not belong together.
#undef QT_NO_CAST_FROM_ASCII
#include "../docutil.h"
#include "document/document.h"
#include "document/templates.h"
#include "storage/checker.h"
#include "storage/projectmerge.h"
#include "storage/store.h"

#include <functional>
#include <QFile>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using Choice = ProjectMerge::Choice;
using Kind = ProjectMerge::Conflict::Kind;
using waymark::test::normalized;

namespace {

Project load(const QString &path)
{
    OpenResult opened;
    auto store = Store::open(path, Store::Access::ReadOnly, &opened);
    Project p;
    QString error;
    if (!store || !store->load(&p, &error)) qFatal("cannot load %s", qPrintable(path));
    return p;
}

const Card *cardByText(const Journey &j, const QString &text)
{
    for (const Card &c : j.cards)
        if (c.text == text) return &c;
    return nullptr;
}

QStringList stageNames(const Journey &j)
{
    QStringList names;
    for (const Stage &s : j.stages)
        names << s.name;
    return names;
}

QStringList cellTexts(const Journey &j, const Id &stage, const Id &lane)
{
    QStringList texts;
    for (const Card *c : j.cellCards(stage, lane))
        texts << c->text;
    return texts;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base, m_mine, m_theirs, m_out;
    Project m_start;

    // Edits a copy as the application does: through a Document, each edit one saved step.
    void edit(const QString &file, const std::function<void(Document &)> &change)
    {
        OpenResult opened;
        auto doc = Document::open(file, Store::Access::ReadWrite, &opened);
        QVERIFY2(doc, qPrintable(opened.error));
        change(*doc);
        QVERIFY2(doc->isSaved(), qPrintable(doc->saveError()));
        doc->close();
    }

    ProjectMerge::Result merge(Choice prefer = Choice::Mine, const QHash<QString, Choice> &choices = {})
    {
        ProjectMerge::Result r;
        QString error;
        if (!ProjectMerge::merge(m_base, m_mine, m_theirs, choices, prefer, &r, &error))
            qFatal("merge: %s", qPrintable(error));
        return r;
    }

    // Writes the merge and checks that the file is sound; returns it loaded.
    Project written(const ProjectMerge::Result &r)
    {
        QFile::remove(m_out);
        QString error;
        if (!ProjectMerge::write(r, m_out, &error)) qFatal("write: %s", qPrintable(error));
        const CheckReport check = checkProjectFile(m_out);
        if (!check.problems.isEmpty()) qFatal("check: %s", qPrintable(check.problems.join("; ")));
        return load(m_out);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath("base.waymark");
        m_mine = m_dir.filePath("mine.waymark");
        m_theirs = m_dir.filePath("theirs.waymark");
        m_out = m_dir.filePath("out.waymark");
        for (const QString &f : {m_base, m_mine, m_theirs, m_out})
            QFile::remove(f);
        QString error;
        QVERIFY(sampleProject("en", &m_start, &error));
        QVERIFY(Store::create(m_base, m_start, &error));
        QVERIFY(QFile::copy(m_base, m_mine));
        QVERIFY(QFile::copy(m_base, m_theirs));
        QFile::setPermissions(m_mine, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(m_theirs, QFile::ReadOwner | QFile::WriteOwner);
    }

    void nonOverlappingEditsCombine()
    {
        const Journey &j = m_start.journeys[0];
        const Card a = j.cards[0], b = j.cards[1], c = j.cards[2];
        const Id otherStage = j.stages[3].id;
        Id newCard, comment, persona;
        edit(m_mine, [&](Document &d) {
            Card changed = a;
            changed.text = "Mine: reads the letter twice";
            QVERIFY(d.changeCard(j.id, changed));
            Card fresh;
            fresh.text = "Mine: a new card";
            newCard = d.addCard(j.id, fresh, {j.stages[0].id, j.lanes[0].id, 0});
            QVERIFY(!newCard.isNull());
            comment = d.addComment(j.id, b.id, "Is this real?", "Ana");
            QVERIFY(!comment.isNull());
        });
        edit(m_theirs, [&](Document &d) {
            Card changed = b;
            changed.notes = "Theirs: from the interviews";
            QVERIFY(d.changeCard(j.id, changed));
            QVERIFY(d.moveCards(j.id, {c.id}, {otherStage, c.laneId, 0}));
            Stage s = j.stages[1];
            s.name = "Theirs: compare";
            QVERIFY(d.changeStage(j.id, s));
            Persona p;
            p.name = "Theirs: Ben";
            persona = d.addPersona(p);
            QVERIFY(!persona.isNull());
        });
        const ProjectMerge::Result r = merge();
        QCOMPARE(r.conflicts.size(), 0);
        QVERIFY(r.kept.isEmpty());
        QVERIFY2(r.fromMine >= 3 && r.fromTheirs >= 4,
                 qPrintable(QString("%1 %2").arg(r.fromMine).arg(r.fromTheirs)));
        const Project p = written(r);
        const Journey &m = p.journeys[0];
        QCOMPARE(m.cards[m.cardIndex(a.id)].text, QString("Mine: reads the letter twice"));
        QCOMPARE(m.cards[m.cardIndex(b.id)].notes, QString("Theirs: from the interviews"));
        QCOMPARE(m.cards[m.cardIndex(c.id)].stageId, otherStage);
        QCOMPARE(m.cellCards(otherStage, c.laneId).first()->id, c.id); // where theirs put it
        QCOMPARE(m.cellCards(j.stages[0].id, j.lanes[0].id).first()->id, newCard);
        QCOMPARE(m.stages[1].name, QString("Theirs: compare"));
        QCOMPARE(m.comments.size(), 1);
        QVERIFY(p.persona(persona));
        // The inputs are never changed.
        QCOMPARE(normalized(load(m_base)), normalized(m_start));
    }

    void sameFieldChangedInBoth()
    {
        const Journey &j = m_start.journeys[0];
        const Card a = j.cards[0];
        edit(m_mine, [&](Document &d) {
            Card changed = a;
            changed.text = "Mine text";
            QVERIFY(d.changeCard(j.id, changed));
        });
        edit(m_theirs, [&](Document &d) {
            Card changed = a;
            changed.text = "Theirs text";
            changed.notes = "Theirs notes"; // changed only there: taken whatever is chosen
            QVERIFY(d.changeCard(j.id, changed));
        });
        ProjectMerge::Result r = merge();
        QCOMPARE(r.conflicts.size(), 1);
        const ProjectMerge::Conflict c = r.conflicts[0];
        QCOMPARE(c.kind, Kind::BothChanged);
        QCOMPARE(c.table, QString("cards"));
        QCOMPARE(c.fields, QStringList{"text"});
        QCOMPARE(c.what, "card \"" + a.text + "\"");
        QCOMPARE(c.mine, QString("text: \"Mine text\""));
        QCOMPARE(c.theirs, QString("text: \"Theirs text\""));
        QVERIFY(c.canKeepBoth);
        QCOMPARE(c.choice, Choice::Mine);
        Project p = written(r);
        QCOMPARE(p.journeys[0].cards[p.journeys[0].cardIndex(a.id)].text, QString("Mine text"));
        QCOMPARE(p.journeys[0].cards[p.journeys[0].cardIndex(a.id)].notes, QString("Theirs notes"));

        p = written(merge(Choice::Theirs));
        QCOMPARE(p.journeys[0].cards[p.journeys[0].cardIndex(a.id)].text, QString("Theirs text"));

        // Both: MINE's card, and THEIRS as a copy right after it in the same cell.
        r = merge(Choice::Mine, {{c.id, Choice::Both}});
        QCOMPARE(r.conflicts[0].choice, Choice::Both);
        p = written(r);
        const Journey &m = p.journeys[0];
        QCOMPARE(m.cards.size(), j.cards.size() + 1);
        const QStringList cell = cellTexts(m, a.stageId, a.laneId);
        const int at = int(cell.indexOf("Mine text"));
        QVERIFY(at >= 0);
        QCOMPARE(cell.value(at + 1), QString("Theirs text"));
        QVERIFY(cardByText(m, "Theirs text")->id != a.id);
    }

    void changedOnOneSideDeletedOnTheOther()
    {
        const Journey &j = m_start.journeys[0];
        const Card a = j.cards[0];
        edit(m_mine, [&](Document &d) {
            Card changed = a;
            changed.text = "Mine: still needed";
            QVERIFY(d.changeCard(j.id, changed));
        });
        edit(m_theirs, [&](Document &d) { QVERIFY(d.removeCards(j.id, {a.id})); });
        ProjectMerge::Result r = merge();
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].kind, Kind::TheirsDeleted);
        QCOMPARE(r.conflicts[0].mine, QString("changed"));
        QCOMPARE(r.conflicts[0].theirs, QString("deleted"));
        QCOMPARE(written(r).journeys[0].cards[0].text.isEmpty(), false);
        QVERIFY(cardByText(written(r).journeys[0], "Mine: still needed"));
        QVERIFY(!cardByText(written(merge(Choice::Theirs)).journeys[0], "Mine: still needed"));
        // The other way round: MINE deleted, THEIRS changed.
        std::swap(m_mine, m_theirs);
        r = merge();
        QCOMPARE(r.conflicts[0].kind, Kind::MineDeleted);
        QCOMPARE(written(r).journeys[0].cardIndex(a.id), -1);
        QVERIFY(written(merge(Choice::Theirs)).journeys[0].cardIndex(a.id) >= 0);
        std::swap(m_mine, m_theirs);
    }

    void stageReorderedBothWays()
    {
        const Journey &j = m_start.journeys[0];
        QCOMPARE(j.stages.size(), 5);
        edit(m_mine, [&](Document &d) { QVERIFY(d.moveStage(j.id, 0, 2)); });
        edit(m_theirs, [&](Document &d) { QVERIFY(d.moveStage(j.id, 0, 4)); });
        const QStringList mineOrder = stageNames(load(m_mine).journeys[0]);
        const QStringList theirOrder = stageNames(load(m_theirs).journeys[0]);
        ProjectMerge::Result r = merge();
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].kind, Kind::Order);
        QCOMPARE(r.conflicts[0].what, QString("the order of the stages"));
        QVERIFY(r.conflicts[0].mine.startsWith("\"" + mineOrder[0] + "\", \"" + mineOrder[1]));
        QVERIFY(!r.conflicts[0].canKeepBoth);
        QCOMPARE(stageNames(written(r).journeys[0]), mineOrder);
        r = merge(Choice::Mine, {{r.conflicts[0].id, Choice::Theirs}});
        QCOMPARE(stageNames(written(r).journeys[0]), theirOrder);
        QCOMPARE(r.conflicts[0].choice, Choice::Theirs);
    }

    void reorderOnOneSideAndAdditionsOnTheOther()
    {
        // MINE reorders the stages; THEIRS adds one after the second: no conflict, MINE's
        // order, and the new stage after the one it followed in THEIRS.
        const Journey &j = m_start.journeys[0];
        edit(m_mine, [&](Document &d) { QVERIFY(d.moveStage(j.id, 4, 0)); });
        edit(m_theirs, [&](Document &d) {
            Stage s;
            s.name = "Theirs: new stage";
            QVERIFY(!d.addStage(j.id, s, 2).isNull());
        });
        const ProjectMerge::Result r = merge();
        QCOMPARE(r.conflicts.size(), 0);
        const QStringList names = stageNames(written(r).journeys[0]);
        QStringList expected = stageNames(load(m_mine).journeys[0]);
        expected.insert(expected.indexOf(j.stages[1].name) + 1, "Theirs: new stage");
        QCOMPARE(names, expected);
    }

    void deletedStageKeptForANewCard()
    {
        const Journey &j = m_start.journeys[0];
        const Stage s = j.stages[2];
        const int inStage = int(std::count_if(j.cards.begin(), j.cards.end(),
                                              [&](const Card &c) { return c.stageId == s.id; }));
        QVERIFY(inStage > 1);
        edit(m_mine, [&](Document &d) {
            Card fresh;
            fresh.text = "Mine: added in the workshop";
            QVERIFY(!d.addCard(j.id, fresh, {s.id, j.lanes[0].id, 0}).isNull());
        });
        edit(m_theirs, [&](Document &d) { QVERIFY(d.removeStage(j.id, s.id)); });
        const ProjectMerge::Result r = merge();
        QCOMPARE(r.conflicts.size(), 0);
        QCOMPARE(r.kept.size(), 1);
        QVERIFY2(r.kept[0] == "stage \"" + s.name + "\" was deleted in one copy but is kept, because the other copy still uses it (card)",
                 qPrintable(r.kept[0]));
        const Project p = written(r);
        const Journey &m = p.journeys[0];
        QVERIFY(indexOfId(m.stages, s.id) >= 0);
        QCOMPARE(cellTexts(m, s.id, j.lanes[0].id), QStringList{"Mine: added in the workshop"});
        // The cards THEIRS deleted with the stage, untouched by MINE, stay deleted.
        QCOMPARE(std::count_if(m.cards.begin(), m.cards.end(),
                               [&](const Card &c) { return c.stageId == s.id; }),
                 1);
    }

    void sameMetricImportedInBoth()
    {
        // Both copies imported "CSAT" after they parted (different ids, the same key): one metric
        // with the values of both, and the value both set differently is a conflict.
        const Journey &j = m_start.journeys[0];
        auto importCsat = [&](const QString &file, const QString &metricId,
                              const QList<std::pair<Id, double>> &values) {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("PRAGMA foreign_keys = ON"));
            QVERIFY(q.exec(QString("INSERT INTO metric_definitions VALUES('%1', 'csat', 'CSAT', "
                                   "'%', 'higher-better', 0, 100, 80, NULL, NULL, 'csat', 1)")
                               .arg(metricId)));
            for (const auto &[card, value] : values)
                QVERIFY2(q.exec(QString("INSERT INTO metric_observations VALUES('%1', 'card', "
                                        "'%2', '', '', %3, NULL)")
                                    .arg(metricId, idToString(card))
                                    .arg(value)),
                         qPrintable(q.lastError().text()));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase("raw");
        };
        importCsat(m_mine, idToString(newId()), {{j.cards[0].id, 71}, {j.cards[1].id, 80}});
        importCsat(m_theirs, idToString(newId()), {{j.cards[1].id, 82}, {j.cards[2].id, 64}});
        const ProjectMerge::Result r = merge(Choice::Theirs);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].table, QString("metric_observations"));
        QCOMPARE(r.conflicts[0].fields, QStringList{"value"});
        const Project p = written(r);
        QCOMPARE(p.metrics.size(), 1);
        QCOMPARE(p.observations.size(), 3);
        for (const Observation &o : p.observations)
            if (o.targetId == j.cards[1].id) QCOMPARE(o.value, 82.0);
    }

    void snapshotNamesStayUnique()
    {
        edit(m_mine, [&](Document &d) { QVERIFY(!d.takeSnapshot("Before workshop").isNull()); });
        edit(m_theirs, [&](Document &d) { QVERIFY(!d.takeSnapshot("before workshop").isNull()); });
        const Project p = written(merge());
        QCOMPARE(p.snapshots.size(), 2);
        QStringList names{p.snapshots[0].name, p.snapshots[1].name};
        names.sort();
        QCOMPARE(names, QStringList({"Before workshop", "before workshop (2)"}));
    }

    void unrelatedOrDamagedCopiesAreRefused()
    {
        const Project other = makeProject(Template::FivePhases, "Other", "en");
        QString error;
        QVERIFY(Store::create(m_theirs, other, &error));
        ProjectMerge::Result r;
        QVERIFY(!ProjectMerge::merge(m_base, m_mine, m_theirs, {}, Choice::Mine, &r, &error));
        QVERIFY2(error.contains("theirs.waymark is not a copy of the same project as"), qPrintable(error));
        QFile damaged(m_theirs);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not a project");
        damaged.close();
        QVERIFY(!ProjectMerge::merge(m_base, m_mine, m_theirs, {}, Choice::Mine, &r, &error));
        QVERIFY2(error.startsWith(m_theirs + ": "), qPrintable(error));
        // A target that cannot be written: the reason, and nothing left behind.
        QFile::remove(m_theirs);
        QVERIFY(QFile::copy(m_base, m_theirs));
        QVERIFY(ProjectMerge::merge(m_base, m_mine, m_theirs, {}, Choice::Mine, &r, &error));
        QVERIFY(!ProjectMerge::write(r, m_dir.filePath("no/such/out.waymark"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestMerge)
#include "tst_merge.moc"
