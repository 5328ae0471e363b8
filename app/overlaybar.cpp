// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlaybar.h"

#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "canvas/mapscene.h"
#include "document/document.h"
#include "metricdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

namespace waymark {

OverlayStrip::OverlayStrip(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_toggle(new QToolButton(this))
{
    setObjectName(QStringLiteral("overlayStrip"));
    m_text->setObjectName(QStringLiteral("overlayLegend"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    // Never wider than the map: the text wraps.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setMinimumWidth(40);
    m_toggle->setAutoRaise(true);
    m_toggle->setObjectName(QStringLiteral("legendToggle"));
    // The choosers, then the legend: side by side in a wide window, the legend on a row of its
    // own under the choosers in a narrow one (see resizeEvent).
    auto *outer = new QBoxLayout(QBoxLayout::LeftToRight, this);
    outer->setContentsMargins(4, 2, 4, 2);
    outer->setSpacing(2);
    m_choosers = new QHBoxLayout;
    m_choosers->addStretch(); // takes the room while there is no legend, or in two rows
    outer->addLayout(m_choosers, 0);
    auto *legend = new QHBoxLayout;
    legend->addWidget(m_toggle, 0, Qt::AlignVCenter);
    legend->addWidget(m_text, 1);
    outer->addLayout(legend, 1);
    connect(m_toggle, &QToolButton::clicked, this, [this] {
        setCollapsed(!m_collapsed);
        QSettings().setValue(QStringLiteral("view/legendCollapsed"), m_collapsed);
    });
    setCollapsed(QSettings().value(QStringLiteral("view/legendCollapsed"), false).toBool());
    setLegend({});
}

void OverlayStrip::setChoosers(QWidget *choosers)
{
    m_choosers->insertWidget(0, choosers);
}

void OverlayStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The legend needs about 60 characters' room beside the choosers, else it goes below.
    const int room = width() - m_choosers->sizeHint().width();
    auto *outer = static_cast<QBoxLayout *>(layout());
    const auto direction = room < fontMetrics().averageCharWidth() * 60 ? QBoxLayout::TopToBottom
                                                                        : QBoxLayout::LeftToRight;
    if (outer->direction() != direction) outer->setDirection(direction);
}

void OverlayStrip::setLegend(const QString &html)
{
    m_text->setText(html);
    m_toggle->setVisible(!html.isEmpty());
    m_text->setVisible(!html.isEmpty() && !m_collapsed);
}

void OverlayStrip::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    m_text->setVisible(!collapsed && !m_text->text().isEmpty());
    m_toggle->setArrowType(collapsed ? Qt::RightArrow : Qt::LeftArrow);
    m_toggle->setToolButtonStyle(collapsed ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    m_toggle->setText(tr("Legend"));
    m_toggle->setToolTip(collapsed ? tr("Show the legend") : tr("Hide the legend"));
    m_toggle->setAccessibleName(m_toggle->toolTip());
}

OverlayBar::OverlayBar(MapScene *scene, OverlayStrip *strip)
    : QWidget(strip), m_scene(scene), m_metric(new QComboBox(this)), m_period(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_legend(strip)
{
    strip->setChoosers(this);
    setObjectName(QStringLiteral("overlayBar"));
    m_metric->setObjectName(QStringLiteral("overlayMetric"));
    m_metric->setAccessibleName(tr("Metric overlay"));
    m_period->setAccessibleName(tr("Period"));
    m_segment->setAccessibleName(tr("Segment"));
    // Wide enough for most names; long ones show whole in the open list.
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(16);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 0, 4, 0);
    row->addWidget(new QLabel(tr("Overlay:"), this));
    row->addWidget(m_metric);
    row->addWidget(m_period);
    row->addWidget(m_segment);
    m_edit = new QToolButton(this);
    m_edit->setText(tr("Thresholds..."));
    m_edit->setToolTip(tr("Direction, scale, target and thresholds of the metric"));
    m_edit->setAccessibleName(m_edit->toolTip());
    row->addWidget(m_edit);
    connect(m_edit, &QToolButton::clicked, this, [this] {
        const Id metric = m_metric->currentData().value<Id>();
        if (!m_document || metric.isNull()) return;
        MetricDialog dialog(m_document, metric, this);
        dialog.exec();
    });
    for (QComboBox *box : {m_metric, m_period, m_segment})
        connect(box, &QComboBox::activated, this, [this, box] {
            if (box == m_metric) fill(); // its periods and segments
            apply();
        });
    fill();
}

Id OverlayBar::metric() const
{
    return m_metric->currentData().value<Id>();
}

QString OverlayBar::period() const
{
    return m_period->currentData().toString();
}

QString OverlayBar::segment() const
{
    return m_segment->currentData().toString();
}

void OverlayBar::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_metric->setCurrentIndex(0);
    if (document)
        connect(document, &Document::changed, this, [this](const ChangeSet &changes) {
            if (changes.metrics.isEmpty() && changes.observations.isEmpty()) return;
            fill();
            apply();
        });
    fill();
    apply();
}

void OverlayBar::fillScope(QComboBox *period, QComboBox *segment, const Document *document,
                           const Id &metric)
{
    const QString periodWas = period->currentData().toString();
    const QString segmentWas = segment->currentData().toString();
    period->clear();
    segment->clear();
    period->addItem(tr("Latest period"), QString());
    segment->addItem(tr("All customers"), QString());
    if (document && !metric.isNull()) {
        for (const QString &p : MetricOverlay::periods(document->project(), metric))
            period->addItem(p, p);
        for (const QString &s : MetricOverlay::segments(document->project(), metric))
            segment->addItem(s, s);
    }
    period->setCurrentIndex(std::max(0, period->findData(periodWas)));
    segment->setCurrentIndex(std::max(0, segment->findData(segmentWas)));
}

void OverlayBar::fill()
{
    const Id current = m_metric->currentData().value<Id>();
    m_metric->clear();
    m_metric->addItem(tr("No overlay"), QVariant::fromValue(Id()));
    if (m_document)
        for (const MetricDefinition &m : m_document->project().metrics)
            m_metric->addItem(m.name, QVariant::fromValue(m.id));
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(QVariant::fromValue(current))));
    const Id chosen = m_metric->currentData().value<Id>();
    fillScope(m_period, m_segment, m_document, chosen);
    m_period->setVisible(m_period->count() > 1);
    m_segment->setVisible(m_segment->count() > 1);
    setEnabled(m_document && !m_document->project().metrics.isEmpty());
    m_edit->setEnabled(m_document && !chosen.isNull() && !m_document->isReadOnly());
}

void OverlayBar::apply()
{
    const Id metric = m_metric->currentData().value<Id>();
    emit scopeChanged(m_period->currentData().toString(), m_segment->currentData().toString());
    if (!m_document || metric.isNull()) {
        m_scene->setOverlay(nullptr);
        m_legend->setLegend({});
        return;
    }
    auto overlay = std::make_unique<MetricOverlay>(m_document->project(), metric,
                                                   m_period->currentData().toString(),
                                                   m_segment->currentData().toString());
    // The colours only where the values have them; the friction discs always.
    const QString colours =
        MetricOverlay::judges(overlay->metric())
            ? QStringLiteral("<span style='color:%1'>■</span> %2 "
                             "<span style='color:%3'>■</span> %4 "
                             "<span style='color:%5'>■</span> %6 ")
                  .arg(MetricOverlay::colour(MetricStatus::Good).name(), tr("good"),
                       MetricOverlay::colour(MetricStatus::Warning).name(), tr("warning !"),
                       MetricOverlay::colour(MetricStatus::Critical).name(), tr("critical !!"))
            : QString();
    m_legend->setLegend(colours +
                        QStringLiteral("<span style='color:%1'>●</span> %2 — %3")
                            .arg(MetricOverlay::colour(MetricStatus::Critical).darker(125).name(),
                                 tr("1-%1: worst friction points").arg(Friction::MarkedOnMap),
                                 overlay->legend().toHtmlEscaped()));
    m_scene->setOverlay(std::move(overlay));
}

} // namespace waymark
