// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightrows.h"

namespace waymark {

using namespace rowio;

bool loadInsightRows(QSqlQuery &q, Reader &r, Project *p, QString *error)
{
    const QString insights = QStringLiteral("insights");
    if (!run(q,
             QStringLiteral("SELECT id, kind, text, source, date, link, tags, created"
                            " FROM insights ORDER BY position, created, id"),
             error))
        return false;
    while (q.next() && !r.failed) {
        const QString rowId = q.value(0).toString();
        Insight x;
        x.id = r.own(insights, rowId, q.value(0));
        x.kind = r.key(insights, rowId, q.value(1).toString(), InsightKind::Document);
        x.text = q.value(2).toString();
        x.source = q.value(3).toString();
        if (const QString date = q.value(4).toString(); !date.isEmpty()) {
            x.date = QDate::fromString(date, Qt::ISODate);
            if (!x.date.isValid())
                r.fail(insights, rowId, Storage::tr("\"%1\" is not a valid date").arg(date));
        }
        x.link = q.value(5).toString();
        x.tags = r.list(insights, rowId, q.value(6).toString());
        x.created = dateFrom(r, insights, rowId, q.value(7), false);
        p->insights.append(x);
    }
    if (r.failed) return false;

    const QString links = QStringLiteral("card_insights");
    if (!run(q,
             QStringLiteral("SELECT card_id, insight_id FROM card_insights"
                            " ORDER BY card_id, position, insight_id"),
             error))
        return false;
    QHash<Id, Card *> cards; // built on the first link: most files have none
    QSet<Id> known;
    while (q.next() && !r.failed) {
        if (cards.isEmpty()) {
            for (Journey &j : p->journeys)
                for (Card &c : j.cards)
                    cards.insert(c.id, &c);
            for (const Insight &x : p->insights)
                known.insert(x.id);
        }
        const QString rowId = q.value(0).toString();
        const Id cardId = r.id(links, rowId, q.value(0), false);
        const Id insightId = r.id(links, rowId, q.value(1), false);
        Card *c = cards.value(cardId);
        // Foreign keys keep both ends; guard all the same.
        if (!c || !known.contains(insightId)) {
            r.fail(links, rowId, Storage::tr("it links a card or insight that does not exist"));
            break;
        }
        c->insights.append(insightId);
    }
    if (r.failed) return false;

    // What opportunities address: cards or stages of their journey, by id (a target that is
    // gone is kept and ignored).
    const QString addresses = QStringLiteral("card_addresses");
    if (!run(q,
             QStringLiteral("SELECT card_id, target_id FROM card_addresses"
                            " ORDER BY card_id, position, target_id"),
             error))
        return false;
    while (q.next() && !r.failed) {
        if (cards.isEmpty())
            for (Journey &j : p->journeys)
                for (Card &c : j.cards)
                    cards.insert(c.id, &c);
        const QString rowId = q.value(0).toString();
        Card *c = cards.value(r.id(addresses, rowId, q.value(0), false));
        const Id target = r.id(addresses, rowId, q.value(1), false);
        if (!c) {
            r.fail(addresses, rowId, Storage::tr("it belongs to no card"));
            break;
        }
        c->addresses.append(target);
    }
    return !r.failed;
}

bool writeInsightRows(Writer &w, const Project &p, const QSet<Id> &touched, QList<Id> *gone)
{
    if (touched.isEmpty()) return true;
    QSqlQuery q(w.db);
    if (!w.prepare(q, upsertSql("insights",
                                columns("id,position,kind,text,source,date,link,tags,created"))))
        return false;
    for (const Id &id : touched) {
        const int i = indexOfId(p.insights, id);
        if (i < 0) {
            gone->append(id);
            continue;
        }
        const Insight &x = p.insights[i];
        const QVariant values[] = {idToString(id),
                                   i,
                                   toKey(x.kind),
                                   x.text,
                                   x.source,
                                   x.date.isValid() ? x.date.toString(Qt::ISODate)
                                                    : QStringLiteral(""),
                                   x.link,
                                   listText(x.tags),
                                   dateText(x.created)};
        bindAll(q, values);
        if (!w.exec(q)) return false;
    }
    return true;
}

bool CardInsightWriter::write(const Card &card)
{
    if (!m_prepared) {
        if (!m_w.prepare(m_unlink, QStringLiteral("DELETE FROM card_insights WHERE card_id = ?")) ||
            !m_w.prepare(m_link, QStringLiteral("INSERT INTO card_insights(card_id, insight_id,"
                                                " position) VALUES(?, ?, ?)")) ||
            !m_w.prepare(m_unaddress,
                         QStringLiteral("DELETE FROM card_addresses WHERE card_id = ?")) ||
            !m_w.prepare(m_address, QStringLiteral("INSERT INTO card_addresses(card_id,"
                                                   " target_id, position) VALUES(?, ?, ?)")))
            return false;
        m_prepared = true;
    }
    const QString cardId = idToString(card.id);
    return writeList(m_unlink, m_link, cardId, card.insights) &&
           writeList(m_unaddress, m_address, cardId, card.addresses);
}

bool CardInsightWriter::writeList(QSqlQuery &clear, QSqlQuery &insert, const QString &cardId,
                                  const QList<Id> &ids)
{
    clear.bindValue(0, cardId);
    if (!m_w.exec(clear)) return false;
    for (qsizetype k = 0; k < ids.size(); ++k) {
        insert.bindValue(0, cardId);
        insert.bindValue(1, idToString(ids[k]));
        insert.bindValue(2, int(k));
        if (!m_w.exec(insert)) return false;
    }
    return true;
}

} // namespace waymark
