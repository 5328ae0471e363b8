// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlineeditor.h"

#include <QKeyEvent>

namespace waymark {

InlineEditor::InlineEditor(QWidget *viewport) : QPlainTextEdit(viewport)
{
    setObjectName(QStringLiteral("inlineEditor"));
    setAccessibleName(tr("Card text"));
    setFrameShape(QFrame::Box);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    hide();
}

void InlineEditor::start(const QRect &rect, const QString &text, double pixelSize, bool singleLine,
                         Commit commit)
{
    if (isActive()) this->commit();
    m_commit = std::move(commit);
    m_singleLine = singleLine;
    QFont f = font();
    f.setPixelSize(std::clamp(int(pixelSize), 11, 48));
    setFont(f);
    setPlainText(text);
    selectAll();
    place(rect);
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void InlineEditor::place(const QRect &rect)
{
    // Never smaller than a comfortable typing area, also when zoomed far out.
    QRect r = rect;
    r.setWidth(std::max(r.width(), 180));
    r.setHeight(std::max(r.height(), m_singleLine ? 30 : 64));
    setGeometry(r);
}

void InlineEditor::commit()
{
    if (!m_commit) return;
    const Commit done = std::exchange(m_commit, nullptr);
    const QString text = toPlainText();
    hide();
    emit finished();
    done(text);
}

void InlineEditor::cancel()
{
    if (!m_commit) return;
    m_commit = nullptr;
    hide();
    emit finished();
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    if (enter && (m_singleLine || event->modifiers() & Qt::ControlModifier)) {
        commit();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A context menu or a tooltip is not a click elsewhere.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        commit();
}

} // namespace waymark
