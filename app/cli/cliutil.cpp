// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include "document/document.h"
#include "storage/store.h"
#include "trcontexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace waymark::cli {

bool loadProject(const QString &file, Project *p, Io &io, int *code)
{
    OpenResult result;
    auto store = Store::open(file, Store::Access::ReadOnly, &result);
    io.note(file, result.notices);
    QString error;
    if (!store) {
        *code = io.fail(file, result.error);
        return false;
    }
    if (!store->load(p, &error)) {
        *code = io.fail(file, error);
        return false;
    }
    return true;
}

std::unique_ptr<Document> openDocument(const QString &file, bool readOnly, Io &io, int *code)
{
    OpenResult result;
    auto doc =
        Document::open(file, readOnly ? Store::Access::ReadOnly : Store::Access::ReadWrite, &result);
    io.note(file, result.notices);
    if (!doc) {
        *code = io.fail(file, result.error);
        return nullptr;
    }
    if (!readOnly && doc->isReadOnly()) {
        *code = io.fail(file, result.readOnlyReason);
        return nullptr;
    }
    return doc;
}

QCommandLineOption journeysOption()
{
    return {QStringLiteral("journey"),
            Cli::tr("The journey (name or id), or 'all' (default: the first journey)."),
            Cli::tr("JOURNEY")};
}

bool chooseJourneys(const Project &p, const QString &file, const QString &wanted, Io &io,
                    QList<Id> *journeys, int *code)
{
    if (wanted.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        for (const Journey &j : p.journeys)
            journeys->append(j.id);
    } else if (wanted.isEmpty()) {
        if (!p.journeys.isEmpty()) journeys->append(p.journeys.first().id);
    } else {
        for (const Journey &j : p.journeys)
            if (journeys->isEmpty() &&
                (j.name.compare(wanted, Qt::CaseInsensitive) == 0 || idToString(j.id) == wanted))
                journeys->append(j.id);
        if (journeys->isEmpty()) {
            *code = io.fail(file, Cli::tr("no journey \"%1\"").arg(wanted));
            return false;
        }
    }
    if (journeys->isEmpty()) {
        *code = io.fail(file, Cli::tr("the project has no journeys"));
        return false;
    }
    return true;
}

const Journey *chooseJourney(const Project &p, const QString &file, const QString &wanted,
                             Io &io, int *code)
{
    QList<Id> ids;
    if (!chooseJourneys(p, file, wanted, io, &ids, code)) return nullptr;
    return p.journey(ids.first());
}

const Card *findCard(const Journey &j, const QString &file, const QString &wanted, Io &io,
                     int *code)
{
    QString error;
    const Id id = findTarget(j, wanted, &error);
    if (id.isNull()) {
        *code = io.fail(file, error);
        return nullptr;
    }
    const Card *c = j.card(id);
    if (!c) *code = io.fail(file, Cli::tr("\"%1\" is no card of journey \"%2\"").arg(wanted, j.name));
    return c;
}

Id findTarget(const Journey &j, const QString &wanted, QString *error)
{
    if (wanted.compare(QLatin1String("journey"), Qt::CaseInsensitive) == 0) return j.id;
    const Id id = idFromString(wanted);
    if (!id.isNull() && (j.card(id) || j.stageIndex(id) >= 0)) return id;
    for (const Stage &s : j.stages)
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0) return s.id;
    QList<Id> cards;
    for (const Card &c : j.cards)
        if (c.text.simplified().compare(wanted.simplified(), Qt::CaseInsensitive) == 0)
            cards.append(c.id);
    if (cards.size() == 1) return cards.first();
    *error = cards.isEmpty()
                 ? Cli::tr("no card or stage \"%1\" in journey \"%2\"").arg(wanted, j.name)
                 : Cli::tr("%1 cards read \"%2\"; name one by its id").arg(cards.size()).arg(wanted);
    return {};
}

Id idByPrefix(const QList<Id> &ids, const QString &wanted)
{
    const QString w = wanted.trimmed().toLower();
    if (w.size() < 6) return {};
    Id found;
    int hits = 0;
    for (const Id &id : ids)
        if (idToString(id).startsWith(w)) {
            found = id;
            ++hits;
        }
    return hits == 1 ? found : Id();
}

QString chooseAction(const QCommandLineParser &parser, const QStringList &actions,
                     const QString &usage, Io &io, int *code)
{
    QStringList set;
    for (const QString &a : actions)
        if (parser.isSet(a)) set.append(a);
    if (set.size() == 1) return set.first();
    *code = io.fail({}, usage, Usage);
    return {};
}

} // namespace waymark::cli
