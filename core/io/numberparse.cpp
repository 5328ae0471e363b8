// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberparse.h"

#include <cmath>
#include <QLocale>
#include <QRegularExpression>

namespace waymark::NumberParse {

namespace {

std::optional<double> plainNumber(QString s, DecimalMark mark)
{
    const QChar decimal = mark == DecimalMark::Comma ? u',' : u'.';
    const QChar group = mark == DecimalMark::Comma ? u'.' : u',';
    s.remove(u' ');
    s.remove(QChar(0x00a0)); // no-break space
    s.remove(QChar(0x202f)); // narrow no-break space
    s.remove(u'\'');         // Swiss grouping
    s.replace(QChar(0x2212), u'-');
    // Group separators must sit every three digits before the decimal mark.
    const qsizetype dec = s.indexOf(decimal);
    const QString whole = dec < 0 ? s : s.left(dec);
    if (whole.contains(group)) {
        static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(\\%1\\d{3})+$"));
        if (!QRegularExpression(grouped.pattern().arg(group)).match(whole).hasMatch())
            return std::nullopt;
        s.remove(group);
    }
    if (s.count(decimal) > 1) return std::nullopt;
    s.replace(decimal, u'.');
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!number.match(s).hasMatch()) return std::nullopt;
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    return v;
}

} // namespace

// Most cells are plain numbers: "3,1", "-12", "0.125". They skip the patterns.
std::optional<double> simpleNumber(const QString &s, DecimalMark mark)
{
    const QChar decimal = mark == DecimalMark::Comma ? u',' : u'.';
    qsizetype digits = 0, marks = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (c == decimal)
            ++marks;
        else if (!(i == 0 && (c == u'-' || c == u'+')))
            return std::nullopt;
    }
    if (digits == 0 || marks > 1) return std::nullopt;
    QString copy = s;
    if (marks) copy.replace(decimal, u'.');
    bool ok = false;
    const double v = copy.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

namespace {
std::optional<Value> parseAny(const QString &input, DecimalMark mark);
}

// No KPI comes near 10^15; beyond it a double loses whole numbers, and "1e308 d" or a
// 400-digit "mm:ss" would end as infinity.
std::optional<Value> parse(const QString &input, DecimalMark mark)
{
    const auto v = parseAny(input, mark);
    if (v && (!std::isfinite(v->number) || std::abs(v->number) >= 1e15)) return std::nullopt;
    return v;
}

namespace {
std::optional<Value> parseAny(const QString &input, DecimalMark mark)
{
    QString s = input.trimmed();
    if (s.isEmpty()) return std::nullopt;
    if (const auto quick = simpleNumber(s, mark)) return Value{*quick, false, false};
    // Clock durations: h:mm:ss or mm:ss.
    static const QRegularExpression clock(
        QStringLiteral("^(\\d+):([0-5]?\\d)(?::([0-5]?\\d)(?:[.,](\\d+))?)?$"));
    if (const auto m = clock.match(s); m.hasMatch()) {
        const bool hms = m.capturedLength(3) > 0;
        const double a = m.captured(1).toDouble(), b = m.captured(2).toDouble();
        double seconds = hms ? a * 3600 + b * 60 + m.captured(3).toDouble() : a * 60 + b;
        if (m.capturedLength(4) > 0) seconds += (QStringLiteral("0.") + m.captured(4)).toDouble();
        return Value{seconds, false, true};
    }
    // Durations with a unit.
    static const QRegularExpression unit(
        QStringLiteral("^(.*?)\\s*(ms|s|sec|secs|seconds?|sek|min|mins|minutes?|minuten?|h|hrs?|"
                       "hours?|std|stunden?|d|days?|tage?)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = unit.match(s); m.hasMatch()) {
        const auto n = plainNumber(m.captured(1), mark);
        if (!n) return std::nullopt;
        const QString u = m.captured(2).toLower();
        double factor = 1;
        if (u == u"ms")
            factor = 0.001;
        else if (u.startsWith(u"min"))
            factor = 60;
        else if (u == u"h" || u.startsWith(u"hr") || u.startsWith(u"hour") || u.startsWith(u"st"))
            factor = 3600;
        else if (u == u"d" || u.startsWith(u"day") || u.startsWith(u"tag"))
            factor = 86400;
        return Value{*n * factor, false, true};
    }
    if (s.endsWith(u'%')) {
        const auto n = plainNumber(s.chopped(1).trimmed(), mark);
        if (!n) return std::nullopt;
        return Value{*n, true, false};
    }
    const auto n = plainNumber(s, mark);
    if (!n) return std::nullopt;
    return Value{*n, false, false};
}
} // namespace

DecimalMark guessMark(const QStringList &samples)
{
    int point = 0, comma = 0;
    for (const QString &s : samples) {
        const auto p = parse(s, DecimalMark::Point), c = parse(s, DecimalMark::Comma);
        if (p && !c) ++point;
        if (c && !p) ++comma;
        // Both read it, differently: the last separator is usually the decimal mark.
        if (p && c && p->number != c->number) {
            const qsizetype lastPoint = s.lastIndexOf(u'.'), lastComma = s.lastIndexOf(u',');
            if (lastComma > lastPoint)
                ++comma;
            else
                ++point;
        }
    }
    return comma > point ? DecimalMark::Comma : DecimalMark::Point;
}

QString explain(const QString &text, DecimalMark mark)
{
    const auto v = parse(text, mark);
    if (!v) return QStringLiteral("%1 → ?").arg(text);
    // In the user's number format: the reader sees what the number is, not how C writes it.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString shown = locale.toString(v->number, 'g', 12);
    if (v->percent) shown += QStringLiteral(" %");
    if (v->duration) shown += QStringLiteral(" s");
    return QStringLiteral("%1 → %2").arg(text.trimmed(), shown);
}

} // namespace waymark::NumberParse
