// SPDX-License-Identifier: GPL-3.0-or-later
// Opportunities: the priority formula, quadrants, the matrix with the friction addressed, and
// the commands that score them, link what they address and set the formula (do, undo, redo,
// persisted), through deletion, duplication and snapshots.
#undef QT_NO_CAST_FROM_ASCII
#include "../docutil.h"
#include "analytics/journeydiff.h"
#include "analytics/opportunity.h"
#include "document/templates.h"
#include "i18n.h"

#include <cmath>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace waymark;
using namespace waymark::test;

namespace {

double eval(const QString &formula, double c, double b, double e, double f = 0)
{
    QString error;
    const auto p = PriorityFormula::parse(formula, &error);
    if (!p) return std::nan("");
    return p->evaluate({c, b, e, f}).value_or(std::nan(""));
}


} // namespace

class TestOpportunities : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Document> sample(QString *file)
    {
        Project p;
        QString error;
        if (!sampleProject("en", &p, &error)) return {};
        *file = m_dir.filePath(QString("o%1.waymark").arg(++m_n));
        return Document::create(*file, p, &error);
    }
    // The first card of the journey on an opportunities lane, and a pain point.
    static Id cardOn(const Journey &j, LaneKind kind, int k = 0)
    {
        const int l = laneOf(j, kind);
        int seen = 0;
        for (const Stage &s : j.stages)
            for (const Card *c : j.cellCards(s.id, j.lanes[l].id))
                if (seen++ == k) return c->id;
        return {};
    }

private slots:
    void formula_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<double>("expected");
        // customer 4, business 2, effort 2, friction 1.5
        QTest::newRow("standard") << PriorityFormula::standard() << 3.0;
        QTest::newRow("precedence") << "2 + 3 * effort" << 8.0;
        QTest::newRow("left to right") << "customer - business - effort" << 0.0;
        QTest::newRow("division left to right") << "customer / business / effort" << 1.0;
        QTest::newRow("unary minus") << "-effort + customer" << 2.0;
        QTest::newRow("brackets") << "(customer - (business - effort)) * 2" << 8.0;
        QTest::newRow("value") << "value" << 3.0;
        QTest::newRow("friction") << "value * (1 + friction) / effort" << 3.75;
        QTest::newRow("case and spaces") << "  Customer*BUSINESS  " << 8.0;
        QTest::newRow("decimals") << "0.5 * customer" << 2.0;
        QTest::newRow("division by zero") << "customer / (effort - 2)" << std::nan("");
    }
    void formula()
    {
        QFETCH(QString, formula);
        QFETCH(double, expected);
        const double got = eval(formula, 4, 2, 2, 1.5);
        if (std::isnan(expected))
            QVERIFY(std::isnan(got));
        else
            QCOMPARE(got, expected);
    }

    void formulaErrorsSayWhere_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "  " << "the formula is empty";
        QTest::newRow("ends early") << "customer +" << "at character 11: the formula ends too early";
        QTest::newRow("unknown name") << "customer * impact"
                                      << "at character 12: unknown name \"impact\"";
        QTest::newRow("bracket") << "(customer + business" << "a \")\" is missing";
        QTest::newRow("stray") << "customer $ 2" << "at character 10: unexpected \"$\"";
        QTest::newRow("two dots") << "1.2.3" << "\"1.2.3\" is no number";
        QTest::newRow("deep") << QString(60, '(') + "1" + QString(60, ')') << "too many brackets";
        QTest::newRow("long") << QString(501, '1') << "longer than 500 characters";
    }
    void formulaErrorsSayWhere()
    {
        QFETCH(QString, formula);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!PriorityFormula::parse(formula, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void quadrants_data()
    {
        QTest::addColumn<double>("customer");
        QTest::addColumn<double>("business");
        QTest::addColumn<double>("effort");
        QTest::addColumn<QString>("quadrant");
        QTest::newRow("quick win") << 5.0 << 4.0 << 1.0 << "quick-win";
        QTest::newRow("big bet") << 5.0 << 5.0 << 5.0 << "big-bet";
        QTest::newRow("fill-in") << 1.0 << 2.0 << 2.0 << "fill-in";
        QTest::newRow("money pit") << 1.0 << 2.0 << 5.0 << "money-pit";
        QTest::newRow("middle: high value, low effort") << 3.0 << 3.0 << 3.0 << "quick-win";
        QTest::newRow("value 2.5 is low") << 2.0 << 3.0 << 3.5 << "money-pit";
    }
    void quadrants()
    {
        QFETCH(double, customer);
        QFETCH(double, business);
        QFETCH(double, effort);
        QFETCH(QString, quadrant);
        OpportunityRow row;
        row.customer = customer;
        row.business = business;
        row.effort = effort;
        QCOMPARE(toKey(row.quadrant()), quadrant);
    }

    void matrixRanksWithTheFrictionAddressed()
    {
        // Stage 0: a feeling of -3 (friction 1.5 on the card; the stage's average feeling adds
        // 1.5 to the stage) and a pain point without values; stage 1 calm.
        Project p;
        Journey j;
        j.id = newId();
        j.name = "Checkout";
        for (const char *name : {"Pay", "Receive"})
            j.stages.append({newId(), name, {}, {}, false, 0, {}});
        for (LaneKind k : {LaneKind::Feelings, LaneKind::PainPoints, LaneKind::Opportunities,
                           LaneKind::Ideas})
            j.lanes.append({newId(), k, displayName(k), {}, 0, {}});
        auto add = [&](int s, int l, const QString &text) -> Card & {
            Card c;
            c.id = newId();
            c.stageId = j.stages[s].id;
            c.laneId = j.lanes[l].id;
            c.order = j.cellSize(c.stageId, c.laneId);
            c.text = text;
            j.cards.append(c);
            return j.cards.last();
        };
        add(0, 0, "Furious").emotion = -3;
        const Id angry = j.cards.last().id;
        add(0, 1, "Card declined");
        const Id pain = j.cards.last().id;
        Card &a = add(0, 2, "Clear error messages");
        a.customerValue = 4;
        a.businessValue = 2;
        a.effort = 2;
        a.addresses = {pain, j.stages[0].id, newId() /* gone: ignored */};
        Card &b = add(1, 3, "One-click pay");
        b.customerValue = 5;
        b.businessValue = 5;
        b.effort = 4;
        b.addresses = {angry};
        add(1, 2, "Not scored yet").customerValue = 3;
        p.journeys.append(j);
        OpportunityMatrix m = OpportunityMatrix::of(p, j);
        QCOMPARE(m.ranked.size(), 2);
        QCOMPARE(m.unscored.size(), 1);
        QCOMPARE(m.unscored[0].text, QString("Not scored yet"));
        // Standard: (4 + 2) / 2 = 3 against (5 + 5) / 4 = 2.5.
        QCOMPARE(m.ranked[0].text, QString("Clear error messages"));
        QCOMPARE(*m.ranked[0].priority, 3.0);
        QCOMPARE(*m.ranked[1].priority, 2.5);
        // The pain point has no score of its own: its stage's 1.5 counts; the stage 1.5 too.
        QCOMPARE(m.ranked[0].friction, 3.0);
        QCOMPARE(m.ranked[0].addresses, QStringList({"Card declined", "Pay"}));
        QCOMPARE(m.ranked[1].friction, 1.5);
        QCOMPARE(m.ranked[0].quadrant(), Quadrant::QuickWin);
        QCOMPARE(m.ranked[1].quadrant(), Quadrant::BigBet);
        // The project's formula reorders them: 5 * 5 / 4 = 6.25 before 4 * 2 / 2 = 4.
        p.info.priorityFormula = "customer * business / effort";
        m = OpportunityMatrix::of(p, j);
        QCOMPARE(m.ranked[0].text, QString("One-click pay"));
        QCOMPARE(*m.ranked[0].priority, 6.25);
        QVERIFY(m.formulaError.isEmpty());
        // A broken formula falls back to the standard one and says so.
        p.info.priorityFormula = "customer *";
        m = OpportunityMatrix::of(p, j);
        QVERIFY(!m.formulaError.isEmpty());
        QCOMPARE(m.formula.text(), PriorityFormula::standard());
        QCOMPARE(m.ranked[0].text, QString("Clear error messages"));
        // Division by zero: no priority, ranked last.
        p.info.priorityFormula = "customer / (effort - 2)";
        m = OpportunityMatrix::of(p, j);
        QCOMPARE(m.ranked[0].text, QString("One-click pay"));
        QVERIFY(!m.ranked[1].priority);
    }

    void commandsAreOneStepEach()
    {
        QString file;
        auto doc = sample(&file);
        QVERIFY(doc);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id;
        const Id idea = cardOn(j, LaneKind::Opportunities);
        const Id pain = cardOn(j, LaneKind::PainPoints);
        QVERIFY(!idea.isNull() && !pain.isNull());
        oneStep(*doc, file, [&] { return doc->scoreOpportunity(jid, idea, 4, 3.5, 2); },
                "Score opportunity");
        const Card *c = doc->project().journeys[0].card(idea);
        QCOMPARE(*c->customerValue, 4.0);
        QCOMPARE(*c->businessValue, 3.5);
        QCOMPARE(*c->effort, 2.0);
        oneStep(*doc, file, [&] {
            return doc->setAddresses(jid, idea, {pain, j.stages[1].id, pain, idea});
        }, "Change what the opportunity addresses");
        QCOMPARE(doc->project().journeys[0].card(idea)->addresses,
                 (QList<Id>{pain, j.stages[1].id})); // no repeats, not itself
        oneStep(*doc, file, [&] { return doc->setPriorityFormula("customer * business / effort"); },
                "Change priority formula");
        QCOMPARE(doc->project().info.priorityFormula, QString("customer * business / effort"));
        // The standard formula is stored as none.
        QVERIFY(doc->setPriorityFormula(PriorityFormula::standard()));
        QCOMPARE(doc->project().info.priorityFormula, QString());
        QCOMPARE(comparable(reopenProject(file)), comparable(doc->project()));
    }

    void refusalsChangeNothing()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        const Id idea = cardOn(j, LaneKind::Opportunities);
        const QStringList before = dumpFile(file);
        QVERIFY(!doc->scoreOpportunity(j.id, idea, 0, 3, 3));
        QCOMPARE(doc->refusalReason(), QString("A score is between 1 and 5."));
        QVERIFY(!doc->scoreOpportunity(j.id, idea, 3, 6, 3));
        QVERIFY(!doc->scoreOpportunity(j.id, idea, 3, 3, std::nan("")));
        QVERIFY(!doc->scoreOpportunity(j.id, newId(), 3, 3, 3));
        QVERIFY(!doc->setAddresses(j.id, idea, {newId()}));
        QCOMPARE(doc->refusalReason(),
                 QString("What the card addresses must be a card or stage of its journey."));
        QVERIFY(!doc->setAddresses(j.id, idea, {doc->project().journeys[1].cards[0].id}));
        QVERIFY(!doc->setPriorityFormula("customer * impact"));
        QVERIFY(doc->refusalReason().startsWith("The priority formula cannot be used: at character"));
        Card edited = *j.card(idea);
        edited.effort = 9;
        QVERIFY(!doc->changeCard(j.id, edited));
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(dumpFile(file), before);
    }

    void addressesFollowTheirJourney()
    {
        QString file;
        auto doc = sample(&file);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id;
        const Id idea = cardOn(j, LaneKind::Opportunities);
        const Id pain = cardOn(j, LaneKind::PainPoints);
        QVERIFY(doc->scoreOpportunity(jid, idea, 5, 4, 2));
        QVERIFY(doc->setAddresses(jid, idea, {pain}));
        // The pain point deleted: the link stays (ignored), and undo brings the card back
        // to it.
        QVERIFY(doc->removeCards(jid, {pain}));
        QCOMPARE(doc->project().journeys[0].card(idea)->addresses, QList<Id>{pain});
        OpportunityMatrix m = OpportunityMatrix::of(doc->project(), doc->project().journeys[0]);
        for (const OpportunityRow &r : m.ranked)
            if (r.cardId == idea) QVERIFY(r.addresses.isEmpty());
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        doc->undoStack()->undo();
        m = OpportunityMatrix::of(doc->project(), doc->project().journeys[0]);
        bool found = false;
        for (const OpportunityRow &r : m.ranked)
            if (r.cardId == idea) {
                QCOMPARE(r.addresses.size(), 1);
                found = true;
            }
        QVERIFY(found);
        // A duplicate addresses its own copies; so does a journey restored from a snapshot.
        const Id copy = doc->duplicateJourney(jid, true);
        const Journey *c = doc->project().journey(copy);
        const Card *ideaCopy = nullptr;
        for (const Card &card : c->cards)
            if (card.origin == idea) ideaCopy = &card;
        QVERIFY(ideaCopy);
        QCOMPARE(ideaCopy->addresses.size(), 1);
        QCOMPARE(c->card(ideaCopy->addresses[0])->origin, pain);
        QCOMPARE(*ideaCopy->customerValue, 5.0);
        const Id snap = doc->takeSnapshot("Scored", jid);
        const QList<Id> restored = doc->restoreSnapshot(snap);
        const Journey *r = doc->project().journey(restored.value(0));
        QVERIFY(r);
        for (const Card &card : r->cards)
            if (card.origin == idea) {
                QCOMPARE(r->card(card.addresses.value(0))->origin, pain);
                QCOMPARE(*card.effort, 2.0);
            }
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        doc->close();
        QCOMPARE(comparable(reopenProject(file)), comparable(doc->project()));
    }

    void comparisonNamesScoreAndAddressChanges()
    {
        QString file;
        auto doc = sample(&file);
        const Id jid = doc->project().journeys[0].id;
        const Id copy = doc->duplicateJourney(jid, true);
        // A straight copy differs in nothing, though its addresses have new ids.
        JourneyDiff d = JourneyDiff::compute(doc->project(), doc->project().journeys[0],
                                             doc->project(), *doc->project().journey(copy));
        QVERIFY(!d.hasCardChanges());
        const Journey &c = *doc->project().journey(copy);
        const Id idea = cardOn(c, LaneKind::Opportunities);
        QVERIFY(doc->scoreOpportunity(copy, idea, 1, 1, 5));
        QVERIFY(doc->setAddresses(copy, idea, {cardOn(c, LaneKind::PainPoints, 2)}));
        d = JourneyDiff::compute(doc->project(), doc->project().journeys[0], doc->project(),
                                 *doc->project().journey(copy));
        QCOMPARE(d.changed.size(), 1);
        QCOMPARE(d.changed[0].fields, QStringList({"scores", "addresses"}));
        // Renaming a card another idea addresses changes that card only, not the idea.
        Id other, addressed;
        for (const Card &card : doc->project().journey(copy)->cards)
            if (card.id != idea && !card.addresses.isEmpty() &&
                !c.card(card.addresses[0])->addresses.contains(idea)) {
                other = card.id;
                addressed = card.addresses[0];
            }
        QVERIFY(!other.isNull() && addressed != idea);
        Card renamed = *doc->project().journey(copy)->card(addressed);
        renamed.text = "Renamed pain point";
        QVERIFY(doc->changeCard(copy, renamed));
        d = JourneyDiff::compute(doc->project(), doc->project().journeys[0], doc->project(),
                                 *doc->project().journey(copy));
        QCOMPARE(d.changed.size(), 2);
        for (const JourneyDiff::Changed &ch : d.changed) {
            QVERIFY(ch.id == idea || ch.id == addressed);
            QCOMPARE(ch.fields, ch.id == idea ? QStringList({"scores", "addresses"})
                                              : QStringList({"text"}));
        }
    }

    void damagedScoreIsNamed()
    {
        QString file;
        {
            auto doc = sample(&file);
            doc->close();
        }
        QVERIFY(execOnFile(file, {"PRAGMA ignore_check_constraints = 1",
                                  "UPDATE cards SET effort = 7 WHERE rowid = 1"}));
        OpenResult result;
        QVERIFY(!Document::open(file, Store::Access::ReadOnly, &result));
        QVERIFY2(result.error.contains("CHECK constraint failed in cards"), qPrintable(result.error));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    installTranslations(&app, "en");
    TestOpportunities t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_opportunities.moc"
