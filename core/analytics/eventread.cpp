// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an event log: CSV records, fields and times into the flat arrays of a Part.
#include "eventlogdetail.h"

#include "io/tablereader.h"
#include "trcontexts.h"

#include <cerrno>
#include <QDate>
#include <QDateTime>
#include <unordered_map>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace waymark::EventLogDetail {

struct Field
{
    const char *p = nullptr;
    size_t n = 0;
    bool escaped = false; // holds doubled quotes
};

// One CSV record (RFC 4180) from `p`: the first `need` fields into `fields`, their count into
// *count, newlines inside quotes into *lines. Returns where the next record starts, or
// nullptr when a quote is never closed.
// Where an unquoted field ends: at the delimiter or the line end. Sixteen bytes at a time
// where the processor has SSE2 (every x86-64).
inline const char *scanField(const char *p, const char *end, const bool *special, char delim)
{
#ifdef __SSE2__
    const __m128i d = _mm_set1_epi8(delim), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int mask = _mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr)));
        if (mask) return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#else
    Q_UNUSED(delim)
#endif
    while (p < end && !special[uchar(*p)])
        ++p;
    return p;
}

const char *parseRecord(const char *p, const char *end, const bool *special, char delim,
                        Field *fields, int need, int *count, qint64 *lines)
{
    int i = 0;
    for (;;) {
        Field f{p, 0, false};
        if (p < end && *p == '"') {
            const char *q = ++p;
            for (;;) {
                q = static_cast<const char *>(std::memchr(q, '"', size_t(end - q)));
                if (!q) return nullptr;
                if (q + 1 < end && q[1] == '"') {
                    f.escaped = true;
                    q += 2;
                    continue;
                }
                break;
            }
            f.p = p;
            f.n = size_t(q - p);
            for (const char *nl = p;
                 (nl = static_cast<const char *>(std::memchr(nl, '\n', size_t(q - nl)))); ++nl)
                ++*lines;
            p = q + 1;
            while (p < end && !special[uchar(*p)]) // text after the closing quote is dropped
                ++p;
        } else {
            p = scanField(p, end, special, delim);
            f.n = size_t(p - f.p);
        }
        if (i < need) fields[i] = f;
        ++i;
        if (p >= end) {
            *count = i;
            return end;
        }
        if (*p == delim) {
            ++p;
            continue;
        }
        if (*p == '\r' && p + 1 < end && p[1] == '\n') ++p;
        *count = i;
        return p + 1;
    }
}

// The bytes that matter to CSV (the delimiter, line breaks, the quote), found 64 bytes at a
// time as a bit mask and handed out in order. Records without quotes, nearly all of a
// log, are cut into fields from these alone; a record with a quote anywhere is read by
// parseRecord.
class Structure
{
public:
    Structure(const char *end, char delim) : m_end(end), m_delim(delim) {}
    void reset(const char *p)
    {
        m_base = p;
        m_mask = maskAt(p);
    }
    // The next such byte, or the end.
    const char *next()
    {
        while (!m_mask) {
            if (m_end - m_base <= 64) return m_end;
            m_base += 64;
            m_mask = maskAt(m_base);
        }
        const char *at = m_base + __builtin_ctzll(m_mask);
        m_mask &= m_mask - 1;
        return at;
    }
    // One record from p (where reset() or the record before left off): its first `need`
    // fields, the count of all; returns where the next one starts, or nullptr when the
    // record holds a quote.
    const char *record(const char *p, Field *fields, int need, int *count)
    {
        int i = 0;
        for (;;) {
            const char *s = next();
            const char c = s < m_end ? *s : '\n';
            if (c == '"') return nullptr;
            if (i < need) fields[i] = {p, size_t(s - p), false};
            ++i;
            if (c == m_delim) {
                p = s + 1;
                continue;
            }
            *count = i;
            if (s >= m_end) return m_end;
            if (c == '\r' && s + 1 < m_end && s[1] == '\n') {
                next(); // the '\n'
                return s + 2;
            }
            return s + 1;
        }
    }

private:
    uint64_t maskAt(const char *p) const
    {
        if (m_end - p >= 64) return bits(p);
        if (p >= m_end) return 0;
        char tail[64] = {}; // the last bytes, without reading past the end of the mapping
        std::memcpy(tail, p, size_t(m_end - p));
        return bits(tail) & ((uint64_t(1) << (m_end - p)) - 1);
    }
    uint64_t bits(const char *p) const
    {
#ifdef __SSE2__
        const __m128i d = _mm_set1_epi8(m_delim), lf = _mm_set1_epi8('\n'),
                      cr = _mm_set1_epi8('\r'), quote = _mm_set1_epi8('"');
        uint64_t mask = 0;
        for (int k = 0; k < 4; ++k) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
            const __m128i hit =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, quote)));
            mask |= uint64_t(unsigned(_mm_movemask_epi8(hit))) << (16 * k);
        }
        return mask;
#else
        uint64_t mask = 0;
        for (int k = 0; k < 64; ++k)
            if (p[k] == m_delim || p[k] == '\n' || p[k] == '\r' || p[k] == '"')
                mask |= uint64_t(1) << k;
        return mask;
#endif
    }
    const char *m_base = nullptr, *m_end;
    uint64_t m_mask = 0;
    char m_delim;
};

std::string unescape(const Field &f)
{
    std::string s(f.p, f.n);
    if (!f.escaped) return s;
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        out.push_back(s[i]);
        if (s[i] == '"' && i + 1 < s.size() && s[i + 1] == '"') ++i;
    }
    return out;
}

// Wall-clock times of one zone to UTC, and UTC to the zone's calendar, by the hour.
class ZoneCache
{
public:
    explicit ZoneCache(const QTimeZone &zone) : m_zone(zone), m_utc(zone == QTimeZone::utc()) {}
    bool isUtc() const { return m_utc; }
    qint64 wallToUtc(qint64 wall)
    {
        if (m_utc) return wall;
        const qint64 hour = floorDiv(wall, 3600000000ll);
        auto it = m_wall.find(hour);
        if (it == m_wall.end()) {
            const QDateTime asUtc =
                QDateTime::fromMSecsSinceEpoch(hour * 3600000, QTimeZone::utc());
            const QDateTime local(asUtc.date(), asUtc.time(), m_zone);
            it = m_wall.emplace(hour, qint64(local.offsetFromUtc()) * 1000000).first;
        }
        return wall - it->second;
    }
    qint64 utcToWall(qint64 utc)
    {
        if (m_utc) return utc;
        const qint64 hour = floorDiv(utc, 3600000000ll);
        auto it = m_local.find(hour);
        if (it == m_local.end())
            it = m_local
                     .emplace(hour, qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(
                                        hour * 3600000, QTimeZone::utc()))) *
                                        1000000)
                     .first;
        return utc + it->second;
    }

private:
    QTimeZone m_zone;
    bool m_utc;
    std::unordered_map<qint64, qint64> m_wall, m_local;
};

// The period of a wall-clock time as a number that sorts like the periods.
int periodCode(qint64 wall, PeriodCut cut)
{
    const qint64 days = floorDiv(wall, 86400000000ll);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    switch (cut) {
    case PeriodCut::Month:
        return date.year() * 12 + date.month() - 1;
    case PeriodCut::Quarter:
        return date.year() * 4 + (date.month() - 1) / 3;
    case PeriodCut::Week: {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return weekYear * 53 + week - 1;
    }
    case PeriodCut::None:
        break;
    }
    return 0;
}

QString periodName(int code, PeriodCut cut)
{
    switch (cut) {
    case PeriodCut::Month:
        return QStringLiteral("%1-%2").arg(code / 12).arg(code % 12 + 1, 2, 10, QLatin1Char('0'));
    case PeriodCut::Quarter:
        return QStringLiteral("%1-Q%2").arg(code / 4).arg(code % 4 + 1);
    case PeriodCut::Week:
        return QStringLiteral("%1-W%2").arg(code / 53).arg(code % 53 + 1, 2, 10, QLatin1Char('0'));
    case PeriodCut::None:
        break;
    }
    return {};
}

// What one thread read of its part of the file.

bool isLifecycleSkipped(std::string_view v)
{
    static const char *const skipped[] = {"start",    "schedule", "assign",
                                          "reassign", "suspend",  "resume"};
    for (const char *s : skipped) {
        const size_t n = std::strlen(s);
        if (v.size() != n) continue;
        bool same = true;
        for (size_t i = 0; i < n && same; ++i)
            same = (v[i] | 0x20) == s[i];
        if (same) return true;
    }
    return false;
}

void readPart(const ReadSetup &setup, const char *from, const char *limit, const char *end,
              Part *part)
{
    const EventLogOptions &o = *setup.options;
    const EventLogColumns &col = o.columns;
    const int need = col.highest() + 1;
    std::vector<Field> fields(static_cast<size_t>(need));
    ZoneCache zone(o.zone);
    // The per-event arrays are sized ahead (their numbers left unset, see BigAllocator) and
    // written by index, doubled when full, and cut to the events read on the way out.
    size_t events = 0;
    const auto resizeAll = [&](size_t n) {
        part->caseOf.resize(n);
        part->actOf.resize(n);
        part->timeOf.resize(n);
        if (col.segment >= 0) part->segOf.resize(n);
        if (o.period != PeriodCut::None) part->periodOf.resize(n);
    };
    resizeAll(size_t(limit - from) / 40 + 16);
    const struct CutToEvents
    {
        const decltype(resizeAll) &resize;
        const size_t &events;
        ~CutToEvents() { resize(events); }
    } cutToEvents{resizeAll, events};
    // Room in the table for a case per 256 bytes (at most a million) saves growing it many
    // times.
    part->cases.reserve(size_t(std::min<qint64>((limit - from) / 256, 1 << 20)));
    part->begin = from;
    // The bytes parsed: in memory, all at once; from a file, a window of it read with pread(),
    // cut after its last line break and read again from the first record not finished. A
    // mapping's 4 KB pages cost a TLB miss each (a two-level page walk in a virtual machine):
    // scanning 485 MB took 375 ms through the mapping and 140 ms through read().
    // `shift` turns a pointer into the window into the same byte's place in [from, end).
    BigVector<char> window;
    const char *stop = end; // where the window's records end
    quintptr shift = 0;
    bool whole = setup.fd < 0; // the window reaches the end of the bytes
    const auto at = [&](const char *q) {
        return reinterpret_cast<const char *>(quintptr(q) + shift);
    };
    // Reads the window from `place` (in [from, end)); false when the file cannot be read.
    const auto refill = [&](const char *place) {
#ifdef Q_OS_UNIX
        if (window.empty()) window.resize(size_t(std::max<qint64>(o.windowBytes, 16)));
        for (;;) {
            const size_t want = size_t(std::min<qint64>(qint64(window.size()), end - place));
            size_t got = 0;
            while (got < want) {
                const ssize_t r = pread(setup.fd, window.data() + got, want - got,
                                        off_t(place - setup.fileStart) + off_t(got));
                if (r < 0 && errno == EINTR) continue;
                if (r <= 0) {
                    part->readError = r < 0 ? errno : EIO;
                    return false;
                }
                got += size_t(r);
            }
            shift = quintptr(place) - quintptr(window.data());
            whole = place + got == end;
            stop = window.data() + got;
            if (whole) return true;
            const void *nl = memrchr(window.data(), '\n', got);
            if (nl) {
                stop = static_cast<const char *>(nl) + 1;
                return true;
            }
            window.resize(window.size() * 2); // a line longer than the window
        }
#else
        Q_UNUSED(place)
        return false;
#endif
    };
    const char *p = from, *reported = from;
    if (setup.fd >= 0) {
        if (!refill(from)) return;
        p = window.data();
    }
    std::string scratch;
    auto fieldView = [&](const Field &f) -> std::string_view {
        if (!f.escaped) return {f.p, f.n};
        scratch = unescape(f);
        return scratch;
    };
    struct Pending
    {
        uint64_t hash;
        const char *p;
        size_t n;
        size_t at;
    };
    constexpr int BatchSize = 16;
    Pending pending[BatchSize];
    int pendingCount = 0;
    Field previousCase;
    uint64_t previousHash = 0;
    const auto flush = [&] {
        for (int i = 0; i < pendingCount; ++i)
            part->caseOf[pending[i].at] =
                part->cases.intern(pending[i].p, pending[i].n, pending[i].hash);
        pendingCount = 0;
    };
    // Equal bytes, for any length.
    const auto equalShort16 = [](const char *a, const char *b, size_t n) {
        return n <= 16 ? equalShort(a, b, n) : std::memcmp(a, b, n) == 0;
    };
    // Activities and segments are few and repeat: 64 of the latest by a cheap key of their
    // length and end bytes, before the table (whose hash reads every byte).
    struct Recent
    {
        const char *p = nullptr; // the interned copy
        size_t n = ~size_t(0);
        quint32 id = None;
    };
    Recent recentActs[64], recentSegs[64];
    const auto internRecent = [&](Interner &table, Recent *recent, std::string_view v,
                                  bool *isNew) {
        const char *q = v.data();
        const size_t n = v.size();
        uint64_t a = 0, b = 0;
        if (n >= 8) {
            std::memcpy(&a, q, 8);
            std::memcpy(&b, q + n - 8, 8);
        } else if (n >= 4) {
            quint32 x, y;
            std::memcpy(&x, q, 4);
            std::memcpy(&y, q + n - 4, 4);
            a = x;
            b = y;
        } else if (n) {
            a = uchar(q[0]) | uint64_t(uchar(q[n - 1])) << 8;
        }
        Recent &r = recent[((a ^ (b << 1) ^ n) * 0x9e3779b97f4a7c15ull) >> 58];
        if (r.n == n && equalShort16(r.p, q, n)) {
            *isNew = false;
            return r.id;
        }
        const quint32 id = table.intern(q, n, isNew);
        r = {table.at(id).data(), n, id};
        return id;
    };
    auto bad = [&](qint64 line, Bad reason, int columns, std::string_view value = {}) {
        ++part->bad;
        if (part->badRows.size() < MaxBadRowsListed)
            part->badRows.push_back({line, reason, columns, std::string(value.substr(0, 80))});
    };
    Structure structure(stop, setup.delim);
    structure.reset(p);
    // The window read again from p (the pending case ids point into it: looked up first).
    const auto moveWindow = [&] {
        flush();
        previousCase = {};
        const char *place = at(p);
        if (p == window.data()) window.resize(window.size() * 2); // a record longer than it
        if (!refill(place)) return false;
        p = window.data();
        structure = Structure(stop, setup.delim);
        structure.reset(p);
        return true;
    };
    while (at(p) < limit) {
        if (p >= stop && !moveWindow()) return;
        if (at(p) - reported >= (1 << 20)) {
            flush();
            if (o.control) {
                o.control->done += at(p) - reported;
                if (o.control->cancel) {
                    part->cancelled = true;
                    return;
                }
            }
            reported = at(p);
        }
        int count = 0;
        const qint64 line = part->lines + 1; // where the record starts, within the part
        qint64 inQuotes = 0;
        const char *next = structure.record(p, fields.data(), need, &count);
        if (!next) {
            next = parseRecord(p, stop, setup.special, setup.delim, fields.data(), need, &count,
                               &inQuotes);
            if (next) structure.reset(next);
        }
        if (!next && !whole) {
            // A quoted field goes on past the window's last line break.
            if (!moveWindow()) return;
            continue;
        }
        if (!next) {
            flush();
            part->unclosedQuoteLine = line;
            part->end = end;
            return;
        }
        part->lines = line + inQuotes;
        p = next;
        if (count == 1 && fields[0].n == 0) continue; // a blank line
        ++part->rows;
        if (count < need) {
            bad(line, Bad::ShortRow, count);
            continue;
        }
        if (col.lifecycle >= 0 && isLifecycleSkipped(fieldView(fields[size_t(col.lifecycle)]))) {
            ++part->skipped;
            continue;
        }
        const Field &cf = fields[size_t(col.caseId)];
        if (cf.n == 0) {
            bad(line, Bad::NoCase, count);
            continue;
        }
        const Field &af = fields[size_t(col.activity)];
        if (af.n == 0) {
            bad(line, Bad::NoActivity, count);
            continue;
        }
        const Field &tf = fields[size_t(col.time)];
        qint64 micros = 0;
        bool naive = false;
        if (tf.n == 0) {
            bad(line, Bad::NoTime, count);
            continue;
        }
        if (!Timestamp::parse(tf.p, tf.p + tf.n, &micros, &naive)) {
            bad(line, Bad::BadTime, count, fieldView(tf));
            continue;
        }
        if (naive) micros = zone.wallToUtc(micros);
        if (events == part->caseOf.size()) [[unlikely]]
            resizeAll(events * 2);
        if (cf.escaped) {
            flush();
            const std::string_view cv = fieldView(cf);
            part->caseOf[events] =
                part->cases.intern(cv.data(), cv.size(), hashBytes(cv.data(), cv.size()));
        } else {
            // Looked up in batches: the table's lines are fetched while the next rows are
            // read. The same case as the row before needs no hashing.
            const uint64_t h = cf.n == previousCase.n && equalShort16(previousCase.p, cf.p, cf.n)
                                   ? previousHash
                                   : hashBytes(cf.p, cf.n);
            previousCase = cf;
            previousHash = h;
            __builtin_prefetch(part->cases.slotFor(h));
            pending[pendingCount++] = {h, cf.p, cf.n, events};
            if (pendingCount == BatchSize) flush();
        }
        std::string_view av = fieldView(af);
        bool isNew = false;
        part->actOf[events] = internRecent(part->acts, recentActs, av, &isNew);
        if (isNew && !QByteArrayView(av.data(), qsizetype(av.size())).isValidUtf8())
            part->invalidUtf8 = true;
        part->timeOf[events] = micros;
        if (col.segment >= 0) {
            std::string_view sv = fieldView(fields[size_t(col.segment)]);
            if (sv.empty()) {
                part->segOf[events] = None;
            } else {
                part->segOf[events] = internRecent(part->segs, recentSegs, sv, &isNew);
                if (isNew && !QByteArrayView(sv.data(), qsizetype(sv.size())).isValidUtf8())
                    part->invalidUtf8 = true;
            }
        }
        if (o.period != PeriodCut::None)
            part->periodOf[events] = periodCode(zone.utcToWall(micros), o.period);
        ++events;
    }
    flush();
    if (o.control) o.control->done += at(p) - reported;
    part->end = at(p);
}

QString badReason(const BadRowRaw &b, int need)
{
    switch (b.reason) {
    case Bad::ShortRow:
        return Analytics::tr("the row has %n column(s), fewer than the columns chosen", nullptr,
                             b.columns);
    case Bad::NoCase:
        return Analytics::tr("no case id");
    case Bad::NoActivity:
        return Analytics::tr("no activity");
    case Bad::NoTime:
        return Analytics::tr("no time");
    case Bad::BadTime:
        return Analytics::tr("\"%1\" is not a time Waymark can read")
            .arg(QString::fromUtf8(b.value.data(), qsizetype(b.value.size())));
    }
    Q_UNUSED(need)
    return {};
}

// Lower quantile: the value at index floor((n - 1) * q) of the sorted values, q = num / den.
// `sortedUpTo`: an index whose element is in place already, with nothing greater before it

bool readHead(const char *data, qint64 size, Head *head, QString *error)
{
    const char *p = data, *end = data + size;
    const QString sample = QString::fromUtf8(p, qMin<qint64>(end - p, 64 * 1024));
    head->delim = char(TableReader::detectDelimiter(sample).unicode());
    bool special[256] = {};
    special[uchar(head->delim)] = special[uchar('\n')] = special[uchar('\r')] = true;
    std::vector<Field> fields(4096);
    int count = 0;
    qint64 lines = 0;
    const char *next = parseRecord(p, end, special, head->delim, fields.data(), int(fields.size()),
                                   &count, &lines);
    if (!next) {
        *error = Storage::tr("line %1: a quoted field starts here and is never closed "
                             "(a \" is missing)")
                     .arg(1);
        return false;
    }
    for (int i = 0; i < std::min<int>(count, int(fields.size())); ++i) {
        const std::string s = unescape(fields[size_t(i)]);
        head->header.append(QString::fromUtf8(s.data(), qsizetype(s.size())));
    }
    head->dataStart = next - data;
    return true;
}

} // namespace waymark::EventLogDetail
