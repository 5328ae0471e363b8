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
// kernel for fresh ones (cleared first for a ZeroVector): fresh memory is zeroed by the
// kernel page by page on first touch, which in a virtual machine costs more than anything
// the analysis does with it (at 10M events, 690 MB were fresh). The pages go back to the
// kernel when the last pool ends.
class BigPool
{
public:
    BigPool();
    ~BigPool();
    BigPool(const BigPool &) = delete;
    BigPool &operator=(const BigPool &) = delete;
    // For the tests: the pages kept now and moved so far; and a way of keeping: Off keeps nothing
    // (every array fresh, as without a pool), Poison fills the pages it keeps with 0xA5 bytes, so
    // that an array read where it was never written shows in the figures.
    static size_t keptBytes();
    static size_t movedBytes(); // under new arrays since the program started
    enum class Keeping
    {
        Normal,
        Off,
        Poison
    };
    static void setKeeping(Keeping keeping);
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

// Copies of strings, in blocks of 64 KB doubling up to 2 MB (a huge page) as more come.
class Strings
{
public:
    std::string_view add(const char *p, size_t n)
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

private:
    std::vector<BigVector<char>> m_blocks;
    char *m_free = nullptr;
    size_t m_left = 0, m_stored = 0;
};

// Each distinct string once, numbered in the order first seen: the activities and segments
// (few, each seen many times). Keys of up to 16 bytes sit in the table itself, so that a
// lookup touches one cache line.
class Interner
{
public:
    Interner() { zeroSlots(m_slots, 1024); }
    quint32 intern(const char *p, size_t n, bool *isNew = nullptr)
    {
        const uint64_t h = hashBytes(p, n);
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
        m_strings.push_back(m_store.add(p, n));
        if (isNew) *isNew = true;
        if (m_strings.size() * 10 > m_slots.size() * 7) resizeSlots(m_slots, m_slots.size() * 2);
        return id;
    }
    quint32 size() const { return quint32(m_strings.size()); }
    std::string_view at(quint32 id) const { return m_strings[id]; }

private:
    struct Slot
    {
        uint64_t hash;
        quint32 id; // index + 1; 0: empty
        quint32 length;
        char key[16];
    };
    ZeroVector<Slot> m_slots; // filled to at most 70 %
    BigVector<std::string_view> m_strings;
    Strings m_store;
};

// The case ids of a part, each once, numbered in the order first seen. There are millions
// (1.4 million per part in 10M shuffled events), looked up at random, so the slot is 16
// bytes: an id of up to 11 bytes sits in it (C01201429, 4711, 2026-000123), longer ones are
// kept aside and found by 7 bytes of their hash in the slot. A table for 1.4 million is
// 32 MB, and a new case writes nothing but its slot.
class CaseTable
{
public:
    CaseTable() { zeroSlots(m_slots, 1024); }
    static constexpr size_t Inline = 11;
    quint32 intern(const char *p, size_t n, uint64_t h)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = h & mask;
        for (;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (!s.id) break;
            if (same(s, p, n, h)) return s.id - 1;
        }
        put(m_slots[i], p, n, h, ++m_count);
        if (full(m_count, m_slots.size())) rehash(m_slots.size() * 2);
        return m_count - 1;
    }
    // The number of an id, or None; reads only (threads may look up at once).
    quint32 find(const char *p, size_t n, uint64_t h) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (!s.id) return None;
            if (same(s, p, n, h)) return s.id - 1;
        }
    }
    // Where the lookup of hash h starts, to prefetch.
    const void *slotFor(uint64_t h) const { return &m_slots[h & (m_slots.size() - 1)]; }
    quint32 size() const { return m_count; }
    // Room for n ids in all, without growing on the way.
    void reserve(size_t n)
    {
        size_t wanted = m_slots.size();
        while (full(n, wanted))
            wanted *= 2;
        if (wanted > m_slots.size()) rehash(wanted);
    }
    // Every id with its number, f(number, bytes), for the slots [from, to) of slotCount(),
    // in the table's order (threads may each take a range).
    size_t slotCount() const { return m_slots.size(); }
    template <typename F> void forEach(size_t from, size_t to, F f) const
    {
        for (size_t i = from; i < to; ++i)
            if (const Slot &s = m_slots[i]; s.id) f(s.id - 1, key(s));
    }

private:
    struct Slot
    {
        quint32 id;    // number + 1; 0: empty
        quint8 length; // Long: kept aside
        char key[Inline];
    };
    static_assert(sizeof(Slot) == 16);
    static constexpr quint8 Long = 0xff;
    // A long id's slot: where it is kept aside (4 bytes), then 7 bytes of its hash.
    static uint64_t hashTag(uint64_t h) { return h >> 8; }
    static bool full(size_t n, size_t size) { return n * 10 > size * 7; }
    bool same(const Slot &s, const char *p, size_t n, uint64_t h) const
    {
        if (n <= Inline) return s.length == n && equalShort(s.key, p, n);
        if (s.length != Long) return false;
        uint64_t tag = 0;
        std::memcpy(&tag, s.key + 4, 7);
        if (tag != hashTag(h)) return false;
        const std::string_view k = key(s);
        return k.size() == n && std::memcmp(k.data(), p, n) == 0;
    }
    std::string_view key(const Slot &s) const
    {
        if (s.length != Long) return {s.key, s.length};
        quint32 at;
        std::memcpy(&at, s.key, 4);
        return m_long[at];
    }
    void put(Slot &s, const char *p, size_t n, uint64_t h, quint32 id)
    {
        s.id = id;
        if (n <= Inline) {
            s.length = quint8(n);
            std::memcpy(s.key, p, n);
            return;
        }
        s.length = Long;
        const auto at = quint32(m_long.size());
        m_long.push_back(m_store.add(p, n));
        const uint64_t tag = hashTag(h);
        std::memcpy(s.key, &at, 4);
        std::memcpy(s.key + 4, &tag, 7);
    }
    // The slots are placed again by the hash of their bytes (the slots keep no hash).
    void rehash(size_t n)
    {
        ZeroVector<Slot> old;
        old.swap(m_slots);
        zeroSlots(m_slots, n);
        for (const Slot &s : old) {
            if (!s.id) continue;
            const std::string_view k = key(s);
            size_t i = hashBytes(k.data(), k.size()) & (n - 1);
            while (m_slots[i].id)
                i = (i + 1) & (n - 1);
            m_slots[i] = s;
        }
    }
    ZeroVector<Slot> m_slots;
    quint32 m_count = 0;
    BigVector<std::string_view> m_long;
    Strings m_store;
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
    CaseTable cases;
    Interner acts, segs;
    qint64 rows = 0, lines = 0, bad = 0, skipped = 0;
    std::vector<BadRowRaw> badRows;
    bool invalidUtf8 = false, cancelled = false;
    int readError = 0; // errno of a failed read
    qint64 unclosedQuoteLine = -1;
};

struct ReadSetup
{
    const EventLogOptions *options;
    char delim;
    bool special[256];
    // Where the bytes are read from: a file (its descriptor, and the address the file's first
    // byte has in the bytes' mapping), or, with fd -1, the memory in place.
    int fd = -1;
    const char *fileStart = nullptr;
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
        uint64_t hash; // of the path, as the index knows it
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
