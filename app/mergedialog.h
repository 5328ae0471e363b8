// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/projectmerge.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace waymark {

// File > Merge Copies...: BASE, MINE and THEIRS chosen, what each copy changed counted, each
// conflict shown with both sides and decided (mine, theirs, or both where that can be), then
// the merged project written to a new file.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // `mine`: the open project's file, offered as MINE.
    explicit MergeDialog(const QString &mine, QWidget *parent = nullptr);

    void setFiles(const QString &base, const QString &mine, const QString &theirs);
    // Reads the three copies and lists the conflicts; false (with the reason shown) when they
    // cannot be merged.
    bool compare();
    const ProjectMerge::Result &result() const { return m_result; }
    // The conflicts' choices as the list shows them.
    QHash<QString, ProjectMerge::Choice> choices() const;
    // Merges with those choices into `out`; false with the reason.
    bool mergeInto(const QString &out, QString *error);
    // The file the last merge wrote.
    QString mergedFile() const { return m_merged; }

private:
    void chooseFile(QLineEdit *edit, const QString &title);
    void chooseOutputAndMerge();
    void setAll(ProjectMerge::Choice choice);

    QLineEdit *m_base, *m_mine, *m_theirs;
    QLabel *m_summary;
    QTreeWidget *m_conflicts;
    QPushButton *m_merge;
    ProjectMerge::Result m_result;
    QString m_merged;
    bool m_compared = false;
};

} // namespace waymark
