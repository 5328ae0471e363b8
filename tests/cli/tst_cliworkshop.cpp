// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli workshop, inbox and votes end to end: a real server process on 127.0.0.1,
// joined over HTTP, stopped by a signal; every process is killed when its test ends.
#undef QT_NO_CAST_FROM_ASCII
#include "../netutil.h"
#include "../testutil.h"
#include "document/document.h"
#include "storage/checker.h"

#include <csignal>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

Reply post(QNetworkAccessManager &net, const QUrl &url, const QJsonObject &body,
           const QString &token = {})
{
    return call(net, "POST", url, body, token);
}

QString runCli(const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(WAYMARK_CLI_PATH), args);
    p.waitForFinished(60'000);
    if (code) *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// A workshop server process; killed on destruction if still running.
struct Server
{
    QProcess process;
    QUrl url;
    bool start(const QStringList &args, const QString &shellPrefix = {})
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LC_ALL", "C.UTF-8");
        process.setProcessEnvironment(env);
        if (shellPrefix.isEmpty()) {
            process.start(QStringLiteral(WAYMARK_CLI_PATH), args);
        } else {
            QStringList quoted;
            for (const QString &a : args)
                quoted.append("'" + a + "'");
            process.start("/bin/sh",
                          {"-c", shellPrefix + " exec '" WAYMARK_CLI_PATH "' " + quoted.join(' ')});
        }
        if (!process.waitForStarted(10'000)) return false;
        QByteArray out;
        const QRegularExpression at("(http://[0-9.:]+/)");
        for (int i = 0; i < 100 && !url.isValid(); ++i) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            if (const auto m = at.match(QString::fromUtf8(out)); m.hasMatch())
                url = QUrl(m.captured(1));
            if (process.state() != QProcess::Running) break;
        }
        return url.isValid();
    }
    ~Server()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

} // namespace

class TestCliWorkshop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString sample()
    {
        const QString file = m_dir.filePath(QStringLiteral("w%1.waymark").arg(++m_counter));
        int code = 0;
        runCli({"new", file, "--template", "sample"}, &code);
        return code == 0 ? file : QString();
    }
    static QString firstStage(const QString &file)
    {
        OpenResult r;
        auto store = Store::open(file, Store::Access::ReadOnly, &r);
        Project p;
        QString e;
        if (!store || !store->load(&p, &e)) return {};
        return idToString(p.journeys.first().stages[2].id);
    }

private slots:
    void notesFromTheNetworkLandInTheInbox()
    {
        const QString file = sample();
        QVERIFY(!file.isEmpty());
        const QString stage = firstStage(file);
        Server server;
        QVERIFY(server.start(
            {"workshop", file, "--bind", "127.0.0.1", "--port", "0", "--join-code", "ABCD23"}));
        QNetworkAccessManager net;
        QCOMPARE(post(net, server.url.resolved(QUrl("/api/join")), {{"code", "WRONG"}}).status,
                 403);
        const Reply joined = post(net, server.url.resolved(QUrl("/api/join")),
                                  {{"code", "abcd23"}, {"name", "Anna"}});
        QCOMPARE(joined.status, 200);
        const QString token = joined.body.value("token").toString();
        QCOMPARE(post(net, server.url.resolved(QUrl("/api/notes")),
                      {{"stage", stage},
                       {"kind", "feeling"},
                       {"text", "Nervous about the switch"},
                       {"feeling", -2}},
                      token)
                     .status,
                 201);
        // SIGTERM ends it cleanly, with everything written and no side files left.
        ::kill(pid_t(server.process.processId()), SIGTERM);
        QVERIFY(server.process.waitForFinished(10'000));
        QCOMPARE(server.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process.exitCode(), 0);
        const QString out = QString::fromUtf8(server.process.readAllStandardOutput());
        QVERIFY2(out.contains("Note from Anna: Nervous about the switch"), qPrintable(out));
        QVERIFY2(out.contains("Workshop ended; 1 participant."), qPrintable(out));
        QVERIFY(!QFile::exists(file + "-wal"));
        int code = -1;
        const QString json = runCli({"inbox", file, "--json"}, &code);
        QCOMPARE(code, 0);
        const QJsonArray notes =
            QJsonDocument::fromJson(json.toUtf8()).object().value("notes").toArray();
        QCOMPARE(notes.size(), 1);
        const QJsonObject n = notes[0].toObject();
        QCOMPARE(n.value("kind").toString(), QStringLiteral("feeling"));
        QCOMPARE(n.value("feeling").toInt(), -2);
        QCOMPARE(n.value("author").toString(), QStringLiteral("Anna"));
        QCOMPARE(n.value("state").toString(), QStringLiteral("new"));
        QCOMPARE(n.value("stage").toString(), QStringLiteral("Decide and renew"));
        for (const char *key : {"id", "text", "time"})
            QVERIFY(n.contains(key));
        QVERIFY(runCli({"inbox", file}).contains("Nervous about the switch"));
        QVERIFY(checkProjectFile(file).problems.isEmpty());
    }

    void acceptAllPutsNotesOnTheMapEvenWithSigintIgnored()
    {
        const QString file = sample();
        const QString stage = firstStage(file);
        Server server;
        // Started the way a script starts it in the background: SIGINT ignored.
        QVERIFY(server.start({"workshop", file, "--bind", "127.0.0.1", "--port", "0", "--join-code",
                              "ABCD23", "--accept-all"},
                             "trap '' INT;"));
        QNetworkAccessManager net;
        const QString token =
            post(net, server.url.resolved(QUrl("/api/join")), {{"code", "ABCD23"}})
                .body.value("token")
                .toString();
        QCOMPARE(post(net, server.url.resolved(QUrl("/api/notes")),
                      {{"stage", stage}, {"kind", "pain"}, {"text", "Hidden fees"}}, token)
                     .status,
                 201);
        ::kill(pid_t(server.process.processId()), SIGINT);
        QVERIFY(server.process.waitForFinished(10'000));
        QCOMPARE(server.process.exitCode(), 0);
        const QJsonArray notes = QJsonDocument::fromJson(runCli({"inbox", file, "--json"}).toUtf8())
                                     .object()
                                     .value("notes")
                                     .toArray();
        QCOMPARE(notes[0].toObject().value("state").toString(), QStringLiteral("accepted"));
        OpenResult r;
        auto store = Store::open(file, Store::Access::ReadOnly, &r);
        Project p;
        QString e;
        QVERIFY(store && store->load(&p, &e));
        const Journey &j = p.journeys.first();
        const Card *card = j.card(j.notes.first().cardId);
        QVERIFY(card);
        QCOMPARE(card->text, QStringLiteral("Hidden fees"));
        QCOMPARE(j.lanes[j.laneIndex(card->laneId)].kind, LaneKind::PainPoints);
        QCOMPARE(idToString(card->stageId), stage);
    }

    void votesListsRoundsAndResults()
    {
        const QString file = sample();
        {
            OpenResult r;
            auto doc = Document::open(file, Store::Access::ReadWrite, &r);
            QVERIFY(doc);
            const Journey &j = doc->project().journeys.first();
            VoteRound round;
            round.question = "Which pain points hurt most?";
            round.cards = {j.cards[0].id, j.cards[1].id};
            round.anonymous = false;
            const Id id = doc->openRound(j.id, round);
            QVERIFY(!doc->castVote(j.id, id, j.cards[1].id, "Anna").isNull());
            QVERIFY(!doc->castVote(j.id, id, j.cards[1].id, "Ben").isNull());
            QVERIFY(!doc->castVote(j.id, id, j.cards[0].id, "Ben").isNull());
            QVERIFY(doc->closeRound(j.id, id));
        }
        int code = -1;
        const QJsonObject json =
            QJsonDocument::fromJson(runCli({"votes", file, "--json"}, &code).toUtf8()).object();
        QCOMPARE(code, 0);
        const QJsonArray rounds = json.value("rounds").toArray();
        QCOMPARE(rounds.size(), 1);
        const QJsonObject round = rounds[0].toObject();
        QCOMPARE(round.value("question").toString(),
                 QStringLiteral("Which pain points hurt most?"));
        QCOMPARE(round.value("voters").toInt(), 2);
        QVERIFY(!round.value("closed").toString().isEmpty());
        const QJsonArray results = round.value("results").toArray();
        QCOMPARE(results[0].toObject().value("votes").toInt(), 2); // ranked, most dots first
        QCOMPARE(results[1].toObject().value("votes").toInt(), 1);
        const QString text = runCli({"votes", file});
        QVERIFY2(text.contains("Which pain points hurt most? (") && text.contains("2 voters"),
                 qPrintable(text));
        QVERIFY(runCli({"votes", sample()}).contains("No voting rounds yet."));
    }

    void badOptionsAndBusyPortsAreRefused()
    {
        const QString file = sample();
        int code = 0;
        QVERIFY(runCli({"workshop", file, "--port", "70000"}, &code).contains("--port"));
        QCOMPARE(code, 2);
        QVERIFY(runCli({"workshop", file, "--bind", "not-an-address"}, &code).contains("--bind"));
        QCOMPARE(code, 2);
        QVERIFY(
            runCli({"workshop", file, "--join-code", "<script>"}, &code).contains("--join-code"));
        QCOMPARE(code, 2);
        QVERIFY(runCli({"workshop", file, "--timer", "999"}, &code).contains("--timer"));
        QCOMPARE(code, 2);
        QVERIFY(runCli({"workshop", file, "--vote", "Q", "--dots", "0"}, &code).contains("--dots"));
        QCOMPARE(code, 2);
        QVERIFY(runCli({"workshop", file, "--vote", "Q", "--vote-lane", "moods"}, &code)
                    .contains("--vote-lane"));
        QCOMPARE(code, 2);
        QVERIFY(runCli({"workshop", file, "--journey", "all"}, &code).contains("one journey"));
        QCOMPARE(code, 2);
        QVERIFY(runCli({"workshop", m_dir.filePath("missing.waymark")}, &code)
                    .contains("missing.waymark"));
        QCOMPARE(code, 1);
        Server first;
        QVERIFY(first.start({"workshop", file, "--bind", "127.0.0.1", "--port", "0"}));
        const QString second = sample();
        const QString message = runCli({"workshop", second, "--bind", "127.0.0.1", "--port",
                                        QString::number(first.url.port())},
                                       &code);
        QCOMPARE(code, 1);
        QVERIFY2(message.contains("is in use by another program"), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkshop)
#include "tst_cliworkshop.moc"
