// SPDX-License-Identifier: GPL-3.0-or-later
// What the parts of the event-log engine share (not for use outside core/analytics):
// hashing and interning, a part of the file as read, the grouped events and the tallies.
// eventread.cpp reads, eventtally.cpp measures, eventlog.cpp puts them together.
#pragma once

#include "eventlog.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

namespace waymark::EventLogDetail {

constexpr int MaxBadRowsListed = 100;
constexpr quint32 None = 0xffffffffu;

// Memory for the large arrays (a few bytes per event, millions of events) in 2 MB pages where
// the kernel offers them (Linux's transparent huge pages): each 4 KB page otherwise costs a
// page fault when first written, which took about a third of a 1M-event run here. With
// `zero`, the memory is all zero bytes (hash tables rely on that); without, it may hold what
// an array freed earlier in the same analysis left (see BigPool). Throws std::bad_alloc when
// there is no memory.
void *bigAllocate(size_t bytes, bool zero);
void bigFree(void *p, size_t bytes);
constexpr size_t BigBytes = 64 << 10; // smaller arrays come from the usual allocator

// While one lives (an analysis), the 2 MB pages of freed large arrays that were written are
// kept and moved (mremap, no copying) under the next large arrays, instead of asking the
// kernel for fresh ones: fresh memory is zeroed page by page on first touch, which costs
// more in a virtual machine than anything the analysis does with it (at 10M events, 690 MB
// were fresh). The pages go back to the kernel when the last pool ends.
class BigPool
{
public:
    BigPool();
    ~BigPool();
    BigPool(const BigPool &) = delete;
    BigPool &operator=(const BigPool &) = delete;
    // The pages kept now (for the tests).
    static size_t keptBytes();
};

template <typename T, bool Zero = false> struct BigAllocator
{
    using value_type = T;
    template <typename U> struct rebind
    {
        using other = BigAllocator<U, Zero>;
    };
    BigAllocator() = default;
    template <typename U> BigAllocator(const BigAllocator<U, Zero> &) {}
    T *allocate(size_t n)
    {
        if (n * sizeof(T) < BigBytes) return std::allocator<T>().allocate(n);
        return static_cast<T *>(bigAllocate(n * sizeof(T), Zero));
    }
    void deallocate(T *p, size_t n)
    {
        if (n * sizeof(T) < BigBytes) return std::allocator<T>().deallocate(p, n);
        bigFree(p, n * sizeof(T));
    }
    // Default-initialised: resize() leaves numbers unset (every array here is filled
    // completely), so pages are first touched by the threads that fill them.
    template <typename U> void construct(U *p) noexcept(noexcept(U()))
    {
        ::new (static_cast<void *>(p)) U;
    }
    template <typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
    template <typename U> bool operator==(const BigAllocator<U, Zero> &) const { return true; }
};
template <typename T> using BigVector = std::vector<T, BigAllocator<T>>;
// For the slots of hash tables: large ones are zero when made (see zeroSlots()).
template <typename T> using ZeroVector = std::vector<T, BigAllocator<T, true>>;

inline uint64_t mix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return h;
}

inline uint64_t hashBytes(const char *p, size_t n)
{
    const size_t whole = n;
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
        // The last bytes, without a call to memcpy of a variable length: the last eight of a
        // longer key (some read twice), or loads that overlap within a short one.
        uint64_t v;
        if (whole >= 8) {
            std::memcpy(&v, p + n - 8, 8);
        } else if (n >= 4) {
            quint32 a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            v = a | uint64_t(b) << 32;
        } else {
            v = uchar(p[0]) | uint64_t(uchar(p[n / 2])) << 8 | uint64_t(uchar(p[n - 1])) << 16;
        }
        h = (h ^ v) * 0x94d049bb133111ebull;
    }
    return mix(h);
}

// A table of n empty slots (all bytes zero; a slot's `id` is its index + 1, 0 when empty).
// The memory of a large table comes from the kernel zeroed, so only the slots used are ever
// written: writing a 64 MB table of cases twice over cost more than filling it.
template <typename Table> void zeroSlots(Table &table, size_t n)
{
    using Slot = typename Table::value_type;
    static_assert(std::is_trivially_default_constructible_v<Slot>);
    static_assert(std::is_same_v<Table, ZeroVector<Slot>>);
    Table fresh;
    fresh.resize(n); // zero from the kernel when large (ZeroVector), else left unset
    if (n * sizeof(Slot) < BigBytes)
        std::memset(static_cast<void *>(fresh.data()), 0, n * sizeof(Slot));
    table.swap(fresh);
}

// Makes an open-addressing table of slots with `hash` and `id` n slots large (a power of
// two), placing each entry again.
template <typename Table> void resizeSlots(Table &table, size_t n)
{
    Table old;
    old.swap(table);
    zeroSlots(table, n);
    for (const auto &s : old) {
        if (!s.id) continue;
        size_t i = s.hash & (n - 1);
        while (table[i].id)
            i = (i + 1) & (n - 1);
        table[i] = s;
    }
}

// Open addressing from a 64-bit hash to an index; the caller says when two indexes mean the
// same key.
class FlatIndex
{
public:
    FlatIndex() { zeroSlots(m_slots, 64); }
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
            if (!s.id) {
                const quint32 index = insert();
                s = {hash, index + 1};
                if (++m_used * 2 > m_slots.size()) resizeSlots(m_slots, m_slots.size() * 2);
                return index;
            }
            if (s.hash == hash && equal(s.id - 1)) return s.id - 1;
            i = (i + 1) & (m_slots.size() - 1);
        }
    }

private:
    struct Slot
    {
        uint64_t hash;
        quint32 id; // index + 1; 0: empty
    };
    ZeroVector<Slot> m_slots;
    size_t m_used = 0;
};

// n bytes equal, for keys of up to 16 bytes, reading no byte beyond either.
inline bool equalShort(const char *a, const char *b, size_t n)
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
    Interner() { zeroSlots(m_slots, 1024); }
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
            if (!s.id) break;
            if (s.hash == h && s.length == n &&
                (n <= 16 ? equalShort(s.key, p, n)
                         : std::memcmp(m_strings[s.id - 1].data(), p, n) == 0)) {
                if (isNew) *isNew = false;
                return s.id - 1;
            }
            i = (i + 1) & (m_slots.size() - 1);
        }
        Slot &s = m_slots[i];
        s.hash = h;
        s.length = quint32(n);
        const quint32 id = quint32(m_strings.size());
        s.id = id + 1;
        if (n <= 16) std::memcpy(s.key, p, n);
        m_strings.push_back(store(p, n));
        m_hashes.push_back(h);
        if (isNew) *isNew = true;
        if (full(m_strings.size(), m_slots.size())) resizeSlots(m_slots, m_slots.size() * 2);
        return id;
    }
    // The id of a string, or None; reads only (threads may look up at once).
    quint32 find(const char *p, size_t n, uint64_t h) const
    {
        size_t i = h & (m_slots.size() - 1);
        for (;;) {
            const Slot &s = m_slots[i];
            if (!s.id) return None;
            if (s.hash == h && s.length == n &&
                (n <= 16 ? equalShort(s.key, p, n)
                         : std::memcmp(m_strings[s.id - 1].data(), p, n) == 0))
                return s.id - 1;
            i = (i + 1) & (m_slots.size() - 1);
        }
    }
    // Where the lookup of hash h starts, to prefetch.
    const void *slotFor(uint64_t h) const { return &m_slots[h & (m_slots.size() - 1)]; }
    quint32 size() const { return quint32(m_strings.size()); }
    std::string_view at(quint32 id) const { return m_strings[id]; }
    uint64_t hashOf(quint32 id) const { return m_hashes[id]; }
    // Room for n strings in all, without growing on the way (the table made large enough at
    // once), and in the lists of strings for `listRoom` if more: their pages are only touched
    // as they fill, so a generous guess costs nothing, and a list that doubles is copied.
    void reserve(size_t n, size_t listRoom = 0)
    {
        size_t wanted = m_slots.size();
        while (full(n, wanted))
            wanted *= 2;
        if (wanted > m_slots.size()) resizeSlots(m_slots, wanted);
        m_strings.reserve(std::max(n, listRoom));
        m_hashes.reserve(std::max(n, listRoom));
    }

private:
    struct Slot
    {
        uint64_t hash;
        quint32 id; // index + 1; 0: empty
        quint32 length;
        char key[16];
    };
    // Filled to at most 70 %: a table of 2^21 slots (64 MB) holds 1.4 million case ids.
    static bool full(size_t n, size_t size) { return n * 10 > size * 7; }
    // Blocks of 64 KB, doubling up to 2 MB (a huge page) as more strings come.
    std::string_view store(const char *p, size_t n)
    {
        if (n > m_left) {
            size_t size = std::min<size_t>(2 << 20, std::max<size_t>(64 << 10, m_stored));
            size = std::max(size, n);
            m_blocks.emplace_back();
            m_blocks.back().resize(size);
            m_free = m_blocks.back().data();
            m_left = size;
        }
        std::memcpy(m_free, p, n);
        const std::string_view s(m_free, n);
        m_free += n;
        m_left -= n;
        m_stored += n;
        return s;
    }
    ZeroVector<Slot> m_slots;
    BigVector<std::string_view> m_strings;
    BigVector<uint64_t> m_hashes;
    std::vector<BigVector<char>> m_blocks;
    char *m_free = nullptr;
    size_t m_left = 0, m_stored = 0;
};

inline QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
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

struct Part
{
    const char *begin = nullptr, *end = nullptr; // where it started and stopped
    BigVector<quint32> caseOf, actOf, segOf;
    BigVector<qint64> timeOf;
    BigVector<int> periodOf;
    Interner cases, acts, segs;
    qint64 rows = 0, lines = 0, bad = 0, skipped = 0;
    std::vector<BadRowRaw> badRows;
    bool invalidUtf8 = false, cancelled = false;
    qint64 unclosedQuoteLine = -1;
};

struct ReadSetup
{
    const EventLogOptions *options;
    char delim;
    bool special[256];
    bool mapped; // the bytes are a file mapping whose read pages may be dropped
};

// Lists of durations (microseconds), numbered, one after the other in one array shared by
// the threads. Each thread counts its values per list first; then every list gets its place
// and each thread its stretch in every list, which it fills. One array of huge pages instead
// of a growing vector per list and thread: hundreds of lists (a transition each) written in
// turn otherwise cost a page fault or a TLB miss on nearly every value, and the threads'
// parts of a list would have to be copied together to find its quantiles.
struct Lists
{
    BigVector<qint64> values;
    std::vector<size_t> start; // list i: values[start[i], start[i + 1])
    // counts[k][i]: thread k's values in list i (missing: none). Each becomes the place where
    // thread k writes its first value of list i.
    void layout(const std::vector<std::vector<size_t> *> &counts, size_t lists)
    {
        start.assign(lists + 1, 0);
        for (size_t i = 0; i < lists; ++i) {
            size_t at = start[i];
            for (std::vector<size_t> *c : counts) {
                if (i >= c->size()) continue;
                const size_t n = (*c)[i];
                (*c)[i] = at;
                at += n;
            }
            start[i + 1] = at;
        }
        values.resize(start.back()); // left unset: every value is written once
    }
    std::pair<qint64 *, size_t> span(size_t i)
    {
        return {values.data() + start[i], start[i + 1] - start[i]};
    }
};

struct TallyLists
{
    // The transitions' lists, ordered by (from, to): those from one activity together are
    // that activity's dwell times in the slice of all events, which `dwell` leaves empty.
    Lists transitions;
    std::vector<quint32> place;    // transition (numbered as in tally 0) -> its list
    std::vector<size_t> fromStart; // activity -> its first transition's list, and one more
    Lists dwell;                   // slice * A + activity, for the slices of periods and segments
    Lists throughput;              // per slice
};

struct Tally
{
    struct Acc
    {
        qint64 events = 0, reach = 0, repeaters = 0, exits = 0, entries = 0, selfLoops = 0,
               repetitions = 0;
        double positions = 0; // the events' places in their cases, 0 (first) to 1 (last)
    };
    std::vector<Acc> acc; // slice * A + activity
    std::vector<qint64> sliceCases, sliceEvents;
    std::vector<qint64> stageReached, stageConverted, closedReached, closedCases; // slice * S
    // This thread's count of values per list, then where it writes the next one.
    std::vector<size_t> dwellAt, throughputAt, transitionAt;
    struct Transition
    {
        quint32 from, to;
        qint64 count = 0;
    };
    FlatIndex transitionIndex;
    std::vector<quint32> denseTransitions; // from * A + to, when A is small
    std::vector<Transition> transitions;
    std::vector<quint32> numberInFirst; // each transition's number in tally 0
    FlatIndex variantIndex;
    BigVector<quint32> variantPool;
    struct Variant
    {
        size_t offset, length;
        qint64 count;
    };
    BigVector<Variant> variants;
};

struct Grouped
{
    quint32 activities = 0, segments = 0, periods = 0, stages = 0;
    BigVector<qint64> caseStart;   // offsets into the arrays below, per case
    BigVector<qint64> time;        // by case, then (time, file order)
    BigVector<quint32> act, seg;   // seg: None = no segment
    BigVector<quint16> period;     // index into the sorted periods
    std::vector<int> stageOfAct;   // -1 = not staged
    quint32 slices() const { return (periods + 1) * (segments + 1); }
    quint32 slice(int p, int s) const { return quint32(p + 1) * (segments + 1) + quint32(s + 1); }
};

struct Head
{
    char delim = ',';
    QStringList header;
    qint64 dataStart = 0; // after the header
};

template <typename F> void inParallel(int threads, F work)
{
    std::vector<std::thread> pool;
    for (int k = 1; k < threads; ++k)
        pool.emplace_back(work, k);
    work(0);
    for (std::thread &t : pool)
        t.join();
}

// eventread.cpp
bool readHead(const char *data, qint64 size, Head *head, QString *error);
void readPart(const ReadSetup &setup, const char *from, const char *limit, const char *end,
              Part *part);
QString badReason(const BadRowRaw &b, int need);
// A period as a number that sorts like the periods, from a wall-clock time (microseconds),
// and its name (2026-03, 2026-W11, 2026-Q1).
int periodCode(qint64 wall, PeriodCut cut);
inline qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0);
}
QString periodName(int code, PeriodCut cut);

// eventtally.cpp
// The lower quantile num/den of n values, which it reorders.
double quantile(qint64 *v, size_t n, int num, int den, size_t sortedUpTo = 0);
// A tally in three steps: each thread counts its range of cases; the transitions get one
// numbering and the lists their places; each thread measures its range. Then the tallies
// are merged into the first.
void countCases(const Grouped &g, size_t firstCase, size_t lastCase, Tally *t);
void placeLists(const Grouped &g, std::vector<Tally> &tallies, TallyLists *lists);
void tallyCases(const Grouped &g, size_t firstCase, size_t lastCase, Tally *t, TallyLists *lists);
void merge(Tally *into, Tally &&from);
} // namespace waymark::EventLogDetail
