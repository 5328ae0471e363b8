// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashhandler.h"
#include "fileactions.h"
#include "guide.h"
#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>
#include <cstdio>

using namespace waymark;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.waymark.Waymark"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/waymark/icons/waymark.svg")));
    installTranslations(
        &app, resolveUiLanguage(QSettings().value(QStringLiteral("language")).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Customer journey mapping for CX workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Projects to open."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption exportGuide(
        QStringLiteral("export-guide"),
        QApplication::translate("main", "Write the user guide with its pictures into DIR/LANG "
                                        "(guide.md, guide.pdf, PNG) and quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QApplication::translate("main", "Interface language for this run: en or de."),
        QStringLiteral("LANG"));
    parser.addOptions({exportGuide, language});
    parser.process(app);
    if (parser.isSet(language)) {
        const QString lang = parser.value(language);
        if (!uiLanguages().contains(lang)) {
            fprintf(stderr, "%s\n",
                    qPrintable(QApplication::translate("main", "Unknown language \"%1\" (use %2).")
                                   .arg(lang, uiLanguages().join(QStringLiteral(", ")))));
            return 2;
        }
        installTranslations(&app, lang);
        // Numbers and dates as a user of that language sees them (the guide's pictures too).
        QLocale::setDefault(QLocale(lang));
    }
    if (parser.isSet(exportGuide)) {
        QString error;
        if (!Guide::exportAll(parser.value(exportGuide), installedUiLanguage(), &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    CrashHandler::install();

    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->placeOnScreen();
    window->show();
    for (const QString &file : parser.positionalArguments())
        window->fileActions()->openFile(file);
    FileActions::offerRecovery(window);
    // After a crash: where the report is, and the project back (unless others were asked for).
    if (const QString lost = CrashHandler::offerAfterCrash(window);
        !lost.isEmpty() && parser.positionalArguments().isEmpty())
        window->fileActions()->openFile(lost);
    return app.exec();
}
