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

} // namespace

QString toKey(Template t)
{
    return t == Template::Blank ? QStringLiteral("blank") : QStringLiteral("five-phases");
}

bool fromKey(const QString &key, Template *out)
{
    if (key == QLatin1String("five-phases"))
        *out = Template::FivePhases;
    else if (key == QLatin1String("blank"))
        *out = Template::Blank;
    else
        return false;
    return true;
}

QString displayName(Template t)
{
    return t == Template::Blank ? QCoreApplication::translate("Templates", "Blank")
                                : QCoreApplication::translate("Templates", "Five phases");
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
        return j;
    }
    for (int i = 0; i < 5; ++i)
        j.stages.append({newId(),
                         fivePhases[i].in(language),
                         {},
                         QColor::fromString(QLatin1String(phaseColours[i])),
                         i == 2,
                         0});
    for (const auto &[kind, title] : usualLanes)
        j.lanes.append({newId(), kind, title.in(language), {}, 0});
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
