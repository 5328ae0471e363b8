// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The test PostgreSQL server of tests/pg/pg_start.sh (a CTest fixture).

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QtGlobal>
#include <cstdlib>

namespace waymark::test {

// The server's socket folder (WAYMARK_PG_SOCKET), with PGPORT set to its port (pg_start.sh
// picks a free one; libpq, psql and waymark-cli take it from PGPORT when an address names
// none). Without a running server or psql, says why and exits 77 (skipped) for `test`.
inline QString postgresForTest(const char *test, int *port = nullptr)
{
    const QString socket = qEnvironmentVariable("WAYMARK_PG_SOCKET");
    QFile portFile(socket + QStringLiteral("/port"));
    const QByteArray number = portFile.open(QIODevice::ReadOnly) ? portFile.readAll().trimmed()
                                                                 : QByteArray();
    qputenv("PGPORT", number);
    if (port) *port = number.toInt();
    if (socket.isEmpty() || number.isEmpty() ||
        !QFile::exists(socket + QStringLiteral("/.s.PGSQL.") + QString::fromLatin1(number)) ||
        QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty()) {
        qWarning("SKIP: %s needs the PostgreSQL server of tests/pg/pg_start.sh (apt-get install "
                 "postgresql libqt6sql6-psql; packaging/dev.sh test does)",
                 test);
        std::exit(77);
    }
    return socket;
}

// Runs psql as the trusted role "waymark" on the test database "events" (tables, grants,
// \copy of CSV files). An empty string when it worked, else psql's message.
inline QString psqlOnTestServer(const QString &socket, const QString &command)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
            {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-h"), socket, QStringLiteral("-U"), QStringLiteral("waymark"),
             QStringLiteral("-d"), QStringLiteral("events"), QStringLiteral("-c"), command});
    if (!p.waitForFinished(120000)) return QStringLiteral("psql did not finish: ") + command;
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) return {};
    const QString said = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return said.isEmpty() ? QStringLiteral("psql failed: ") + command : said;
}

} // namespace waymark::test
