// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the project file (issue targets): open a 10,000-card project with the model
// fully loaded, single-card edits committed through the Document, and `waymark-cli info`
// as a whole process. Prints one JSON line per figure.
#include "benchutil.h"
#include "analytics/journeydiff.h"
#include "document/document.h"
#include "document/templates.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace waymark;
using namespace waymark::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big.waymark"));
    QString error;
    if (!Store::create(file, bigProject(), &error)) qFatal("%s", qPrintable(error));

    QList<double> opens;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadWrite, &result);
        opens.append(t.nsecsElapsed() / 1e6);
        if (!doc || doc->project().cardCount() != 10000)
            qFatal("open failed: %s", qPrintable(result.error));
    }
    report("open_10k_cards_model_loaded", median(opens), 150);

    {
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadWrite, &result);
        const Journey &j = doc->project().journeys.first();
        const Id journeyId = j.id;
        QList<Id> ids;
        for (const Card &c : j.cards)
            ids.append(c.id);
        QList<double> edits;
        for (int i = 0; i < 1000; ++i) {
            Card c = *doc->project().journeys.first().card(ids[i % ids.size()]);
            c.text = QStringLiteral("Edited %1").arg(i);
            QElapsedTimer t;
            t.start();
            doc->changeCard(journeyId, c);
            edits.append(t.nsecsElapsed() / 1e6);
            if (!doc->isSaved()) qFatal("edit not saved: %s", qPrintable(doc->saveError()));
        }
        report("single_card_edit_committed_median", median(edits), 2);
        std::sort(edits.begin(), edits.end());
        report("single_card_edit_committed_p95", edits[950], 10);
    }

    // Snapshots of the whole 10,000-card project: taking one (written in its own
    // transaction), comparing the journey with it, restoring it as a new journey. No issue
    // target; they must not make an edit feel slow.
    {
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadWrite, &result);
        QList<double> takes, diffs, restores;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const Id id = doc->takeSnapshot(QStringLiteral("Bench %1").arg(i));
            takes.append(t.nsecsElapsed() / 1e6);
            if (id.isNull() || !doc->isSaved()) qFatal("snapshot failed");
            t.restart();
            const auto from = DiffSource::resolve(
                doc->project(),
                QStringLiteral("snapshot:Bench %1/%2")
                    .arg(i)
                    .arg(idToString(doc->project().journeys.first().id)),
                &error);
            if (!from) qFatal("%s", qPrintable(error));
            const JourneyDiff d = JourneyDiff::compute(from->project, from->journey(),
                                                       doc->project(),
                                                       doc->project().journeys.first());
            diffs.append(t.nsecsElapsed() / 1e6);
            if (d.hasCardChanges()) qFatal("a fresh snapshot differs");
            t.restart();
            if (doc->restoreSnapshot(id, doc->project().journeys.first().id).isEmpty())
                qFatal("restore failed: %s", qPrintable(doc->refusalReason()));
            restores.append(t.nsecsElapsed() / 1e6);
            doc->undoStack()->undo();
        }
        report("snapshot_10k_cards_take", median(takes), 1000);
        report("snapshot_10k_cards_diff", median(diffs), 1000);
        report("snapshot_10k_cards_restore", median(restores), 1000);
        report("snapshot_10k_cards_compressed", double(doc->project().snapshots.first().content.size()),
               10'000'000, "bytes");
    }

    QList<double> infos;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral(WAYMARK_CLI_PATH), {QStringLiteral("info"), file});
        p.waitForFinished();
        infos.append(t.nsecsElapsed() / 1e6);
        if (p.exitCode() != 0) qFatal("info failed");
    }
    report("cli_info_10k_whole_process", median(infos), 300);
    return 0;
}
