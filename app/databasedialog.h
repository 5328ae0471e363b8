// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/eventsql.h"
#include "io/metricimport.h"

#include <functional>
#include <memory>
#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QThread;
class QTimer;

namespace waymark {

class Document;

// File > Import Events from Database...: an event log inside PostgreSQL (or an engine that
// speaks its protocol). The address without the password (kept with the import in the
// project), the password for this session (or none: the system keychain's, else ~/.pgpass;
// Keep in the system keychain keeps a typed one once the database accepted it), a table or
// view or a SELECT,
// the columns (suggested from their names), a time window, the zone, a period cut and the
// journey of the funnel. The SQL that will run is shown as it changes, for review and
// copying; Compute runs it on the server off the UI thread, with the time taken and Cancel
// (which cancels the query on the server); Import hands the figures to the metric import.
class DatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    DatabaseDialog(Document *document, QWidget *parent = nullptr);
    ~DatabaseDialog() override;
    void connectToDatabase();
    void readColumns();
    void compute();
    bool isRunning() const { return m_thread != nullptr; }
    const std::optional<EventLogAnalysis> &analysis() const { return m_analysis; }
    QString sourceName() const { return m_used.displayName(); }
    // The figures as the metric import reads them, and how (with the database recorded).
    Table table() const;
    MetricMapping mapping() const;
    QString sqlText() const;
    void reject() override;

signals:
    void finished(bool ok); // a background step (connect, columns, compute) ended

private:
    std::optional<EventDatabase> database(QString *error) const;
    EventSqlSource source() const;
    EventLogOptions options() const;
    const Journey *journey() const;
    void run(const QString &what, std::function<QString()> work, std::function<void()> done);
    void updateSql();
    void showError(const QString &text);
    // After a connection the database accepted: keeps the typed password in the keychain, or
    // forgets the kept one, as the check box says. A sentence for the summary.
    QString keepOrForgetPassword(const EventDatabase &accepted);

    Document *m_document;
    QLineEdit *m_url, *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;            // where the last connection's password came from or went
    QString m_keptPassword, m_keptFor; // the keychain's password, and the address it is for
    QPushButton *m_connect, *m_readColumns, *m_compute, *m_import, *m_copy;
    QRadioButton *m_useTable, *m_useQuery;
    QComboBox *m_table;
    QPlainTextEdit *m_query, *m_sql;
    QComboBox *m_case, *m_time, *m_activity, *m_segment, *m_order, *m_lifecycle;
    QCheckBox *m_fromOn, *m_toOn;
    QDateTimeEdit *m_from, *m_to;
    QComboBox *m_zone, *m_period, *m_journey;
    QSpinBox *m_timeout;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QThread *m_thread = nullptr;
    QTimer *m_tick;
    QElapsedTimer m_clock;
    QString m_running;
    std::shared_ptr<EventLogControl> m_control;
    std::function<void()> m_done;
    std::shared_ptr<QString> m_error;
    // Results handed over from the worker thread.
    std::shared_ptr<std::optional<QStringList>> m_tables;
    std::shared_ptr<std::optional<QList<EventSql::Column>>> m_columns;
    std::shared_ptr<std::optional<EventLogAnalysis>> m_result;
    std::optional<EventLogAnalysis> m_analysis;
    EventSqlSource m_used;
    EventDatabase m_usedDatabase;
    EventLogOptions m_usedOptions;
};

} // namespace waymark
