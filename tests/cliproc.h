// SPDX-License-Identifier: GPL-3.0-or-later
// Runs waymark-cli as a user does: a process with its exit code, stdout and stderr.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace waymark::test {

struct Run
{
    int code = -1; // -2: crashed or timed out
    QString out;
    QString err;
};

// In the locale `lang` (messages in German with "de_DE.UTF-8").
// `extra`: more environment variables (NAME=value). `program`: another copy of waymark-cli.
inline Run cli(const QStringList &args, const QByteArray &lang = "C.UTF-8",
               const QStringList &extra = {},
               const QString &program = QStringLiteral(WAYMARK_CLI_PATH))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
    env.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(lang.left(2)));
    for (const QString &e : extra)
        env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(60000);
    const Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    // What a sanitizer said (build-asan only) goes into the test's log, also where the test
    // only compares the exit code: dev.sh test-asan reads it there.
    if (r.err.contains(QLatin1String("Sanitizer")))
        qWarning("waymark-cli %s: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
    return r;
}

} // namespace waymark::test
