// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/chartdata.h"

#include <QRectF>

class QPainter;

namespace waymark {

// The charts drawn with the painter for the PDF export (the application shows the same
// numbers with Qt Charts): the volume funnel with conversions, and the feeling against a
// metric by stage.
void paintStageCharts(QPainter *painter, const QRectF &rect, const StageSeries &series,
                      const QString &title);

} // namespace waymark
