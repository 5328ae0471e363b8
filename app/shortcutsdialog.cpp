// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "canvas/mapview.h"
#include "presenter.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

// "&Open..." -> "Open...": mnemonics are for menus, "&&" is a real "&".
QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text;
}

// The shortcuts of a menu's actions and of its submenus' ("Stage > Move Stage Left").
void collect(QTreeWidgetItem *parent, const QMenu *menu, const QString &path)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator()) continue;
        if (QMenu *sub = a->menu()) {
            collect(parent, sub, path + plain(a->text()) + QStringLiteral(" > "));
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        if (keys.isEmpty()) continue;
        new QTreeWidgetItem(parent, {path + plain(a->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by name or key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QAction *top : menus->actions()) {
        if (!top->menu()) continue;
        auto *group = new QTreeWidgetItem(m_list, {plain(top->text())});
        QFont bold = font();
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        collect(group, top->menu(), QString());
        if (group->childCount() == 0) delete group;
    }
    auto *map = new QTreeWidgetItem(m_list, {tr("On the map")});
    QFont bold = font();
    bold.setBold(true);
    map->setFont(0, bold);
    map->setFirstColumnSpanned(true);
    for (const auto &[keys, what] : MapView::keyHelp())
        new QTreeWidgetItem(map, {what, keys});
    auto *presenting = new QTreeWidgetItem(m_list, {tr("While presenting")});
    presenting->setFont(0, bold);
    presenting->setFirstColumnSpanned(true);
    for (const auto &[keys, what] : Presenter::keyHelp())
        new QTreeWidgetItem(presenting, {what, keys});
    m_list->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(620, screen.width() * 9 / 10), std::min(640, screen.height() * 9 / 10));
}

QList<std::pair<QString, QString>> ShortcutsDialog::entries() const
{
    QList<std::pair<QString, QString>> out;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out.append({group->text(0) + QStringLiteral(" > ") + group->child(i)->text(0),
                        group->child(i)->text(1)});
    }
    return out;
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace waymark
