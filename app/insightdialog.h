// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace waymark {

// An insight of the evidence library, new or to change: kind, the quote or finding, source,
// date (or unknown), a link and tags. Says what evidence the kind gives the cards.
class InsightDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InsightDialog(const Insight &insight, QWidget *parent = nullptr);
    Insight insight() const;

private:
    void updateHint();

    Insight m_insight;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QLineEdit *m_source, *m_link, *m_tags;
    QCheckBox *m_hasDate;
    QDateEdit *m_date;
    QLabel *m_hint;
};

} // namespace waymark
