// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/numberparse.h"
#include "model/metrics.h"

#include <limits>

namespace waymark {

// What the numbers of one metric column look like, gathered while a table is read.
struct ValueStats
{
    int count = 0;        // values read
    int percentSigns = 0; // written with %
    int durations = 0;    // written as a duration (00:03:20, 200 s)
    // Values written as plain numbers.
    int plain = 0;
    double plainMin = std::numeric_limits<double>::infinity();
    double plainMax = -std::numeric_limits<double>::infinity();
    bool plainWhole = true;
    QList<double> values; // every value as read, for the median

    void add(const NumberParse::Value &v);
    // Plain values between 0 and 1 that are not all whole numbers: shares written as 0.38.
    bool fractions() const;
    // Plain values within [low, high] (and at least one value).
    bool within(double low, double high) const;
    std::optional<double> median() const; // the lower median
};

// Recognises KPIs from the words of a column header or metric name, in English and German,
// from a unit in brackets and from the values, so that "Abbruchrate", "Drop-off rate (%)",
// "Kundenzufriedenheit (CSAT)", "Anrufvolumen" and "Wartezeit (Min.)" get the right unit,
// direction and thresholds. What it cannot tell, it leaves open (directionKnown = false)
// for the user to decide; it never assumes "higher is better".
namespace MetricRecognition {

// A header split into the name as written and the unit it names: "Wartezeit (Min.)" ->
// "Wartezeit", minutes; "Drop-off rate [%]" -> "Drop-off rate", percent.
struct Header
{
    QString name;
    bool percent = false;
    bool time = false;
    double secondsPerUnit = 1; // time: how many seconds one unit of the column is
    QString currency;          // "€", "$", ...
};
Header splitUnit(const QString &header);

struct Result
{
    MetricDefinition definition; // id and key are left to the caller
    // Multiplies values written as plain numbers: shares (0.38) become percent, minutes
    // become seconds.
    double factor = 1;
    QStringList basis; // why, for the user: "the words “abbruch”, “rate”", "values 1 to 5"
};

// `stats` holds the values as read (before `factor`).
Result recognise(const QString &header, const ValueStats &stats);
// How plain values of an existing metric's column are scaled (shares to percent, minutes to
// seconds), from the header and the values.
double factorFor(const MetricDefinition &definition, const QString &header,
                 const ValueStats &stats);
// The definition when the user sets the direction of a metric Waymark could not judge:
// thresholds follow the scale or the data.
MetricDefinition withDirection(MetricDefinition definition, bool higherIsBetter,
                               const ValueStats &stats);
// The metric key Waymark used before it kept names as written ("Abbruchrate" was stored as
// "drop-off"), so that next month's import of an older project updates the same metric.
QString legacyKey(const QString &name);

// The kinds Waymark knows, and their names for the user.
QStringList kinds();
QString kindName(const QString &kind);
// CES comes in two conventions: CES 2.0 (agreement 1-7, "made it easy", higher is better)
// and the older effort scale (1-5, "how much effort", lower is better).
bool isCes20(const MetricDefinition &definition);
MetricDefinition cesConvention(MetricDefinition definition, bool ces20);

} // namespace MetricRecognition

} // namespace waymark
