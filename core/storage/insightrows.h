// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/storage: the evidence library's rows (insights, card_insights).
#pragma once

#include "rowio.h"

namespace waymark {

// Reads the insights and gives each card its links (after the cards are loaded).
bool loadInsightRows(QSqlQuery &q, rowio::Reader &r, Project *project, QString *error);

// Upserts the touched insights the project has and collects the ones it no longer has in
// `gone` (deleted last: their links go with them).
bool writeInsightRows(rowio::Writer &w, const Project &project, const QSet<Id> &touched,
                      QList<Id> *gone);

// Rewrites a written card's links to insights.
class CardInsightWriter
{
public:
    explicit CardInsightWriter(rowio::Writer &w) : m_w(w), m_unlink(w.db), m_link(w.db) {}
    bool write(const Card &card);

private:
    rowio::Writer &m_w;
    QSqlQuery m_unlink, m_link;
    bool m_prepared = false;
};

} // namespace waymark
