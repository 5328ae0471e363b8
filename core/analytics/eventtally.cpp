// SPDX-License-Identifier: GPL-3.0-or-later
// Measuring an event log: the figures of a range of cases, and merging the ranges' tallies.
#include "eventlogdetail.h"

#include "trcontexts.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace waymark::EventLogDetail {

double quantile(qint64 *v, size_t n, int num, int den, size_t sortedUpTo)
{
    const size_t k = (n - 1) * size_t(num) / size_t(den);
    std::nth_element(v + (k >= sortedUpTo ? sortedUpTo : 0), v + k, v + n);
    return double(v[k]) / 1e6;
}

namespace {

// The slices an event counts in: all, its period, its segment, both.
inline int slicesOf(const Grouped &g, qint64 i, quint32 *out)
{
    int n = 1;
    out[0] = 0;
    if (g.slices() > 1) {
        const int p = g.periods ? int(g.period[size_t(i)]) : -1;
        const int s = g.segments && g.seg[size_t(i)] != None ? int(g.seg[size_t(i)]) : -1;
        if (p >= 0) out[n++] = g.slice(p, -1);
        if (s >= 0) out[n++] = g.slice(-1, s);
        if (p >= 0 && s >= 0) out[n++] = g.slice(p, s);
    }
    return n;
}

// The tally's number of the transition a -> to, looked up (or added) in its table.
Q_NEVER_INLINE quint32 transitionInTable(Tally *t, quint32 a, quint32 to)
{
    const uint64_t key = (uint64_t(a) << 32) | to;
    return t->transitionIndex.findOrInsert(
        mix(key * 0x9e3779b97f4a7c15ull),
        [&](quint32 j) { return t->transitions[j].from == a && t->transitions[j].to == to; },
        [&] {
            t->transitions.push_back({a, to, 0});
            return quint32(t->transitions.size() - 1);
        });
}

// The same, from the array of all pairs when there are few activities (the usual case).
inline quint32 transitionOf(Tally *t, quint32 A, quint32 a, quint32 to)
{
    if (t->denseTransitions.empty()) return transitionInTable(t, a, to);
    quint32 &dense = t->denseTransitions[size_t(a) * A + to];
    if (dense == None) dense = transitionInTable(t, a, to);
    return dense;
}

} // namespace

// How many durations each list gets from one range of cases (and the transitions' counts).
void countCases(const Grouped &g, size_t firstCase, size_t lastCase, Tally *t)
{
    const quint32 A = g.activities, N = g.slices();
    if (A <= 1024) t->denseTransitions.assign(size_t(A) * A, None);
    t->dwellAt.assign(size_t(N) * A, 0);
    t->throughputAt.assign(N, 0);
    quint32 slices[4];
    for (size_t c = firstCase; c < lastCase; ++c) {
        const qint64 b = g.caseStart[c], e = g.caseStart[c + 1];
        for (qint64 i = b; i + 1 < e; ++i) {
            const quint32 a = g.act[size_t(i)];
            const int n = slicesOf(g, i, slices);
            for (int k = 1; k < n; ++k) // the slice of all: the transitions' lists
                ++t->dwellAt[size_t(slices[k]) * A + a];
            ++t->transitions[transitionOf(t, A, a, g.act[size_t(i + 1)])].count;
        }
        const int n = slicesOf(g, b, slices);
        for (int k = 0; k < n; ++k)
            ++t->throughputAt[slices[k]];
    }
}

void placeLists(const Grouped &g, std::vector<Tally> &tallies, TallyLists *lists)
{
    Tally &first = tallies[0];
    first.numberInFirst.resize(first.transitions.size());
    for (quint32 i = 0; i < first.transitions.size(); ++i)
        first.numberInFirst[i] = i;
    for (size_t k = 1; k < tallies.size(); ++k) {
        Tally &t = tallies[k];
        t.numberInFirst.resize(t.transitions.size());
        for (size_t i = 0; i < t.transitions.size(); ++i) {
            const Tally::Transition &tr = t.transitions[i];
            const uint64_t key = (uint64_t(tr.from) << 32) | tr.to;
            t.numberInFirst[i] = first.transitionIndex.findOrInsert(
                mix(key * 0x9e3779b97f4a7c15ull),
                [&](quint32 j) {
                    return first.transitions[j].from == tr.from && first.transitions[j].to == tr.to;
                },
                [&] {
                    first.transitions.push_back({tr.from, tr.to, 0});
                    return quint32(first.transitions.size() - 1);
                });
        }
    }
    // The lists in (from, to) order; each tally's numbers become the lists'.
    const size_t count = first.transitions.size();
    std::vector<quint32> order(count);
    for (quint32 i = 0; i < count; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](quint32 x, quint32 y) {
        const Tally::Transition &a = first.transitions[x], &b = first.transitions[y];
        return std::pair(a.from, a.to) < std::pair(b.from, b.to);
    });
    lists->place.resize(count);
    lists->fromStart.assign(size_t(g.activities) + 1, 0);
    for (quint32 p = 0; p < count; ++p) {
        lists->place[order[p]] = p;
        ++lists->fromStart[first.transitions[order[p]].from + 1];
    }
    for (size_t a = 0; a < g.activities; ++a)
        lists->fromStart[a + 1] += lists->fromStart[a];
    for (Tally &t : tallies)
        for (quint32 &n : t.numberInFirst)
            n = lists->place[n];
    // Each tally's counts per list; then the sums, in tally 0.
    std::vector<std::vector<size_t> *> dwell, throughput, transitions;
    for (Tally &t : tallies) {
        t.transitionAt.assign(count, 0);
        for (size_t i = 0; i < t.numberInFirst.size(); ++i)
            t.transitionAt[t.numberInFirst[i]] = size_t(t.transitions[i].count);
        dwell.push_back(&t.dwellAt);
        throughput.push_back(&t.throughputAt);
        transitions.push_back(&t.transitionAt);
    }
    for (size_t k = 1; k < tallies.size(); ++k)
        for (size_t i = 0; i < tallies[k].transitions.size(); ++i)
            first.transitions[order[tallies[k].numberInFirst[i]]].count +=
                tallies[k].transitions[i].count;
    lists->dwell.layout(dwell, size_t(g.slices()) * g.activities);
    lists->throughput.layout(throughput, g.slices());
    lists->transitions.layout(transitions, first.transitions.size());
}

// Figures of cases, per slice and activity, from one range of cases.
void tallyCases(const Grouped &g, size_t firstCase, size_t lastCase, Tally *t, TallyLists *lists)
{
    const quint32 A = g.activities, N = g.slices(), S = g.stages;
    t->acc.assign(size_t(N) * A, {});
    t->sliceCases.assign(N, 0);
    t->sliceEvents.assign(N, 0);
    t->stageReached.assign(size_t(N) * S, 0);
    t->stageConverted.assign(size_t(N) * S, 0);
    t->closedReached.assign(size_t(N) * S, 0);
    t->closedCases.assign(N, 0);
    t->variantPool.reserve(size_t(g.caseStart[lastCase] - g.caseStart[firstCase]));
    t->variants.reserve(lastCase - firstCase);
    qint64 *const dwell = lists->dwell.values.data(),
                  *const through = lists->throughput.values.data(),
                  *const transitionDwell = lists->transitions.values.data();
    quint32 slices[4];
    std::vector<quint32> stamp(size_t(N) * A, None), seen(size_t(N) * A, 0);
    std::vector<quint32> lastAt(A, None); // the case's last position at each activity
    std::vector<quint32> path;
    std::vector<uint64_t> pathHash(lastCase - firstCase);
    std::vector<qint64> stageFirst(S), stageLast(S);
    for (size_t c = firstCase; c < lastCase; ++c) {
        const qint64 b = g.caseStart[c], e = g.caseStart[c + 1];
        path.clear();
        for (qint64 i = b; i < e; ++i) {
            const quint32 a = g.act[size_t(i)];
            const int n = slicesOf(g, i, slices);
            const bool last = i + 1 == e, first = i == b;
            const bool selfLoop = !last && g.act[size_t(i + 1)] == a;
            // Back at an activity of this case after others.
            const bool repetition = lastAt[a] == quint32(c) && !first && g.act[size_t(i - 1)] != a;
            for (int k = 0; k < n; ++k) {
                const size_t slot = size_t(slices[k]) * A + a;
                Tally::Acc &x = t->acc[slot];
                ++x.events;
                ++t->sliceEvents[slices[k]];
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
                if (!last && k)
                    dwell[t->dwellAt[slot]++] = g.time[size_t(i + 1)] - g.time[size_t(i)];
            }
            lastAt[a] = quint32(c);
            if (path.empty() || path.back() != a) path.push_back(a);
            if (!last)
                transitionDwell[t->transitionAt[t->numberInFirst[transitionOf(
                    t, A, a, g.act[size_t(i + 1)])]]++] = g.time[size_t(i + 1)] - g.time[size_t(i)];
        }
        // A case counts in the period and segment of its first event.
        quint32 caseSlices[4];
        const int n = slicesOf(g, b, caseSlices);
        const qint64 duration = g.time[size_t(e - 1)] - g.time[size_t(b)];
        for (int k = 0; k < n; ++k) {
            ++t->sliceCases[caseSlices[k]];
            through[t->throughputAt[caseSlices[k]]++] = duration;
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
                t->variants.push_back(
                    {t->variantPool.size(), path.size(), 0, pathHash[c - firstCase]});
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
    }
    for (size_t i = 0; i < into->sliceCases.size(); ++i) {
        into->sliceCases[i] += from.sliceCases[i];
        into->sliceEvents[i] += from.sliceEvents[i];
        into->closedCases[i] += from.closedCases[i];
    }
    for (size_t i = 0; i < into->stageReached.size(); ++i) {
        into->stageReached[i] += from.stageReached[i];
        into->stageConverted[i] += from.stageConverted[i];
        into->closedReached[i] += from.closedReached[i];
    }
    into->variantPool.reserve(into->variantPool.size() + from.variantPool.size());
    into->variants.reserve(into->variants.size() + from.variants.size());
    // The index's lines fetched a few variants ahead. (Made large enough for both at once,
    // it was twice the size it grows to when many variants are in both.)
    for (size_t k = 0; k < from.variants.size(); ++k) {
        if (k + 8 < from.variants.size()) into->variantIndex.prefetch(from.variants[k + 8].hash);
        const Tally::Variant &v = from.variants[k];
        const auto begin = from.variantPool.begin() + qsizetype(v.offset);
        const quint32 vi = into->variantIndex.findOrInsert(
            v.hash,
            [&](quint32 j) {
                const Tally::Variant &w = into->variants[j];
                return w.length == v.length &&
                       std::equal(begin, begin + qsizetype(v.length),
                                  into->variantPool.begin() + qsizetype(w.offset));
            },
            [&] {
                into->variants.push_back({into->variantPool.size(), v.length, 0, v.hash});
                into->variantPool.insert(into->variantPool.end(), begin,
                                         begin + qsizetype(v.length));
                return quint32(into->variants.size() - 1);
            });
        into->variants[vi].count += v.count;
    }
}
namespace {
constexpr size_t HugePage = 2 << 20;
size_t mappedLength(size_t bytes)
{
    const size_t unit = bytes >= HugePage ? HugePage : 4096;
    return (bytes + unit - 1) & ~(unit - 1);
}

// The 2 MB pages BigPool keeps: written ones only (a page never written costs nothing to
// make afresh).
struct Kept
{
    std::mutex mutex;
    int pools = 0;
    BigPool::Keeping keeping = BigPool::Keeping::Normal;
    size_t moved = 0;
    std::vector<char *> pages;
};
Kept &kept()
{
    static Kept k;
    return k;
}

#ifdef Q_OS_LINUX
// Moves kept pages under [at, at + length), the fresh mapping made for a new array, from its
// start; what is left of it stays fresh. Returns the bytes moved.
size_t moveKeptUnder(char *at, size_t length)
{
    Kept &k = kept();
    const std::lock_guard lock(k.mutex);
    size_t off = 0;
    for (; off < length && !k.pages.empty(); off += HugePage) {
        char *page = k.pages.back();
        k.pages.pop_back();
        if (mremap(page, HugePage, HugePage, MREMAP_MAYMOVE | MREMAP_FIXED, at + off) != MAP_FAILED)
            continue;
        // Not moved: the old page goes, and the place is made fresh again in case the
        // failed move took it away.
        munmap(page, HugePage);
        if (mmap(at + off, HugePage, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED) {
            munmap(at, length);
            throw std::bad_alloc();
        }
    }
    k.moved += off;
    return off;
}
#endif
} // namespace

BigPool::BigPool()
{
    Kept &k = kept();
    const std::lock_guard lock(k.mutex);
    ++k.pools;
}

BigPool::~BigPool()
{
    Kept &k = kept();
    const std::lock_guard lock(k.mutex);
    if (--k.pools > 0) return;
#ifdef Q_OS_LINUX
    for (char *page : k.pages)
        munmap(page, HugePage);
#endif
    k.pages.clear();
    k.pages.shrink_to_fit();
}

size_t BigPool::keptBytes()
{
    Kept &k = kept();
    const std::lock_guard lock(k.mutex);
    return k.pages.size() * HugePage;
}

size_t BigPool::movedBytes()
{
    Kept &k = kept();
    const std::lock_guard lock(k.mutex);
    return k.moved;
}

void BigPool::setKeeping(Keeping keeping)
{
    Kept &k = kept();
    const std::lock_guard lock(k.mutex);
    k.keeping = keeping;
}

void *bigAllocate(size_t bytes, bool zero)
{
#ifdef Q_OS_LINUX
    const size_t length = mappedLength(bytes);
    if (length < HugePage) {
        // Its pages made at once, not one page fault at a time.
        void *m = mmap(nullptr, length, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (m == MAP_FAILED) throw std::bad_alloc();
        return m;
    }
    // Aligned to 2 MB (mapped with room to spare, the ends given back) so that every part of
    // the array can be a huge page.
    void *m = mmap(nullptr, length + HugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                   -1, 0);
    if (m == MAP_FAILED) throw std::bad_alloc();
    const auto at = quintptr(m), aligned = (at + HugePage - 1) & ~quintptr(HugePage - 1);
    if (aligned > at) munmap(m, aligned - at);
    if (const quintptr tail = at + length + HugePage - (aligned + length))
        munmap(reinterpret_cast<void *>(aligned + length), tail);
    madvise(reinterpret_cast<void *>(aligned), length, MADV_HUGEPAGE);
    // Kept pages for a table too: clearing them costs less than fresh ones.
    const size_t moved = moveKeptUnder(reinterpret_cast<char *>(aligned), length);
    if (zero) std::memset(reinterpret_cast<void *>(aligned), 0, moved);
    return reinterpret_cast<void *>(aligned);
#else
    Q_UNUSED(zero)
    // Zero, as on Linux: hash tables rely on it (zeroSlots()).
    if (void *p = std::calloc(1, bytes)) return p;
    throw std::bad_alloc();
#endif
}

void bigFree(void *p, size_t bytes)
{
#ifdef Q_OS_LINUX
    const size_t length = mappedLength(bytes);
    Kept &k = kept();
    std::unique_lock lock(k.mutex);
    if (length < HugePage || k.pools == 0 || k.keeping == BigPool::Keeping::Off) {
        lock.unlock();
        munmap(p, length);
        return;
    }
    // Pages of which at least half was written are kept, the others given back.
    char *const begin = static_cast<char *>(p);
    std::vector<unsigned char> resident(length / 4096);
    const bool known = mincore(p, length, resident.data()) == 0;
    for (size_t off = 0; off < length; off += HugePage) {
        int written = 0;
        for (size_t i = off / 4096; known && i < (off + HugePage) / 4096; ++i)
            written += resident[i] & 1;
        if (written >= int(HugePage / 4096 / 2)) {
            if (k.keeping == BigPool::Keeping::Poison) std::memset(begin + off, 0xa5, HugePage);
            k.pages.push_back(begin + off);
        } else
            munmap(begin + off, HugePage);
    }
#else
    Q_UNUSED(bytes)
    std::free(p);
#endif
}

} // namespace waymark::EventLogDetail
