// SPDX-License-Identifier: GPL-3.0-or-later
// The event-log engine. A log of 10 million events is about 500 MB of CSV; it is read
// in place (memory-mapped), in one part per core, into a few flat arrays of numbers, then
// grouped by case and measured, again one range of cases per core. Strings are stored once
// each (case ids, activities, segments); nothing per event is a QString.
#include "eventlog.h"

#include "io/tablereader.h"
#include "trcontexts.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace waymark {

namespace {

constexpr int MaxBadRowsListed = 100;
constexpr quint32 None = 0xffffffffu;

uint64_t mix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return h;
}

uint64_t hashBytes(const char *p, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (n * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n) {
        uint64_t v = 0;
        std::memcpy(&v, p, n);
        h = (h ^ v) * 0x94d049bb133111ebull;
    }
    return mix(h);
}

// Open addressing from a 64-bit hash to an index; the caller says when two indexes mean the
// same key.
class FlatIndex
{
public:
    FlatIndex() { m_slots.assign(64, Slot{0, None}); }
    void prefetch(uint64_t hash) const
    {
        __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
    }
    template <typename Equal, typename Insert>
    quint32 findOrInsert(uint64_t hash, Equal equal, Insert insert)
    {
        size_t i = hash & (m_slots.size() - 1);
        for (;;) {
            Slot &s = m_slots[i];
            if (s.index == None) {
                const quint32 index = insert();
                s = {hash, index};
                if (++m_used * 2 > m_slots.size()) grow();
                return index;
            }
            if (s.hash == hash && equal(s.index)) return s.index;
            i = (i + 1) & (m_slots.size() - 1);
        }
    }

private:
    struct Slot
    {
        uint64_t hash;
        quint32 index;
    };
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2, Slot{0, None});
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.index == None) continue;
            size_t i = s.hash & (m_slots.size() - 1);
            while (m_slots[i].index != None)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = s;
        }
    }
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

// n bytes equal, for keys of up to 16 bytes, reading no byte beyond either.
bool equalShort(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        uint64_t x, y, u, v;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        std::memcpy(&u, a + n - 8, 8);
        std::memcpy(&v, b + n - 8, 8);
        return x == y && u == v;
    }
    if (n >= 4) {
        quint32 x, y, u, v;
        std::memcpy(&x, a, 4);
        std::memcpy(&y, b, 4);
        std::memcpy(&u, a + n - 4, 4);
        std::memcpy(&v, b + n - 4, 4);
        return x == y && u == v;
    }
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

// Each distinct string once, numbered in the order first seen. Keys of up to 16 bytes (most
// case ids) sit in the table itself, so that a lookup touches one cache line.
class Interner
{
public:
    Interner() { m_slots.assign(1024, Slot{}); }
    static uint64_t hash(const char *p, size_t n) { return hashBytes(p, n); }
    quint32 intern(const char *p, size_t n, bool *isNew = nullptr)
    {
        return intern(p, n, hash(p, n), isNew);
    }
    quint32 intern(const char *p, size_t n, uint64_t h, bool *isNew = nullptr)
    {
        size_t i = h & (m_slots.size() - 1);
        for (;;) {
            Slot &s = m_slots[i];
            if (s.index == None) break;
            if (s.hash == h && s.length == n &&
                (n <= 16 ? equalShort(s.key, p, n)
                         : std::memcmp(m_strings[s.index].data(), p, n) == 0)) {
                if (isNew) *isNew = false;
                return s.index;
            }
            i = (i + 1) & (m_slots.size() - 1);
        }
        Slot &s = m_slots[i];
        s.hash = h;
        s.length = quint32(n);
        s.index = quint32(m_strings.size());
        if (n <= 16) std::memcpy(s.key, p, n);
        m_strings.push_back(store(p, n));
        m_hashes.push_back(h);
        if (isNew) *isNew = true;
        const quint32 id = s.index;
        if (m_strings.size() * 2 > m_slots.size()) grow();
        return id;
    }
    // The id of a string, or None; reads only (threads may look up at once).
    quint32 find(const char *p, size_t n, uint64_t h) const
    {
        size_t i = h & (m_slots.size() - 1);
        for (;;) {
            const Slot &s = m_slots[i];
            if (s.index == None) return None;
            if (s.hash == h && s.length == n &&
                (n <= 16 ? equalShort(s.key, p, n)
                         : std::memcmp(m_strings[s.index].data(), p, n) == 0))
                return s.index;
            i = (i + 1) & (m_slots.size() - 1);
        }
    }
    // Where the lookup of hash h starts, to prefetch.
    const void *slotFor(uint64_t h) const { return &m_slots[h & (m_slots.size() - 1)]; }
    quint32 size() const { return quint32(m_strings.size()); }
    std::string_view at(quint32 id) const { return m_strings[id]; }
    uint64_t hashOf(quint32 id) const { return m_hashes[id]; }
    // Room for n strings in all, without growing on the way.
    void reserve(size_t n)
    {
        while (n * 2 > m_slots.size())
            grow();
        m_strings.reserve(n);
        m_hashes.reserve(n);
    }

private:
    struct Slot
    {
        uint64_t hash = 0;
        quint32 index = None;
        quint32 length = 0;
        char key[16];
    };
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2, Slot{});
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.index == None) continue;
            size_t i = s.hash & (m_slots.size() - 1);
            while (m_slots[i].index != None)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = s;
        }
    }
    std::string_view store(const char *p, size_t n)
    {
        if (n > BlockSize / 4) {
            m_blocks.emplace_back(new char[n]);
            std::memcpy(m_blocks.back().get(), p, n);
            return {m_blocks.back().get(), n};
        }
        if (n > m_left) {
            m_blocks.emplace_back(new char[BlockSize]);
            m_free = m_blocks.back().get();
            m_left = BlockSize;
        }
        std::memcpy(m_free, p, n);
        const std::string_view s(m_free, n);
        m_free += n;
        m_left -= n;
        return s;
    }
    static constexpr size_t BlockSize = 1 << 20;
    std::vector<Slot> m_slots;
    std::vector<std::string_view> m_strings;
    std::vector<uint64_t> m_hashes;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_free = nullptr;
    size_t m_left = 0;
};

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

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
    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - (a % b < 0); }

private:
    QTimeZone m_zone;
    bool m_utc;
    std::unordered_map<qint64, qint64> m_wall, m_local;
};

// The period of a wall-clock time as a number that sorts like the periods.
int periodCode(qint64 wall, PeriodCut cut)
{
    const qint64 days = ZoneCache::floorDiv(wall, 86400000000ll);
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

enum class Bad : quint8
{
    ShortRow,
    NoCase,
    NoActivity,
    NoTime,
    BadTime
};

struct BadRowRaw
{
    qint64 line; // within the part
    Bad reason;
    int columns;
    std::string value;
};

// What one thread read of its part of the file.
struct Part
{
    const char *begin = nullptr, *end = nullptr; // where it started and stopped
    std::vector<quint32> caseOf, actOf, segOf;
    std::vector<qint64> timeOf;
    std::vector<int> periodOf;
    Interner cases, acts, segs;
    qint64 rows = 0, lines = 0, bad = 0, skipped = 0;
    std::vector<BadRowRaw> badRows;
    bool invalidUtf8 = false, cancelled = false;
    qint64 unclosedQuoteLine = -1;
};

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

struct ReadSetup
{
    const EventLogOptions *options;
    char delim;
    bool special[256];
    bool mapped; // the bytes are a file mapping whose read pages may be dropped
};

void readPart(const ReadSetup &setup, const char *from, const char *limit, const char *end,
              Part *part)
{
    const EventLogOptions &o = *setup.options;
    const EventLogColumns &col = o.columns;
    const int need = col.highest() + 1;
    std::vector<Field> fields(static_cast<size_t>(need));
    ZoneCache zone(o.zone);
    const size_t guess = size_t(limit - from) / 40 + 16;
    part->caseOf.reserve(guess);
    part->actOf.reserve(guess);
    part->timeOf.reserve(guess);
    if (col.segment >= 0) part->segOf.reserve(guess);
    if (o.period != PeriodCut::None) part->periodOf.reserve(guess);
    // Room for a case per 256 bytes (at most a million) saves growing the table many times.
    part->cases.reserve(size_t(std::min<qint64>((limit - from) / 256, 1 << 20)));
    part->begin = from;
    const char *p = from, *reported = from, *dropped = from;
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
    auto bad = [&](qint64 line, Bad reason, int columns, std::string_view value = {}) {
        ++part->bad;
        if (part->badRows.size() < MaxBadRowsListed)
            part->badRows.push_back({line, reason, columns, std::string(value.substr(0, 80))});
    };
    while (p < limit) {
        if (p - reported >= (1 << 20)) {
            flush();
            if (o.control) {
                o.control->done += p - reported;
                if (o.control->cancel) {
                    part->cancelled = true;
                    return;
                }
            }
            reported = p;
#ifdef Q_OS_UNIX
            // Pages read stay in the process's memory until dropped.
            if (setup.mapped && p - dropped >= (32 << 20)) {
                const long page = sysconf(_SC_PAGESIZE);
                const auto start = (quintptr(dropped) + quintptr(page) - 1) & ~quintptr(page - 1);
                const auto stop = quintptr(p) & ~quintptr(page - 1);
                if (stop > start)
                    madvise(reinterpret_cast<void *>(start), stop - start, MADV_DONTNEED);
                dropped = p;
            }
#endif
        }
        int count = 0;
        const qint64 line = part->lines + 1; // where the record starts, within the part
        qint64 inQuotes = 0;
        const char *next =
            parseRecord(p, end, setup.special, setup.delim, fields.data(), need, &count, &inQuotes);
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
        if (cf.escaped) {
            flush();
            const std::string_view cv = fieldView(cf);
            part->caseOf.push_back(part->cases.intern(cv.data(), cv.size()));
        } else {
            // Looked up in batches: the table's lines are fetched while the next rows are
            // read. The same case as the row before needs no hashing.
            const uint64_t h = cf.n == previousCase.n && equalShort16(previousCase.p, cf.p, cf.n)
                                   ? previousHash
                                   : Interner::hash(cf.p, cf.n);
            previousCase = cf;
            previousHash = h;
            __builtin_prefetch(part->cases.slotFor(h));
            pending[pendingCount++] = {h, cf.p, cf.n, part->caseOf.size()};
            part->caseOf.push_back(None);
            if (pendingCount == BatchSize) flush();
        }
        std::string_view av = fieldView(af);
        bool isNew = false;
        part->actOf.push_back(part->acts.intern(av.data(), av.size(), &isNew));
        if (isNew && !QByteArrayView(av.data(), qsizetype(av.size())).isValidUtf8())
            part->invalidUtf8 = true;
        part->timeOf.push_back(micros);
        if (col.segment >= 0) {
            std::string_view sv = fieldView(fields[size_t(col.segment)]);
            if (sv.empty()) {
                part->segOf.push_back(None);
            } else {
                part->segOf.push_back(part->segs.intern(sv.data(), sv.size(), &isNew));
                if (isNew && !QByteArrayView(sv.data(), qsizetype(sv.size())).isValidUtf8())
                    part->invalidUtf8 = true;
            }
        }
        if (o.period != PeriodCut::None)
            part->periodOf.push_back(periodCode(zone.utcToWall(micros), o.period));
    }
    flush();
    if (o.control) o.control->done += p - reported;
    part->end = p;
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
// (a lower quantile found before), so that only the rest is searched.
double quantile(std::vector<qint64> &v, int num, int den, size_t sortedUpTo = 0)
{
    const size_t k = (v.size() - 1) * size_t(num) / size_t(den);
    const auto from = v.begin() + qsizetype(k >= sortedUpTo ? sortedUpTo : 0);
    std::nth_element(from, v.begin() + qsizetype(k), v.end());
    return double(v[k]) / 1e6;
}

// Figures of cases, per slice and activity, from one range of cases.
struct Tally
{
    struct Acc
    {
        qint64 events = 0, reach = 0, repeaters = 0, exits = 0, entries = 0, selfLoops = 0,
               repetitions = 0;
        double positions = 0; // the events' places in their cases, 0 (first) to 1 (last)
    };
    std::vector<Acc> acc;                   // slice * A + activity
    std::vector<std::vector<qint64>> dwell; // slice * A + activity
    std::vector<qint64> sliceCases, sliceEvents;
    std::vector<std::vector<qint64>> throughput;                                  // per slice
    std::vector<qint64> stageReached, stageConverted, closedReached, closedCases; // slice * S
    struct Transition
    {
        quint32 from, to;
        qint64 count = 0;
        std::vector<qint64> dwell;
    };
    FlatIndex transitionIndex;
    std::vector<quint32> denseTransitions; // from * A + to, when A is small
    std::vector<Transition> transitions;
    FlatIndex variantIndex;
    std::vector<quint32> variantPool;
    struct Variant
    {
        size_t offset, length;
        qint64 count;
    };
    std::vector<Variant> variants;
};

struct Grouped
{
    quint32 activities = 0, segments = 0, periods = 0, stages = 0;
    std::vector<qint64> caseStart; // offsets into the arrays below, per case
    std::vector<qint64> time;      // by case, then (time, file order)
    std::vector<quint32> act, seg; // seg: None = no segment
    std::vector<quint16> period;   // index into the sorted periods
    std::vector<int> stageOfAct;   // -1 = not staged
    quint32 slices() const { return (periods + 1) * (segments + 1); }
    quint32 slice(int p, int s) const { return quint32(p + 1) * (segments + 1) + quint32(s + 1); }
};

void tallyCases(const Grouped &g, size_t firstCase, size_t lastCase, Tally *t)
{
    const quint32 A = g.activities, N = g.slices(), S = g.stages;
    t->acc.assign(size_t(N) * A, {});
    t->dwell.assign(size_t(N) * A, {});
    t->sliceCases.assign(N, 0);
    t->sliceEvents.assign(N, 0);
    t->throughput.assign(N, {});
    t->stageReached.assign(size_t(N) * S, 0);
    t->stageConverted.assign(size_t(N) * S, 0);
    t->closedReached.assign(size_t(N) * S, 0);
    t->closedCases.assign(N, 0);
    if (A <= 1024) t->denseTransitions.assign(size_t(A) * A, None);
    // Each activity's and each transition's dwell times in one allocation: counted first.
    {
        std::vector<qint64> perActivity(A, 0);
        for (qint64 i = g.caseStart[firstCase]; i < g.caseStart[lastCase]; ++i)
            ++perActivity[g.act[size_t(i)]];
        for (quint32 a = 0; a < A; ++a)
            t->dwell[a].reserve(size_t(perActivity[a]));
        if (!t->denseTransitions.empty()) {
            std::vector<qint64> pairs(size_t(A) * A, 0);
            for (size_t c = firstCase; c < lastCase; ++c)
                for (qint64 i = g.caseStart[c] + 1; i < g.caseStart[c + 1]; ++i)
                    ++pairs[size_t(g.act[size_t(i - 1)]) * A + g.act[size_t(i)]];
            for (quint32 from = 0; from < A; ++from)
                for (quint32 to = 0; to < A; ++to) {
                    const qint64 n = pairs[size_t(from) * A + to];
                    if (!n) continue;
                    const uint64_t key = (uint64_t(from) << 32) | to;
                    const quint32 ti = t->transitionIndex.findOrInsert(
                        mix(key * 0x9e3779b97f4a7c15ull), [](quint32) { return false; },
                        [&] {
                            t->transitions.push_back({from, to, 0, {}});
                            return quint32(t->transitions.size() - 1);
                        });
                    t->transitions[ti].dwell.reserve(size_t(n));
                    t->denseTransitions[size_t(from) * A + to] = ti;
                }
        }
    }
    std::vector<quint32> stamp(size_t(N) * A, None), seen(size_t(N) * A, 0);
    std::vector<quint32> lastAt(A, None); // the case's last position at each activity
    std::vector<quint32> path;
    std::vector<uint64_t> pathHash(lastCase - firstCase);
    std::vector<qint64> stageFirst(S), stageLast(S);
    const bool sliced = N > 1;
    quint32 slicesOf[4];
    for (size_t c = firstCase; c < lastCase; ++c) {
        const qint64 b = g.caseStart[c], e = g.caseStart[c + 1];
        path.clear();
        for (qint64 i = b; i < e; ++i) {
            const quint32 a = g.act[size_t(i)];
            int n = 1;
            slicesOf[0] = 0;
            if (sliced) {
                const int p = g.periods ? int(g.period[size_t(i)]) : -1;
                const int s = g.segments && g.seg[size_t(i)] != None ? int(g.seg[size_t(i)]) : -1;
                if (p >= 0) slicesOf[n++] = g.slice(p, -1);
                if (s >= 0) slicesOf[n++] = g.slice(-1, s);
                if (p >= 0 && s >= 0) slicesOf[n++] = g.slice(p, s);
            }
            const bool last = i + 1 == e, first = i == b;
            const bool selfLoop = !last && g.act[size_t(i + 1)] == a;
            // Back at an activity of this case after others.
            const bool repetition = lastAt[a] == quint32(c) && !first && g.act[size_t(i - 1)] != a;
            for (int k = 0; k < n; ++k) {
                const size_t slot = size_t(slicesOf[k]) * A + a;
                Tally::Acc &x = t->acc[slot];
                ++x.events;
                ++t->sliceEvents[slicesOf[k]];
                if (stamp[slot] != quint32(c)) {
                    stamp[slot] = quint32(c);
                    seen[slot] = 1;
                    ++x.reach;
                } else if (++seen[slot] == 2) {
                    ++x.repeaters;
                }
                x.exits += last;
                x.entries += first;
                x.selfLoops += selfLoop;
                x.repetitions += repetition;
                x.positions += e - b > 1 ? double(i - b) / double(e - b - 1) : 0.0;
                if (!last) t->dwell[slot].push_back(g.time[size_t(i + 1)] - g.time[size_t(i)]);
            }
            lastAt[a] = quint32(c);
            if (path.empty() || path.back() != a) path.push_back(a);
            if (!last) {
                const quint32 to = g.act[size_t(i + 1)];
                const uint64_t key = (uint64_t(a) << 32) | to;
                quint32 *dense = t->denseTransitions.empty()
                                     ? nullptr
                                     : &t->denseTransitions[size_t(a) * A + to];
                const quint32 ti =
                    dense && *dense != None
                        ? *dense
                        : t->transitionIndex.findOrInsert(
                              mix(key * 0x9e3779b97f4a7c15ull),
                              [&](quint32 j) {
                                  return t->transitions[j].from == a && t->transitions[j].to == to;
                              },
                              [&] {
                                  t->transitions.push_back({a, to, 0, {}});
                                  return quint32(t->transitions.size() - 1);
                              });
                if (dense) *dense = ti;
                ++t->transitions[ti].count;
                t->transitions[ti].dwell.push_back(g.time[size_t(i + 1)] - g.time[size_t(i)]);
            }
        }
        // A case counts in the period and segment of its first event.
        int n = 1;
        quint32 caseSlices[4] = {0, 0, 0, 0};
        if (sliced) {
            const int p = g.periods ? int(g.period[size_t(b)]) : -1;
            const int s = g.segments && g.seg[size_t(b)] != None ? int(g.seg[size_t(b)]) : -1;
            if (p >= 0) caseSlices[n++] = g.slice(p, -1);
            if (s >= 0) caseSlices[n++] = g.slice(-1, s);
            if (p >= 0 && s >= 0) caseSlices[n++] = g.slice(p, s);
        }
        const qint64 through = g.time[size_t(e - 1)] - g.time[size_t(b)];
        for (int k = 0; k < n; ++k) {
            ++t->sliceCases[caseSlices[k]];
            t->throughput[caseSlices[k]].push_back(through);
        }
        // Variant: the path with repeats collapsed; looked up below, in batches.
        uint64_t h = 0x12345678ull ^ path.size();
        for (quint32 a : path)
            h = mix((h ^ a) * 0x9e3779b97f4a7c15ull);
        pathHash[c - firstCase] = h;
        if (S) {
            std::fill(stageFirst.begin(), stageFirst.end(), -1);
            std::fill(stageLast.begin(), stageLast.end(), -1);
            int firstStage = -1;
            for (qint64 i = b; i < e; ++i) {
                const int st = g.stageOfAct[g.act[size_t(i)]];
                if (st < 0) continue;
                if (firstStage < 0) firstStage = st;
                if (stageFirst[size_t(st)] < 0) stageFirst[size_t(st)] = i;
                stageLast[size_t(st)] = i;
            }
            // Closed funnel: entered at the first stage, then each stage after the one before.
            bool closed = firstStage == 0;
            for (int k = 0; k < n; ++k) {
                const size_t base = size_t(caseSlices[k]) * S;
                if (closed) ++t->closedCases[caseSlices[k]];
                bool inOrder = closed;
                for (quint32 st = 0; st < S; ++st) {
                    if (stageFirst[st] < 0) {
                        inOrder = false;
                        continue;
                    }
                    ++t->stageReached[base + st];
                    // Open: reached st after having been at st - 1.
                    if (st > 0 && stageFirst[st - 1] >= 0 && stageLast[st] > stageFirst[st - 1])
                        ++t->stageConverted[base + st];
                    if (inOrder && st > 0 && stageLast[st] < stageFirst[st - 1]) inOrder = false;
                    if (inOrder) ++t->closedReached[base + st];
                }
            }
        }
    }
    // Variants, with the table's lines fetched a few cases ahead.
    for (size_t c = firstCase; c < lastCase; ++c) {
        if (c + 8 < lastCase) t->variantIndex.prefetch(pathHash[c + 8 - firstCase]);
        path.clear();
        for (qint64 i = g.caseStart[c]; i < g.caseStart[c + 1]; ++i)
            if (path.empty() || path.back() != g.act[size_t(i)]) path.push_back(g.act[size_t(i)]);
        const quint32 vi = t->variantIndex.findOrInsert(
            pathHash[c - firstCase],
            [&](quint32 j) {
                const Tally::Variant &v = t->variants[j];
                return v.length == path.size() &&
                       std::equal(path.begin(), path.end(),
                                  t->variantPool.begin() + qsizetype(v.offset));
            },
            [&] {
                t->variants.push_back({t->variantPool.size(), path.size(), 0});
                t->variantPool.insert(t->variantPool.end(), path.begin(), path.end());
                return quint32(t->variants.size() - 1);
            });
        ++t->variants[vi].count;
    }
}

void merge(Tally *into, Tally &&from)
{
    for (size_t i = 0; i < into->acc.size(); ++i) {
        Tally::Acc &a = into->acc[i];
        const Tally::Acc &b = from.acc[i];
        a.events += b.events;
        a.reach += b.reach;
        a.repeaters += b.repeaters;
        a.exits += b.exits;
        a.entries += b.entries;
        a.selfLoops += b.selfLoops;
        a.repetitions += b.repetitions;
        a.positions += b.positions;
        auto &d = into->dwell[i];
        d.insert(d.end(), from.dwell[i].begin(), from.dwell[i].end());
        std::vector<qint64>().swap(from.dwell[i]);
    }
    for (size_t i = 0; i < into->sliceCases.size(); ++i) {
        into->sliceCases[i] += from.sliceCases[i];
        into->sliceEvents[i] += from.sliceEvents[i];
        into->closedCases[i] += from.closedCases[i];
        auto &t = into->throughput[i];
        t.insert(t.end(), from.throughput[i].begin(), from.throughput[i].end());
    }
    for (size_t i = 0; i < into->stageReached.size(); ++i) {
        into->stageReached[i] += from.stageReached[i];
        into->stageConverted[i] += from.stageConverted[i];
        into->closedReached[i] += from.closedReached[i];
    }
    for (Tally::Transition &tr : from.transitions) {
        const uint64_t key = (uint64_t(tr.from) << 32) | tr.to;
        const quint32 ti = into->transitionIndex.findOrInsert(
            mix(key * 0x9e3779b97f4a7c15ull),
            [&](quint32 j) {
                return into->transitions[j].from == tr.from && into->transitions[j].to == tr.to;
            },
            [&] {
                into->transitions.push_back({tr.from, tr.to, 0, {}});
                return quint32(into->transitions.size() - 1);
            });
        Tally::Transition &t = into->transitions[ti];
        t.count += tr.count;
        t.dwell.insert(t.dwell.end(), tr.dwell.begin(), tr.dwell.end());
    }
    for (const Tally::Variant &v : from.variants) {
        const auto begin = from.variantPool.begin() + qsizetype(v.offset);
        uint64_t h = 0x12345678ull ^ v.length;
        for (size_t i = 0; i < v.length; ++i)
            h = mix((h ^ begin[qsizetype(i)]) * 0x9e3779b97f4a7c15ull);
        const quint32 vi = into->variantIndex.findOrInsert(
            h,
            [&](quint32 j) {
                const Tally::Variant &w = into->variants[j];
                return w.length == v.length &&
                       std::equal(begin, begin + qsizetype(v.length),
                                  into->variantPool.begin() + qsizetype(w.offset));
            },
            [&] {
                into->variants.push_back({into->variantPool.size(), v.length, 0});
                into->variantPool.insert(into->variantPool.end(), begin,
                                         begin + qsizetype(v.length));
                return quint32(into->variants.size() - 1);
            });
        into->variants[vi].count += v.count;
    }
}

template <typename F> void inParallel(int threads, F work)
{
    std::vector<std::thread> pool;
    for (int k = 1; k < threads; ++k)
        pool.emplace_back(work, k);
    work(0);
    for (std::thread &t : pool)
        t.join();
}

std::optional<EventLogAnalysis> analyzeUtf8(const char *data, qint64 size, bool mapped,
                                            const EventLogOptions &options, EventLogAnalysis result,
                                            QString *error);

} // namespace

// ---- columns ----

int EventLogColumns::highest() const
{
    return std::max({caseId, time, activity, segment, channel, lifecycle, resource});
}

bool EventLogColumns::byName(const QStringList &header, const QString &name, int *column)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header[i].trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *column = int(i);
            return true;
        }
    return false;
}

int EventLogColumns::find(const QStringList &header, std::initializer_list<const char *> names,
                          int avoid1, int avoid2)
{
    const auto norm = [](QString s) {
        s = s.trimmed().toLower();
        s.remove(u' ');
        s.remove(u'_');
        s.remove(u'-');
        return s;
    };
    for (const char *n : names) {
        const QString wanted = norm(QString::fromUtf8(n));
        for (qsizetype i = 0; i < header.size(); ++i)
            if (int(i) != avoid1 && int(i) != avoid2 && norm(header[i]) == wanted) return int(i);
    }
    return -1;
}

EventLogColumns EventLogColumns::guess(const QStringList &header)
{
    const auto find = [&](std::initializer_list<const char *> names, int avoid1 = -1,
                          int avoid2 = -1) {
        return EventLogColumns::find(header, names, avoid1, avoid2);
    };
    EventLogColumns c;
    c.caseId = find({"case:concept:name", "case_id", "caseid", "case", "customer_id", "customer",
                     "kunde", "kundennummer", "session_id", "session", "ticket_id", "ticket",
                     "user_id", "user", "patient", "fall", "vorgang"});
    c.time = find({"time:timestamp", "timestamp", "time", "datetime", "date", "event_time",
                   "zeitstempel", "zeit", "datum"},
                  c.caseId);
    c.activity = find({"concept:name", "activity", "event", "touchpoint", "page", "step", "action",
                       "handling", "aktivität", "ereignis", "seite", "schritt"},
                      c.caseId, c.time);
    c.channel = find({"channel", "kanal"});
    c.segment = find({"segment", "case:segment", "kundensegment"});
    c.lifecycle = find(
        {"lifecycle:transition", "lifecycle", "transition", "registration_type", "status_type"});
    c.resource = find({"org:resource", "resource", "employee", "agent", "mitarbeiter"});
    return c;
}

QString toKey(PeriodCut cut)
{
    switch (cut) {
    case PeriodCut::Week:
        return QStringLiteral("week");
    case PeriodCut::Month:
        return QStringLiteral("month");
    case PeriodCut::Quarter:
        return QStringLiteral("quarter");
    case PeriodCut::None:
        break;
    }
    return QStringLiteral("none");
}

bool fromKey(const QString &key, PeriodCut *out)
{
    for (PeriodCut c : {PeriodCut::None, PeriodCut::Week, PeriodCut::Month, PeriodCut::Quarter})
        if (toKey(c) == key) {
            *out = c;
            return true;
        }
    return false;
}

// ---- reading ----

namespace {

struct Head
{
    char delim = ',';
    QStringList header;
    qint64 dataStart = 0; // after the header
};

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

std::optional<EventLogAnalysis> analyzeMemory(const char *data, qint64 size, bool mapped,
                                              const EventLogOptions &options, QString *error)
{
    if (size == 0) {
        *error = Storage::tr("the file is empty");
        return std::nullopt;
    }
    const QByteArray headBytes(data, qMin<qint64>(size, 4096));
    if (headBytes.startsWith("PK\x03\x04")) {
        *error = Analytics::tr("this is a ZIP archive (an Excel workbook?); event logs are read "
                               "from CSV files: save the sheet as CSV");
        return std::nullopt;
    }
    const TableReader::TextEncoding enc = TableReader::detectEncoding(headBytes);
    if (enc.name.isEmpty()) {
        *error = Storage::tr("the file holds NUL bytes; it is not a text table");
        return std::nullopt;
    }
    if (enc.name != QLatin1String("UTF-8")) {
        // UTF-16 or UTF-32: turned into UTF-8 once, then read like any other.
        const QByteArray utf8 =
            TableReader::decode(QByteArrayView(data + enc.bomBytes, size - enc.bomBytes), enc.name)
                .toUtf8();
        EventLogAnalysis result;
        result.encoding = enc.name;
        return analyzeUtf8(utf8.constData(), utf8.size(), false, options, std::move(result), error);
    }
    EventLogAnalysis result;
    result.encoding = enc.name;
    error->clear();
    auto r = analyzeUtf8(data + enc.bomBytes, size - enc.bomBytes, mapped, options, result, error);
    if (r || !error->isEmpty()) return r;
    // Not UTF-8 after all: read as Windows-1252.
    const QByteArray utf8 =
        TableReader::decode(QByteArrayView(data + enc.bomBytes, size - enc.bomBytes),
                            QStringLiteral("Windows-1252"))
            .toUtf8();
    result.encoding = QStringLiteral("Windows-1252");
    return analyzeUtf8(utf8.constData(), utf8.size(), false, options, std::move(result), error);
}

// Returns nullopt with an empty *error when the text is not UTF-8.
std::optional<EventLogAnalysis> analyzeUtf8(const char *data, qint64 size, bool mapped,
                                            const EventLogOptions &options, EventLogAnalysis result,
                                            QString *error)
{
    // WAYMARK_TIMING=1 prints how long each step took, for the benchmark.
    static const bool timing = qEnvironmentVariableIsSet("WAYMARK_TIMING");
    QElapsedTimer clock;
    clock.start();
    const auto phase = [&](const char *name) {
        if (timing) fprintf(stderr, "eventlog: %-10s %6lld ms\n", name, clock.restart());
    };
    Head head;
    if (!readHead(data, size, &head, error)) return std::nullopt;
    result.header = head.header;
    result.delimiter = QChar(char16_t(uchar(head.delim)));
    const EventLogColumns &col = options.columns;
    if (!col.complete()) {
        *error = Analytics::tr("choose the case, time and activity columns");
        return std::nullopt;
    }
    if (col.highest() >= head.header.size()) {
        *error = Analytics::tr("the header has %n column(s); the columns chosen need more", nullptr,
                               int(head.header.size()));
        return std::nullopt;
    }
    ReadSetup setup{&options, head.delim, {}, mapped};
    setup.special[uchar(head.delim)] = setup.special[uchar('\n')] = setup.special[uchar('\r')] =
        true;
    const char *begin = data + head.dataStart, *end = data + size;
    if (options.control) options.control->total = end - begin;

    // Parts start after a line break near equal cuts; a part is right when the part before
    // it ended exactly there (a cut inside a quoted field is caught that way).
    int threads =
        options.threads > 0 ? options.threads : std::clamp(QThread::idealThreadCount(), 1, 8);
    if (end - begin < options.minPartBytes * 2) threads = 1;
    std::vector<const char *> starts{begin};
    for (int k = 1; k < threads; ++k) {
        const char *cut = begin + (end - begin) * k / threads;
        const char *nl = static_cast<const char *>(std::memchr(cut, '\n', size_t(end - cut)));
        const char *s = nl ? nl + 1 : end;
        if (s > starts.back() && s < end) starts.push_back(s);
    }
    threads = int(starts.size());
    starts.push_back(end);
    std::vector<Part> parts(static_cast<size_t>(threads));
    inParallel(threads, [&](int k) {
        readPart(setup, starts[size_t(k)], starts[size_t(k) + 1], end, &parts[size_t(k)]);
    });
    phase("read");
    bool aligned = true;
    for (int k = 0; k + 1 < threads; ++k)
        aligned = aligned && parts[size_t(k)].end == starts[size_t(k) + 1] &&
                  parts[size_t(k)].unclosedQuoteLine < 0;
    if (!aligned) {
        parts.clear();
        parts.resize(1);
        threads = 1;
        if (options.control) options.control->done = 0;
        readPart(setup, begin, end, end, &parts[0]);
    }
    for (const Part &p : parts)
        if (p.cancelled) {
            *error = Analytics::tr("cancelled");
            return std::nullopt;
        }
    for (const Part &p : parts)
        if (p.invalidUtf8) {
            error->clear();
            return std::nullopt;
        }
    // Line numbers: the header is line 1 (or more, with line breaks in quotes).
    qint64 lineBase = 1 + std::max<qint64>(1, std::count(data, begin, '\n'));
    for (Part &p : parts) {
        if (p.unclosedQuoteLine >= 0) {
            *error = Storage::tr("line %1: a quoted field starts here and is never closed "
                                 "(a \" is missing)")
                         .arg(lineBase + p.unclosedQuoteLine - 1);
            return std::nullopt;
        }
        result.rows += p.rows;
        result.badRowCount += p.bad;
        result.skippedRows += p.skipped;
        for (const BadRowRaw &b : p.badRows)
            if (result.badRows.size() < MaxBadRowsListed)
                result.badRows.append({lineBase + b.line - 1, badReason(b, col.highest() + 1)});
        lineBase += p.lines;
    }
    const qint64 considered = result.rows - result.skippedRows;
    *error = EventLog::tooManyBadRows(result.badRowCount, considered, options.maxBadShare,
                                      result.badRows);
    if (!error->isEmpty()) return std::nullopt;

    // One numbering for all parts: the first part's, extended by the others.
    Part &base = parts[0];
    std::vector<std::vector<quint32>> caseMap(parts.size()), actMap(parts.size()),
        segMap(parts.size());
    quint32 caseCount = base.cases.size();
    if (parts.size() == 2) {
        // Two parts (two cores): the second part's cases are looked up in the first's table
        // by both threads at once; those not there are numbered after it. No string moves.
        Part &p = parts[1];
        caseMap[1].resize(p.cases.size());
        const quint32 n = p.cases.size();
        inParallel(2, [&](int k) {
            const quint32 from = n / 2 * quint32(k), to = k ? n : n / 2;
            for (quint32 i = from; i < to; ++i) {
                if (i + 8 < to) __builtin_prefetch(base.cases.slotFor(p.cases.hashOf(i + 8)));
                caseMap[1][i] =
                    base.cases.find(p.cases.at(i).data(), p.cases.at(i).size(), p.cases.hashOf(i));
            }
        });
        for (quint32 &id : caseMap[1])
            if (id == None) id = caseCount++;
    } else {
        size_t allCases = 0;
        for (const Part &p : parts)
            allCases += p.cases.size();
        base.cases.reserve(allCases);
    }
    for (size_t k = 1; k < parts.size(); ++k) {
        Part &p = parts[k];
        if (parts.size() > 2) {
            caseMap[k].resize(p.cases.size());
            for (quint32 i = 0; i < p.cases.size(); ++i) {
                if (i + 8 < p.cases.size())
                    __builtin_prefetch(base.cases.slotFor(p.cases.hashOf(i + 8)));
                caseMap[k][i] = base.cases.intern(p.cases.at(i).data(), p.cases.at(i).size(),
                                                  p.cases.hashOf(i));
            }
            caseCount = base.cases.size();
        }
        actMap[k].resize(p.acts.size());
        for (quint32 i = 0; i < p.acts.size(); ++i)
            actMap[k][i] = base.acts.intern(p.acts.at(i).data(), p.acts.at(i).size());
        segMap[k].resize(p.segs.size());
        for (quint32 i = 0; i < p.segs.size(); ++i)
            segMap[k][i] = base.segs.intern(p.segs.at(i).data(), p.segs.at(i).size());
    }
    Grouped g;
    g.activities = base.acts.size();
    // Activities and segments sorted by name (UTF-8 byte order is code point order).
    std::vector<quint32> actOrder(g.activities), actRank(g.activities);
    for (quint32 i = 0; i < g.activities; ++i)
        actOrder[i] = i;
    std::sort(actOrder.begin(), actOrder.end(),
              [&](quint32 a, quint32 b) { return base.acts.at(a) < base.acts.at(b); });
    for (quint32 i = 0; i < g.activities; ++i) {
        actRank[actOrder[i]] = i;
        result.activities.append(text(base.acts.at(actOrder[i])));
    }
    g.segments = base.segs.size();
    std::vector<quint32> segOrder(g.segments), segRank(g.segments);
    for (quint32 i = 0; i < g.segments; ++i)
        segOrder[i] = i;
    std::sort(segOrder.begin(), segOrder.end(),
              [&](quint32 a, quint32 b) { return base.segs.at(a) < base.segs.at(b); });
    QStringList segmentNames;
    for (quint32 i = 0; i < g.segments; ++i) {
        segRank[segOrder[i]] = i;
        segmentNames.append(text(base.segs.at(segOrder[i])));
    }
    std::vector<int> periodCodes;
    for (const Part &p : parts)
        periodCodes.insert(periodCodes.end(), p.periodOf.begin(), p.periodOf.end());
    std::sort(periodCodes.begin(), periodCodes.end());
    periodCodes.erase(std::unique(periodCodes.begin(), periodCodes.end()), periodCodes.end());
    if (periodCodes.size() > 65535) {
        *error = Analytics::tr("too many periods");
        return std::nullopt;
    }
    g.periods = quint32(periodCodes.size());
    if (size_t(g.slices()) * std::max<quint32>(g.activities, 1) > 50'000'000) {
        *error = Analytics::tr("%1 activities in %2 periods and %3 segments are too many to "
                               "measure at once; choose a longer period or no segment column")
                     .arg(g.activities)
                     .arg(g.periods)
                     .arg(g.segments);
        return std::nullopt;
    }
    g.stages = quint32(std::max(0, options.stageCount));
    g.stageOfAct.assign(g.activities, -1);
    if (g.stages && options.stageOf)
        for (quint32 i = 0; i < g.activities; ++i) {
            const int st = options.stageOf(result.activities[qsizetype(i)]);
            if (st >= 0 && quint32(st) < g.stages) g.stageOfAct[i] = st;
        }

    // Group by case: count, offsets, then each range of cases filled by its own thread, in
    // file order, which the sort by time keeps for equal times.
    qint64 events = 0;
    for (const Part &p : parts)
        events += qint64(p.caseOf.size());
    if (events == 0) {
        *error = result.rows ? Analytics::tr("no row holds an event (all %n row(s) were left "
                                             "out)",
                                             nullptr, int(result.rows))
                             : Analytics::tr("the file has a header but no rows");
        return std::nullopt;
    }
    for (size_t k = 1; k < parts.size(); ++k) {
        Part &p = parts[k];
        inParallel(threads, [&](int t) {
            const size_t n = p.caseOf.size(), from = n * size_t(t) / size_t(threads),
                         to = n * size_t(t + 1) / size_t(threads);
            for (size_t i = from; i < to; ++i) {
                p.caseOf[i] = caseMap[k][p.caseOf[i]];
                p.actOf[i] = actMap[k][p.actOf[i]];
                if (!p.segOf.empty() && p.segOf[i] != None) p.segOf[i] = segMap[k][p.segOf[i]];
            }
        });
    }
    phase("merge");
    g.caseStart.assign(caseCount + 1, 0);
    for (const Part &p : parts)
        for (quint32 c : p.caseOf)
            ++g.caseStart[c + 1];
    for (quint32 c = 0; c < caseCount; ++c)
        g.caseStart[c + 1] += g.caseStart[c];
    g.time.resize(size_t(events));
    g.act.resize(size_t(events));
    if (g.segments) g.seg.resize(size_t(events));
    if (g.periods) g.period.resize(size_t(events));
    std::unordered_map<int, quint16> periodIndex;
    for (size_t i = 0; i < periodCodes.size(); ++i)
        periodIndex.emplace(periodCodes[i], quint16(i));
    threads = std::max(1, options.threads > 0 ? options.threads
                                              : std::clamp(QThread::idealThreadCount(), 1, 8));
    if (events < 100000) threads = 1;
    std::vector<size_t> caseCut(size_t(threads) + 1, caseCount);
    for (int k = 0; k < threads; ++k)
        caseCut[size_t(k)] =
            size_t(std::lower_bound(g.caseStart.begin(), g.caseStart.end(), events * k / threads) -
                   g.caseStart.begin());
    caseCut[0] = 0;
    caseCut[size_t(threads)] = caseCount;
    inParallel(threads, [&](int k) {
        const size_t lo = caseCut[size_t(k)], hi = caseCut[size_t(k) + 1];
        std::vector<qint64> fill(g.caseStart.begin() + qsizetype(lo),
                                 g.caseStart.begin() + qsizetype(hi));
        for (const Part &p : parts)
            for (size_t i = 0; i < p.caseOf.size(); ++i) {
                const quint32 c = p.caseOf[i];
                if (c < lo || c >= hi) continue;
                const size_t at = size_t(fill[c - lo]++);
                g.time[at] = p.timeOf[i];
                g.act[at] = actRank[p.actOf[i]];
                if (g.segments) g.seg[at] = p.segOf[i] == None ? None : segRank[p.segOf[i]];
                if (g.periods) g.period[at] = periodIndex.at(p.periodOf[i]);
            }
        // Each case by (time, file order): the fill kept file order.
        std::vector<size_t> order;
        std::vector<qint64> t2;
        std::vector<quint32> a2, s2;
        std::vector<quint16> p2;
        for (size_t c = lo; c < hi; ++c) {
            const size_t b = size_t(g.caseStart[c]), e = size_t(g.caseStart[c + 1]);
            if (std::is_sorted(g.time.begin() + qsizetype(b), g.time.begin() + qsizetype(e)))
                continue;
            if (e - b <= 32) {
                // Insertion sort, in place: stable, and quickest for the few events of a case.
                for (size_t i = b + 1; i < e; ++i) {
                    const qint64 t = g.time[i];
                    const quint32 a = g.act[i];
                    const quint32 s = g.segments ? g.seg[i] : 0;
                    const quint16 pd = g.periods ? g.period[i] : 0;
                    size_t j = i;
                    for (; j > b && g.time[j - 1] > t; --j) {
                        g.time[j] = g.time[j - 1];
                        g.act[j] = g.act[j - 1];
                        if (g.segments) g.seg[j] = g.seg[j - 1];
                        if (g.periods) g.period[j] = g.period[j - 1];
                    }
                    g.time[j] = t;
                    g.act[j] = a;
                    if (g.segments) g.seg[j] = s;
                    if (g.periods) g.period[j] = pd;
                }
                continue;
            }
            order.resize(e - b);
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = b + i;
            std::stable_sort(order.begin(), order.end(),
                             [&](size_t x, size_t y) { return g.time[x] < g.time[y]; });
            t2.resize(order.size());
            a2.resize(order.size());
            for (size_t i = 0; i < order.size(); ++i)
                t2[i] = g.time[order[i]], a2[i] = g.act[order[i]];
            std::copy(t2.begin(), t2.end(), g.time.begin() + qsizetype(b));
            std::copy(a2.begin(), a2.end(), g.act.begin() + qsizetype(b));
            if (g.segments) {
                s2.resize(order.size());
                for (size_t i = 0; i < order.size(); ++i)
                    s2[i] = g.seg[order[i]];
                std::copy(s2.begin(), s2.end(), g.seg.begin() + qsizetype(b));
            }
            if (g.periods) {
                p2.resize(order.size());
                for (size_t i = 0; i < order.size(); ++i)
                    p2[i] = g.period[order[i]];
                std::copy(p2.begin(), p2.end(), g.period.begin() + qsizetype(b));
            }
        }
    });
    parts.clear(); // the strings of the case ids and the raw arrays go
    phase("group");

    std::vector<Tally> tallies(static_cast<size_t>(threads));
    inParallel(threads, [&](int k) {
        tallyCases(g, caseCut[size_t(k)], caseCut[size_t(k) + 1], &tallies[size_t(k)]);
    });
    Tally &t = tallies[0];
    for (size_t k = 1; k < tallies.size(); ++k)
        merge(&t, std::move(tallies[k]));
    phase("tally");

    result.events = events;
    result.cases = caseCount;
    const quint32 A = g.activities, S = g.stages;
    // Quantiles: one slot after the other, spread over the threads.
    std::vector<ActivityStats> stats(size_t(g.slices()) * A);
    std::atomic<size_t> nextSlot{0};
    inParallel(threads, [&](int) {
        for (size_t i; (i = nextSlot++) < stats.size();) {
            const Tally::Acc &a = t.acc[i];
            ActivityStats &s = stats[i];
            s.events = a.events;
            s.reach = a.reach;
            s.repeaters = a.repeaters;
            s.exits = a.exits;
            s.entries = a.entries;
            s.selfLoops = a.selfLoops;
            s.repetitions = a.repetitions;
            s.meanPosition = a.events ? a.positions / double(a.events) : 0;
            std::vector<qint64> &d = t.dwell[i];
            if (!d.empty()) {
                s.medianDwell = quantile(d, 1, 2);
                s.p90Dwell = quantile(d, 9, 10, (d.size() - 1) / 2);
            }
            std::vector<qint64>().swap(d);
        }
    });
    phase("quantiles");
    for (quint32 n = 0; n < g.slices(); ++n) {
        const int p = int(n / (g.segments + 1)) - 1, sg = int(n % (g.segments + 1)) - 1;
        EventLogSlice slice;
        slice.period = p >= 0 ? periodName(periodCodes[size_t(p)], options.period) : QString();
        slice.segment = sg >= 0 ? segmentNames[sg] : QString();
        slice.cases = t.sliceCases[n];
        slice.events = t.sliceEvents[n];
        if (slice.events == 0 && n > 0) continue; // a segment never seen in a period
        slice.activities = QList<ActivityStats>(stats.begin() + qsizetype(n) * A,
                                                stats.begin() + qsizetype(n + 1) * A);
        if (!t.throughput[n].empty()) {
            slice.throughputMedian = quantile(t.throughput[n], 1, 2);
            slice.throughputP90 =
                quantile(t.throughput[n], 9, 10, (t.throughput[n].size() - 1) / 2);
        }
        for (quint32 st = 0; st < S; ++st) {
            slice.stageReached.append(t.stageReached[size_t(n) * S + st]);
            slice.stageConverted.append(t.stageConverted[size_t(n) * S + st]);
            slice.closedReached.append(t.closedReached[size_t(n) * S + st]);
        }
        slice.closedCases = t.closedCases[n];
        result.slices.append(std::move(slice));
    }
    std::vector<double> transitionMedians(t.transitions.size());
    std::atomic<size_t> nextTransition{0};
    inParallel(threads, [&](int) {
        for (size_t i; (i = nextTransition++) < t.transitions.size();) {
            transitionMedians[i] = quantile(t.transitions[i].dwell, 1, 2);
            std::vector<qint64>().swap(t.transitions[i].dwell);
        }
    });
    for (size_t i = 0; i < t.transitions.size(); ++i) {
        const Tally::Transition &tr = t.transitions[i];
        if (tr.count)
            result.transitions.append({int(tr.from), int(tr.to), tr.count, transitionMedians[i]});
    }
    std::sort(result.transitions.begin(), result.transitions.end(),
              [](const EventLogTransition &a, const EventLogTransition &b) {
                  return a.count != b.count ? a.count > b.count
                                            : std::pair(a.from, a.to) < std::pair(b.from, b.to);
              });
    // The most frequent variants, ties in path order; only those listed become lists.
    std::vector<quint32> byCount(t.variants.size());
    for (quint32 i = 0; i < byCount.size(); ++i)
        byCount[i] = i;
    const size_t listed = options.maxVariants > 0
                              ? std::min(byCount.size(), size_t(options.maxVariants))
                              : byCount.size();
    std::partial_sort(byCount.begin(), byCount.begin() + qsizetype(listed), byCount.end(),
                      [&](quint32 x, quint32 y) {
                          const Tally::Variant &a = t.variants[x], &b = t.variants[y];
                          if (a.count != b.count) return a.count > b.count;
                          const auto pa = t.variantPool.begin() + qsizetype(a.offset),
                                     pb = t.variantPool.begin() + qsizetype(b.offset);
                          return std::lexicographical_compare(pa, pa + qsizetype(a.length), pb,
                                                              pb + qsizetype(b.length));
                      });
    result.variantCount = qint64(t.variants.size());
    for (size_t k = 0; k < listed; ++k) {
        const Tally::Variant &v = t.variants[byCount[k]];
        EventLogVariant out;
        for (size_t i = 0; i < v.length; ++i)
            out.path.append(int(t.variantPool[v.offset + i]));
        out.count = v.count;
        out.share = double(v.count) / double(caseCount);
        result.variants.append(std::move(out));
    }
    phase("results");
    return result;
}

} // namespace

namespace EventLog {

QString tooManyBadRows(qint64 bad, qint64 rows, double maxShare, const QList<EventLogBadRow> &list)
{
    if (bad == 0 || double(bad) <= maxShare * double(std::max<qint64>(rows, 1))) return {};
    QStringList first;
    for (const EventLogBadRow &b : list.mid(0, 3))
        first.append(Analytics::tr("line %1: %2").arg(b.line).arg(b.reason));
    return Analytics::tr("%1 of %2 rows cannot be read (%3 %, more than the %4 % allowed); "
                         "nothing was imported. %5")
        .arg(bad)
        .arg(rows)
        .arg(QString::number(100.0 * double(bad) / double(std::max<qint64>(rows, 1)), 'f', 1))
        .arg(QString::number(maxShare * 100, 'g', 3))
        .arg(first.join(QStringLiteral("; ")));
}

std::optional<QStringList> readHeader(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray head = file.read(256 * 1024);
    const auto fail = [&](const QString &reason) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return std::nullopt;
    };
    if (head.isEmpty()) return fail(Storage::tr("the file is empty"));
    const TableReader::TextEncoding enc = TableReader::detectEncoding(head);
    if (enc.name.isEmpty())
        return fail(Storage::tr("the file holds NUL bytes; it is not a text table"));
    // The first line decides whether UTF-8 text is really UTF-8.
    const QByteArrayView rest = QByteArrayView(head).sliced(enc.bomBytes);
    const qsizetype nl = rest.indexOf('\n');
    const bool latin =
        enc.name == QLatin1String("UTF-8") && !rest.first(nl < 0 ? rest.size() : nl).isValidUtf8();
    const QByteArray utf8 =
        TableReader::decode(rest, latin ? QStringLiteral("Windows-1252") : enc.name).toUtf8();
    Head h;
    QString reason;
    if (!readHead(utf8.constData(), utf8.size(), &h, &reason)) return fail(reason);
    return h.header;
}

std::optional<EventLogAnalysis> analyzeBytes(const QByteArray &bytes,
                                             const EventLogOptions &options, QString *error)
{
    return analyzeMemory(bytes.constData(), bytes.size(), false, options, error);
}

std::optional<EventLogAnalysis> analyze(const QString &path, const EventLogOptions &options,
                                        QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const qint64 size = file.size();
    QString reason;
    std::optional<EventLogAnalysis> result;
    if (size == 0) {
        reason = Storage::tr("the file is empty");
    } else if (uchar *map = file.map(0, size)) {
        result = analyzeMemory(reinterpret_cast<const char *>(map), size, true, options, &reason);
        static const bool timing = qEnvironmentVariableIsSet("WAYMARK_TIMING");
        QElapsedTimer clock;
        clock.start();
        file.unmap(map);
        if (timing) fprintf(stderr, "eventlog: %-10s %6lld ms\n", "unmap", clock.elapsed());
    } else { // a pipe or a file system without mappings
        const QByteArray bytes = file.readAll();
        result = analyzeMemory(bytes.constData(), bytes.size(), false, options, &reason);
    }
    if (!result) *error = QStringLiteral("%1: %2").arg(path, reason);
    return result;
}

} // namespace EventLog

} // namespace waymark
