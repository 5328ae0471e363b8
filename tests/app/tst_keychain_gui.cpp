// SPDX-License-Identifier: GPL-3.0-or-later
// Database passwords in the system keychain: the keychain module, waymark-cli's
// --remember-password / --forget-password, and the database dialog's check box, against a
// throw-away GNOME Keyring (tests/keychain/with_keyring.sh) and the test PostgreSQL server
// whose role "secret" needs the password "s3cret".
#undef QT_NO_CAST_FROM_ASCII
#include "../cliproc.h"
#include "../pgutil.h"
#include "../testutil.h"
#include "guiutil.h"

#include "databasedialog.h"
#include "document/document.h"
#include "document/templates.h"
#include "i18n.h"
#include "io/keychain.h"
#include "storage/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

class TestKeychainGui : public QObject
{
    Q_OBJECT

    QString m_socket; // empty: no PostgreSQL server
    QTemporaryDir m_dir;

    QString secretUrl() const { return "postgresql://secret@/events?host=" + m_socket; }

    bool psql(const QString &command) { return psqlOnTestServer(m_socket, command).isEmpty(); }

    void needServer()
    {
        if (m_socket.isEmpty())
            QSKIP("SKIPPED: needs the PostgreSQL server of tests/pg/pg_start.sh (apt-get install "
                  "postgresql libqt6sql6-psql; packaging/dev.sh test does)");
    }

    static QString kept(const QString &account)
    {
        QString error;
        return Keychain::read(account, &error).value_or(QStringLiteral("(none)"));
    }

    // waymark-cli without ~/.pgpass or PGPASSWORD: a password can only come from the keychain
    // or standard input.
    static Run cliNoPgpass(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGPASSFILE", "/dev/null");
        env.remove("PGPASSWORD");
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WAYMARK_CLI_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static bool connectAndWait(DatabaseDialog *d)
    {
        QTest::mouseClick(d->findChild<QPushButton *>("connectDatabase"), Qt::LeftButton);
        return QTest::qWaitFor([d] { return !d->isRunning(); }, 60000);
    }

    // On the box itself: a check box spanning the form's column answers only there and on
    // its text.
    static void clickBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }

    static QString note(DatabaseDialog *d)
    {
        return d->findChild<QLabel *>("keychainNote")->text();
    }

    static QString summary(DatabaseDialog *d)
    {
        return d->findChild<QLabel *>("databaseSummary")->text();
    }

    std::unique_ptr<Document> sampleDocument(const QString &name)
    {
        Project p;
        QString error;
        if (!sampleProject("en", &p, &error)) return nullptr;
        const QString file = m_dir.filePath(name);
        if (!Store::create(file, p, &error)) return nullptr;
        OpenResult opened;
        return Document::open(file, Store::Access::ReadWrite, &opened);
    }

private slots:
    void initTestCase()
    {
        if (!Keychain::isBuiltIn())
            QSKIP("SKIPPED: this build has no QtKeychain (apt-get install qtkeychain-qt6-dev; "
                  "packaging/dev.sh does)");
        if (!Keychain::isReachable())
            QSKIP("SKIPPED: no session bus; run under tests/keychain/with_keyring.sh");
        // The server is optional for the keychain's own test.
        const QString socket = qEnvironmentVariable("WAYMARK_PG_SOCKET");
        QFile port(socket + "/port");
        if (!socket.isEmpty() && port.open(QIODevice::ReadOnly) &&
            !QStandardPaths::findExecutable("psql").isEmpty()) {
            qputenv("PGPORT", port.readAll().trimmed());
            m_socket = socket;
            if (!psql("CREATE TABLE IF NOT EXISTS keychain_events(customer_id text, "
                      "\"timestamp\" timestamptz, touchpoint text)") ||
                !psql("TRUNCATE keychain_events") ||
                !psql("INSERT INTO keychain_events VALUES ('c1', '2026-03-01 10:00Z', 'Web'), "
                      "('c1', '2026-03-01 10:05Z', 'Hotline')") ||
                !psql("GRANT SELECT ON keychain_events TO secret"))
                QFAIL("could not prepare the table");
        }
    }

    // Keep, replace, read and forget; an account never kept reads as none, without error.
    void keepsReplacesAndForgets()
    {
        const QString account = "postgresql://ana@db.example.com/crm";
        QString error;
        QCOMPARE(Keychain::read(account, &error), std::nullopt);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(Keychain::write(account, "first", &error), qPrintable(error));
        QCOMPARE(kept(account), QString("first"));
        QVERIFY2(Keychain::write(account, u8"zweites Passwort ä€", &error), qPrintable(error));
        QCOMPARE(kept(account), QString(u8"zweites Passwort ä€"));
        QCOMPARE(kept("postgresql://ana@db.example.com/other"), QString("(none)"));
        QVERIFY2(Keychain::remove(account, &error), qPrintable(error));
        QCOMPARE(kept(account), QString("(none)"));
        QVERIFY2(Keychain::remove(account, &error), qPrintable(error)); // nothing kept: fine
    }

    // waymark-cli: the password given once with --remember-password serves the next runs;
    // a refused one is not kept; --forget-password removes it.
    void cliRemembersAndForgets()
    {
        needServer();
        const QStringList analyze{"analyze",         "--db",  secretUrl(), "--table",
                                  "keychain_events", "--json"};
        // Without a password the server refuses, and nothing is kept.
        Run r = cliNoPgpass(analyze);
        QCOMPARE(r.code, 1);
        // A wrong password with --remember-password: refused, not kept.
        r = cliNoPgpass(analyze + QStringList{"--password-stdin", "--remember-password"},
                        "wrong\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("refused the password of \"secret\""), qPrintable(r.err));
        QCOMPARE(kept(secretUrl()), QString("(none)"));
        // --remember-password without a password to keep.
        r = cliNoPgpass(analyze + QStringList{"--remember-password"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--remember-password needs the password"), qPrintable(r.err));
        // The right one: accepted, then kept.
        r = cliNoPgpass(analyze + QStringList{"--password-stdin", "--remember-password"},
                        "s3cret\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("the password is kept in the system keychain"), qPrintable(r.err));
        QCOMPARE(kept(secretUrl()), QString("s3cret"));
        // The next run needs no password.
        r = cliNoPgpass(analyze);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("\"cases\": 1"), qPrintable(r.out));
        // Forgotten: refused again.
        r = cliNoPgpass(analyze + QStringList{"--forget-password"});
        QCOMPARE(r.code, 1);
        QCOMPARE(kept(secretUrl()), QString("(none)"));
    }

    // The dialog: a typed password kept with the check box; the next dialog connects with the
    // kept one; unchecked, it is forgotten; a kept password the server refuses is named as
    // the cause.
    void dialogKeepsUsesAndForgets()
    {
        needServer();
        auto doc = sampleDocument("keychain.waymark");
        QVERIFY(doc);
        QString error;
        QVERIFY(Keychain::remove(secretUrl(), &error));
        {
            DatabaseDialog d(doc.get());
            d.show();
            auto *remember = d.findChild<QCheckBox *>("rememberPassword");
            QVERIFY(remember->isVisible() && remember->isEnabled());
            QTest::keyClicks(d.findChild<QLineEdit *>("databaseUrl"), secretUrl());
            QTest::keyClicks(d.findChild<QLineEdit *>("databasePassword"), "s3cret");
            clickBox(remember);
            QVERIFY(remember->isChecked());
            QVERIFY(connectAndWait(&d));
            QVERIFY2(summary(&d).contains("Connected") || summary(&d).contains("Columns"),
                     qPrintable(summary(&d)));
            QCOMPARE(note(&d), QString("The password is kept in the system keychain."));
            QCOMPARE(kept(secretUrl()), QString("s3cret"));
        }
        {
            DatabaseDialog d(doc.get());
            d.show();
            QTest::keyClicks(d.findChild<QLineEdit *>("databaseUrl"), secretUrl());
            QVERIFY(connectAndWait(&d));
            QVERIFY2(summary(&d).contains("Connected") || summary(&d).contains("Columns"),
                     qPrintable(summary(&d)));
            QCOMPARE(note(&d), QString("The password came from the system keychain."));
            auto *remember = d.findChild<QCheckBox *>("rememberPassword");
            QVERIFY(remember->isChecked()); // it shows that one is kept
            // Unchecked: the next connection forgets it.
            clickBox(remember);
            QVERIFY(connectAndWait(&d));
            QCOMPARE(note(&d), QString("The password kept in the system keychain is forgotten."));
            QCOMPARE(kept(secretUrl()), QString("(none)"));
        }
        // A kept password the server refuses: the message says where it came from.
        QVERIFY(Keychain::write(secretUrl(), "outdated", &error));
        {
            DatabaseDialog d(doc.get());
            d.show();
            QTest::keyClicks(d.findChild<QLineEdit *>("databaseUrl"), secretUrl());
            QVERIFY(connectAndWait(&d));
            QVERIFY2(summary(&d).contains("refused the password") &&
                         summary(&d).contains("kept in the system keychain was used"),
                     qPrintable(summary(&d)));
            // The right one typed and kept replaces it.
            QTest::keyClicks(d.findChild<QLineEdit *>("databasePassword"), "s3cret");
            auto *remember = d.findChild<QCheckBox *>("rememberPassword");
            if (!remember->isChecked()) clickBox(remember);
            QVERIFY(connectAndWait(&d));
            QVERIFY2(summary(&d).contains("Connected") || summary(&d).contains("Columns"),
                     qPrintable(summary(&d)));
            QCOMPARE(note(&d), QString("The password is kept in the system keychain."));
            QCOMPARE(kept(secretUrl()), QString("s3cret"));
        }
        QVERIFY(Keychain::remove(secretUrl(), &error));
        QCOMPARE(doc->undoStack()->count(), 0); // connecting changes nothing in the project
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslations(&app, QStringLiteral("en"));
    TestKeychainGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_gui.moc"
