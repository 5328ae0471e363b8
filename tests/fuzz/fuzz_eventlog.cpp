// SPDX-License-Identifier: GPL-3.0-or-later
// The event-log reader and engine (columns guessed and fixed, periods, segments, a funnel, two
// parts of a few bytes each so that cuts inside quotes happen, the file read in windows of a
// few bytes against the bytes in memory), the timestamp parser, and the survey and contact
// readers on the same bytes.
#include "fuzzutil.h"
#include "analytics/eventlog.h"
#include "analytics/survey.h"

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    const QByteArray bytes = fuzz::input(data, size).toByteArray();
    qint64 micros = 0;
    bool naive = false;
    (void)Timestamp::parse(bytes.left(64), &micros, &naive);
    const QString path = fuzz::writeScratch(QStringLiteral("events.csv"), bytes);
    QString error;
    EventLogOptions o;
    if (const auto header = EventLog::readHeader(path, &error))
        o.columns = EventLogColumns::guess(*header);
    if (!o.columns.complete()) o.columns = {0, 1, 2, 3, -1, 4, -1};
    o.period = PeriodCut(size % 4);
    o.maxBadShare = 0.5;
    o.minPartBytes = 16;
    o.threads = 2;
    o.stageCount = 3;
    o.stageOf = [](const QString &activity) { return int(activity.size() % 4) - 1; };
    // The file read a window of 16 to 79 bytes at a time must give what the bytes in memory
    // give: the same rows, events, cases and bad rows, or the same error.
    o.windowBytes = 16 + qint64(size % 64);
    const auto fromFile = EventLog::analyze(path, o, &error);
    const QString fileError = error;
    const auto inMemory = EventLog::analyzeBytes(bytes, o, &error);
    if (bool(fromFile) != bool(inMemory)) __builtin_trap();
    if (fromFile &&
        (fromFile->rows != inMemory->rows || fromFile->events != inMemory->events ||
         fromFile->cases != inMemory->cases || fromFile->badRowCount != inMemory->badRowCount))
        __builtin_trap();
    if (!fromFile && !fileError.endsWith(error)) __builtin_trap();
    o.threads = 1;
    o.zone = QTimeZone("Europe/Berlin");
    (void)EventLog::analyzeBytes(bytes, o, &error);
    SurveyOptions s;
    s.columns = {0, 1, 2, 3};
    (void)Survey::read(path, s, &error);
    ContactOptions c;
    c.columns = {0, 1, 2, 3, 4};
    (void)Contacts::read(path, c, &error);
    return 0;
}
