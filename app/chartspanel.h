// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QTabWidget;

namespace waymark {

class Document;

// Qt Charts over the imported metrics: the volume funnel by stage with the conversion
// between stages, a metric over the periods for the selected card, and the emotion curve
// against a metric by stage. Each chart saves as PNG or SVG.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void rebuild();
    // The period and segment of the overlay ("" = latest, everyone), which the charts follow.
    void setScope(const QString &period, const QString &segment);
    QChart *chart(int index) const;
    bool saveChart(int index, const QString &path, QString *error) const;
    // Conversion from each stage to the next, in percent, from the stages' volumes.
    static QList<double> conversions(const QList<double> &volumes);

private:
    void exportCurrent();

    Document *m_document = nullptr;
    QComboBox *m_metric;
    QString m_period, m_segment;
    QTabWidget *m_tabs;
    QList<QChartView *> m_views;
};

} // namespace waymark
