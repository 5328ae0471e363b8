// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricrecognition.h"

#include "trcontexts.h"

#include <cmath>
#include <QLocale>
#include <QRegularExpression>

namespace waymark {

void ValueStats::add(const NumberParse::Value &v)
{
    ++count;
    values.append(v.number);
    if (v.percent) {
        ++percentSigns;
        return;
    }
    if (v.duration) {
        ++durations;
        return;
    }
    ++plain;
    plainMin = std::min(plainMin, v.number);
    plainMax = std::max(plainMax, v.number);
    if (v.number != std::floor(v.number)) plainWhole = false;
}

bool ValueStats::fractions() const
{
    return plain > 0 && !plainWhole && plainMin >= 0 && plainMax <= 1;
}

bool ValueStats::within(double low, double high) const
{
    return plain > 0 && plainMin >= low && plainMax <= high;
}

std::optional<double> ValueStats::median() const
{
    if (values.isEmpty()) return std::nullopt;
    QList<double> copy = values;
    const qsizetype mid = (copy.size() - 1) / 2; // the lower median
    std::nth_element(copy.begin(), copy.begin() + mid, copy.end());
    return copy[mid];
}

namespace MetricRecognition {

namespace {

enum class Measure
{
    Count,   // how many: volume, complaints
    Percent, // a share of 100
    Scale,   // a rating scale (CSAT, CES)
    Index,   // NPS: -100 to 100
    Time,
    Money,
    Any
};

struct Kind
{
    const char *key;
    const char *pattern; // on the header, case-folded, with - and _ as spaces
    Measure measure;
    int direction; // +1 higher is better, -1 lower is better, 0 not judged (volume)
};

// First match wins: the specific before the general ("call abandonment rate" is drop-off, not
// volume; "Wartezeit Anrufe" is time).
const QList<Kind> &catalogue()
{
    static const QList<Kind> kinds{
        {"nps", "\\bnps\\b|net promoter|weiterempfehlung", Measure::Index, 1},
        {"csat", "\\bcsat\\b|satisf|zufriedenheit|\\bsat\\b", Measure::Scale, 1},
        {"ces", "\\bces\\b|effort|aufwand|mühe", Measure::Scale, 0},
        {"fcr",
         "\\bfcr\\b|first (contact|call|time) resolution|erstlösung|erstloesung|"
         "erstkontaktlösung|resolved (at|on) first",
         Measure::Percent, 1},
        {"containment", "containment|self ?service|selbstbedienung|deflection", Measure::Percent,
         1},
        {"churn", "churn|kündigung|kuendigung|abwanderung|cancellation|storno", Measure::Percent,
         -1},
        {"drop-off",
         "drop ?off|drop ?out|abandon|abbruch|abbrecher|absprung|bounce|exit rate|ausstieg|"
         "abgebrochen",
         Measure::Percent, -1},
        {"repeat", "repeat|wiederhol|recontact|erneut|mehrfach|\\bloops?\\b", Measure::Any, -1},
        {"conversion", "conversion|konversion|\\bcvr\\b", Measure::Percent, 1},
        {"completion",
         "completion|complete rate|abschluss|success|erfolg|open rate|öffnungsrate|"
         "click ?through|\\bctr\\b|uptake",
         Measure::Percent, 1},
        {"time",
         "\\btime\\b|duration|dauer|zeit|\\baht\\b|handling|\\bwait|dwell|verweil|latency|"
         "minutes|minuten|seconds|sekunden",
         Measure::Time, -1},
        {"complaints", "complain|beschwerde|reklamation|\\berrors?\\b|fehler|failure|störung",
         Measure::Count, -1},
        {"cost", "\\bcost|kosten", Measure::Money, -1},
        {"revenue", "revenue|umsatz|\\bsales\\b|erlös|erloes|\\barpu\\b", Measure::Money, 1},
        {"volume",
         "volume|volumen|anzahl|anruf|\\bcalls?\\b|contacts|kontakte|visit|besuch|sessions|"
         "sitzungen|\\bcount\\b|number of|traffic|tickets|\\bfälle\\b|\\bcases\\b|\\busers\\b|"
         "nutzer|aufrufe|\\bviews\\b|impressions",
         Measure::Count, 0},
    };
    return kinds;
}

const Kind &kindOf(const char *key)
{
    for (const Kind &k : catalogue())
        if (qstrcmp(k.key, key) == 0) return k;
    Q_UNREACHABLE();
}

const QRegularExpression &compiled(int i)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const Kind &k : catalogue())
            list.append(QRegularExpression(QString::fromUtf8(k.pattern),
                                           QRegularExpression::UseUnicodePropertiesOption));
        return list;
    }();
    return patterns[i];
}

QString fold(const QString &text)
{
    QString s = text.toCaseFolded();
    s.replace(u'-', u' ');
    s.replace(u'_', u' ');
    s.replace(QChar(0x00a0), u' ');
    return s.simplified();
}

// Two significant digits: thresholds a person would write.
double nice(double v)
{
    if (v == 0 || !std::isfinite(v)) return v;
    // Divide by whole powers of ten so that 6.3 is the double nearest to 6.3.
    const int exponent = int(std::floor(std::log10(std::abs(v)))) - 1;
    if (exponent < 0) {
        const double p = std::pow(10.0, -exponent);
        return std::round(v * p) / p;
    }
    const double p = std::pow(10.0, exponent);
    return std::round(v / p) * p;
}

QString quoted(const QString &s)
{
    return Storage::tr("“%1”").arg(s);
}

struct Scale
{
    double min = 0, max = 0;
    bool isSet() const { return max > min; }
};

// "(1-5)", "(1–7)", "[0-10]", "1 bis 5" in a header.
Scale scaleInHeader(const QString &folded)
{
    static const QRegularExpression range(
        QStringLiteral("(?:^|[\\s(\\[])(-?\\d+)\\s*(?:-|–|to|bis)\\s*(\\d+)(?:$|[\\s)\\]])"));
    const auto m = range.match(folded);
    if (!m.hasMatch()) return {};
    const double a = m.captured(1).toDouble(), b = m.captured(2).toDouble();
    return b > a && b <= 100 ? Scale{a, b} : Scale{};
}

Scale scaleFromValues(const ValueStats &s)
{
    if (s.within(1, 5) || s.within(0, 5)) return {1, 5};
    if (s.within(1, 7)) return {1, 7};
    if (s.within(0, 10)) return {0, 10};
    return {};
}

void setThresholds(MetricDefinition &d, double target, double warning, double critical)
{
    d.target = target;
    d.warning = warning;
    d.critical = critical;
}

// Thresholds from a rating scale: the upper (or lower) part of it is good.
void scaleThresholds(MetricDefinition &d, const Scale &scale)
{
    d.scaleMin = scale.min;
    d.scaleMax = scale.max;
    const double span = scale.max - scale.min;
    const auto at = [&](double share) {
        return nice(d.higherIsBetter ? scale.min + span * share : scale.max - span * share);
    };
    setThresholds(d, at(0.8), at(0.625), at(0.5));
}

// Thresholds where there are no norms (times, costs, counts): against the data's median.
void medianThresholds(MetricDefinition &d, const ValueStats &stats, double factor)
{
    const auto median = stats.median();
    if (stats.count < 2 || !median || *median <= 0) return;
    const double m = *median * factor;
    if (d.higherIsBetter)
        setThresholds(d, nice(m), nice(m * 0.75), nice(m * 0.5));
    else
        setThresholds(d, nice(m), nice(m * 1.5), nice(m * 2));
}

void percentThresholds(MetricDefinition &d, const QString &kind)
{
    struct Fixed
    {
        const char *kind;
        double target, warning, critical;
    };
    static const Fixed fixed[] = {
        {"drop-off", 10, 20, 30},   {"churn", 5, 10, 15}, {"conversion", 30, 20, 10},
        {"completion", 85, 70, 50}, {"fcr", 80, 70, 60},  {"containment", 80, 60, 40},
        {"repeat", 10, 20, 30},     {"csat", 85, 75, 65},
    };
    for (const Fixed &f : fixed)
        if (kind == QLatin1String(f.kind)) setThresholds(d, f.target, f.warning, f.critical);
    d.scaleMin = 0;
    d.scaleMax = 100;
}

void csatScale(MetricDefinition &d, const Scale &scale)
{
    d.scaleMin = scale.min;
    d.scaleMax = scale.max;
    if (scale.max == 5)
        setThresholds(d, 4.2, 3.5, 3.0);
    else if (scale.max == 7)
        setThresholds(d, 6, 5, 4);
    else
        scaleThresholds(d, scale);
}

} // namespace

Header splitUnit(const QString &header)
{
    Header h;
    h.name = header.simplified();
    // A unit in brackets at the end, or "in %" / "in Minuten".
    static const QRegularExpression unit(
        QStringLiteral("\\s*(?:[(\\[]\\s*(?:in\\s+)?([^()\\[\\]]{1,20}?)\\s*[)\\]]|\\bin\\s+"
                       "(%|prozent|percent|sekunden|seconds|minuten|minutes|stunden|hours|tagen|"
                       "days|€|eur|euro))\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = unit.match(h.name);
    if (!m.hasMatch()) return h;
    const QString u = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toCaseFolded();
    const QString bare = QString(u).remove(u'.').trimmed();
    static const QList<std::pair<QStringList, double>> times{
        {{QStringLiteral("s"), QStringLiteral("sec"), QStringLiteral("secs"), QStringLiteral("sek"),
          QStringLiteral("seconds"), QStringLiteral("sekunden")},
         1},
        {{QStringLiteral("ms")}, 0.001},
        {{QStringLiteral("min"), QStringLiteral("mins"), QStringLiteral("minutes"),
          QStringLiteral("minuten")},
         60},
        {{QStringLiteral("h"), QStringLiteral("hrs"), QStringLiteral("hours"),
          QStringLiteral("std"), QStringLiteral("stunden")},
         3600},
        {{QStringLiteral("d"), QStringLiteral("days"), QStringLiteral("tage"),
          QStringLiteral("tagen")},
         86400},
    };
    bool known = false;
    if (bare == u"%" || bare == u"prozent" || bare == u"percent" || bare == u"in %") {
        h.percent = known = true;
    } else if (bare == u"€" || bare == u"eur" || bare == u"euro" || bare == u"$" ||
               bare == u"usd" || bare == u"£" || bare == u"chf") {
        h.currency = bare == u"eur" || bare == u"euro" ? QStringLiteral("€")
                     : bare == u"usd"                  ? QStringLiteral("$")
                                                       : bare.toUpper();
        known = true;
    } else {
        for (const auto &[names, seconds] : times)
            if (names.contains(bare)) h.time = known = true, h.secondsPerUnit = seconds;
    }
    // Other brackets ("Kundenzufriedenheit (CSAT)", "(1-5)") are part of the name.
    if (known && m.capturedStart() > 0) h.name = h.name.left(m.capturedStart()).trimmed();
    return h;
}

Result recognise(const QString &header, const ValueStats &stats)
{
    Result r;
    const Header h = splitUnit(header);
    MetricDefinition &d = r.definition;
    d.name = h.name;
    const QString folded = fold(h.name);
    const Kind *kind = nullptr;
    for (int i = 0; i < catalogue().size() && !kind; ++i)
        if (const auto m = compiled(i).match(folded); m.hasMatch()) {
            kind = &catalogue()[i];
            r.basis.append(Storage::tr("the word %1").arg(quoted(m.captured().trimmed())));
        }
    // What the values say: written with % or as durations, shares of 1, a rating scale.
    const bool percentSigns = stats.percentSigns * 2 > stats.count;
    const bool durations = stats.durations * 2 > stats.count;
    static const QRegularExpression rateWord(
        QStringLiteral("\\brate\\b|rate$|quote|quota|\\bshare\\b|anteil|prozent|percent|ratio"),
        QRegularExpression::UseUnicodePropertiesOption);
    const bool rateWords = rateWord.match(folded).hasMatch();
    if (!kind && (durations || h.time)) kind = &kindOf("time");
    d.kind = kind ? QString::fromLatin1(kind->key) : QString();
    const Measure measure = kind ? kind->measure : Measure::Any;
    const bool percent = h.percent || percentSigns || measure == Measure::Percent ||
                         (rateWords && (stats.within(0, 100) || stats.fractions()));
    if (h.percent) r.basis.append(Storage::tr("the unit “%”"));
    if (percentSigns) r.basis.append(Storage::tr("values written with %"));
    if (durations) r.basis.append(Storage::tr("values written as durations"));

    // Unknown: left open, with "higher" as the guess to offer. Volume is never judged (it
    // weights the friction instead); the CES convention is decided below.
    d.directionKnown = kind && (kind->direction != 0 || d.kind == u"volume");
    d.higherIsBetter = !kind || kind->direction >= 0;
    const QString k = d.kind;
    const Scale headerScale = scaleInHeader(h.name.toCaseFolded());
    if (k == u"time" || measure == Measure::Time) {
        d.unit = QStringLiteral("s");
        r.factor = h.secondsPerUnit;
        d.scaleMin = 0;
        medianThresholds(d, stats, durations ? 1 : h.secondsPerUnit);
    } else if (k == u"nps") {
        d.scaleMin = -100;
        d.scaleMax = 100;
        setThresholds(d, 40, 20, 0);
    } else if (k == u"ces") {
        // The convention follows the range: 1-5 is the effort scale, up to 7 is CES 2.0.
        static const QRegularExpression easy(QStringLiteral("easy|einfach|leicht"));
        const bool ces20 = easy.match(folded).hasMatch() || headerScale.max == 7 ||
                           (headerScale.max != 5 && stats.plain > 0 && stats.plainMax > 5);
        d = cesConvention(d, ces20);
        r.basis.append(ces20 ? Storage::tr("CES 2.0: agreement from 1 to 7")
                             : Storage::tr("effort scale from 1 to 5"));
    } else if (k == u"csat" && !percent) {
        Scale scale = headerScale.isSet() ? headerScale : scaleFromValues(stats);
        if (!scale.isSet()) scale = stats.within(0, 100) ? Scale{0, 100} : Scale{1, 5};
        if (scale.max == 100) {
            d.unit = QStringLiteral("%");
            percentThresholds(d, k);
        } else {
            csatScale(d, scale);
            r.basis.append(Storage::tr("a scale from %1 to %2").arg(scale.min).arg(scale.max));
        }
    } else if (percent && (measure == Measure::Percent || measure == Measure::Scale ||
                           measure == Measure::Any)) {
        d.unit = QStringLiteral("%");
        percentThresholds(d, k);
    } else if (k == u"repeat") {
        d.scaleMin = 0;
        setThresholds(d, 0, 1, 2);
    } else if (k == u"complaints" || k == u"cost") {
        d.scaleMin = 0;
        medianThresholds(d, stats, 1);
    } else if (measure == Measure::Count || measure == Measure::Money) {
        d.scaleMin = 0;
    } else if (!kind) {
        const Scale scale = headerScale.isSet() ? headerScale : scaleFromValues(stats);
        if (scale.isSet() && stats.count >= 2) {
            d.scaleMin = scale.min;
            d.scaleMax = scale.max;
            r.basis.append(Storage::tr("values between %1 and %2").arg(scale.min).arg(scale.max));
        }
    }
    if (!h.currency.isEmpty()) d.unit = h.currency;
    if (d.unit == u"%" && stats.fractions() && !percentSigns) {
        r.factor = 100;
        r.basis.append(Storage::tr("shares of 1 (0.38 = 38 %)"));
    }
    return r;
}

double factorFor(const MetricDefinition &d, const QString &header, const ValueStats &stats)
{
    const Header h = splitUnit(header);
    if (d.unit == u"s" && h.time) return h.secondsPerUnit;
    if (d.unit == u"%" && stats.fractions() && stats.percentSigns * 2 <= stats.count) return 100;
    return 1;
}

MetricDefinition withDirection(MetricDefinition d, bool higherIsBetter, const ValueStats &stats)
{
    const bool changed = !d.directionKnown || d.higherIsBetter != higherIsBetter;
    d.higherIsBetter = higherIsBetter;
    d.directionKnown = true;
    if (!changed) return d;
    if (d.kind == u"ces") return cesConvention(d, higherIsBetter);
    d.target = d.warning = d.critical = std::nullopt;
    if (d.unit == u"%" && d.scaleMax)
        scaleThresholds(d, {0, 100});
    else if (d.scaleMin && d.scaleMax && *d.scaleMax > *d.scaleMin)
        scaleThresholds(d, {*d.scaleMin, *d.scaleMax});
    else if (d.kind != u"volume")
        medianThresholds(d, stats, 1);
    return d;
}

MetricDefinition cesConvention(MetricDefinition d, bool ces20)
{
    d.kind = QStringLiteral("ces");
    d.directionKnown = true;
    d.higherIsBetter = ces20;
    d.unit.clear();
    d.scaleMin = 1;
    d.scaleMax = ces20 ? 7 : 5;
    if (ces20)
        setThresholds(d, 5.5, 5.0, 4.5);
    else
        setThresholds(d, 2.0, 3.0, 3.5);
    return d;
}

bool isCes20(const MetricDefinition &d)
{
    return d.kind == u"ces" && d.higherIsBetter;
}

QString legacyKey(const QString &name)
{
    static const QList<std::pair<const char *, QList<const char *>>> aliases{
        {"conversion-rate", {"conversion", "conversion rate", "konversion", "konversionsrate"}},
        {"drop-off",
         {"drop-off", "drop off", "dropoff", "abandonment", "abandonment rate", "abbruch",
          "abbruchrate", "absprungrate", "bounce rate"}},
        {"csat",
         {"csat", "satisfaction", "zufriedenheit", "customer satisfaction", "kundenzufriedenheit"}},
        {"nps", {"nps", "net promoter score"}},
        {"ces", {"ces", "customer effort", "customer effort score", "aufwand"}},
        {"dwell-time", {"dwell time", "dwell-time", "time on page", "verweildauer", "dauer"}},
        {"repeated-steps", {"repeated steps", "repeats", "wiederholungen", "repeated-steps"}},
        {"containment",
         {"containment", "self-service containment", "self service containment",
          "selbstbedienungsquote"}},
        {"churn", {"churn", "churn rate", "kündigungsrate", "abwanderung"}},
        {"volume", {"volume", "visits", "sessions", "calls", "anzahl", "volumen", "besuche"}},
        {"cost-to-serve", {"cost to serve", "cost-to-serve", "cost", "kosten", "servicekosten"}},
    };
    const QString n = name.simplified().toCaseFolded();
    for (const auto &[key, names] : aliases)
        for (const char *a : names)
            if (n == QString::fromUtf8(a)) return QString::fromLatin1(key);
    return {};
}

QStringList kinds()
{
    QStringList list;
    for (const Kind &k : catalogue())
        list.append(QString::fromLatin1(k.key));
    return list;
}

QString kindName(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("nps"), QT_TRANSLATE_NOOP("Storage", "Net Promoter Score (NPS)")},
        {QStringLiteral("csat"), QT_TRANSLATE_NOOP("Storage", "Satisfaction (CSAT)")},
        {QStringLiteral("ces"), QT_TRANSLATE_NOOP("Storage", "Customer effort (CES)")},
        {QStringLiteral("fcr"), QT_TRANSLATE_NOOP("Storage", "First contact resolution")},
        {QStringLiteral("containment"), QT_TRANSLATE_NOOP("Storage", "Self-service containment")},
        {QStringLiteral("churn"), QT_TRANSLATE_NOOP("Storage", "Churn")},
        {QStringLiteral("drop-off"), QT_TRANSLATE_NOOP("Storage", "Drop-off")},
        {QStringLiteral("repeat"), QT_TRANSLATE_NOOP("Storage", "Repeated steps")},
        {QStringLiteral("conversion"), QT_TRANSLATE_NOOP("Storage", "Conversion")},
        {QStringLiteral("completion"), QT_TRANSLATE_NOOP("Storage", "Completion")},
        {QStringLiteral("time"), QT_TRANSLATE_NOOP("Storage", "Time")},
        {QStringLiteral("complaints"), QT_TRANSLATE_NOOP("Storage", "Complaints and errors")},
        {QStringLiteral("cost"), QT_TRANSLATE_NOOP("Storage", "Cost")},
        {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("Storage", "Revenue")},
        {QStringLiteral("volume"), QT_TRANSLATE_NOOP("Storage", "Volume")},
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? Storage::tr("Unknown") : Storage::tr(*it);
}

} // namespace MetricRecognition

} // namespace waymark
