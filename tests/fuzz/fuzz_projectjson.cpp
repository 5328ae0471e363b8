// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of a project (core/storage/JSON.md). What it refuses, it refuses with a reason
// and without leaving a file; what it takes is a project that opens and, written as JSON again
// and read back, gives the same text (the round trip is lossless).
#include "fuzzutil.h"
#include "storage/projectjson.h"

#include <cstdlib>

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    const QByteArray bytes = fuzz::input(data, size).toByteArray();
    const QDir dir(fuzz::scratch().path());
    const QString target = dir.filePath(QStringLiteral("p.waymark"));
    const QString again = dir.filePath(QStringLiteral("again.waymark"));
    QFile::remove(target);
    QFile::remove(again);
    QString error;
    if (!ProjectJson::create(bytes, target, &error)) {
        // A refusal says why and leaves nothing behind, not even a scratch file.
        if (error.isEmpty() || !dir.entryList(QDir::Files | QDir::Hidden).isEmpty()) std::abort();
        return 0;
    }
    QByteArray json, json2;
    if (!ProjectJson::writeFile(target, &json, &error) || !ProjectJson::create(json, again, &error) ||
        !ProjectJson::writeFile(again, &json2, &error) || json != json2)
        std::abort();
    return 0;
}
