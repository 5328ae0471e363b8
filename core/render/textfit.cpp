// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfit.h"

#include <QCache>
#include <QFontMetricsF>
#include <QMutex>
#include <QPainter>
#include <QTextLayout>

namespace waymark {

namespace {

// Lays `text` out in lines of `width`; stops one line past `maxLines`.
QList<QTextLine> layoutLines(QTextLayout &layout, double width, double lineHeight, int maxLines)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QTextLine> lines;
    double y = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += lineHeight;
        lines.append(line);
        if (lines.size() > maxLines) break;
    }
    layout.endLayout();
    return lines;
}

} // namespace

QString printable(const QString &text, qsizetype limit)
{
    // A 50 MB text must not be laid out at all.
    QString out = text.size() > limit ? text.left(limit) + QChar(0x2026) : text;
    out.removeIf([](QChar c) {
        const ushort u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || u == 0xfffe || u == 0xffff;
    });
    return out;
}

void useTextFont(QPainter *painter)
{
    QFont font = painter->font();
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    painter->setFont(font);
}

bool fitsWrapped(const QRectF &rect, const QString &source, const QFont &font)
{
    QString text = printable(source);
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const double lineHeight = QFontMetricsF(font).lineSpacing();
    const int maxLines = std::max(1, int(rect.height() / lineHeight));
    QTextLayout layout(text, font);
    return layoutLines(layout, rect.width(), lineHeight, maxLines).size() <= maxLines;
}

bool drawWrapped(QPainter *p, const QRectF &rect, const QString &source, const QFont &font,
                 Qt::Alignment alignment)
{
    // QTextLayout breaks lines only at line separators.
    QString text = printable(source);
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const QFontMetricsF fm(font);
    const double lineHeight = fm.lineSpacing();
    const int maxLines = std::max(1, int(rect.height() / lineHeight));
    QTextLayout layout(text, font);
    const QList<QTextLine> lines = layoutLines(layout, rect.width(), lineHeight, maxLines);
    p->setFont(font);
    for (int i = 0; i < std::min<int>(maxLines, int(lines.size())); ++i) {
        const QTextLine &line = lines[i];
        const bool last = i == maxLines - 1 && lines.size() > maxLines;
        double dx = 0;
        const double used = last ? rect.width() : line.naturalTextWidth();
        if (alignment & Qt::AlignHCenter) dx = (rect.width() - used) / 2;
        if (last) {
            QString rest = text.mid(line.textStart());
            rest.replace(QChar::LineSeparator, QLatin1Char(' '));
            p->drawText(QRectF(rect.left(), rect.top() + line.y(), rect.width(), lineHeight),
                        Qt::AlignVCenter | (alignment & Qt::AlignHorizontal_Mask),
                        fm.elidedText(rest.simplified(), Qt::ElideRight, rect.width()));
        } else {
            line.draw(p, rect.topLeft() + QPointF(dx, 0));
        }
    }
    return int(lines.size()) <= maxLines;
}

bool drawFitted(QPainter *p, const QRectF &rect, const QString &source, QFont font,
                double minPixelSize, Qt::Alignment alignment)
{
    QString text = printable(source);
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    for (int size = font.pixelSize(); size > minPixelSize; --size) {
        font.setPixelSize(size);
        const QFontMetricsF fm(font);
        QTextLayout layout(text, font);
        const int maxLines = std::max(1, int(rect.height() / fm.lineSpacing()));
        if (layoutLines(layout, rect.width(), fm.lineSpacing(), maxLines).size() <= maxLines)
            return drawWrapped(p, rect, text, font, alignment);
    }
    font.setPixelSize(int(minPixelSize));
    return drawWrapped(p, rect, text, font, alignment);
}

QImage decodedImage(const Image &image)
{
    static QMutex mutex;
    static QCache<Id, QImage> cache(64 * 1024); // cost in KiB
    const QMutexLocker locker(&mutex);
    if (const QImage *hit = cache.object(image.id)) return *hit;
    QImage decoded;
    decoded.loadFromData(image.data);
    cache.insert(image.id, new QImage(decoded), std::max(1, int(decoded.sizeInBytes() / 1024)));
    return decoded;
}

void drawHeading(QPainter *p, const QRectF &r, const QString &text, double ui)
{
    QFont f = p->font();
    f.setPixelSize(int(18 * ui));
    f.setBold(true);
    p->setFont(f);
    p->setPen(QColor(0x23, 0x2a, 0x33));
    p->drawText(QRectF(r.left(), r.top(), r.width(), 24 * ui), Qt::AlignLeft | Qt::AlignVCenter,
                text);
}

}
