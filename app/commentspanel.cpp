// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentspanel.h"

#include "document/document.h"
#include "panelbutton.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QComboBox(this)), m_list(new QTreeWidget(this)),
      m_empty(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("commentFilter"));
    m_filter->setAccessibleName(tr("Show comments"));
    m_filter->addItem(tr("Open"), int(Filter::Open));
    m_filter->addItem(tr("Resolved"), int(Filter::Resolved));
    m_filter->addItem(tr("Mine"), int(Filter::Mine));
    m_filter->addItem(tr("All"), int(Filter::All));
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setAccessibleName(tr("Comments"));
    m_list->setHeaderHidden(true);
    m_list->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_add = panelButton(this, tr("Comment"), QStringLiteral("mail-message-new"),
                        tr("Comment on the selected card, or on the journey"));
    m_reply = panelButton(this, tr("Reply"), QStringLiteral("mail-reply-sender"),
                          tr("Reply to the thread"));
    m_edit = panelButton(this, tr("Edit"), QStringLiteral("document-edit"),
                         tr("Change the comment's text"));
    m_edit->setObjectName(QStringLiteral("commentEdit"));
    m_resolve = panelButton(this, tr("Resolve"), QStringLiteral("dialog-ok"),
                            tr("Resolve the thread, or reopen it"));
    m_delete = panelButton(this, tr("Delete"), QStringLiteral("edit-delete"),
                           tr("Delete the comment (a thread with its replies)"));
    m_add->setObjectName(QStringLiteral("commentAdd"));
    m_reply->setObjectName(QStringLiteral("commentReply"));
    m_resolve->setObjectName(QStringLiteral("commentResolve"));
    m_delete->setObjectName(QStringLiteral("commentDelete"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(panelButtonRow(this, {m_add, m_reply, m_edit, m_resolve, m_delete}));
    connect(m_edit, &QToolButton::clicked, this, &CommentsPanel::editComment);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CommentsPanel::rebuild);
    connect(m_add, &QToolButton::clicked, this, &CommentsPanel::addComment);
    connect(m_reply, &QToolButton::clicked, this, &CommentsPanel::reply);
    connect(m_resolve, &QToolButton::clicked, this, [this] {
        const Journey *j = m_document->project().journey(m_document->currentJourneyId());
        const int i = j ? indexOfId(j->comments, selectedComment()) : -1;
        if (i < 0) return;
        Id thread = j->comments[i].isThread() ? j->comments[i].id : j->comments[i].parentId;
        const int t = indexOfId(j->comments, thread);
        const bool resolved = t >= 0 && j->comments[t].resolved.isValid();
        m_document->resolveComment(j->id, thread, !resolved, author());
    });
    connect(m_delete, &QToolButton::clicked, this, [this] {
        m_document->removeComment(m_document->currentJourneyId(), selectedComment());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateButtons();
        showTarget(item);
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &CommentsPanel::reply);
    rebuild();
}

QString CommentsPanel::author()
{
    const QString name = QSettings().value(QStringLiteral("author")).toString().trimmed();
    if (!name.isEmpty()) return name;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

void CommentsPanel::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeSet &changes) {
            if (!changes.comments.isEmpty() || !changes.cards.isEmpty() ||
                !changes.stages.isEmpty() || !changes.journeys.isEmpty())
                rebuild();
        });
        connect(document, &Document::currentJourneyChanged, this, &CommentsPanel::rebuild);
        connect(document, &Document::selectionChanged, this, &CommentsPanel::updateButtons);
    }
    rebuild();
}

void CommentsPanel::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

QString CommentsPanel::targetLabel(const Journey &j, const Id &target) const
{
    if (target == j.id) return tr("Journey");
    if (const int s = j.stageIndex(target); s >= 0) return tr("Stage \"%1\"").arg(j.stages[s].name);
    const Card *c = j.card(target);
    const QString text = c ? c->text.simplified() : QString();
    return tr("Card \"%1\"").arg(text.size() > 40 ? text.left(39) + QChar(0x2026) : text);
}

void CommentsPanel::rebuild()
{
    const Id keep = selectedComment();
    m_list->clear();
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    const Filter filter = Filter(m_filter->currentData().toInt());
    const QString me = author();
    const QLocale locale;
    int shown = 0;
    if (j) {
        for (const Comment &thread : j->comments) {
            if (!thread.isThread()) continue;
            const QList<const Comment *> replies = j->replies(thread.id);
            bool mine = thread.author == me;
            for (const Comment *r : replies)
                mine |= r->author == me;
            const bool resolved = thread.resolved.isValid();
            if ((filter == Filter::Open && resolved) || (filter == Filter::Resolved && !resolved) ||
                (filter == Filter::Mine && !mine))
                continue;
            auto line = [&](const Comment &c) {
                return tr("%1, %2: %3")
                    .arg(c.author.isEmpty() ? tr("Anonymous") : c.author,
                         locale.toString(c.created.toLocalTime(), QLocale::ShortFormat),
                         c.text.simplified());
            };
            // What the thread is on, then its first comment and the replies.
            auto *top = new QTreeWidgetItem(m_list);
            top->setText(0, resolved ? tr("%1 · Resolved by %2")
                                           .arg(targetLabel(*j, thread.targetId), thread.resolvedBy)
                                     : targetLabel(*j, thread.targetId));
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
            top->setData(0, Qt::UserRole, thread.id);
            if (resolved) top->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            auto *opening = new QTreeWidgetItem(top, {line(thread)});
            opening->setToolTip(0, thread.text);
            opening->setData(0, Qt::UserRole, thread.id);
            for (const Comment *r : replies) {
                auto *child = new QTreeWidgetItem(top, {line(*r)});
                child->setToolTip(0, r->text);
                child->setData(0, Qt::UserRole, r->id);
            }
            top->setExpanded(true);
            if (thread.id == keep) m_list->setCurrentItem(top);
            for (int k = 1; k < top->childCount(); ++k)
                if (top->child(k)->data(0, Qt::UserRole).value<Id>() == keep)
                    m_list->setCurrentItem(top->child(k));
            ++shown;
        }
    }
    m_empty->setText(!j ? QString()
                     : filter == Filter::Open
                         ? tr("No open comments. Select a card and press Comment to start "
                              "a thread.")
                         : tr("No comments here."));
    m_list->setVisible(shown > 0);
    m_empty->setVisible(shown == 0);
    updateButtons();
}

Id CommentsPanel::selectedComment() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).value<Id>() : Id();
}

void CommentsPanel::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly() &&
                          m_document->project().journey(m_document->currentJourneyId());
    const bool any = !selectedComment().isNull();
    m_add->setEnabled(writable);
    m_reply->setEnabled(writable && any);
    m_edit->setEnabled(writable && any);
    m_resolve->setEnabled(writable && any);
    m_delete->setEnabled(writable && any);
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    const int i = j ? indexOfId(j->comments, selectedComment()) : -1;
    if (i >= 0) {
        const Comment &c = j->comments[i];
        const int t = c.isThread() ? i : indexOfId(j->comments, c.parentId);
        m_resolve->setText(t >= 0 && j->comments[t].resolved.isValid() ? tr("Reopen")
                                                                        : tr("Resolve"));
    }
}

void CommentsPanel::showTarget(QTreeWidgetItem *item)
{
    if (!item || !m_document) return;
    const Journey *j = m_document->project().journey(m_document->currentJourneyId());
    const int i = j ? indexOfId(j->comments, item->data(0, Qt::UserRole).value<Id>()) : -1;
    if (i >= 0 && j->card(j->comments[i].targetId))
        m_document->setSelectedCards({j->comments[i].targetId});
}

QString CommentsPanel::askText(const QString &title, const QString &label, const QString &text)
{
    bool ok = false;
    const QString result = QInputDialog::getMultiLineText(this, title, label, text, &ok);
    return ok ? result : QString();
}

bool CommentsPanel::addComment()
{
    if (!m_document) return false;
    const Id journeyId = m_document->currentJourneyId();
    const Journey *j = m_document->project().journey(journeyId);
    if (!j) return false;
    const QList<Id> selected = m_document->selectedCards();
    const Id target = selected.size() == 1 ? selected.first() : journeyId;
    const QString text = askText(tr("Add Comment"),
                                 tr("Comment on %1:").arg(targetLabel(*j, target)));
    if (text.trimmed().isEmpty()) return false;
    if (m_document->addComment(journeyId, target, text, author()).isNull()) {
        QMessageBox::warning(this, tr("Add Comment"), m_document->refusalReason());
        return false;
    }
    return true;
}

bool CommentsPanel::editComment()
{
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    const int i = j ? indexOfId(j->comments, selectedComment()) : -1;
    if (i < 0) return false;
    const Id id = j->comments[i].id;
    const QString text = askText(tr("Edit Comment"), tr("Comment:"), j->comments[i].text);
    if (text.trimmed().isEmpty()) return false;
    if (!m_document->editComment(j->id, id, text)) {
        QMessageBox::warning(this, tr("Edit Comment"), m_document->refusalReason());
        return false;
    }
    return true;
}

bool CommentsPanel::reply()
{
    const Id to = selectedComment();
    if (!m_document || to.isNull()) return false;
    const QString text = askText(tr("Reply"), tr("Your reply:"));
    if (text.trimmed().isEmpty()) return false;
    if (m_document->addComment(m_document->currentJourneyId(), {}, text, author(), to).isNull()) {
        QMessageBox::warning(this, tr("Reply"), m_document->refusalReason());
        return false;
    }
    return true;
}

} // namespace waymark
