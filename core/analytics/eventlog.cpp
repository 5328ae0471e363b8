// SPDX-License-Identifier: GPL-3.0-or-later
// The event-log engine. A log of 10 million events is about 500 MB of CSV; it is read in
// one part per core (a few MB at a time with pread(), see readPart()) into a few flat arrays
// of numbers, then grouped by case and measured, again one range of cases per core. Strings
// are stored once each (case ids, activities, segments); nothing per event is a QString.
// The large arrays live in 2 MB pages, are written once, and each step's arrays take the
// pages the steps before it let go (see BigAllocator, BigPool and Lists in eventlogdetail.h): in a
// virtual machine, fresh memory costs more than the arithmetic. This file puts the steps together;
// eventread.cpp reads, eventtally.cpp measures.
#include "eventlog.h"
#include "eventlogdetail.h"

#include "io/tablereader.h"
#include "trcontexts.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace waymark {

using namespace EventLogDetail;

namespace {

// fd: the file the bytes are a mapping of (from its first byte), to be read with pread(), or -1.
std::optional<EventLogAnalysis> analyzeUtf8(const char *data, qint64 size, int fd,
                                            const char *fileStart, const EventLogOptions &options,
                                            EventLogAnalysis result, QString *error);

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

std::optional<EventLogAnalysis> analyzeMemory(const char *data, qint64 size, int fd,
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
        return analyzeUtf8(utf8.constData(), utf8.size(), -1, nullptr, options, std::move(result),
                           error);
    }
    EventLogAnalysis result;
    result.encoding = enc.name;
    error->clear();
    auto r =
        analyzeUtf8(data + enc.bomBytes, size - enc.bomBytes, fd, data, options, result, error);
    if (r || !error->isEmpty()) return r;
    // Not UTF-8 after all: read as Windows-1252.
    const QByteArray utf8 =
        TableReader::decode(QByteArrayView(data + enc.bomBytes, size - enc.bomBytes),
                            QStringLiteral("Windows-1252"))
            .toUtf8();
    result.encoding = QStringLiteral("Windows-1252");
    return analyzeUtf8(utf8.constData(), utf8.size(), -1, nullptr, options, std::move(result),
                       error);
}

// Returns nullopt with an empty *error when the text is not UTF-8.
std::optional<EventLogAnalysis> analyzeUtf8(const char *data, qint64 size, int fd,
                                            const char *fileStart, const EventLogOptions &options,
                                            EventLogAnalysis result, QString *error)
{
    // WAYMARK_TIMING=1 prints how long each step took, for the benchmark.
    static const bool timing = qEnvironmentVariableIsSet("WAYMARK_TIMING");
    // Before the arrays, so that it outlives them: each step's arrays take the pages of the
    // steps before.
    const BigPool pool;
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
    ReadSetup setup{&options, head.delim, {}, fd, fileStart};
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
        if (p.readError) {
            *error = Storage::tr("the file cannot be read (%1)").arg(qt_error_string(p.readError));
            return std::nullopt;
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
    // Hands the cases in the slots [first, last) of `from` to look(number, bytes, hash) in
    // batches, the lines of `into` where each will be looked up fetched while the next are
    // hashed.
    const auto lookUp = [](const CaseTable &from, size_t first, size_t last, const CaseTable &into,
                           auto look) {
        struct Pending
        {
            quint32 id;
            std::string_view key;
            uint64_t hash;
        };
        Pending batch[16];
        int count = 0;
        const auto flush = [&] {
            for (int i = 0; i < count; ++i)
                look(batch[i].id, batch[i].key, batch[i].hash);
            count = 0;
        };
        from.forEach(first, last, [&](quint32 id, std::string_view key) {
            const uint64_t h = hashBytes(key.data(), key.size());
            __builtin_prefetch(into.slotFor(h));
            batch[count++] = {id, key, h};
            if (count == 16) flush();
        });
        flush();
    };
    if (parts.size() == 2) {
        // Two parts (two cores): the second part's cases are looked up in the first's table
        // by both threads at once; those not there are numbered after it. No string moves.
        Part &p = parts[1];
        caseMap[1].resize(p.cases.size());
        const size_t n = p.cases.slotCount();
        inParallel(2, [&](int k) {
            lookUp(p.cases, k ? n / 2 : 0, k ? n : n / 2, base.cases,
                   [&](quint32 id, std::string_view key, uint64_t h) {
                       caseMap[1][id] = base.cases.find(key.data(), key.size(), h);
                   });
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
            lookUp(p.cases, 0, p.cases.slotCount(), base.cases,
                   [&](quint32 id, std::string_view key, uint64_t h) {
                       caseMap[k][id] = base.cases.intern(key.data(), key.size(), h);
                   });
            caseCount = base.cases.size();
        }
        actMap[k].resize(p.acts.size());
        for (quint32 i = 0; i < p.acts.size(); ++i)
            actMap[k][i] = base.acts.intern(p.acts.at(i).data(), p.acts.at(i).size());
        segMap[k].resize(p.segs.size());
        for (quint32 i = 0; i < p.segs.size(); ++i)
            segMap[k][i] = base.segs.intern(p.segs.at(i).data(), p.segs.at(i).size());
    }
    // The case ids are numbers from here on: their tables and strings (64 MB and more per
    // part at 10M events) go, and the grouped arrays take their pages.
    for (Part &p : parts)
        p.cases = CaseTable();
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
        countCases(g, caseCut[size_t(k)], caseCut[size_t(k) + 1], &tallies[size_t(k)]);
    });
    TallyLists lists;
    placeLists(g, tallies, &lists);
    inParallel(threads, [&](int k) {
        tallyCases(g, caseCut[size_t(k)], caseCut[size_t(k) + 1], &tallies[size_t(k)], &lists);
    });
    Tally &t = tallies[0];
    for (size_t k = 1; k < tallies.size(); ++k)
        merge(&t, std::move(tallies[k]));
    phase("tally");

    result.events = events;
    result.cases = caseCount;
    const quint32 A = g.activities, S = g.stages;
    // Quantiles: one list after the other, spread over the threads, each sorted in place.
    std::vector<ActivityStats> stats(size_t(g.slices()) * A);
    std::vector<std::pair<double, double>> throughputs(g.slices(), {0, 0});
    std::vector<double> transitionMedians(t.transitions.size());
    std::vector<quint32> transitionOfPlace(t.transitions.size());
    for (quint32 i = 0; i < t.transitions.size(); ++i)
        transitionOfPlace[lists.place[i]] = i;
    std::atomic<size_t> nextSlot{0};
    const size_t slotCount = stats.size(), jobs = slotCount + g.slices();
    inParallel(threads, [&](int) {
        for (size_t i; (i = nextSlot++) < jobs;) {
            if (i < slotCount) {
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
                std::pair<qint64 *, size_t> all;
                if (i < A) {
                    // The slice of all: the transitions from this activity first, then their
                    // lists together.
                    const size_t from = lists.fromStart[i], to = lists.fromStart[i + 1];
                    for (size_t p = from; p < to; ++p) {
                        const auto [d, n] = lists.transitions.span(p);
                        transitionMedians[transitionOfPlace[p]] = n ? quantile(d, n, 1, 2) : 0;
                    }
                    all = {lists.transitions.values.data() + lists.transitions.start[from],
                           lists.transitions.start[to] - lists.transitions.start[from]};
                } else {
                    all = lists.dwell.span(i);
                }
                const auto [d, n] = all;
                if (n) {
                    s.medianDwell = quantile(d, n, 1, 2);
                    s.p90Dwell = quantile(d, n, 9, 10, (n - 1) / 2);
                }
            } else {
                const auto [d, n] = lists.throughput.span(i - slotCount);
                if (n)
                    throughputs[i - slotCount] = {quantile(d, n, 1, 2),
                                                  quantile(d, n, 9, 10, (n - 1) / 2)};
            }
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
        if (t.sliceCases[n]) std::tie(slice.throughputMedian, slice.throughputP90) = throughputs[n];
        for (quint32 st = 0; st < S; ++st) {
            slice.stageReached.append(t.stageReached[size_t(n) * S + st]);
            slice.stageConverted.append(t.stageConverted[size_t(n) * S + st]);
            slice.closedReached.append(t.closedReached[size_t(n) * S + st]);
        }
        slice.closedCases = t.closedCases[n];
        result.slices.append(std::move(slice));
    }
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
        first.append(b.line > 0 ? Analytics::tr("line %1: %2").arg(b.line).arg(b.reason)
                                : b.reason); // a database's rows have no line numbers
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

std::optional<Table> readSample(const QString &path, int rows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray head = file.read(256 * 1024);
    // Whole lines only: a character cut in two would look like another encoding.
    if (!file.atEnd() && head.lastIndexOf('\n') > 0) head.truncate(head.lastIndexOf('\n') + 1);
    int n = 0;
    Table sample;
    QString reason;
    auto table = TableReader::readCsv(head, &reason, [&](const QStringList &row, qint64) {
        sample.rows.append(row);
        return ++n < rows;
    });
    if (!table) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return std::nullopt;
    }
    table->rows = sample.rows;
    return table;
}

std::optional<EventLogAnalysis> analyzeBytes(const QByteArray &bytes,
                                             const EventLogOptions &options, QString *error)
{
    return analyzeMemory(bytes.constData(), bytes.size(), -1, options, error);
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
    static const bool timing = qEnvironmentVariableIsSet("WAYMARK_TIMING");
    QElapsedTimer total;
    total.start();
    if (size == 0) {
        reason = Storage::tr("the file is empty");
    } else if (uchar *map = file.map(0, size)) {
#ifdef Q_OS_UNIX
        const int fd = file.handle(); // read with pread() (eventread.cpp)
#else
        const int fd = -1;
#endif
        result = analyzeMemory(reinterpret_cast<const char *>(map), size, fd, options, &reason);
        QElapsedTimer clock;
        clock.start();
        file.unmap(map);
        if (timing) fprintf(stderr, "eventlog: %-10s %6lld ms\n", "unmap", clock.elapsed());
    } else { // a pipe or a file system without mappings
        const QByteArray bytes = file.readAll();
        result = analyzeMemory(bytes.constData(), bytes.size(), -1, options, &reason);
    }
    if (!result) *error = QStringLiteral("%1: %2").arg(path, reason);
    if (timing) fprintf(stderr, "eventlog: %-10s %6lld ms\n", "analyze", total.elapsed());
    return result;
}

} // namespace EventLog

} // namespace waymark
