// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace waymark {

class Document;
class MapScene;

// The strip under the map: the overlay's choosers, then its legend, which wraps to the
// width the map has (instead of widening the window or crowding the toolbar) and can be
// folded away to one button.
class OverlayStrip : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayStrip(QWidget *parent = nullptr);
    void setChoosers(QWidget *choosers);
    // Empty: no overlay, no legend.
    void setLegend(const QString &html);
    QLabel *label() const { return m_text; }
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QHBoxLayout *m_choosers;
    QLabel *m_text;
    QToolButton *m_toggle;
    bool m_collapsed = false;
};

// The metric overlay's choosers: which metric, period and segment, and its thresholds; the
// legend of what the colours mean goes beside them in the OverlayStrip.
class OverlayBar : public QWidget
{
    Q_OBJECT

public:
    // Puts itself into `strip`.
    OverlayBar(MapScene *scene, OverlayStrip *strip);
    void setDocument(Document *document);
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *segmentBox() const { return m_segment; }
    // What the map shows: the metric (null: no overlay), its period and segment.
    Id metric() const;
    QString period() const;
    QString segment() const;
    QLabel *legend() const { return m_legend->label(); }
    // Fills the period and segment choosers with what `metric` has data for, after "Latest
    // period" and "All customers", keeping the choice where it is still there.
    static void fillScope(QComboBox *period, QComboBox *segment, const Document *document,
                          const Id &metric);

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
    OverlayStrip *m_legend;
    QToolButton *m_edit = nullptr;
};

} // namespace waymark
