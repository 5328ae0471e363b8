// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QStringList>

namespace waymark {

// Numbers as people and their tools write them: "1.234,5", "1,234.5", "12,5 %", "0.125",
// "-3", durations "00:03:20", "3:20", "200 s", "4 min", "1.5 h". Explicit about the decimal
// mark: a column is read with one mark, guessed from all of its values.
namespace NumberParse {

enum class DecimalMark
{
    Point,
    Comma
};

struct Value
{
    double number = 0; // durations in seconds, percentages as written (12.5 for "12,5 %")
    bool percent = false;
    bool duration = false;
};

std::optional<Value> parse(const QString &text, DecimalMark mark);
// The mark that reads most of `samples` as numbers (a tie goes to the point).
DecimalMark guessMark(const QStringList &samples);
// How a sample is read, for the import dialog, in the user's number format:
// "1.234,5 → 1234.5" (English), "1.234,5 → 1234,5" (German).
QString explain(const QString &text, DecimalMark mark);

} // namespace NumberParse

} // namespace waymark
