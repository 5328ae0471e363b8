// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace waymark {

class Document;

// The Comments panel: the threads of the current journey (on its cards, stages and the
// journey itself), filtered to open, resolved, mine or all; each with its replies. Choosing a
// thread selects its card on the map; a card selected on the map shows its threads first.
// Comment, Reply, Resolve/Reopen and Delete are one undo step each.
class CommentsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Filter
    {
        Open,
        Resolved,
        Mine,
        All
    };
    explicit CommentsPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setFilter(Filter filter);
    QTreeWidget *list() const { return m_list; }
    // The name comments are signed with: Preferences, else the login name.
    static QString author();
    // Asks for text and comments on the selected card (else the journey); false when
    // cancelled or refused.
    bool addComment();
    bool reply();
    // Asks for the selected comment's new text.
    bool editComment();
    void rebuild();

private:
    Id selectedComment() const;
    void updateButtons();
    void showTarget(QTreeWidgetItem *item);
    QString targetLabel(const Journey &journey, const Id &target) const;
    // Asks for a comment's text; empty when cancelled.
    QString askText(const QString &title, const QString &label, const QString &text = {});

    Document *m_document = nullptr;
    QComboBox *m_filter;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QToolButton *m_add, *m_reply, *m_edit, *m_resolve, *m_delete;
};

} // namespace waymark
