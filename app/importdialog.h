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

namespace waymark {

class Document;

// File > Import Metrics... (or a CSV/XLSX dropped on the window): pick the sheet, see the
// table, map its columns, see how numbers are read and what the import would do (values,
// unmatched targets with suggestions to confirm, problems), then import as one step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Document *document, const QString &path, QWidget *parent = nullptr);
    bool isReadable() const { return m_table.has_value(); }
    QString readError() const { return m_error; }
    MetricMapping mapping() const;
    const MetricImportPlan &plan() const { return m_plan; }
    // Checks the suggestion for an unmatched target (the user confirms it).
    void confirmSuggestion(int unmatchedIndex);
    void accept() override;

private:
    void loadSheet();
    void fillColumns();
    void replan();

    Document *m_document;
    QString m_path, m_error;
    std::optional<Table> m_table;
    MetricImportPlan m_plan;
    QHash<QString, Id> m_confirmed;
    QComboBox *m_sheet, *m_target, *m_metric, *m_value, *m_period, *m_segment, *m_mark;
    QRadioButton *m_long, *m_wide;
    QListWidget *m_metricColumns, *m_unmatched;
    QTableWidget *m_preview;
    QLabel *m_summary, *m_sample;
    QPlainTextEdit *m_problems;
    QPushButton *m_import = nullptr;
    bool m_wholeTable = false; // the preview holds every row
};

} // namespace waymark
