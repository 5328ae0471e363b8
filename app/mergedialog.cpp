// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {
using Choice = ProjectMerge::Choice;
constexpr int ChoiceColumn = 4;
constexpr int IdRole = Qt::UserRole;
} // namespace

MergeDialog::MergeDialog(const QString &mine, QWidget *parent)
    : QDialog(parent), m_base(new QLineEdit(this)), m_mine(new QLineEdit(mine, this)),
      m_theirs(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_conflicts(new QTreeWidget(this)), m_merge(new QPushButton(tr("Mer&ge..."), this))
{
    setWindowTitle(tr("Merge Copies"));
    m_base->setObjectName(QStringLiteral("base"));
    m_mine->setObjectName(QStringLiteral("mine"));
    m_theirs->setObjectName(QStringLiteral("theirs"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_merge->setObjectName(QStringLiteral("merge"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(
        tr("Bring together two copies of a project that were edited apart. What only one copy "
           "changed is taken; where both changed the same thing differently, you decide. The "
           "three files stay as they are; the result is a new file."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto fileRow = [&](QLineEdit *edit, const QString &label, const QString &tip) {
        auto *row = new QHBoxLayout;
        edit->setToolTip(tip);
        edit->setPlaceholderText(tip);
        auto *browse = new QPushButton(tr("Browse..."), this);
        connect(browse, &QPushButton::clicked, this, [this, edit, label] {
            chooseFile(edit, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        });
        row->addWidget(edit, 1);
        row->addWidget(browse);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(edit);
        form->addRow(caption, row);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_compared = false;
            m_merge->setEnabled(false);
        });
    };
    fileRow(m_base, tr("&Base:"), tr("The copy both started from (e.g. the file as it was sent)"));
    fileRow(m_mine, tr("&Mine:"), tr("Your copy"));
    fileRow(m_theirs, tr("&Theirs:"), tr("The other copy, edited elsewhere"));

    auto *compareButton = new QPushButton(tr("&Compare"), this);
    compareButton->setObjectName(QStringLiteral("compare"));
    compareButton->setDefault(true);
    connect(compareButton, &QPushButton::clicked, this, &MergeDialog::compare);

    m_conflicts->setColumnCount(5);
    m_conflicts->setHeaderLabels({tr("What"), tr("Conflict"), tr("Mine"), tr("Theirs"), tr("Keep")});
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setAlternatingRowColors(true);
    m_conflicts->setWordWrap(true);
    m_conflicts->header()->setStretchLastSection(false);
    for (int c : {0, 2, 3})
        m_conflicts->header()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_conflicts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_conflicts->header()->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);

    auto *allMine = new QPushButton(tr("&All Mine"), this);
    auto *allTheirs = new QPushButton(tr("All T&heirs"), this);
    allMine->setObjectName(QStringLiteral("allMine"));
    allTheirs->setObjectName(QStringLiteral("allTheirs"));
    connect(allMine, &QPushButton::clicked, this, [this] { setAll(Choice::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { setAll(Choice::Theirs); });
    auto *bulk = new QHBoxLayout;
    bulk->addWidget(compareButton);
    bulk->addStretch();
    bulk->addWidget(allMine);
    bulk->addWidget(allTheirs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    m_merge->setEnabled(false);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::chooseOutputAndMerge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(bulk);
    layout->addWidget(m_summary);
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

void MergeDialog::setFiles(const QString &base, const QString &mine, const QString &theirs)
{
    m_base->setText(base);
    m_mine->setText(mine);
    m_theirs->setText(theirs);
}

void MergeDialog::chooseFile(QLineEdit *edit, const QString &title)
{
    const QString start = edit->text().isEmpty() ? QFileInfo(m_mine->text()).absolutePath()
                                                 : edit->text();
    const QString path = QFileDialog::getOpenFileName(this, title, start,
                                                      tr("Waymark projects (*.waymark)"));
    if (!path.isEmpty()) edit->setText(path);
}

bool MergeDialog::compare()
{
    m_conflicts->clear();
    m_merge->setEnabled(false);
    QString error;
    for (QLineEdit *edit : {m_base, m_mine, m_theirs})
        if (edit->text().trimmed().isEmpty()) {
            m_summary->setText(tr("Choose the three files first."));
            return false;
        }
    if (!ProjectMerge::merge(m_base->text(), m_mine->text(), m_theirs->text(), {}, Choice::Mine,
                             &m_result, &error)) {
        m_summary->setText(tr("These copies cannot be merged: %1").arg(error));
        return false;
    }
    m_compared = true;
    QString summary =
        tr("%1 from mine, %2 from theirs.")
            .arg(tr("%n change(s)", nullptr, m_result.fromMine),
                 tr("%n change(s)", nullptr, m_result.fromTheirs));
    summary += QLatin1Char(' ') +
               (m_result.conflicts.isEmpty()
                    ? tr("No conflicts: everything combines.")
                    : tr("%n conflict(s): choose what to keep for each.", nullptr,
                         int(m_result.conflicts.size())));
    for (const QString &k : m_result.kept)
        summary += QLatin1Char('\n') + tr("Kept: %1.").arg(k);
    m_summary->setText(summary);
    for (const ProjectMerge::Conflict &c : m_result.conflicts) {
        auto *item = new QTreeWidgetItem(
            m_conflicts, {c.what, ProjectMerge::kindName(c.kind), c.mine, c.theirs, QString()});
        item->setData(0, IdRole, c.id);
        for (int col = 0; col < 4; ++col)
            item->setToolTip(col, item->text(col));
        auto *choice = new QComboBox(m_conflicts);
        choice->addItem(tr("Mine"), int(Choice::Mine));
        choice->addItem(tr("Theirs"), int(Choice::Theirs));
        if (c.canKeepBoth) choice->addItem(tr("Both"), int(Choice::Both));
        choice->setAccessibleName(tr("Keep for %1").arg(c.what));
        m_conflicts->setItemWidget(item, ChoiceColumn, choice);
    }
    m_merge->setEnabled(true);
    return true;
}

QHash<QString, ProjectMerge::Choice> MergeDialog::choices() const
{
    QHash<QString, Choice> out;
    for (int i = 0; i < m_conflicts->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_conflicts->topLevelItem(i);
        auto *combo = qobject_cast<QComboBox *>(m_conflicts->itemWidget(item, ChoiceColumn));
        if (combo) out.insert(item->data(0, IdRole).toString(), Choice(combo->currentData().toInt()));
    }
    return out;
}

void MergeDialog::setAll(Choice choice)
{
    for (int i = 0; i < m_conflicts->topLevelItemCount(); ++i)
        if (auto *combo = qobject_cast<QComboBox *>(
                m_conflicts->itemWidget(m_conflicts->topLevelItem(i), ChoiceColumn)))
            combo->setCurrentIndex(combo->findData(int(choice)));
}

bool MergeDialog::mergeInto(const QString &out, QString *error)
{
    if (!m_compared && !compare()) {
        *error = m_summary->text();
        return false;
    }
    for (QLineEdit *input : {m_base, m_mine, m_theirs})
        if (QFileInfo(out) == QFileInfo(input->text())) {
            *error = tr("choose a new file: the three copies stay as they are");
            return false;
        }
    ProjectMerge::Result result;
    if (!ProjectMerge::merge(m_base->text(), m_mine->text(), m_theirs->text(), choices(),
                             Choice::Mine, &result, error) ||
        !ProjectMerge::write(result, out, error))
        return false;
    m_merged = out;
    return true;
}

void MergeDialog::chooseOutputAndMerge()
{
    const QFileInfo mine(m_mine->text());
    QString out = QFileDialog::getSaveFileName(
        this, tr("Save Merged Project"),
        mine.absolutePath() + QLatin1Char('/') + tr("%1 (merged).waymark").arg(mine.completeBaseName()),
        tr("Waymark projects (*.waymark)"));
    if (out.isEmpty()) return;
    if (!out.endsWith(QLatin1String(".waymark"), Qt::CaseInsensitive))
        out += QStringLiteral(".waymark");
    QString error;
    if (!mergeInto(out, &error)) {
        QMessageBox::warning(this, tr("Cannot Merge"),
                             tr("Waymark cannot write \"%1\":\n%2")
                                 .arg(QDir::toNativeSeparators(out), error));
        return;
    }
    accept();
}

} // namespace waymark
