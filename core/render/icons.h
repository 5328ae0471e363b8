// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace waymark {

// Small line icons drawn with the painter, so they stay sharp at any zoom and in PDF/SVG.
void paintChannelIcon(QPainter *painter, Channel channel, const QRectF &rect, const QColor &colour);
void paintLaneIcon(QPainter *painter, LaneKind kind, const QRectF &rect, const QColor &colour);

} // namespace waymark
