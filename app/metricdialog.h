// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace waymark {

class Document;

// A metric's name, unit, direction, scale, target and thresholds; OK is one undo step.
// Number fields take the user's locale; an empty field means "not set".
class MetricDialog : public QDialog
{
    Q_OBJECT

public:
    MetricDialog(Document *document, const Id &metricId, QWidget *parent = nullptr);
    MetricDefinition metric() const;
    QLineEdit *field(const QString &name) const;
    QComboBox *direction() const { return m_direction; }
    void accept() override;

private:
    Document *m_document;
    MetricDefinition m_base;
    QLineEdit *m_name, *m_unit, *m_min, *m_max, *m_target, *m_warning, *m_critical;
    QComboBox *m_direction;
};

} // namespace waymark
