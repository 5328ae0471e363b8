// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include <QRegularExpression>

namespace waymark::Period {

namespace {

// Month names and their common abbreviations, English and German, in lower case.
int monthOf(const QString &word)
{
    static const char *const names[12][5] = {
        {"jan", "january", "januar", "jän", "jänner"},
        {"feb", "february", "februar", "", ""},
        {"mar", "march", "märz", "mär", "maerz"},
        {"apr", "april", "", "", ""},
        {"may", "mai", "", "", ""},
        {"jun", "june", "juni", "", ""},
        {"jul", "july", "juli", "", ""},
        {"aug", "august", "", "", ""},
        {"sep", "sept", "september", "", ""},
        {"oct", "october", "okt", "oktober", ""},
        {"nov", "november", "", "", ""},
        {"dec", "december", "dez", "dezember", ""},
    };
    QString w = word.toLower();
    if (w.endsWith(u'.')) w.chop(1);
    for (int m = 0; m < 12; ++m)
        for (const char *name : names[m])
            if (*name && w == QString::fromUtf8(name)) return m + 1;
    return 0;
}

QString key(int year, int month, int day)
{
    return QStringLiteral("0%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

} // namespace

QString sortKey(const QString &period)
{
    const QString p = period.trimmed();
    static const QRegularExpression isoDay(QStringLiteral("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$"));
    static const QRegularExpression yearPart(
        QStringLiteral("^(\\d{4})\\s*[-/ ]?\\s*([QqHh])\\s*([1-4])$"));
    static const QRegularExpression partYear(
        QStringLiteral("^([QqHh])\\s*([1-4])\\s*[-/ .]?\\s*(\\d{4})$"));
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})\\s*[./-]\\s*(\\d{4})$"));
    static const QRegularExpression dayMonthYear(
        QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression nameYear(
        QStringLiteral("^(\\p{L}+\\.?)\\s*[-/ ]?\\s*('?\\d{2}|\\d{4})?$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    const auto part = [](const QString &letter, int n) {
        return letter.compare(QLatin1String("h"), Qt::CaseInsensitive) == 0 ? (n - 1) * 6 + 1
                                                                            : (n - 1) * 3 + 1;
    };
    QRegularExpressionMatch m;
    if ((m = isoDay.match(p)).hasMatch() && m.captured(2).toInt() >= 1 &&
        m.captured(2).toInt() <= 12)
        return key(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if ((m = yearPart.match(p)).hasMatch() &&
        (m.captured(2).compare(QLatin1String("q"), Qt::CaseInsensitive) == 0 ||
         m.captured(3).toInt() <= 2))
        return key(m.captured(1).toInt(), part(m.captured(2), m.captured(3).toInt()), 0);
    if ((m = partYear.match(p)).hasMatch() &&
        (m.captured(1).compare(QLatin1String("q"), Qt::CaseInsensitive) == 0 ||
         m.captured(2).toInt() <= 2))
        return key(m.captured(3).toInt(), part(m.captured(1), m.captured(2).toInt()), 0);
    if ((m = monthYear.match(p)).hasMatch() && m.captured(1).toInt() >= 1 &&
        m.captured(1).toInt() <= 12)
        return key(m.captured(2).toInt(), m.captured(1).toInt(), 0);
    if ((m = dayMonthYear.match(p)).hasMatch() && m.captured(2).toInt() >= 1 &&
        m.captured(2).toInt() <= 12)
        return key(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if ((m = nameYear.match(p)).hasMatch()) {
        if (const int month = monthOf(m.captured(1))) {
            QString y = m.captured(2);
            y.remove(u'\'');
            const int yearNumber = y.isEmpty() ? 0 : (y.size() == 2 ? 2000 + y.toInt() : y.toInt());
            return key(yearNumber, month, 0);
        }
    }
    // "Q1" or "H2" without a year.
    if (p.size() == 2 && QStringLiteral("qQhH").contains(p[0]) && p[1] >= u'1' && p[1] <= u'4')
        return key(0, part(p.left(1), p[1].digitValue()), 0);
    if ((m = year.match(p)).hasMatch()) return key(m.captured(1).toInt(), 0, 0);
    return u'1' + p;
}

namespace {

bool lessByKeys(const QString &a, const QString &ka, const QString &b, const QString &kb)
{
    if (!ka.startsWith(u'1') || !kb.startsWith(u'1')) return ka < kb;
    // Natural order: runs of digits compare as numbers, the rest as text without case.
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Without leading zeros, a longer number is a larger one.
            while (i + 1 < ei && a[i] == u'0')
                ++i;
            while (j + 1 < ej && b[j] == u'0')
                ++j;
            const QStringView na = QStringView(a).mid(i, ei - i),
                              nb = QStringView(b).mid(j, ej - j);
            if (na.size() != nb.size()) return na.size() < nb.size();
            if (const int c = na.compare(nb)) return c < 0;
            i = ei, j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb) return ca < cb;
        ++i, ++j;
    }
    if ((a.size() - i) != (b.size() - j)) return (a.size() - i) < (b.size() - j);
    return a < b;
}

} // namespace

bool less(const QString &a, const QString &b)
{
    return lessByKeys(a, sortKey(a), b, sortKey(b));
}

const QString &Order::keyOf(const QString &period) const
{
    auto it = m_keys.find(period);
    if (it == m_keys.end()) it = m_keys.insert(period, sortKey(period));
    return *it;
}

bool Order::operator()(const QString &a, const QString &b) const
{
    if (a == b) return false;
    const QString ka = keyOf(a); // a copy: the second lookup may grow the table
    return lessByKeys(a, ka, b, keyOf(b));
}

} // namespace waymark::Period
