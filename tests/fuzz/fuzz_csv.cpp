// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader, whole and streamed, from a file (encoding detection) and from memory.
#include "fuzzutil.h"
#include "io/tablereader.h"

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    const QByteArray bytes = fuzz::input(data, size).toByteArray();
    QString error;
    (void)TableReader::readCsv(bytes, &error);
    const QString path = fuzz::writeScratch(QStringLiteral("t.csv"), bytes);
    qint64 rows = 0;
    (void)TableReader::read(path, {}, &error,
                            [&](const QStringList &, qint64) { return ++rows < 100000; });
    return 0;
}
