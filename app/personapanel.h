// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QWidget>

class QListWidget;
class QToolButton;

namespace waymark {

class Document;

// The project's personas: photo, name and role; add, edit, duplicate, delete, reorder,
// copy to another open project and import from another project file.
class PersonaPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PersonaPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    QListWidget *list() const { return m_list; }
    Id currentPersona() const;

    void addPersona();
    void editPersona(const Id &personaId);
    void duplicatePersona();
    void deletePersona();
    void movePersona(int delta);
    // Copies the current persona with its photo into `target` (another open project).
    bool copyTo(Document *target);
    void importFromFile();
    // Persona sheets of all personas as PDF (one page each) or PNG files.
    void exportSheets();
    bool importFrom(const QString &path, QString *error, const QStringList &names = {});

signals:
    void editRequested(const waymark::Id &personaId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void updateButtons();

    Document *m_document = nullptr;
    QListWidget *m_list;
    QToolButton *m_add, *m_edit, *m_duplicate, *m_delete, *m_up, *m_down, *m_import, *m_export;
};

} // namespace waymark
