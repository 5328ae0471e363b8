// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace waymark {

class Document;

// Journey > Snapshots...: the named copies kept in the project, newest first. Take one of
// the current journey or the whole project, view one, compare it with the current journey,
// restore it as a new journey, rename or delete it; each is one undo step.
class SnapshotsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SnapshotsDialog(Document *document, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    Id selected() const;
    // Asks for a name (and what to keep) and takes the snapshot; false when cancelled or
    // refused (the reason is shown).
    static bool takeSnapshot(Document *document, QWidget *parent);
    // The snapshot's journey that best matches the current journey: the same journey, or its
    // only or first one; as a DiffSource::resolve() spec.
    static QString specFor(const Document &document, const Snapshot &snapshot);

signals:
    // The user asked for a comparison of `from` with `to` (DiffSource::resolve() specs), or
    // to view `from` alone (`to` empty).
    void compareRequested(const QString &from, const QString &to);

private:
    void rebuild();
    void updateButtons();
    void restore();
    void rename();
    void remove();

    Document *m_document;
    QTreeWidget *m_list;
    QPushButton *m_take, *m_view, *m_compare, *m_restore, *m_rename, *m_delete;
};

} // namespace waymark
