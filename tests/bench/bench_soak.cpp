// SPDX-License-Identifier: GPL-3.0-or-later
// A long session on a 10,000-card project: edits, undo and redo, metric imports (and their
// undo), PNG exports and journey switches, in a loop for WAYMARK_SOAK_SECONDS (default 120;
// `packaging/dev.sh soak` runs 30 minutes, CI 2 minutes). Resident memory is sampled every
// second; after a warm-up (a tenth of the run, at least 20 s: the caches of a 10,000-card
// project fill in the first seconds) it may grow by 10 % at most, and edits in the last tenth
// may be at most 1.25 times slower than in the tenth after the warm-up. Prints one JSON line
// per figure; exits 1 when a target is missed, so CI fails on it.
#include "benchutil.h"
#include "document/document.h"
#include "io/mapexport.h"
#include "io/metricimport.h"

#include <cstdio>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <unistd.h>

using namespace waymark;
using namespace waymark::bench;

namespace {

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / (1 << 20) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int seconds = std::max(40, qEnvironmentVariableIntValue("WAYMARK_SOAK_SECONDS") > 0
                                         ? qEnvironmentVariableIntValue("WAYMARK_SOAK_SECONDS")
                                         : 120);
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(QStringLiteral("soak.waymark")), bigProject(), &error);
    if (!doc) qFatal("%s", qPrintable(error));
    // A table of a value per stage name, imported and taken back again and again.
    Table table;
    table.columns = {QStringLiteral("Stage"), QStringLiteral("CSAT")};
    for (int s = 0; s < 10; ++s)
        table.rows.append({QStringLiteral("Stage %1").arg(s), QString::number(1 + s % 4)});
    const MetricMapping mapping = MetricMapping::guess(table);

    QElapsedTimer clock, sampleClock;
    clock.start();
    sampleClock.start();
    QList<double> rss, early, late;
    double warmRss = 0;
    const qint64 endMs = seconds * 1000, warmUpMs = std::max<qint64>(endMs / 10, 20000);
    qint64 iteration = 0;
    while (clock.elapsed() < endMs) {
        const Journey &j = doc->project().journeys[int(iteration % 20)];
        doc->setCurrentJourney(j.id);
        Card card = j.cards[int(iteration * 7 % j.cards.size())];
        card.text = QStringLiteral("Edited %1").arg(iteration);
        QElapsedTimer edit;
        edit.start();
        if (!doc->changeCard(j.id, card) || !doc->isSaved()) qFatal("edit failed");
        const double editMs = ms(edit);
        doc->undoStack()->undo();
        doc->undoStack()->redo();
        if (iteration % 25 == 0) {
            if (!doc->importMetrics(MetricImporter::plan(doc->project(), table,
                                                         QStringLiteral("soak.csv"), mapping)))
                qFatal("import failed: %s", qPrintable(doc->refusalReason()));
            doc->undoStack()->undo();
        }
        if (iteration % 100 == 0 &&
            !MapExport::writePng(doc->project(), j.id, dir.filePath(QStringLiteral("map.png")), {},
                                 &error))
            qFatal("export failed: %s", qPrintable(error));
        const qint64 now = clock.elapsed();
        if (now > warmUpMs && now < warmUpMs + endMs / 10) early.append(editMs);
        if (now > endMs - endMs / 10) late.append(editMs);
        if (sampleClock.elapsed() >= 1000) {
            sampleClock.restart();
            rss.append(residentMb());
            if (warmRss == 0 && now > warmUpMs) warmRss = rss.last();
        }
        ++iteration;
    }
    const double growth = warmRss > 0 ? (rss.last() - warmRss) / warmRss * 100 : 0;
    const double slowdown = early.isEmpty() || late.isEmpty() ? 0 : median(late) / median(early);
    report("soak_rss_growth_after_warmup", growth, 10, "percent");
    report("soak_edit_median_late_vs_early", slowdown, 1.25, "ratio");
    report("soak_iterations", double(iteration), 1e12, "count");
    report("soak_rss_end", rss.isEmpty() ? 0 : rss.last(), 1e6, "MB");
    if (growth > 10 || slowdown > 1.25 || warmRss == 0) {
        fprintf(stderr,
                "bench_soak: FAILED: memory grew %.1f %% after the warm-up (at most 10), edits "
                "at the end took %.2f times as long as at the start (at most 1.25)\n",
                growth, slowdown);
        return 1;
    }
    fprintf(stderr, "bench_soak: passed (%lld iterations in %d s)\n", iteration, seconds);
    return 0;
}
