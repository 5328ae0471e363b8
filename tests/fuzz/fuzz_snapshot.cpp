// SPDX-License-Identifier: GPL-3.0-or-later
// A snapshot's content as the project file holds it (compressed JSON), and the comparison of
// what it holds: the input is read as it is (a damaged blob) and, compressed, as the JSON
// inside. Whatever reads is compared journey with journey, and with itself, and resolved by
// name the way `waymark-cli diff` does.
#include "fuzzutil.h"
#include "analytics/journeydiff.h"
#include "storage/snapshotcodec.h"

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    const QByteArray bytes = fuzz::input(data, size).toByteArray();
    Project content;
    QString error;
    (void)SnapshotCodec::read(bytes, &content, &error);
    if (!SnapshotCodec::read(qCompress(bytes, 1), &content, &error)) return 0;
    for (const Journey &from : content.journeys)
        for (const Journey &to : content.journeys) {
            const JourneyDiff d = JourneyDiff::compute(content, from, content, to);
            (void)d.toJson();
            (void)d.lines();
        }
    // Written again and read back: what was read must survive the round trip.
    Project again;
    if (!SnapshotCodec::read(SnapshotCodec::write(content), &again, &error)) __builtin_trap();
    Project project = content;
    Snapshot s;
    s.id = newId();
    s.name = content.info.title.left(40);
    s.content = SnapshotCodec::write(content);
    project.snapshots.append(s);
    (void)DiffSource::resolve(project, QStringLiteral("snapshot:") + s.name, &error);
    if (!content.journeys.isEmpty())
        (void)DiffSource::resolve(project,
                                  QStringLiteral("snapshot:%1/%2")
                                      .arg(s.name, content.journeys.last().name),
                                  &error);
    return 0;
}
