// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots (take, rename, delete, restore; automatic before an import that changes values)
// and the comparison of two journeys.
#undef QT_NO_CAST_FROM_ASCII
#include "../docutil.h"
#include "analytics/freshness.h"
#include "analytics/journeydiff.h"
#include "document/document.h"
#include "render/maprenderer.h"
#include "document/templates.h"
#include "io/comparisonexport.h"
#include "io/metricimport.h"
#include "layout/maplayout.h"
#include "storage/checker.h"
#include "storage/schema.h"
#include "storage/snapshotcodec.h"

#include <functional>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QGuiApplication>
#include <QPainter>
#include <QtEndian>

using namespace waymark;
using namespace waymark::test;

namespace {

// A journey as a snapshot keeps it: without the workshop held on it.
Journey withoutWorkshop(Journey j)
{
    j.notes.clear();
    j.rounds.clear();
    j.votes.clear();
    std::sort(j.cards.begin(), j.cards.end(),
              [](const Card &a, const Card &b) { return a.id < b.id; });
    return j;
}

Card &cardIn(Journey &j, int stage, int lane, int k)
{
    const Id id = j.cellCards(j.stages[stage].id, j.lanes[lane].id).at(k)->id;
    return j.cards[j.cardIndex(id)];
}


// The sample with a drop-off on every touchpoint of the first journey (10 %, 15 %, ... so the
// later ones are past the thresholds and are friction points) and a CSAT per stage.
bool sampleWithValues(Project *p)
{
    QString error;
    if (!sampleProject("en", p, &error)) return false;
    MetricDefinition drop;
    drop.id = newId();
    drop.key = drop.kind = "drop-off";
    drop.name = "Drop-off";
    drop.unit = "%";
    drop.higherIsBetter = false;
    drop.warning = 20;
    drop.critical = 30;
    MetricDefinition csat;
    csat.id = newId();
    csat.key = csat.kind = "csat";
    csat.name = "CSAT";
    csat.unit = "%";
    p->metrics = {drop, csat};
    const Journey &j = p->journeys[0];
    double v = 10;
    for (const Card &c : j.cards)
        if (j.lanes[j.laneIndex(c.laneId)].kind == LaneKind::Touchpoints) {
            p->observations.append({drop.id, TargetKind::Card, c.id, "", "", v, {}});
            v += 5;
        }
    for (const Stage &s : j.stages)
        p->observations.append({csat.id, TargetKind::Stage, s.id, "2026-Q1", "", 70, {}});
    return v > 30;
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Document> sample(QString *file)
    {
        Project p;
        QString error;
        if (!sampleWithValues(&p)) return {};
        *file = m_dir.filePath(QString("s%1.waymark").arg(++m_n));
        return Document::create(*file, p, &error);
    }

private slots:
    void codecKeepsJourneysAndTheirValues()
    {
        Project p;
        QString error;
        QVERIFY(sampleWithValues(&p));
        Project back;
        QVERIFY2(SnapshotCodec::read(SnapshotCodec::write(p), &back, &error), qPrintable(error));
        QCOMPARE(back.journeys.size(), p.journeys.size());
        for (int i = 0; i < p.journeys.size(); ++i)
            QCOMPARE(withoutWorkshop(back.journeys[i]), withoutWorkshop(p.journeys[i]));
        QCOMPARE(back.metrics, p.metrics);
        QCOMPARE(normalized(back).observations, normalized(p).observations);
        QCOMPARE(back.personas.size(), p.personas.size());
        QCOMPARE(back.personas[0].name, p.personas[0].name);

        // One journey: only its values come along.
        const Journey &second = p.journeys[1];
        QVERIFY(SnapshotCodec::read(SnapshotCodec::write(p, second.id), &back, &error));
        QCOMPARE(back.journeys.size(), 1);
        QCOMPARE(withoutWorkshop(back.journeys[0]), withoutWorkshop(second));
        for (const Observation &o : back.observations)
            QVERIFY(o.targetId == second.id || second.stageIndex(o.targetId) >= 0 ||
                    second.card(o.targetId));
    }

    void codecRefusesDamage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const QByteArray good = [] {
            Project p;
            QString e;
            sampleProject("en", &p, &e);
            return SnapshotCodec::write(p);
        }();
        QByteArray huge = good;
        qToBigEndian<quint32>(0xF0000000u, huge.data()); // claims 4 GB unpacked
        QByteArray truncated = good.left(good.size() / 2);
        const QByteArray newer = qCompress(R"({"waymarkSnapshot": 99, "journeys": []})");
        const QByteArray badCard = qCompress(
            R"({"waymarkSnapshot": 1, "journeys": [{"id": "6f9619ff-8b86-d011-b42d-00c04fc964ff",
            "name": "J", "state": "current", "stages": [], "lanes": [],
            "cards": [{"id": "7f9619ff-8b86-d011-b42d-00c04fc964ff", "channel": "",
            "evidence": "assumed", "stage": "x", "lane": "y"}]}]})");
        const QByteArray badKey = qCompress(
            R"({"waymarkSnapshot": 1, "journeys": [{"id": "6f9619ff-8b86-d011-b42d-00c04fc964ff",
            "name": "J", "state": "someday"}]})");
        QTest::newRow("empty") << QByteArray() << "damaged";
        QTest::newRow("not compressed") << QByteArray("SQLite format 3") << "damaged";
        QTest::newRow("claims 4 GB") << huge << "damaged";
        QTest::newRow("cut short") << truncated << "damaged";
        QTest::newRow("not JSON") << qCompress("hello") << "damaged";
        QTest::newRow("JSON array") << qCompress("[1,2]") << "damaged";
        QTest::newRow("newer") << newer << "newer";
        QTest::newRow("card in no stage") << badCard << "damaged";
        QTest::newRow("unknown state") << badKey << "damaged";
    }
    void codecRefusesDamage()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        Project out;
        out.info.title = "untouched";
        QString error;
        QVERIFY(!SnapshotCodec::read(content, &out, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(out.info.title, QString("untouched"));
    }

    void takeRenameDelete()
    {
        QString file;
        auto doc = sample(&file);
        const Id journey = doc->project().journeys[0].id;
        Id id;
        oneStep(*doc, file, [&] { return !(id = doc->takeSnapshot(" Before workshop ", journey)).isNull(); },
                "Take snapshot \"Before workshop\"");
        const Snapshot *s = doc->project().snapshot("before WORKSHOP");
        QVERIFY(s);
        QCOMPARE(s->id, id);
        QCOMPARE(s->name, QString("Before workshop"));
        QCOMPARE(s->journeyId, journey);
        QCOMPARE(s->reason, QString("manual"));
        QVERIFY(s->created.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        Project content;
        QString error;
        QVERIFY(SnapshotCodec::read(s->content, &content, &error));
        QCOMPARE(content.journeys.size(), 1);
        QCOMPARE(withoutWorkshop(content.journeys[0]), withoutWorkshop(doc->project().journeys[0]));

        oneStep(*doc, file, [&] { return !doc->takeSnapshot("Whole project").isNull(); },
                "Take snapshot \"Whole project\"");
        QVERIFY(doc->project().snapshot("Whole project")->journeyId.isNull());

        oneStep(*doc, file, [&] { return doc->renameSnapshot(id, "Baseline Q1"); },
                "Rename snapshot \"Before workshop\"");
        QVERIFY(doc->project().snapshot("Baseline Q1"));
        oneStep(*doc, file, [&] { return doc->removeSnapshot(id); },
                "Delete snapshot \"Baseline Q1\"");
        QVERIFY(!doc->project().snapshot("Baseline Q1"));
        // A name can be taken again once its snapshot is gone, in one transaction.
        QVERIFY(doc->takeSnapshot("whole PROJECT").isNull());
        QVERIFY(doc->refusalReason().contains("already a snapshot called \"Whole project\""));
    }

    void refusals()
    {
        QString file;
        auto doc = sample(&file);
        QVERIFY(!doc->takeSnapshot("A").isNull());
        const QStringList fileBefore = dumpFile(file);
        const int steps = doc->undoStack()->count();
        QVERIFY(doc->takeSnapshot("  ").isNull());
        QCOMPARE(doc->refusalReason(), QString("A snapshot needs a name."));
        QVERIFY(doc->takeSnapshot(QString(201, 'x')).isNull());
        QVERIFY(doc->refusalReason().contains("at most 200"));
        QVERIFY(doc->takeSnapshot("a").isNull());
        QVERIFY(doc->takeSnapshot("B", newId()).isNull());
        QCOMPARE(doc->refusalReason(), QString("The journey does not exist."));
        QVERIFY(!doc->renameSnapshot(newId(), "C"));
        QVERIFY(!doc->removeSnapshot(newId()));
        QVERIFY(doc->restoreSnapshot(newId()).isEmpty());
        QCOMPARE(doc->refusalReason(), QString("The snapshot does not exist."));
        QVERIFY(doc->restoreSnapshot(doc->project().snapshots[0].id, newId()).isEmpty());
        QVERIFY(doc->refusalReason().contains("holds no such journey"));
        QCOMPARE(doc->undoStack()->count(), steps);
        QCOMPARE(dumpFile(file), fileBefore);
        QCOMPARE(doc->freeSnapshotName("a"), QString("a (2)"));
        QCOMPARE(doc->freeSnapshotName("b"), QString("b"));
    }

    void damagedSnapshotIsReportedAndNotRestored()
    {
        QString file;
        auto doc = sample(&file);
        const Id id = doc->takeSnapshot("A");
        doc->close();
        doc.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "damage");
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("UPDATE snapshots SET content = x'00000010deadbeef'"));
            db.close();
        }
        QSqlDatabase::removeDatabase("damage");
        const QStringList problems = checkProjectFile(file).problems;
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains("snapshot \"A\": the snapshot is damaged"),
                 qPrintable(problems[0]));
        OpenResult result;
        doc = Document::open(file, Store::Access::ReadWrite, &result);
        QVERIFY(doc);
        const QStringList before = dumpFile(file);
        QVERIFY(doc->restoreSnapshot(id).isEmpty());
        QCOMPARE(doc->refusalReason(),
                 QString("The snapshot \"A\" cannot be read: the snapshot is damaged."));
        QCOMPARE(dumpFile(file), before);
    }

    void restoreAddsTheJourneyWithItsValues()
    {
        QString file;
        auto doc = sample(&file);
        const Journey original = doc->project().journeys[0];
        const Id snap = doc->takeSnapshot("Baseline", original.id);
        // Afterwards the journey changes and a persona goes.
        Card changed = *original.card(original.cards[0].id);
        changed.text = "Changed after the snapshot";
        QVERIFY(doc->changeCard(original.id, changed));
        int valuesBefore = 0;
        QSet<Id> targets{original.id};
        for (const Stage &s : original.stages)
            targets.insert(s.id);
        for (const Card &c : original.cards)
            targets.insert(c.id);
        for (const Observation &o : doc->project().observations)
            valuesBefore += targets.contains(o.targetId);
        QVERIFY(valuesBefore > 0);
        const Id persona = doc->project().personas[0].id;
        QVERIFY(doc->removePersona(persona));

        QList<Id> restored;
        oneStep(*doc, file, [&] { return !(restored = doc->restoreSnapshot(snap)).isEmpty(); },
                "Restore snapshot \"Baseline\"");
        QCOMPARE(restored.size(), 1);
        const Project &p = doc->project();
        const Journey *copy = p.journey(restored[0]);
        QVERIFY(copy);
        QCOMPARE(copy->name, QString("%1 (restored from \"Baseline\")").arg(original.name));
        QCOMPARE(copy->cards.size(), original.cards.size());
        for (const Card &c : copy->cards) {
            QVERIFY(!original.card(c.id));   // new ids
            const Card *was = original.card(c.origin);
            QVERIFY(was);                    // remembering the original
            QCOMPARE(c.text, was->text);     // as it was at the snapshot
            QVERIFY(c.personaId != persona); // the deleted persona stays deleted
            QCOMPARE(copy->stages[copy->stageIndex(c.stageId)].origin, was->stageId);
        }
        QVERIFY(!copy->personaIds.contains(persona));
        int valuesAfter = 0;
        QSet<Id> copyTargets{copy->id};
        for (const Stage &s : copy->stages)
            copyTargets.insert(s.id);
        for (const Card &c : copy->cards)
            copyTargets.insert(c.id);
        for (const Observation &o : p.observations)
            valuesAfter += copyTargets.contains(o.targetId);
        QCOMPARE(valuesAfter, valuesBefore);
        // The project as it was before the restore is kept too.
        QCOMPARE(p.snapshots.size(), 2);
        QCOMPARE(p.snapshots[1].reason, QString("before-restore"));
        QCOMPARE(p.snapshots[1].name, QString("Before restoring \"Baseline\""));
        // Comparing the restored journey with today's: exactly the one card edited since.
        const JourneyDiff d = JourneyDiff::compute(p, *copy, p, p.journeys[0]);
        QCOMPARE(d.changed.size(), 1);
        QCOMPARE(d.changed[0].fields, QStringList({"text"}));
        QCOMPARE(d.changed[0].text, QString("Changed after the snapshot"));
        QVERIFY(d.added.isEmpty() && d.removed.isEmpty() && d.moved.isEmpty());
    }

    void importThatChangesValuesKeepsThemFirst()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        Table t;
        t.columns = {"target", "metric", "value", "period"};
        t.rows = {{j.stages[0].name, "Brand new metric", "5", "2031-Q1"}};
        MetricImportPlan plan =
            MetricImporter::plan(doc->project(), t, "new.csv", MetricMapping::guess(t));
        QVERIFY(plan.changed.isEmpty());
        QVERIFY(doc->importMetrics(plan));
        QVERIFY(doc->project().snapshots.isEmpty()); // nothing replaced, nothing kept

        t.rows = {{j.stages[0].name, "Brand new metric", "7", "2031-Q1"}};
        plan = MetricImporter::plan(doc->project(), t, "again.csv", MetricMapping::guess(t));
        QCOMPARE(plan.changed.size(), 1);
        const Project before = doc->project();
        oneStep(*doc, file, [&] { return doc->importMetrics(plan); },
                "Import metrics from \"again.csv\"");
        const Snapshot *kept = doc->project().snapshot("Before importing \"again.csv\"");
        QVERIFY(kept);
        QCOMPARE(kept->reason, QString("before-import"));
        Project content;
        QString error;
        QVERIFY(SnapshotCodec::read(kept->content, &content, &error));
        QCOMPARE(normalized(content).observations.size(), normalized(before).observations.size());
        bool sawOld = false;
        for (const Observation &o : content.observations)
            sawOld |= o.targetId == j.stages[0].id && o.period == "2031-Q1" && o.value == 5;
        QVERIFY(sawOld);
    }

    void duplicateRemembersOriginsAndUpgradeKeepsFour()
    {
        QString file = m_dir.filePath("format-4.waymark");
        QVERIFY(QFile::copy(WAYMARK_TESTDATA "/projects/format-4.waymark", file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(doc, qPrintable(result.error));
        QCOMPARE(doc->store().schemaVersion(), 4);
        const Journey source = doc->project().journeys[0];
        QCOMPARE(source.owner, QString());
        QCOMPARE(source.status, JourneyStatus::Draft);
        QCOMPARE(source.reviewDays, 0);
        QVERIFY(!source.reviewed.isValid());
        for (const Card &c : source.cards)
            QVERIFY(c.origin.isNull());
        const Id copyId = doc->duplicateJourney(source.id, true);
        QVERIFY(!copyId.isNull());
        QCOMPARE(doc->store().schemaVersion(), SchemaPlan::builtIn().currentVersion);
        const Journey copy = *doc->project().journey(copyId);
        for (const Card &c : copy.cards)
            QVERIFY(source.card(c.origin));
        for (int i = 0; i < copy.stages.size(); ++i)
            QCOMPARE(copy.stages[i].origin, source.stages[i].id);
        for (int i = 0; i < copy.lanes.size(); ++i)
            QCOMPARE(copy.lanes[i].origin, source.lanes[i].id);
        QVERIFY(!doc->takeSnapshot("After upgrade").isNull());
        doc->close();
        QCOMPARE(normalized(reopenProject(file)).journeys[2].cards, normalized(doc->project()).journeys[2].cards);
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        // A future state straight after duplication differs from its original in nothing.
        const Project p = reopenProject(file);
        const JourneyDiff d = JourneyDiff::compute(p, *p.journey(source.id), p, *p.journey(copyId));
        QVERIFY(!d.hasCardChanges());
        QCOMPARE(d.matchedCards.size(), source.cards.size());
        QVERIFY(d.stagesAdded.isEmpty() && d.stagesRemoved.isEmpty() && d.stagesRenamed.isEmpty());
    }

    // ---- ownership and freshness, with a fixed clock ----
    void staleMarkingWithFixedClock()
    {
        Project p;
        QVERIFY(sampleWithValues(&p));
        const auto at = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
        };
        p.info.created = at("2025-12-01T00:00:00Z");
        Journey &j = p.journeys[0];
        QVERIFY(!Freshness::journeyStaleSince(p, j, at("2030-01-01T00:00:00Z")).isValid());
        j.reviewDays = 30;
        // Never reviewed: counted from the project's creation.
        QCOMPARE(Freshness::journeyStaleSince(p, j, at("2026-01-01T00:00:00Z")),
                 at("2025-12-31T00:00:00Z"));
        j.reviewed = at("2026-01-01T00:00:00Z");
        QVERIFY(!Freshness::journeyStaleSince(p, j, at("2026-01-30T23:59:59Z")).isValid());
        QCOMPARE(Freshness::journeyStaleSince(p, j, at("2026-01-31T00:00:00Z")),
                 at("2026-01-31T00:00:00Z"));
        // Cards: their values came with an import on 1 Feb; one card's again on 1 Mar.
        MetricImport feb{newId(), "feb.csv", at("2026-02-01T00:00:00Z"), "{}", 1};
        MetricImport mar{newId(), "mar.csv", at("2026-03-01T00:00:00Z"), "{}", 1};
        p.imports = {feb, mar};
        Id fresher;
        for (Observation &o : p.observations) {
            o.importId = feb.id;
            if (o.targetKind == TargetKind::Card && fresher.isNull()) {
                fresher = o.targetId;
                Observation again = o;
                again.period = "2026-03";
                again.importId = mar.id;
                p.observations.append(again);
                break;
            }
        }
        for (Observation &o : p.observations)
            if (o.importId.isNull()) o.importId = feb.id;
        int withValues = 0;
        QSet<Id> valued;
        for (const Observation &o : p.observations)
            if (o.targetKind == TargetKind::Card) valued.insert(o.targetId);
        withValues = int(valued.size());
        QVERIFY(withValues >= 3);
        QVERIFY(Freshness::staleCards(p, j, at("2026-03-02T23:00:00Z")).isEmpty());
        QHash<Id, QDateTime> stale = Freshness::staleCards(p, j, at("2026-03-05T00:00:00Z"));
        QCOMPARE(stale.size(), withValues - 1); // the card with March data is still fresh
        QVERIFY(!stale.contains(fresher));
        QCOMPARE(stale.constBegin().value(), at("2026-03-03T00:00:00Z"));
        stale = Freshness::staleCards(p, j, at("2026-04-01T00:00:00Z"));
        QCOMPARE(stale.value(fresher), at("2026-03-31T00:00:00Z"));
        // Archived maps and maps without an interval are never stale.
        j.status = JourneyStatus::Archived;
        QVERIFY(!Freshness::journeyStaleSince(p, j, at("2030-01-01T00:00:00Z")).isValid());
        QVERIFY(Freshness::staleCards(p, j, at("2030-01-01T00:00:00Z")).isEmpty());
        j.status = JourneyStatus::Validated;
        j.reviewDays = 0;
        QVERIFY(Freshness::staleCards(p, j, at("2030-01-01T00:00:00Z")).isEmpty());
    }

    void ownershipIsOneUndoStep()
    {
        QString file;
        auto doc = sample(&file);
        Journey j = doc->project().journeys[0];
        j.owner = "Anna Keller";
        j.status = JourneyStatus::Validated;
        j.reviewDays = 90;
        j.reviewed = QDateTime::fromString("2026-11-30T10:00:00.000Z", Qt::ISODateWithMs);
        oneStep(*doc, file, [&] { return doc->changeJourney(j); },
                QString("Edit journey \"%1\"").arg(j.name));
        const Journey &now = doc->project().journeys[0];
        QCOMPARE(now.owner, QString("Anna Keller"));
        QCOMPARE(now.status, JourneyStatus::Validated);
        QCOMPARE(now.reviewDays, 90);
        QCOMPARE(now.reviewed, j.reviewed);
        j.reviewDays = Journey::MaxReviewDays + 1;
        QVERIFY(!doc->changeJourney(j));
        QVERIFY(doc->refusalReason().contains("between 0 and 3650 days"));
        // A snapshot keeps them too.
        const Id s = doc->takeSnapshot("Owned", now.id);
        Project content;
        QString error;
        QVERIFY(SnapshotCodec::read(doc->project().snapshots[indexOfId(doc->project().snapshots, s)].content,
                                    &content, &error));
        QCOMPARE(content.journeys[0].owner, QString("Anna Keller"));
        QCOMPARE(content.journeys[0].reviewDays, 90);
        QCOMPARE(content.journeys[0].reviewed, j.reviewed);
    }

    // ---- linked journeys ----
    void cardLinksToAnotherJourney()
    {
        QString file;
        auto doc = sample(&file);
        const Id top = doc->project().journeys[0].id, sub = doc->project().journeys[1].id;
        Card c = doc->project().journeys[0].cards[0];
        c.linkedJourney = sub;
        oneStep(*doc, file, [&] { return doc->changeCard(top, c); }, "Edit card");
        QCOMPARE(doc->project().journeys[0].card(c.id)->linkedJourney, sub);
        // Not to itself, not to a journey that does not exist.
        Card self = c;
        self.linkedJourney = top;
        QVERIFY(!doc->changeCard(top, self));
        QCOMPARE(doc->refusalReason(), QString("A card cannot open its own journey."));
        self.linkedJourney = newId();
        QVERIFY(!doc->changeCard(top, self));
        QCOMPARE(doc->refusalReason(), QString("The linked journey does not exist."));
        // A deleted journey leaves the link dangling (undo brings the journey back); the card
        // can still be edited.
        QVERIFY(doc->removeJourney(sub));
        Card edited = *doc->project().journeys[0].card(c.id);
        edited.text = "Still editable";
        QVERIFY2(doc->changeCard(top, edited), qPrintable(doc->refusalReason()));
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QVERIFY(doc->project().journey(sub));
        // The label a linking card shows: the journey and its friction.
        const Journey &linked = *doc->project().journey(sub);
        const int points = int(Friction::rank(doc->project(), linked).size());
        QCOMPARE(MapRenderer::linkLabel(doc->project(), linked),
                 points ? QString("↗ %1 · %2 friction point%3")
                              .arg(linked.name)
                              .arg(points)
                              .arg(points == 1 ? "" : "s")
                        : QString("↗ %1").arg(linked.name));
        // A comparison names a changed link.
        Journey before = doc->project().journeys[0];
        before.card(c.id);
        Journey after = before;
        after.cards[after.cardIndex(c.id)].linkedJourney = Id();
        const JourneyDiff d = JourneyDiff::compute(doc->project(), before, doc->project(), after);
        QCOMPARE(d.changed.size(), 1);
        QCOMPARE(d.changed[0].fields, QStringList{"link"});
    }

    // ---- comments ----
    void commentActionsAreOneStepEach()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id, card = j.cards[0].id, stage = j.stages[1].id;
        Id thread, reply;
        oneStep(*doc, file, [&] {
            return !(thread = doc->addComment(jid, card, "  Is this step real? ", "Anna")).isNull();
        }, "Add comment");
        const Comment *c = &doc->project().journeys[0].comments[0];
        QCOMPARE(c->text, QString("Is this step real?"));
        QCOMPARE(c->author, QString("Anna"));
        QCOMPARE(c->targetId, card);
        QVERIFY(c->isThread());
        oneStep(*doc, file, [&] {
            return !(reply = doc->addComment(jid, {}, "Seen in 7 of 10 interviews", "Tom", thread)).isNull();
        }, "Reply to comment");
        // A reply to the reply joins the same thread, on the same card.
        const Id second = doc->addComment(jid, {}, "Thanks", "Anna", reply);
        QCOMPARE(doc->project().journeys[0].replies(thread).size(), 2);
        QCOMPARE(doc->project().journeys[0].comments.last().parentId, thread);
        QCOMPARE(doc->project().journeys[0].comments.last().targetId, card);
        QVERIFY(!second.isNull());
        oneStep(*doc, file, [&] { return doc->editComment(jid, reply, "Seen in 8 of 10"); },
                "Edit comment");
        oneStep(*doc, file, [&] { return doc->resolveComment(jid, reply, true, "Anna"); },
                "Resolve comment");
        c = &doc->project().journeys[0].comments[0];
        QVERIFY(c->resolved.isValid()); // the thread, not the reply
        QCOMPARE(c->resolvedBy, QString("Anna"));
        oneStep(*doc, file, [&] { return doc->resolveComment(jid, thread, false, "Tom"); },
                "Reopen comment");
        QVERIFY(!doc->project().journeys[0].comments[0].resolved.isValid());
        QVERIFY(!doc->addComment(jid, stage, "On the stage", "Tom").isNull());
        QVERIFY(!doc->addComment(jid, jid, "On the journey", "").isNull());
        QCOMPARE(doc->project().journeys[0].threadsOn(stage).size(), 1);
        oneStep(*doc, file, [&] { return doc->removeComment(jid, thread); }, "Delete comment");
        QCOMPARE(doc->project().journeys[0].comments.size(), 2); // the thread and its replies
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void commentRefusals()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        const QStringList before = dumpFile(file);
        QVERIFY(doc->addComment(j.id, j.cards[0].id, "   ", "A").isNull());
        QCOMPARE(doc->refusalReason(), QString("A comment needs some text."));
        QVERIFY(doc->addComment(j.id, j.cards[0].id, QString(10'001, 'x'), "A").isNull());
        QVERIFY(doc->refusalReason().contains("at most 10000"));
        QVERIFY(doc->addComment(j.id, newId(), "Where?", "A").isNull());
        QCOMPARE(doc->refusalReason(), QString("A comment belongs on a card, a stage or the journey."));
        QVERIFY(doc->addComment(j.id, {}, "Reply", "A", newId()).isNull());
        QVERIFY(doc->addComment(newId(), j.cards[0].id, "x", "A").isNull());
        QVERIFY(!doc->editComment(j.id, newId(), "x"));
        QVERIFY(!doc->resolveComment(j.id, newId(), true, "A"));
        QVERIFY(!doc->removeComment(j.id, newId()));
        // The card of another journey is no target here.
        QVERIFY(doc->addComment(j.id, doc->project().journeys[1].cards[0].id, "x", "A").isNull());
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(dumpFile(file), before);
    }

    // Comments go with the card or stage they are on, and come back with it.
    void commentsFollowTheirCardAndStage()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id;
        const Stage stage = j.stages[2];
        Card inStage;
        for (const Card &c : j.cards)
            if (c.stageId == stage.id) inStage = c;
        const Card elsewhere = *j.cellCards(j.stages[0].id, j.lanes[0].id).first();
        const Id onCard = doc->addComment(jid, inStage.id, "On a card of the stage", "A");
        doc->addComment(jid, {}, "A reply", "B", onCard);
        doc->addComment(jid, stage.id, "On the stage", "A");
        const Id kept = doc->addComment(jid, elsewhere.id, "Elsewhere", "A");
        doc->undoStack()->clear();
        const Project before = doc->project();

        QVERIFY(doc->removeCards(jid, {inStage.id}));
        QCOMPARE(doc->project().journeys[0].comments.size(), 2);
        QCOMPARE(checkProjectFile(file).problems, QStringList()); // no comment on nothing
        doc->undoStack()->undo();
        QCOMPARE(doc->project().journeys[0].comments, before.journeys[0].comments);
        QCOMPARE(normalized(reopenProject(file)).journeys[0].comments,
                 before.journeys[0].comments);

        QVERIFY(doc->removeStage(jid, stage.id));
        QCOMPARE(doc->project().journeys[0].comments.size(), 1);
        QCOMPARE(doc->project().journeys[0].comments[0].id, kept);
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        doc->undoStack()->undo();
        QCOMPARE(doc->project().journeys[0].comments, before.journeys[0].comments);
        doc->undoStack()->redo();
        doc->undoStack()->undo();
        QCOMPARE(normalized(reopenProject(file)).journeys[0].comments,
                 before.journeys[0].comments);

        // A journey takes its comments along; its future-state copy starts without them.
        const Id copy = doc->duplicateJourney(jid, true);
        QVERIFY(doc->project().journey(copy)->comments.isEmpty());
        QVERIFY(doc->removeJourney(jid));
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        doc->undoStack()->undo();
        QCOMPARE(normalized(reopenProject(file)).journeys[0].comments,
                 before.journeys[0].comments);
    }

    // ---- comparison on hand-built pairs: every kind of change ----
    void diffFindsEveryKindOfChange()
    {
        Project p;
        QVERIFY(sampleWithValues(&p));
        const Journey a = p.journeys[0];
        Journey b = a;
        // The future state as Waymark duplicates it: new ids that remember their originals.
        for (Stage &s : b.stages) {
            s.origin = s.id;
            s.id = newId();
        }
        for (Lane &l : b.lanes) {
            l.origin = l.id;
            l.id = newId();
        }
        for (Card &c : b.cards) {
            c.origin = c.id;
            c.id = newId();
            c.stageId = b.stages[a.stageIndex(c.stageId)].id;
            c.laneId = b.lanes[a.laneIndex(c.laneId)].id;
        }
        QHash<Id, Id> copies; // what opportunities address, among the copies
        for (const Card &c : b.cards)
            copies.insert(c.origin, c.id);
        for (const Stage &s : b.stages)
            copies.insert(s.origin, s.id);
        for (Card &c : b.cards)
            for (Id &t : c.addresses)
                t = copies.value(t, t);
        b.id = newId();
        const int actions = laneOf(b, LaneKind::Actions);
        QVERIFY(actions >= 0);
        // changed: text and channel of the first action of stage 1
        Card &edited = cardIn(b, 0, actions, 0);
        edited.text = "Edited";
        edited.channel = Channel::Chat;
        const Id editedOrigin = edited.origin;
        // moved to another cell: the first action of stage 2 goes to stage 3 (appended)
        Card &mover = cardIn(b, 1, actions, 0);
        const Id moverId = mover.id;
        const int stage3Size = b.cellSize(b.stages[2].id, b.lanes[actions].id);
        for (Card &c : b.cards) // close the gap it leaves
            if (c.stageId == mover.stageId && c.laneId == mover.laneId && c.id != moverId) --c.order;
        mover.stageId = b.stages[2].id;
        mover.order = stage3Size;
        // removed: the last action of stage 4; added: a new card in stage 5
        const int s4 = b.cellSize(b.stages[3].id, b.lanes[actions].id);
        QVERIFY(s4 >= 1);
        const Id removedId = cardIn(b, 3, actions, s4 - 1).origin;
        b.cards.removeAt(b.cardIndex(cardIn(b, 3, actions, s4 - 1).id));
        Card fresh;
        fresh.id = newId();
        fresh.text = "Brand new step";
        fresh.stageId = b.stages[4].id;
        fresh.laneId = b.lanes[actions].id;
        fresh.order = b.cellSize(fresh.stageId, fresh.laneId);
        b.cards.append(fresh);
        // a stage renamed, and the last two stages swapped
        b.stages[0].name = "Noticing";
        b.stages.swapItemsAt(3, 4);
        // a feeling worse in stage 1
        const int feelings = laneOf(b, LaneKind::Feelings);
        Card &feeling = cardIn(b, 0, feelings, 0);
        feeling.emotion = -3;

        const JourneyDiff d = JourneyDiff::compute(p, a, p, b);
        QCOMPARE(d.changed.size(), 2);
        QCOMPARE(d.changed[0].fromId, editedOrigin);
        QCOMPARE(d.changed[0].fields, QStringList({"text", "channel"}));
        QCOMPARE(d.changed[1].fields, QStringList({"emotion"}));
        QCOMPARE(d.moved.size(), 1);
        QCOMPARE(d.moved[0].id, moverId);
        QCOMPARE(d.moved[0].from.stage, a.stages[1].name);
        QCOMPARE(d.moved[0].to.stage, a.stages[2].name);
        QCOMPARE(d.moved[0].to.position, stage3Size);
        QCOMPARE(d.removed.size(), 1);
        QCOMPARE(d.removed[0].id, removedId);
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(d.added[0].text, QString("Brand new step"));
        QCOMPARE(d.added[0].place.stage, a.stages[4].name);
        QCOMPARE(d.stagesRenamed.size(), 1);
        QCOMPARE(d.stagesRenamed[0].from, a.stages[0].name);
        QCOMPARE(d.stagesRenamed[0].to, QString("Noticing"));
        QCOMPARE(d.stagesMoved.size(), 1); // one of the two swapped stages left the order
        QVERIFY(d.stagesAdded.isEmpty() && d.stagesRemoved.isEmpty());
        QVERIFY(d.feelings.size() >= 1);
        QCOMPARE(d.feelings[0].stage, QString("Noticing"));
        QVERIFY(*d.feelings[0].to < *d.feelings[0].from);
        // The future state has no values on its new ids: every value of the original is
        // reported as gone, against the card it was on.
        QVERIFY(!d.metrics.isEmpty());
        for (const JourneyDiff::MetricDelta &m : d.metrics) {
            QVERIFY(m.from && !m.to);
            QVERIFY(!m.label.isEmpty());
        }
        QVERIFY(!d.frictionDisappeared.isEmpty());
        QVERIFY(d.frictionAppeared.isEmpty());

        const QJsonObject json = d.toJson();
        QCOMPARE(json["changed"].toArray().size(), 2);
        QCOMPARE(json["moved"].toArray()[0].toObject()["from"].toObject()["stage"].toString(),
                 a.stages[1].name);
        QCOMPARE(json["stages"].toObject()["renamed"].toArray()[0].toObject()["to"].toString(),
                 QString("Noticing"));
        QCOMPARE(json["added"].toArray()[0].toObject()["lane"].toString(),
                 b.lanes[actions].title);
        QVERIFY(json["metrics"].toArray()[0].toObject()["to"].isNull());
    }

    void diffOrderInCellCountsOneMove()
    {
        Project p;
        QVERIFY(sampleWithValues(&p));
        const Journey a = p.journeys[0];
        // The cell with the most cards: its last card goes to the top.
        const Card *top = nullptr;
        int best = 0;
        for (const Stage &s : a.stages)
            for (const Lane &l : a.lanes)
                if (a.cellSize(s.id, l.id) > best) {
                    best = a.cellSize(s.id, l.id);
                    top = a.cellCards(s.id, l.id).last();
                }
        QVERIFY(best >= 3);
        Journey b = a;
        for (Card &c : b.cards)
            if (c.stageId == top->stageId && c.laneId == top->laneId)
                c.order = c.id == top->id ? 0 : c.order + 1;
        // A value changed on one card: a delta of 1, the rest the same.
        Project q = p;
        QVERIFY(!q.observations.isEmpty());
        const Observation firstValue = q.observations[0];
        q.observations[0].value = firstValue.value + 1;
        const JourneyDiff d = JourneyDiff::compute(p, a, q, b);
        QCOMPARE(d.moved.size(), 1);
        QCOMPARE(d.moved[0].id, top->id);
        QCOMPARE(d.moved[0].from.position, best - 1);
        QCOMPARE(d.moved[0].to.position, 0);
        QVERIFY(d.changed.isEmpty() && d.added.isEmpty() && d.removed.isEmpty());
        QCOMPARE(d.metrics.size(), 1);
        QCOMPARE(d.metrics[0].id, firstValue.targetId);
        QCOMPARE(*d.metrics[0].to - *d.metrics[0].from, 1.0);

        // Nothing changed: nothing reported.
        const JourneyDiff same = JourneyDiff::compute(p, a, p, a);
        QVERIFY(!same.hasCardChanges() && same.metrics.isEmpty() && same.stagesMoved.isEmpty() &&
                same.frictionAppeared.isEmpty() && same.frictionDisappeared.isEmpty());
    }

    // The overlaid view: the "to" journey with ghosts of what was removed or moved away, each
    // in its old cell at its old position, and a removed stage back between its neighbours.
    void overlayPutsGhostsWhereCardsWere()
    {
        Project p;
        QVERIFY(sampleWithValues(&p));
        const Journey a = p.journeys[0];
        Journey b = a; // as a snapshot keeps it: the same ids
        // The cell with the most cards loses its second card.
        const Card *second = nullptr;
        int best = 0;
        for (const Stage &s : a.stages)
            for (const Lane &l : a.lanes)
                if (a.cellSize(s.id, l.id) > best && a.laneIndex(l.id) != laneOf(a, LaneKind::Feelings)) {
                    best = a.cellSize(s.id, l.id);
                    second = a.cellCards(s.id, l.id).at(1);
                }
        QVERIFY(best >= 3);
        const Card removed = *second;
        b.cards.removeAt(b.cardIndex(removed.id));
        for (Card &c : b.cards)
            if (c.stageId == removed.stageId && c.laneId == removed.laneId && c.order > 1) --c.order;
        // The first action of stage 1 moves to the end of stage 2's actions.
        const int actions = laneOf(b, LaneKind::Actions);
        Card &mover = cardIn(b, 0, actions, 0);
        const Card moverBefore = mover;
        for (Card &c : b.cards)
            if (c.stageId == mover.stageId && c.laneId == mover.laneId && c.id != mover.id) --c.order;
        mover.order = b.cellSize(b.stages[1].id, mover.laneId);
        mover.stageId = b.stages[1].id;
        // Stage 3 goes, with its cards.
        const Stage gone = b.stages[2];
        b.stages.removeAt(2);
        b.cards.removeIf([&](const Card &c) { return c.stageId == gone.id; });
        const int goneCards = int(std::count_if(a.cards.cbegin(), a.cards.cend(),
                                                [&](const Card &c) { return c.stageId == gone.id; }));

        const JourneyDiff d = JourneyDiff::compute(p, a, p, b);
        QCOMPARE(d.removed.size(), goneCards + 1);
        QCOMPARE(d.moved.size(), 1);
        const ComparisonExport::Overlaid o = ComparisonExport::overlay(a, b, d);
        const Journey &j = o.journey;
        // The stage is back in its place, as a ghost.
        QCOMPARE(j.stages.size(), a.stages.size());
        QCOMPARE(j.stages[2].id, gone.id);
        QCOMPARE(o.ghostStages, QSet<Id>{gone.id});
        QVERIFY(o.ghostLanes.isEmpty());
        // Every card of "to" is there unchanged in place, plus one ghost per removed or moved card.
        QCOMPARE(j.cards.size(), b.cards.size() + d.removed.size() + d.moved.size());
        QCOMPARE(o.removedGhosts.size(), d.removed.size());
        for (const Card &c : b.cards)
            QCOMPARE(j.card(c.id)->stageId, c.stageId);
        // The removed card is in its old cell at its old position.
        const Id ghost = o.ghostOf.value(removed.id);
        QVERIFY(o.isGhost(ghost) && o.removedGhosts.contains(ghost));
        QCOMPARE(j.card(ghost)->text, removed.text);
        QCOMPARE(j.cellCards(removed.stageId, removed.laneId).at(1)->id, ghost);
        // The moved card left a ghost at the top of its old cell, with an arrow to where it went.
        const Id moverGhost = o.ghostOf.value(moverBefore.id);
        QVERIFY(moverGhost != moverBefore.id && !o.removedGhosts.contains(moverGhost));
        QCOMPARE(o.movedTo.value(moverGhost), moverBefore.id);
        QCOMPARE(j.cellCards(moverBefore.stageId, moverBefore.laneId).at(0)->id, moverGhost);
        QCOMPARE(j.card(moverBefore.id)->stageId, b.stages[1].id);
        // The cards of the removed stage are ghosts in it.
        for (const Card *c : j.cellCards(gone.id, a.lanes[actions].id))
            QVERIFY(o.removedGhosts.contains(c->id));
        // Orders stay contiguous in every cell.
        for (const Stage &s : j.stages)
            for (const Lane &l : j.lanes) {
                const QList<const Card *> cell = j.cellCards(s.id, l.id);
                for (int k = 0; k < cell.size(); ++k)
                    QCOMPARE(cell[k]->order, k);
            }

        // Drawn: the removed card's ghost has a red dashed outline, the moved card's old place a
        // blue one (at scale 1, the map at the image's origin).
        const MapLayout layout = MapLayout::compute(j);
        QImage image(layout.bounds.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            ComparisonExport::paintOverlaidMap(&painter, QRectF(QPointF(0, 0), layout.bounds.size()),
                                               p, o, d);
        }
        auto outlined = [&](const Id &card, ComparisonExport::Mark mark) {
            const QRectF r = layout.cards.value(card).translated(-layout.bounds.topLeft());
            const QColor want = ComparisonExport::markColour(mark);
            int hits = 0;
            for (int y = int(r.top()) + 10; y < int(r.bottom()) - 10; ++y) {
                const QColor got = image.pixelColor(int(r.left()) - 3, y);
                hits += qAbs(got.red() - want.red()) + qAbs(got.green() - want.green()) +
                            qAbs(got.blue() - want.blue()) < 40;
            }
            return hits;
        };
        QVERIFY(outlined(ghost, ComparisonExport::Mark::Removed) > 5);
        QVERIFY(outlined(moverGhost, ComparisonExport::Mark::Moved) > 5);
        QVERIFY(outlined(moverBefore.id, ComparisonExport::Mark::Moved) > 5);
        QCOMPARE(outlined(ghost, ComparisonExport::Mark::Moved), 0);
    }
};

QTEST_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
