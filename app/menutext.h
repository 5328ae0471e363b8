// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace waymark {

// A user's text (a name, a file name, an undo text with names in it) as a menu or button
// text: an "&" shows as "&" instead of underlining the next letter.
inline QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace waymark
