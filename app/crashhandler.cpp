// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashhandler.h"

#include <array>
#include <cstring>
#include <csignal>
#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUrl>

namespace waymark::CrashHandler {

namespace {

// Fixed buffers, filled in normal code, read by the handler.
constexpr int Actions = 20, Line = 200;
char reportPath[1024];
char header[1024];
char project[1024];
std::array<std::array<char, Line>, Actions> actions;
volatile sig_atomic_t nextAction = 0;
QString folderPath;

void copy(char *to, std::size_t size, const QByteArray &from)
{
    const std::size_t n = std::min<std::size_t>(size - 1, std::size_t(from.size()));
    std::memcpy(to, from.constData(), n);
    to[n] = '\0';
}

void put(int fd, const char *text)
{
    std::size_t left = std::strlen(text);
    while (left > 0) {
        const ssize_t n = ::write(fd, text, left);
        if (n <= 0) return;
        text += n;
        left -= std::size_t(n);
    }
}

const char *signalName(int sig)
{
    switch (sig) {
    case SIGSEGV: return "SIGSEGV (invalid memory access)";
    case SIGABRT: return "SIGABRT (aborted)";
    case SIGBUS: return "SIGBUS (bus error)";
    case SIGFPE: return "SIGFPE (arithmetic error)";
    case SIGILL: return "SIGILL (illegal instruction)";
    }
    return "signal";
}

void handler(int sig)
{
    const int fd = ::open(reportPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
        put(fd, header);
        put(fd, "Signal: ");
        put(fd, signalName(sig));
        put(fd, "\nProject: ");
        put(fd, project[0] ? project : "(none)");
        put(fd, "\n\nLast actions (oldest first):\n");
        for (int i = 0; i < Actions; ++i) {
            const auto &a = actions[std::size_t((nextAction + i) % Actions)];
            if (!a[0]) continue;
            put(fd, "  ");
            put(fd, a.data());
            put(fd, "\n");
        }
        put(fd, "\nBacktrace:\n");
        void *frames[64];
        const int n = ::backtrace(frames, 64);
        ::backtrace_symbols_fd(frames, n, fd);
        ::close(fd);
    }
    // The normal course: the default action (a core dump where enabled).
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

QString lastSeenKey()
{
    return QStringLiteral("crash/lastSeen");
}

} // namespace

QString reportFolder()
{
    return folderPath.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     QStringLiteral("/crashes")
               : folderPath;
}

void install(const QString &folder)
{
    folderPath = folder;
    QDir().mkpath(reportFolder());
    const QDateTime now = QDateTime::currentDateTime();
    const QString path = reportFolder() + QStringLiteral("/crash-%1-%2.txt")
                                              .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                              .arg(QCoreApplication::applicationPid());
    copy(reportPath, sizeof reportPath, QFile::encodeName(path));
    const QString text =
        QStringLiteral("Waymark crash report\nVersion: %1 %2\nPlatform: %3 (%4), Qt %5\n"
                       "Started: %6\n")
            .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion(),
                 QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                 QString::fromLatin1(qVersion()), now.toString(Qt::ISODate));
    copy(header, sizeof header, text.toUtf8());
    // backtrace() loads libgcc on its first call: done here, not in the handler.
    void *frames[2];
    ::backtrace(frames, 2);
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        ::sigaction(sig, &action, nullptr);
}

void noteAction(const QString &text)
{
    const QString line = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) +
                         QString(text).remove(QLatin1Char('&')).simplified();
    auto &slot = actions[std::size_t(nextAction % Actions)];
    copy(slot.data(), slot.size(), line.toUtf8());
    nextAction = (nextAction + 1) % Actions;
}

void noteProject(const QString &path)
{
    copy(project, sizeof project, path.toUtf8());
}

QString takeNewReport()
{
    const QFileInfoList reports = QDir(reportFolder()).entryInfoList(
        {QStringLiteral("crash-*.txt")}, QDir::Files, QDir::Name | QDir::Reversed);
    if (reports.isEmpty()) return {};
    const QString newest = reports.first().fileName();
    QSettings settings;
    if (settings.value(lastSeenKey()).toString() >= newest) return {};
    settings.setValue(lastSeenKey(), newest);
    return reports.first().absoluteFilePath();
}

QString projectOf(const QString &report)
{
    QFile file(report);
    if (!file.open(QIODevice::ReadOnly)) return {};
    for (int i = 0; i < 20 && !file.atEnd(); ++i) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("Project: ")) && line != QLatin1String("Project: (none)"))
            return line.mid(9);
    }
    return {};
}

QString offerAfterCrash(QWidget *parent)
{
    const QString report = takeNewReport();
    if (report.isEmpty()) return {};
    const QString lost = projectOf(report);
    const bool reopenable = !lost.isEmpty() && QFileInfo::exists(lost);
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("CrashHandler", "Waymark Closed Unexpectedly"),
                    reopenable
                        ? QCoreApplication::translate(
                              "CrashHandler",
                              "Waymark closed unexpectedly last time, while \"%1\" was open. "
                              "Every change made before was already saved in the file.")
                              .arg(QFileInfo(lost).fileName())
                        : QCoreApplication::translate("CrashHandler",
                                                      "Waymark closed unexpectedly last time."),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        QCoreApplication::translate("CrashHandler",
                                    "A report was written on this computer (nothing was sent): "
                                    "%1. It helps the developers if you send it to them.")
            .arg(QDir::toNativeSeparators(report)));
    QPushButton *reopen =
        reopenable ? box.addButton(QCoreApplication::translate("CrashHandler", "&Reopen Project"),
                                   QMessageBox::AcceptRole)
                   : nullptr;
    QPushButton *show = box.addButton(
        QCoreApplication::translate("CrashHandler", "&Show Report"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    show->setObjectName(QStringLiteral("showCrashReport"));
    if (reopen) reopen->setObjectName(QStringLiteral("reopenAfterCrash"));
    box.exec();
    if (box.clickedButton() == show) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(report));
        return {};
    }
    return box.clickedButton() == reopen && reopen ? lost : QString();
}

} // namespace waymark::CrashHandler
