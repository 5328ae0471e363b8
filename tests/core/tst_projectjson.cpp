// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of a whole project (core/storage/JSON.md): file -> JSON -> file keeps every
// table, row, value type and blob; the order is stable so that one edit is one changed line;
// bad JSON is refused with its table, row and reason and writes nothing.
#undef QT_NO_CAST_FROM_ASCII
#include "document/templates.h"
#include "storage/projectjson.h"
#include "storage/schema.h"
#include "storage/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QGuiApplication>
#include <QTest>

using namespace waymark;

namespace {

// Runs statements on a project file outside Waymark (the way another tool would).
void sql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("PRAGMA foreign_keys = ON"));
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s + ": " + q.lastError().text()));
    }
    QSqlDatabase::removeDatabase("raw");
}

// Every table's rows with each value's SQLite type, in a total order: what "lossless" means.
QMap<QString, QStringList> dump(const QString &path)
{
    QMap<QString, QStringList> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "dump");
        db.setDatabaseName(path);
        if (!db.open()) return {};
        QSqlQuery names(db);
        names.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (names.next()) {
            const QString table = names.value(0).toString();
            QSqlQuery cols(db);
            cols.exec(QString("PRAGMA table_info(%1)").arg(table));
            QStringList select;
            while (cols.next())
                select << "\"" + cols.value(1).toString() + "\""
                       << "typeof(\"" + cols.value(1).toString() + "\")";
            QSqlQuery rows(db);
            if (!rows.exec(QString("SELECT %1 FROM %2").arg(select.join(", "), table)))
                qFatal("%s", qPrintable(rows.lastError().text()));
            QStringList lines;
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant v = rows.value(i);
                    values << (v.typeId() == QMetaType::QByteArray ? "blob:" + v.toByteArray().toHex()
                               : v.typeId() == QMetaType::Double
                                   ? QString::number(v.toDouble(), 'g', 17)
                                   : v.toString());
                }
                lines << values.join(QChar(0x1f));
            }
            lines.sort();
            tables.insert(table, lines);
        }
        QSqlQuery q(db);
        q.exec("SELECT * FROM pragma_user_version, pragma_application_id");
        q.next();
        tables.insert("pragma", {q.value(0).toString() + "/" + q.value(1).toString()});
    }
    QSqlDatabase::removeDatabase("dump");
    return tables;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray serialised(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// `json` with `change` applied to the first row of `table`.
QByteArray withRow(const QByteArray &json, const QString &table,
                   const std::function<void(QJsonObject &)> &change)
{
    QJsonObject top = parsed(json);
    QJsonObject tables = top["tables"].toObject();
    QJsonArray rows = tables[table].toArray();
    QJsonObject row = rows[0].toObject();
    change(row);
    rows[0] = row;
    tables[table] = rows;
    top["tables"] = tables;
    return serialised(top);
}

} // namespace

class TestProjectJson : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripIsLossless();
    void oneEditIsOneChangedLine();
    void olderFileExportsAsCurrentSchema();
    void badJsonIsRefused_data();
    void badJsonIsRefused();
    void unwritableTargetIsReported();

private:
    // The sample, with a row in every table and awkward values: what a real file can hold.
    void makeFullProject();
    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_json;
};

void TestProjectJson::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath("full.waymark");
    QFile::remove(m_file);
    makeFullProject();
    QString error;
    QVERIFY2(ProjectJson::writeFile(m_file, &m_json, &error), qPrintable(error));
}

void TestProjectJson::makeFullProject()
{
    Project p;
    QString error;
    QVERIFY(sampleProject("de", &p, &error));
    QVERIFY2(Store::create(m_file, p, &error), qPrintable(error));
    const QString j = idToString(p.journeys[0].id);
    const QString s = idToString(p.journeys[0].stages[0].id);
    const QString c1 = idToString(p.journeys[0].cards[0].id);
    const QString c2 = idToString(p.journeys[0].cards[1].id);
    const QString m = "0a1b2c3d-0000-4000-8000-000000000001";
    const QString imp = "0a1b2c3d-0000-4000-8000-000000000002";
    const QString ins = "0a1b2c3d-0000-4000-8000-000000000003";
    const QString round = "0a1b2c3d-0000-4000-8000-000000000004";
    const QByteArray snapshot = qCompress(R"({"waymarkSnapshot": 1, "journeys": []})");
    sql(m_file,
        {
            // Text a JSON writer must escape: quotes, backslashes, control characters, a tab,
            // line breaks, umlauts, an emoji, and a lone C1 control.
            QString("UPDATE cards SET text = 'Sagt \"Nein\" \\ zögert\n\tdann 🙂\x01', notes = "
                    "'\r\n\x1f\u0085' WHERE id = '%1'").arg(c1),
            // Reals that are whole numbers, tiny and huge; an integer beyond 2^53.
            QString("UPDATE stages SET width = 120.0 WHERE id = '%1'").arg(s),
            QString("INSERT INTO metric_definitions VALUES('%1', 'abbruchrate', 'Abbruchrate', '%', "
                    "'lower-better', 0.0, 100.0, 12.5, 1e-300, 1.7976931348623157e308, "
                    "'drop-off', 1)").arg(m),
            QString("INSERT INTO metric_imports VALUES('%1', 'kpis.csv', '2026-12-01T10:00:00.000Z', "
                    "'{\"decimal\": \",\"}', 9007199254740993)").arg(imp),
            QString("INSERT INTO metric_observations VALUES('%1', 'card', '%2', '2026-Q1', '', "
                    "0.1, '%3')").arg(m, c1, imp),
            QString("INSERT INTO metric_observations VALUES('%1', 'stage', '%2', '', 'Neukunden', "
                    "-0.0, NULL)").arg(m, s),
            QString("INSERT INTO insights VALUES('%1', 0, 'interview', 'Zitat „Warteschleife“', "
                    "'Interview P3', '2026-11-02', '', '[\"hotline\"]', "
                    "'2026-11-02T09:00:00.000Z')").arg(ins),
            QString("INSERT INTO card_insights VALUES('%1', '%2', 0)").arg(c1, ins),
            QString("INSERT INTO connections VALUES('0a1b2c3d-0000-4000-8000-000000000005', '%1', "
                    "0, '%2', '%3', 'führt zu')").arg(j, c1, c2),
            QString("INSERT INTO comments VALUES('0a1b2c3d-0000-4000-8000-000000000006', '%1', "
                    "'%2', 'Ana', 'Stimmt das?', '2026-11-03T08:00:00.000Z', 0, '', '', '')")
                .arg(j, c1),
            // A row an older tool wrote, kept and not shown: JSON must keep it too.
            QString("INSERT INTO comments VALUES('legacy-1', '%1', '%1', '', 'alt', "
                    "'2020-01-01T00:00:00.000Z', 1, '', '', '')").arg(j),
            QString("INSERT INTO vote_rounds VALUES('%1', '%2', 0, 'Was zuerst?', '[\"%3\"]', 3, "
                    "2, 1, '2026-11-03T09:00:00.000Z', NULL)").arg(round, j, c1),
            QString("INSERT INTO votes VALUES('0a1b2c3d-0000-4000-8000-000000000007', '%1', '%2', "
                    "'guest-a1b2c3', '%3', 2, '2026-11-03T09:01:00.000Z')").arg(j, c1, round),
            QString("INSERT INTO inbox_notes VALUES('0a1b2c3d-0000-4000-8000-000000000008', '%1', "
                    "0, '%2', 'pain', 'Zu lange Wartezeit', -2, '', "
                    "'2026-11-03T09:02:00.000Z', 'new', '')").arg(j, s),
            QString("INSERT INTO snapshots VALUES('0a1b2c3d-0000-4000-8000-000000000009', "
                    "'Vor dem Workshop', '2026-11-03T07:00:00.000Z', '', 'manual', x'%1')")
                .arg(QString::fromLatin1(snapshot.toHex())),
        });
}

void TestProjectJson::roundTripIsLossless()
{
    // The test must cover every table the schema has: a new table fails here until it has rows.
    const QMap<QString, QStringList> before = dump(m_file);
    QCOMPARE(before.size(), 21); // 20 tables and the pragmas
    for (auto it = before.begin(); it != before.end(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key() + " has no row in the test project"));

    const QString copy = m_dir.filePath("copy.waymark");
    QString error;
    QVERIFY2(ProjectJson::create(m_json, copy, &error), qPrintable(error));
    const QMap<QString, QStringList> after = dump(copy);
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.begin(); it != before.end(); ++it)
        QCOMPARE(after.value(it.key()), it.value());

    // The blob came back byte for byte (the dump compares it too; this names it).
    QVERIFY(m_json.contains("{\"base64\": \"iVBORw0KGgo")); // the sample's PNGs
    // Written again, the JSON is the same text: the order is stable.
    QByteArray again;
    QVERIFY(ProjectJson::writeFile(copy, &again, &error));
    QCOMPARE(again, m_json);

    // Every table is in the JSON, in the order of the list, parents first.
    const QJsonObject tables = parsed(m_json)["tables"].toObject();
    QCOMPARE(tables.size(), 20);
    QVERIFY(m_json.indexOf("\"journeys\": [") < m_json.indexOf("\"stages\": ["));
    QVERIFY(m_json.indexOf("\"stages\": [") < m_json.indexOf("\"cards\": ["));
    // Reals stay reals and integers integers, even when whole or beyond 2^53.
    QVERIFY(m_json.contains("\"width\": 120.0"));
    QVERIFY(m_json.contains("\"row_count\": 9007199254740993"));
    QVERIFY(m_json.contains("\"value\": 0.1"));
    QVERIFY(m_json.contains("\"warning\": 1e-300"));
    QVERIFY(m_json.contains("zögert\\n\\tdann 🙂\\u0001"));

    // Writing JSON never changes the project file.
    const QByteArray bytes = readAll(m_file);
    QVERIFY(ProjectJson::writeFile(m_file, &again, &error));
    QCOMPARE(readAll(m_file), bytes);
}

void TestProjectJson::oneEditIsOneChangedLine()
{
    Project p;
    QString error;
    OpenResult opened;
    auto store = Store::open(m_file, Store::Access::ReadOnly, &opened);
    QVERIFY(store && store->load(&p, &error));
    store.reset();
    // The card's text changes: one line of the JSON changes, and a card is one block of lines.
    const Card &card = p.journeys[1].cards[3];
    sql(m_file, {QString("UPDATE cards SET text = 'Neu' WHERE id = '%1'").arg(idToString(card.id))});
    QByteArray json;
    QVERIFY(ProjectJson::writeFile(m_file, &json, &error));
    const QList<QByteArray> a = m_json.split('\n'), b = json.split('\n');
    QCOMPARE(a.size(), b.size());
    QStringList changed;
    for (int i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) changed << QString::fromUtf8(b[i]).trimmed();
    QCOMPARE(changed, QStringList{"\"text\": \"Neu\","});
    const int at = json.indexOf("\"id\": \"" + idToString(card.id).toLatin1());
    QVERIFY(at > 0);
    QVERIFY(json.mid(at, json.indexOf('}', at) - at).contains("\"text\": \"Neu\""));
}

void TestProjectJson::olderFileExportsAsCurrentSchema()
{
    // A schema-6 file is read through its upgraded copy: the JSON is of the current schema,
    // and the file itself is not upgraded or changed.
    const QString old = m_dir.filePath("format-6.waymark");
    QFile::remove(old);
    QVERIFY(QFile::copy(WAYMARK_TESTDATA "/projects/format-6.waymark", old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray bytes = readAll(old);
    QByteArray json;
    QString error;
    QVERIFY2(ProjectJson::writeFile(old, &json, &error), qPrintable(error));
    QCOMPARE(readAll(old), bytes);
    QCOMPARE(parsed(json)["schema"].toInt(), SchemaPlan::builtIn().currentVersion);
    QVERIFY(parsed(json)["tables"].toObject().contains("connections"));
    const QString copy = m_dir.filePath("from-6.waymark");
    QVERIFY2(ProjectJson::create(json, copy, &error), qPrintable(error));
    QCOMPARE(dump(copy).value("insights"), dump(old).value("insights"));
}

void TestProjectJson::badJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    init();
    const QByteArray good = m_json;
    auto drop = [&](const QString &key) {
        QJsonObject top = parsed(good);
        top.remove(key);
        return serialised(top);
    };
    auto set = [&](const QString &key, const QJsonValue &v) {
        QJsonObject top = parsed(good);
        top[key] = v;
        return serialised(top);
    };
    QTest::newRow("not JSON") << QByteArray("{\n  \"waymark\": \"project\",\n  oops\n}")
                              << "not valid JSON at line 3, column";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"waymark\": \"pro\xff\xfe\"}")
                                   << "not valid JSON at line 1";
    QTest::newRow("cut off") << good.left(good.size() / 2) << "not valid JSON at line";
    QTest::newRow("a list") << QByteArray("[1, 2]") << "not a Waymark project in JSON";
    QTest::newRow("other JSON") << QByteArray("{\"name\": \"x\"}") << "not a Waymark project in JSON";
    QTest::newRow("newer format") << set("format", 2) << "newer version of Waymark (format 2";
    QTest::newRow("newer schema") << set("schema", 99) << "newer version of Waymark (format 1, schema 99";
    QTest::newRow("older schema") << set("schema", 3) << "the JSON has schema 3";
    QTest::newRow("no format") << drop("format") << "no \"format\" or \"schema\"";
    QTest::newRow("no tables") << drop("tables") << "the JSON has no \"tables\"";
    {
        QJsonObject top = parsed(good);
        QJsonObject tables = top["tables"].toObject();
        tables.remove("lanes");
        top["tables"] = tables;
        QTest::newRow("missing table") << serialised(top) << "the table \"lanes\" is missing";
        tables = parsed(good)["tables"].toObject();
        tables["extras"] = QJsonArray();
        top["tables"] = tables;
        QTest::newRow("unknown table") << serialised(top) << "a table \"extras\"";
        tables = parsed(good)["tables"].toObject();
        tables["cards"] = QJsonObject();
        top["tables"] = tables;
        QTest::newRow("rows not a list") << serialised(top) << "\"cards\" is not a list of rows";
    }
    QTest::newRow("missing column")
        << withRow(good, "cards", [](QJsonObject &r) { r.remove("lane_id"); })
        << "table \"cards\", row 1 (id ";
    QTest::newRow("missing column says which")
        << withRow(good, "cards", [](QJsonObject &r) { r.remove("lane_id"); }) << "has no \"lane_id\"";
    QTest::newRow("unknown column")
        << withRow(good, "stages", [](QJsonObject &r) { r["size"] = 3; })
        << "has a column \"size\" that the table does not have";
    QTest::newRow("text for a number")
        << withRow(good, "cards", [](QJsonObject &r) { r["position"] = "first"; })
        << "\"position\" must be a number";
    QTest::newRow("number for text")
        << withRow(good, "cards", [](QJsonObject &r) { r["text"] = 5; }) << "\"text\" must be text";
    QTest::newRow("null for required")
        << withRow(good, "journeys", [](QJsonObject &r) { r["name"] = QJsonValue::Null; })
        << "\"name\" must not be null";
    QTest::newRow("blob as text")
        << withRow(good, "images", [](QJsonObject &r) { r["data"] = "iVBOR"; })
        << "\"data\" must be {\"base64\": ...}";
    QTest::newRow("bad base64")
        << withRow(good, "images", [](QJsonObject &r) { r["data"] = QJsonObject{{"base64", "**"}}; })
        << "\"data\" is not valid base64";
    QTest::newRow("row not an object") << [&] {
        QJsonObject top = parsed(good);
        QJsonObject tables = top["tables"].toObject();
        tables["meta"] = QJsonArray{1};
        top["tables"] = tables;
        return serialised(top);
    }() << "table \"meta\", row 1: is not an object";
    QTest::newRow("card in a missing stage")
        << withRow(good, "cards",
                   [](QJsonObject &r) { r["stage_id"] = "00000000-0000-4000-8000-000000000000"; })
        << "FOREIGN KEY constraint failed";
    QTest::newRow("emotion out of range")
        << withRow(good, "cards", [](QJsonObject &r) { r["emotion"] = 9; }) << "CHECK constraint failed";
    QTest::newRow("id twice") << [&] {
        QJsonObject top = parsed(good);
        QJsonObject tables = top["tables"].toObject();
        QJsonArray personas = tables["personas"].toArray();
        QJsonObject second = personas[1].toObject();
        second["id"] = personas[0].toObject()["id"];
        personas[1] = second;
        tables["personas"] = personas;
        top["tables"] = tables;
        return serialised(top);
    }() << "table \"personas\", row 2 (id ";
    // Rows that SQLite takes but Waymark cannot open: the file must still open and load.
    QTest::newRow("arrow into another journey") << [&] {
        const QJsonObject tables = parsed(good)["tables"].toObject();
        const QString journey = tables["connections"].toArray()[0].toObject()["journey_id"].toString();
        QString elsewhere;
        for (const QJsonValue &card : tables["cards"].toArray())
            if (card.toObject()["journey_id"].toString() != journey)
                elsewhere = card.toObject()["id"].toString();
        return withRow(good, "connections", [&](QJsonObject &r) { r["to_card"] = elsewhere; });
    }() << "the project would not open";
}

void TestProjectJson::badJsonIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    // The target exists already (new --force): it stays as it was, and no scratch file stays.
    const QString target = m_dir.filePath("target.waymark");
    QFile::remove(target);
    QVERIFY(QFile::copy(m_file, target));
    const QByteArray bytes = readAll(target);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QString error;
    QVERIFY(!ProjectJson::create(json, target, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(readAll(target), bytes);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before);
}

void TestProjectJson::unwritableTargetIsReported()
{
    QString error;
    QVERIFY(!ProjectJson::create(m_json, m_dir.filePath("no/such/folder/p.waymark"), &error));
    QVERIFY2(error.contains("cannot write in the folder"), qPrintable(error));
    QVERIFY(!ProjectJson::createFromFile(m_dir.filePath("missing.json"), m_dir.filePath("p.waymark"),
                                         &error));
    QVERIFY(!QFile::exists(m_dir.filePath("p.waymark")));
}

QTEST_MAIN(TestProjectJson)
#include "tst_projectjson.moc"
