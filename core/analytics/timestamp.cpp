// SPDX-License-Identifier: GPL-3.0-or-later
// Timestamps of event logs, read without QDateTime: a log has millions of them.
#include "eventlog.h"

namespace waymark::Timestamp {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

struct Cursor
{
    const char *p, *end;
    bool atEnd() const { return p == end; }
    bool eat(char c)
    {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    // Exactly n digits.
    bool digits(int n, int *out)
    {
        if (end - p < n) return false;
        int v = 0;
        for (int i = 0; i < n; ++i) {
            const unsigned c = unsigned(p[i] - '0');
            if (c > 9) return false;
            v = v * 10 + int(c);
        }
        p += n;
        *out = v;
        return true;
    }
    // One or two digits.
    bool shortNumber(int *out)
    {
        int v = 0, n = 0;
        while (p < end && n < 2 && unsigned(*p - '0') <= 9) {
            v = v * 10 + (*p - '0');
            ++p;
            ++n;
        }
        *out = v;
        return n > 0;
    }
};

bool epoch(const char *b, const char *e, qint64 *micros)
{
    const char *p = b;
    qint64 whole = 0;
    // Digits beyond the 14th are counted, not added: a long run of digits must not overflow.
    while (p < e && unsigned(*p - '0') <= 9) {
        if (p - b < 14) whole = whole * 10 + (*p - '0');
        ++p;
    }
    const qsizetype n = p - b;
    if (n == 0 || n > 13) return false;
    qint64 frac = 0, scale = 1;
    if (p < e && *p == '.') {
        ++p;
        if (p == e) return false;
        while (p < e && unsigned(*p - '0') <= 9) {
            if (scale < 1000000) frac = frac * 10 + (*p - '0'), scale *= 10;
            ++p;
        }
    }
    if (p != e) return false;
    if (n >= 12) { // milliseconds
        *micros = whole * 1000 + frac * 1000 / scale;
        return true;
    }
    *micros = whole * 1000000 + frac * (1000000 / scale);
    return true;
}

} // namespace

bool parse(const char *b, const char *e, qint64 *micros, bool *naive)
{
    // The usual case first: 2026-03-29T10:02:03Z.
    if (e - b == 20 && b[4] == '-' && b[7] == '-' && b[10] == 'T' && b[13] == ':' && b[16] == ':' &&
        b[19] == 'Z') {
        int v[6];
        static const int at[6] = {0, 5, 8, 11, 14, 17};
        bool digits = true;
        for (int k = 0; k < 6; ++k) {
            const char *p = b + at[k];
            const unsigned d0 = unsigned(p[0] - '0'), d1 = unsigned(p[1] - '0');
            digits = digits && d0 <= 9 && d1 <= 9;
            v[k] = int(d0 * 10 + d1);
        }
        const unsigned y2 = unsigned(b[2] - '0'), y3 = unsigned(b[3] - '0');
        digits = digits && y2 <= 9 && y3 <= 9;
        const int y = v[0] * 100 + int(y2 * 10 + y3);
        if (digits && v[1] >= 1 && v[1] <= 12 && v[2] >= 1 && v[2] <= daysInMonth(y, v[1]) &&
            v[3] <= 23 && v[4] <= 59 && v[5] <= 59) {
            *naive = false;
            *micros =
                ((daysFromCivil(y, v[1], v[2]) * 24 + v[3]) * 3600 + v[4] * 60 + v[5]) * 1000000ll;
            return true;
        }
    }
    while (b < e && (*b == ' ' || *b == '\t'))
        ++b;
    while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
        --e;
    if (b == e) return false;
    Cursor c{b, e};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (e - b >= 5 && (b[4] == '-' || b[4] == '/') && c.digits(4, &y)) {
        const char sep = *c.p++;
        if (!c.shortNumber(&mo) || !c.eat(sep) || !c.shortNumber(&d)) return false;
    } else if (e - b >= 8 && (b[1] == '.' || b[2] == '.')) {
        if (!c.shortNumber(&d) || !c.eat('.') || !c.shortNumber(&mo) || !c.eat('.') ||
            !c.digits(4, &y))
            return false;
    } else {
        *naive = false;
        return epoch(b, e, micros);
    }
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return false;
    qint64 frac = 0;
    int offsetMinutes = 0;
    bool zoned = false;
    if (!c.atEnd()) {
        if (!c.eat('T') && !c.eat('t')) {
            if (!c.eat(' ')) return false;
            while (c.eat(' ')) {
            }
        }
        if (!c.shortNumber(&h) || !c.eat(':') || !c.digits(2, &mi)) return false;
        if (c.eat(':')) {
            if (!c.digits(2, &s)) return false;
            if (c.eat('.') || c.eat(',')) {
                qint64 scale = 1;
                const char *start = c.p;
                while (c.p < c.end && unsigned(*c.p - '0') <= 9) {
                    if (scale < 1000000) frac = frac * 10 + (*c.p - '0'), scale *= 10;
                    ++c.p;
                }
                if (c.p == start) return false;
                frac *= 1000000 / scale;
            }
        }
        while (c.eat(' ')) {
        }
        if (c.eat('Z') || c.eat('z')) {
            zoned = true;
        } else if (c.end - c.p == 3 && c.p[0] == 'U' && c.p[1] == 'T' && c.p[2] == 'C') {
            c.p += 3;
            zoned = true;
        } else if (!c.atEnd() && (*c.p == '+' || *c.p == '-')) {
            const int sign = *c.p++ == '-' ? -1 : 1;
            int oh = 0, om = 0;
            if (!c.digits(2, &oh)) return false;
            if (c.eat(':')) {
                if (!c.digits(2, &om)) return false;
            } else if (!c.atEnd() && !c.digits(2, &om)) {
                return false;
            }
            if (oh > 18 || om > 59) return false;
            offsetMinutes = sign * (oh * 60 + om);
            zoned = true;
        }
        if (!c.atEnd()) return false;
        if (h > 23 || mi > 59 || s > 59) return false;
    }
    *naive = !zoned;
    *micros =
        ((daysFromCivil(y, mo, d) * 24 + h) * 3600 + mi * 60 + s - offsetMinutes * 60) * 1000000ll +
        frac;
    return true;
}

} // namespace waymark::Timestamp
