// SPDX-License-Identifier: GPL-3.0-or-later
// Timestamps of event logs, read without QDateTime: a log has millions of them.
#include "eventlog.h"

#include <array>
#include <cstring>

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

// Days from 1970-01-01 to 1 January of the years 1900 to 2156, and the months' lengths.
constexpr int FirstYear = 1900, YearCount = 256;
constexpr std::array<int, YearCount + 1> yearStarts = [] {
    std::array<int, YearCount + 1> starts{};
    for (int i = 0; i <= YearCount; ++i) {
        const int y = FirstYear + i - 1; // the years before, with their leap days
        starts[size_t(i)] = (y - 1969) * 365 + (y / 4 - y / 100 + y / 400) - 477;
    }
    return starts;
}();
static_assert(yearStarts[70] == 0 && yearStarts[100] == 10957); // 1970-01-01, 2000-01-01
constexpr int monthDays[2][12] = {{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
                                  {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}};
constexpr int daysBefore[2][12] = {{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334},
                                   {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335}};

// Eight bytes are all ASCII digits (bytes of value 0x80 and above are caught too: a carry
// or borrow between bytes only ever comes from a byte that fails itself).
inline bool allDigits(uint64_t x)
{
    return (((x + 0x4646464646464646ull) | (x - 0x3030303030303030ull)) & 0x8080808080808080ull) ==
           0;
}

// The usual forms, 2026-03-29T10:02:03 with 'T' or a space, then nothing, 'Z' or +01:00,
// read eight bytes at a time. False sends the text to the general reader below.
inline bool usual(const char *b, size_t n, qint64 *micros, bool *naive)
{
    if (n != 19 && n != 20 && n != 25) return false;
    uint64_t w0, w1, w2 = 0;
    std::memcpy(&w0, b, 8);      // YYYY-MM-
    std::memcpy(&w1, b + 8, 8);  // DDTHH:MM
    std::memcpy(&w2, b + 16, 3); // :SS
    const unsigned t = unsigned(w1 >> 16) & 0xff;
    if ((w0 & 0xff0000ff00000000ull) != 0x2d00002d00000000ull || (t != 'T' && t != ' ') ||
        (w1 & 0x0000ff0000000000ull) != 0x00003a0000000000ull || (w2 & 0xff) != ':')
        return false;
    // The separators become '0' for the digit test.
    const uint64_t d0 = (w0 & ~0xff0000ff00000000ull) | 0x3000003000000000ull;
    const uint64_t d1 = (w1 & ~0x0000ff0000ff0000ull) | 0x0000300000300000ull;
    const uint64_t d2 = (w2 & ~0xffull) | 0x3030303030000030ull;
    if (!allDigits(d0) || !allDigits(d1) || !allDigits(d2)) return false;
    // Two digits (as numbers 0-9 in bytes i and i + 1) to one number in byte i, for every
    // even i at once; the odd pairs come from the word shifted by a byte.
    const auto pairs = [](uint64_t v) { return (v * 10 + (v >> 8)) & 0x00ff00ff00ff00ffull; };
    const auto byte = [](uint64_t w, int i) { return int((w >> (8 * i)) & 0xff); };
    const uint64_t v0 = d0 - 0x3030303030303030ull, v1 = d1 - 0x3030303030303030ull,
                   v2 = d2 - 0x3030303030303030ull;
    const uint64_t p0 = pairs(v0), p1 = pairs(v1);
    const int y = byte(p0, 0) * 100 + byte(p0, 2), mo = byte(pairs(v0 >> 8), 4), d = byte(p1, 0),
              h = byte(pairs(v1 >> 8), 2), mi = byte(p1, 6), s = byte(pairs(v2 >> 8), 0);
    int offset = 0; // minutes east of UTC
    if (n == 20) {
        if (b[19] != 'Z') return false;
    } else if (n == 25) {
        const char sign = b[19];
        const unsigned oh0 = unsigned(b[20] - '0'), oh1 = unsigned(b[21] - '0'),
                       om0 = unsigned(b[23] - '0'), om1 = unsigned(b[24] - '0');
        if ((sign != '+' && sign != '-') || b[22] != ':' || oh0 > 9 || oh1 > 9 || om0 > 9 ||
            om1 > 9)
            return false;
        const int oh = int(oh0 * 10 + oh1), om = int(om0 * 10 + om1);
        if (oh > 18 || om > 59) return false;
        offset = (sign == '-' ? -1 : 1) * (oh * 60 + om);
    }
    // Years 1900 to 2155 from a table; others go the general way.
    const unsigned year = unsigned(y - FirstYear);
    if (year >= YearCount || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return false;
    const int leap = yearStarts[year + 1] - yearStarts[year] - 365;
    if (d < 1 || d > monthDays[leap][mo - 1]) return false;
    const qint64 days = yearStarts[year] + daysBefore[leap][mo - 1] + d - 1;
    *naive = n == 19;
    *micros = ((days * 24 + h) * 3600 + mi * 60 + s - offset * 60) * 1000000ll;
    return true;
}

} // namespace

bool parse(const char *b, const char *e, qint64 *micros, bool *naive)
{
    if (usual(b, size_t(e - b), micros, naive)) return true;
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
