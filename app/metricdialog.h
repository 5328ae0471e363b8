// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace waymark {

class Document;

// A metric's name, kind, unit, direction (or the CES convention), scale, target and
// thresholds; OK is one undo step. Number fields take the user's locale; an empty field means
// "not set". Setting the direction of a metric nobody had judged fills empty thresholds from
// its scale or its values.
class MetricDialog : public QDialog
{
    Q_OBJECT

public:
    MetricDialog(Document *document, const Id &metricId, QWidget *parent = nullptr);
    MetricDefinition metric() const;
    QLineEdit *field(const QString &name) const;
    QComboBox *direction() const { return m_direction; }
    QComboBox *convention() const { return m_convention; }
    void accept() override;

private:
    void display(const MetricDefinition &m);
    void directionChosen();
    void conventionChosen();

    Document *m_document;
    MetricDefinition m_base;
    QLineEdit *m_name, *m_unit, *m_min, *m_max, *m_target, *m_warning, *m_critical;
    QComboBox *m_kind, *m_direction, *m_convention;
};

} // namespace waymark
