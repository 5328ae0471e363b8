// SPDX-License-Identifier: GPL-3.0-or-later
// Mermaid `journey` diagrams both ways. Besides its own checks, this test leaves each text it
// wrote or read, with what Waymark reads in it, in $WAYMARK_MERMAID_OUT, where
// tests/mermaid/mermaid.mjs has Mermaid's own parser read the same texts and compares.
#undef QT_NO_CAST_FROM_ASCII
#include "../docutil.h"
#include "document/templates.h"
#include "io/exportformat.h"
#include "io/mermaid.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::test;

namespace {

QJsonObject toJson(const Mermaid::Diagram &d)
{
    QJsonArray sections, tasks;
    for (const Mermaid::Section &s : d.sections) {
        if (!s.name.isEmpty()) sections.append(s.name);
        for (const Mermaid::Task &t : s.tasks)
            tasks.append(QJsonObject{{"section", s.name},
                                     {"task", t.name},
                                     {"score", t.score},
                                     {"people", QJsonArray::fromStringList(t.actors)}});
    }
    return {{"title", d.title},
            {"descr", d.accDescr},
            {"sections", sections},
            {"tasks", tasks}};
}

const char *const Docs =
    "journey\n"
    "    title My working day\n"
    "    section Go to work\n"
    "      Make tea: 5: Me\n"
    "      Go upstairs: 3: Me\n"
    "      Do work: 1: Me, Cat\n"
    "    section Go home\n"
    "      Go downstairs: 5: Me\n"
    "      Sit down: 5: Me\n";

} // namespace

class TestMermaid : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_out; // for Mermaid's own parser

    // Leaves `text` and what Waymark reads in it for tests/mermaid/mermaid.mjs.
    void leave(const QString &name, const QByteArray &text)
    {
        QString error;
        const auto d = Mermaid::parse(text, &error);
        QVERIFY2(d, qPrintable(name + ": " + error));
        if (m_out.isEmpty()) return;
        QFile mmd(m_out + "/" + name + ".mmd"), json(m_out + "/" + name + ".json");
        QVERIFY(mmd.open(QIODevice::WriteOnly) && json.open(QIODevice::WriteOnly));
        mmd.write(text);
        json.write(QJsonDocument(toJson(*d)).toJson());
    }

private slots:
    void initTestCase()
    {
        m_out = qEnvironmentVariable("WAYMARK_MERMAID_OUT");
        if (!m_out.isEmpty()) {
            QDir(m_out).removeRecursively();
            QVERIFY(QDir().mkpath(m_out));
        }
    }

    // Mermaid's documentation example, with what its grammar allows around it.
    void readsTheWholeGrammar()
    {
        const QByteArray text = QByteArray("---\r\ntitle: \"From the front matter\"\r\n---\r\n") +
                                "%%{init: {\"theme\": \"forest\"}}%%\r\n"
                                "journey\r\n"
                                "    accTitle: Day # with a hash; and a semicolon\r\n"
                                "    accDescr {\r\n"
                                "      How a day\r\n"
                                "      feels\r\n"
                                "    }\r\n"
                                "  Wake up: 2: Me\r\n"
                                "    section Go to work   \r\n"
                                "      Make tea : 5: Me\r\n"
                                "      Go upstairs: 3: Me   # a comment\r\n"
                                "      Do work: 1: Me, Cat, Me,\r\n"
                                "    %% a comment of Mermaid's own\r\n"
                                "    section Go home\r\n"
                                "      Go downstairs: 4.5: Me: ignored\r\n"
                                "      Sit down: 5\r\n"
                                "      %a comment to Mermaid: 5\r\n"
                                "      Half %% and %{half}: 2\r\n"
                                "    section Sleep\r\n";
        QString error;
        const auto d = Mermaid::parse(text, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->title, QString("From the front matter"));
        QCOMPARE(d->accTitle, QString("Day # with a hash; and a semicolon"));
        QCOMPARE(d->accDescr, QString("How a day\nfeels"));
        QCOMPARE(d->sections.size(), 4);
        QCOMPARE(d->sections[0].name, QString()); // tasks before the first section
        QCOMPARE(d->sections[0].tasks[0].name, QString("Wake up"));
        QCOMPARE(d->sections[1].name, QString("Go to work"));
        const QList<Mermaid::Task> &work = d->sections[1].tasks;
        QCOMPARE(work.size(), 3);
        QCOMPARE(work[0].name, QString("Make tea"));
        QCOMPARE(work[1].actors, QStringList{"Me"});
        QCOMPARE(work[2].actors, QStringList({"Me", "Cat"}));
        QCOMPARE(work[2].line, 15);
        QCOMPARE(d->sections[2].tasks[0].score, 4.5);
        QCOMPARE(d->sections[2].tasks[0].actors, QStringList{"Me"});
        QCOMPARE(d->sections[2].tasks[1].actors, QStringList());
        QCOMPARE(d->sections[2].tasks.size(), 3);
        QCOMPARE(d->sections[2].tasks[2].name, QString("Half %% and %{half}"));
        QVERIFY(d->sections[3].tasks.isEmpty());
        leave("grammar", text);
        leave("docs", Docs);
        // A byte order mark (as Windows editors write) is read past.
        const auto bom = Mermaid::parse(QByteArray("\xef\xbb\xbf") + Docs, &error);
        QVERIFY2(bom && bom->title == "My working day", qPrintable(error));
        // In Markdown: the first mermaid block, with the file's line numbers in errors.
        const QByteArray markdown = QByteArray("# Notes\n\nSome text: with a colon\n\n```mermaid\n") +
                                    Docs + "```\n\nMore text\n";
        const auto md = Mermaid::parse(markdown, &error);
        QVERIFY2(md, qPrintable(error));
        QCOMPARE(md->title, QString("My working day"));
        QCOMPARE(md->sections.size(), 2);
        QVERIFY(!Mermaid::parse(QByteArray(markdown).replace("Sit down: 5", "Sit down: 9"), &error));
        QVERIFY2(error.startsWith("line 14: "), qPrintable(error));
    }

    void refusesWhatMermaidRefuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("another diagram") << QByteArray("flowchart LR\n  A --> B\n")
                                         << "line 1: this is not a Mermaid journey: it starts with \"flowchart\", not \"journey\"";
        QTest::newRow("no score") << QByteArray("journey\nsection A\n  Make tea\n")
                                  << "line 3: the task \"Make tea\" has no score (write \"Make tea: 5\")";
        QTest::newRow("empty score") << QByteArray("journey\nsection A\n  Make tea:\n")
                                     << "line 3: the task \"Make tea\" has no score";
        QTest::newRow("score 0") << QByteArray("journey\nsection A\n  Make tea: 0\n")
                                 << "line 3: the score of \"Make tea\" is 0; it must be from 1 to 5";
        QTest::newRow("score 6") << QByteArray("journey\n\nsection A\n  Tea: 6: Me\n")
                                 << "line 4: the score of \"Tea\" is 6; it must be from 1 to 5";
        QTest::newRow("score X") << QByteArray("journey\nsection A\n  Tea: X\n")
                                 << "line 3: the score of \"Tea\" is \"X\", not a number";
        QTest::newRow("semicolon") << QByteArray("journey\nsection A\n  Tea; coffee: 3\n")
                                   << "line 3: \";\" is not allowed in a journey";
        QTest::newRow("colon in section") << QByteArray("journey\nsection A: B\n")
                                          << "line 2: a section's name cannot contain \":\"";
        QTest::newRow("task without name") << QByteArray("journey\nsection A\n  : 3\n")
                                           << "line 3: a task needs a name before \":\"";
        QTest::newRow("accDescr open") << QByteArray("journey\naccDescr {\n one\n two\n")
                                       << "line 2: accDescr { is not closed with }";
        QTest::newRow("front matter open") << QByteArray("---\ntitle: x\njourney\n")
                                           << "line 1: the front matter that starts here is not closed with ---";
        QTest::newRow("second journey") << QByteArray("journey\nsection A\n  journey home: 3\n")
                                        << "line 3: \"journey\" may only start the diagram";
        QTest::newRow("inline %% is text") << QByteArray("journey\nsection A\n  Tea: 4 %% a comment?\n")
                                           << "line 3: the score of \"Tea\" is \"4 %% a comment?\", not a number";
        QTest::newRow("title as a task") << QByteArray("journey\nsection A\n  title\n")
                                         << "line 3: the task \"title\" has no score (write \"title: 5\")";
        QTest::newRow("empty") << QByteArray("\n%% nothing\n") << "the file holds no Mermaid diagram";
        QTest::newRow("nothing in it") << QByteArray("journey\n  title Only a title\n")
                                       << "the journey has no sections and no tasks";
        QTest::newRow("not utf-8") << QByteArray("journey\nsection Caf\xe9\n")
                                   << "the file is not UTF-8 text";
        QByteArray many = "journey\nsection A\n";
        for (int i = 0; i <= Mermaid::MaxTasks; ++i)
            many += "t: 3\n";
        QTest::newRow("too many tasks") << many << QString("line %1: more than 20000 tasks").arg(Mermaid::MaxTasks + 3);
        QTest::newRow("too large") << QByteArray(Mermaid::MaxBytes + 1, ' ') << "the file is larger than 4 MB";
    }
    void refusesWhatMermaidRefuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QString got;
        QVERIFY(!Mermaid::parse(text, &got));
        QCOMPARE(got, error);
    }

    // The sample's journeys, and names Mermaid cannot carry as they are.
    void writtenTextReadsBackAsMeant()
    {
        for (const char *lang : {"en", "de"}) {
            Project p;
            QString error;
            QVERIFY(sampleProject(lang, &p, &error));
            for (int k = 0; k < p.journeys.size(); ++k) {
                const Journey &j = p.journeys[k];
                const QString text = Mermaid::write(p, j);
                const auto d = Mermaid::parse(text.toUtf8(), &error);
                QVERIFY2(d, qPrintable(error + "\n" + text));
                QCOMPARE(d->title, j.name);
                QCOMPARE(d->sections.size(), j.stages.size());
                int tasks = 0;
                for (int s = 0; s < j.stages.size(); ++s) {
                    QCOMPARE(d->sections[s].name, j.stages[s].name);
                    int here = 0; // the stage's actions, then its touchpoints, in order
                    for (const Lane &l : j.lanes)
                        if (l.kind == LaneKind::Actions || l.kind == LaneKind::Touchpoints)
                            for (const Card *c : j.cellCards(j.stages[s].id, l.id))
                                QCOMPARE(d->sections[s].tasks.value(here++).name,
                                         c->text.simplified().replace(':', QChar(0xa789)));
                    QCOMPARE(here, d->sections[s].tasks.size());
                    tasks += here;
                    for (const Mermaid::Task &t : d->sections[s].tasks)
                        QVERIFY(t.score >= 1 && t.score <= 5);
                }
                QVERIFY(tasks >= 3);
                leave(QString("sample-%1-%2").arg(lang).arg(k + 1), text.toUtf8());
            }
        }
        // Scores: a feeling card of the stage with the task's text gives its feeling; else
        // the stage's average (of the card's persona first); without feelings 3.
        Project p = makeProject(Template::FivePhases, "Tricky", "en");
        Persona anna, tom;
        anna.id = newId();
        anna.name = "Müller, Anna";
        tom.id = newId();
        tom.name = "Tom";
        p.personas = {anna, tom};
        Journey &j = p.journeys[0];
        j.name = "Renewal: as is; 100%% #1";
        j.goal = "Line one\nline two";
        j.stages[1].name = "Title: the offer";
        j.stages[2].name = "";
        auto lane = [&](LaneKind kind) {
            for (const Lane &l : j.lanes)
                if (l.kind == kind) return l.id;
            return Id();
        };
        auto add = [&](int stage, LaneKind kind, const QString &text, std::optional<int> emotion = {},
                       const Id &persona = {}) {
            Card c;
            c.id = newId();
            c.stageId = j.stages[stage].id;
            c.laneId = lane(kind);
            c.order = j.cellSize(c.stageId, c.laneId);
            c.text = text;
            c.emotion = emotion;
            c.personaId = persona;
            j.cards.append(c);
        };
        add(0, LaneKind::Actions, "Reads: the letter", {}, anna.id);
        add(0, LaneKind::Feelings, "Reads: the letter", -3, anna.id);
        add(0, LaneKind::Feelings, "Reads: the letter", -3, tom.id);
        add(0, LaneKind::Feelings, "Something else", 3);
        add(0, LaneKind::Touchpoints, "title page # 2; %%x");
        add(0, LaneKind::Actions, "   ");
        add(1, LaneKind::Actions, "Journey planning\nsecond line", {}, tom.id);
        add(1, LaneKind::Feelings, "Tom's", 2, tom.id);
        add(1, LaneKind::Feelings, "Anna's", -2, anna.id);
        add(1, LaneKind::Actions, "Section end");
        add(1, LaneKind::Actions, "%1 and %2 stay text"); // found by fuzz_mermaid
        add(1, LaneKind::Actions, "```mermaid is no fence here"); // and this one
        add(1, LaneKind::Thoughts, "Not a task");
        const QString text = Mermaid::write(p, j);
        const QStringList lines = text.split('\n');
        QVERIFY2(lines.contains(QString("    title Renewal: as is； 100%% ＃1")), qPrintable(text));
        QVERIFY(lines.contains(QString("    accDescr: Line one line two")));
        QVERIFY(lines.contains(QString("    section Title꞉ the offer")));
        QVERIFY(lines.contains(QString("    section Stage 3")));
        QVERIFY2(lines.contains(QString("      Reads꞉ the letter: 1: Müller‚ Anna, Tom")), qPrintable(text));
        QVERIFY2(lines.contains(QString("      \u200btitle page ＃ 2； %%x: 2")), qPrintable(text)); // the average of -3, -3 and 3 is -1
        QVERIFY(lines.contains(QString("      \u200bJourney planning second line: 4: Tom"))); // Tom felt +2
        QVERIFY(lines.contains(QString("      \u200bSection end: 3"))); // average of 2 and -2
        QVERIFY(!text.contains("Not a task"));
        QVERIFY2(lines.contains(QString("      \u200b%1 and %2 stay text: 3")), qPrintable(text));
        QVERIFY2(lines.contains(QString("      \u200b```mermaid is no fence here: 3")), qPrintable(text));
        leave("tricky", text.toUtf8());
    }

    // Mermaid -> journey -> Mermaid gives the text back; actors become personas, matched by
    // name to those the project has.
    void importRoundTripAndPersonas()
    {
        QString error;
        const auto d = Mermaid::parse(Docs, &error);
        QVERIFY(d);
        Project p = makeProject(Template::FivePhases, "P", "de");
        Persona me;
        me.id = newId();
        me.name = "ME";
        p.personas = {me};
        const Mermaid::Imported imported = Mermaid::toJourney(*d, p, "fallback");
        const Journey &j = imported.journey;
        QCOMPARE(j.name, QString("My working day"));
        QCOMPARE(j.stages.size(), 2);
        QCOMPARE(imported.newPersonas.size(), 1);
        QCOMPARE(imported.newPersonas[0].name, QString("Cat"));
        QCOMPARE(j.personaIds, QList<Id>({me.id, imported.newPersonas[0].id}));
        // The German lanes of a new journey.
        QVERIFY(std::any_of(j.lanes.cbegin(), j.lanes.cend(),
                            [](const Lane &l) { return l.title == "Gefühle"; }));
        // Each task a customer action; a feeling per actor.
        int actions = 0, feelings = 0;
        for (const Card &c : j.cards) {
            const LaneKind kind = j.lanes[j.laneIndex(c.laneId)].kind;
            actions += kind == LaneKind::Actions;
            feelings += kind == LaneKind::Feelings;
            if (c.text == "Do work" && kind == LaneKind::Feelings) QCOMPARE(*c.emotion, -3);
            if (c.text == "Go upstairs" && kind == LaneKind::Feelings) QCOMPARE(*c.emotion, 0);
        }
        QCOMPARE(actions, 5);
        QCOMPARE(feelings, 6);
        p.personas += imported.newPersonas;
        p.journeys = {j};
        QString again = Mermaid::write(p, j);
        // Written back: the same tasks, scores and actors (the actor as the project spells it).
        again.remove(QRegularExpression("    accTitle: [^\n]*\n"));
        QCOMPARE(again, QString(Docs).replace(": Me", ": ME"));
        // Scores between the steps round to the nearest feeling and back.
        for (const double score : {1.0, 2.0, 3.0, 4.0, 5.0}) {
            const auto one = Mermaid::parse(QString("journey\nsection S\n  T: %1\n").arg(score).toUtf8(), &error);
            const Mermaid::Imported i = Mermaid::toJourney(*one, p, "x");
            Project q = p;
            q.journeys = {i.journey};
            QVERIFY2(Mermaid::write(q, i.journey).endsWith(QString("T: %1\n").arg(score)),
                     qPrintable(Mermaid::write(q, i.journey)));
        }
        // Without a title: the accessibility title, else the fallback name.
        QCOMPARE(Mermaid::toJourney(*Mermaid::parse("journey\naccTitle: Acc\nsection A\n", &error), p, "f")
                     .journey.name,
                 QString("Acc"));
        QCOMPARE(Mermaid::toJourney(*Mermaid::parse("journey\nsection A\n", &error), p, "f").journey.name,
                 QString("f"));
    }

    // The import is one undo step: done, persisted, undone, redone.
    void importIsOneUndoStep()
    {
        Project p = makeProject(Template::FivePhases, "P", "en");
        QString error;
        const QString file = m_dir.filePath("import.waymark");
        auto doc = Document::create(file, p, &error);
        QVERIFY2(doc, qPrintable(error));
        const auto d = Mermaid::parse(Docs, &error);
        const Mermaid::Imported imported = Mermaid::toJourney(*d, doc->project(), "x");
        oneStep(*doc, file, [&] {
            return !doc->importJourney(imported.journey, imported.newPersonas).isNull();
        }, "Import journey \"My working day\"");
        QCOMPARE(doc->project().journeys.size(), 2);
        QCOMPARE(doc->project().personas.size(), 2);
        QCOMPARE(reopenProject(file).personas.size(), 2);
        // Refused without stages: nothing changes.
        Journey empty = imported.journey;
        empty.stages.clear();
        QVERIFY(doc->importJourney(empty, {}).isNull());
        QCOMPARE(doc->project().journeys.size(), 2);
    }

    // The export format: one file per journey, all or nothing, in the registry.
    void exportFormatWritesOneFilePerJourney()
    {
        const ExportFormat *f = ExportFormats::find("mmd");
        QVERIFY(f);
        QCOMPARE(f->id(), QString("mermaid"));
        QCOMPARE(ExportFormats::find("MERMAID"), f);
        Project p;
        QString error;
        QVERIFY(sampleProject("en", &p, &error));
        QStringList written;
        const QString out = m_dir.filePath("map.mmd");
        QVERIFY2(f->write(p, {{p.journeys[0].id, p.journeys[1].id}, {}, {}, {}, {}}, out, &written, &error),
                 qPrintable(error));
        QCOMPARE(written, QStringList({m_dir.filePath("map-1.mmd"), m_dir.filePath("map-2.mmd")}));
        QFile second(written[1]);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(second.readAll()), Mermaid::write(p, p.journeys[1]));
        QVERIFY(f->preview(p, {{p.journeys[0].id}, {}, {}, {}, {}}).startsWith("journey\n"));
        // Into a folder that does not exist: nothing written, the reason given.
        QVERIFY(!f->write(p, {{p.journeys[0].id}, {}, {}, {}, {}}, m_dir.filePath("no/such/x.mmd"),
                          &written, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestMermaid)
#include "tst_mermaid.moc"
