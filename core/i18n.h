// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace waymark {

// UI languages with a complete translation.
QStringList uiLanguages();
// "" means the system language; the result is always one of uiLanguages().
QString resolveUiLanguage(const QString &preference);
// Loads Waymark's and Qt's own translations for `language` into the application.
void installTranslations(QCoreApplication *app, const QString &language);
// The language installTranslations() last installed ("en" when none).
QString installedUiLanguage();
// `source` (of translation context `context`) in `language`, whatever the interface's
// language: a German map says "Gefühle" also when exported from an English session.
QString translateFor(const QString &language, const char *context, const char *source);

} // namespace waymark
