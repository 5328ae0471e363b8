// SPDX-License-Identifier: GPL-3.0-or-later
// Comment threads on cards, stages and journeys, and how they follow what they are on.
#include "commands.h"
#include "document.h"

namespace waymark {

Document::TakenComments Document::takeOrphanedComments()
{
    // Which touched cards and stages are gone, per journey that has comments.
    QHash<Id, QSet<Id>> gone;
    auto check = [&](const QHash<Id, Id> &touched, bool stages) {
        for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
            const Journey *j = m_project.journey(it.value());
            if (!j || j->comments.isEmpty()) continue;
            const bool exists =
                stages ? j->stageIndex(it.key()) >= 0 : j->card(it.key()) != nullptr;
            if (!exists) gone[j->id].insert(it.key());
        }
    };
    check(m_pending.cards, false);
    check(m_pending.stages, true);
    TakenComments taken;
    for (auto it = gone.cbegin(); it != gone.cend(); ++it) {
        Journey &j = *journey(it.key());
        for (qsizetype i = 0; i < j.comments.size(); ++i)
            if (it->contains(j.comments[i].targetId)) {
                taken.append({j.id, i, j.comments[i]});
                m_pending.comments.insert(j.comments[i].id, j.id);
            }
        j.comments.removeIf([&](const Comment &c) { return it->contains(c.targetId); });
    }
    return taken;
}

void Document::restoreComments(const TakenComments &taken)
{
    // In the order taken: each goes back to its place in its journey's list.
    for (const auto &[journeyId, index, comment] : taken)
        if (Journey *j = journey(journeyId)) {
            j->comments.insert(std::min(index, j->comments.size()), comment);
            m_pending.comments.insert(comment.id, journeyId);
        }
}

Id Document::addComment(const Id &journeyId, const Id &targetId, const QString &text,
                        const QString &author, const Id &threadId)
{
    if (!editable()) return {};
    const Journey *j = journey(journeyId);
    if (!j) {
        refuse(tr("The journey does not exist."));
        return {};
    }
    Comment c;
    c.id = newId();
    c.text = text.trimmed();
    c.author = author.trimmed().left(200);
    c.created = QDateTime::currentDateTimeUtc();
    if (c.text.isEmpty()) {
        refuse(tr("A comment needs some text."));
        return {};
    }
    if (c.text.size() > MaxCommentText) {
        refuse(tr("A comment can have at most %1 characters.").arg(MaxCommentText));
        return {};
    }
    if (!threadId.isNull()) {
        const int t = indexOfId(j->comments, threadId);
        if (t < 0) {
            refuse(tr("The comment does not exist."));
            return {};
        }
        // A reply to a reply joins the same thread.
        const Comment &to = j->comments[t];
        c.parentId = to.isThread() ? to.id : to.parentId;
        c.targetId = to.targetId;
    } else {
        if (targetId != journeyId && !j->card(targetId) && j->stageIndex(targetId) < 0) {
            refuse(tr("A comment belongs on a card, a stage or the journey."));
            return {};
        }
        c.targetId = targetId;
    }
    const Id id = c.id;
    m_undoStack.push(new ListEditCommand<Comment>(
        this, c.parentId.isNull() ? tr("Add comment") : tr("Reply to comment"), journeyId,
        int(j->comments.size()), c, true));
    return id;
}

bool Document::editComment(const Id &journeyId, const Id &commentId, const QString &text)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const int i = j ? indexOfId(j->comments, commentId) : -1;
    if (i < 0) return refuse(tr("The comment does not exist."));
    Comment after = j->comments[i];
    after.text = text.trimmed();
    if (after.text.isEmpty()) return refuse(tr("A comment needs some text."));
    if (after.text.size() > MaxCommentText)
        return refuse(tr("A comment can have at most %1 characters.").arg(MaxCommentText));
    if (after == j->comments[i]) return true;
    m_undoStack.push(new ChangeValueCommand<Comment>(this, tr("Edit comment"), journeyId,
                                                     j->comments[i], after, -1));
    return true;
}

bool Document::resolveComment(const Id &journeyId, const Id &commentId, bool resolved,
                              const QString &by)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    int i = j ? indexOfId(j->comments, commentId) : -1;
    if (i < 0) return refuse(tr("The comment does not exist."));
    if (!j->comments[i].isThread()) i = indexOfId(j->comments, j->comments[i].parentId);
    if (i < 0) return refuse(tr("The comment does not exist."));
    Comment after = j->comments[i];
    if (after.resolved.isValid() == resolved) return true;
    after.resolved = resolved ? QDateTime::currentDateTimeUtc() : QDateTime();
    after.resolvedBy = resolved ? by.trimmed().left(200) : QString();
    m_undoStack.push(new ChangeValueCommand<Comment>(
        this, resolved ? tr("Resolve comment") : tr("Reopen comment"), journeyId,
        j->comments[i], after, -1));
    return true;
}

bool Document::removeComment(const Id &journeyId, const Id &commentId)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const int i = j ? indexOfId(j->comments, commentId) : -1;
    if (i < 0) return refuse(tr("The comment does not exist."));
    auto cmd = std::make_unique<CompositeCommand>(this, tr("Delete comment"));
    // Replies first, from the end, so that each index holds when undo puts them back.
    for (qsizetype k = j->comments.size() - 1; k >= 0; --k)
        if (j->comments[k].parentId == commentId || k == i)
            cmd->add(std::make_unique<ListEditCommand<Comment>>(this, QString(), journeyId, int(k),
                                                                j->comments[k], false));
    m_undoStack.push(cmd.release());
    return true;
}

} // namespace waymark
