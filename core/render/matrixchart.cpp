// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixchart.h"

#include "i18n.h"
#include "io/filewrite.h"
#include "io/xlsxwriter.h"
#include "textfit.h"
#include "trcontexts.h"

#include <cmath>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace waymark::MatrixChart {

namespace {

QString tr(const QString &language, const char *source)
{
    return translateFor(language, "Storage", source);
}

QColor quadrantColour(Quadrant q)
{
    switch (q) {
    case Quadrant::QuickWin:
        return QColor(0x2e, 0x7d, 0x32);
    case Quadrant::BigBet:
        return QColor(0x15, 0x65, 0xc0);
    case Quadrant::FillIn:
        return QColor(0x8d, 0x6e, 0x63);
    case Quadrant::MoneyPit:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

double snap(double v)
{
    return std::clamp(std::round(v * 2) / 2, Card::MinScore, Card::MaxScore);
}

} // namespace

Geometry geometry(const QRectF &area)
{
    Geometry g;
    g.ui = std::clamp(std::min(area.width(), area.height()) / 420, 0.8, 2.0);
    const double left = 34 * g.ui, bottom = 30 * g.ui, top = 8 * g.ui, right = 8 * g.ui;
    const double side = std::max(10.0, std::min(area.width() - left - right,
                                                area.height() - top - bottom));
    g.plot = QRectF(area.left() + left, area.top() + top, side, side);
    return g;
}

// The plot reaches half a point beyond the scale, so that dots on 1 or 5 stay inside it.
constexpr double Low = Card::MinScore - 0.5, High = Card::MaxScore + 0.5;

QPointF Geometry::pointFor(double effort, double value) const
{
    const double span = High - Low;
    return {plot.left() + (effort - Low) / span * plot.width(),
            plot.bottom() - (value - Low) / span * plot.height()};
}

std::pair<double, double> Geometry::scoresAt(const QPointF &p) const
{
    const double span = High - Low;
    return {snap(Low + (p.x() - plot.left()) / plot.width() * span),
            snap(Low + (plot.bottom() - p.y()) / plot.height() * span)};
}

Scores rescored(const OpportunityRow &row, double effort, double value)
{
    const double delta = value - row.value();
    const auto held = [](double v) { return std::clamp(v, Card::MinScore, Card::MaxScore); };
    return {held(row.customer.value_or(3) + delta), held(row.business.value_or(3) + delta),
            held(effort)};
}

double dotRadius(const Geometry &g)
{
    return 10 * g.ui;
}

QList<QPointF> dotCentres(const Geometry &g, const OpportunityMatrix &m)
{
    QList<QPointF> out;
    QHash<QPair<double, double>, int> seen; // dots already on the same scores
    for (const OpportunityRow &r : m.ranked) {
        const QPointF centre = g.pointFor(*r.effort, r.value());
        const int k = seen[{*r.effort, r.value()}]++;
        if (k == 0) {
            out.append(centre);
            continue;
        }
        // The 2nd, 3rd ... fan out on a ring around the place.
        const double angle = (k - 1) * 2.399; // the golden angle: no two on one line
        const double radius = dotRadius(g) * (1.6 + 0.4 * ((k - 1) / 6));
        out.append(centre + QPointF(std::cos(angle), std::sin(angle)) * radius);
    }
    return out;
}

void paintPlot(QPainter *p, const Geometry &g, const OpportunityMatrix &m, const QString &language,
               const Id &highlight, const Id &moving, QPointF movedTo)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF &r = g.plot;
    const QPointF mid = g.pointFor(3, 3);
    const QColor ink(0x23, 0x2a, 0x33), muted(0x6b, 0x75, 0x80);
    // Quadrants: value >= 3 is high (top), effort <= 3 low (left).
    struct Part
    {
        QRectF rect;
        Quadrant q;
    };
    const Part parts[] = {{QRectF(r.topLeft(), mid), Quadrant::QuickWin},
                          {QRectF(QPointF(mid.x(), r.top()), QPointF(r.right(), mid.y())),
                           Quadrant::BigBet},
                          {QRectF(QPointF(r.left(), mid.y()), QPointF(mid.x(), r.bottom())),
                           Quadrant::FillIn},
                          {QRectF(mid, r.bottomRight()), Quadrant::MoneyPit}};
    QFont f = p->font();
    f.setPixelSize(int(11 * g.ui));
    f.setBold(true);
    for (const Part &part : parts) {
        QColor tint = quadrantColour(part.q);
        tint.setAlpha(28);
        p->fillRect(part.rect, tint);
        p->setFont(f);
        p->setPen(quadrantColour(part.q));
        // Names in the outer corners, away from the middle where most dots gather.
        const bool lower = part.q == Quadrant::FillIn || part.q == Quadrant::MoneyPit;
        const bool right = part.q == Quadrant::BigBet || part.q == Quadrant::MoneyPit;
        p->drawText(part.rect.adjusted(6 * g.ui, 4 * g.ui, -6 * g.ui, -4 * g.ui),
                    (lower ? Qt::AlignBottom : Qt::AlignTop) | (right ? Qt::AlignRight : Qt::AlignLeft),
                    contentName(part.q, language));
    }
    p->setPen(QPen(muted, 1));
    p->setBrush(Qt::NoBrush);
    p->drawRect(r);
    p->setPen(QPen(muted, 1, Qt::DashLine));
    p->drawLine(QPointF(mid.x(), r.top()), QPointF(mid.x(), r.bottom()));
    p->drawLine(QPointF(r.left(), mid.y()), QPointF(r.right(), mid.y()));
    // Axes: ticks 1..5 and the names.
    f.setBold(false);
    f.setPixelSize(int(9 * g.ui));
    p->setFont(f);
    p->setPen(muted);
    for (int v = 1; v <= 5; ++v) {
        const QPointF x = g.pointFor(v, 1), y = g.pointFor(1, v);
        p->drawText(QRectF(x.x() - 10 * g.ui, r.bottom() + 2 * g.ui, 20 * g.ui, 12 * g.ui),
                    Qt::AlignCenter, QString::number(v));
        p->drawText(QRectF(r.left() - 16 * g.ui, y.y() - 6 * g.ui, 12 * g.ui, 12 * g.ui),
                    Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    p->setPen(ink);
    p->drawText(QRectF(r.left(), r.bottom() + 14 * g.ui, r.width(), 14 * g.ui), Qt::AlignCenter,
                tr(language, QT_TRANSLATE_NOOP("Storage", "Effort →")));
    p->save();
    p->translate(r.left() - 24 * g.ui, r.center().y());
    p->rotate(-90);
    p->drawText(QRectF(-r.height() / 2, -7 * g.ui, r.height(), 14 * g.ui), Qt::AlignCenter,
                tr(language, QT_TRANSLATE_NOOP("Storage",
                                               "Value (customer and business) →")));
    p->restore();
    // The dots, numbered by rank; the one being moved where it goes.
    const QList<QPointF> centres = dotCentres(g, m);
    const double radius = dotRadius(g);
    f.setBold(true);
    f.setPixelSize(int(10 * g.ui));
    p->setFont(f);
    for (qsizetype i = 0; i < m.ranked.size(); ++i) {
        const OpportunityRow &row = m.ranked[i];
        QPointF c = centres[i];
        Quadrant q = row.quadrant();
        if (row.cardId == moving) {
            // Ghost at the old place, the dot at the new one.
            p->setPen(QPen(muted, 1, Qt::DotLine));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(c, radius, radius);
            const auto [effort, value] = g.scoresAt(movedTo);
            const Scores s = rescored(row, effort, value);
            OpportunityRow next = row;
            next.customer = s.customer;
            next.business = s.business;
            next.effort = s.effort;
            q = next.quadrant();
            c = g.pointFor(s.effort, next.value());
        }
        p->setPen(row.cardId == highlight || row.cardId == moving
                      ? QPen(ink, 2.5 * g.ui)
                      : QPen(Qt::white, 1.5 * g.ui));
        p->setBrush(quadrantColour(q));
        p->drawEllipse(c, radius, radius);
        p->setPen(Qt::white);
        p->drawText(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius),
                    Qt::AlignCenter, QString::number(i + 1));
    }
    p->restore();
}

void paintPage(QPainter *p, const QRectF &r, const Project &project, const Journey &j)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QString lang = project.info.language;
    const OpportunityMatrix m = OpportunityMatrix::of(project, j);
    const double ui = std::clamp(r.width() / 700, 1.0, 2.0);
    const QColor ink(0x23, 0x2a, 0x33), muted(0x6b, 0x75, 0x80);
    const QLocale locale(lang);
    drawHeading(p, r, tr(lang, QT_TRANSLATE_NOOP("Storage", "%1 — opportunity matrix")).arg(j.name),
                ui);
    QFont f = p->font();
    f.setPixelSize(int(10 * ui));
    f.setBold(false);
    p->setFont(f);
    p->setPen(muted);
    p->drawText(QRectF(r.left(), r.top() + 26 * ui, r.width(), 14 * ui),
                Qt::AlignLeft | Qt::AlignVCenter,
                tr(lang, QT_TRANSLATE_NOOP("Storage", "Priority = %1. Friction: what the "
                                                      "opportunity addresses."))
                    .arg(m.formula.text()));
    const double top = r.top() + 48 * ui;
    const double plotSide = std::min(r.width() * 0.36, r.bottom() - top);
    const Geometry g = geometry(QRectF(r.left(), top, plotSide, plotSide));
    paintPlot(p, g, m, lang);

    // The ranked list beside the plot.
    const double x = r.left() + plotSide + 16 * ui, w = r.right() - x;
    double y = top;
    f.setPixelSize(int(9 * ui));
    f.setBold(true);
    p->setFont(f);
    p->setPen(ink);
    // The quadrant's name whole (German ones are long); the opportunity's text takes the rest.
    const double numW = 20 * ui, figW = 40 * ui, quadW = 84 * ui;
    const double textW = std::max(40.0, w - numW - 5 * figW - quadW - 22 * ui);
    auto row = [&](const QStringList &cells, const QColor &quad) {
        double cx = x;
        const double widths[] = {numW, textW, figW, figW, figW, figW + 12 * ui, quadW,
                                 figW + 10 * ui};
        const QFontMetricsF fm(p->font());
        for (int k = 0; k < cells.size(); ++k) {
            if (k == 6 && quad.isValid()) p->setPen(quad);
            p->drawText(QRectF(cx, y, widths[k] - 4 * ui, 14 * ui),
                        (k == 1 || k == 6 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                        fm.elidedText(cells[k], Qt::ElideRight, widths[k] - 4 * ui));
            if (k == 6) p->setPen(ink);
            cx += widths[k];
        }
        y += 15 * ui;
    };
    row({QStringLiteral("#"), tr(lang, QT_TRANSLATE_NOOP("Storage", "Opportunity")),
         tr(lang, QT_TRANSLATE_NOOP("Storage", "Cust.")),
         tr(lang, QT_TRANSLATE_NOOP("Storage", "Bus.")),
         tr(lang, QT_TRANSLATE_NOOP("Storage", "Eff.")),
         tr(lang, QT_TRANSLATE_NOOP("Storage", "Priority")),
         tr(lang, QT_TRANSLATE_NOOP("Storage", "Quadrant")),
         tr(lang, QT_TRANSLATE_NOOP("Storage", "Friction"))},
        {});
    f.setBold(false);
    p->setFont(f);
    const auto number = [&](double v) { return locale.toString(v, 'f', v == std::floor(v) ? 0 : 1); };
    int rank = 0;
    for (const OpportunityRow &o : m.ranked) {
        if (y + 15 * ui > r.bottom()) break;
        row({QString::number(++rank), o.text.simplified(), number(*o.customer),
             number(*o.business), number(*o.effort),
             o.priority ? locale.toString(*o.priority, 'f', 2) : QStringLiteral("–"),
             contentName(o.quadrant(), lang),
             o.friction > 0 ? locale.toString(o.friction, 'f', 1) : QString()},
            quadrantColour(o.quadrant()));
    }
    if (m.ranked.isEmpty()) {
        p->setPen(muted);
        p->drawText(QRectF(x, y, w, 30 * ui), Qt::AlignLeft | Qt::TextWordWrap,
                    tr(lang, QT_TRANSLATE_NOOP("Storage",
                                               "No opportunity is scored yet: give the cards "
                                               "of the opportunities and ideas lanes a "
                                               "customer value, a business value and an effort.")));
        y += 32 * ui;
    }
    if (!m.unscored.isEmpty() && y + 30 * ui < r.bottom()) {
        y += 8 * ui;
        p->setPen(muted);
        QStringList names;
        for (const OpportunityRow &o : m.unscored)
            names.append(o.text.simplified());
        p->drawText(QRectF(x, y, w, r.bottom() - y), Qt::AlignLeft | Qt::TextWordWrap,
                    tr(lang, QT_TRANSLATE_NOOP("Storage", "Not scored yet: %1"))
                        .arg(names.join(QStringLiteral("; "))));
    }
    p->restore();
}

bool write(const Project &project, const Journey &j, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSizeF page(1120, 620); // about A4 landscape, in points
    QByteArray bytes;
    if (suffix == QLatin1String("png")) {
        QImage image((page * 2).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        useTextFont(&painter);
        painter.scale(2, 2);
        paintPage(&painter, QRectF(QPointF(20, 20), page - QSizeF(40, 40)), project, j);
        painter.end();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            *error = Storage::tr("the picture could not be encoded");
            return false;
        }
    } else if (suffix == QLatin1String("svg") || suffix == QLatin1String("pdf")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (suffix == QLatin1String("svg")) {
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(page.toSize());
            svg.setViewBox(QRectF(QPointF(0, 0), page));
            svg.setTitle(j.name);
            QPainter painter(&svg);
            useTextFont(&painter);
            painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);
            paintPage(&painter, QRectF(QPointF(20, 20), page - QSizeF(40, 40)), project, j);
        } else {
            QPdfWriter pdf(&buffer);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setPageOrientation(QPageLayout::Landscape);
            pdf.setResolution(72);
            pdf.setTitle(j.name);
            pdf.setCreator(QStringLiteral("Waymark"));
            QPainter painter(&pdf);
            useTextFont(&painter);
            const QRectF area = pdf.pageLayout().paintRectPoints();
            paintPage(&painter, QRectF(QPointF(0, 0), area.size()), project, j);
        }
    } else if (suffix == QLatin1String("xlsx")) {
        return writeXlsx(project, j, path, error);
    } else {
        *error = Storage::tr("\"%1\" is no known format (use .png, .svg, .pdf or .xlsx)")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    return FileWrite::writeWhole(path, bytes, error);
}

bool writeXlsx(const Project &project, const Journey &j, const QString &path, QString *error)
{
    const QString lang = project.info.language;
    const OpportunityMatrix m = OpportunityMatrix::of(project, j);
    XlsxWriter::Sheet sheet;
    sheet.name = XlsxWriter::safeSheetName(
        tr(lang, QT_TRANSLATE_NOOP("Storage", "Opportunities")), {});
    sheet.rows.append({tr(lang, QT_TRANSLATE_NOOP("Storage", "Rank")),
                       tr(lang, QT_TRANSLATE_NOOP("Storage", "Opportunity")),
                       tr(lang, QT_TRANSLATE_NOOP("Storage", "Stage")),
                       tr(lang, QT_TRANSLATE_NOOP("Storage", "Customer value")),
                       tr(lang, QT_TRANSLATE_NOOP("Storage", "Business value")),
                       tr(lang, QT_TRANSLATE_NOOP("Storage", "Effort")),
                       tr(lang, QT_TRANSLATE_NOOP("Storage", "Priority")),
                       tr(lang, QT_TRANSLATE_NOOP("Storage", "Quadrant")),
                       tr(lang, QT_TRANSLATE_NOOP("Storage", "Friction addressed")),
                       tr(lang, QT_TRANSLATE_NOOP("Storage", "Addresses"))});
    int rank = 0;
    const auto cell = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    for (const OpportunityRow &o : m.ranked)
        sheet.rows.append({++rank, o.text.left(XlsxWriter::MaxCellText), j.stages[o.stage].name,
                           *o.customer, *o.business, *o.effort, cell(o.priority),
                           contentName(o.quadrant(), lang), o.friction,
                           o.addresses.join(QStringLiteral("; ")).left(XlsxWriter::MaxCellText)});
    for (const OpportunityRow &o : m.unscored)
        sheet.rows.append({QVariant(), o.text.left(XlsxWriter::MaxCellText),
                           j.stages[o.stage].name, cell(o.customer), cell(o.business),
                           cell(o.effort), QVariant(), QVariant(), o.friction,
                           o.addresses.join(QStringLiteral("; ")).left(XlsxWriter::MaxCellText)});
    sheet.columnWidths = {6, 40, 20, 10, 10, 8, 9, 14, 10, 40};
    sheet.frozenColumns = 2;
    XlsxWriter x;
    x.addSheet(sheet);
    return x.write(path, error);
}

} // namespace waymark::MatrixChart
