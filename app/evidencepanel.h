// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeWidget;

namespace waymark {

class Document;

// The Evidence panel: the project's library of insights (interview quotes, survey results,
// analytics findings, support tickets, observations, desk research), searchable and filtered
// by kind. Link ties the selected cards to the chosen insight (Unlink when they all rest on
// it already); the insights the selected cards rest on are marked. Add, Edit, Link and Delete
// are one undo step each. Coverage opens Research Coverage.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    QTreeWidget *list() const { return m_list; }
    QLineEdit *search() const { return m_search; }
    Id selectedInsight() const;
    void selectInsight(const Id &id);
    // Asks for a new insight (linked to the selected cards, when there are any).
    bool addInsight();
    bool editInsight();
    // Links the selected cards to the chosen insight, or unlinks them when all rest on it.
    bool toggleLink();
    bool removeInsight();
    // Selects the current journey's cards that rest on the chosen insight.
    void showCards();
    void rebuild();

signals:
    void coverageRequested();

private:
    void updateButtons();
    // True when every selected card rests on the chosen insight.
    bool allLinked() const;

    Document *m_document = nullptr;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QToolButton *m_add, *m_edit, *m_link, *m_show, *m_open, *m_delete, *m_coverage;
};

} // namespace waymark
