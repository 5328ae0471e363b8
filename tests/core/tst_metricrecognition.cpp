// SPDX-License-Identifier: GPL-3.0-or-later
// The cases are tables of literal text; plain string literals keep them readable.
#undef QT_NO_CAST_FROM_ASCII
#include "io/metricrecognition.h"

#include <QTest>

using namespace waymark;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

ValueStats statsOf(const QStringList &values, NumberParse::DecimalMark mark)
{
    ValueStats s;
    for (const QString &v : values)
        if (const auto parsed = NumberParse::parse(v, mark)) s.add(*parsed);
    return s;
}

} // namespace

// Headers as consultants get them, in English and German, with and without units.
class TestMetricRecognition : public QObject
{
    Q_OBJECT

private slots:
    void recognisesHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("direction"); // 1 higher, -1 lower, 0 not set (volume: 1)
        QTest::addColumn<std::optional<double>>("warning");
        QTest::addColumn<std::optional<double>>("critical");
        QTest::addColumn<double>("factor");
        const std::optional<double> none;
        using O = std::optional<double>;
        QTest::newRow("Drop-off rate")
            << "Drop-off rate" << QStringList{"12%", "48.2%"} << "Drop-off rate"
            << "drop-off"
            << "%" << -1 << O(20) << O(30) << 1.0;
        QTest::newRow("Abbruchrate, shares")
            << "Abbruchrate" << QStringList{"0.38", "0.12"} << "Abbruchrate"
            << "drop-off"
            << "%" << -1 << O(20) << O(30) << 100.0;
        QTest::newRow("Abbruchrate (%)")
            << "Abbruchrate (%)" << QStringList{"38,5", "12"} << "Abbruchrate"
            << "drop-off"
            << "%" << -1 << O(20) << O(30) << 1.0;
        QTest::newRow("Absprungrate") << "Absprungrate" << QStringList{"41 %"} << "Absprungrate"
                                      << "drop-off"
                                      << "%" << -1 << O(20) << O(30) << 1.0;
        QTest::newRow("Form abandonment")
            << "Form abandonment" << QStringList{"22%"} << "Form abandonment"
            << "drop-off"
            << "%" << -1 << O(20) << O(30) << 1.0;
        QTest::newRow("Kundenzufriedenheit (CSAT)")
            << "Kundenzufriedenheit (CSAT)" << QStringList{"3,9", "2,2"}
            << "Kundenzufriedenheit (CSAT)"
            << "csat"
            << "" << 1 << O(3.5) << O(3.0) << 1.0;
        QTest::newRow("Customer satisfaction (%)")
            << "Customer satisfaction (%)" << QStringList{"82", "64"} << "Customer satisfaction"
            << "csat"
            << "%" << 1 << O(75) << O(65) << 1.0;
        QTest::newRow("CSAT 1-10") << "CSAT" << QStringList{"8.1", "6.5", "9"} << "CSAT"
                                   << "csat"
                                   << "" << 1 << O(6.3) << O(5) << 1.0;
        QTest::newRow("Call volume")
            << "Call volume" << QStringList{"1200", "8740"} << "Call volume"
            << "volume"
            << "" << 1 << none << none << 1.0;
        QTest::newRow("Anrufvolumen")
            << "Anrufvolumen" << QStringList{"1.200", "8.740"} << "Anrufvolumen"
            << "volume"
            << "" << 1 << none << none << 1.0;
        QTest::newRow("Anrufe") << "Anrufe" << QStringList{"310"} << "Anrufe"
                                << "volume"
                                << "" << 1 << none << none << 1.0;
        QTest::newRow("Besuche") << "Besuche" << QStringList{"12000"} << "Besuche"
                                 << "volume"
                                 << "" << 1 << none << none << 1.0;
        QTest::newRow("Anzahl Kontakte")
            << "Anzahl Kontakte" << QStringList{"80"} << "Anzahl Kontakte"
            << "volume"
            << "" << 1 << none << none << 1.0;
        // Times have no norm: thresholds from the data (1.5x and 2x the lower median, 240 s).
        QTest::newRow("Wartezeit (Min.)")
            << "Wartezeit (Min.)" << QStringList{"12,5", "3", "4"} << "Wartezeit"
            << "time"
            << "s" << -1 << O(360) << O(480) << 60.0;
        QTest::newRow("Bearbeitungszeit, clock")
            << "Bearbeitungszeit" << QStringList{"00:03:20", "00:05:00"} << "Bearbeitungszeit"
            << "time"
            << "s" << -1 << O(300) << O(400) << 1.0;
        QTest::newRow("AHT [s]") << "AHT [s]" << QStringList{"200", "300"} << "AHT"
                                 << "time"
                                 << "s" << -1 << O(300) << O(400) << 1.0;
        QTest::newRow("Dauer in Sekunden") << "Dauer in Sekunden" << QStringList{"45"} << "Dauer"
                                           << "time"
                                           << "s" << -1 << none << none << 1.0;
        QTest::newRow("durations without a name")
            << "Step 4" << QStringList{"4 min", "6 min"} << "Step 4"
            << "time"
            << "s" << -1 << O(360) << O(480) << 1.0;
        QTest::newRow("Wiederholte Kontakte")
            << "Wiederholte Kontakte" << QStringList{"1,2", "0,8"} << "Wiederholte Kontakte"
            << "repeat"
            << "" << -1 << O(1) << O(2) << 1.0;
        QTest::newRow("Repeat contact rate (%)")
            << "Repeat contact rate (%)" << QStringList{"14"} << "Repeat contact rate"
            << "repeat"
            << "%" << -1 << O(20) << O(30) << 1.0;
        QTest::newRow("Erstlösungsquote")
            << "Erstlösungsquote" << QStringList{"71", "80"} << "Erstlösungsquote"
            << "fcr"
            << "%" << 1 << O(70) << O(60) << 1.0;
        QTest::newRow("First contact resolution")
            << "First contact resolution" << QStringList{"0.71"} << "First contact resolution"
            << "fcr"
            << "%" << 1 << O(70) << O(60) << 100.0;
        QTest::newRow("Selfservice-Quote")
            << "Selfservice-Quote" << QStringList{"55 %"} << "Selfservice-Quote"
            << "containment"
            << "%" << 1 << O(60) << O(40) << 1.0;
        QTest::newRow("NPS") << "NPS" << QStringList{"12", "-5"} << "NPS"
                             << "nps"
                             << "" << 1 << O(20) << O(0) << 1.0;
        QTest::newRow("Net Promoter Score")
            << "Net Promoter Score" << QStringList{"31"} << "Net Promoter Score"
            << "nps"
            << "" << 1 << O(20) << O(0) << 1.0;
        QTest::newRow("Kündigungsrate")
            << "Kündigungsrate" << QStringList{"4,1 %"} << "Kündigungsrate"
            << "churn"
            << "%" << -1 << O(10) << O(15) << 1.0;
        QTest::newRow("Konversionsrate")
            << "Konversionsrate" << QStringList{"0,031"} << "Konversionsrate"
            << "conversion"
            << "%" << 1 << O(20) << O(10) << 100.0;
        QTest::newRow("Beschwerden")
            << "Beschwerden" << QStringList{"10", "40", "12"} << "Beschwerden"
            << "complaints"
            << "" << -1 << O(18) << O(24) << 1.0;
        QTest::newRow("Kosten pro Kontakt (EUR)")
            << "Kosten pro Kontakt (EUR)" << QStringList{"4,20", "9,80"} << "Kosten pro Kontakt"
            << "cost"
            << "€" << -1 << O(6.3) << O(8.4) << 1.0;
        // What Waymark cannot tell stays open: the user decides.
        QTest::newRow("unknown scale") << "Score X" << QStringList{"1", "4", "3"} << "Score X"
                                       << ""
                                       << "" << 0 << none << none << 1.0;
        QTest::newRow("unknown shares") << "Quote" << QStringList{"0.2", "0.5"} << "Quote"
                                        << ""
                                        << "%" << 0 << none << none << 100.0;
        QTest::newRow("unknown count") << "Foo" << QStringList{"1200"} << "Foo"
                                       << ""
                                       << "" << 0 << none << none << 1.0;
    }

    void recognisesHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QStringList, values);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, unit);
        QFETCH(int, direction);
        QFETCH(std::optional<double>, warning);
        QFETCH(std::optional<double>, critical);
        QFETCH(double, factor);
        const bool comma = values.join(QString()).contains(',');
        const auto r = MetricRecognition::recognise(
            header, statsOf(values, comma ? NumberParse::DecimalMark::Comma
                                          : NumberParse::DecimalMark::Point));
        const MetricDefinition &d = r.definition;
        QCOMPARE(d.name, name);
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.unit, unit);
        QCOMPARE(d.directionKnown, direction != 0);
        if (direction != 0) QCOMPARE(d.higherIsBetter, direction > 0);
        QCOMPARE(d.warning, warning);
        QCOMPARE(d.critical, critical);
        QCOMPARE(r.factor, factor);
        // Every recognised metric says why, in words the user can check.
        if (!kind.isEmpty()) QVERIFY(!r.basis.isEmpty());
    }

    void cesFollowsItsConvention()
    {
        using MetricRecognition::recognise;
        // Values up to 5: the effort scale, lower is better.
        const MetricDefinition effort =
            recognise("CES", statsOf({"2.1", "3.4"}, NumberParse::DecimalMark::Point)).definition;
        QCOMPARE(effort.kind, QString("ces"));
        QVERIFY(effort.directionKnown);
        QVERIFY(!effort.higherIsBetter);
        QCOMPARE(effort.scaleMax, std::optional<double>(5));
        QVERIFY(!MetricRecognition::isCes20(effort));
        // Values above 5, or a 1-7 scale or "easy" in the header: CES 2.0, higher is better.
        for (const auto &[header, values] :
             QList<std::pair<QString, QStringList>>{{"CES", {"5.8", "4.2", "6.5"}},
                                                    {"Customer Effort Score (1-7)", {"3.9"}},
                                                    {"Aufwand: einfach gemacht", {"4"}}}) {
            const MetricDefinition d =
                recognise(header, statsOf(values, NumberParse::DecimalMark::Point)).definition;
            QVERIFY2(MetricRecognition::isCes20(d), qPrintable(header));
            QCOMPARE(d.scaleMax, std::optional<double>(7));
            QCOMPARE(d.warning, std::optional<double>(5));
        }
        // Switching the convention swaps scale, direction and thresholds together.
        const MetricDefinition switched = MetricRecognition::cesConvention(effort, true);
        QVERIFY(switched.higherIsBetter);
        QCOMPARE(switched.scaleMin, std::optional<double>(1));
        QCOMPARE(switched.scaleMax, std::optional<double>(7));
        QVERIFY(*switched.critical < *switched.warning);
    }

    void directionChosenLaterBringsThresholds()
    {
        const ValueStats stats = statsOf({"1", "4", "3"}, NumberParse::DecimalMark::Point);
        const MetricDefinition open = MetricRecognition::recognise("Score X", stats).definition;
        QVERIFY(!open.directionKnown);
        QVERIFY(!open.warning);
        // A 1-5 scale: higher is better puts warning at 3.5 and critical at 3.
        const MetricDefinition higher = MetricRecognition::withDirection(open, true, stats);
        QVERIFY(higher.directionKnown);
        QCOMPARE(higher.warning, std::optional<double>(3.5));
        QCOMPARE(higher.critical, std::optional<double>(3));
        const MetricDefinition lower = MetricRecognition::withDirection(open, false, stats);
        QCOMPARE(lower.warning, std::optional<double>(2.5));
        QCOMPARE(lower.critical, std::optional<double>(3));
        // Without a scale, against the median of the values (1200 here).
        const ValueStats counts = statsOf({"1200", "800", "3000"}, NumberParse::DecimalMark::Point);
        const MetricDefinition foo = MetricRecognition::withDirection(
            MetricRecognition::recognise("Foo", counts).definition, false, counts);
        QCOMPARE(foo.warning, std::optional<double>(1200 * 1.5));
        QCOMPARE(foo.critical, std::optional<double>(2400));
        // Keeping a known direction changes nothing the user set.
        MetricDefinition set = higher;
        set.warning = 3.9;
        QCOMPARE(MetricRecognition::withDirection(set, true, stats).warning,
                 std::optional<double>(3.9));
    }

    void unitsInHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("percent");
        QTest::addColumn<double>("seconds"); // 0: no time unit
        QTest::addColumn<QString>("currency");
        QTest::newRow("(Min.)") << "Wartezeit (Min.)"
                                << "Wartezeit" << false << 60.0 << "";
        QTest::newRow("[min]") << "Bearbeitungszeit [min]"
                               << "Bearbeitungszeit" << false << 60.0 << "";
        QTest::newRow("(in Std.)") << "Durchlaufzeit (in Std.)"
                                   << "Durchlaufzeit" << false << 3600.0 << "";
        QTest::newRow("[s]") << "Dwell time [s]"
                             << "Dwell time" << false << 1.0 << "";
        QTest::newRow("(Tage)") << "Lieferzeit (Tage)"
                                << "Lieferzeit" << false << 86400.0 << "";
        QTest::newRow("[%]") << "Drop-off rate [%]"
                             << "Drop-off rate" << true << 0.0 << "";
        QTest::newRow("in %") << "Quote in %"
                              << "Quote" << true << 0.0 << "";
        QTest::newRow("(EUR)") << "Umsatz (EUR)"
                               << "Umsatz" << false << 0.0 << "€";
        QTest::newRow("no unit: (CSAT)") << "Kundenzufriedenheit (CSAT)"
                                         << "Kundenzufriedenheit (CSAT)" << false << 0.0 << "";
        QTest::newRow("no unit: (1-5)") << "Zufriedenheit (1-5)"
                                        << "Zufriedenheit (1-5)" << false << 0.0 << "";
        QTest::newRow("just a unit") << "(%)"
                                     << "(%)" << true << 0.0 << "";
    }

    void unitsInHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QString, name);
        QFETCH(bool, percent);
        QFETCH(double, seconds);
        QFETCH(QString, currency);
        const MetricRecognition::Header h = MetricRecognition::splitUnit(header);
        QCOMPARE(h.name, name);
        QCOMPARE(h.percent, percent);
        QCOMPARE(h.time, seconds > 0);
        if (seconds > 0) QCOMPARE(h.secondsPerUnit, seconds);
        QCOMPARE(h.currency, currency);
    }

    void legacyKeysFindOlderMetrics()
    {
        QCOMPARE(MetricRecognition::legacyKey("Abbruchrate"), QString("drop-off"));
        QCOMPARE(MetricRecognition::legacyKey("  CSAT "), QString("csat"));
        QCOMPARE(MetricRecognition::legacyKey("Anrufvolumen"), QString());
    }
};

QTEST_GUILESS_MAIN(TestMetricRecognition)
#include "tst_metricrecognition.moc"
