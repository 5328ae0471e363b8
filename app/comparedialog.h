// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/journeydiff.h"
#include "io/comparisonexport.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace waymark {

class Document;

// One side of a comparison: the map with the changes marked, painted by the same code as
// the PDF.
class MarkedMap : public QWidget
{
    Q_OBJECT

public:
    explicit MarkedMap(bool isFrom, QWidget *parent = nullptr);
    void setSide(const DiffSource *source, const JourneyDiff *diff);
    // Shows `overlaid` (the "to" side with the ghosts of "from") instead of one side; null:
    // the side again.
    void setOverlaid(const ComparisonExport::Overlaid *overlaid);
    bool isOverlaid() const { return m_overlaid != nullptr; }
    void setHighlight(const Id &cardId);
    Id highlight() const { return m_highlight; }
    QSize sizeHint() const override { return {480, 360}; }
    // 0: the map fits the widget; else map units to pixels (the widget takes the map's size
    // and its scroll area scrolls).
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }

signals:
    // Ctrl+wheel: zoom in (steps > 0) or out.
    void zoomRequested(int steps);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void applyZoom();
    double m_zoom = 0;
    bool m_isFrom;
    const DiffSource *m_source = nullptr;
    const JourneyDiff *m_diff = nullptr;
    const ComparisonExport::Overlaid *m_overlaid = nullptr;
    Id m_highlight;
};

// The feelings of both sides as two curves.
class FeelingsChart : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    void setDiff(const JourneyDiff *diff, const QString &fromLabel, const QString &toLabel);
    QSize sizeHint() const override { return {420, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const JourneyDiff *m_diff = nullptr;
    QString m_from, m_to;
};

// Journey > Compare...: two journeys, or a journey and a snapshot, side by side or overlaid
// with the changes marked, the feelings of both, and the list of changes (a click marks the
// card on both maps). Export PDF writes what the window shows.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // `from` and `to` as DiffSource::resolve() reads them; empty: the current journey.
    CompareDialog(Document *document, const QString &from, const QString &to,
                  QWidget *parent = nullptr);
    const JourneyDiff &diff() const { return m_diff; }
    QTreeWidget *changeList() const { return m_changes; }
    MarkedMap *fromMap() const { return m_fromMap; }
    MarkedMap *toMap() const { return m_toMap; }
    QComboBox *fromBox() const { return m_fromBox; }
    // Both maps at one zoom: 0 fits each into its half.
    void setZoom(double zoom);
    QComboBox *toBox() const { return m_toBox; }
    QComboBox *viewBox() const { return m_viewBox; }
    ComparisonExport::View view() const;
    const ComparisonExport::Overlaid &overlaid() const { return m_overlaid; }
    QString summary() const;
    // Shows only the "to" side's map, read-only, without the comparison (a snapshot viewed).
    void setViewOnly();
    bool isViewOnly() const { return m_viewOnly; }
    // Writes the comparison; false with the reason shown.
    bool exportPdf(const QString &path);

private:
    void fillChoices();
    void compare();
    void lineChosen();

    Document *m_document;
    void showView();

    QComboBox *m_fromBox, *m_toBox, *m_viewBox;
    QLabel *m_summary;
    MarkedMap *m_fromMap, *m_toMap;
    FeelingsChart *m_feelings;
    QTreeWidget *m_changes;
    QPushButton *m_export;
    QWidget *m_fromRow = nullptr, *m_comparison = nullptr, *m_viewRow = nullptr;
    bool m_viewOnly = false;
    std::optional<DiffSource> m_from, m_to;
    JourneyDiff m_diff;
    ComparisonExport::Overlaid m_overlaid;
};

} // namespace waymark
