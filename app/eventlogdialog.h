// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/eventlog.h"
#include "io/metricimport.h"

#include <memory>
#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;
class QTimer;

namespace waymark {

class Document;

// File > Import Event Log... (or an event log dropped on the window): the columns, suggested
// from the header; the time zone of times written without one; a cut by period; the journey
// whose stages make the funnel. Analyze runs off the UI thread with progress and Cancel and
// shows the figures per touchpoint and the rows left out; Next hands the figures to the
// metric import (matching, metrics, one undo step).
class EventLogDialog : public QDialog
{
    Q_OBJECT

public:
    EventLogDialog(Document *document, const QString &path, QWidget *parent = nullptr);
    ~EventLogDialog() override;
    bool isReadable() const { return !m_header.isEmpty(); }
    QString readError() const { return m_error; }
    void analyze();
    bool isRunning() const { return m_thread != nullptr; }
    const std::optional<EventLogAnalysis> &analysis() const { return m_analysis; }
    // The figures as the metric import reads them, and how.
    Table table() const;
    MetricMapping mapping() const;
    QTableWidget *figuresView() const { return m_figures; }
    // After "Draft a Journey": the drafted journey (with the figures of table() for it).
    const std::optional<Journey> &draft() const { return m_draft; }
    void draftJourney();
    void reject() override;
    // The time zones (UTC and the system's first) and the period cuts, for the database
    // import too.
    static void fillZoneAndPeriod(QComboBox *zone, QComboBox *period);

signals:
    void analysisFinished();

private:
    EventLogOptions options() const;
    void finish();
    void showFigures();
    void columnsChanged();

    Document *m_document;
    QString m_path, m_error;
    QStringList m_header;
    QComboBox *m_case, *m_time, *m_activity, *m_segment, *m_lifecycle, *m_zone, *m_period,
        *m_journey;
    QTableWidget *m_preview, *m_figures;
    QLabel *m_summary;
    QPlainTextEdit *m_bad;
    QProgressBar *m_progress;
    QPushButton *m_analyze, *m_next, *m_drafting;
    QSpinBox *m_stages;
    QComboBox *m_stageColumn; // a stage per value of this column, or (-1) cut into m_stages
    std::optional<Journey> m_draft;
    QHash<QString, Id> m_draftTargets; // activity or stage name -> the draft's card or stage
    bool m_draftPending = false;
    bool m_byColumnPending = false; // reading the log by the stage column for a draft
    QThread *m_thread = nullptr;
    QTimer *m_poll;
    std::shared_ptr<EventLogControl> m_control;
    std::shared_ptr<std::optional<EventLogAnalysis>> m_result;
    std::shared_ptr<QString> m_resultError;
    std::optional<EventLogAnalysis> m_analysis;
    EventLogOptions m_used; // the options of the analysis shown
};

} // namespace waymark
