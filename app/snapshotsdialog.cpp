// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotsdialog.h"

#include "document/document.h"
#include "storage/snapshotcodec.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("before-import"))
        return SnapshotsDialog::tr("automatic, before an import");
    if (reason == QLatin1String("before-restore"))
        return SnapshotsDialog::tr("automatic, before a restore");
    return SnapshotsDialog::tr("taken by hand");
}

} // namespace

SnapshotsDialog::SnapshotsDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Snapshots"));
    setObjectName(QStringLiteral("snapshotsDialog"));
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_list->setAccessibleName(tr("Snapshots"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Contents"), tr("Taken"), tr("Kind")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(0, 150);
    auto *hint = new QLabel(tr("A snapshot keeps journeys with their metric values as they "
                               "are now, inside the project file. Waymark also takes one "
                               "before a restore and before an import changes values."),
                            this);
    hint->setWordWrap(true);

    m_take = new QPushButton(tr("&Take Snapshot..."), this);
    m_view = new QPushButton(tr("&View"), this);
    m_view->setToolTip(tr("Show the snapshot's map, read-only"));
    m_view->setObjectName(QStringLiteral("snapshotView"));
    m_compare = new QPushButton(tr("&Compare with Current"), this);
    m_restore = new QPushButton(tr("&Restore as New Journey"), this);
    m_rename = new QPushButton(tr("Re&name..."), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_take->setObjectName(QStringLiteral("snapshotTake"));
    m_compare->setObjectName(QStringLiteral("snapshotCompare"));
    m_restore->setObjectName(QStringLiteral("snapshotRestore"));
    m_delete->setObjectName(QStringLiteral("snapshotDelete"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_take, m_view, m_compare, m_restore, m_rename, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout(this);
    grid->addWidget(hint, 0, 0, 1, 2);
    grid->addWidget(m_list, 1, 0);
    grid->addLayout(buttons, 1, 1);
    grid->addWidget(close, 2, 0, 1, 2);

    connect(m_take, &QPushButton::clicked, this, [this] { takeSnapshot(m_document, this); });
    connect(m_view, &QPushButton::clicked, this, [this] {
        const int i = indexOfId(m_document->project().snapshots, selected());
        if (i < 0) return;
        const QString spec = specFor(*m_document, m_document->project().snapshots[i]);
        emit compareRequested(spec, QString()); // viewed alone
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const int i = indexOfId(m_document->project().snapshots, selected());
        if (i < 0) return;
        emit compareRequested(specFor(*m_document, m_document->project().snapshots[i]),
                              idToString(m_document->currentJourneyId()));
    });
    connect(m_restore, &QPushButton::clicked, this, &SnapshotsDialog::restore);
    connect(m_rename, &QPushButton::clicked, this, &SnapshotsDialog::rename);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsDialog::remove);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SnapshotsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_compare, &QPushButton::click);
    connect(document, &Document::changed, this, [this](const ChangeSet &changes) {
        if (!changes.snapshots.isEmpty() || !changes.journeys.isEmpty()) rebuild();
    });
    rebuild();
    resize(920, 440);
}

Id SnapshotsDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).value<Id>() : Id();
}

void SnapshotsDialog::rebuild()
{
    const Id keep = selected();
    m_list->clear();
    const QLocale locale;
    const Project &p = m_document->project();
    for (auto it = p.snapshots.crbegin(); it != p.snapshots.crend(); ++it) {
        Project content;
        QString error, contents;
        if (!SnapshotCodec::read(it->content, &content, &error))
            contents = tr("cannot be read: %1").arg(error);
        else if (it->journeyId.isNull())
            contents = tr("whole project (%n journey(s))", nullptr, int(content.journeys.size()));
        else
            contents = content.journeys.value(0).name;
        auto *item = new QTreeWidgetItem(
            m_list, {it->name, contents,
                     locale.toString(it->created.toLocalTime(), QLocale::ShortFormat),
                     reasonText(it->reason)});
        item->setData(0, Qt::UserRole, it->id);
        item->setToolTip(1, contents);
        if (it->id == keep) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->topLevelItem(0)->setSelected(true);
    }
    updateButtons();
}

void SnapshotsDialog::updateButtons()
{
    const bool any = !selected().isNull();
    const bool writable = !m_document->isReadOnly();
    m_take->setEnabled(writable);
    m_view->setEnabled(any);
    m_compare->setEnabled(any && !m_document->currentJourneyId().isNull());
    m_restore->setEnabled(any && writable);
    m_rename->setEnabled(any && writable);
    m_delete->setEnabled(any && writable);
}

QString SnapshotsDialog::specFor(const Document &document, const Snapshot &snapshot)
{
    Project content;
    QString error;
    Id journey;
    if (SnapshotCodec::read(snapshot.content, &content, &error) && !content.journeys.isEmpty())
        journey = content.journey(document.currentJourneyId()) ? document.currentJourneyId()
                                                                : content.journeys.first().id;
    return QStringLiteral("snapshot:%1/%2").arg(snapshot.name, idToString(journey));
}

bool SnapshotsDialog::takeSnapshot(Document *document, QWidget *parent)
{
    if (!document || document->isReadOnly()) return false;
    QDialog ask(parent);
    ask.setWindowTitle(tr("Take Snapshot"));
    ask.setObjectName(QStringLiteral("takeSnapshotDialog"));
    auto *name = new QLineEdit(&ask);
    name->setObjectName(QStringLiteral("snapshotName"));
    name->setMaxLength(int(Document::MaxSnapshotName));
    name->setText(document->freeSnapshotName(
        tr("Snapshot %1").arg(QLocale().toString(QDateTime::currentDateTime(),
                                                 QLocale::ShortFormat))));
    name->selectAll();
    const Journey *current = document->project().journey(document->currentJourneyId());
    auto *journey = new QRadioButton(
        current ? tr("The journey \"%1\"").arg(current->name) : tr("The current journey"), &ask);
    auto *whole = new QRadioButton(tr("The whole project (every journey)"), &ask);
    journey->setObjectName(QStringLiteral("snapshotJourney"));
    whole->setObjectName(QStringLiteral("snapshotWhole"));
    journey->setEnabled(current);
    (current ? journey : whole)->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Take Snapshot"));
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(name, &QLineEdit::textChanged, &ask, [&](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("Keep:"), journey);
    form->addRow(QString(), whole);
    form->addRow(buttons);
    ask.resize(460, ask.sizeHint().height());
    if (ask.exec() != QDialog::Accepted) return false;
    if (document->takeSnapshot(name->text(), journey->isChecked() && current ? current->id : Id())
            .isNull()) {
        QMessageBox::warning(parent, tr("Take Snapshot"), document->refusalReason());
        return false;
    }
    return true;
}

void SnapshotsDialog::restore()
{
    const QList<Id> added = m_document->restoreSnapshot(selected());
    if (added.isEmpty()) {
        QMessageBox::warning(this, tr("Restore Snapshot"), m_document->refusalReason());
        return;
    }
    m_document->setCurrentJourney(added.first());
}

void SnapshotsDialog::rename()
{
    const int i = indexOfId(m_document->project().snapshots, selected());
    if (i < 0) return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Snapshot"), tr("Name:"), QLineEdit::Normal,
                              m_document->project().snapshots[i].name, &ok);
    if (ok && !m_document->renameSnapshot(selected(), name))
        QMessageBox::warning(this, tr("Rename Snapshot"), m_document->refusalReason());
}

void SnapshotsDialog::remove()
{
    const int i = indexOfId(m_document->project().snapshots, selected());
    if (i < 0) return;
    // Undo brings it back, so one click is enough.
    m_document->removeSnapshot(selected());
}

} // namespace waymark
