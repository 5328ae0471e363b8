// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace waymark {

// Help > Keyboard Shortcuts: every shortcut of the window's menus, read from the actions
// themselves (so the list never drifts from what the keys do), and the keys of the map,
// with a filter.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    // "File > Open...", "Ctrl+O" for each shortcut listed.
    QList<std::pair<QString, QString>> entries() const;

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace waymark
