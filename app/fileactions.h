// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace waymark {

class MainWindow;

// The File menu: new from template, open (with recent files), save as, close; and the
// messages for files that cannot be opened.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(MainWindow *window);
    void populate(QMenu *menu);

    // Opens `path` in this window if it is empty, else in a new window. Returns success.
    bool openFile(const QString &path);
    bool newProject();
    bool openSample();
    // Makes an untitled project from the JSON form of one (export --format json); asks for
    // the JSON file when `jsonPath` is empty.
    bool newFromJson(const QString &jsonPath = {});
    bool saveAs();
    // Closes the document; asks first for untitled work. False when the user cancels.
    bool closeDocument();
    // Offers to reopen untitled work that a crash left behind.
    static void offerRecovery(QWidget *parent);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);

    void openDialog();

private:
    void fillRecentMenu();
    MainWindow *targetWindow();

    MainWindow *m_window;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
};

} // namespace waymark
