// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli opportunities (the ranked matrix, its formula and its files) and opportunity
// (scores and what it addresses).
#include "analytics/opportunity.h"
#include "cliutil.h"
#include "document/document.h"
#include "render/matrixchart.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject rowJson(const Journey &j, const OpportunityRow &r, bool ranked)
{
    QJsonObject o{{QStringLiteral("card"), idToString(r.cardId)},
                  {QStringLiteral("text"), r.text},
                  {QStringLiteral("stage"), j.stages[r.stage].name},
                  {QStringLiteral("customerValue"), number(r.customer)},
                  {QStringLiteral("businessValue"), number(r.business)},
                  {QStringLiteral("effort"), number(r.effort)},
                  {QStringLiteral("friction"), r.friction},
                  {QStringLiteral("addresses"), QJsonArray::fromStringList(r.addresses)}};
    if (ranked) {
        o.insert(QStringLiteral("priority"), number(r.priority));
        o.insert(QStringLiteral("quadrant"), toKey(r.quadrant()));
    }
    return o;
}

} // namespace

int runOpportunities(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        journeysOption(),
        {QStringLiteral("formula"),
         Cli::tr("Set the project's priority formula (customer, business, effort, value, "
                 "friction; + - * / and brackets; '' for the standard %1).")
             .arg(PriorityFormula::standard()),
         Cli::tr("FORMULA")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         Cli::tr("Write the matrix to OUT.png, .svg, .pdf or .xlsx (the first journey chosen)."),
         Cli::tr("OUT")},
        {QStringLiteral("json"), Cli::tr("Print the matrix as JSON.")},
    });
    if (const int code = parse(parser, QStringLiteral("opportunities"), args, io,
                               Cli::tr("Ranks a journey's opportunities by the priority formula, "
                                       "with their quadrant and the friction they address."));
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    if (parser.isSet(QStringLiteral("formula"))) {
        int code = 0;
        auto doc = openDocument(file, false, io, &code);
        if (!doc) return code;
        if (!doc->setPriorityFormula(parser.value(QStringLiteral("formula"))))
            return io.fail(file, doc->refusalReason());
        if (!doc->isSaved()) return io.fail(file, doc->saveError());
        doc->close();
    }
    Project p;
    if (int code = 0; !loadProject(file, &p, io, &code)) return code;
    QList<Id> journeys;
    if (int code = 0;
        !chooseJourneys(p, file, parser.value(QStringLiteral("journey")), io, &journeys, &code))
        return code;
    if (const QString out = parser.value(QStringLiteral("output")); !out.isEmpty()) {
        QString error;
        if (!MatrixChart::write(p, *p.journey(journeys.first()), out, &error))
            return io.fail(out, error);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    // A file written is the answer; the list only when asked for (--json) or nothing is.
    if (parser.isSet(QStringLiteral("output")) && !json) return Ok;
    QJsonArray all;
    for (const Id &jid : std::as_const(journeys)) {
        const Journey &j = *p.journey(jid);
        const OpportunityMatrix m = OpportunityMatrix::of(p, j);
        if (!m.formulaError.isEmpty())
            io.err << Cli::tr("waymark-cli: warning: the project's priority formula cannot be "
                              "used (%1); ranked by %2")
                          .arg(m.formulaError, m.formula.text())
                   << '\n';
        if (json) {
            QJsonArray ranked, unscored;
            for (const OpportunityRow &r : m.ranked)
                ranked.append(rowJson(j, r, true));
            for (const OpportunityRow &r : m.unscored)
                unscored.append(rowJson(j, r, false));
            all.append(QJsonObject{{QStringLiteral("journey"), j.name},
                                   {QStringLiteral("formula"), m.formula.text()},
                                   {QStringLiteral("ranked"), ranked},
                                   {QStringLiteral("unscored"), unscored}});
            continue;
        }
        io.out << j.name << ": " << Cli::tr("priority = %1").arg(m.formula.text()) << '\n';
        int rank = 0;
        const QLocale locale;
        for (const OpportunityRow &r : m.ranked)
            io.out << "  " << ++rank << ". " << r.text.simplified().left(70) << "  ("
                   << displayName(r.quadrant()) << ", "
                   << Cli::tr("priority %1")
                          .arg(r.priority ? locale.toString(*r.priority, 'f', 2)
                                          : QStringLiteral("–"))
                   << ", C " << *r.customer << " B " << *r.business << " E " << *r.effort
                   << (r.friction > 0 ? QStringLiteral(", ") +
                                            Cli::tr("friction %1")
                                                .arg(locale.toString(r.friction, 'f', 1))
                                      : QString())
                   << ")\n";
        for (const OpportunityRow &r : m.unscored)
            io.out << "  - " << r.text.simplified().left(70) << "  (" << Cli::tr("not scored")
                   << ")\n";
    }
    if (json) io.out << QJsonDocument(QJsonObject{{QStringLiteral("journeys"), all}}).toJson();
    return Ok;
}

int runOpportunity(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The project file."));
    parser.addOptions({
        {QStringLiteral("journey"), Cli::tr("The journey of --card (default: the first)."),
         Cli::tr("JOURNEY")},
        {QStringLiteral("card"), Cli::tr("The opportunity: a card by its text or id."),
         Cli::tr("CARD")},
        {QStringLiteral("customer"), Cli::tr("Customer value, 1..5."), Cli::tr("N")},
        {QStringLiteral("business"), Cli::tr("Business value, 1..5."), Cli::tr("N")},
        {QStringLiteral("effort"), Cli::tr("Effort, 1..5."), Cli::tr("N")},
        {QStringLiteral("clear-scores"), Cli::tr("Take the scores away.")},
        {QStringLiteral("addresses"),
         Cli::tr("What it addresses: a card (text or id) or stage (name or id); repeat for "
                 "more. Replaces the list."),
         Cli::tr("TARGET")},
        {QStringLiteral("no-addresses"), Cli::tr("It addresses nothing.")},
    });
    if (const int code = parse(parser, QStringLiteral("opportunity"), args, io,
                               Cli::tr("Scores an opportunity and sets what it addresses; one "
                                       "undo step each."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("card")))
        return io.fail({}, Cli::tr("give the opportunity with --card"), Usage);
    const bool scores = parser.isSet(QStringLiteral("customer")) ||
                        parser.isSet(QStringLiteral("business")) ||
                        parser.isSet(QStringLiteral("effort"));
    if (scores && parser.isSet(QStringLiteral("clear-scores")))
        return io.fail({}, Cli::tr("give scores or --clear-scores, not both"), Usage);
    if (parser.isSet(QStringLiteral("addresses")) && parser.isSet(QStringLiteral("no-addresses")))
        return io.fail({}, Cli::tr("give --addresses or --no-addresses, not both"), Usage);
    std::optional<double> given[3];
    const QString names[3] = {QStringLiteral("customer"), QStringLiteral("business"),
                              QStringLiteral("effort")};
    for (int k = 0; k < 3; ++k)
        if (parser.isSet(names[k])) {
            bool ok = false;
            const double v = parser.value(names[k]).toDouble(&ok);
            if (!ok || v < Card::MinScore || v > Card::MaxScore)
                return io.fail({}, Cli::tr("--%1 needs a number from 1 to 5").arg(names[k]), Usage);
            given[k] = v;
        }
    const QString file = parser.positionalArguments().first();
    int code = 0;
    auto doc = openDocument(file, false, io, &code);
    if (!doc) return code;
    const Journey *chosen =
        chooseJourney(doc->project(), file, parser.value(QStringLiteral("journey")), io, &code);
    if (!chosen) return code;
    const Journey &j = *chosen;
    const Card *c = findCard(j, file, parser.value(QStringLiteral("card")), io, &code);
    if (!c) return code;
    const Id card = c->id;
    QString error;
    const int lane = j.laneIndex(c->laneId);
    if (!OpportunityMatrix::isOpportunity(j.lanes[lane].kind))
        return io.fail(file, Cli::tr("\"%1\" is on the lane \"%2\"; opportunities are the cards "
                                     "of opportunities and ideas lanes")
                                 .arg(c->text.simplified().left(60), j.lanes[lane].title));
    QList<Id> targets;
    for (const QString &wanted : parser.values(QStringLiteral("addresses"))) {
        const Id t = findTarget(j, wanted, &error);
        if (t.isNull() || t == j.id)
            return io.fail(file, t.isNull() ? error
                                            : Cli::tr("an opportunity addresses cards or stages"));
        targets.append(t);
    }
    const Id jid = j.id;
    if (scores || parser.isSet(QStringLiteral("clear-scores"))) {
        const Card now = *c;
        const bool clear = parser.isSet(QStringLiteral("clear-scores"));
        if (!doc->scoreOpportunity(jid, card, clear ? std::nullopt : given[0] ? given[0] : now.customerValue,
                                   clear ? std::nullopt : given[1] ? given[1] : now.businessValue,
                                   clear ? std::nullopt : given[2] ? given[2] : now.effort))
            return io.fail(file, doc->refusalReason());
    }
    if (parser.isSet(QStringLiteral("addresses")) || parser.isSet(QStringLiteral("no-addresses")))
        if (!doc->setAddresses(jid, card, targets)) return io.fail(file, doc->refusalReason());
    if (!doc->isSaved()) return io.fail(file, doc->saveError());
    doc->close();
    return Ok;
}

} // namespace waymark::cli
