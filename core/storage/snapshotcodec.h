// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

namespace waymark {

// A snapshot's content: a project of its own with the journeys it copied (without their
// workshop records), the personas they show, every metric definition and the metric values
// on what it copied. Stored as JSON compressed with zlib (FORMAT.md, table `snapshots`).
namespace SnapshotCodec {

constexpr int FormatVersion = 1;
// What a snapshot may unpack to: a damaged or hostile blob cannot claim more.
constexpr qint64 MaxContentBytes = 256LL * 1024 * 1024;

// The content of a snapshot of journey `journeyId` of `project`, or of every journey when
// `journeyId` is null.
QByteArray write(const Project &project, const Id &journeyId = {});
// Reads content back (info, journeys, personas, metrics and values); false with a reason
// for damaged content or content from a newer Waymark.
bool read(const QByteArray &content, Project *out, QString *error);

} // namespace SnapshotCodec

} // namespace waymark
