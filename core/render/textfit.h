// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QFont>
#include <QImage>
#include <QRectF>

class QPainter;

// Drawing helpers shared by the map and the persona sheet.
namespace waymark {

// `text` without control characters other than line breaks and tabs: they draw as boxes
// and are not allowed in SVG (XML) at all.
// Longer texts are cut to `limit` characters and an ellipsis: nothing on a map shows 5,000
// characters, and a PDF's invisible search text keeps up to a card's longest text.
constexpr qsizetype MaxDrawnChars = 5000, MaxSearchableChars = 100'000;
QString printable(const QString &text, qsizetype limit = MaxDrawnChars);

// Wraps `text` into `rect`; the last visible line ends in an ellipsis when it does not fit.
// Returns whether everything fitted.
bool drawWrapped(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
                 Qt::Alignment alignment = Qt::AlignLeft);
// Whether drawWrapped would show all of `text`.
bool fitsWrapped(const QRectF &rect, const QString &text, const QFont &font);
// Like drawWrapped, but first shrinks the font (down to `minPixelSize`) until the text fits.
bool drawFitted(QPainter *painter, const QRectF &rect, const QString &text, QFont font,
                double minPixelSize, Qt::Alignment alignment = Qt::AlignLeft);

// Sets the painter's font to draw without ligatures ("fl", "fi" stay two letters), so that a
// PDF's text layer holds plain letters (searching for "flags" finds it, copied text is right)
// and the canvas wraps exactly as the exports do. Fonts derived from it inherit this.
void useTextFont(QPainter *painter);
// A page's heading: bold, 18 px times `ui`, dark, on one line at the top of `r` (24 px times
// `ui` high). Leaves the painter's font bold at that size.
void drawHeading(QPainter *p, const QRectF &r, const QString &text, double ui);

// Decoded pictures, shared by every renderer (canvas and exports may run on other threads).
// An image never changes under its id: a new picture gets a new id.
QImage decodedImage(const Image &image);

} // namespace waymark
