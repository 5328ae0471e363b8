// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/metricimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace waymark {

class Document;

// File > Import Metrics... (or a CSV/XLSX dropped on the window): pick the sheet, see the
// table, map its columns, see how numbers are read and what the import would do: the metrics
// as Waymark understood them (with the direction to choose where it could not tell),
// targets without a match grouped with suggestions to confirm or take back, and problems.
// Import is one step; when it is not possible the dialog says why.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Document *document, const QString &path, QWidget *parent = nullptr);
    // Values computed from a file (an event log, survey responses), as a long table whose
    // columns are Waymark's own: the dialog shows the figures, the metrics and the matches.
    ImportDialog(Document *document, const Table &computed, const QString &sourceName,
                 const MetricMapping &mapping, QWidget *parent = nullptr);
    bool isReadable() const { return m_table.has_value(); }
    QString readError() const { return m_error; }
    MetricMapping mapping() const;
    const MetricImportPlan &plan() const { return m_plan; }
    // Uses (or stops using) the suggestion for the `index`th target without a match, as a
    // click on its check box does. Refused, with the reason shown, when it would give a card
    // values twice.
    bool useSuggestion(int index, bool use);
    // Sets the direction of a metric Waymark could not judge, as its chooser does.
    void setDirection(const QString &metric, bool higherIsBetter);
    // Why Import is disabled (empty when it is enabled).
    QString blockedReason() const;
    QTreeWidget *unmatchedView() const { return m_unmatched; }
    QTableWidget *metricsView() const { return m_metrics; }
    void accept() override;

private:
    ImportDialog(Document *document, const QString &sourceName, QWidget *parent, int);
    void loadSheet();
    void showPreview(const QStringList &lines);
    void fillColumns(const MetricMapping &guess);
    void replan();
    void showMetrics();
    void showUnmatched();

    Document *m_document;
    QString m_path, m_sourceName, m_error;
    std::optional<Table> m_table;
    MetricImportPlan m_plan;
    // A computed table's record: its flow and the database it came from (kept with the import).
    QJsonObject m_flow, m_database;
    QHash<QString, Id> m_confirmed;
    QHash<QString, bool> m_directions;
    QComboBox *m_sheet, *m_target, *m_metric, *m_value, *m_period, *m_segment, *m_mark;
    QRadioButton *m_long, *m_wide;
    QListWidget *m_metricColumns;
    QTableWidget *m_preview, *m_metrics;
    QTreeWidget *m_unmatched;
    QTabWidget *m_tabs;
    QLabel *m_summary, *m_sample, *m_blocked, *m_notice;
    QWidget *m_columns = nullptr; // the column choices
    QPlainTextEdit *m_problems;
    QPushButton *m_import = nullptr;
    bool m_wholeTable = false; // the preview holds every row
    bool m_computed = false;   // the table was computed, not read
    bool m_filling = false;
};

} // namespace waymark
