// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace waymark {

// A flat text-and-icon button under a panel's list; the tooltip is also its accessible name.
inline QToolButton *panelButton(QWidget *parent, const QString &text, const QString &icon,
                                const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setIcon(QIcon::fromTheme(icon));
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

// A row of panel buttons (or other small widgets) that wraps to the panel's width (see
// FlowLayout).
QWidget *panelButtonRow(QWidget *parent, const QList<QWidget *> &buttons);

} // namespace waymark
