// SPDX-License-Identifier: GPL-3.0-or-later
// Checks shared by the tests of Document commands.
#pragma once

#include "document/document.h"
#include "storage/checker.h"
#include "testutil.h"

#include <functional>
#include <QTest>
#include <QUndoStack>

namespace waymark::test {

// Metric definitions are read back in key order; the model keeps them as added.
inline Project comparable(const Project &p)
{
    Project n = normalized(p);
    std::sort(n.metrics.begin(), n.metrics.end(),
              [](const MetricDefinition &a, const MetricDefinition &b) { return a.key < b.key; });
    return n;
}

// One undo step: done, persisted, undone to the byte, redone, and the file stays sound.
inline void oneStep(Document &doc, const QString &file, const std::function<bool()> &edit,
                    const QString &undoText)
{
    doc.undoStack()->clear();
    const Project before = comparable(doc.project());
    const QStringList fileBefore = dumpFile(file);
    QVERIFY2(edit(), qPrintable(doc.refusalReason()));
    QVERIFY2(doc.isSaved(), qPrintable(doc.saveError()));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), undoText);
    const Project after = comparable(doc.project());
    QVERIFY(after != before);
    const QStringList fileAfter = dumpFile(file);
    QVERIFY(fileAfter != fileBefore);
    QCOMPARE(comparable(reopenProject(file)), after);
    doc.undoStack()->undo();
    QCOMPARE(comparable(doc.project()), before);
    QCOMPARE(dumpFile(file), fileBefore);
    doc.undoStack()->redo();
    QCOMPARE(comparable(doc.project()), after);
    QCOMPARE(dumpFile(file), fileAfter);
    QCOMPARE(checkProjectFile(file).problems, QStringList());
}

} // namespace waymark::test
