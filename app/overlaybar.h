// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace waymark {

class Document;
class MapScene;

// The metric overlay's choosers for the toolbar: which metric, period and segment, and a
// legend of what the colours mean.
class OverlayBar : public QWidget
{
    Q_OBJECT

public:
    OverlayBar(MapScene *scene, QWidget *parent = nullptr);
    void setDocument(Document *document);
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *segmentBox() const { return m_segment; }
    QLabel *legend() const { return m_legend; }

signals:
    // The period and segment the overlay shows ("" = latest, everyone), for the panels
    // that follow it.
    void scopeChanged(const QString &period, const QString &segment);

private:
    void fill();
    void apply();

    MapScene *m_scene;
    Document *m_document = nullptr;
    QComboBox *m_metric, *m_period, *m_segment;
    QLabel *m_legend;
    QToolButton *m_edit = nullptr;
};

} // namespace waymark
