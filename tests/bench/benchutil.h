// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTextStream>

// What every benchmark prints: one JSON line per figure, with its target.
namespace waymark::bench {

inline double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * p))];
}

inline double median(const QList<double> &v)
{
    return percentile(v, 0.5);
}

inline double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

inline void report(const char *name, double value, double target, const char *unit = "ms")
{
    const QString u = QLatin1String(unit);
    QTextStream(stdout) << QJsonDocument(
                               QJsonObject{{QStringLiteral("benchmark"), QLatin1String(name)},
                                           {u, value},
                                           {QStringLiteral("target_") + u, target},
                                           {QStringLiteral("ok"), value <= target}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
}

} // namespace waymark::bench
