// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/metricimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace waymark {

class Document;

// File > Import Survey Responses... (or such a file dropped on the window): survey responses
// (a touchpoint or stage, a score, optional period or date and segment: CSAT, NPS or CES) or
// contact records (customer, time, channel, optional reason, resolved flag and segment: repeat
// contact rate, first contact resolution, containment, optionally by period). Next computes the
// figures and hands them to the metric import.
class SurveyDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyDialog(Document *document, const QString &path, bool contacts, QWidget *parent = nullptr);
    bool isReadable() const { return !m_header.isEmpty(); }
    QString readError() const { return m_error; }
    // Computes the figures; false with the reason shown in the dialog.
    bool compute();
    const Table &table() const { return m_table; }
    const MetricMapping &mapping() const { return m_mapping; }
    void accept() override;

private:
    void modeChanged();

    Document *m_document;
    QString m_path, m_error;
    QStringList m_header;
    QRadioButton *m_responses, *m_contacts;
    QComboBox *m_target, *m_score, *m_scale, *m_period, *m_dateCut, *m_segment;
    QComboBox *m_customer, *m_time, *m_channel, *m_reason, *m_resolved, *m_contactSegment, *m_zone,
        *m_contactCut;
    QSpinBox *m_window;
    QLineEdit *m_selfService;
    QLabel *m_message;
    QList<QWidget *> m_surveyRows, m_contactRows;
    Table m_table;
    MetricMapping m_mapping;
};

} // namespace waymark
