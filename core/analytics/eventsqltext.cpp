// SPDX-License-Identifier: GPL-3.0-or-later
// The SELECT that computes the event-log figures inside PostgreSQL (EventSql::sql()).
#include "eventsqldetail.h"

namespace waymark {

using namespace EventSqlDetail;

namespace {

const char *const SkippedLifecycles =
    "('start', 'schedule', 'assign', 'reassign', 'suspend', 'resume')";

// The slices an event (or a case) belongs to, from its period `p` and segment `s`.
QString sliceJoin(const QString &alias, const QString &p, const QString &s, bool period,
                  bool segment)
{
    if (!period && !segment) return {};
    QStringList values{QStringLiteral("('', '')")};
    if (period) values.append(QStringLiteral("(%1.%2, '')").arg(alias, p));
    if (segment) values.append(QStringLiteral("('', %1.%2)").arg(alias, s));
    if (period && segment) values.append(QStringLiteral("(%1.%2, %1.%3)").arg(alias, p, s));
    return QStringLiteral(" CROSS JOIN LATERAL (VALUES %1) AS v(sp, ss)").arg(values.join(u", "));
}

QString sliceColumns(bool sliced)
{
    return sliced ? QStringLiteral("v.sp, v.ss") : QStringLiteral("'' AS sp, '' AS ss");
}

QString sliceFilter(bool sliced)
{
    return sliced ? QStringLiteral(" WHERE v.sp IS NOT NULL AND v.ss IS NOT NULL") : QString();
}


} // namespace

QString EventSqlDetail::quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString EventSqlDetail::sourceExpression(const EventSqlSource &s)
{
    if (s.table.isEmpty()) {
        QString q = s.query.trimmed();
        while (q.endsWith(QLatin1Char(';')))
            q.chop(1);
        return QLatin1Char('(') + q + QLatin1String(") AS q");
    }
    const qsizetype dot = s.table.indexOf(QLatin1Char('.'));
    const QString name = dot > 0 ? quoted(s.table.left(dot)) + QLatin1Char('.') +
                                       quoted(s.table.mid(dot + 1))
                                 : quoted(s.table);
    return name + QLatin1String(" AS q");
}

QString EventSql::sql(const EventSqlSource &s, const EventLogOptions &o)
{
    const bool period = o.period != PeriodCut::None, segment = !s.segmentColumn.isEmpty();
    const bool sliced = period || segment, staged = o.stageCount > 0;
    const QString time = QStringLiteral("CAST(q.%1 AS timestamptz)").arg(quoted(s.timeColumn));
    QStringList window;
    if (s.from.isValid()) window.append(time + QStringLiteral(" >= CAST(:from AS timestamptz)"));
    if (s.to.isValid()) window.append(time + QStringLiteral(" < CAST(:to AS timestamptz)"));
    const char *format = o.period == PeriodCut::Week      ? "'IYYY-\"W\"IW'"
                         : o.period == PeriodCut::Quarter ? "'YYYY-\"Q\"Q'"
                                                          : "'YYYY-MM'";
    const QString skipped = QString::fromLatin1(SkippedLifecycles);
    QString text;
    // Times without zone (timestamp, date) are read in the chosen zone, and periods are cut
    // there: it is the transaction's time zone.
    text += QStringLiteral("SELECT set_config('TimeZone', :zone, true);\n\n");
    text += QStringLiteral(
                "WITH src AS (\n"
                "  SELECT CAST(q.%1 AS text) AS c, %2 AS t, CAST(q.%3 AS text) AS a,\n"
                "         %4 AS s, %5 AS l, %6 AS o\n"
                "  FROM %7%8\n"
                "),\n")
                .arg(quoted(s.caseColumn), time, quoted(s.activityColumn),
                     segment ? QStringLiteral("NULLIF(CAST(q.%1 AS text), '')")
                                   .arg(quoted(s.segmentColumn))
                             : QStringLiteral("CAST(NULL AS text)"),
                     s.lifecycleColumn.isEmpty()
                         ? QStringLiteral("CAST(NULL AS text)")
                         : QStringLiteral("lower(CAST(q.%1 AS text))").arg(quoted(s.lifecycleColumn)),
                     s.orderColumn.isEmpty() ? QStringLiteral("0")
                                             : QStringLiteral("q.") + quoted(s.orderColumn),
                     sourceExpression(s),
                     window.isEmpty() ? QString()
                                      : QStringLiteral("\n  WHERE ") + window.join(u" AND "));
    // What is not an event: lifecycle starts (skipped), rows without case, activity or time.
    text += QStringLiteral(
                "tally AS (\n"
                "  SELECT count(*) AS n_rows,\n"
                "         sum(CASE WHEN l IN %1 THEN 1 ELSE 0 END) AS n_skipped,\n"
                "         sum(CASE WHEN l IN %1 THEN 0 WHEN c IS NULL OR c = '' THEN 1 ELSE 0 END)"
                " AS no_case,\n"
                "         sum(CASE WHEN l IN %1 OR c IS NULL OR c = '' THEN 0"
                " WHEN a IS NULL OR a = '' THEN 1 ELSE 0 END) AS no_activity,\n"
                "         sum(CASE WHEN l IN %1 OR c IS NULL OR c = '' OR a IS NULL OR a = ''"
                " THEN 0 WHEN t IS NULL OR NOT isfinite(t) THEN 1 ELSE 0 END) AS no_time\n"
                "  FROM src\n"
                "),\n")
                .arg(skipped);
    text += QStringLiteral(
                "ev AS (\n"
                "  SELECT c, a, s, o, CAST(extract(epoch FROM t) * 1000000 AS bigint) AS us,\n"
                "         %1 AS p\n"
                "  FROM src\n"
                "  WHERE c <> '' AND a <> '' AND isfinite(t) AND (l IS NULL OR l NOT IN %2)\n"
                "),\n")
                .arg(period ? QStringLiteral("to_char(t, %1)").arg(QLatin1String(format))
                            : QStringLiteral("CAST(NULL AS text)"),
                     skipped);
    // Each case's events in order: (time, the order column or 0, activity).
    text += QStringLiteral(
        "ordered AS (\n"
        "  SELECT c, a, s, p, us,\n"
        "         row_number() OVER w AS i, count(*) OVER (PARTITION BY c) AS n,\n"
        "         lag(a) OVER w AS prev_a, lead(a) OVER w AS next_a,\n"
        "         lead(us) OVER w - us AS dwell,\n"
        "         first_value(p) OVER w AS cp, first_value(s) OVER w AS cs\n"
        "  FROM ev\n"
        "  WINDOW w AS (PARTITION BY c ORDER BY us, o, a)\n"
        "),\n"
        // A repetition: back at an activity after others.
        "marked AS (\n"
        "  SELECT *, CASE WHEN prev_a <> a AND i > min(i) OVER (PARTITION BY c, a) THEN 1 ELSE 0"
        " END AS rep\n"
        "  FROM ordered\n"
        "),\n");
    text += QStringLiteral("sliced AS (\n"
                           "  SELECT %1, m.c, m.a, m.i, m.n, m.next_a, m.rep, m.dwell\n"
                           "  FROM marked AS m%2%3\n"
                           "),\n")
                .arg(sliceColumns(sliced), sliceJoin(QStringLiteral("m"), QStringLiteral("p"),
                                                     QStringLiteral("s"), period, segment),
                     sliceFilter(sliced));
    // Quantiles by rank: the lower median at index (m - 1) / 2, the p90 at (m - 1) * 9 / 10
    // (PostgreSQL's percentile_disc(0.9) takes another index; DEFINITIONS.md).
    const auto quantileAt = [](const char *value, const char *num) {
        return QStringLiteral("min(CASE WHEN k = (m - 1) * %2 / 10 THEN %1 END)")
            .arg(QLatin1String(value), QLatin1String(num));
    };
    text += QStringLiteral(
                "quantiles AS (\n"
                "  SELECT sp, ss, a, %1 AS median, %2 AS p90\n"
                "  FROM (SELECT sp, ss, a, dwell,\n"
                "               row_number() OVER (PARTITION BY sp, ss, a ORDER BY dwell) - 1 AS k,\n"
                "               count(*) OVER (PARTITION BY sp, ss, a) AS m\n"
                "        FROM sliced WHERE dwell IS NOT NULL) AS z\n"
                "  GROUP BY sp, ss, a\n"
                "),\n"
                "reach AS (\n"
                "  SELECT sp, ss, a, count(*) AS reach, sum(CASE WHEN k >= 2 THEN 1 ELSE 0 END)"
                " AS repeaters\n"
                "  FROM (SELECT sp, ss, a, c, count(*) AS k FROM sliced GROUP BY sp, ss, a, c) AS z\n"
                "  GROUP BY sp, ss, a\n"
                "),\n"
                "acts AS (\n"
                "  SELECT sp, ss, a, count(*) AS events,\n"
                "         sum(CASE WHEN i = 1 THEN 1 ELSE 0 END) AS entries,\n"
                "         sum(CASE WHEN i = n THEN 1 ELSE 0 END) AS exits,\n"
                "         sum(CASE WHEN next_a = a THEN 1 ELSE 0 END) AS loops,\n"
                "         sum(rep) AS repetitions,\n"
                "         sum(CASE WHEN n > 1 THEN CAST(i - 1 AS float8) / (n - 1) ELSE 0 END)"
                " AS positions\n"
                "  FROM sliced GROUP BY sp, ss, a\n"
                "),\n")
                .arg(quantileAt("dwell", "5"), quantileAt("dwell", "9"));
    // Cases: in the period and segment of their first event.
    text += QStringLiteral(
                "cases AS (\n"
                "  SELECT c, min(cp) AS cp, min(cs) AS cs, max(us) - min(us) AS through\n"
                "  FROM marked GROUP BY c\n"
                "),\n"
                "caseslices AS (\n"
                "  SELECT %1, x.c, x.through FROM cases AS x%2%3\n"
                "),\n"
                "throughput AS (\n"
                "  SELECT sp, ss, count(*) AS cases, %4 AS median, %5 AS p90\n"
                "  FROM (SELECT sp, ss, through,\n"
                "               row_number() OVER (PARTITION BY sp, ss ORDER BY through) - 1 AS k,\n"
                "               count(*) OVER (PARTITION BY sp, ss) AS m\n"
                "        FROM caseslices) AS z\n"
                "  GROUP BY sp, ss\n"
                "),\n")
                .arg(sliceColumns(sliced),
                     sliceJoin(QStringLiteral("x"), QStringLiteral("cp"), QStringLiteral("cs"),
                               period, segment),
                     sliceFilter(sliced), quantileAt("through", "5"), quantileAt("through", "9"));
    if (staged)
        // The funnel: each case's first and last event at each stage.
        text += QStringLiteral(
            "stages AS (\n"
            "  SELECT key AS a, CAST(value AS integer) AS st FROM json_each_text(CAST(:stages AS json))\n"
            "),\n"
            "atstage AS (\n"
            "  SELECT m.c, g.st, min(m.i) AS f, max(m.i) AS l\n"
            "  FROM marked AS m JOIN stages AS g ON g.a = m.a GROUP BY m.c, g.st\n"
            "),\n"
            "steps AS (\n"
            "  SELECT c, st,\n"
            "         CASE WHEN lag(st) OVER b = st - 1 AND l > lag(f) OVER b THEN 1 ELSE 0 END"
            " AS converted,\n"
            "         row_number() OVER b AS r,\n"
            "         first_value(st) OVER (PARTITION BY c ORDER BY f) AS firstst\n"
            "  FROM atstage WINDOW b AS (PARTITION BY c ORDER BY st)\n"
            "),\n"
            "casesteps AS (\n"
            "  SELECT c, st, converted, firstst,\n"
            "         CASE WHEN firstst = 0 AND r = st + 1 AND sum(CASE WHEN st > 0 AND converted = 0"
            " THEN 1 ELSE 0 END) OVER (PARTITION BY c ORDER BY st) = 0 THEN 1 ELSE 0 END AS closed\n"
            "  FROM steps\n"
            "),\n"
            "funnel AS (\n"
            "  SELECT y.sp, y.ss, z.st, count(*) AS reached, sum(z.converted) AS converted,\n"
            "         sum(z.closed) AS closed, sum(CASE WHEN z.st = 0 AND z.firstst = 0 THEN 1"
            " ELSE 0 END) AS closedcases\n"
            "  FROM casesteps AS z JOIN caseslices AS y ON y.c = z.c\n"
            "  GROUP BY y.sp, y.ss, z.st\n"
            "),\n");
    text += QStringLiteral(
                "transitions AS (\n"
                "  SELECT a, next_a, count(*) AS n, %1 AS median\n"
                "  FROM (SELECT a, next_a, dwell,\n"
                "               row_number() OVER (PARTITION BY a, next_a ORDER BY dwell) - 1 AS k,\n"
                "               count(*) OVER (PARTITION BY a, next_a) AS m\n"
                "        FROM marked WHERE next_a IS NOT NULL) AS z\n"
                "  GROUP BY a, next_a\n"
                "),\n"
                // Paths with consecutive repeats collapsed, the activities joined by U+001F.
                "variants AS (\n"
                "  SELECT path, count(*) AS n\n"
                "  FROM (SELECT string_agg(a, chr(31) ORDER BY i) AS path FROM marked\n"
                "        WHERE prev_a IS NULL OR prev_a <> a GROUP BY c) AS z\n"
                "  GROUP BY path\n"
                ")\n")
                .arg(quantileAt("dwell", "5"));
    const QString most =
        o.maxVariants > 0
            ? QStringLiteral(" WHERE n >= coalesce((SELECT n FROM variants ORDER BY n DESC"
                             " OFFSET %1 LIMIT 1), 0)")
                  .arg(o.maxVariants - 1)
            : QString();
    text += QStringLiteral(
                "SELECT %1 AS kind, '' AS sp, '' AS ss, '' AS a, '' AS b, n_rows AS n1,"
                " n_skipped AS n2, no_case AS n3, no_activity AS n4, no_time AS n5,\n"
                "       (SELECT count(*) FROM variants) AS n6, CAST(NULL AS bigint) AS n7,"
                " CAST(NULL AS bigint) AS n8, CAST(NULL AS bigint) AS n9,"
                " CAST(NULL AS float8) AS x FROM tally\n"
                "UNION ALL\n"
                "SELECT %2, x.sp, x.ss, x.a, '', x.events, r.reach, r.repeaters, x.entries, x.exits,"
                " x.loops, x.repetitions, q.median, q.p90, x.positions\n"
                "  FROM acts AS x JOIN reach AS r ON r.sp = x.sp AND r.ss = x.ss AND r.a = x.a\n"
                "  LEFT JOIN quantiles AS q ON q.sp = x.sp AND q.ss = x.ss AND q.a = x.a\n"
                "UNION ALL\n"
                "SELECT %3, sp, ss, '', '', cases, median, p90, NULL, NULL, NULL, NULL, NULL, NULL,"
                " NULL FROM throughput\n")
                .arg(int(Totals))
                .arg(int(Activity))
                .arg(int(SliceCases));
    if (staged)
        text += QStringLiteral("UNION ALL\n"
                               "SELECT %1, sp, ss, CAST(st AS text), '', reached, converted, closed,"
                               " closedcases, NULL, NULL, NULL, NULL, NULL, NULL FROM funnel\n")
                    .arg(int(Funnel));
    text += QStringLiteral("UNION ALL\n"
                           "SELECT %1, '', '', a, next_a, n, median, NULL, NULL, NULL, NULL, NULL,"
                           " NULL, NULL, NULL FROM transitions\n"
                           "UNION ALL\n"
                           "SELECT %2, '', '', path, '', n, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                           " NULL, NULL FROM variants%3")
                .arg(int(Transition))
                .arg(int(Variant))
                .arg(most);
    return text;
}

} // namespace waymark
