// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QPlainTextEdit>

namespace waymark {

// Edits a card's text (or a header's name) in place, over the item. Ctrl+Enter or a click
// elsewhere commits, Esc cancels. With `singleLine`, Enter commits too.
class InlineEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    using Commit = std::function<void(const QString &)>;
    explicit InlineEditor(QWidget *viewport);
    void start(const QRect &rect, const QString &text, double pixelSize, bool singleLine,
               Commit commit);
    void place(const QRect &rect);
    bool isActive() const { return bool(m_commit); }
    void commit();
    void cancel();

signals:
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    Commit m_commit;
    bool m_singleLine = false;
};

} // namespace waymark
