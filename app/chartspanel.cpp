// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspanel.h"

#include "analytics/chartdata.h"
#include "analytics/overlay.h"
#include "analytics/period.h"
#include "document/document.h"

#include <memory>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace waymark {

QList<double> ChartsPanel::conversions(const QList<double> &volumes)
{
    return StageSeries::conversionsOf(volumes);
}

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent), m_metric(new QComboBox(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_metric->setAccessibleName(tr("Metric for the charts"));
    for (int i = 0; i < 3; ++i) {
        auto *view = new QChartView(new QChart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(160);
        m_views.append(view);
    }
    m_tabs->addTab(m_views[0], tr("Funnel"));
    m_tabs->addTab(m_views[1], tr("Over time"));
    m_tabs->addTab(m_views[2], tr("Feeling and metric"));
    // Narrow docks: the tabs scroll instead of widening the window.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(10);
    auto *save = new QPushButton(tr("Save Chart..."), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_metric);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(m_metric, &QComboBox::activated, this, &ChartsPanel::rebuild);
    connect(save, &QPushButton::clicked, this, &ChartsPanel::exportCurrent);
}

void ChartsPanel::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeSet &c) {
            if (!c.observations.isEmpty() || !c.metrics.isEmpty() || !c.stages.isEmpty()) rebuild();
        });
        connect(document, &Document::currentJourneyChanged, this, &ChartsPanel::rebuild);
        connect(document, &Document::selectionChanged, this, &ChartsPanel::rebuild);
    }
    rebuild();
}

QChart *ChartsPanel::chart(int index) const
{
    return m_views.value(index) ? m_views[index]->chart() : nullptr;
}

void ChartsPanel::setScope(const QString &period, const QString &segment)
{
    if (period == m_period && segment == m_segment) return;
    m_period = period;
    m_segment = segment;
    rebuild();
}

void ChartsPanel::rebuild()
{
    const Id chosen = m_metric->currentData().value<Id>();
    m_metric->clear();
    const Project *p = m_document ? &m_document->project() : nullptr;
    if (p)
        for (const MetricDefinition &m : p->metrics)
            if (m.kind != QLatin1String("volume")) // volume is the funnel, not a choice
                m_metric->addItem(m.name, QVariant::fromValue(m.id));
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(QVariant::fromValue(chosen))));
    const Journey *j = p ? p->journey(m_document->currentJourneyId()) : nullptr;
    const Id metric = m_metric->currentData().value<Id>();
    for (QChartView *v : std::as_const(m_views)) {
        // The view gives up the old chart without deleting it.
        std::unique_ptr<QChart> old(v->chart());
        v->setChart(new QChart);
    }
    if (!j) return;

    // Funnel: volume by stage, the categories carry the conversion from the stage before.
    const StageSeries series = StageSeries::compute(*p, *j, metric, m_period, m_segment);
    {
        auto *set = new QBarSet(series.volumeName);
        QStringList categories;
        for (int i = 0; i < series.stages.size(); ++i) {
            *set << series.volumes[i];
            const QString conversion = StageSeries::conversionText(series.volumes, i);
            categories.append(conversion.isEmpty()
                                  ? series.stages[i]
                                  : series.stages[i] + QLatin1Char('\n') + conversion);
        }
        auto *bars = new QBarSeries;
        bars->append(set);
        QChart *c = m_views[0]->chart();
        c->addSeries(bars);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        c->addAxis(x, Qt::AlignBottom);
        bars->attachAxis(x);
        auto *y = new QValueAxis;
        c->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(y);
        c->setTitle(series.hasVolume ? tr("%1 by stage").arg(series.volumeName)
                                     : tr("No volume imported yet"));
        c->legend()->hide();
    }
    if (metric.isNull()) return;
    const MetricDefinition *def = nullptr;
    for (const MetricDefinition &m : p->metrics)
        if (m.id == metric) def = &m;
    // Over time: the metric for the selected card (or its stage), period by period.
    {
        const QList<Id> sel = m_document->selectedCards();
        const Card *card = sel.isEmpty() ? nullptr : j->card(sel.constLast());
        QList<std::pair<QString, double>> points;
        const auto collect = [&](const Id &target) {
            for (const Observation &o : p->observations)
                if (o.metricId == metric && o.segment == m_segment && o.targetId == target)
                    points.append({o.period, o.value});
        };
        if (card) collect(card->id);
        if (card && points.isEmpty()) collect(card->stageId); // the card's stage has it
        const Period::Order order;
        std::sort(points.begin(), points.end(),
                  [&order](const auto &a, const auto &b) { return order(a.first, b.first); });
        auto *trend = new QLineSeries;
        trend->setName(def->name);
        QStringList periods;
        for (int i = 0; i < points.size(); ++i) {
            trend->append(i, points[i].second);
            periods.append(points[i].first.isEmpty() ? tr("(no period)") : points[i].first);
        }
        QChart *c = m_views[1]->chart();
        c->addSeries(trend);
        auto *x = new QBarCategoryAxis;
        x->append(periods);
        c->addAxis(x, Qt::AlignBottom);
        trend->attachAxis(x);
        auto *y = new QValueAxis;
        c->addAxis(y, Qt::AlignLeft);
        trend->attachAxis(y);
        c->setTitle(card ? tr("%1 for \"%2\"").arg(def->name, card->text.left(40))
                         : tr("Select a card to see its %1 over time").arg(def->name));
        c->legend()->hide();
    }
    // Feeling against the metric, stage by stage.
    {
        auto *bars = new QBarSet(def->name);
        auto *feeling = new QLineSeries;
        feeling->setName(tr("Feeling"));
        for (int i = 0; i < series.stages.size(); ++i) {
            *bars << series.metric.value(i);
            feeling->append(i, series.feeling[i]);
        }
        auto *barSeries = new QBarSeries;
        barSeries->append(bars);
        QChart *c = m_views[2]->chart();
        c->addSeries(barSeries);
        c->addSeries(feeling);
        auto *x = new QBarCategoryAxis;
        x->append(series.stages);
        c->addAxis(x, Qt::AlignBottom);
        barSeries->attachAxis(x);
        feeling->attachAxis(x);
        auto *y = new QValueAxis;
        c->addAxis(y, Qt::AlignLeft);
        barSeries->attachAxis(y);
        auto *emotion = new QValueAxis;
        emotion->setRange(MinEmotion, MaxEmotion);
        emotion->setTitleText(tr("Feeling"));
        c->addAxis(emotion, Qt::AlignRight);
        feeling->attachAxis(emotion);
        c->setTitle(tr("Feeling and %1 by stage").arg(def->name));
    }
}

bool ChartsPanel::saveChart(int index, const QString &path, QString *error) const
{
    QChartView *view = m_views.value(index);
    if (!view) return false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(view->rect());
        QPainter painter(&svg);
        view->render(&painter);
        return true;
    }
    // PNG at twice the screen's size, for slides.
    QImage image(view->size() * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    view->render(&painter, QRectF(image.rect()), view->rect());
    painter.end();
    if (!image.save(path, "PNG")) {
        *error = tr("the picture could not be written");
        return false;
    }
    return true;
}

void ChartsPanel::exportCurrent()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), {}, tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty()) return;
    QString error;
    if (!saveChart(m_tabs->currentIndex(), path, &error))
        QMessageBox::warning(this, tr("Save Chart"), error);
}

} // namespace waymark
