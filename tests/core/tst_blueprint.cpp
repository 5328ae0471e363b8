// SPDX-License-Identifier: GPL-3.0-or-later
// Service blueprints: the view and its lane zones, the lines in the layout, arrows between
// cards (do, undo, redo, persisted), and arrows through lane reorder, deletion, copy and
// paste, duplication, snapshots and every export.
#undef QT_NO_CAST_FROM_ASCII
#include "../docutil.h"
#include "analytics/journeydiff.h"
#include "document/cardclipboard.h"
#include "document/templates.h"
#include "i18n.h"
#include "io/mapexport.h"
#include "io/tableexport.h"
#include "io/tablereader.h"
#include "layout/maplayout.h"
#include "render/maprenderer.h"
#include "storage/schema.h"
#include "storage/snapshotcodec.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryDir>

using namespace waymark;
using namespace waymark::test;

namespace {

QList<BlueprintZone> zones(const Journey &j)
{
    QList<BlueprintZone> out;
    for (const Lane &l : j.lanes)
        out.append(zoneOf(l));
    return out;
}

bool inZoneOrder(const Journey &j)
{
    const QList<BlueprintZone> z = zones(j);
    return std::is_sorted(z.begin(), z.end());
}

// The card of the journey with this text.
Id cardWith(const Journey &j, const QString &text)
{
    for (const Card &c : j.cards)
        if (c.text == text) return c.id;
    return {};
}

// The map painted by the renderer the canvas and exports share.
QImage paint(const Project &p, const Journey &j)
{
    const MapLayout layout = MapLayout::compute(j);
    QImage image(layout.bounds.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    MapRenderer(p, j, layout).paint(&painter);
    return image;
}

} // namespace

class TestBlueprint : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString newFile() { return m_dir.filePath(QString("b%1.waymark").arg(++m_n)); }
    std::unique_ptr<Document> make(Template t, QString *file, const QString &lang = "en")
    {
        QString error;
        *file = newFile();
        auto doc = Document::create(*file, makeProject(t, "Blueprint", lang), &error);
        if (!doc) qWarning() << error;
        return doc;
    }

private slots:
    void templateIsABlueprintInBothLanguages()
    {
        for (const QString lang : {"en", "de"}) {
            const Project p = makeProject(Template::ServiceBlueprint, "T", lang);
            const Journey &j = p.journeys[0];
            QVERIFY(j.blueprint);
            QVERIFY(inZoneOrder(j));
            QCOMPARE(zones(j), QList<BlueprintZone>({BlueprintZone::PhysicalEvidence,
                                                     BlueprintZone::CustomerActions,
                                                     BlueprintZone::Frontstage,
                                                     BlueprintZone::Backstage,
                                                     BlueprintZone::Support,
                                                     BlueprintZone::Outside}));
            QCOMPARE(j.connections.size(), 6);
            for (const Connection &c : j.connections)
                QVERIFY(j.card(c.from) && j.card(c.to));
            QCOMPARE(j.name, lang == "de" ? QString("Reparaturtermin") : QString("Repair appointment"));
        }
        Template t;
        QVERIFY(fromKey("service-blueprint", &t));
        QCOMPARE(t, Template::ServiceBlueprint);
        QCOMPARE(toKey(t), QString("service-blueprint"));
    }

    void layoutDrawsTheLinesBetweenTheZones()
    {
        const Journey j = makeProject(Template::ServiceBlueprint, "T", "en").journeys[0];
        const MapLayout layout = MapLayout::compute(j);
        QCOMPARE(layout.blueprintLines.size(), 3);
        // Each line between the last lane above and the first lane below it.
        const int below[] = {2, 3, 4};
        for (int k = 0; k < 3; ++k) {
            const QRectF band = layout.blueprintLines[k].band;
            QCOMPARE(band.top(), layout.laneHeaders[below[k] - 1].bottom());
            QCOMPARE(band.bottom(), layout.laneHeaders[below[k]].top());
            QCOMPARE(band.width(), layout.bounds.width());
            // A press on a line is in no lane: nothing is dropped there.
            QCOMPARE(layout.laneAt(band.center().y()), -1);
        }
        QCOMPARE(layout.blueprintLines[0].line, BlueprintLine::Interaction);
        QCOMPARE(layout.blueprintLines[2].line, BlueprintLine::InternalInteraction);
        QCOMPARE(layout.laneAt(layout.laneHeaders[3].center().y()), 3);
        // A journey map has none, and its lanes touch.
        Journey map = j;
        map.blueprint = false;
        const MapLayout plain = MapLayout::compute(map);
        QVERIFY(plain.blueprintLines.isEmpty());
        QCOMPARE(plain.laneHeaders[3].top(), plain.laneHeaders[2].bottom());
        // An empty zone: two lines follow each other.
        Journey noFront = j;
        noFront.cards.removeIf([&](const Card &c) { return c.laneId == j.lanes[2].id; });
        noFront.connections.clear();
        noFront.lanes.removeAt(2);
        const MapLayout two = MapLayout::compute(noFront);
        QCOMPARE(two.blueprintLines.size(), 3);
        QCOMPARE(two.blueprintLines[1].band.top(), two.blueprintLines[0].band.bottom());
    }

    void blueprintViewIsOneStepAndOrdersTheLanes()
    {
        QString file;
        auto doc = make(Template::FivePhases, &file);
        const Id jid = doc->project().journeys[0].id;
        // Five phases: backstage is last, pain points and opportunities before it.
        QVERIFY(!inZoneOrder(doc->project().journeys[0]));
        oneStep(*doc, file, [&] { return doc->setBlueprint(jid, true); },
                "Show as service blueprint");
        const Journey &j = doc->project().journeys[0];
        QVERIFY(j.blueprint);
        QVERIFY(inZoneOrder(j));
        QCOMPARE(laneOf(j, LaneKind::Backstage), 4); // above the pain points now
        // Back to a map: the lanes stay where the blueprint put them.
        const QList<Lane> lanes = j.lanes;
        oneStep(*doc, file, [&] { return doc->setBlueprint(jid, false); }, "Show as journey map");
        QVERIFY(!doc->project().journeys[0].blueprint);
        QCOMPARE(doc->project().journeys[0].lanes, lanes);
        QVERIFY(doc->setBlueprint(jid, false)); // nothing to do, no step
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void lanesStayInTheirZones()
    {
        QString file;
        auto doc = make(Template::ServiceBlueprint, &file);
        const Id jid = doc->project().journeys[0].id;
        auto lanes = [&] { return doc->project().journeys[0].lanes; };
        // Across a line: refused, nothing changes.
        const QStringList before = dumpFile(file);
        QVERIFY(!doc->moveLane(jid, 2, 3));
        QVERIFY2(doc->refusalReason().contains("stays in its zone"), qPrintable(doc->refusalReason()));
        QCOMPARE(dumpFile(file), before);
        // A second backstage lane asked for at the top goes to the top of the backstage zone.
        Lane extra{newId(), LaneKind::Backstage, "IT", {}, 0};
        const Id added = doc->addLane(jid, extra, 0);
        QCOMPARE(lanes()[3].id, added);
        QCOMPARE(zoneOf(lanes()[4]), BlueprintZone::Backstage);
        // Within the zone it moves.
        oneStep(*doc, file, [&] { return doc->moveLane(jid, 3, 4); },
                "Move lane \"IT\"");
        QCOMPARE(lanes()[4].id, added);
        // A new zone takes it across the line, to the near end of the zone: from backstage
        // up to frontstage it becomes frontstage's last lane.
        Lane up = lanes()[4];
        up.zone = BlueprintZone::Frontstage;
        oneStep(*doc, file, [&] { return doc->changeLane(jid, up); }, "Edit lane \"IT\"");
        QCOMPARE(lanes()[3].id, added);
        QCOMPARE(zoneOf(lanes()[3]), BlueprintZone::Frontstage);
        QVERIFY(inZoneOrder(doc->project().journeys[0]));
        // Down to support: support's first lane.
        Lane down = lanes()[3];
        down.zone = BlueprintZone::Support;
        oneStep(*doc, file, [&] { return doc->changeLane(jid, down); }, "Edit lane \"IT\"");
        QCOMPARE(lanes()[4].id, added);
        QCOMPARE(zoneOf(lanes()[3]), BlueprintZone::Backstage);
        QCOMPARE(zoneOf(lanes()[5]), BlueprintZone::Support);
        QVERIFY(inZoneOrder(doc->project().journeys[0]));
        // On a journey map the zone is just remembered.
        QVERIFY(doc->setBlueprint(jid, false));
        Lane away = lanes()[4];
        away.zone = BlueprintZone::PhysicalEvidence;
        QVERIFY(doc->changeLane(jid, away));
        QCOMPARE(lanes()[4].id, added);
        QVERIFY(doc->moveLane(jid, 4, 0));
        doc->close();
        const Project back = reopenProject(file);
        QCOMPARE(back.journeys[0].lanes[0].zone, std::optional(BlueprintZone::PhysicalEvidence));
    }

    void arrowCommands()
    {
        QString file;
        auto doc = make(Template::ServiceBlueprint, &file);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id;
        const Id pain = cardWith(j, "No news while waiting");
        const Id repair = cardWith(j, "Technician repairs the device");
        QVERIFY(!pain.isNull() && !repair.isNull());
        Id arrow;
        oneStep(*doc, file, [&] { return !(arrow = doc->connectCards(jid, repair, pain, " Slow  parts ")).isNull(); },
                "Draw arrow");
        const Connection *c = &doc->project().journeys[0].connections.last();
        QCOMPARE(c->label, QString("Slow parts"));
        QCOMPARE(c->from, repair);
        Connection turned = *c;
        std::swap(turned.from, turned.to);
        turned.label = "Waits for parts";
        oneStep(*doc, file, [&] { return doc->changeConnection(jid, turned); }, "Edit arrow");
        QCOMPARE(doc->project().journeys[0].connections.last(), turned);
        const Id first = doc->project().journeys[0].connections[0].id;
        oneStep(*doc, file, [&] { return doc->removeConnections(jid, {first, arrow}); },
                "Delete 2 arrows");
        QCOMPARE(doc->project().journeys[0].connections.size(), 5);
        // Refusals change nothing.
        const QStringList before = dumpFile(file);
        const Connection &kept = doc->project().journeys[0].connections[0];
        QVERIFY(doc->connectCards(jid, repair, repair).isNull());
        QVERIFY(doc->refusalReason().contains("cannot point at the card it starts from"));
        QVERIFY(doc->connectCards(jid, kept.from, kept.to).isNull());
        QVERIFY(doc->refusalReason().contains("joined by that arrow already"));
        QVERIFY(doc->connectCards(jid, repair, newId()).isNull());
        QVERIFY(doc->connectCards(jid, repair, pain, QString(300, 'x')).isNull());
        QVERIFY(doc->refusalReason().contains("at most 200"));
        QVERIFY(!doc->removeConnections(jid, {newId()}));
        QCOMPARE(dumpFile(file), before);
        // The other direction is a different arrow.
        QVERIFY(!doc->connectCards(jid, kept.to, kept.from).isNull());
    }

    void arrowsGoAndComeBackWithTheirCards()
    {
        QString file;
        auto doc = make(Template::ServiceBlueprint, &file);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id;
        const Id front = cardWith(j, "Booking form confirms the slot");
        QCOMPARE(j.connections.size(), 6);
        // The card has one arrow in and one out: both go with it, in one step.
        oneStep(*doc, file, [&] { return doc->removeCards(jid, {front}); }, "Delete 1 card");
        QCOMPARE(doc->project().journeys[0].connections.size(), 4);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().journeys[0].connections.size(), 6);
        QCOMPARE(doc->project().journeys[0].connections[1].from, front); // in its place
        // A deleted lane takes the arrows of its cards.
        const Id backstage = doc->project().journeys[0].lanes[3].id;
        QVERIFY(doc->removeLane(jid, backstage));
        QCOMPARE(doc->project().journeys[0].connections.size(), 2);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().journeys[0].connections.size(), 6);
        doc->close();
        QCOMPARE(reopenProject(file).journeys[0].connections.size(), 6);
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void arrowsFollowTheirCardsThroughReorder()
    {
        QString file;
        auto doc = make(Template::ServiceBlueprint, &file);
        const Id jid = doc->project().journeys[0].id;
        QVERIFY(doc->setBlueprint(jid, false));
        // Customer actions to the bottom, a stage to the end: each arrow still runs from its
        // card's rectangle to the other's.
        QVERIFY(doc->moveLane(jid, 1, 5));
        QVERIFY(doc->moveStage(jid, 0, 4));
        const Journey &j = doc->project().journeys[0];
        const MapLayout layout = MapLayout::compute(j);
        QCOMPARE(j.connections.size(), 6);
        for (const Connection &c : j.connections) {
            const QLineF line = layout.arrowLine(c);
            const QRectF from = layout.cards.value(c.from).adjusted(-1, -1, 1, 1),
                         to = layout.cards.value(c.to).adjusted(-1, -1, 1, 1);
            QVERIFY(from.contains(line.p1()));
            QVERIFY(to.contains(line.p2()));
            QVERIFY(!layout.connectionAt(j, line.center()).isNull());
        }
        // The customer's arrow now points up, from the bottom lane.
        const Connection &book = j.connections[0];
        QVERIFY(layout.arrowLine(book).p1().y() > layout.arrowLine(book).p2().y());
        doc->close();
        QCOMPARE(comparable(reopenProject(file)), comparable(doc->project()));
    }

    void arrowsTravelWithCopies()
    {
        QString file;
        auto doc = make(Template::ServiceBlueprint, &file);
        const Journey j = doc->project().journeys[0];
        // Copy three cards of the first stage: the two arrows among them come along.
        const QList<Id> picked{cardWith(j, "Books a repair slot online"),
                               cardWith(j, "Booking form confirms the slot"),
                               cardWith(j, "Dispatcher assigns a technician")};
        QString error;
        const auto content =
            CardClipboard::decode(CardClipboard::encode(doc->project(), j, picked), &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(content->arrows.size(), 2);
        QCOMPARE(content->entries[content->arrows[0].from].card.text, QString("Books a repair slot online"));
        QCOMPARE(content->entries[content->arrows[0].to].card.text, QString("Booking form confirms the slot"));
        // A damaged clipboard: arrows to nowhere are left out, the cards still come.
        QByteArray bytes = CardClipboard::encode(doc->project(), j, picked);
        bytes.replace("\"to\":1", "\"to\":99");
        const auto damaged = CardClipboard::decode(bytes, &error);
        QVERIFY(damaged);
        QCOMPARE(damaged->arrows.size(), 1);

        // A duplicated journey has its own arrows between its own cards.
        const Id copy = doc->duplicateJourney(j.id, true);
        const Journey &c = *doc->project().journey(copy);
        QCOMPARE(c.connections.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QVERIFY(c.connections[i].id != j.connections[i].id);
            QCOMPARE(c.card(c.connections[i].from)->origin, j.connections[i].from);
            QCOMPARE(c.card(c.connections[i].to)->origin, j.connections[i].to);
        }
        QVERIFY(c.blueprint);
        // A snapshot keeps them; the restored journey has them between its new cards.
        const Id snap = doc->takeSnapshot("With arrows", j.id);
        QVERIFY(doc->removeConnections(j.id, {j.connections[0].id}));
        const QList<Id> restored = doc->restoreSnapshot(snap);
        QCOMPARE(restored.size(), 1);
        const Journey &r = *doc->project().journey(restored[0]);
        QCOMPARE(r.connections.size(), 6);
        QVERIFY(r.blueprint);
        for (const Connection &a : r.connections)
            QVERIFY(r.card(a.from) && r.card(a.to));
        doc->close();
        QCOMPARE(comparable(reopenProject(file)), comparable(doc->project()));
        QCOMPARE(checkProjectFile(file).problems, QStringList());
    }

    void comparisonNamesArrowChanges()
    {
        QString file;
        auto doc = make(Template::ServiceBlueprint, &file);
        const Id jid = doc->project().journeys[0].id;
        const Id copy = doc->duplicateJourney(jid, true);
        auto diff = [&] {
            return JourneyDiff::compute(doc->project(), doc->project().journeys[0], doc->project(),
                                        *doc->project().journey(copy));
        };
        QVERIFY(!diff().hasCardChanges()); // new ids, the same arrows
        const Journey &c = *doc->project().journey(copy);
        Connection relabelled = c.connections[0];
        relabelled.label = "online";
        QVERIFY(doc->changeConnection(copy, relabelled));
        JourneyDiff d = diff();
        QCOMPARE(d.changed.size(), 1);
        QCOMPARE(d.changed[0].id, relabelled.from);
        QCOMPARE(d.changed[0].fields, QStringList({"arrows"}));
        QVERIFY(doc->removeConnections(copy, {relabelled.id}));
        QCOMPARE(diff().changed.size(), 1);
    }

    void damagedSnapshotArrowsAreRefused()
    {
        Project p = makeProject(Template::ServiceBlueprint, "T", "en");
        p.journeys[0].connections[0].to = newId(); // to a card the journey lacks
        QString error;
        Project out;
        QVERIFY(SnapshotCodec::read(SnapshotCodec::write(makeProject(Template::ServiceBlueprint, "T", "en")), &out, &error));
        QCOMPARE(out.journeys[0].connections.size(), 6);
        QVERIFY(out.journeys[0].blueprint);
        QVERIFY(!SnapshotCodec::read(SnapshotCodec::write(p), &out, &error));
    }

    void arrowsAreInEveryExport()
    {
        Project with = makeProject(Template::ServiceBlueprint, "T", "en");
        Project without = with;
        without.journeys[0].connections.clear();
        // The renderer: where an arrow runs, ink; without arrows, the paper between cards.
        const Journey &j = with.journeys[0];
        const MapLayout layout = MapLayout::compute(j);
        const QPoint mid = layout.arrowLine(j.connections[0]).center().toPoint();
        const QImage a = paint(with, j), b = paint(without, without.journeys[0]);
        QVERIFY(qGray(a.pixel(mid)) < 100);
        QVERIFY(qGray(b.pixel(mid)) > 150);
        // PNG, SVG and PDF differ exactly by the arrows; the PDF names the lines.
        QString error;
        for (const QString ext : {"png", "svg", "pdf"}) {
            const QString pa = m_dir.filePath("with." + ext), pb = m_dir.filePath("without." + ext);
            MapExportOptions options;
            const bool ok =
                ext == "png"   ? MapExport::writePng(with, j.id, pa, options, &error) &&
                                   MapExport::writePng(without, j.id, pb, options, &error)
                : ext == "svg" ? MapExport::writeSvg(with, j.id, pa, &error) &&
                                   MapExport::writeSvg(without, j.id, pb, &error)
                               : MapExport::writePdf(with, {j.id}, pa, options, &error) &&
                                   MapExport::writePdf(without, {j.id}, pb, options, &error);
            QVERIFY2(ok, qPrintable(error));
            QVERIFY2(checksum(pa) != checksum(pb), qPrintable(ext));
        }
        QPdfDocument pdf;
        QCOMPARE(pdf.load(m_dir.filePath("with.pdf")), QPdfDocument::Error::None);
        const QString text = pdf.getAllText(0).text().simplified();
        for (const char *line : {"LINE OF INTERACTION", "LINE OF VISIBILITY",
                                 "LINE OF INTERNAL INTERACTION"})
            QVERIFY2(text.contains(line, Qt::CaseInsensitive), qPrintable(text.left(400)));
        // The Markdown lists each card's arrows under it; the spreadsheet's map sheet has the
        // lines as rows between the zones.
        const QString md = TableExport::markdown(with, j);
        QVERIFY2(md.contains("- Books a repair slot online\n  - → Booking form confirms the slot\n"),
                 qPrintable(md));
        QVERIFY(!TableExport::markdown(without, without.journeys[0]).contains("→"));
        const QString xlsx = m_dir.filePath("with.xlsx");
        QVERIFY2(TableExport::writeXlsx(with, {j.id}, xlsx, &error), qPrintable(error));
        const auto sheet = TableReader::readXlsx(xlsx, {}, &error);
        QVERIFY2(sheet, qPrintable(error));
        QStringList firstColumn; // the reader puts the column without a title last
        for (const QStringList &row : sheet->rows)
            firstColumn.append(row.last());
        QCOMPARE(firstColumn.mid(1, 8),
                 QStringList({"Customer actions", "— Line of interaction —",
                              "Frontstage: staff and interfaces", "— Line of visibility —",
                              "Backstage actions", "— Line of internal interaction —",
                              "Support processes and systems", "Pain points"}));
        // Rendered pages: the arrows make the difference.
        QPdfDocument other;
        QCOMPARE(other.load(m_dir.filePath("without.pdf")), QPdfDocument::Error::None);
        QVERIFY(pdf.render(0, QSize(1200, 800)) != other.render(0, QSize(1200, 800)));
    }

    void upgradeFromSixKeepsEverything()
    {
        // Written by the schema-6 CLI (commit 1e3eda0): the sample with an insight linked.
        const QString file = m_dir.filePath("format-6.waymark");
        QVERIFY(QFile::copy(WAYMARK_TESTDATA "/projects/format-6.waymark", file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList before = dumpFile(file);
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadWrite, &result);
        QVERIFY2(doc, qPrintable(result.error));
        QCOMPARE(doc->store().schemaVersion(), 6);
        QCOMPARE(dumpFile(file), before); // opening changes nothing
        const Project six = comparable(doc->project());
        QCOMPARE(six.insights.size(), 1);
        const Journey &j = doc->project().journeys[0];
        const Id jid = j.id;
        QVERIFY(doc->setBlueprint(jid, true));
        QCOMPARE(doc->store().schemaVersion(), SchemaPlan::builtIn().currentVersion);
        QVERIFY(!doc->connectCards(jid, j.cards[0].id, j.cards[1].id, "needs").isNull());
        doc->close();
        Project p = comparable(reopenProject(file));
        QVERIFY(p.journeys[0].blueprint);
        QCOMPARE(p.journeys[0].connections.size(), 1);
        QVERIFY(inZoneOrder(p.journeys[0]));
        Project unchanged = p;
        unchanged.journeys[0].blueprint = false;
        unchanged.journeys[0].connections.clear();
        unchanged.journeys[0].lanes = six.journeys[0].lanes;
        QCOMPARE(unchanged, six);
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        QVERIFY(QFile::exists(m_dir.filePath("format-6 (before upgrade, format 6).waymark")));
    }

    void damagedArrowRowsAreNamed()
    {
        QString file;
        {
            auto doc = make(Template::ServiceBlueprint, &file);
            doc->close();
        }
        // An arrow to a card of another journey (another tool wrote it).
        {
            OpenResult opened;
            auto doc = Document::open(file, Store::Access::ReadWrite, &opened);
            QVERIFY(doc);
            QVERIFY(!doc->addJourney(makeJourney(Template::FivePhases, "en")).isNull());
            QVERIFY(doc->addCard(doc->project().journeys[1].id, Card{},
                                 {doc->project().journeys[1].stages[0].id,
                                  doc->project().journeys[1].lanes[0].id, -1})
                        .isNull() == false);
            doc->close();
        }
        const Project p = reopenProject(file);
        const QString other = idToString(p.journeys[1].cards[0].id);
        QVERIFY(execOnFile(file, {QString("UPDATE connections SET to_card = '%1' WHERE position = 0").arg(other)}));
        OpenResult result;
        QVERIFY(!Document::open(file, Store::Access::ReadOnly, &result));
        QVERIFY2(result.error.contains("connections") && result.error.contains("another journey"),
                 qPrintable(result.error));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    installTranslations(&app, "en"); // English plurals
    TestBlueprint t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_blueprint.moc"
