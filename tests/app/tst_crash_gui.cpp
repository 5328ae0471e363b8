// SPDX-License-Identifier: GPL-3.0-or-later
// The crash handler as a user meets it: the real `waymark` with a project open is killed with
// SIGSEGV (and SIGABRT); it writes a local report (version, platform, the project, the last
// actions, a backtrace) and dies of the signal as before; the next start says so, shows
// where the report is and reopens the project; a report is offered once.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "guiutil.h"

#include "crashhandler.h"
#include "document/gallery.h"

#include <csignal>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

class TestCrashGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    // Starts the application on the project, lets it run, sends `sig`; returns the report.
    QString crashWith(int sig)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
        env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
        env.insert("QT_QPA_PLATFORM", "offscreen");
        app.setProcessEnvironment(env);
        app.start(WAYMARK_APP_PATH, {m_project});
        if (!app.waitForStarted(10000)) return "not started";
        // Running with the project open: the window is up within a second or two.
        QTest::qWait(2500);
        if (app.state() != QProcess::Running) return "exited early: " + app.readAllStandardError();
        ::kill(pid_t(app.processId()), sig);
        if (!app.waitForFinished(20000)) {
            app.kill();
            return "did not stop";
        }
        if (app.exitStatus() != QProcess::CrashExit) return "no crash exit";
        const QFileInfoList reports =
            QDir(reportFolder()).entryInfoList({"crash-*.txt"}, QDir::Files, QDir::Time);
        return reports.isEmpty() ? QString("no report") : reports.first().absoluteFilePath();
    }

    QString reportFolder() const { return m_dir.filePath("data/Waymark/Waymark/crashes"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove("crash/lastSeen");
        m_project = m_dir.filePath("Renewal workshop.waymark");
        Project p;
        QString error;
        QVERIFY(Gallery::create("onboarding", "Renewal", "en", &p, &error));
        QVERIFY(Store::create(m_project, p, &error));
    }

    void segfaultWritesAReport()
    {
        const QString report = crashWith(SIGSEGV);
        QVERIFY2(QFile::exists(report), qPrintable(report));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.startsWith("Waymark crash report\nVersion: Waymark " WAYMARK_VERSION),
                 qPrintable(text));
        QVERIFY(text.contains("\nPlatform: "));
        QVERIFY(text.contains("Signal: SIGSEGV"));
        QVERIFY2(text.contains("Project: " + m_project), qPrintable(text));
        QVERIFY(text.contains("Last actions"));
        // A backtrace of several frames through the handler.
        const int backtrace = int(text.indexOf("\nBacktrace:\n"));
        QVERIFY(backtrace > 0);
        QVERIFY2(text.mid(backtrace).count('\n') >= 4, qPrintable(text.mid(backtrace)));
        QCOMPARE(CrashHandler::projectOf(report), m_project);
        // The file itself was not touched by the crash.
        QCOMPARE(reopenProject(m_project).journeys.size(), 1);
    }

    void abortWritesAReportToo()
    {
        QTest::qWait(1100); // a report per second of start time
        const QString report = crashWith(SIGABRT);
        QVERIFY2(QFile::exists(report), qPrintable(report));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("Signal: SIGABRT"));
        // Started with the project while the first report was offered: it names the project.
        QVERIFY2(text.contains("Project: " + m_project.toUtf8()), text.constData());
    }

    void nextStartOffersTheProjectOnce()
    {
        CrashHandler::install(reportFolder()); // this process reads the same folder
        QString informative;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            informative = box->informativeText();
            QTest::mouseClick(box->findChild<QPushButton *>("reopenAfterCrash"), Qt::LeftButton);
        });
        QCOMPARE(CrashHandler::offerAfterCrash(nullptr), m_project);
        QVERIFY2(informative.contains(QDir::toNativeSeparators(reportFolder())) &&
                     informative.contains("nothing was sent"),
                 qPrintable(informative));
        // Offered once: the next start says nothing.
        QVERIFY(CrashHandler::takeNewReport().isEmpty());
        QVERIFY(CrashHandler::offerAfterCrash(nullptr).isEmpty());
        // A project that is gone cannot be reopened: the message only.
        QTest::qWait(1100);
        const QString later = reportFolder() + "/crash-99991231-235959-1.txt";
        QFile f(later);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Waymark crash report\nProject: /nowhere/gone.waymark\n");
        f.close();
        bool reopenOffered = true;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            reopenOffered = box->findChild<QPushButton *>("reopenAfterCrash") != nullptr;
            box->reject();
        });
        QVERIFY(CrashHandler::offerAfterCrash(nullptr).isEmpty());
        QVERIFY(!reopenOffered);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestCrashGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash_gui.moc"
