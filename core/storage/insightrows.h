// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/storage: the evidence library's rows (insights, card_insights) and the other
// lists a card keeps in a table of its own (card_addresses: what an opportunity addresses).
#pragma once

#include "rowio.h"

namespace waymark {

// Reads the insights and gives each card its links and addresses (after the cards are loaded).
bool loadInsightRows(QSqlQuery &q, rowio::Reader &r, Project *project, QString *error);

// Upserts the touched insights the project has and collects the ones it no longer has in
// `gone` (deleted last: their links go with them).
bool writeInsightRows(rowio::Writer &w, const Project &project, const QSet<Id> &touched,
                      QList<Id> *gone);

// Rewrites a written card's links to insights and what it addresses.
class CardInsightWriter
{
public:
    explicit CardInsightWriter(rowio::Writer &w)
        : m_w(w), m_unlink(w.db), m_link(w.db), m_unaddress(w.db), m_address(w.db)
    {
    }
    bool write(const Card &card);

private:
    bool writeList(QSqlQuery &clear, QSqlQuery &insert, const QString &cardId,
                   const QList<Id> &ids);
    rowio::Writer &m_w;
    QSqlQuery m_unlink, m_link, m_unaddress, m_address;
    bool m_prepared = false;
};

} // namespace waymark
