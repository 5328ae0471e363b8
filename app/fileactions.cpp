// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"
#include "templategallery.h"
#include "thumbnails.h"

#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "document/templates.h"
#include "i18n.h"
#include "mainwindow.h"
#include "menutext.h"
#include "mergedialog.h"
#include "storage/projectjson.h"
#include "untitled.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace waymark {

namespace {

// Storage speaks in clauses ("the side file ... is kept as ..."); a dialog shows sentences.
QStringList sentences(QStringList clauses)
{
    for (QString &c : clauses) {
        if (!c.isEmpty()) c[0] = c[0].toUpper();
        if (!c.endsWith(QLatin1Char('.'))) c += QLatin1Char('.');
    }
    return clauses;
}

const QString recentKey = QStringLiteral("recentFiles");
constexpr int maxRecent = 10;

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString projectFilter()
{
    return FileActions::tr("Waymark projects (*.waymark)");
}

QString lastFolder()
{
    return QSettings()
        .value(QStringLiteral("lastFolder"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}
} // namespace

FileActions::FileActions(MainWindow *window) : QObject(window), m_window(window) {}

void FileActions::populate(QMenu *menu)
{
    QAction *newAction = menu->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         tr("&New Project..."), this, &FileActions::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                    tr("&Open..."), this, &FileActions::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileActions::fillRecentMenu);
    menu->addAction(tr("Open &Sample Project"), this, &FileActions::openSample);
    QAction *fromJson = menu->addAction(tr("New Project from &JSON..."), this,
                                        [this] { newFromJson(); });
    fromJson->setObjectName(QStringLiteral("newFromJson"));
    fromJson->setToolTip(tr("Make a project from its JSON form, as Export writes it for git"));
    QAction *merge = menu->addAction(tr("&Merge Copies..."), this, [this] {
        Document *doc = m_window->document();
        const QString mine =
            doc && !isUntitledPath(doc->filePath()) ? doc->filePath() : QString();
        MergeDialog dialog(mine, m_window);
        if (dialog.exec() == QDialog::Accepted) openFile(dialog.mergedFile());
    });
    merge->setObjectName(QStringLiteral("mergeCopies"));
    merge->setToolTip(tr("Bring together two copies of a project that were edited apart"));
    menu->addSeparator();
    m_saveAs = menu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                               tr("Save &As..."), this, &FileActions::saveAs);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_close = menu->addAction(tr("&Close Project"), this, &FileActions::closeDocument);
    m_close->setShortcut(QKeySequence::Close);
    menu->addSeparator();
    QAction *quit = menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        m_saveAs->setEnabled(m_window->document() != nullptr);
        m_close->setEnabled(m_window->document() != nullptr);
    });
}

MainWindow *FileActions::targetWindow()
{
    if (!m_window->document()) return m_window;
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->placeOnScreen();
    window->show();
    return window;
}

bool FileActions::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Already open in a window of this process: bring it forward.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(w);
        if (window && window->document() && window->document()->filePath() == absolute) {
            window->raise();
            window->activateWindow();
            return true;
        }
    }
    OpenResult result;
    auto doc = Document::open(absolute, Store::Access::ReadWrite, &result);
    QString readOnlyReason = result.readOnlyReason;
    if (!doc && result.status == OpenResult::Status::InUse) {
        const auto answer =
            QMessageBox::question(m_window, tr("Project in Use"),
                                  tr("\"%1\" is in use: %2.\n\nOpen it read-only?")
                                      .arg(nativeName(absolute), result.error),
                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open) return false;
        readOnlyReason = tr("it is open in another window");
        doc = Document::open(absolute, Store::Access::ReadOnly, &result);
    }
    if (!doc) {
        QMessageBox::warning(
            m_window, tr("Cannot Open Project"),
            tr("Waymark cannot open \"%1\":\n%2").arg(nativeName(absolute), result.error));
        return false;
    }
    if (!result.notices.isEmpty())
        QMessageBox::information(
            m_window, tr("Side File Set Aside"),
            tr("While opening \"%1\":\n%2")
                .arg(nativeName(absolute), sentences(result.notices).join(QLatin1Char('\n'))));
    if (doc->store().needsMigration())
        QMessageBox::information(
            m_window, tr("Older Project File"),
            tr("\"%1\" was saved by an older version of Waymark. It will be upgraded "
               "when you first change it; a backup copy of the original is kept "
               "next to it.")
                .arg(nativeName(absolute)));
    if (!isUntitledPath(absolute)) {
        addRecentFile(absolute);
        if (!QFile::exists(Thumbnails::pathFor(absolute)))
            Thumbnails::save(doc->project(), {}, absolute);
    }
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(absolute).absolutePath());
    MainWindow *window = targetWindow();
    window->setDocument(std::move(doc));
    if (!readOnlyReason.isEmpty()) window->setProperty("readOnlyReason", readOnlyReason);
    window->updateTitle();
    return true;
}

void FileActions::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Project"), lastFolder(), projectFilter());
    if (!path.isEmpty()) openFile(path);
}

void FileActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &file : files) {
        QAction *a = m_recentMenu->addAction(menuText(QFileInfo(file).fileName()), this,
                                             [this, file] { openFile(file); });
        a->setToolTip(nativeName(file));
        a->setStatusTip(nativeName(file));
    }
    if (files.isEmpty()) m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { QSettings().remove(recentKey); })
        ->setEnabled(!files.isEmpty());
}

QStringList FileActions::recentFiles()
{
    QStringList files = QSettings().value(recentKey).toStringList();
    files.removeIf([](const QString &f) { return !QFileInfo::exists(f); });
    return files;
}

void FileActions::addRecentFile(const QString &path)
{
    QStringList files = QSettings().value(recentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecent)
        files.removeLast();
    QSettings().setValue(recentKey, files);
}

bool FileActions::newProject()
{
    TemplateGallery gallery(m_window);
    if (gallery.exec() != QDialog::Accepted) return false;
    Project project;
    if (QString error; !gallery.project(&project, &error)) {
        QMessageBox::warning(m_window, tr("Cannot Create Project"), error);
        return false;
    }
    QString error;
    auto doc = Document::create(newUntitledPath(), project, &error);
    if (!doc) {
        QMessageBox::warning(m_window, tr("Cannot Create Project"), error);
        return false;
    }
    targetWindow()->setDocument(std::move(doc));
    return true;
}

bool FileActions::openSample()
{
    Project project;
    QString error;
    const QString lang = installedUiLanguage(); // the language the window speaks
    std::unique_ptr<Document> doc;
    if (sampleProject(lang, &project, &error))
        doc = Document::create(newUntitledPath(), project, &error);
    if (!doc) {
        QMessageBox::warning(m_window, tr("Cannot Open Sample"), error);
        return false;
    }
    targetWindow()->setDocument(std::move(doc));
    return true;
}

bool FileActions::newFromJson(const QString &jsonPath)
{
    const QString source =
        jsonPath.isEmpty() ? QFileDialog::getOpenFileName(m_window, tr("New Project from JSON"),
                                                          lastFolder(),
                                                          tr("Waymark projects in JSON (*.json)"))
                           : jsonPath;
    if (source.isEmpty()) return false;
    const QString path = newUntitledPath();
    QString error;
    if (!ProjectJson::createFromFile(source, path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot Read JSON"),
                             tr("Waymark cannot make a project from \"%1\":\n%2")
                                 .arg(nativeName(source), error));
        return false;
    }
    return openFile(path);
}

bool FileActions::saveAs()
{
    Document *doc = m_window->document();
    if (!doc) return false;
    const QString suggested =
        isUntitledPath(doc->filePath())
            ? lastFolder() + QLatin1Char('/') +
                  (doc->project().info.title.isEmpty() ? tr("Untitled")
                                                       : doc->project().info.title) +
                  QStringLiteral(".waymark")
            : doc->filePath();
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save Project As"), suggested, projectFilter());
    if (path.isEmpty()) return false;
    if (!path.endsWith(QLatin1String(".waymark"), Qt::CaseInsensitive))
        path += QStringLiteral(".waymark");
    const QString old = doc->filePath();
    QString error;
    if (!doc->saveAs(path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot Save Project"),
                             tr("Waymark cannot save \"%1\":\n%2").arg(nativeName(path), error));
        return false;
    }
    if (isUntitledPath(old)) QFile::remove(old);
    m_window->setProperty("readOnlyReason", QVariant());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    m_window->updateTitle();
    return true;
}

bool FileActions::closeDocument()
{
    Document *doc = m_window->document();
    if (!doc) return true;
    const bool untitled = isUntitledPath(doc->filePath());
    // An untitled project nobody touched (and that was not recovered) closes without asking.
    const bool untouched =
        untitled && doc->undoStack()->count() == 0 && !m_window->property("recovered").toBool();
    if ((untitled && !untouched) || !doc->isSaved()) {
        const QString text =
            untitled ? tr("Save the project \"%1\" before closing?").arg(doc->project().info.title)
                     : tr("Some changes could not be written to \"%1\" (%2). Save a copy before "
                          "closing?")
                           .arg(nativeName(doc->filePath()), doc->saveError());
        const auto answer = QMessageBox::question(
            m_window, tr("Close Project"), text,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveAs()))
            return false;
    }
    const QString path = doc->filePath();
    const bool discard = isUntitledPath(path);
    // The start page shows the map as it was left.
    if (!discard) {
        const Journey *shown = m_window->mapView()->mapScene()->journey();
        Thumbnails::save(doc->project(), shown ? shown->id : Id{}, path);
    }
    auto closing = m_window->takeDocument();
    closing->close();
    closing.reset();
    if (discard) QFile::remove(path);
    return true;
}

void FileActions::offerRecovery(QWidget *parent)
{
    const QStringList files = recoverableUntitledFiles();
    if (files.isEmpty()) return;
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
                    tr("Waymark found %n unsaved project(s) from an earlier session.", nullptr,
                       int(files.size())),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Recovered projects open as untitled; use Save As to keep them."));
    QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == recover) {
        for (const QString &file : files) {
            auto *window = new MainWindow;
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->placeOnScreen();
            window->show();
            if (window->fileActions()->openFile(file))
                window->setProperty("recovered", true);
            else
                window->close();
        }
    } else if (box.clickedButton() == discard) {
        for (const QString &file : files)
            QFile::remove(file);
    }
}

} // namespace waymark
