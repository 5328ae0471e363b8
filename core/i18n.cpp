// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

namespace waymark {

QStringList uiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString resolveUiLanguage(const QString &preference)
{
    if (uiLanguages().contains(preference)) return preference;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString lang = name.left(2).toLower();
        if (uiLanguages().contains(lang)) return lang;
    }
    return QStringLiteral("en");
}

QString translateFor(const QString &language, const char *context, const char *source)
{
    if (language == QLatin1String("en") || !uiLanguages().contains(language))
        return QString::fromUtf8(source);
    // One translator per language, loaded once, used from any thread.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    std::shared_ptr<QTranslator> translator;
    {
        const QMutexLocker lock(&mutex);
        auto &slot = translators[language];
        if (!slot) {
            slot = std::make_shared<QTranslator>();
            if (!slot->load(QStringLiteral(":/i18n/waymark_%1.qm").arg(language))) slot.reset();
        }
        translator = slot;
    }
    const QString text = translator ? translator->translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

// The object name of the translators installTranslations() installs.
static QString translatorMarker()
{
    return QStringLiteral("waymarkTranslator");
}

void installTranslations(QCoreApplication *app, const QString &language)
{
    // One language at a time: the ones installed before go.
    const QString marker = translatorMarker();
    for (QTranslator *old : app->findChildren<QTranslator *>(marker, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *own = new QTranslator(app);
    own->setObjectName(marker);
    if (own->load(QStringLiteral(":/i18n/waymark_%1.qm").arg(language)))
        app->installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(app);
    qt->setObjectName(marker);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
}

QString installedUiLanguage()
{
    const QString marker = translatorMarker();
    if (QCoreApplication *app = QCoreApplication::instance())
        for (QTranslator *t : app->findChildren<QTranslator *>(marker, Qt::FindDirectChildrenOnly))
            if (t->filePath().startsWith(QStringLiteral(":/i18n/waymark_")))
                return QFileInfo(t->filePath()).completeBaseName().section(u'_', 1);
    return QStringLiteral("en");
}

} // namespace waymark
