// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace waymark::Period {

// Periods are the text of the source table ("2026-03", "03.2026", "Q1 2026", "März 2026").
// They are ordered by the time they name, so that "latest" and "the period before" mean what
// a reader of the table means: "01.2026" comes after "12.2025". Recognised, in English and
// German: ISO dates and months (2026-03, 2026-03-31), quarters and halves (2026-Q1, Q1 2026,
// Q1/2026, H2 2026), months as MM/YYYY, MM.YYYY or MM-YYYY, month names with or without a
// year (Mar 2026, März 2026, March), and plain years. Other texts follow all of these, in
// natural order ("Week 2" before "Week 10").
bool less(const QString &a, const QString &b);

// `less` for sorting many periods: each text is recognised once.
class Order
{
public:
    bool operator()(const QString &a, const QString &b) const;

private:
    const QString &keyOf(const QString &period) const;
    mutable QHash<QString, QString> m_keys;
};

// The key `less` compares: recognised periods as "0YYYY-MM-DD" (a quarter or half counts
// from its first month), anything else as "1" and the text.
QString sortKey(const QString &period);

} // namespace waymark::Period
