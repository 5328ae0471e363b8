// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragepage.h"

#include "i18n.h"
#include "render/textfit.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace waymark::CoveragePage {

namespace {

QString tr(const Project &p, const char *source)
{
    return translateFor(p.info.language, "Storage", source);
}

struct Geometry
{
    double ui, titleH, summaryH, headerH, rowH, labelW, gridH, listTop;
    QList<int> lanes; // the claim lanes, in row order
};

Geometry geometry(double width, const Journey &j)
{
    Geometry g;
    g.ui = std::clamp(width / 700, 1.0, 2.0);
    g.titleH = 24 * g.ui;
    g.summaryH = 30 * g.ui;
    g.headerH = 32 * g.ui;
    g.rowH = 20 * g.ui;
    g.labelW = std::min(width * 0.22, 150 * g.ui);
    for (int l = 0; l < j.lanes.size(); ++l)
        if (Coverage::isClaim(j.lanes[l].kind)) g.lanes.append(l);
    g.gridH = g.headerH + g.rowH * (g.lanes.size() + 1); // + the whole-stage row
    g.listTop = g.titleH + g.summaryH + g.gridH + 22 * g.ui;
    return g;
}

void cell(QPainter *p, const QRectF &box, const CoverageTally &t, const QFont &font, bool bold)
{
    p->fillRect(box.adjusted(1, 1, -1, -1), Coverage::shade(t.share()));
    QFont f = font;
    f.setBold(bold);
    p->setFont(f);
    p->setPen(QColor(0x23, 0x2a, 0x33));
    const QString text =
        t.claims == 0 ? QString()
                      : QStringLiteral("%1 · %2/%3")
                            .arg(Coverage::shareText(t.share()))
                            .arg(t.backed())
                            .arg(t.claims);
    p->drawText(box, Qt::AlignCenter, text);
}

} // namespace

double heightFor(double width, const Project &, const Journey &j)
{
    const Geometry g = geometry(width, j);
    return g.listTop + (CoveragePage::ListedAssumptions + 2) * 16 * g.ui;
}

void draw(QPainter *p, const QRectF &r, const Project &project, const Journey &j)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const Coverage c = Coverage::of(project, j);
    const Geometry g = geometry(r.width(), j);
    const double ui = g.ui;
    const QColor ink(0x23, 0x2a, 0x33), muted(0x6b, 0x75, 0x80);
    const QLocale locale(project.info.language);
    drawHeading(p, r, tr(project, QT_TRANSLATE_NOOP("Storage", "%1 — research coverage")).arg(j.name),
                ui);
    QFont f = p->font();

    f.setPixelSize(int(10 * ui));
    f.setBold(false);
    p->setFont(f);
    p->setPen(muted);
    const QString summary =
        c.total.claims == 0
            ? tr(project, QT_TRANSLATE_NOOP("Storage", "The journey has no cards that make a claim "
                                                       "about the customer yet."))
            : tr(project, QT_TRANSLATE_NOOP("Storage",
                                            "%1 of %2 claims rest on evidence (%3): %4 observed, "
                                            "%5 reported, %6 linked to insights. Opportunities, "
                                            "ideas, notes and pictures are no claims."))
                  .arg(locale.toString(c.total.backed()), locale.toString(c.total.claims),
                       Coverage::shareText(c.total.share()), locale.toString(c.total.observed),
                       locale.toString(c.total.reported), locale.toString(c.total.sourced));
    p->drawText(QRectF(r.left(), r.top() + g.titleH + 2 * ui, r.width(), g.summaryH),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, summary);

    // The grid: a header row of stages, a row per claim lane, then the stages as a whole.
    const double top = r.top() + g.titleH + g.summaryH;
    const int columns = int(j.stages.size());
    const double colW = (r.width() - g.labelW) / std::max(1, columns);
    QFont small = f;
    small.setPixelSize(int(9 * ui));
    const QFontMetricsF fm(small);
    for (int s = 0; s < columns; ++s) {
        const QRectF head(r.left() + g.labelW + s * colW, top, colW, g.headerH);
        p->setFont(small);
        p->setPen(ink);
        p->drawText(head.adjusted(3, 2, -3, -g.headerH / 2), Qt::AlignCenter,
                    fm.elidedText(j.stages[s].name, Qt::ElideRight, colW - 6));
        cell(p, QRectF(head.left(), head.top() + g.headerH / 2, colW, g.headerH / 2),
             c.stages[s], small, true);
    }
    for (int k = 0; k < g.lanes.size(); ++k) {
        const int l = g.lanes[k];
        const double y = top + g.headerH + k * g.rowH;
        const QRectF label(r.left(), y, g.labelW, g.rowH);
        p->fillRect(label.adjusted(1, 1, -1, -1), Coverage::shade(c.lanes[l].share()));
        p->setFont(small);
        p->setPen(ink);
        p->drawText(label.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(QStringLiteral("%1  %2").arg(
                                      j.lanes[l].title, Coverage::shareText(c.lanes[l].share())),
                                  Qt::ElideMiddle, g.labelW - 8));
        for (int s = 0; s < columns; ++s)
            cell(p, QRectF(r.left() + g.labelW + s * colW, y, colW, g.rowH), c.cells[s][l], small,
                 false);
    }
    p->setFont(small);
    p->setPen(muted);
    p->drawText(QRectF(r.left(), top + g.headerH + g.lanes.size() * g.rowH, r.width(), g.rowH),
                Qt::AlignLeft | Qt::AlignVCenter,
                tr(project, QT_TRANSLATE_NOOP("Storage",
                                              "Each cell: share of claims backed · backed/claims. "
                                              "Red: assumed, green: rests on evidence.")));

    // The assumptions where research pays off first.
    double y = r.top() + g.listTop;
    f.setPixelSize(int(12 * ui));
    f.setBold(true);
    p->setFont(f);
    p->setPen(ink);
    p->drawText(QRectF(r.left(), y - 18 * ui, r.width(), 16 * ui), Qt::AlignLeft | Qt::AlignVCenter,
                tr(project, QT_TRANSLATE_NOOP("Storage", "Assumptions with most friction attached")));
    f.setPixelSize(int(10 * ui));
    f.setBold(false);
    p->setFont(f);
    const QFontMetricsF lm(f);
    if (c.assumptions.isEmpty()) {
        p->setPen(muted);
        p->drawText(QRectF(r.left(), y, r.width(), 16 * ui), Qt::AlignLeft | Qt::AlignVCenter,
                    tr(project, QT_TRANSLATE_NOOP("Storage", "None: every claim rests on "
                                                             "evidence.")));
    }
    int rank = 0;
    // As many as fit, keeping a line for "and N more" when some are left out.
    const auto fits = int((r.bottom() - y) / (16 * ui));
    const qsizetype shown = std::min<qsizetype>(
        {c.assumptions.size(), ListedAssumptions,
         c.assumptions.size() > std::min<qsizetype>(fits, ListedAssumptions) ? fits - 1 : fits});
    for (const Assumption &a : c.assumptions.mid(0, std::max<qsizetype>(0, shown))) {
        const QString where = QStringLiteral("%1 / %2").arg(j.stages[a.stage].name,
                                                            j.lanes[a.lane].title);
        const QString friction =
            a.friction > 0 ? tr(project, QT_TRANSLATE_NOOP("Storage", "friction %1"))
                                 .arg(locale.toString(a.friction, 'f', 1))
                           : QString();
        p->setPen(ink);
        const double rightW = r.width() * 0.42;
        p->drawText(QRectF(r.left(), y, r.width() - rightW, 16 * ui),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    lm.elidedText(QStringLiteral("%1. %2").arg(++rank).arg(a.text.simplified()),
                                  Qt::ElideRight, r.width() - rightW - 6 * ui));
        p->setPen(muted);
        p->drawText(QRectF(r.right() - rightW, y, rightW, 16 * ui),
                    Qt::AlignRight | Qt::AlignVCenter,
                    lm.elidedText(friction.isEmpty() ? where : where + QStringLiteral(" · ") + friction,
                                  Qt::ElideMiddle, rightW));
        y += 16 * ui;
    }
    if (c.assumptions.size() > rank && y + 16 * ui <= r.bottom()) {
        p->setPen(muted);
        p->drawText(QRectF(r.left(), y, r.width(), 16 * ui), Qt::AlignLeft | Qt::AlignVCenter,
                    tr(project, QT_TRANSLATE_NOOP("Storage", "… and %1 more assumptions"))
                        .arg(c.assumptions.size() - rank));
    }
    p->restore();
}

} // namespace waymark::CoveragePage
