// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence library: insight commands (do, undo, redo, persisted), cards' evidence following
// their insights through every edit that moves cards around, damaged rows, the upgrade from
// schema 5, and research coverage.
#undef QT_NO_CAST_FROM_ASCII
#include "../docutil.h"
#include "analytics/coverage.h"
#include "document/cardclipboard.h"
#include "document/templates.h"
#include "i18n.h"
#include "storage/schema.h"
#include "storage/snapshotcodec.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace waymark;
using namespace waymark::test;

namespace {

Insight insight(InsightKind kind, const QString &text)
{
    Insight x;
    x.kind = kind;
    x.text = text;
    return x;
}


} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Document> sample(QString *file)
    {
        Project p;
        QString error;
        if (!sampleProject("en", &p, &error)) return {};
        // Every card starts as an assumption, so that what the insights do is seen.
        for (Journey &j : p.journeys)
            for (Card &c : j.cards)
                c.evidence = Evidence::Assumed;
        *file = m_dir.filePath(QString("e%1.waymark").arg(++m_n));
        return Document::create(*file, p, &error);
    }

    static const Card &card(const Document &doc, const Id &id)
    {
        return *doc.project().journeys[0].card(id);
    }

private slots:
    void insightCommandsAreOneStepEach()
    {
        QString file;
        auto doc = sample(&file);
        QVERIFY(doc);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id, a = j.cards[0].id, b = j.cards[1].id;
        Id quote;
        Insight x = insight(InsightKind::Interview, "  \"I never found the price\"  ");
        x.source = " Interview P3 ";
        x.date = QDate(2026, 10, 14);
        x.link = "https://example.org/interviews/p3";
        x.tags = {"pricing", " pricing", "", "web"};
        oneStep(*doc, file, [&] { return !(quote = doc->addInsight(x)).isNull(); }, "Add insight");
        const Insight *saved = doc->project().insight(quote);
        QCOMPARE(saved->text, QString("\"I never found the price\""));
        QCOMPARE(saved->source, QString("Interview P3"));
        QCOMPARE(saved->tags, QStringList({"pricing", "web"}));
        QVERIFY(saved->created.isValid());

        // Linked, two cards become reported: what people said.
        oneStep(*doc, file, [&] { return doc->linkInsight(jid, {a, b}, quote, true); },
                "Link 2 cards to insight");
        QCOMPARE(card(*doc, a).insights, QList<Id>{quote});
        QCOMPARE(card(*doc, a).evidence, Evidence::Reported);
        QCOMPARE(card(*doc, b).evidence, Evidence::Reported);

        // An analytics finding on one of them makes it observed.
        const Id funnel = doc->addInsight(insight(InsightKind::Analytics, "62 % leave at the price page"));
        oneStep(*doc, file, [&] { return doc->linkInsight(jid, {a}, funnel, true); },
                "Link 1 card to insight");
        QCOMPARE(card(*doc, a).insights, (QList<Id>{quote, funnel}));
        QCOMPARE(card(*doc, a).evidence, Evidence::Observed);

        // The quote turns out to come from a usability test: both cards follow its kind.
        Insight observed = *doc->project().insight(quote);
        observed.kind = InsightKind::Observation;
        oneStep(*doc, file, [&] { return doc->changeInsight(observed); }, "Edit insight");
        QCOMPARE(card(*doc, b).evidence, Evidence::Observed);
        observed.kind = InsightKind::Interview;
        QVERIFY(doc->changeInsight(observed));
        QCOMPARE(card(*doc, b).evidence, Evidence::Reported);

        // Unlinked from its last insight, a card is an assumption again.
        oneStep(*doc, file, [&] { return doc->linkInsight(jid, {b}, quote, false); },
                "Unlink 1 card from insight");
        QCOMPARE(card(*doc, b).insights, QList<Id>());
        QCOMPARE(card(*doc, b).evidence, Evidence::Assumed);

        // Deleting an insight unlinks it everywhere in the same step, and undo links it again.
        oneStep(*doc, file, [&] { return doc->removeInsight(funnel); }, "Delete insight");
        QCOMPARE(card(*doc, a).insights, QList<Id>{quote});
        QCOMPARE(card(*doc, a).evidence, Evidence::Reported);
        doc->undoStack()->undo();
        QCOMPARE(card(*doc, a).insights, (QList<Id>{quote, funnel}));
        QCOMPARE(card(*doc, a).evidence, Evidence::Observed);
        QCOMPARE(comparable(reopenProject(file)), comparable(doc->project()));
    }

    void refusals()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id, a = j.cards[0].id;
        const QStringList before = dumpFile(file);
        QVERIFY(doc->addInsight(insight(InsightKind::Survey, "   ")).isNull());
        QCOMPARE(doc->refusalReason(), QString("An insight needs some text."));
        QVERIFY(doc->addInsight(insight(InsightKind::Survey, QString(Insight::MaxText + 1, 'x')))
                    .isNull());
        QVERIFY(doc->refusalReason().contains("at most"));
        QVERIFY(!doc->changeInsight(insight(InsightKind::Survey, "unknown")));
        QCOMPARE(doc->refusalReason(), QString("The insight does not exist."));
        QVERIFY(!doc->removeInsight(newId()));
        QVERIFY(!doc->linkInsight(jid, {a}, newId(), true));
        const Id x = doc->addInsight(insight(InsightKind::Survey, "CSAT 2.1 at delivery"));
        QVERIFY(!doc->linkInsight(jid, {}, x, true));
        QCOMPARE(doc->refusalReason(), QString("Select the cards that rest on the insight first."));
        QVERIFY(!doc->linkInsight(jid, {newId()}, x, true));
        QCOMPARE(doc->refusalReason(), QString("The card does not exist."));
        QVERIFY(!doc->linkInsight(newId(), {a}, x, true));
        QCOMPARE(doc->undoStack()->count(), 1); // only the insight was added
        doc->undoStack()->undo();
        QCOMPARE(dumpFile(file), before);
    }

    void evidenceFollowsItsInsightsThroughCardEdits()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id, a = j.cards[0].id;
        const Id x = doc->addInsight(insight(InsightKind::Ticket, "Ticket #4711: price unclear"));
        QVERIFY(doc->linkInsight(jid, {a}, x, true));
        // Setting the evidence of a linked card by hand does not stick: it follows the links.
        Card edited = card(*doc, a);
        edited.evidence = Evidence::Observed;
        edited.text = "Looks for the price";
        QVERIFY(doc->changeCard(jid, edited));
        QCOMPARE(card(*doc, a).evidence, Evidence::Reported);
        QCOMPARE(card(*doc, a).text, QString("Looks for the price"));
        // Links to insights the project does not have, or twice to one, are dropped.
        edited = card(*doc, a);
        edited.insights = {x, newId(), x};
        QVERIFY(doc->changeCard(jid, edited));
        QCOMPARE(card(*doc, a).insights, QList<Id>{x});
        // Taking the links away through an edit makes it an assumption.
        edited.insights.clear();
        QVERIFY(doc->changeCard(jid, edited));
        QCOMPARE(card(*doc, a).evidence, Evidence::Assumed);
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void linksFollowTheirCards()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j0 = doc->project().journeys[0];
        const Id jid = j0.id, a = j0.cards[0].id;
        const Id target = j0.stages[1].id, lane = j0.cards[0].laneId;
        const Id x = doc->addInsight(insight(InsightKind::Analytics, "Bounce 48 %"));
        QVERIFY(doc->linkInsight(jid, {a}, x, true));

        // Deleted and brought back by undo: the links come back into the file too.
        QVERIFY(doc->removeCards(jid, {a}));
        QCOMPARE(doc->project().cardsCiting(x).size(), 0);
        doc->undoStack()->undo();
        QCOMPARE(card(*doc, a).insights, QList<Id>{x});
        QCOMPARE(comparable(reopenProject(file)), comparable(doc->project()));

        // A duplicated journey rests on the same insights.
        const Id copy = doc->duplicateJourney(jid, true);
        QCOMPARE(doc->project().cardsCiting(x).size(), 2);
        QVERIFY(doc->project().journey(copy));

        // Pasted in the same project the copy keeps its links; in another project, which
        // does not have the insight, it keeps its evidence but no link.
        const QByteArray clip =
            CardClipboard::encode(doc->project(), doc->project().journeys[0], {a});
        QString error;
        const auto content = CardClipboard::decode(clip, &error);
        QVERIFY2(content, qPrintable(error));
        QList<Card> cards;
        for (const CardClipboard::Entry &e : content->entries)
            cards.append(e.card);
        QVERIFY(doc->addCards(jid, cards, {target, lane, -1}));
        QCOMPARE(doc->project().cardsCiting(x).size(), 3);
        QString other;
        auto second = sample(&other);
        const Journey &o = second->project().journeys[0];
        QVERIFY(second->addCards(o.id, cards, {o.stages[0].id, o.lanes[0].id, -1}));
        const Card &pasted = second->project().journeys[0].cards.last();
        QCOMPARE(pasted.insights, QList<Id>());
        QCOMPARE(pasted.evidence, Evidence::Observed);
        QCOMPARE(checkProjectFile(other).problems, QStringList());

        // A snapshot keeps the links; restored, the copy links the insights that still exist.
        const Id snap = doc->takeSnapshot("With evidence", jid);
        QVERIFY(!snap.isNull());
        const Id y = doc->addInsight(insight(InsightKind::Survey, "NPS -12"));
        QVERIFY(doc->linkInsight(jid, {j0.cards[1].id}, y, true));
        const Id snap2 = doc->takeSnapshot("With two", jid);
        QVERIFY(doc->removeInsight(y));
        const QList<Id> restored = doc->restoreSnapshot(snap2);
        QCOMPARE(restored.size(), 1);
        const Journey *r = doc->project().journey(restored[0]);
        int linked = 0;
        for (const Card &c : r->cards) {
            QVERIFY(!c.insights.contains(y));
            linked += c.insights.contains(x) ? 1 : 0;
        }
        QCOMPARE(linked, 2); // the card and its pasted copy
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        doc->close();
        QCOMPARE(comparable(reopenProject(file)), comparable(doc->project()));
    }

    void damagedRowsAreNamed_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("message");
        const QString ok = "INSERT INTO insights(id, position, kind, text, created) VALUES("
                           "'00000000-0000-4000-8000-000000000001', 0, 'survey', 'x',"
                           " '2026-01-01T00:00:00.000Z')";
        QTest::newRow("unknown kind")
            << QStringList{"PRAGMA ignore_check_constraints = 1",
                           QString(ok).replace("'survey'", "'rumour'")}
            << "CHECK constraint failed in insights";
        QTest::newRow("bad date")
            << QStringList{QString(ok).replace(", created)", ", created, date)")
                               .replace("000Z')", "000Z', '14.10.2026')")}
            << "\"14.10.2026\" is not a valid date";
        QTest::newRow("bad tags")
            << QStringList{QString(ok).replace(", created)", ", created, tags)")
                               .replace("000Z')", "000Z', '[')")}
            << "a list is not valid JSON";
        QTest::newRow("link to a missing card")
            << QStringList{ok, "PRAGMA foreign_keys = OFF",
                           "INSERT INTO card_insights VALUES('00000000-0000-4000-8000-00000000000c',"
                           " '00000000-0000-4000-8000-000000000001', 0)"}
            << "it links a card or insight that does not exist";
    }

    void damagedRowsAreNamed()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, message);
        QString file;
        {
            auto doc = sample(&file);
            doc->close();
        }
        QVERIFY(execOnFile(file, sql));
        const QByteArray sum = checksum(file);
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadWrite, &result);
        QVERIFY(!doc);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(!checkProjectFile(file).problems.isEmpty());
        QCOMPARE(checksum(file), sum); // never changed
    }

    void checkReportsEvidenceAnotherToolSet()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        const Id x = doc->addInsight(insight(InsightKind::Interview, "It took ages"));
        QVERIFY(doc->linkInsight(j.id, {j.cards[0].id}, x, true));
        const QString cardId = idToString(j.cards[0].id);
        doc->close();
        QVERIFY(execOnFile(file, {QString("UPDATE cards SET evidence = 'observed' WHERE id = '%1'")
                                      .arg(cardId)}));
        const QStringList problems = checkProjectFile(file).problems;
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(cardId) && problems[0].contains("\"reported\""),
                 qPrintable(problems[0]));
    }

    void upgradeFromFiveKeepsEverything()
    {
        const QString file = m_dir.filePath("format-5.waymark");
        QVERIFY(QFile::copy(WAYMARK_TESTDATA "/projects/format-5.waymark", file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList before = dumpFile(file);
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(doc, qPrintable(result.error));
        QCOMPARE(doc->store().schemaVersion(), 5);
        QVERIFY(doc->project().insights.isEmpty());
        QCOMPARE(dumpFile(file), before); // opening changes nothing
        // What schema 5 brought: an owner and review, a comment, a snapshot.
        const Project five = comparable(doc->project());
        QCOMPARE(five.journeys[0].owner, QString("Anna Berg"));
        QCOMPARE(five.journeys[0].comments.size(), 1);
        QCOMPARE(five.snapshots.size(), 1);
        const Journey &j = doc->project().journeys[0];
        const Id x = doc->addInsight(insight(InsightKind::Observation, "Queue at the counter"));
        QVERIFY2(!x.isNull(), qPrintable(doc->refusalReason()));
        QCOMPARE(doc->store().schemaVersion(), SchemaPlan::builtIn().currentVersion);
        QVERIFY(doc->linkInsight(j.id, {j.cards[2].id}, x, true));
        doc->close();
        Project p = comparable(reopenProject(file));
        QCOMPARE(p.insights.size(), 1);
        Project unchanged = p;
        unchanged.insights.clear();
        for (Card &c : unchanged.journeys[0].cards)
            if (c.id == j.cards[2].id) {
                c.insights.clear();
                c.evidence = five.journeys[0].card(c.id)->evidence;
            }
        QCOMPARE(unchanged, five);
        QCOMPARE(p.journeys[0].card(j.cards[2].id)->evidence, Evidence::Observed);
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        QVERIFY(QFile::exists(m_dir.filePath("format-5 (before upgrade, format 5).waymark")));
    }

    void coverageOfAHandBuiltJourney()
    {
        // Two stages; actions, feelings and ideas lanes. Stage 1: an observed action, an
        // assumed feeling of -3; stage 2: a reported action, an assumed action, an idea.
        Project p;
        Journey j;
        j.id = newId();
        j.name = "Checkout";
        for (const char *name : {"Browse", "Pay"})
            j.stages.append({newId(), name, {}, {}, false, 0, {}});
        for (LaneKind k : {LaneKind::Actions, LaneKind::Feelings, LaneKind::Ideas})
            j.lanes.append({newId(), k, displayName(k), {}, 0, {}});
        auto add = [&](int s, int l, const QString &text, Evidence e, std::optional<int> emotion) {
            Card c;
            c.id = newId();
            c.stageId = j.stages[s].id;
            c.laneId = j.lanes[l].id;
            c.order = j.cellSize(c.stageId, c.laneId);
            c.text = text;
            c.evidence = e;
            c.emotion = emotion;
            j.cards.append(c);
            return c.id;
        };
        add(0, 0, "Compares offers", Evidence::Observed, {});
        const Id angry = add(0, 1, "Annoyed", Evidence::Assumed, -3);
        add(1, 0, "Enters card", Evidence::Reported, {});
        const Id guess = add(1, 0, "Gives up", Evidence::Assumed, {});
        add(1, 2, "One-click pay", Evidence::Assumed, {});
        p.journeys.append(j);
        const Coverage c = Coverage::of(p, j);
        QCOMPARE(c.total.claims, 4); // the idea is no claim
        QCOMPARE(c.total.backed(), 2);
        QCOMPARE(c.stages[0].share(), 0.5);
        QCOMPARE(c.stages[1].share(), 0.5);
        QCOMPARE(c.lanes[0].share(), 2.0 / 3);
        QCOMPARE(c.lanes[1].share(), 0.0);
        QCOMPARE(c.lanes[2].share(), -1.0);
        QCOMPARE(c.cells[1][0].claims, 2);
        QCOMPARE(c.cells[1][0].observed, 0);
        QCOMPARE(c.cells[1][0].reported, 1);
        QCOMPARE(c.total.sourced, 0);
        // The angry feeling carries friction (-3 adds 1.5 on the card, and its stage's average
        // feeling adds 1.5 more); the other assumption none.
        QCOMPARE(c.assumptions.size(), 2);
        QCOMPARE(c.assumptions[0].cardId, angry);
        QCOMPARE(c.assumptions[0].friction, 3.0);
        QCOMPARE(c.assumptions[1].cardId, guess);
        QCOMPARE(c.assumptions[1].friction, 0.0);
        QCOMPARE(Coverage::shade(0).name(), QString("#e57373"));
        QCOMPARE(Coverage::shade(1).name(), QString("#81c784"));
        QCOMPARE(Coverage::shade(-1).name(), QString("#e0e0e0"));
    }

    void coverageOfTheSample()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject("en", &p, &error));
        const Journey &j = p.journeys[0];
        const Coverage c = Coverage::of(p, j);
        int claims = 0;
        for (const Card &card : j.cards)
            claims += Coverage::isClaim(j.lanes[j.laneIndex(card.laneId)].kind) ? 1 : 0;
        QCOMPARE(c.total.claims, claims);
        int sum = 0;
        for (const CoverageTally &t : c.stages)
            sum += t.claims;
        QCOMPARE(sum, claims);
        QCOMPARE(c.assumptions.size(), c.total.claims - c.total.backed());
        QVERIFY(laneOf(j, LaneKind::Feelings) >= 0);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    installTranslations(&app, "en"); // the English plural forms of the undo texts
    TestEvidence t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_evidence.moc"
