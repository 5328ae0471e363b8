// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/cardclipboard.h"
#include "document/templates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace waymark;

class TestClipboard : public QObject
{
    Q_OBJECT

    static Project project(QList<Id> *ids)
    {
        Project p = makeProject(Template::FivePhases, QStringLiteral("en"), QStringLiteral("T"));
        Journey &j = p.journeys.first();
        Image image{newId(), QStringLiteral("image/png"), 2, 2, QByteArray("\x89PNG-bytes", 10)};
        p.images.append(image);
        auto add = [&](int s, int l, int order, const QString &text) {
            Card c;
            c.id = newId();
            c.stageId = j.stages[s].id;
            c.laneId = j.lanes[l].id;
            c.order = order;
            c.text = text;
            j.cards.append(c);
            ids->append(c.id);
            return &j.cards.last();
        };
        Card *first = add(1, 2, 0, QStringLiteral("Zwei Zeilen\nmit Ümlaut 😀"));
        first->channel = Channel::Chat;
        first->emotion = -2;
        first->tags = {QStringLiteral("a"), QStringLiteral("b")};
        first->colour = QColor(0x12, 0x34, 0x56);
        first->imageId = image.id;
        first->notes = QStringLiteral("notes");
        first->evidence = Evidence::Observed;
        first->touchpointKey = QStringLiteral("tp-1");
        add(3, 4, 0, QStringLiteral("Later stage, lower lane"));
        return p;
    }

private slots:
    void roundTripKeepsContentAndArrangement()
    {
        QList<Id> ids;
        const Project p = project(&ids);
        const QByteArray bytes = CardClipboard::encode(p, p.journeys.first(), {ids[1], ids[0]});
        QString error;
        const auto content = CardClipboard::decode(bytes, &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(content->entries.size(), 2);
        const Card &c = content->entries[0].card; // reading order, not selection order
        const Card &original = *p.journeys.first().card(ids[0]);
        QVERIFY(c.id.isNull());
        QCOMPARE(c.text, original.text);
        QCOMPARE(c.notes, original.notes);
        QCOMPARE(c.channel, Channel::Chat);
        QCOMPARE(c.emotion, std::optional<int>(-2));
        QCOMPARE(c.tags, original.tags);
        QCOMPARE(c.colour, original.colour);
        QCOMPARE(c.evidence, Evidence::Observed);
        QCOMPARE(c.touchpointKey, QStringLiteral("tp-1"));
        QCOMPARE(c.imageId, original.imageId);
        QCOMPARE(content->images.size(), 1);
        QCOMPARE(content->images[0].data, p.images[0].data);
        QCOMPARE(content->entries[0].stageOffset, 0);
        QCOMPARE(content->entries[0].laneOffset, 0);
        QCOMPARE(content->entries[1].stageOffset, 2);
        QCOMPARE(content->entries[1].laneOffset, 2);
        QCOMPARE(CardClipboard::toPlainText(p.journeys.first(), ids),
                 QStringLiteral("Zwei Zeilen mit Ümlaut 😀\nLater stage, lower lane"));
    }

    void badBytesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "The clipboard does not hold Waymark cards.";
        QTest::newRow("not json") << QByteArray("\xff\xfe garbage")
                                  << "The clipboard does not hold Waymark cards.";
        QTest::newRow("array") << QByteArray("[1,2]")
                               << "The clipboard does not hold Waymark cards.";
        QTest::newRow("no cards") << QByteArray(R"({"waymarkCards":1,"cards":[]})")
                                  << "The clipboard holds no cards.";
        QTest::newRow("newer") << QByteArray(R"({"waymarkCards":99,"cards":[{}]})")
                               << "The cards come from a newer version of Waymark.";
        QTest::newRow("bad channel")
            << QByteArray(
                   R"({"waymarkCards":1,"cards":[{"channel":"telepathy","evidence":"observed"}]})")
            << "Card 1 on the clipboard is damaged.";
    }

    void badBytesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CardClipboard::decode(bytes, &error));
        QCOMPARE(error, message);
    }

    void strangeValuesAreTamed()
    {
        // Out-of-range emotion and offsets are clamped; an image the clipboard lacks is dropped.
        const QByteArray bytes = R"({"waymarkCards":1,"cards":[{"channel":"","evidence":"assumed",
            "emotion":40,"stage":-5,"lane":99999999,"image":"0b7c2d1e-0000-4000-8000-000000000000"}]})";
        QString error;
        const auto content = CardClipboard::decode(bytes, &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(content->entries[0].card.emotion, std::optional<int>(MaxEmotion));
        QCOMPARE(content->entries[0].stageOffset, 0);
        QCOMPARE(content->entries[0].laneOffset, 10000);
        QVERIFY(content->entries[0].card.imageId.isNull());
    }

    void plainTextBecomesOneCardPerLine()
    {
        const QList<Card> cards =
            CardClipboard::fromPlainText(QStringLiteral("  one \r\n\r\ntwo\rthree\n\n"));
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards[0].text, QStringLiteral("one"));
        QCOMPARE(cards[1].text, QStringLiteral("two"));
        QCOMPARE(cards[2].text, QStringLiteral("three"));
        QVERIFY(CardClipboard::fromPlainText(QStringLiteral(" \n\t\n")).isEmpty());
        // A pasted novel does not become a million cards.
        const QString many = QStringLiteral("line\n").repeated(5000);
        QCOMPARE(CardClipboard::fromPlainText(many).size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestClipboard)
#include "tst_clipboard.moc"
