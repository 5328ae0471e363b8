// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;

namespace waymark {

class Document;

// The project's journeys: pick one to show; add, rename, duplicate as future state, delete.
class JourneyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    QListWidget *list() const { return m_list; }

    void addJourney();
    void renameJourney();
    void duplicateAsFuture();
    void deleteJourney();
    void moveJourney(int delta);

private:
    void rebuild();
    void updateButtons();

    Document *m_document = nullptr;
    QListWidget *m_list;
    QToolButton *m_add, *m_rename, *m_duplicate, *m_delete, *m_up, *m_down;
};

} // namespace waymark
