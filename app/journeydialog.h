// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace waymark {

class Document;

// Journey > Properties...: name, goal, state, and who keeps the map alive: owner, status,
// review interval and the last review ("Reviewed today" marks it). OK applies all of it as
// one undo step.
class JourneyDialog : public QDialog
{
    Q_OBJECT

public:
    JourneyDialog(Document *document, const Id &journeyId, QWidget *parent = nullptr);
    // The journey as the dialog has it now.
    Journey edited() const;
    void accept() override;

private:
    void updateStale();

    Document *m_document;
    Journey m_journey;
    QLineEdit *m_name, *m_owner;
    QPlainTextEdit *m_goal;
    QComboBox *m_state, *m_status;
    QSpinBox *m_reviewDays;
    QCheckBox *m_reviewedNow;
    QLabel *m_reviewed, *m_stale;
};

} // namespace waymark
