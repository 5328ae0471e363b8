// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace waymark {

// File > New Project: the template gallery. Every template with a picture of its map in the
// chosen content language, a larger preview and a sentence on the one selected, the title;
// Create (or a double click) makes the project.
class TemplateGallery : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateGallery(QWidget *parent = nullptr);
    // The project as chosen (valid after the dialog was accepted); false with a reason.
    bool project(Project *out, QString *error) const;
    QString templateId() const;
    QString language() const;
    QListWidget *list() const { return m_list; }
    // The project that a template makes (the previews show exactly this), cached per
    // template and language.
    static const Project &preview(const QString &id, const QString &language);

private:
    void fill();
    void showCurrent();

    QListWidget *m_list;
    QLabel *m_preview, *m_description;
    QLineEdit *m_title;
    QComboBox *m_language;
};

} // namespace waymark
