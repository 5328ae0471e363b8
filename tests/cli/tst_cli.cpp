// SPDX-License-Identifier: GPL-3.0-or-later
// Newer cases use plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "../cliproc.h"
#include "../testutil.h"

#include "io/exportformat.h"
#include "storage/schema.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;


class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &n) const { return m_dir.filePath(n); }
    // Writes the sample project to `file`.
    static bool newSample(const QString &file)
    {
        return cli({QStringLiteral("new"), file, QStringLiteral("--template"),
                    QStringLiteral("sample")})
                   .code == 0;
    }

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
        QCOMPARE(root[QStringLiteral("schemaVersion")].toInt(),
                 SchemaPlan::builtIn().currentVersion);
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

    void exportPersonasPdfHasEveryNameAndGoal()
    {
        const QString file = path(QStringLiteral("personas.waymark"));
        QCOMPARE(cli({QStringLiteral("new"), file, QStringLiteral("--template"),
                      QStringLiteral("sample"), QStringLiteral("--force")})
                     .code,
                 0);
        waymark::Project project;
        {
            waymark::OpenResult r;
            auto store = waymark::Store::open(file, waymark::Store::Access::ReadOnly, &r);
            QString error;
            QVERIFY(store && store->load(&project, &error));
        }
        const QByteArray sum = checksum(file);
        const QString pdf = path(QStringLiteral("sheets.pdf"));
        const Run r = cli({QStringLiteral("export-personas"), file, QStringLiteral("-o"), pdf});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), pdf);
        QCOMPARE(checksum(file), sum); // exporting never changes the project
        QPdfDocument doc;
        QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), int(project.personas.size()));
        const QSizeF a4 = doc.pagePointSize(0);
        QVERIFY(std::abs(a4.width() - 595) < 2 && std::abs(a4.height() - 842) < 2);
        for (int i = 0; i < project.personas.size(); ++i) {
            const QString text = doc.getAllText(i).text().simplified();
            const waymark::Persona &persona = project.personas[i];
            QVERIFY2(text.contains(persona.name), qPrintable(text));
            for (const QString &goal : persona.goals)
                QVERIFY2(text.contains(goal.simplified()),
                         qPrintable(goal + QLatin1String(" in ") + text));
        }

        // PNG: one file per persona, with the resolution in the file.
        const Run png =
            cli({QStringLiteral("export-personas"), file, QStringLiteral("-o"),
                 path(QStringLiteral("sheet.png")), QStringLiteral("--dpi"), QStringLiteral("96"),
                 QStringLiteral("--persona"), project.personas[1].name});
        QCOMPARE(png.code, 0);
        const QImage image(path(QStringLiteral("sheet.png")));
        QCOMPARE(image.size(), QSize(794, 1123));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 96);
        QVERIFY(image.pixelColor(400, 100) != QColor(Qt::white)); // the header band
    }

    void exportPersonasErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString sample = path(QStringLiteral("personas.waymark"));
        QTest::newRow("no output") << QStringList{QStringLiteral("export-personas"), sample} << 2
                                   << QStringLiteral("needs -o");
        QTest::newRow("bad extension")
            << QStringList{QStringLiteral("export-personas"), sample, QStringLiteral("-o"),
                           path(QStringLiteral("x.docx"))}
            << 2 << QStringLiteral(".pdf or .png");
        QTest::newRow("bad dpi") << QStringList{QStringLiteral("export-personas"),
                                                sample,
                                                QStringLiteral("-o"),
                                                path(QStringLiteral("x.png")),
                                                QStringLiteral("--dpi"),
                                                QStringLiteral("9000")}
                                 << 2 << QStringLiteral("--dpi");
        QTest::newRow("unknown persona") << QStringList{QStringLiteral("export-personas"),
                                                        sample,
                                                        QStringLiteral("-o"),
                                                        path(QStringLiteral("x.pdf")),
                                                        QStringLiteral("--persona"),
                                                        QStringLiteral("Nobody")}
                                         << 1 << QStringLiteral("no persona \"Nobody\"");
        QTest::newRow("no personas")
            << QStringList{QStringLiteral("export-personas"), path(QStringLiteral("blank.waymark")),
                           QStringLiteral("-o"), path(QStringLiteral("x.pdf"))}
            << 1 << QStringLiteral("has no personas");
        QTest::newRow("missing project")
            << QStringList{QStringLiteral("export-personas"), path(QStringLiteral("nope.waymark")),
                           QStringLiteral("-o"), path(QStringLiteral("x.pdf"))}
            << 1 << QStringLiteral("nope.waymark");
        QTest::newRow("unwritable output")
            << QStringList{QStringLiteral("export-personas"), sample, QStringLiteral("-o"),
                           path(QStringLiteral("no/such/folder/x.pdf"))}
            << 1 << QStringLiteral("x.pdf");
    }
    void exportPersonasErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        cli({QStringLiteral("new"), path(QStringLiteral("blank.waymark")),
             QStringLiteral("--template"), QStringLiteral("blank"), QStringLiteral("--force")});
        if (!QFile::exists(path(QStringLiteral("personas.waymark"))))
            cli({QStringLiteral("new"), path(QStringLiteral("personas.waymark")),
                 QStringLiteral("--template"), QStringLiteral("sample")});
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.png"))));
    }

    void exportEveryFormat_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("output");
        QTest::newRow("pdf a0 poster")
            << QStringList{QStringLiteral("--page"), QStringLiteral("A0")}
            << QStringLiteral("map.pdf");
        QTest::newRow("pdf 4 a4 tiles")
            << QStringList{QStringLiteral("--page"), QStringLiteral("a4"),
                           QStringLiteral("--tiles"), QStringLiteral("2x2"),
                           QStringLiteral("--portrait")}
            << QStringLiteral("tiles.pdf");
        // What tst_kill's export trials run (there without the leak check).
        QTest::newRow("pdf all journeys with personas")
            << QStringList{QStringLiteral("--journey"), QStringLiteral("all"),
                           QStringLiteral("--personas")}
            << QStringLiteral("all.pdf");
        QTest::newRow("png for a slide")
            << QStringList{QStringLiteral("--width"), QStringLiteral("1600")}
            << QStringLiteral("slide.png");
        QTest::newRow("svg") << QStringList() << QStringLiteral("map.svg");
        QTest::newRow("xlsx all journeys")
            << QStringList{QStringLiteral("--journey"), QStringLiteral("all")}
            << QStringLiteral("map.xlsx");
        QTest::newRow("csv for german excel")
            << QStringList{QStringLiteral("--delimiter"), QStringLiteral("semicolon"),
                           QStringLiteral("--bom")}
            << QStringLiteral("cards.csv");
        QTest::newRow("markdown") << QStringList{QStringLiteral("--format"), QStringLiteral("md")}
                                  << QStringLiteral("outline.txt");
    }
    // Every format of the registry, chosen by its id and by its suffix, writes its file; the
    // help lists them all.
    void exportOffersEveryRegisteredFormat()
    {
        const QString file = path(QStringLiteral("registry.waymark"));
        QVERIFY(newSample(file));
        const Run help = cli({QStringLiteral("export"), QStringLiteral("--help")});
        for (const ExportFormat *f : ExportFormats::all()) {
            QVERIFY2(help.out.contains(f->id()), qPrintable(f->id()));
            for (const QString &suffix : f->suffixes()) {
                const QString out = path(QStringLiteral("registry.") + suffix);
                QFile::remove(out);
                Run r = cli({QStringLiteral("export"), file, QStringLiteral("-o"), out});
                QVERIFY2(r.code == 0, qPrintable(suffix + r.err));
                QCOMPARE(r.out.trimmed(), out);
                QVERIFY(QFileInfo(out).size() > 100);
            }
            const QString named = path(QStringLiteral("registry-by-id.out"));
            Run r = cli({QStringLiteral("export"), file, QStringLiteral("-o"), named,
                         QStringLiteral("--format"), f->id().toUpper()});
            QVERIFY2(r.code == 0, qPrintable(f->id() + r.err));
        }
        const Run bad = cli({QStringLiteral("export"), file, QStringLiteral("-o"),
                             path(QStringLiteral("x.docx"))});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("unknown format \"docx\" (use one of ") +
                                  ExportFormats::idList()),
                 qPrintable(bad.err));
    }

    void exportEveryFormat()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, output);
        const QString file = path(QStringLiteral("export.waymark"));
        if (!QFile::exists(file)) QVERIFY(newSample(file));
        const QByteArray sum = checksum(file);
        const QString out = path(output);
        const Run r =
            cli(QStringList{QStringLiteral("export"), file, QStringLiteral("-o"), out} + options);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), out);
        QCOMPARE(checksum(file), sum);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(16);
        if (output.endsWith(QLatin1String(".pdf"))) {
            QPdfDocument doc;
            QCOMPARE(doc.load(out), QPdfDocument::Error::None);
            // all.pdf: the sample's two journeys, then its two personas on one page.
            QCOMPARE(doc.pageCount(), output == QLatin1String("tiles.pdf") ? 4
                                      : output == QLatin1String("all.pdf") ? 3
                                                                           : 1);
            if (output == QLatin1String("all.pdf")) {
                const QString personas = doc.getAllText(2).text();
                QVERIFY2(personas.contains(QStringLiteral("Persona")) ||
                             personas.contains(QStringLiteral("Goals")),
                         qPrintable(personas.left(300)));
            }
            QVERIFY(doc.getAllText(0).text().contains(QStringLiteral("Tariff")) ||
                    output == QLatin1String("tiles.pdf"));
        } else if (output.endsWith(QLatin1String(".png"))) {
            QCOMPARE(QImage(out).width(), 1600);
        } else if (output.endsWith(QLatin1String(".xlsx"))) {
            QVERIFY(head.startsWith("PK\x03\x04"));
        } else if (output.endsWith(QLatin1String(".csv"))) {
            QVERIFY(head.startsWith("\xEF\xBB\xBFJourney;"));
        } else if (output.endsWith(QLatin1String(".svg"))) {
            QVERIFY(head.startsWith("<?xml"));
        } else {
            QVERIFY(head.startsWith("# "));
        }
    }

    void exportErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString file = path(QStringLiteral("export.waymark"));
        const QString out = path(QStringLiteral("never.pdf"));
        auto row = [&](const char *name, QStringList extra, int code, const QString &message) {
            QTest::newRow(name)
                << (QStringList{QStringLiteral("export"), file, QStringLiteral("-o"), out} + extra)
                << code << message;
        };
        row("bad format", {QStringLiteral("--format"), QStringLiteral("doc")}, 2,
            QStringLiteral("unknown format"));
        row("bad page", {QStringLiteral("--page"), QStringLiteral("B5")}, 2,
            QStringLiteral("unknown page size"));
        row("bad tiles", {QStringLiteral("--tiles"), QStringLiteral("3by2")}, 2,
            QStringLiteral("--tiles"));
        row("bad scale", {QStringLiteral("--scale"), QStringLiteral("0")}, 2,
            QStringLiteral("--scale"));
        row("bad delimiter", {QStringLiteral("--delimiter"), QStringLiteral("pipe")}, 2,
            QStringLiteral("--delimiter"));
        row("unknown journey", {QStringLiteral("--journey"), QStringLiteral("Nope")}, 1,
            QStringLiteral("no journey \"Nope\""));
        row("unknown metric", {QStringLiteral("--overlay"), QStringLiteral("nps")}, 1,
            QStringLiteral("no metric \"nps\""));
        QTest::newRow("no output")
            << QStringList{QStringLiteral("export"), file} << 2 << QStringLiteral("needs -o");
        QTest::newRow("png too large")
            << QStringList{QStringLiteral("export"),  file,
                           QStringLiteral("-o"),      path(QStringLiteral("never.png")),
                           QStringLiteral("--width"), QStringLiteral("90000")}
            << 1 << QStringLiteral("megapixels");
    }
    void exportErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        if (!QFile::exists(path(QStringLiteral("export.waymark"))))
            cli({QStringLiteral("new"), path(QStringLiteral("export.waymark")),
                 QStringLiteral("--template"), QStringLiteral("sample")});
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.png"))));
    }

    void tableShowsWhatWasRead()
    {
        const QString csv = path(QStringLiteral("kpis.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("target;metric;value\r\nrenewal-form;drop-off;\"38,5 %\"\r\n\"tariff "
                "\"\"page\"\"\";csat;3,1\r\n");
        f.close();
        const Run json = cli({QStringLiteral("table"), csv, QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root[QStringLiteral("columns")].toArray().size(), 3);
        QCOMPARE(root[QStringLiteral("rows")].toArray()[0].toArray()[2].toString(),
                 QStringLiteral("38,5 %"));
        QCOMPARE(root[QStringLiteral("rows")].toArray()[1].toArray()[0].toString(),
                 QStringLiteral("tariff \"page\""));
        QCOMPARE(root[QStringLiteral("delimiter")].toString(), QStringLiteral(";"));
        const Run text = cli({QStringLiteral("table"),
                              QStringLiteral(WAYMARK_TESTDATA "/tables/kpis-libreoffice.xlsx"),
                              QStringLiteral("--sheet"), QStringLiteral("Wide")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("compare\t0.42\t3.9")), qPrintable(text.out));
        const Run bad = cli({QStringLiteral("table"),
                             QStringLiteral(WAYMARK_TESTDATA "/tables/kpis-libreoffice.xlsx"),
                             QStringLiteral("--sheet"), QStringLiteral("Q9")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("no sheet \"Q9\"")), qPrintable(bad.err));
        const Run missing = cli({QStringLiteral("table"), path(QStringLiteral("none.csv"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("none.csv")));
    }

    void journeyOwnershipAndStaleness()
    {
        const QString project = path(QStringLiteral("owned.waymark"));
        QVERIFY(newSample(project));
        const QString journey = QStringLiteral("Renew an internet contract");
        Run r = cli({"journey", project, "--owner", "Anna Keller", "--status", "validated",
                     "--review-days", "30", "--reviewed", "2026-01-01"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, journey + QStringLiteral(": Validated, review every 30 days; stale since "
                                                 "31 Jan 2026\n"));
        // Values that arrived long ago make their cards stale too; values imported today do not.
        r = cli({"info", project, "--json"});
        QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8())
                            .object()["journeys"]
                            .toArray()[0]
                            .toObject();
        QCOMPARE(j["owner"].toString(), QStringLiteral("Anna Keller"));
        QCOMPARE(j["status"].toString(), QStringLiteral("validated"));
        QCOMPARE(j["reviewDays"].toInt(), 30);
        QCOMPARE(j["reviewed"].toString(), QStringLiteral("2026-01-01T00:00:00.000Z"));
        QCOMPARE(j["staleSince"].toString(), QStringLiteral("2026-01-31T00:00:00.000Z"));
        QCOMPARE(j["staleCards"].toArray().size(), 0);
        r = cli({"info", project});
        QVERIFY2(r.out.contains(QStringLiteral("owner Anna Keller; Validated; review every 30 "
                                               "days; last reviewed")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("stale since 31 Jan 2026")));
        // Reviewed now: fresh again. An archived journey is never stale.
        QCOMPARE(cli({"journey", project, "--reviewed", "now"}).code, 0);
        r = cli({"info", project, "--json"});
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())
                    .object()["journeys"]
                    .toArray()[0]
                    .toObject()["staleSince"]
                    .isNull());
        // Bad values change nothing.
        const QByteArray sum = checksum(project);
        QCOMPARE(cli({"journey", project, "--status", "done"}).code, 2);
        QCOMPARE(cli({"journey", project, "--review-days", "5000"}).code, 2);
        QCOMPARE(cli({"journey", project, "--review-days", "x"}).code, 2);
        QCOMPARE(cli({"journey", project, "--reviewed", "yesterday"}).code, 2);
        QCOMPARE(cli({"journey", project, "--journey", "Nope", "--owner", "X"}).code, 1);
        QCOMPARE(checksum(project), sum);
        QCOMPARE(cli({"check", project}).code, 0);
    }

    void commentsEndToEnd()
    {
        const QString project = path(QStringLiteral("comments.waymark"));
        QVERIFY(newSample(project));
        Run r = cli({"comment", project, "--on", "tariff PAGE", "--text", "Is the exit rate real?",
                     "--author", "Anna"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString thread = r.out.trimmed();
        QVERIFY(!idFromString(thread).isNull());
        r = cli({"comment", project, "--reply", thread.left(8), "--text", "From GA, Q1",
                 "--author", "Tom"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({"comment", project, "--on", "Compare offers", "--text", "Too long?"}).code, 0);
        r = cli({"comments", project, "--json"});
        const QString replyId = QJsonDocument::fromJson(r.out.toUtf8())
                                    .object()["threads"]
                                    .toArray()[0]
                                    .toObject()["replies"]
                                    .toArray()[0]
                                    .toObject()["id"]
                                    .toString();
        QCOMPARE(cli({"comment", project, "--edit", replyId, "--text", "From GA, Q1 2026"}).code, 0);
        QCOMPARE(cli({"comment", project, "--edit", replyId}).code, 2); // no text
        QCOMPARE(cli({"comment", project, "--on", "journey", "--text", "Who owns this?"}).code, 0);
        QCOMPARE(cli({"comment", project, "--resolve", thread, "--author", "Anna"}).code, 0);
        r = cli({"comments", project, "--json"});
        const QJsonArray threads = QJsonDocument::fromJson(r.out.toUtf8()).object()["threads"].toArray();
        QCOMPARE(threads.size(), 3);
        const QJsonObject first = threads[0].toObject();
        QCOMPARE(first["targetKind"].toString(), QStringLiteral("card"));
        QCOMPARE(first["resolvedBy"].toString(), QStringLiteral("Anna"));
        QCOMPARE(first["replies"].toArray().size(), 1);
        QCOMPARE(first["replies"].toArray()[0].toObject()["author"].toString(), QStringLiteral("Tom"));
        QCOMPARE(threads[1].toObject()["targetKind"].toString(), QStringLiteral("stage"));
        QCOMPARE(threads[2].toObject()["targetKind"].toString(), QStringLiteral("journey"));
        r = cli({"comments", project, "--open"});
        QVERIFY(!r.out.contains(QStringLiteral("exit rate")));
        QVERIFY(r.out.contains(QStringLiteral("stage \"Compare offers\"")));
        r = cli({"comments", project, "--resolved"});
        QVERIFY(r.out.contains(QStringLiteral("[resolved by Anna]")));
        QVERIFY(r.out.contains(QStringLiteral("Tom: From GA, Q1 2026")));
        // Bad requests change nothing.
        const QByteArray sum = checksum(project);
        QCOMPARE(cli({"comment", project, "--on", "Nope", "--text", "x"}).code, 1);
        QCOMPARE(cli({"comment", project, "--on", "journey"}).code, 2);
        QCOMPARE(cli({"comment", project, "--text", "x"}).code, 2);
        QCOMPARE(cli({"comment", project, "--resolve", thread, "--delete", thread}).code, 2);
        QCOMPARE(cli({"comment", project, "--reply", "abc", "--text", "x"}).code, 1);
        QCOMPARE(cli({"comment", project, "--reply", "00000000", "--text", "x"}).code, 1);
        QCOMPARE(checksum(project), sum);
        // As numbered notes in a PDF: a page of the threads after the map, only when asked.
        const QString pdf = path("comments.pdf");
        QCOMPARE(cli({"export", project, "-o", pdf, "--comments"}).code, 0);
        {
            QPdfDocument doc;
            QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
            QCOMPARE(doc.pageCount(), 2);
            const QString notes = doc.getAllText(1).text();
            QVERIFY2(notes.contains("Renew an internet contract — comments"), qPrintable(notes));
            QVERIFY(notes.contains("Tariff page (resolved)"));
            QVERIFY(notes.contains("Tom") && notes.contains("From GA, Q1"));
            QVERIFY(notes.contains("Who owns this?"));
        }
        QCOMPARE(cli({"export", project, "-o", pdf}).code, 0);
        {
            QPdfDocument doc;
            QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
            QCOMPARE(doc.pageCount(), 1);
        }
        QCOMPARE(cli({"comment", project, "--delete", thread}).code, 0);
        r = cli({"comments", project, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["threads"].toArray().size(), 2);
        QCOMPARE(cli({"check", project}).code, 0);
    }

    void insightsAndCoverageEndToEnd()
    {
        const QString project = path(QStringLiteral("insights.waymark"));
        QVERIFY(newSample(project));
        Run r = cli({"insight", project, "--add", "--text", "I never found the monthly price",
                     "--kind", "interview", "--source", "Interview P3", "--date", "2026-10-14",
                     "--tags", "pricing, web", "--url", "https://example.org/p3"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString quote = r.out.trimmed();
        QVERIFY(!idFromString(quote).isNull());
        r = cli({"insight", project, "--add", "--text", "48 % leave the tariff page", "--kind",
                 "analytics"});
        const QString funnel = r.out.trimmed();
        // Cards by their text; all of them or none.
        QCOMPARE(cli({"insight", project, "--link", quote.left(8), "--card", "Tariff page",
                      "--card", "Compares tariffs on comparison sites"})
                     .code,
                 0);
        QCOMPARE(cli({"insight", project, "--link", funnel, "--card", "Tariff page"}).code, 0);
        r = cli({"insights", project, "--json"});
        QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object()["insights"].toArray();
        QCOMPARE(list.size(), 2);
        QJsonObject first = list[0].toObject();
        QCOMPARE(first["kind"].toString(), QStringLiteral("interview"));
        QCOMPARE(first["evidence"].toString(), QStringLiteral("reported"));
        QCOMPARE(first["date"].toString(), QStringLiteral("2026-10-14"));
        QCOMPARE(first["tags"].toArray().size(), 2);
        QCOMPARE(first["cards"].toArray().size(), 2);
        QCOMPARE(list[1].toObject()["date"], QJsonValue());
        r = cli({"insights", project, "--kind", "analytics"});
        QVERIFY(r.out.contains("48 % leave the tariff page") && !r.out.contains("monthly price"));
        QVERIFY(r.out.contains("1 card"));
        r = cli({"insights", project, "--tag", "PRICING"});
        QVERIFY(r.out.contains("#pricing #web"));
        // The tariff page rests on an analytics finding: observed. Info and the card agree.
        Project p;
        {
            OpenResult opened;
            auto store = Store::open(project, Store::Access::ReadOnly, &opened);
            QString error;
            QVERIFY(store && store->load(&p, &error));
        }
        int observed = 0;
        for (const Card &c : p.journeys[0].cards)
            if (c.text == "Tariff page") {
                QCOMPARE(c.evidence, Evidence::Observed);
                QCOMPARE(c.insights.size(), 2);
                ++observed;
            }
        QCOMPARE(observed, 1);
        // Coverage, as text and as JSON.
        r = cli({"coverage", project, "--top", "3"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Assumptions with most friction attached:"));
        QVERIFY(r.out.contains("  3. ") && !r.out.contains("  4. "));
        r = cli({"coverage", project, "--json"});
        const QJsonObject cov =
            QJsonDocument::fromJson(r.out.toUtf8()).object()["journeys"].toArray()[0].toObject();
        QCOMPARE(cov["sourced"].toInt(), 2);
        QCOMPARE(cov["stages"].toArray().size(), p.journeys[0].stages.size());
        QCOMPARE(cov["assumptions"].toArray().size(), 10);
        QVERIFY(cov["claims"].toInt() > cov["observed"].toInt() + cov["reported"].toInt());
        int stageClaims = 0;
        for (const QJsonValue &s : cov["stages"].toArray())
            stageClaims += s.toObject()["claims"].toInt();
        QCOMPARE(stageClaims, cov["claims"].toInt());
        // Edit and unlink: the second card is an assumption again.
        QCOMPARE(cli({"insight", project, "--edit", quote, "--kind", "observation", "--date", ""})
                     .code,
                 0);
        r = cli({"insights", project, "--json"});
        first = QJsonDocument::fromJson(r.out.toUtf8()).object()["insights"].toArray()[0].toObject();
        QCOMPARE(first["kind"].toString(), QStringLiteral("observation"));
        QCOMPARE(first["date"], QJsonValue());
        QCOMPARE(first["source"].toString(), QStringLiteral("Interview P3")); // kept
        QCOMPARE(cli({"insight", project, "--unlink", quote, "--card",
                      "Compares tariffs on comparison sites"})
                     .code,
                 0);
        // A PDF page of coverage after the map, only when asked.
        const QString pdf = path("coverage.pdf");
        QCOMPARE(cli({"export", project, "-o", pdf, "--coverage"}).code, 0);
        {
            QPdfDocument doc;
            QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
            QCOMPARE(doc.pageCount(), 2);
            const QString text = doc.getAllText(1).text();
            QVERIFY2(text.contains("Renew an internet contract — research coverage"),
                     qPrintable(text));
            QVERIFY(text.contains("Assumptions with most friction attached"));
            QVERIFY(text.contains("1 linked to insights"));
        }
        // Bad requests change nothing.
        const QByteArray sum = checksum(project);
        QCOMPARE(cli({"insight", project, "--add"}).code, 2);                     // no text
        QCOMPARE(cli({"insight", project, "--add", "--text", "x", "--kind", "rumour"}).code, 2);
        QCOMPARE(cli({"insight", project, "--add", "--text", "x", "--date", "14.10.2026"}).code, 2);
        QCOMPARE(cli({"insight", project, "--link", quote}).code, 2);             // no card
        QCOMPARE(cli({"insight", project, "--link", quote, "--delete", quote}).code, 2);
        QCOMPARE(cli({"insight", project, "--link", "abc", "--card", "Tariff page"}).code, 1);
        r = cli({"insight", project, "--link", quote, "--card", "Tariff page", "--card",
                 "Compare offers"}); // a stage, not a card: nothing is linked
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("\"Compare offers\" is no card"), qPrintable(r.err));
        QCOMPARE(cli({"insight", project, "--add", "--text", QString(10'001, 'x')}).code, 1);
        QCOMPARE(cli({"coverage", project, "--top", "-1"}).code, 2);
        QCOMPARE(checksum(project), sum);
        // Deleting an insight unlinks its cards.
        QCOMPARE(cli({"insight", project, "--delete", funnel}).code, 0);
        r = cli({"insights", project, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["insights"].toArray().size(), 1);
        QCOMPARE(cli({"check", project}).code, 0);
    }

    void blueprintEndToEnd()
    {
        const QString project = path(QStringLiteral("blueprint.waymark"));
        QFile::remove(project);
        Run r = cli({"new", project, "--template", "service-blueprint", "--lang", "de"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({"blueprint", project, "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject j =
            QJsonDocument::fromJson(r.out.toUtf8()).object()["journeys"].toArray()[0].toObject();
        QVERIFY(j["blueprint"].toBool());
        QCOMPARE(j["lanes"].toArray().size(), 6);
        QCOMPARE(j["lanes"].toArray()[2].toObject()["zone"].toString(), QStringLiteral("frontstage"));
        QCOMPARE(j["lines"].toArray()[1].toObject()["line"].toString(), QStringLiteral("visibility"));
        QCOMPARE(j["lines"].toArray()[1].toObject()["above"].toString(),
                 QStringLiteral("Backstage-Aktionen"));
        QCOMPARE(j["arrows"].toArray().size(), 6);
        // The text names the lines in the project's language.
        r = cli({"blueprint", project});
        QVERIFY2(r.out.contains(QStringLiteral("---- Sichtbarkeitslinie ----")), qPrintable(r.out));
        // An arrow with a label, turned around, relabelled, deleted.
        r = cli({"arrow", project, "--from", "Gibt das Gerät ab", "--to",
                 "Keine Nachricht während des Wartens", "--label", "wartet"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();
        QCOMPARE(cli({"arrow", project, "--reverse", id.left(8)}).code, 0);
        QCOMPARE(cli({"arrow", project, "--edit", id, "--label", "fragt nach"}).code, 0);
        r = cli({"blueprint", project, "--json"});
        QJsonArray arrows = QJsonDocument::fromJson(r.out.toUtf8())
                                .object()["journeys"].toArray()[0].toObject()["arrows"].toArray();
        QCOMPARE(arrows.size(), 7);
        QCOMPARE(arrows[6].toObject()["from"].toObject()["text"].toString(),
                 QStringLiteral("Keine Nachricht während des Wartens"));
        QCOMPARE(arrows[6].toObject()["label"].toString(), QStringLiteral("fragt nach"));
        // Mistakes: a message, exit code, nothing written.
        const QByteArray before = checksum(project);
        r = cli({"arrow", project, "--from", "Gibt das Gerät ab", "--to", "Gibt das Gerät ab"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("blueprint.waymark") && r.err.contains("card it starts from"),
                 qPrintable(r.err));
        r = cli({"arrow", project, "--from", "Gibt das Gerät ab"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--from needs --to"));
        r = cli({"arrow", project, "--delete", "00000000"});
        QCOMPARE(r.code, 1);
        r = cli({"blueprint", project, "--zone", "Schmerzpunkte=everywhere"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("everywhere"));
        r = cli({"blueprint", project, "--zone", "No such lane=support"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("No such lane"));
        QCOMPARE(checksum(project), before);
        QCOMPARE(cli({"arrow", project, "--delete", id}).code, 0);
        // A lane into another zone goes to the near end of it; off and on again.
        QCOMPARE(cli({"blueprint", project, "--zone", "Schmerzpunkte=customer-actions"}).code, 0);
        r = cli({"blueprint", project, "--json"});
        j = QJsonDocument::fromJson(r.out.toUtf8()).object()["journeys"].toArray()[0].toObject();
        QCOMPARE(j["lanes"].toArray()[2].toObject()["title"].toString(), QStringLiteral("Schmerzpunkte"));
        QCOMPARE(cli({"blueprint", project, "--off"}).code, 0);
        r = cli({"blueprint", project, "--json"});
        j = QJsonDocument::fromJson(r.out.toUtf8()).object()["journeys"].toArray()[0].toObject();
        QVERIFY(!j["blueprint"].toBool());
        QVERIFY(j["lines"].toArray().isEmpty());
        QCOMPARE(cli({"check", project}).code, 0);
        // The export draws it.
        r = cli({"export", project, "-o", path(QStringLiteral("blueprint.pdf"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // Mermaid both ways: export, a new project from the text, the text again (the same), and
    // an import into a project; broken input changes nothing.
    void mermaidEndToEnd()
    {
        const QString project = path(QStringLiteral("mermaid.waymark"));
        QVERIFY(newSample(project));
        const QString mmd = path(QStringLiteral("renewal.mmd"));
        Run r = cli({"export", project, "-o", mmd});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), mmd);
        r = cli({"export", project, "-o", path("both.txt"), "--format", "mermaid", "--journey", "all"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().split('\n'), QStringList({path("both-1.txt"), path("both-2.txt")}));
        QFile f(mmd);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        f.close();
        QVERIFY(text.startsWith("journey\n    title Renew an internet contract\n"));
        QVERIFY(text.contains("\n      Reads the letter about the contract end: 2: Anna Keller\n"));

        const QString fresh = path(QStringLiteral("from-mermaid.waymark"));
        r = cli({"new", fresh, "--from-mermaid", mmd, "--lang", "de"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Imported \"Renew an internet contract\": 5 stages, 22 tasks, 2 new personas"),
                 qPrintable(r.out));
        QCOMPARE(cli({"check", fresh}).code, 0);
        const QJsonObject info = QJsonDocument::fromJson(cli({"info", fresh, "--json"}).out.toUtf8()).object();
        QCOMPARE(info["project"].toObject()["title"].toString(),
                 QStringLiteral("Renew an internet contract"));
        QCOMPARE(info["project"].toObject()["language"].toString(), QStringLiteral("de"));
        // Written again, the text is the same: stages, tasks, scores and actors survive.
        const QString again = path(QStringLiteral("again.mmd"));
        QCOMPARE(cli({"export", fresh, "-o", again}).code, 0);
        QFile g(again);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), text);

        // Into an existing project: a new journey, the sample's personas matched by name.
        const QByteArray before = checksum(project);
        r = cli({"import-mermaid", project, mmd, "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject added = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(added["name"].toString(), QStringLiteral("Renew an internet contract"));
        QCOMPARE(added["stages"].toInt(), 5);
        QCOMPARE(added["tasks"].toInt(), 22);
        QCOMPARE(added["newPersonas"].toArray().size(), 0);
        QVERIFY(checksum(project) != before);
        QCOMPARE(cli({"check", project}).code, 0);
        const QJsonObject after = QJsonDocument::fromJson(cli({"info", project, "--json"}).out.toUtf8()).object();
        QCOMPARE(after["journeys"].toArray().size(), 3);

        // Broken input: the file and line named, the project unchanged.
        const QByteArray sum = checksum(project);
        const QString bad = path(QStringLiteral("bad.mmd"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("journey\n  section A\n    Make tea: 9: Me\n");
        b.close();
        r = cli({"import-mermaid", project, bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("bad.mmd: line 3: the score of \"Make tea\" is 9; it must be from 1 to 5"),
                 qPrintable(r.err));
        QCOMPARE(cli({"import-mermaid", project, path("missing.mmd")}).code, 1);
        QCOMPARE(cli({"import-mermaid", project}).code, 2);
        QCOMPARE(checksum(project), sum);
        r = cli({"new", path("x.waymark"), "--from-mermaid", bad});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(path("x.waymark")));
        QCOMPARE(cli({"new", path("x.waymark"), "--from-mermaid", mmd, "--template", "sample"}).code, 2);
        QVERIFY(!QFile::exists(path("x.waymark")));
    }

    // export --format json, then new --from-json: the same project, table by table (the core
    // test compares every row; here `info` and the JSON written again); bad JSON names the
    // file and place and writes nothing.
    void jsonEndToEnd()
    {
        const QString project = path(QStringLiteral("json.waymark"));
        QVERIFY(newSample(project));
        QVERIFY(cli({"comment", project, "--on", "Compare offers", "--text", "Stimmt das?"}).code == 0);
        const QByteArray sum = checksum(project);
        const QString json = path(QStringLiteral("json.json"));
        Run r = cli({"export", project, "--format", "json", "-o", json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), json);
        QCOMPARE(checksum(project), sum); // export never changes the project
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        f.close();
        QVERIFY(text.startsWith("{\n  \"waymark\": \"project\",\n  \"format\": 1,\n"));
        QVERIFY(text.contains("\"text\": \"Stimmt das?\""));

        const QString fresh = path(QStringLiteral("from-json.waymark"));
        r = cli({"new", fresh, "--from-json", json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({"check", fresh}).code, 0);
        auto info = [](const QString &file) { // without the file's own name
            return cli({"info", file, "--json"}).out.remove(file);
        };
        QCOMPARE(info(fresh), info(project));
        const QString again = path(QStringLiteral("again.json"));
        QCOMPARE(cli({"export", fresh, "-o", again}).code, 0); // the suffix names the format
        QFile g(again);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), text);

        // Bad JSON: the file and the place named, nothing written, an existing file kept.
        QFile b(path(QStringLiteral("bad.json")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray(text).replace("\"position\": 0,", "\"position\": \"0\","));
        b.close();
        r = cli({"new", fresh, "--from-json", b.fileName(), "--force"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("bad.json: table \"personas\", row 1 (id ") &&
                     r.err.contains("\"position\" must be a number"),
                 qPrintable(r.err));
        QCOMPARE(info(fresh), info(project));
        r = cli({"new", path("y.waymark"), "--from-json", path("missing.json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("missing.json"), qPrintable(r.err));
        QCOMPARE(cli({"new", path("y.waymark"), "--from-json", json, "--template", "sample"}).code, 2);
        QCOMPARE(cli({"new", fresh, "--from-json", json}).code, 1); // exists, no --force
        QVERIFY(!QFile::exists(path("y.waymark")));
        // German: the reason in German, the names as they are.
        r = cli({"new", path("y.waymark"), "--from-json", b.fileName()}, "de_DE.UTF-8");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("muss eine Zahl sein"), qPrintable(r.err));
    }

    // merge BASE MINE THEIRS: comments from both copies combine; the owner both set differently
    // is a conflict that stops the merge until --prefer decides it; unrelated copies, a bad
    // --prefer and an existing OUT are refused, and the three inputs never change.
    void mergeEndToEnd()
    {
        const QString base = path(QStringLiteral("m-base.waymark"));
        const QString mine = path(QStringLiteral("m-mine.waymark"));
        const QString theirs = path(QStringLiteral("m-theirs.waymark"));
        const QString out = path(QStringLiteral("m-out.waymark"));
        QVERIFY(newSample(base));
        QVERIFY(QFile::copy(base, mine) && QFile::copy(base, theirs));
        for (const QString &f : {mine, theirs})
            QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(cli({"comment", mine, "--on", "Compare offers", "--text", "Mine: too long?"}).code, 0);
        QCOMPARE(cli({"journey", mine, "--owner", "Ana"}).code, 0);
        QCOMPARE(cli({"comment", theirs, "--on", "Compare offers", "--text", "Theirs: check GA"}).code, 0);
        QCOMPARE(cli({"journey", theirs, "--owner", "Ben", "--status", "validated"}).code, 0);
        const QByteArray sums = checksum(base) + checksum(mine) + checksum(theirs);

        Run r = cli({"merge", base, mine, theirs, "-o", out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("conflict: journey \"Renew an internet contract\" (changed in both "
                                "copies): mine owner: \"Ana\"; theirs owner: \"Ben\""),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains("1 conflict to decide: choose --prefer mine or --prefer theirs"),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));

        r = cli({"merge", base, mine, theirs, "-o", out, "--prefer", "theirs", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report["out"].toString(), out);
        QCOMPARE(report["conflicts"].toArray().size(), 1);
        const QJsonObject conflict = report["conflicts"].toArray()[0].toObject();
        QCOMPARE(conflict["kind"].toString(), QStringLiteral("both-changed"));
        QCOMPARE(conflict["table"].toString(), QStringLiteral("journeys"));
        QCOMPARE(conflict["fields"].toArray(), QJsonArray{"owner"});
        QCOMPARE(conflict["resolution"].toString(), QStringLiteral("theirs"));
        QVERIFY(report["fromMine"].toInt() >= 2);
        QVERIFY(report["fromTheirs"].toInt() >= 2);
        QCOMPARE(cli({"check", out}).code, 0);
        const QJsonObject info = QJsonDocument::fromJson(cli({"info", out, "--json"}).out.toUtf8()).object();
        const QJsonObject journey = info["journeys"].toArray()[0].toObject();
        QCOMPARE(journey["owner"].toString(), QStringLiteral("Ben"));
        QCOMPARE(journey["status"].toString(), QStringLiteral("validated")); // only theirs set it
        r = cli({"comments", out});
        QVERIFY2(r.out.contains("Mine: too long?") && r.out.contains("Theirs: check GA"), qPrintable(r.out));
        QCOMPARE(checksum(base) + checksum(mine) + checksum(theirs), sums);

        r = cli({"merge", base, mine, theirs, "-o", out, "--prefer", "mine"});
        QCOMPARE(r.code, 1); // OUT exists
        r = cli({"merge", base, mine, theirs, "-o", out, "--prefer", "mine", "--force"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith("Merged into " + out + ": "), qPrintable(r.out));
        QVERIFY(r.out.contains("-> mine"));
        QCOMPARE(cli({"merge", base, mine, theirs, "-o", out, "--prefer", "both"}).code, 2);
        QCOMPARE(cli({"merge", base, mine, theirs}).code, 2);
        QCOMPARE(cli({"merge", base, mine, "-o", out}).code, 2);
        const QString other = path(QStringLiteral("m-other.waymark"));
        QCOMPARE(cli({"new", other}).code, 0);
        r = cli({"merge", base, mine, other, "-o", path("m-x.waymark")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("is not a copy of the same project"), qPrintable(r.err));
        r = cli({"merge", base, mine, other, "-o", path("m-x.waymark")}, "de_DE.UTF-8");
        QVERIFY2(r.err.contains("ist keine Kopie desselben Projekts"), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("m-x.waymark")));
    }

    void linkEndToEnd()
    {
        const QString project = path(QStringLiteral("link.waymark"));
        QVERIFY(newSample(project));
        const QString card = QStringLiteral("Reads the letter about the contract end");
        Run r = cli({"link", project, "--card", card, "--to",
                     "Renew an internet contract (future state)"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Project p = reopenProject(project);
        const Id future = p.journeys[1].id;
        auto linkOf = [&](const Project &x) {
            for (const Card &c : x.journeys[0].cards)
                if (c.text == card) return c.linkedJourney;
            return Id();
        };
        QCOMPARE(linkOf(p), future);
        // Refused: its own journey, an unknown journey, no target; nothing written.
        const QByteArray before = checksum(project);
        r = cli({"link", project, "--card", card, "--to", "Renew an internet contract"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("cannot open its own journey"));
        r = cli({"link", project, "--card", card, "--to", "Onboarding"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("Onboarding"));
        r = cli({"link", project, "--card", card});
        QCOMPARE(r.code, 2);
        QCOMPARE(checksum(project), before);
        QCOMPARE(cli({"link", project, "--card", card, "--none"}).code, 0);
        QVERIFY(linkOf(reopenProject(project)).isNull());
    }

    void opportunitiesEndToEnd()
    {
        const QString project = path(QStringLiteral("opportunities.waymark"));
        QVERIFY(newSample(project));
        Run r = cli({"opportunities", project, "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject j =
            QJsonDocument::fromJson(r.out.toUtf8()).object()["journeys"].toArray()[0].toObject();
        QCOMPARE(j["formula"].toString(), QStringLiteral("(customer + business) / effort"));
        QJsonArray ranked = j["ranked"].toArray();
        QCOMPARE(ranked.size(), 10); // the sample's opportunities and ideas are scored
        QCOMPARE(ranked[0].toObject()["text"].toString(),
                 QStringLiteral("Explain the first bill in plain language"));
        QCOMPARE(ranked[0].toObject()["priority"].toDouble(), 7.0);
        QCOMPARE(ranked[0].toObject()["quadrant"].toString(), QStringLiteral("quick-win"));
        QCOMPARE(ranked[0].toObject()["addresses"].toArray()[0].toString(),
                 QStringLiteral("Pro-rata charges on the first bill confuse customers"));
        // Score one, and point it at another pain point and a stage.
        QCOMPARE(cli({"opportunity", project, "--card", "Referral bonus for both sides",
                      "--customer", "5", "--business", "5", "--effort", "1", "--addresses",
                      "Waiting time on the hotline over 12 minutes", "--addresses",
                      "Stay and recommend"})
                     .code,
                 0);
        r = cli({"opportunities", project, "--json"});
        j = QJsonDocument::fromJson(r.out.toUtf8()).object()["journeys"].toArray()[0].toObject();
        QJsonObject first = j["ranked"].toArray()[0].toObject();
        QCOMPARE(first["text"].toString(), QStringLiteral("Referral bonus for both sides"));
        QCOMPARE(first["priority"].toDouble(), 10.0);
        QCOMPARE(first["addresses"].toArray().size(), 2);
        QVERIFY(first["friction"].toDouble() > 0);
        // Only the effort: the values stay.
        QCOMPARE(cli({"opportunity", project, "--card", "Referral bonus for both sides",
                      "--effort", "5"})
                     .code,
                 0);
        // The formula, set and shown; cleared scores go to the unscored list.
        QCOMPARE(cli({"opportunities", project, "--formula", "customer * business / effort"}).code,
                 0);
        QCOMPARE(cli({"opportunity", project, "--card", "Renewal countdown in the app",
                      "--clear-scores"})
                     .code,
                 0);
        r = cli({"opportunities", project});
        QVERIFY(r.out.contains("priority = customer * business / effort"));
        QVERIFY(r.out.contains("- Renewal countdown in the app  (not scored)"));
        QVERIFY(r.out.contains("Referral bonus for both sides  (Big bet, priority 5.00, C 5 B 5 E 5"));
        // Files: picture, drawing, page, workbook; the PDF says what the page shows.
        for (const char *suffix : {"png", "svg", "pdf", "xlsx"}) {
            const QString out = path(QStringLiteral("matrix.") + QLatin1String(suffix));
            r = cli({"opportunities", project, "-o", out});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
            QVERIFY(QFileInfo(out).size() > 1000);
        }
        {
            QPdfDocument doc;
            QCOMPARE(doc.load(path("matrix.pdf")), QPdfDocument::Error::None);
            const QString text = doc.getAllText(0).text();
            QVERIFY2(text.contains("opportunity matrix") && text.contains("Referral bonus"),
                     qPrintable(text));
            QVERIFY(text.contains("Not scored yet: Renewal countdown in the app"));
        }
        // As a page of the map's PDF, only when asked.
        QCOMPARE(cli({"export", project, "-o", path("map.pdf"), "--matrix"}).code, 0);
        {
            QPdfDocument doc;
            QCOMPARE(doc.load(path("map.pdf")), QPdfDocument::Error::None);
            QCOMPARE(doc.pageCount(), 2);
            QVERIFY(doc.getAllText(1).text().contains("Quick win"));
        }
        // Bad requests change nothing.
        const QByteArray sum = checksum(project);
        QCOMPARE(cli({"opportunities", project, "--formula", "customer * impact"}).code, 1);
        QCOMPARE(cli({"opportunities", project, "-o", path("matrix.doc")}).code, 1);
        QCOMPARE(cli({"opportunity", project, "--effort", "3"}).code, 2); // no card
        QCOMPARE(cli({"opportunity", project, "--card", "Referral bonus for both sides",
                      "--effort", "6"})
                     .code,
                 2);
        QCOMPARE(cli({"opportunity", project, "--card", "Referral bonus for both sides",
                      "--effort", "2", "--clear-scores"})
                     .code,
                 2);
        r = cli({"opportunity", project, "--card", "Tariff page", "--effort", "2"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("opportunities are the cards of opportunities and ideas lanes"));
        QCOMPARE(cli({"opportunity", project, "--card", "Referral bonus for both sides",
                      "--addresses", "No such pain"})
                     .code,
                 1);
        QCOMPARE(checksum(project), sum);
        QVERIFY(!QFileInfo::exists(path("matrix.doc")));
        QCOMPARE(cli({"check", project}).code, 0);
    }

    void snapshotsAndDiffEndToEnd()
    {
        const QString project = path(QStringLiteral("snapshots.waymark"));
        QVERIFY(newSample(project));
        const QString journey = QStringLiteral("Renew an internet contract");
        auto run = [](const QStringList &args) { return cli(args); };
        Run r = run({"snapshot", project, "create", "Before workshop", "--journey", journey});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Took snapshot \"Before workshop\"\n"));
        QCOMPARE(run({"snapshot", project, "create", "Whole project"}).code, 0);

        // Refusals change nothing.
        const QByteArray sum = checksum(project);
        r = run({"snapshot", project, "create", "before WORKSHOP"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(project + QStringLiteral(": There is already a snapshot called "
                                                         "\"Before workshop\".")),
                 qPrintable(r.err));
        QCOMPARE(run({"snapshot", project, "create", "X", "--journey", "Nope"}).code, 1);
        QCOMPARE(run({"snapshot", project, "delete", "Nope"}).code, 1);
        QCOMPARE(run({"snapshot", project, "restore", "Before workshop", "--journey", "Nope"}).code, 1);
        QCOMPARE(run({"snapshot", project, "create"}).code, 2);
        QCOMPARE(run({"snapshot", project, "rename", "A"}).code, 2);
        QCOMPARE(run({"snapshot", project, "list", "extra"}).code, 2);
        QCOMPARE(checksum(project), sum);

        r = run({"snapshot", project, "list", "--json"});
        QCOMPARE(r.code, 0);
        QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object()["snapshots"].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject()["name"].toString(), QStringLiteral("Before workshop"));
        QCOMPARE(list[0].toObject()["journeys"].toArray(), QJsonArray{journey});
        QVERIFY(list[1].toObject()["journey"].isNull());
        QCOMPARE(list[1].toObject()["journeys"].toArray().size(), 2);
        QCOMPARE(list[1].toObject()["reason"].toString(), QStringLiteral("manual"));

        // Values arrive after the snapshot, then change: the second import keeps the old
        // values in an automatic snapshot first.
        const QString csv = path(QStringLiteral("snapshot-kpis.csv"));
        auto writeCsv = [&](const QByteArray &value) {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Touchpoint,Metric,Value\nReminder letter,Drop-off," + value + "\n");
        };
        writeCsv("12");
        QCOMPARE(run({"import-metrics", project, csv}).code, 0);
        writeCsv("31");
        QCOMPARE(run({"import-metrics", project, csv}).code, 0);
        r = run({"snapshot", project, "list"});
        QVERIFY(r.out.contains(QStringLiteral("Before importing \"snapshot-kpis.csv\"")));
        QVERIFY(r.out.contains(QStringLiteral("automatic, before an import")));

        // Compared with the snapshot: no card changed, one value is new.
        r = run({"diff", project, "--from", "snapshot:Before workshop", "--to", journey, "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *k : {"added", "removed", "changed", "moved"})
            QCOMPARE(d[QLatin1String(k)].toArray().size(), 0);
        QJsonArray metrics = d["metrics"].toArray();
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics[0].toObject()["text"].toString(), QStringLiteral("Reminder letter"));
        QVERIFY(metrics[0].toObject()["from"].isNull());
        QCOMPARE(metrics[0].toObject()["to"].toDouble(), 31.0);
        QCOMPARE(d["from"].toString(),
                 journey + QStringLiteral(" (snapshot \"Before workshop\")"));
        // Against the automatic snapshot: 12 -> 31, a delta of 19.
        r = run({"diff", project, "--from",
                 QStringLiteral("snapshot:Before importing \"snapshot-kpis.csv\"/") + journey,
                 "--to", journey, "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        metrics = QJsonDocument::fromJson(r.out.toUtf8()).object()["metrics"].toArray();
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics[0].toObject()["delta"].toDouble(), 19.0);
        const QString pdf = path("comparison.pdf");
        r = run({"diff", project, "--from", "snapshot:Before workshop", "--to", journey, "--pdf",
                 pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Cards: 0 added, 0 removed, 0 changed, 0 moved")));
        {
            QPdfDocument doc;
            QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
            QCOMPARE(doc.pageCount(), 2);
            const QString first = doc.getAllText(0).text();
            QVERIFY2(first.contains(QStringLiteral("From: ") + journey), qPrintable(first));
            QVERIFY(first.contains(QStringLiteral("Reminder letter"))); // the map, searchable
            const QString second = doc.getAllText(1).text();
            QVERIFY2(second.contains(QStringLiteral("Feelings per stage")), qPrintable(second));
            QVERIFY(second.contains(QStringLiteral("Drop-off on \"Reminder letter\": none → 31")));
        }
        Run overlaid = run({"diff", project, "--from", "snapshot:Before workshop", "--to",
                               journey, "--pdf", pdf, "--overlaid"});
        QVERIFY2(overlaid.code == 0, qPrintable(overlaid.err));
        {
            QPdfDocument doc;
            QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
            const QString first = doc.getAllText(0).text().simplified();
            QVERIFY2(first.contains(QStringLiteral("shown dashed")) &&
                         !first.contains(QStringLiteral("From: ")) &&
                         first.contains(QStringLiteral("Reminder letter")),
                     qPrintable(first));
        }
        overlaid = run({"diff", project, "--from", journey, "--to", journey, "--overlaid"});
        QCOMPARE(overlaid.code, 2);
        QVERIFY2(overlaid.err.contains(QStringLiteral("--overlaid needs --pdf")),
                 qPrintable(overlaid.err));
        QCOMPARE(run({"diff", project, "--from", journey, "--to", journey, "--pdf",
                      path("no-such-dir/x.pdf")})
                     .code,
                 1);
        QVERIFY2(r.out.contains(QStringLiteral("Drop-off on \"Reminder letter\": none → 31")),
                 qPrintable(r.out));

        // Restoring brings the journey back as a new one that compares equal to the snapshot.
        r = run({"snapshot", project, "restore", "Whole project", "--journey", journey});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString restored = journey + QStringLiteral(" (restored from \"Whole project\")");
        QCOMPARE(r.out, QStringLiteral("Restored \"%1\"\n").arg(restored));
        r = run({"diff", project, "--from", "snapshot:Before workshop", "--to", restored});
        QVERIFY2(r.out.endsWith(QStringLiteral("No differences.\n")), qPrintable(r.out));
        QCOMPARE(run({"snapshot", project, "delete", "Whole project"}).code, 0);
        QCOMPARE(cli({QStringLiteral("check"), project}).code, 0);

        // Bad names for the sides of a comparison.
        r = run({"diff", project, "--from", "snapshot:Nope", "--to", journey});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no snapshot \"Nope\"")));
        QCOMPARE(run({"diff", project, "--from", "Nope", "--to", journey}).code, 1);
        QCOMPARE(run({"diff", project, "--from", journey}).code, 2);
        QCOMPARE(run({"diff", project, "--from",
                      QStringLiteral("snapshot:Before restoring \"Whole project\""), "--to",
                      journey})
                     .code,
                 1); // a snapshot of a project with two journeys needs one named
    }

    void importMetricsEndToEnd()
    {
        const QString project = path(QStringLiteral("metrics.waymark"));
        QCOMPARE(cli({QStringLiteral("new"), project, QStringLiteral("--template"),
                      QStringLiteral("sample"), QStringLiteral("--force")})
                     .code,
                 0);
        const QString csv = path(QStringLiteral("kpis-import.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Touchpoint;KPI;Wert;Monat\nrenewal-form;Abbruchrate;38,5 %;2026-03\n"
                "Tariff page;CSAT;2,9;2026-03\nrenwal form;CSAT;3;2026-03\n");
        f.close();
        const QByteArray before = checksum(project);
        // A dry run shows what would happen and changes nothing.
        const Run dry = cli({QStringLiteral("import-metrics"), project, csv,
                             QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(plan[QStringLiteral("added")].toInt(), 2);
        QCOMPARE(plan[QStringLiteral("unmatched")].toArray().size(), 1);
        QCOMPARE(plan[QStringLiteral("unmatched")]
                     .toArray()[0]
                     .toObject()[QStringLiteral("suggestion")]
                     .toString(),
                 QStringLiteral("Renewal form"));
        QCOMPARE(checksum(project), before);
        // The import, then the same file again: nothing new.
        const Run first = cli({QStringLiteral("import-metrics"), project, csv});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QStringLiteral("2 new values")));
        QVERIFY(first.out.contains(QStringLiteral("did you mean \"Renewal form\"")));
        const Run again = cli({QStringLiteral("import-metrics"), project, csv});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 new values, 0 changed, 2 unchanged")),
                 qPrintable(again.out));
        QVERIFY(again.out.contains(QStringLiteral("mapping of the last import")));
        QCOMPARE(cli({QStringLiteral("check"), project}).code, 0);
        // The values on an exported map, with the legend.
        const QString pdf = path(QStringLiteral("overlay.pdf"));
        const Run shown = cli({QStringLiteral("export"), project, QStringLiteral("-o"), pdf,
                               QStringLiteral("--overlay"), QStringLiteral("drop-off")});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QPdfDocument doc;
        QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
        const QString text = doc.getAllText(0).text();
        // The metric keeps the name the table gave it.
        QVERIFY2(text.contains(QStringLiteral("Abbruchrate")), qPrintable(text.right(300)));
        QVERIFY(!text.contains(QStringLiteral("Drop-off")));
        QVERIFY(text.contains(QStringLiteral("38.5 %")) || text.contains(QStringLiteral("38,5 %")));
        // The charts follow the map.
        QCOMPARE(doc.pageCount(), 2);
        QVERIFY(text.contains(QStringLiteral("the worst friction points")));
        // Without the charts page and the discs, when asked.
        const QString bare = path(QStringLiteral("overlay-bare.pdf"));
        const Run bareRun =
            cli({QStringLiteral("export"), project, QStringLiteral("-o"), bare,
                 QStringLiteral("--overlay"), QStringLiteral("drop-off"),
                 QStringLiteral("--no-charts"), QStringLiteral("--no-friction-marks")});
        QVERIFY2(bareRun.code == 0, qPrintable(bareRun.err));
        QPdfDocument plain;
        QCOMPARE(plain.load(bare), QPdfDocument::Error::None);
        QCOMPARE(plain.pageCount(), 1);
        QVERIFY(!plain.getAllText(0).text().contains(QStringLiteral("the worst friction points")));
        QVERIFY(plain.getAllText(0).text().contains(QStringLiteral("Abbruchrate")));
        QVERIFY2(
            doc.getAllText(1).text().contains(QStringLiteral("Feeling and Abbruchrate by stage")),
            qPrintable(doc.getAllText(1).text().left(300)));
        // The worst points, ranked and explained, for people and for scripts.
        const Run ranked = cli(
            {QStringLiteral("friction"), project, QStringLiteral("--top"), QStringLiteral("3")});
        QVERIFY2(ranked.code == 0, qPrintable(ranked.err));
        QVERIFY2(
            ranked.out.contains(QStringLiteral("   1. Renewal form (in \"Decide and renew\")")),
            qPrintable(ranked.out));
        QVERIFY2(ranked.out.contains(QStringLiteral("Abbruchrate 38.5 % (critical above 30 %)")),
                 qPrintable(ranked.out));
        QVERIFY(ranked.out.contains(QStringLiteral("   3. ")));
        QVERIFY(!ranked.out.contains(QStringLiteral("   4. ")));
        const auto points = [&](const QStringList &options) {
            const Run r =
                cli(QStringList{QStringLiteral("friction"), project, QStringLiteral("--json")} +
                    options);
            return QJsonDocument::fromJson(r.out.toUtf8())
                .object()[QStringLiteral("journeys")]
                .toArray()[0]
                .toObject()[QStringLiteral("points")]
                .toArray();
        };
        const QJsonObject worst =
            points({QStringLiteral("--period"), QStringLiteral("2026-03")})[0].toObject();
        QCOMPARE(worst[QStringLiteral("label")].toString(), QStringLiteral("Renewal form"));
        QCOMPARE(worst[QStringLiteral("kind")].toString(), QStringLiteral("card"));
        QVERIFY(worst[QStringLiteral("score")].toDouble() > 2);
        QVERIFY(worst[QStringLiteral("reasons")].toArray()[0].toString().contains(
            QStringLiteral("38.5 %")));
        // A period without data ranks only the feelings.
        const QJsonArray none = points({QStringLiteral("--period"), QStringLiteral("2030-01")});
        QVERIFY(!none.isEmpty());
        for (const QJsonValue &v : none)
            QVERIFY(v.toObject()[QStringLiteral("label")].toString() !=
                    QStringLiteral("Renewal form"));
        QCOMPARE(cli({QStringLiteral("friction"), project, QStringLiteral("--top"),
                      QStringLiteral("-1")})
                     .code,
                 2);
        const Run noJourney = cli({QStringLiteral("friction"), project, QStringLiteral("--journey"),
                                   QStringLiteral("Nope")});
        QCOMPARE(noJourney.code, 1);
        QVERIFY(noJourney.err.contains(QStringLiteral("no journey \"Nope\"")));
        // A bad value refuses the whole import, naming file, row and column.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("Touchpoint;KPI;Wert;Monat\nrenewal-form;CSAT;viel;2026-04\n");
        f.close();
        const QByteArray imported = checksum(project);
        const Run bad = cli({QStringLiteral("import-metrics"), project, csv});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(csv + QStringLiteral(":2:3: \"viel\" is not a number")),
                 qPrintable(bad.err));
        QCOMPARE(checksum(project), imported);
        QCOMPARE(cli({QStringLiteral("import-metrics"), project}).code, 2);
    }

    void importUpgradesAnOlderFileAndSaysSo()
    {
        const QString project = path(QStringLiteral("format1.waymark"));
        QFile::remove(project);
        QVERIFY(
            QFile::copy(QStringLiteral(WAYMARK_TESTDATA "/projects/format-1.waymark"), project));
        QVERIFY(QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray original = checksum(project);
        const QString csv = path(QStringLiteral("q3.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Touchpoint;KPI;Quartal;Wert\nrenewal-form;Abbruchrate;2026-Q3;25 %\n");
        f.close();
        // A dry run reads the old file and leaves it alone.
        QCOMPARE(
            cli({QStringLiteral("import-metrics"), project, csv, QStringLiteral("--dry-run")}).code,
            0);
        QCOMPARE(checksum(project), original);
        const Run r = cli({QStringLiteral("import-metrics"), project, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString backup = path(QStringLiteral("format1 (before upgrade, format 1).waymark"));
        QVERIFY2(
            r.out.contains(
                QStringLiteral("upgraded to format %1").arg(SchemaPlan::builtIn().currentVersion)),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 new value, 0 changed, 0 unchanged\n")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(backup));
        QCOMPARE(checksum(backup), original);
        const Run checked = cli({QStringLiteral("check"), project});
        QCOMPARE(checked.code, 0);
        QVERIFY(checked.out.contains(
            QStringLiteral("file format %1").arg(SchemaPlan::builtIn().currentVersion)));
        const Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8())
                     .object()[QStringLiteral("schemaVersion")]
                     .toInt(),
                 SchemaPlan::builtIn().currentVersion);
    }

    // Two processes, one file: an import while the application (or another waymark-cli)
    // holds the file is refused, naming the holder, and changes nothing.
    void importRefusedWhileAnotherProcessHoldsTheFile_data()
    {
        QTest::addColumn<QByteArray>("holder");
        QTest::addColumn<QString>("message");
        QTest::newRow("application")
            << QByteArray("waymark") << QStringLiteral("open in another Waymark window (process ");
        QTest::newRow("cli") << QByteArray("waymark-cli")
                             << QStringLiteral("being changed by waymark-cli (process ");
    }
    void importRefusedWhileAnotherProcessHoldsTheFile()
    {
        QFETCH(QByteArray, holder);
        QFETCH(QString, message);
        const QString project = path(QStringLiteral("held-%1.waymark").arg(QLatin1String(holder)));
        QVERIFY(newSample(project));
        const QByteArray before = checksum(project);
        // A process of the holder's name stands in for it (QLockFile checks the name).
        const QString standIn =
            path(QLatin1String(holder) + QStringLiteral("-standin/")) + QLatin1String(holder);
        QVERIFY(QDir().mkpath(QFileInfo(standIn).path()));
        QVERIFY(QFile::exists(standIn) || QFile::copy(QStringLiteral("/bin/sleep"), standIn));
        QFile::setPermissions(standIn, QFile::ReadOwner | QFile::ExeOwner);
        QProcess live;
        live.start(standIn, {QStringLiteral("30")});
        QVERIFY(live.waitForStarted());
        {
            QFile lock(project + QStringLiteral(".lock"));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(QByteArray::number(live.processId()) + "\n" + holder + "\n" +
                       QSysInfo::machineHostName().toUtf8() + "\n" + QSysInfo::machineUniqueId() +
                       "\n" + QSysInfo::bootUniqueId() + "\n");
        }
        const Run r = cli({QStringLiteral("import-metrics"), project,
                           QStringLiteral(WAYMARK_TESTDATA "/tables/kpis-en-long.csv")});
        const qint64 pid = live.processId();
        live.kill();
        live.waitForFinished();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message + QString::number(pid)), qPrintable(r.err));
        QCOMPARE(checksum(project), before);
        // Once the holder is gone its lock is stale, and the import goes through.
        const Run again = cli({QStringLiteral("import-metrics"), project,
                               QStringLiteral(WAYMARK_TESTDATA "/tables/kpis-en-long.csv")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
    }

    void importRefusesWhatItCannotUse()
    {
        const QString project = path(QStringLiteral("refuse.waymark"));
        QVERIFY(newSample(project));
        const QByteArray before = checksum(project);
        // A contact list is no KPI table: refused with what was expected, exit code 1.
        const QString contacts = path(QStringLiteral("contacts.csv"));
        QFile f(contacts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Name;E-Mail;Telefon\nAnna;anna@example.org;0171 1234567\n");
        f.close();
        const Run r = cli({QStringLiteral("import-metrics"), project, contacts});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("contacts.csv: the table has no metric columns")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Expected a column of numbers")));
        QCOMPARE(checksum(project), before);
        // An open quote names the line it opened on; nothing is read as rows.
        const QString broken = path(QStringLiteral("open-quote.csv"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("Touchpoint,CSAT\nhotline,2.2\n\"shop,4.5\nportal,3.9\n");
        b.close();
        const Run table = cli({QStringLiteral("table"), broken});
        QCOMPARE(table.code, 1);
        QVERIFY2(table.err.contains(QStringLiteral("open-quote.csv: line 3: a quoted field starts "
                                                   "here and is never closed")),
                 qPrintable(table.err));
        QVERIFY(!table.out.contains(QStringLiteral("row")));
        QCOMPARE(cli({QStringLiteral("import-metrics"), project, broken}).code, 1);
        QCOMPARE(checksum(project), before);
        // --direction must say higher or lower.
        const Run usage = cli({QStringLiteral("import-metrics"), project, contacts,
                               QStringLiteral("--direction"), QStringLiteral("Score")});
        QCOMPARE(usage.code, 2);
        QVERIFY(usage.err.contains(QStringLiteral("NAME=higher")));
    }

    void undecidedMetricsAreAskedFor()
    {
        const QString project = path(QStringLiteral("undecided.waymark"));
        QVERIFY(newSample(project));
        const QString csv = path(QStringLiteral("score.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Touchpoint,Score X\nhotline,1\nshop,4\ntariff-page,3\n");
        f.close();
        // Imported, reported as not judged, and friction says it left the metric out.
        const Run first = cli({QStringLiteral("import-metrics"), project, csv});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("--direction \"Score X=higher\"")),
                 qPrintable(first.out));
        const auto leftOut = [&] {
            const Run r = cli({QStringLiteral("friction"), project, QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out.toUtf8())
                .object()[QStringLiteral("journeys")]
                .toArray()[0]
                .toObject()[QStringLiteral("leftOut")]
                .toArray();
        };
        QCOMPARE(leftOut().size(), 1);
        QCOMPARE(leftOut()[0].toObject()[QStringLiteral("metric")].toString(),
                 QStringLiteral("Score X"));
        QVERIFY(cli({QStringLiteral("friction"), project})
                    .out.contains(QStringLiteral("Left out: Score X, because nobody has said")));
        // The user decides; the decision is kept and the metric is judged from now on.
        const Run decided =
            cli({QStringLiteral("import-metrics"), project, csv, QStringLiteral("--direction"),
                 QStringLiteral("Score X=lower"), QStringLiteral("--json")});
        QCOMPARE(decided.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(decided.out.toUtf8()).object();
        QCOMPARE(plan[QStringLiteral("metrics")]
                     .toArray()[0]
                     .toObject()[QStringLiteral("direction")]
                     .toString(),
                 QStringLiteral("lower"));
        QCOMPARE(leftOut().size(), 0);
        const Run ranked = cli({QStringLiteral("friction"), project});
        QVERIFY2(ranked.out.contains(QStringLiteral("Score X 4 (critical above 3)")),
                 qPrintable(ranked.out));
    }

    void helpOnEachCommand()
    {
        for (const QString &cmd :
             {QStringLiteral("new"), QStringLiteral("info"), QStringLiteral("check"),
              QStringLiteral("export-personas"), QStringLiteral("export"), QStringLiteral("table"),
              QStringLiteral("import-metrics"), QStringLiteral("friction")}) {
            const Run r = cli({cmd, QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("FILE")), qPrintable(r.out));
            // The usage line names the program and the subcommand, not the binary's path.
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: waymark-cli %1 [options]").arg(cmd)),
                     qPrintable(r.out.section(u'\n', 0, 0)));
            QVERIFY(!r.out.section(u'\n', 0, 0).contains(u'/'));
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
        QVERIFY(newSample(file));
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
        // The friction ranking of a German project, explained in German.
        const QString project = path(QStringLiteral("reibung.waymark"));
        QCOMPARE(cli({QStringLiteral("new"), project, QStringLiteral("--template"),
                      QStringLiteral("sample"), QStringLiteral("--lang"), QStringLiteral("de"),
                      QStringLiteral("--force")})
                     .code,
                 0);
        const QString csv = path(QStringLiteral("kennzahlen.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Touchpoint;Kennzahl;Wert\nrenewal-form;Abbruchrate;38,5 %\n");
        f.close();
        const Run imported = cli({QStringLiteral("import-metrics"), project, csv}, "de_DE.UTF-8");
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(
                     QStringLiteral("1 neuer Wert, 0 geändert, 0 unverändert, 1 neue Kennzahl")),
                 qPrintable(imported.out));
        const Run ranked =
            cli({QStringLiteral("friction"), project, QStringLiteral("--top"), QStringLiteral("1")},
                "de_DE.UTF-8");
        QCOMPARE(ranked.code, 0);
        QVERIFY2(ranked.out.contains(QStringLiteral("1. Verlängerungsformular (in „Entscheiden und "
                                                    "verlängern“) – Reibung")),
                 qPrintable(ranked.out));
        QVERIFY2(ranked.out.contains(QStringLiteral("kritisch über 30 %")), qPrintable(ranked.out));
        // Numbers in German style: "Reibung 2,9".
        QVERIFY2(ranked.out.contains(QRegularExpression(QStringLiteral("Reibung \\d,\\d"))),
                 qPrintable(ranked.out));
    }

    // analyze needs no project; its JSON has the figures of DEFINITIONS.md.
    void analyzeEventLog()
    {
        const QString log = QStringLiteral(WAYMARK_TESTDATA "/eventlogs/pm4py-running-example.csv");
        const Run r = cli({QStringLiteral("analyze"), log, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("cases")).toInt(), 6);
        QCOMPARE(root.value(QStringLiteral("events")).toInt(), 42);
        QCOMPARE(root.value(QStringLiteral("columns")).toObject().value(QStringLiteral("case")),
                 QJsonValue(QStringLiteral("case:concept:name")));
        const QJsonArray touchpoints = root.value(QStringLiteral("touchpoints")).toArray();
        QCOMPARE(touchpoints.size(), 8);
        QJsonObject register_;
        for (const QJsonValue &t : touchpoints)
            if (t[QStringLiteral("touchpoint")] == QStringLiteral("register request"))
                register_ = t.toObject();
        QCOMPARE(register_.value(QStringLiteral("entries")).toInt(), 6);
        QCOMPARE(register_.value(QStringLiteral("reach")).toInt(), 6);
        QVERIFY(register_.value(QStringLiteral("median_dwell_s")).isDouble());
        // Touchpoints where no case goes on have no dwell time: null, not 0.
        for (const QJsonValue &t : touchpoints)
            if (t[QStringLiteral("touchpoint")] == QStringLiteral("reject request"))
                QVERIFY(t[QStringLiteral("median_dwell_s")].isNull());
        QCOMPARE(root.value(QStringLiteral("variants")).toArray().size(), 6);
        QVERIFY(root.value(QStringLiteral("transitions")).toArray().size() > 5);
        // The text report, in German too.
        const Run de = cli({QStringLiteral("analyze"), log}, "de_DE.UTF-8");
        QCOMPARE(de.code, 0);
        QVERIFY2(de.out.contains(QStringLiteral("42 Ereignisse von 6 F\u00e4llen")),
                 qPrintable(de.out));
    }

    void newFromEvents()
    {
        const QString file = path(QStringLiteral("drafted.waymark"));
        Run r = cli({QStringLiteral("new"), file, QStringLiteral("--from-events"),
                     QStringLiteral(WAYMARK_TESTDATA "/eventlogs/renewal-events.csv"),
                     QStringLiteral("--stages"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("12 touchpoint")), qPrintable(r.out));
        r = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info[QStringLiteral("journeys")].toArray().size(), 1);
        QCOMPARE(info[QStringLiteral("journeys")][0][QStringLiteral("stages")].toInt(), 3);
        QCOMPARE(cli({QStringLiteral("check"), file}).code, 0);
        r = cli({QStringLiteral("friction"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8())
                     .object()[QStringLiteral("journeys")][0][QStringLiteral("points")]
                     .toArray()
                     .isEmpty());
        // The PDF has a page with the log's flow after the map; --no-flow leaves it out.
        const QString pdf = path(QStringLiteral("drafted.pdf")),
                      plain = path(QStringLiteral("drafted-plain.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("-o"), pdf}).code, 0);
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("-o"), plain,
                      QStringLiteral("--no-flow")})
                     .code,
                 0);
        QPdfDocument withFlow, without;
        QCOMPARE(withFlow.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(without.load(plain), QPdfDocument::Error::None);
        QCOMPARE(withFlow.pageCount(), without.pageCount() + 1);
        const QString flowText = withFlow.getAllText(withFlow.pageCount() - 1).text();
        QVERIFY2(flowText.contains(QStringLiteral("flow")) &&
                     flowText.contains(QStringLiteral("tariff-page")),
                 qPrintable(flowText));
        // analyze draws the flow too.
        r = cli({QStringLiteral("analyze"),
                 QStringLiteral(WAYMARK_TESTDATA "/eventlogs/renewal-events.csv"),
                 QStringLiteral("--flow"), path(QStringLiteral("flow.svg"))});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo(path(QStringLiteral("flow.svg"))).size() > 1000);
        // Stages by a column of the log; an unknown column is a usage error.
        const QString staged = path(QStringLiteral("staged.csv"));
        {
            QFile f(staged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("case,time,activity,step\n1,2026-01-01T10:00:00Z,Ad,Look\n"
                    "1,2026-01-01T10:03:00Z,Cart,Buy\n2,2026-01-01T10:00:00Z,Ad,Look\n");
        }
        const QString byColumn = path(QStringLiteral("bycolumn.waymark"));
        r = cli({QStringLiteral("new"), byColumn, QStringLiteral("--from-events"), staged,
                 QStringLiteral("--stage-column"), QStringLiteral("step")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("export"), byColumn, QStringLiteral("-o"),
                 path(QStringLiteral("bycolumn.csv"))});
        QFile exported(path(QStringLiteral("bycolumn.csv")));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString cards = QString::fromUtf8(exported.readAll());
        QVERIFY2(cards.contains(QStringLiteral(",Look,Touchpoints,Ad,")) &&
                     cards.contains(QStringLiteral(",Buy,Touchpoints,Cart,")),
                 qPrintable(cards));
        r = cli({QStringLiteral("new"), path(QStringLiteral("x.waymark")),
                 QStringLiteral("--from-events"), staged, QStringLiteral("--stage-column"),
                 QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        // A bad log creates no file.
        const QString none = path(QStringLiteral("none.waymark"));
        r = cli({QStringLiteral("new"), none, QStringLiteral("--from-events"),
                 path(QStringLiteral("missing.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFileInfo::exists(none));
    }

    void analyzeRefusesBadInput()
    {
        const QString log = path(QStringLiteral("bad-events.csv"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("customer_id,timestamp,touchpoint\nK1,2026-01-01T10:00:00Z,Hotline\n"
                "K2,next week,Hotline\n");
        f.close();
        Run r = cli({QStringLiteral("analyze"), log});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(log) && r.err.contains(QStringLiteral("line 3")) &&
                     r.err.contains(QStringLiteral("next week")),
                 qPrintable(r.err));
        // With a higher threshold the row is left out and named.
        r = cli(
            {QStringLiteral("analyze"), log, QStringLiteral("--max-bad"), QStringLiteral("60")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("bad-events.csv:3:")), qPrintable(r.err));
        r = cli(
            {QStringLiteral("analyze"), log, QStringLiteral("--tz"), QStringLiteral("Mars/Base")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("analyze"), log, QStringLiteral("--case"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("customer_id, timestamp, touchpoint")));
        r = cli({QStringLiteral("analyze"), path(QStringLiteral("missing.csv"))});
        QCOMPARE(r.code, 1);
    }

    // `analyze` of a file runs in the launcher without the commands' module; it must say
    // exactly what the full command set says, figures, messages and exit codes alike.
    void quickAnalyzeMatchesFullCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("lang");
        QTest::addColumn<int>("code");
        const QString dir = QStringLiteral(WAYMARK_TESTDATA "/eventlogs/");
        const QString pm4py = dir + QStringLiteral("pm4py-running-example.csv");
        const QString renewal = dir + QStringLiteral("renewal-events.csv");
        const QString bad = path(QStringLiteral("quick-bad.csv"));
        QFile f(bad);
        if (f.open(QIODevice::WriteOnly))
            f.write("customer_id,timestamp,touchpoint\nK1,2026-01-01T10:00:00Z,Hotline\n"
                    "K1,2026-01-01T11:00:00Z,Shop\nK2,next week,Hotline\n");
        f.close();
        const QByteArray en = "C.UTF-8", de = "de_DE.UTF-8";
        const auto row = [](const char *name, QStringList args, QByteArray lang, int code) {
            QTest::newRow(name) << args << lang << code;
        };
        row("json", {QStringLiteral("analyze"), pm4py, QStringLiteral("--json")}, en, 0);
        row("text", {QStringLiteral("analyze"), pm4py}, en, 0);
        row("text de", {QStringLiteral("analyze"), pm4py}, de, 0);
        row("lifecycle",
            {QStringLiteral("analyze"), dir + QStringLiteral("bupar-patients-120.csv"),
             QStringLiteral("--json"), QStringLiteral("--variants=0")},
            en, 0);
        row("segment, period, zone",
            {QStringLiteral("analyze"), renewal, QStringLiteral("--segment"),
             QStringLiteral("segment"), QStringLiteral("--period"), QStringLiteral("month"),
             QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"), QStringLiteral("--json")},
            en, 0);
        row("bad rows named",
            {QStringLiteral("analyze"), bad, QStringLiteral("--max-bad"), QStringLiteral("40")}, en,
            0);
        row("too many bad rows", {QStringLiteral("analyze"), bad}, de, 1);
        row("no such column",
            {QStringLiteral("analyze"), pm4py, QStringLiteral("--case"), QStringLiteral("nope")},
            de, 2);
        row("unknown zone",
            {QStringLiteral("analyze"), pm4py, QStringLiteral("--tz"), QStringLiteral("Mars/Base")},
            en, 2);
        row("bad --variants",
            {QStringLiteral("analyze"), pm4py, QStringLiteral("--variants"),
             QStringLiteral("many")},
            en, 2);
        row("unknown option", {QStringLiteral("analyze"), pm4py, QStringLiteral("--bogus")}, en, 2);
        row("two logs", {QStringLiteral("analyze"), pm4py, renewal}, en, 2);
        row("missing file", {QStringLiteral("analyze"), path(QStringLiteral("none.csv"))}, de, 1);
    }

    void quickAnalyzeMatchesFullCommands()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, lang);
        QFETCH(int, code);
        const Run quick = cli(args, lang);
        const Run full = cli(args, lang, {QStringLiteral("WAYMARK_CLI_FULL=1")});
        QCOMPARE(quick.code, code);
        QCOMPARE(full.code, code);
        QCOMPARE(quick.out, full.out);
        QCOMPARE(quick.err, full.err);
        QVERIFY(!quick.out.isEmpty() || !quick.err.isEmpty());
    }

    // Which libraries each way loads (the dynamic loader's own account): the quick analyze
    // none of Qt Gui, Network or Sql; the full command set loads them, so the check can fail.
    void quickAnalyzeLoadsQtCoreOnly()
    {
        const QString log = QStringLiteral(WAYMARK_TESTDATA "/eventlogs/pm4py-running-example.csv");
        const auto loaded = [&](const QStringList &extra) {
            QTemporaryDir trace;
            const Run r = cli({QStringLiteral("analyze"), log, QStringLiteral("--json")}, "C.UTF-8",
                              extra + QStringList{QStringLiteral("LD_DEBUG=files"),
                                                  QStringLiteral("LD_DEBUG_OUTPUT=") +
                                                      trace.filePath(QStringLiteral("ld"))});
            QByteArray all;
            for (const QFileInfo &i : QDir(trace.path()).entryInfoList(QDir::Files)) {
                QFile f(i.filePath());
                if (f.open(QIODevice::ReadOnly)) all += f.readAll();
            }
            return r.code == 0 ? all : QByteArray("failed: ") + r.err.toUtf8();
        };
        const QByteArray quick = loaded({});
        QVERIFY2(quick.contains("libQt6Core.so"), quick.left(300).constData());
        for (const char *lib :
             {"libQt6Gui.so", "libQt6Network.so", "libQt6Sql.so", "waymark-cli-commands.so"})
            QVERIFY2(!quick.contains(lib), lib);
        const QByteArray full = loaded({QStringLiteral("WAYMARK_CLI_FULL=1")});
        QVERIFY(full.contains("libQt6Gui.so"));
        QVERIFY(full.contains("waymark-cli-commands.so"));
    }

    // A launcher without its module (a broken installation) says which file is missing;
    // the quick analyze still works.
    void launcherWithoutModule()
    {
        const QString lone = path(QStringLiteral("lone/bin/waymark-cli"));
        QVERIFY(QDir().mkpath(QFileInfo(lone).path()));
        QVERIFY(QFile::copy(QStringLiteral(WAYMARK_CLI_PATH), lone));
        Run r = cli({QStringLiteral("--version")}, "C.UTF-8", {}, lone);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("waymark-cli: error: ")) &&
                     r.err.contains(QStringLiteral("waymark-cli-commands.so")) &&
                     r.err.contains(QStringLiteral("installation is incomplete")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("info"), path(QStringLiteral("x.waymark"))}, "de_DE.UTF-8", {},
                lone);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("die Installation ist unvollständig")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("analyze"),
                 QStringLiteral(WAYMARK_TESTDATA "/eventlogs/pm4py-running-example.csv"),
                 QStringLiteral("--json")},
                "C.UTF-8", {}, lone);
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("events")),
                 QJsonValue(42));
    }

    // import-events and import-survey put figures on the sample's cards; friction ranks
    // them; a re-import changes nothing; a refused file leaves the project as it was.
    void importEventsAndSurvey()
    {
        const QString file = path(QStringLiteral("events.waymark"));
        QVERIFY(newSample(file));
        const QString dir = QStringLiteral(WAYMARK_TESTDATA "/eventlogs/");
        Run r =
            cli({QStringLiteral("import-events"), file, dir + QStringLiteral("renewal-events.csv"),
                 QStringLiteral("--period"), QStringLiteral("month"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(plan.value(QStringLiteral("added")).toInt() > 100);
        QCOMPARE(plan.value(QStringLiteral("unmatched")).toArray().size(), 0);
        r = cli(
            {QStringLiteral("import-survey"), file, dir + QStringLiteral("renewal-survey.csv")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("import-survey"), file,
                 dir + QStringLiteral("renewal-contacts.csv"), QStringLiteral("--contacts")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("friction"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray points =
            QJsonDocument::fromJson(r.out.toUtf8())
                .object()[QStringLiteral("journeys")][0][QStringLiteral("points")]
                .toArray();
        QVERIFY(!points.isEmpty());
        // The hotline ranks high, with reasons from the survey and the contact records.
        QJsonArray hotlineReasons;
        for (qsizetype i = 0; i < points.size() && i < 3; ++i)
            if (points[i][QStringLiteral("label")] == QStringLiteral("Hotline"))
                hotlineReasons = points[i][QStringLiteral("reasons")].toArray();
        const QString reasons = QString::fromUtf8(QJsonDocument(hotlineReasons).toJson());
        QVERIFY2(reasons.contains(QStringLiteral("CSAT")) &&
                     reasons.contains(QStringLiteral("First contact resolution")),
                 qPrintable(r.out));
        // Again: nothing changes.
        r = cli({QStringLiteral("import-events"), file, dir + QStringLiteral("renewal-events.csv"),
                 QStringLiteral("--period"), QStringLiteral("month"), QStringLiteral("--json")});
        plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(plan.value(QStringLiteral("changed")).toInt(), 0);
        // A survey with scores off the scale is refused; the file stays as it was.
        const QByteArray before = checksum(file);
        const QString bad = path(QStringLiteral("bad-survey.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("touchpoint,nps\nhotline,11\nhotline,12\nhotline,9\n");
        f.close();
        r = cli({QStringLiteral("import-survey"), file, bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 2: \"11\" is not a score from 0 to 10")),
                 qPrintable(r.err));
        QCOMPARE(checksum(file), before);
        // Unmatched activities are listed by name, without row numbers of their own.
        const QString other = path(QStringLiteral("other.csv"));
        QFile o(other);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write("case,time,activity\n1,2026-01-01T10:00:00Z,hotlin\n1,2026-01-01T10:05:00Z,Moon\n");
        o.close();
        r = cli({QStringLiteral("import-events"), file, other, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("other.csv: no card or stage \"Moon\"")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QStringLiteral("no card or stage \"hotlin\"; did you mean \"Hotline\"?")),
                 qPrintable(r.out));
        QCOMPARE(checksum(file), before);
    }

    // Contacts by month and segment, survey dates by quarter: the stored values carry the
    // periods and segments the overlay's choosers offer.
    void importContactsAndSurveyByPeriod()
    {
        const QString file = path(QStringLiteral("periods.waymark"));
        QVERIFY(newSample(file));
        const QString contacts = path(QStringLiteral("contacts-by-month.csv"));
        {
            QFile f(contacts);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Kunde;Zeitstempel;Kanal;Anliegen;Segment\n"
                    "c1;30.03.2026 09:00;phone;billing;Retail\n"
                    "c1;02.04.2026 09:00;phone;billing;Retail\n"
                    "c2;01.04.2026 09:00;phone;move;Business\n");
        }
        const QByteArray before = checksum(file);
        Run r = cli({QStringLiteral("import-survey"), file, contacts, QStringLiteral("--contacts"),
                     QStringLiteral("--cut"), QStringLiteral("fortnight")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--cut expects week, month, quarter or none")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("import-survey"), file, contacts, QStringLiteral("--contacts"),
                 QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown time zone")), qPrintable(r.err));
        QCOMPARE(checksum(file), before);
        r = cli({QStringLiteral("import-survey"), file, contacts, QStringLiteral("--contacts"),
                 QStringLiteral("--cut"), QStringLiteral("month"), QStringLiteral("--tz"),
                 QStringLiteral("Europe/Berlin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString survey = path(QStringLiteral("survey-dates.csv"));
        {
            QFile f(survey);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("touchpoint,submitted_at,csat\n"
                    "hotline,2026-03-15T10:00:00Z,5\n"
                    "hotline,2026-04-02T10:00:00Z,1\n"
                    "hotline,2026-05-20T10:00:00Z,5\n");
        }
        r = cli({QStringLiteral("import-survey"), file, survey, QStringLiteral("--cut"),
                 QStringLiteral("quarter")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Project p;
        {
            OpenResult opened;
            auto store = Store::open(file, Store::Access::ReadOnly, &opened);
            QString error;
            QVERIFY(store && store->load(&p, &error));
        }
        const auto valueOf = [&](const QString &metric, const QString &period,
                                 const QString &segment) {
            QList<double> found; // on whichever card the values went
            for (const MetricDefinition &m : p.metrics)
                if (m.name == metric)
                    for (const Observation &o : p.observations)
                        if (o.metricId == m.id && o.period == period && o.segment == segment)
                            found.append(o.value);
            return found;
        };
        const QString rate = QStringLiteral("Repeat contact rate");
        QCOMPARE(valueOf(rate, {}, {}), QList<double>{100.0 / 3});
        QCOMPARE(valueOf(rate, QStringLiteral("2026-03"), {}), QList<double>{0.0});
        QCOMPARE(valueOf(rate, QStringLiteral("2026-04"), {}), QList<double>{50.0});
        QCOMPARE(valueOf(rate, QStringLiteral("2026-04"), QStringLiteral("Retail")),
                 QList<double>{100.0});
        QCOMPARE(valueOf(rate, {}, QStringLiteral("Business")), QList<double>{0.0});
        const QString csat = QStringLiteral("CSAT");
        QCOMPARE(valueOf(csat, QStringLiteral("2026-Q1"), {}), QList<double>{100.0});
        QCOMPARE(valueOf(csat, QStringLiteral("2026-Q2"), {}), QList<double>{50.0});
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
