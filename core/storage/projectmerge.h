// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace waymark {

// Three-way merge of two offline copies of a project (MINE, THEIRS) that both started from
// BASE, by stable ids, row by row and column by column of every table (FORMAT.md). Edits that
// do not overlap are combined; the rest are conflicts, each resolved by a choice. Nothing is
// dropped silently: a row one side deleted while the other changed it is a conflict, and a row
// deleted on one side that the other still needs (a stage that got a new card) is kept and
// reported.
namespace ProjectMerge {

enum class Choice
{
    Mine,
    Theirs,
    Both // keep both versions: THEIRS as a copy beside MINE (cards, personas, insights, comments)
};

struct Conflict
{
    enum class Kind
    {
        BothChanged,  // the same fields changed differently (or added with different content)
        MineDeleted,  // MINE deleted the row, THEIRS changed it
        TheirsDeleted, // THEIRS deleted the row, MINE changed it
        Order         // the same siblings (stages, lanes, cards in a cell, ...) reordered both ways
    };
    Kind kind = Kind::BothChanged;
    QString id;     // stable within a merge: the table and the row's key
    QString table;  // "cards"
    QString what;   // translated: `card "Reads the letter"`
    QStringList fields; // BothChanged: the columns both sides changed
    QString mine;   // translated: what MINE has
    QString theirs; // translated: what THEIRS has
    bool canKeepBoth = false;
    Choice choice = Choice::Mine;
};

struct Result
{
    QList<Conflict> conflicts; // with the choices they were resolved by
    int fromMine = 0;          // rows added, changed or deleted as MINE did it
    int fromTheirs = 0;        // the same for THEIRS
    QStringList kept;          // translated: rows kept although one side deleted them
    QJsonObject project;       // the merged project in its JSON form (JSON.md)
};

// Reads the three files; `choices` by Conflict::id, others by `prefer`. False with the reason
// for a file that cannot be read or copies of unrelated projects.
bool merge(const QString &base, const QString &mine, const QString &theirs,
           const QHash<QString, Choice> &choices, Choice prefer, Result *result, QString *error);

// Writes a merged project to `out` (replacing it), all or nothing: it must open and pass
// `check`, or nothing is written and the problems are the error.
bool write(const Result &result, const QString &out, QString *error);

QString kindName(Conflict::Kind kind); // translated, for lists

} // namespace ProjectMerge

} // namespace waymark
