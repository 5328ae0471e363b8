// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashhandler.h"
#include "fileactions.h"
#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

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
    parser.process(app);
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
