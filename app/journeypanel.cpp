// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeypanel.h"

#include "analytics/freshness.h"
#include "document/document.h"
#include "document/templates.h"
#include "panelbutton.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark {

JourneyPanel::JourneyPanel(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    m_list->setAccessibleName(tr("Journeys"));
    m_list->setWordWrap(true);
    m_add = panelButton(this, tr("Add"), QStringLiteral("list-add"), tr("Add a journey"));
    m_rename =
        panelButton(this, tr("Rename"), QStringLiteral("edit-rename"), tr("Rename the journey"));
    m_duplicate = panelButton(this, tr("Future"), QStringLiteral("edit-copy"),
                              tr("Duplicate as future state"));
    m_delete =
        panelButton(this, tr("Delete"), QStringLiteral("edit-delete"), tr("Delete the journey"));
    m_up = panelButton(this, tr("Up"), QStringLiteral("go-up"), tr("Move the journey up"));
    m_down = panelButton(this, tr("Down"), QStringLiteral("go-down"), tr("Move the journey down"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addWidget(panelButtonRow(this, {m_add, m_rename, m_duplicate, m_delete, m_up, m_down}));
    connect(m_up, &QToolButton::clicked, this, [this] { moveJourney(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveJourney(1); });

    connect(m_add, &QToolButton::clicked, this, &JourneyPanel::addJourney);
    connect(m_rename, &QToolButton::clicked, this, &JourneyPanel::renameJourney);
    connect(m_duplicate, &QToolButton::clicked, this, &JourneyPanel::duplicateAsFuture);
    connect(m_delete, &QToolButton::clicked, this, &JourneyPanel::deleteJourney);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &JourneyPanel::renameJourney);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_document && row >= 0 && row < m_document->project().journeys.size())
            m_document->setCurrentJourney(m_document->project().journeys[row].id);
        updateButtons();
    });
    updateButtons();
}

void JourneyPanel::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeSet &changes) {
            if (!changes.journeys.isEmpty() || changes.journeyOrder) rebuild();
        });
        connect(document, &Document::currentJourneyChanged, this, &JourneyPanel::rebuild);
    }
    rebuild();
}

void JourneyPanel::rebuild()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (m_document) {
        const Project &p = m_document->project();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Journey &j : p.journeys) {
            QStringList second{displayName(j.state)};
            if (j.status != JourneyStatus::Draft) second.append(displayName(j.status));
            const QDateTime stale = Freshness::journeyStaleSince(p, j, now);
            if (stale.isValid()) second.append(Freshness::staleText(stale));
            auto *item = new QListWidgetItem(
                QStringLiteral("%1\n%2").arg(j.name, second.join(QStringLiteral(" · "))), m_list);
            QStringList tip;
            if (!j.goal.isEmpty()) tip.append(j.goal);
            if (!j.owner.isEmpty()) tip.append(tr("Owner: %1").arg(j.owner));
            if (j.reviewDays > 0)
                tip.append(tr("Review every %n day(s)", nullptr, j.reviewDays));
            item->setToolTip(tip.join(QLatin1Char('\n')));
            if (stale.isValid()) item->setForeground(QColor(0xa8, 0x44, 0x1c));
            item->setData(Qt::UserRole, j.id);
        }
        m_list->setCurrentRow(p.journeyIndex(m_document->currentJourneyId()));
    }
    updateButtons();
}

void JourneyPanel::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const bool hasCurrent = editable && m_list->currentRow() >= 0;
    m_add->setEnabled(editable);
    m_rename->setEnabled(hasCurrent);
    m_duplicate->setEnabled(hasCurrent);
    m_delete->setEnabled(hasCurrent && m_list->count() > 1);
    m_up->setEnabled(hasCurrent && m_list->currentRow() > 0);
    m_down->setEnabled(hasCurrent && m_list->currentRow() < m_list->count() - 1);
}

void JourneyPanel::moveJourney(int delta)
{
    const int row = m_list->currentRow();
    if (m_document && row >= 0) m_document->moveJourney(row, row + delta);
}

void JourneyPanel::addJourney()
{
    if (!m_document) return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Journey"), tr("Name of the new journey:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty()) return;
    const Id id = m_document->addJourney(
        makeJourney(Template::FivePhases, m_document->project().info.language, name));
    m_document->setCurrentJourney(id);
}

void JourneyPanel::renameJourney()
{
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    if (!j || m_document->isReadOnly()) return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Journey"), tr("New name:"),
                                               QLineEdit::Normal, j->name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) return;
    Journey renamed = *j;
    renamed.name = name;
    m_document->changeJourney(renamed);
}

void JourneyPanel::duplicateAsFuture()
{
    if (!m_document) return;
    const Id id = m_document->duplicateJourney(m_document->currentJourneyId(), true);
    if (!id.isNull()) m_document->setCurrentJourney(id);
}

void JourneyPanel::deleteJourney()
{
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    if (!j) return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Journey"),
        tr("Delete the journey \"%1\" with its %n card(s)? You can undo this.", nullptr,
           int(j->cards.size()))
            .arg(j->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) m_document->removeJourney(j->id);
}

} // namespace waymark
