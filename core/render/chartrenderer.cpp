// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartrenderer.h"

#include "textfit.h"
#include "trcontexts.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace waymark {

namespace {

const QColor ink(0x23, 0x2a, 0x33);
const QColor muted(0x6b, 0x75, 0x80);
const QColor bar(0x2c, 0x7b, 0xb6);
const QColor line(0xe6, 0x85, 0x1e);

QFont sized(const QPainter *p, int px, bool bold = false)
{
    QFont f = p->font();
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

// Bars for `values` in `area`, one per stage, with a label over each.
void bars(QPainter *p, const QRectF &area, const QList<double> &values, const QStringList &labels)
{
    const double top = *std::max_element(values.begin(), values.end());
    const double slot = area.width() / std::max<qsizetype>(1, values.size());
    p->setFont(sized(p, 8));
    for (int i = 0; i < values.size(); ++i) {
        const double h = top > 0 ? values[i] / top * (area.height() - 14) : 0;
        const QRectF r(area.left() + i * slot + slot * 0.15, area.bottom() - h, slot * 0.7, h);
        p->fillRect(r, bar);
        p->setPen(ink);
        p->drawText(QRectF(r.left() - 10, r.top() - 13, r.width() + 20, 12), Qt::AlignCenter,
                    labels.value(i));
    }
}

void stageNames(QPainter *p, const QRectF &area, const QStringList &stages)
{
    const double slot = area.width() / std::max<qsizetype>(1, stages.size());
    p->setPen(muted);
    for (int i = 0; i < stages.size(); ++i)
        drawWrapped(p, QRectF(area.left() + i * slot + 2, area.top(), slot - 4, area.height()),
                    stages[i], sized(p, 8), Qt::AlignHCenter);
}

} // namespace

void paintStageCharts(QPainter *p, const QRectF &rect, const StageSeries &s, const QString &title)
{
    if (s.stages.isEmpty()) return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    p->setPen(ink);
    p->setFont(sized(p, 14, true));
    p->drawText(QRectF(rect.left(), rect.top(), rect.width(), 20), Qt::AlignLeft, title);
    const double half = (rect.height() - 30) / 2;
    // The funnel: volume per stage, the conversion from the stage before under each bar.
    QRectF funnel(rect.left(), rect.top() + 30, rect.width(), half - 30);
    p->setFont(sized(p, 10, true));
    p->drawText(QRectF(funnel.left(), funnel.top(), funnel.width(), 14), Qt::AlignLeft,
                s.hasVolume ? Storage::tr("%1 by stage and conversion").arg(s.volumeName)
                            : Storage::tr("No volume imported yet"));
    if (s.hasVolume) {
        QStringList labels;
        for (int i = 0; i < s.volumes.size(); ++i) {
            const QString conversion = StageSeries::conversionText(s.volumes, i);
            labels.append(conversion.isEmpty()
                              ? locale.toString(s.volumes[i], 'f', 0)
                              : QStringLiteral("%1 (%2)").arg(locale.toString(s.volumes[i], 'f', 0),
                                                              conversion));
        }
        bars(p, funnel.adjusted(0, 30, 0, -30), s.volumes, labels);
        stageNames(p, QRectF(funnel.left(), funnel.bottom() - 26, funnel.width(), 26), s.stages);
    }
    // The feeling against the metric: bars for the metric, a line for the feeling.
    if (s.metric.isEmpty()) {
        p->restore();
        return;
    }
    QRectF second(rect.left(), rect.top() + 30 + half, rect.width(), half - 10);
    p->setPen(ink);
    p->setFont(sized(p, 10, true));
    p->drawText(QRectF(second.left(), second.top(), second.width(), 14), Qt::AlignLeft,
                Storage::tr("Feeling and %1 by stage").arg(s.metricName));
    const QRectF plot = second.adjusted(0, 30, 0, -30);
    bars(p, plot, s.metric, s.metricText);
    stageNames(p, QRectF(second.left(), second.bottom() - 26, second.width(), 26), s.stages);
    const double slot = plot.width() / s.feeling.size();
    QPainterPath path;
    for (int i = 0; i < s.feeling.size(); ++i) {
        const QPointF pt(plot.left() + (i + 0.5) * slot,
                         plot.bottom() - (s.feeling[i] - MinEmotion) / (MaxEmotion - MinEmotion) *
                                             plot.height());
        i ? path.lineTo(pt) : path.moveTo(pt);
    }
    p->setPen(QPen(line, 2.5));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->setFont(sized(p, 8));
    p->drawText(QRectF(plot.right() - 160, plot.top() - 28, 160, 12), Qt::AlignRight,
                Storage::tr("line: feeling (−3 to +3)"));
    p->restore();
}

} // namespace waymark
