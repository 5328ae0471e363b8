// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk: a project on a 600 KB tmpfs takes an import that does not fit and an export
// that does not fit. Each fails with a clear message; the project keeps its last good state
// (check passes, none of the import is there) and nothing half-written is left. Mounting
// needs root; elsewhere the test says so and skips.
#include "../testutil.h"
#include "document/templates.h"
#include "storage/checker.h"
#include "storage/store.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

struct Run
{
    int code;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(WAYMARK_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardError())};
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;

private slots:
    void initTestCase()
    {
        m_mount = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(m_mount));
        m_mounted = run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=600k"), QStringLiteral("tmpfs"), m_mount});
        if (!m_mounted)
            QSKIP("SKIPPED: mounting a small tmpfs needs root; the disk-full cases did not run");
    }
    void cleanupTestCase()
    {
        // Unmounted even when a case failed.
        if (m_mounted) run(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount});
    }

    void importThatDoesNotFit()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        const QString file = m_mount + QStringLiteral("/full.waymark");
        QVERIFY2(Store::create(file, p, &error), qPrintable(error));
        const QStringList before = dumpFile(file);
        QByteArray csv = "touchpoint_key,kpi,period,value\n";
        for (int i = 0; i < 40000; ++i)
            csv += "hotline,Customer satisfaction,Period " + QByteArray::number(i) +
                   " with a long name to take room," + QByteArray::number(1 + i % 4) + "\n";
        const QString table = m_dir.filePath(QStringLiteral("big.csv"));
        QFile f(table);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const Run r = cli({QStringLiteral("import-metrics"), file, table});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the disk is full")) && r.err.contains(file),
                 qPrintable(r.err));
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        QCOMPARE(dumpFile(file), before); // the last good state, none of the import
        // The session continues elsewhere: a copy outside the full disk takes the import.
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.waymark"));
        QVERIFY(QFile::copy(file, elsewhere));
        const Run again = cli({QStringLiteral("import-metrics"), elsewhere, table});
        QVERIFY2(again.code == 0, qPrintable(again.err));
    }

    void exportThatDoesNotFit()
    {
        const QString file = m_mount + QStringLiteral("/full.waymark");
        const QString png = m_mount + QStringLiteral("/map.png");
        const Run r = cli({QStringLiteral("export"), file, QStringLiteral("-o"), png,
                           QStringLiteral("--dpi"), QStringLiteral("300")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(png) && r.err.contains(QStringLiteral("No space left")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(png));
        // No scratch files are left on the full disk.
        const QStringList left = QDir(m_mount).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("full.waymark")});
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
