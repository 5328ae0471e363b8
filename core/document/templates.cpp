// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates.h"

#include <QCoreApplication>

namespace waymark {

namespace {

struct Text
{
    const char *en;
    const char *de;
    QString in(const QString &language) const
    {
        return QString::fromUtf8(language == QLatin1String("de") ? de : en);
    }
};

const Text fivePhases[] = {
    {"Awareness", "Aufmerksamkeit"}, {"Consideration", "Abwägung"}, {"Purchase", "Kauf"},
    {"Service", "Service"},          {"Loyalty", "Loyalität"},
};
const char *const phaseColours[] = {"#dbe9f6", "#dcefe3", "#fbe9d0", "#efe0f3", "#f9dede"};

const std::pair<LaneKind, Text> usualLanes[] = {
    {LaneKind::Actions, {"Customer actions", "Kundenaktionen"}},
    {LaneKind::Touchpoints, {"Touchpoints", "Kontaktpunkte"}},
    {LaneKind::Thoughts, {"Thoughts and questions", "Gedanken und Fragen"}},
    {LaneKind::Feelings, {"Feelings", "Gefühle"}},
    {LaneKind::PainPoints, {"Pain points", "Schmerzpunkte"}},
    {LaneKind::Opportunities, {"Opportunities", "Chancen"}},
    {LaneKind::Backstage, {"Backstage", "Backstage"}},
};

const std::pair<LaneKind, Text> hints[] = {
    {LaneKind::Actions,
     {"What does the customer do, step by step?", "Was tut der Kunde, Schritt für Schritt?"}},
    {LaneKind::Touchpoints,
     {"Where do they meet us: channel, page, person, document?",
      "Wo begegnen sie uns: Kanal, Seite, Person, Dokument?"}},
    {LaneKind::Thoughts,
     {"What do they think or ask at this moment?",
      "Was denken oder fragen sie in diesem Moment?"}},
    {LaneKind::Feelings,
     {"How do they feel? A point per stage: up is delighted, down is frustrated.",
      "Wie fühlen sie sich? Ein Punkt pro Phase: oben begeistert, unten frustriert."}},
    {LaneKind::PainPoints,
     {"What gets in their way or costs them effort?",
      "Was steht ihnen im Weg oder kostet sie Mühe?"}},
    {LaneKind::Opportunities,
     {"What could we do better here?", "Was könnten wir hier besser machen?"}},
    {LaneKind::Ideas,
     {"Ideas from the team, unsorted: vote on them later.",
      "Ideen aus dem Team, ungeordnet: später darüber abstimmen."}},
    {LaneKind::Backstage,
     {"What happens behind the scenes: teams, systems, processes?",
      "Was passiert hinter den Kulissen: Teams, Systeme, Prozesse?"}},
    {LaneKind::SupportProcesses,
     {"Systems, partners and rules that make the backstage work.",
      "Systeme, Partner und Regeln, die das Backstage möglich machen."}},
    {LaneKind::Kpis,
     {"Figures for each stage: import them or type them in.",
      "Kennzahlen je Phase: importieren oder eintragen."}},
    {LaneKind::Notes, {"Anything else worth keeping.", "Alles andere, was festgehalten werden soll."}},
    {LaneKind::Images,
     {"Photos, screenshots and documents the customer sees.",
      "Fotos, Screenshots und Dokumente, die der Kunde sieht."}},
};

// A service blueprint of a repair appointment: stages, the blueprint's lanes with an
// example card in each where it helps, and arrows from what the customer does to what
// makes it happen behind the line of visibility.
const Text blueprintStages[] = {
    {"Book", "Buchen"},   {"Arrive", "Ankommen"},        {"Service", "Service"},
    {"Pay", "Bezahlen"}, {"Follow up", "Nachbetreuung"},
};
struct BlueprintLane
{
    LaneKind kind;
    BlueprintZone zone;
    Text title;
};
const BlueprintLane blueprintLanes[] = {
    {LaneKind::Images, BlueprintZone::PhysicalEvidence,
     {"Physical evidence", "Physische Evidenz"}},
    {LaneKind::Actions, BlueprintZone::CustomerActions, {"Customer actions", "Kundenaktionen"}},
    {LaneKind::Touchpoints, BlueprintZone::Frontstage,
     {"Frontstage: staff and interfaces", "Frontstage: Personal und Schnittstellen"}},
    {LaneKind::Backstage, BlueprintZone::Backstage,
     {"Backstage actions", "Backstage-Aktionen"}},
    {LaneKind::SupportProcesses, BlueprintZone::Support,
     {"Support processes and systems", "Unterstützende Prozesse und Systeme"}},
    {LaneKind::PainPoints, BlueprintZone::Outside, {"Pain points", "Schmerzpunkte"}},
};
// Per example card: stage, lane (both as indices above) and text.
struct Example
{
    int stage, lane;
    Text text;
};
const Example blueprintCards[] = {
    {0, 0, {"Booking page, confirmation e-mail", "Buchungsseite, Bestätigungs-E-Mail"}},
    {0, 1, {"Books a repair slot online", "Bucht online einen Reparaturtermin"}},
    {0, 2, {"Booking form confirms the slot", "Buchungsformular bestätigt den Termin"}},
    {0, 3, {"Dispatcher assigns a technician", "Disposition teilt einen Techniker zu"}},
    {0, 4, {"Scheduling system", "Terminplanungssystem"}},
    {2, 0, {"Service desk, repair receipt", "Servicetheke, Reparaturbeleg"}},
    {2, 1, {"Hands over the device", "Gibt das Gerät ab"}},
    {2, 2, {"Advisor checks the device in", "Berater nimmt das Gerät an"}},
    {2, 3, {"Technician repairs the device", "Techniker repariert das Gerät"}},
    {2, 4, {"Spare parts stock", "Ersatzteillager"}},
    {2, 5, {"No news while waiting", "Keine Nachricht während des Wartens"}},
};
// Arrows between the example cards above (their indices).
const std::pair<int, int> blueprintArrows[] = {{1, 2}, {2, 3}, {3, 4}, {6, 7}, {7, 8}, {8, 9}};

Journey blueprintJourney(Journey j, const QString &language)
{
    j.blueprint = true;
    for (int i = 0; i < 5; ++i)
        j.stages.append({newId(), blueprintStages[i].in(language), {},
                         QColor::fromString(QLatin1String(phaseColours[i])), i == 2, 0});
    for (const BlueprintLane &l : blueprintLanes) {
        j.lanes.append({newId(), l.kind, l.title.in(language), {}, 0});
        j.lanes.last().zone = l.zone;
        j.lanes.last().hint = laneHint(l.kind, language);
    }
    QList<Id> cards;
    for (const Example &e : blueprintCards) {
        Card c;
        c.id = newId();
        c.stageId = j.stages[e.stage].id;
        c.laneId = j.lanes[e.lane].id;
        c.text = e.text.in(language);
        j.cards.append(c);
        cards.append(c.id);
    }
    for (const auto &[from, to] : blueprintArrows)
        j.connections.append({newId(), cards[from], cards[to], {}});
    return j;
}

} // namespace

QList<Template> allTemplates()
{
    return {Template::FivePhases, Template::ServiceBlueprint, Template::Blank};
}

QString toKey(Template t)
{
    switch (t) {
    case Template::Blank:
        return QStringLiteral("blank");
    case Template::ServiceBlueprint:
        return QStringLiteral("service-blueprint");
    case Template::FivePhases:
        break;
    }
    return QStringLiteral("five-phases");
}

bool fromKey(const QString &key, Template *out)
{
    for (Template t : allTemplates())
        if (key == toKey(t)) {
            *out = t;
            return true;
        }
    return false;
}

QString displayName(Template t)
{
    switch (t) {
    case Template::Blank:
        return QCoreApplication::translate("Templates", "Blank");
    case Template::ServiceBlueprint:
        return QCoreApplication::translate("Templates", "Service blueprint");
    case Template::FivePhases:
        break;
    }
    return QCoreApplication::translate("Templates", "Five phases");
}

QString laneHint(LaneKind kind, const QString &language)
{
    for (const auto &[k, text] : hints)
        if (k == kind) return text.in(language);
    return {};
}

QStringList contentLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

Journey makeJourney(Template t, const QString &language, const QString &name)
{
    Journey j;
    j.id = newId();
    j.name = !name.isEmpty() ? name : Text{"Customer journey", "Customer Journey"}.in(language);
    if (t == Template::Blank) {
        j.stages.append({newId(), Text{"Stage 1", "Phase 1"}.in(language), {}, QColor(), false, 0});
        j.lanes.append({newId(), LaneKind::Actions, usualLanes[0].second.in(language), {}, 0});
        j.lanes.last().hint = laneHint(LaneKind::Actions, language);
        return j;
    }
    if (t == Template::ServiceBlueprint) {
        if (name.isEmpty()) j.name = Text{"Repair appointment", "Reparaturtermin"}.in(language);
        return blueprintJourney(j, language);
    }
    for (int i = 0; i < 5; ++i)
        j.stages.append({newId(),
                         fivePhases[i].in(language),
                         {},
                         QColor::fromString(QLatin1String(phaseColours[i])),
                         i == 2,
                         0});
    for (const auto &[kind, title] : usualLanes) {
        j.lanes.append({newId(), kind, title.in(language), {}, 0});
        j.lanes.last().hint = laneHint(kind, language);
    }
    return j;
}

Project makeProject(Template t, const QString &title, const QString &language)
{
    Project p;
    p.info.title = title;
    p.info.language = contentLanguages().contains(language) ? language : QStringLiteral("en");
    p.info.created = p.info.modified = QDateTime::currentDateTimeUtc();
    p.journeys.append(makeJourney(t, p.info.language));
    return p;
}

} // namespace waymark
