// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"
#include "storage/sqlutil.h"
#include "storage/store.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <tuple>

namespace waymark::test {

// The first lane of a kind, or -1.
inline int laneOf(const Journey &j, LaneKind kind)
{
    for (int i = 0; i < j.lanes.size(); ++i)
        if (j.lanes[i].kind == kind) return i;
    return -1;
}

inline QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// A project as the file holds it: the card, image and observation lists have no meaningful
// order, and the timestamps are renewed by every write.
inline Project normalized(Project p)
{
    p.info.modified = QDateTime();
    p.info.created = QDateTime();
    for (Journey &j : p.journeys) {
        std::sort(j.cards.begin(), j.cards.end(),
                  [](const Card &a, const Card &b) { return a.id < b.id; });
        std::sort(j.votes.begin(), j.votes.end(),
                  [](const Vote &a, const Vote &b) { return a.id < b.id; });
    }
    std::sort(p.images.begin(), p.images.end(),
              [](const Image &a, const Image &b) { return a.id < b.id; });
    std::sort(p.observations.begin(), p.observations.end(),
              [](const Observation &a, const Observation &b) {
                  return std::tie(a.metricId, a.targetKind, a.targetId, a.period, a.segment) <
                         std::tie(b.metricId, b.targetKind, b.targetId, b.period, b.segment);
              });
    return p;
}

// The words of a journey in a fixed order: its name, stages, lane titles and hints, and the
// cards' texts sorted (a file lists cards in its own order).
inline QStringList journeyTexts(const Journey &j)
{
    QStringList cards;
    for (const Card &c : j.cards)
        cards << c.text;
    cards.sort();
    QStringList out{j.name};
    for (const Stage &s : j.stages)
        out << s.name;
    for (const Lane &l : j.lanes)
        out << l.title << l.hint;
    return out + cards;
}

// The project as a second reader of the file sees it (empty, with a warning, when it cannot).
inline Project reopenProject(const QString &file)
{
    OpenResult result;
    auto store = Store::open(file, Store::Access::ReadOnly, &result);
    Project p;
    QString error;
    if (!store || !store->load(&p, &error))
        qWarning("reopen failed: %s %s", qPrintable(result.error), qPrintable(error));
    return p;
}

// Every row of every table as text, sorted; the modification stamp is left out because
// each write renews it.
inline QStringList dumpFile(const QString &path)
{
    QStringList rows;
    const QString name = uniqueConnectionName(QStringLiteral("dump"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) return {QStringLiteral("cannot open")};
        for (const QString &table : db.tables()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (q.next()) {
                QStringList cells{table};
                for (int i = 0; i < q.record().count(); ++i)
                    cells.append(q.value(i).isNull() ? QStringLiteral("NULL")
                                                     : q.value(i).toString());
                if (table == QLatin1String("meta") && cells.value(1) == QLatin1String("modified"))
                    continue;
                rows.append(cells.join(QLatin1Char('|')));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    rows.sort();
    return rows;
}

// Runs SQL straight on a file, as another tool would, bypassing Waymark.
inline bool execOnFile(const QString &path, const QStringList &statements)
{
    const QString name = uniqueConnectionName(QStringLiteral("raw"));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QString error;
            if (ok && !execSql(db, sql, &error)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(error));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Makes a file or folder unwritable, for root too (CI runs as root): chmod first, then the
// immutable attribute. False when the file system supports neither.
inline bool makeUnwritable(const QString &path)
{
    const bool dir = QFileInfo(path).isDir();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther |
                                    (dir ? QFileDevice::ExeOwner : QFileDevice::Permissions()));
    if (!QFileInfo(path).isWritable()) return true;
    QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path});
    return !QFileInfo(path).isWritable();
}

inline void makeWritable(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    p.waitForFinished();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther);
}

} // namespace waymark::test
