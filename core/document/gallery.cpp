// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallery.h"

#include "templates.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark {

namespace {

// The JSON templates, in the gallery's order among the built-in ones.
const char *const jsonTemplates[] = {"onboarding",      "online-purchase",  "support-case",
                                     "moving-house",    "b2b-procurement",  "patient-journey",
                                     "employee-onboarding"};

// The five phases' example cards (the built-in journey has none: a new journey starts empty).
struct Example
{
    int stage;
    LaneKind lane;
    const char *en, *de;
    std::optional<int> emotion = std::nullopt;
    Channel channel = Channel::None;
};
const Example fivePhaseExamples[] = {
    {0, LaneKind::Actions, "Hears about us from a friend", "Hört von Freunden von uns"},
    {1, LaneKind::Actions, "Compares offers and reads reviews",
     "Vergleicht Angebote und liest Bewertungen"},
    {2, LaneKind::Actions, "Orders online", "Bestellt online"},
    {3, LaneKind::Actions, "Has a question about the bill", "Hat eine Frage zur Rechnung"},
    {4, LaneKind::Actions, "Recommends us to a colleague", "Empfiehlt uns einer Kollegin"},
    {0, LaneKind::Touchpoints, "Social media post", "Social-Media-Beitrag", {}, Channel::Social},
    {1, LaneKind::Touchpoints, "Comparison site, our website", "Vergleichsportal, unsere Website",
     {}, Channel::Web},
    {2, LaneKind::Touchpoints, "Online shop", "Onlineshop", {}, Channel::Web},
    {3, LaneKind::Touchpoints, "Hotline", "Hotline", {}, Channel::Phone},
    {1, LaneKind::Thoughts, "Which offer fits me?", "Welches Angebot passt zu mir?"},
    {0, LaneKind::Feelings, "Curious", "Neugierig", 1},
    {1, LaneKind::Feelings, "Unsure", "Unsicher", -1},
    {2, LaneKind::Feelings, "Pleased", "Zufrieden", 2},
    {3, LaneKind::Feelings, "Annoyed", "Verärgert", -2},
    {4, LaneKind::Feelings, "Loyal", "Treu", 2},
    {3, LaneKind::PainPoints, "Long wait on the hotline", "Lange Wartezeit an der Hotline"},
    {3, LaneKind::Opportunities, "Answer bill questions in the app",
     "Rechnungsfragen in der App beantworten"},
    {2, LaneKind::Backstage, "Order is checked and shipped", "Bestellung wird geprüft und versandt"},
};

void addExamples(Journey &j, const QString &language)
{
    for (const Example &e : fivePhaseExamples) {
        const int lane = [&] {
            for (int l = 0; l < j.lanes.size(); ++l)
                if (j.lanes[l].kind == e.lane) return l;
            return -1;
        }();
        if (lane < 0 || e.stage >= j.stages.size()) continue;
        Card c;
        c.id = newId();
        c.stageId = j.stages[e.stage].id;
        c.laneId = j.lanes[lane].id;
        c.order = j.cellSize(c.stageId, c.laneId);
        c.text = QString::fromUtf8(language == QLatin1String("de") ? e.de : e.en);
        c.emotion = e.emotion;
        c.channel = e.channel;
        j.cards.append(c);
    }
}

QString path(const QString &id)
{
    return QStringLiteral(":/waymark/templates/%1.json").arg(id);
}

bool isBilingual(const QJsonObject &o)
{
    return o.size() == 2 && o.value(QLatin1String("en")).isString() &&
           o.value(QLatin1String("de")).isString();
}

QJsonObject readTemplate(const QString &id, QString *error)
{
    QFile file(path(id));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Templates", "the template \"%1\" is missing").arg(id);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() ||
        doc.object().value(QLatin1String("format")).toString() != QLatin1String("waymark-template-1")) {
        *error = QCoreApplication::translate("Templates", "the template \"%1\" is damaged").arg(id);
        return {};
    }
    return doc.object();
}

GalleryTemplate builtIn(const QString &id, const char *en, const char *de, const char *descEn,
                        const char *descDe)
{
    return {id, QString::fromUtf8(en), QString::fromUtf8(de), QString::fromUtf8(descEn),
            QString::fromUtf8(descDe)};
}

QList<GalleryTemplate> load()
{
    QList<GalleryTemplate> list;
    list.append(builtIn(QStringLiteral("five-phases"), "Five phases", "Fünf Phasen",
                        "The classic journey from awareness to loyalty, with the usual lanes.",
                        "Die klassische Reise von der Aufmerksamkeit bis zur Loyalität, mit den "
                        "üblichen Ebenen."));
    for (const char *id : jsonTemplates) {
        QString error;
        const QJsonObject o = readTemplate(QLatin1String(id), &error);
        if (o.isEmpty()) continue; // create() reports it
        const QJsonObject name = o.value(QLatin1String("name")).toObject();
        const QJsonObject description = o.value(QLatin1String("description")).toObject();
        list.append({QLatin1String(id), name.value(QLatin1String("en")).toString(),
                     name.value(QLatin1String("de")).toString(),
                     description.value(QLatin1String("en")).toString(),
                     description.value(QLatin1String("de")).toString()});
        // Contract renewal (the sample) after the support case, as the issue lists them.
        if (qstrcmp(id, "support-case") == 0)
            list.append(builtIn(
                QStringLiteral("contract-renewal"), "Contract renewal", "Vertragsverlängerung",
                "An internet contract up for renewal, with personas, metrics and a future state "
                "(the sample project).",
                "Ein Internetvertrag vor der Verlängerung, mit Personas, Kennzahlen und "
                "Soll-Zustand (das Beispielprojekt)."));
    }
    list.append(builtIn(QStringLiteral("service-blueprint"), "Service blueprint",
                        "Service Blueprint",
                        "What the customer sees and what makes it happen behind the line of "
                        "visibility.",
                        "Was der Kunde sieht und was hinter der Sichtbarkeitslinie dafür "
                        "geschieht."));
    list.append(builtIn(QStringLiteral("blank"), "Blank", "Leer",
                        "One stage and one lane: build your own structure.",
                        "Eine Phase und eine Ebene: die eigene Struktur aufbauen."));
    return list;
}

} // namespace

QString GalleryTemplate::name(const QString &language) const
{
    return language == QLatin1String("de") ? nameDe : nameEn;
}

QString GalleryTemplate::description(const QString &language) const
{
    return language == QLatin1String("de") ? descriptionDe : descriptionEn;
}

namespace Gallery {

const QList<GalleryTemplate> &all()
{
    static const QList<GalleryTemplate> list = load();
    return list;
}

const GalleryTemplate *find(const QString &id)
{
    for (const GalleryTemplate &t : all())
        if (t.id == id) return &t;
    return nullptr;
}

QString defaultId()
{
    return QStringLiteral("five-phases");
}

QJsonValue inLanguage(const QJsonValue &json, const QString &language)
{
    if (json.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : json.toArray())
            out.append(inLanguage(v, language));
        return out;
    }
    if (!json.isObject()) return json;
    const QJsonObject o = json.toObject();
    if (isBilingual(o))
        return o.value(language == QLatin1String("de") ? QLatin1String("de") : QLatin1String("en"));
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), inLanguage(it.value(), language));
    return out;
}

bool create(const QString &id, const QString &title, const QString &language, Project *project,
            QString *error)
{
    const QString lang = contentLanguages().contains(language) ? language : QStringLiteral("en");
    Template builtInTemplate;
    if (fromKey(id, &builtInTemplate)) {
        *project = makeProject(builtInTemplate, title, lang);
        if (builtInTemplate == Template::FivePhases) addExamples(project->journeys[0], lang);
        return true;
    }
    if (id == QLatin1String("contract-renewal")) {
        if (!sampleProject(lang, project, error)) return false;
        project->info.title = title;
        project->info.client.clear();
        project->info.author.clear();
        return true;
    }
    if (!find(id)) {
        QStringList ids;
        for (const GalleryTemplate &t : all())
            ids.append(t.id);
        *error = QCoreApplication::translate("Templates", "unknown template \"%1\" (use %2)")
                     .arg(id, ids.join(QStringLiteral(", ")));
        return false;
    }
    QJsonObject o = inLanguage(readTemplate(id, error), lang).toObject();
    if (o.isEmpty()) return false;
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("language"), lang);
    return projectFromJson(QJsonDocument(o).toJson(QJsonDocument::Compact), project, error);
}

} // namespace Gallery

} // namespace waymark
