// SPDX-License-Identifier: GPL-3.0-or-later
// The template gallery: every template in both languages, complete bilingual texts, the lane
// hints (stored, upgraded from schema 7, in JSON of schema 7 and 8, on screen but never in an
// export) and `waymark-cli new --list-templates / --template`.
#undef QT_NO_CAST_FROM_ASCII
#include "../cliproc.h"
#include "../docutil.h"

#include "document/gallery.h"
#include "document/templates.h"
#include "io/mapexport.h"
#include "render/maprenderer.h"
#include "storage/projectjson.h"
#include "storage/schema.h"

#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

// Every string under a key that holds words for people (not ids, kinds or colours).
void collectTexts(const QJsonValue &v, const QString &key, QStringList *monolingual, int *bilingual)
{
    static const QStringList textKeys = {"name", "description", "goal", "title", "hint", "text"};
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectTexts(x, key, monolingual, bilingual);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.size() == 2 && o.value("en").isString() && o.value("de").isString()) {
            QVERIFY2(!o.value("en").toString().isEmpty() && !o.value("de").toString().isEmpty(),
                     qPrintable(key));
            ++*bilingual;
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            collectTexts(it.value(), it.key(), monolingual, bilingual);
    } else if (v.isString() && textKeys.contains(key)) {
        monolingual->append(key + ": " + v.toString());
    }
}

} // namespace

class TestGallery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void everyTemplateInBothLanguages()
    {
        const QList<GalleryTemplate> &all = Gallery::all();
        QStringList ids;
        for (const GalleryTemplate &t : all)
            ids << t.id;
        // The list, in its order.
        QCOMPARE(ids, QStringList({"five-phases", "onboarding", "online-purchase", "support-case",
                                   "contract-renewal", "moving-house", "b2b-procurement",
                                   "patient-journey", "employee-onboarding", "service-blueprint",
                                   "blank"}));
        for (const GalleryTemplate &t : all) {
            QVERIFY(!t.nameEn.isEmpty() && !t.nameDe.isEmpty());
            QVERIFY2(t.descriptionEn != t.descriptionDe, qPrintable(t.id));
            Project en, de;
            QString error;
            QVERIFY2(Gallery::create(t.id, "Title", "en", &en, &error), qPrintable(error));
            QVERIFY2(Gallery::create(t.id, "Titel", "de", &de, &error), qPrintable(error));
            QCOMPARE(en.info.title, QString("Title"));
            QCOMPARE(de.info.language, QString("de"));
            QVERIFY(!en.journeys.isEmpty());
            QCOMPARE(en.journeys.size(), de.journeys.size());
            const Journey &je = en.journeys[0], &jd = de.journeys[0];
            // The same map in two languages: the same shape, other words.
            QCOMPARE(je.stages.size(), jd.stages.size());
            QCOMPARE(je.lanes.size(), jd.lanes.size());
            QCOMPARE(je.cards.size(), jd.cards.size());
            QVERIFY2(journeyTexts(je) != journeyTexts(jd), qPrintable(t.id));
            for (int l = 0; l < je.lanes.size(); ++l) {
                QCOMPARE(je.lanes[l].kind, jd.lanes[l].kind);
                QVERIFY2(!je.lanes[l].hint.isEmpty() && !jd.lanes[l].hint.isEmpty(),
                         qPrintable(t.id + ": " + je.lanes[l].title));
                QVERIFY(je.lanes[l].hint != jd.lanes[l].hint);
            }
            if (t.id == "blank") {
                QCOMPARE(je.cards.size(), 0);
                continue;
            }
            // Example cards that show what goes where, and a feeling for every stage.
            QVERIFY2(je.cards.size() >= 10, qPrintable(t.id));
            QVERIFY(je.stages.size() >= 5);
            const int feelings = laneOf(je, LaneKind::Feelings);
            if (t.id == "five-phases" || t.id == "service-blueprint") continue;
            QVERIFY2(feelings >= 0, qPrintable(t.id));
            QSet<Id> felt;
            for (const Card &c : je.cards)
                if (c.laneId == je.lanes[feelings].id && c.emotion) felt.insert(c.stageId);
            QCOMPARE(felt.size(), je.stages.size());
        }
    }

    void templateFilesAreBilingualThroughout()
    {
        int files = 0;
        for (QDirIterator it(":/waymark/templates"); it.hasNext();) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            QCOMPARE(o.value("format").toString(), QString("waymark-template-1"));
            QVERIFY(Gallery::find(o.value("id").toString()));
            QCOMPARE(o.value("id").toString() + ".json", QFileInfo(f.fileName()).fileName());
            QStringList monolingual;
            int bilingual = 0;
            collectTexts(o, {}, &monolingual, &bilingual);
            QVERIFY2(monolingual.isEmpty(), qPrintable(f.fileName() + ": " + monolingual.join("; ")));
            QVERIFY(bilingual > 20);
            ++files;
        }
        QCOMPARE(files, 7);
    }

    void inLanguagePicksOnlyPairs()
    {
        const QJsonObject in{{"a", QJsonObject{{"en", "yes"}, {"de", "ja"}}},
                             {"b", QJsonObject{{"en", "x"}, {"de", "y"}, {"fr", "z"}}},
                             {"c", QJsonArray{QJsonObject{{"en", "1"}, {"de", "eins"}}, 2}},
                             {"d", QJsonObject{{"en", 1}, {"de", 2}}}};
        const QJsonObject de = Gallery::inLanguage(in, "de").toObject();
        QCOMPARE(de.value("a").toString(), QString("ja"));
        QCOMPARE(de.value("b").toObject().size(), 3); // not a pair: kept
        QCOMPARE(de.value("c").toArray()[0].toString(), QString("eins"));
        QCOMPARE(de.value("c").toArray()[1].toInt(), 2);
        QCOMPARE(de.value("d").toObject().value("de").toInt(), 2); // numbers: not texts
        // Another language: English.
        QCOMPARE(Gallery::inLanguage(in, "fr").toObject().value("a").toString(), QString("yes"));
    }

    void unknownTemplateSaysWhichExist()
    {
        Project p;
        QString error;
        QVERIFY(!Gallery::create("nope", "T", "en", &p, &error));
        QVERIFY2(error.contains("unknown template \"nope\"") && error.contains("patient-journey"),
                 qPrintable(error));
        QVERIFY(p.journeys.isEmpty());
    }

    void laneHintIsStoredAndOneUndoStep()
    {
        const QString file = m_dir.filePath("hint.waymark");
        Project p;
        QString error;
        QVERIFY(Gallery::create("patient-journey", "P", "de", &p, &error));
        auto doc = Document::create(file, p, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(comparable(reopenProject(file)), comparable(doc->project()));
        QCOMPARE(reopenProject(file).journeys[0].lanes[0].hint,
                 QString("Was tut der Patient, Schritt für Schritt?"));
        const Journey &j = doc->project().journeys[0];
        Lane lane = j.lanes[1];
        lane.hint = "Wo begegnet der Patient uns?";
        const Id jid = j.id;
        oneStep(*doc, file, [&] { return doc->changeLane(jid, lane); },
                "Edit lane \"" + lane.title + "\"");
        lane.hint.clear();
        QVERIFY(doc->changeLane(jid, lane));
        doc->close();
        QVERIFY(reopenProject(file).journeys[0].lanes[1].hint.isEmpty());
    }

    void schemaSevenFileGainsHints()
    {
        // Written by the schema-7 CLI (commit 4d611d6): the German service-blueprint template.
        const QString file = m_dir.filePath("format-7.waymark");
        QVERIFY(QFile::copy(WAYMARK_TESTDATA "/projects/format-7.waymark", file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList before = dumpFile(file);
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(doc, qPrintable(result.error));
        QCOMPARE(doc->store().schemaVersion(), 7);
        QCOMPARE(dumpFile(file), before); // opening changes nothing
        const Project seven = comparable(doc->project());
        for (const Lane &l : seven.journeys[0].lanes)
            QVERIFY(l.hint.isEmpty());
        Lane lane = seven.journeys[0].lanes[1];
        lane.hint = "Was tut der Kunde?";
        QVERIFY(doc->changeLane(seven.journeys[0].id, lane));
        QCOMPARE(doc->store().schemaVersion(), SchemaPlan::builtIn().currentVersion);
        doc->close();
        Project p = comparable(reopenProject(file));
        QCOMPARE(p.journeys[0].lanes[1].hint, lane.hint);
        p.journeys[0].lanes[1].hint.clear();
        p.info.modified = seven.info.modified;
        QCOMPARE(p, seven); // nothing else changed
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void jsonOfSchemaSevenReadsWithoutHints()
    {
        const QString file = m_dir.filePath("json.waymark");
        Project p;
        QString error;
        QVERIFY(Gallery::create("onboarding", "J", "en", &p, &error));
        QVERIFY(Store::create(file, p, &error));
        QByteArray json;
        QVERIFY2(ProjectJson::writeFile(file, &json, &error), qPrintable(error));
        QVERIFY(json.contains("\"hint\": "));
        // As schema 7 wrote it: no hint column.
        QByteArray seven = json;
        seven.replace(QByteArray("\"schema\": ") + QByteArray::number(SchemaPlan::builtIn().currentVersion),
                      "\"schema\": 7");
        static const QRegularExpression hintColumn(",\\s*\"hint\": \"[^\"]*\"");
        QString sevenText = QString::fromUtf8(seven);
        sevenText.remove(hintColumn);
        QVERIFY(!sevenText.contains("\"hint\""));
        const QString fromSeven = m_dir.filePath("from7.waymark");
        QVERIFY2(ProjectJson::create(sevenText.toUtf8(), fromSeven, &error), qPrintable(error));
        const Project read = reopenProject(fromSeven);
        QCOMPARE(read.journeys.size(), 1);
        for (const Lane &l : read.journeys[0].lanes)
            QVERIFY(l.hint.isEmpty());
        QCOMPARE(read.journeys[0].cards.size(), p.journeys[0].cards.size());
        // Schema 8 without the column is damaged; schema 6 is too old.
        QString eightText = QString::fromUtf8(json);
        eightText.remove(hintColumn);
        QVERIFY(!ProjectJson::create(eightText.toUtf8(), m_dir.filePath("bad8.waymark"), &error));
        QVERIFY2(error.contains("table \"lanes\", row 1") && error.contains("has no \"hint\""),
                 qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath("bad8.waymark")));
        sevenText.replace("\"schema\": 7", "\"schema\": 6");
        QVERIFY(!ProjectJson::create(sevenText.toUtf8(), m_dir.filePath("six.waymark"), &error));
        QVERIFY2(error.contains("the JSON has schema 6; this version reads schema 7 to"),
                 qPrintable(error));
    }

    void hintsOnScreenNeverInExports()
    {
        Project p;
        QString error;
        QVERIFY(Gallery::create("blank", "B", "en", &p, &error));
        const Journey &j = p.journeys[0];
        const MapLayout layout = MapLayout::compute(j);
        auto paint = [&](bool hints) {
            QImage image(layout.bounds.size().toSize(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            MapRenderer r(p, j, layout);
            r.setLaneHints(hints);
            r.paintBackground(&painter, layout.bounds);
            return image;
        };
        const QImage with = paint(true), without = paint(false);
        QVERIFY(with != without);
        // Only inside the empty lane's band.
        const QRectF band(layout.laneHeaders[0].topRight(),
                          QSizeF(layout.bounds.width() - layout.metrics.laneHeaderWidth,
                                 layout.laneHeaders[0].height()));
        for (int y = 0; y < with.height(); y += 3)
            for (int x = 0; x < with.width(); x += 3)
                if (!band.contains(x, y)) QCOMPARE(with.pixel(x, y), without.pixel(x, y));
        // A lane with a card shows no hint.
        Card c;
        c.id = newId();
        c.stageId = j.stages[0].id;
        c.laneId = j.lanes[0].id;
        c.text = "x";
        p.journeys[0].cards.append(c);
        QCOMPARE(paint(true), paint(false));
        p.journeys[0].cards.clear();
        // The export of the empty map is the same whether or not the lane has a hint.
        MapExportOptions options;
        options.titleBlock = false;
        const QImage exported = MapExport::renderImage(p, j.id, options, &error);
        p.journeys[0].lanes[0].hint.clear();
        QCOMPARE(MapExport::renderImage(p, j.id, options, &error), exported);
    }

    void cliListsAndCreatesTemplates()
    {
        Run r = cli({"new", "--list-templates", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), Gallery::all().size());
        QCOMPARE(list[7].toObject().value("id").toString(), QString("patient-journey"));
        QCOMPARE(list[7].toObject().value("name_de").toString(), QString("Patientenreise"));
        QCOMPARE(list[7].toObject().value("name_en").toString(), QString("Patient journey"));
        r = cli({"new", "--list-templates"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QRegularExpression("^b2b-procurement +B2B procurement / "
                                                   "B2B-Beschaffung$",
                                                   QRegularExpression::MultilineOption)),
                 qPrintable(r.out));
        QCOMPARE(r.out.count('\n'), Gallery::all().size());
        // Every template, in German, as a file the CLI and the checker accept.
        for (const GalleryTemplate &t : Gallery::all()) {
            const QString file = m_dir.filePath("cli-" + t.id + ".waymark");
            r = cli({"new", file, "--template", t.id, "--lang", "de"});
            QVERIFY2(r.code == 0, qPrintable(t.id + ": " + r.err));
            Project expected;
            QString error;
            QVERIFY(Gallery::create(t.id, "cli-" + t.id, "de", &expected, &error));
            const Project got = reopenProject(file);
            QCOMPARE(got.info.language, QString("de"));
            QCOMPARE(got.info.title, "cli-" + t.id);
            QCOMPARE(journeyTexts(got.journeys[0]), journeyTexts(expected.journeys[0]));
            QCOMPARE(cli({"check", file}).code, 0);
        }
        // Errors: exit code 2 with the reason, and no file.
        const QString file = m_dir.filePath("none.waymark");
        r = cli({"new", file, "--template", "nope"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("unknown template \"nope\" (use five-phases, onboarding"),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
        r = cli({"new", "--list-templates", file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--list-templates goes without FILE"), qPrintable(r.err));
        r = cli({"new", file, "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--json goes with --list-templates"), qPrintable(r.err));
        r = cli({"new"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("'new' expects one FILE argument"), qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the sample draws its illustrations
    TestGallery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gallery.moc"
