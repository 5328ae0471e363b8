// SPDX-License-Identifier: GPL-3.0-or-later
// The project-file opener: probe, side-file vetting, open, check and load, on a file and
// (when the input holds the separator) a "-wal" or "-journal" beside it.
#include "document/document.h"
#include "fuzzutil.h"
#include "storage/checker.h"

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    QByteArrayView bytes = fuzz::input(data, size);
    QByteArrayView side;
    QString sideSuffix;
    static const QByteArray marks[] = {QByteArrayLiteral("\n--wal--\n"),
                                       QByteArrayLiteral("\n--journal--\n")};
    for (const QByteArray &mark : marks) {
        const qsizetype at = QByteArrayView(bytes).indexOf(mark);
        if (at < 0) continue;
        side = bytes.sliced(at + mark.size());
        bytes = bytes.first(at);
        sideSuffix = &mark == &marks[0] ? QStringLiteral("-wal") : QStringLiteral("-journal");
        break;
    }
    QDir dir(fuzz::scratch().path());
    for (const QString &name : dir.entryList(QDir::Files))
        dir.remove(name);
    const QString path = fuzz::writeScratch(QStringLiteral("p.waymark"), bytes);
    if (!sideSuffix.isEmpty()) fuzz::writeScratch(QStringLiteral("p.waymark") + sideSuffix, side);
    (void)checkProjectFile(path);
    OpenResult result;
    if (auto doc = Document::open(path, Store::Access::ReadWrite, &result)) {
        // One edit through the document, so that writing paths run too.
        if (!doc->project().journeys.isEmpty()) {
            Journey j = doc->project().journeys.first();
            j.name = QStringLiteral("Fuzzed");
            doc->changeJourney(j);
        }
        doc->close();
    }
    return 0;
}
