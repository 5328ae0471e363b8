// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QIcon>

namespace waymark {

// The desktop theme's icon of a freedesktop name, else Waymark's own of that name
// (resources/icons/fallback), else none.
inline QIcon themedIcon(const QString &name)
{
    const QString own = QStringLiteral(":/waymark/icons/fallback/%1.svg").arg(name);
    return QIcon::fromTheme(name, QFile::exists(own) ? QIcon(own) : QIcon());
}

} // namespace waymark
