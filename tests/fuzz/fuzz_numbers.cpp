// SPDX-License-Identifier: GPL-3.0-or-later
// The number and period parsers: every value they give is finite, and ordering periods is a
// strict weak order on the lines of the input.
#include "analytics/period.h"
#include "fuzzutil.h"
#include "io/numberparse.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    const QString text = QString::fromUtf8(fuzz::input(data, size));
    QStringList lines = text.split(u'\n');
    if (lines.size() > 200) lines.resize(200);
    for (const QString &line : std::as_const(lines))
        for (const auto mark : {NumberParse::DecimalMark::Point, NumberParse::DecimalMark::Comma})
            if (const auto v = NumberParse::parse(line, mark); v && !std::isfinite(v->number))
                std::abort();
    (void)NumberParse::guessMark(lines);
    (void)NumberParse::explain(lines.value(0), NumberParse::DecimalMark::Comma);
    for (const QString &a : std::as_const(lines))
        if (Period::less(a, a)) std::abort(); // irreflexive
    std::sort(lines.begin(), lines.end(), Period::Order());
    return 0;
}
