// SPDX-License-Identifier: GPL-3.0-or-later
#include "../testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark::test;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &lang = "C.UTF-8")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
    env.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(lang.left(2)));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WAYMARK_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &n) const { return m_dir.filePath(n); }

private slots:
    void newInfoCheck()
    {
        const QString file = path(QStringLiteral("sample.waymark"));
        Run r = cli({QStringLiteral("new"), file, QStringLiteral("--template"),
                     QStringLiteral("sample"), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QByteArray sum = checksum(file);

        r = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root[QStringLiteral("schemaVersion")].toInt(), 1);
        QCOMPARE(root[QStringLiteral("cards")].toInt(), 103);
        QCOMPARE(root[QStringLiteral("project")][QStringLiteral("language")].toString(),
                 QStringLiteral("de"));
        const QJsonArray journeys = root[QStringLiteral("journeys")].toArray();
        QCOMPARE(journeys.size(), 2);
        QCOMPARE(journeys[0][QStringLiteral("stages")].toInt(), 5);
        QCOMPARE(journeys[0][QStringLiteral("lanes")].toInt(), 12);
        QCOMPARE(journeys[1][QStringLiteral("state")].toString(), QStringLiteral("future"));
        QCOMPARE(root[QStringLiteral("personas")].toArray().size(), 2);

        r = cli({QStringLiteral("info"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Verlängerung Internetvertrag")));
        QVERIFY(r.out.contains(QStringLiteral("Cards:       103")));

        r = cli({QStringLiteral("check"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("ok")));
        QCOMPARE(checksum(file), sum); // info and check never modify
    }

    void templatesAndOptions()
    {
        const QString file = path(QStringLiteral("blank.waymark"));
        QCOMPARE(
            cli({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("blank"),
                 QStringLiteral("--title"), QStringLiteral("Mein Projekt"),
                 QStringLiteral("--lang"), QStringLiteral("de")})
                .code,
            0);
        const QJsonObject root =
            QJsonDocument::fromJson(
                cli({QStringLiteral("info"), file, QStringLiteral("--json")}).out.toUtf8())
                .object();
        QCOMPARE(root[QStringLiteral("project")][QStringLiteral("title")].toString(),
                 QStringLiteral("Mein Projekt"));
        QCOMPARE(root[QStringLiteral("journeys")][0][QStringLiteral("stages")].toInt(), 1);
        // An existing file is never replaced without --force.
        const QByteArray sum = checksum(file);
        Run r = cli({QStringLiteral("new"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.startsWith(QStringLiteral("waymark-cli: error: ") + file + QStringLiteral(": ")),
            qPrintable(r.err));
        QCOMPARE(checksum(file), sum);
        QCOMPARE(cli({QStringLiteral("new"), file, QStringLiteral("--force")}).code, 0);
        QVERIFY(checksum(file) != sum);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << QStringLiteral("Usage:");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("explode")} << QStringLiteral("unknown command");
        QTest::newRow("info without file")
            << QStringList{QStringLiteral("info")} << QStringLiteral("expects one FILE");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--frobnicate"),
                           QStringLiteral("x")}
            << QStringLiteral("frobnicate");
        QTest::newRow("bad template")
            << QStringList{QStringLiteral("new"), QStringLiteral("/tmp/never.waymark"),
                           QStringLiteral("--template"), QStringLiteral("nope")}
            << QStringLiteral("unknown template");
        QTest::newRow("bad language")
            << QStringList{QStringLiteral("new"), QStringLiteral("/tmp/never.waymark"),
                           QStringLiteral("--lang"), QStringLiteral("fr")}
            << QStringLiteral("unknown language");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void helpOnEachCommand()
    {
        for (const QString &cmd :
             {QStringLiteral("new"), QStringLiteral("info"), QStringLiteral("check")}) {
            const Run r = cli({cmd, QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("FILE")), qPrintable(r.out));
        }
    }

    void badInputNamesFileAndReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("zip") << QByteArray("PK\x03\x04garbage") << QStringLiteral("ZIP archive");
        QTest::newRow("text") << QByteArray("hello\n") << QStringLiteral("text file");
    }
    void badInputNamesFileAndReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("bad.waymark"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        for (const QString &cmd : {QStringLiteral("info"), QStringLiteral("check")}) {
            const Run r = cli({cmd, file});
            QCOMPARE(r.code, 1);
            QCOMPARE(r.err.trimmed(),
                     QStringLiteral("waymark-cli: error: %1: %2")
                         .arg(file, r.err.section(QStringLiteral(": "), 3).trimmed()));
            QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        }
        const Run missing = cli({QStringLiteral("info"), path(QStringLiteral("missing.waymark"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    }

    void checkListsProblems()
    {
        const QString file = path(QStringLiteral("broken.waymark"));
        QCOMPARE(cli({QStringLiteral("new"), file, QStringLiteral("--template"),
                      QStringLiteral("sample")})
                     .code,
                 0);
        QVERIFY(
            execOnFile(file, {QStringLiteral("UPDATE cards SET position = 40 WHERE rowid = 1")}));
        const Run r = cli({QStringLiteral("check"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("gaps or duplicates")), qPrintable(r.err));
    }

    void pathsThatAreNotFiles()
    {
        Run r = cli({QStringLiteral("new"), path(QStringLiteral("no/such/folder/x.waymark"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot write in the folder")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
        r = cli({QStringLiteral("info"), m_dir.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("folder or device")), qPrintable(r.err));
    }

    void germanMessages()
    {
        const Run r =
            cli({QStringLiteral("info"), path(QStringLiteral("fehlt.waymark"))}, "de_DE.UTF-8");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("die Datei existiert nicht")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
