// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencepanel.h"

#include "document/document.h"
#include "insightdialog.h"
#include "panelbutton.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace waymark {

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_list(new QTreeWidget(this)), m_empty(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("insightSearch"));
    m_search->setPlaceholderText(tr("Search insights, sources and tags"));
    m_search->setAccessibleName(tr("Search insights"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("insightFilter"));
    m_kind->setAccessibleName(tr("Show insights of kind"));
    m_kind->addItem(tr("All kinds"));
    for (InsightKind k : allInsightKinds())
        m_kind->addItem(displayName(k), int(k));
    m_list->setObjectName(QStringLiteral("insightList"));
    m_list->setAccessibleName(tr("Insights"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformRowHeights(false);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_add = panelButton(this, tr("Add"), QStringLiteral("list-add"),
                        tr("Add an insight (linked to the selected cards)"));
    m_edit = panelButton(this, tr("Edit"), QStringLiteral("document-edit"),
                         tr("Change the insight"));
    m_link = panelButton(this, tr("Link"), QStringLiteral("insert-link"),
                         tr("Link the selected cards to the insight"));
    m_show = panelButton(this, tr("Cards"), QStringLiteral("edit-find"),
                         tr("Select the cards of this journey that rest on the insight"));
    m_open = panelButton(this, tr("Open"), QStringLiteral("document-open"),
                         tr("Open the insight's link or file"));
    m_delete = panelButton(this, tr("Delete"), QStringLiteral("edit-delete"),
                           tr("Delete the insight; its cards lose the link"));
    m_coverage = panelButton(this, tr("Coverage"), QStringLiteral("view-statistics"),
                             tr("How much of the journey rests on evidence"));
    m_add->setObjectName(QStringLiteral("insightAdd"));
    m_edit->setObjectName(QStringLiteral("insightEdit"));
    m_link->setObjectName(QStringLiteral("insightLinkCards"));
    m_show->setObjectName(QStringLiteral("insightShowCards"));
    m_open->setObjectName(QStringLiteral("insightOpen"));
    m_delete->setObjectName(QStringLiteral("insightDelete"));
    m_coverage->setObjectName(QStringLiteral("insightCoverage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_kind);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(
        panelButtonRow(this, {m_add, m_edit, m_link, m_show, m_open, m_delete, m_coverage}));
    connect(m_search, &QLineEdit::textChanged, this, &EvidencePanel::rebuild);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EvidencePanel::rebuild);
    connect(m_add, &QToolButton::clicked, this, &EvidencePanel::addInsight);
    connect(m_edit, &QToolButton::clicked, this, &EvidencePanel::editInsight);
    connect(m_link, &QToolButton::clicked, this, &EvidencePanel::toggleLink);
    connect(m_show, &QToolButton::clicked, this, &EvidencePanel::showCards);
    connect(m_delete, &QToolButton::clicked, this, &EvidencePanel::removeInsight);
    connect(m_coverage, &QToolButton::clicked, this, &EvidencePanel::coverageRequested);
    connect(m_open, &QToolButton::clicked, this, [this] {
        const Insight *x = m_document ? m_document->project().insight(selectedInsight()) : nullptr;
        if (!x || x->link.isEmpty()) return;
        const QUrl url = QUrl::fromUserInput(x->link, QFileInfo(m_document->filePath()).absolutePath());
        if (!QDesktopServices::openUrl(url))
            QMessageBox::warning(this, tr("Open Link"),
                                 tr("\"%1\" could not be opened.").arg(x->link));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EvidencePanel::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &EvidencePanel::editInsight);
    rebuild();
}

void EvidencePanel::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeSet &changes) {
            if (!changes.insights.isEmpty() || !changes.cards.isEmpty() ||
                !changes.journeys.isEmpty())
                rebuild();
        });
        connect(document, &Document::currentJourneyChanged, this, &EvidencePanel::rebuild);
        connect(document, &Document::selectionChanged, this, &EvidencePanel::rebuild);
    }
    rebuild();
}

Id EvidencePanel::selectedInsight() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).value<Id>() : Id();
}

void EvidencePanel::selectInsight(const Id &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).value<Id>() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void EvidencePanel::rebuild()
{
    const Id keep = selectedInsight();
    m_list->clear();
    const Project *p = m_document ? &m_document->project() : nullptr;
    QSet<Id> onSelection; // insights the selected cards rest on
    if (p)
        if (const Journey *j = p->journey(m_document->currentJourneyId()))
            for (const Id &id : m_document->selectedCards())
                if (const Card *c = j->card(id))
                    for (const Id &x : c->insights)
                        onSelection.insert(x);
    const QString needle = m_search->text().trimmed();
    const QVariant kind = m_kind->currentData();
    const QLocale locale;
    int shown = 0;
    if (p) {
        QHash<Id, int> cited;
        for (const Journey &j : p->journeys)
            for (const Card &c : j.cards)
                for (const Id &x : c.insights)
                    ++cited[x];
        for (const Insight &x : p->insights) {
            if (kind.isValid() && int(x.kind) != kind.toInt()) continue;
            if (!needle.isEmpty() && !x.text.contains(needle, Qt::CaseInsensitive) &&
                !x.source.contains(needle, Qt::CaseInsensitive) &&
                !x.tags.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive))
                continue;
            QStringList facts{displayName(x.kind)};
            if (!x.source.isEmpty()) facts.append(x.source);
            if (x.date.isValid()) facts.append(locale.toString(x.date, QLocale::ShortFormat));
            facts.append(tr("%n card(s)", nullptr, cited.value(x.id)));
            QString text = x.text.simplified();
            if (text.size() > 140) text = text.left(139) + QChar(0x2026);
            if (onSelection.contains(x.id)) text = QStringLiteral("\u2713 ") + text;
            auto *item = new QTreeWidgetItem(
                m_list, {text + QLatin1Char('\n') + facts.join(QStringLiteral(" \u00b7 ")) +
                         (x.tags.isEmpty() ? QString()
                                           : QStringLiteral("  #") +
                                                 x.tags.join(QStringLiteral(" #")))});
            item->setData(0, Qt::UserRole, QVariant::fromValue(x.id));
            item->setToolTip(0, x.text + (x.link.isEmpty() ? QString()
                                                           : QStringLiteral("\n\n") + x.link));
            if (onSelection.contains(x.id)) {
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
            }
            if (x.id == keep) m_list->setCurrentItem(item);
            ++shown;
        }
    }
    m_empty->setText(!p ? QString()
                     : p->insights.isEmpty()
                         ? tr("No insights yet. Add the interview quotes, survey results, "
                              "analytics findings and tickets your map rests on, then link "
                              "cards to them.")
                         : tr("No insight matches."));
    m_list->setVisible(shown > 0);
    m_empty->setVisible(shown == 0);
    updateButtons();
}

bool EvidencePanel::allLinked() const
{
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    const Id x = selectedInsight();
    if (!j || x.isNull() || m_document->selectedCards().isEmpty()) return false;
    for (const Id &id : m_document->selectedCards())
        if (const Card *c = j->card(id); !c || !c->insights.contains(x)) return false;
    return true;
}

void EvidencePanel::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const Insight *x = m_document ? m_document->project().insight(selectedInsight()) : nullptr;
    const bool cards = m_document && !m_document->selectedCards().isEmpty();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && x);
    m_delete->setEnabled(writable && x);
    m_link->setEnabled(writable && x && cards);
    const bool unlink = allLinked();
    m_link->setText(unlink ? tr("Unlink") : tr("Link"));
    m_link->setToolTip(unlink ? tr("Unlink the selected cards from the insight")
                              : tr("Link the selected cards to the insight"));
    m_show->setEnabled(x != nullptr);
    m_open->setEnabled(x && !x->link.isEmpty());
    m_coverage->setEnabled(m_document &&
                           m_document->project().journey(m_document->currentJourneyId()));
}

bool EvidencePanel::addInsight()
{
    if (!m_document) return false;
    InsightDialog dialog(Insight{}, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    const Id id = m_document->addInsight(dialog.insight());
    if (id.isNull()) {
        QMessageBox::warning(this, tr("Add Insight"), m_document->refusalReason());
        return false;
    }
    // Written for the cards in view: they rest on it at once (a second undo step).
    if (!m_document->selectedCards().isEmpty())
        m_document->linkInsight(m_document->currentJourneyId(), m_document->selectedCards(), id,
                                true);
    rebuild();
    selectInsight(id);
    return true;
}

bool EvidencePanel::editInsight()
{
    const Insight *x = m_document ? m_document->project().insight(selectedInsight()) : nullptr;
    if (!x) return false;
    InsightDialog dialog(*x, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    if (!m_document->changeInsight(dialog.insight())) {
        QMessageBox::warning(this, tr("Edit Insight"), m_document->refusalReason());
        return false;
    }
    return true;
}

bool EvidencePanel::toggleLink()
{
    const Id x = selectedInsight();
    if (!m_document || x.isNull()) return false;
    if (!m_document->linkInsight(m_document->currentJourneyId(), m_document->selectedCards(), x,
                                 !allLinked())) {
        QMessageBox::warning(this, tr("Link Insight"), m_document->refusalReason());
        return false;
    }
    return true;
}

bool EvidencePanel::removeInsight()
{
    const Insight *x = m_document ? m_document->project().insight(selectedInsight()) : nullptr;
    if (!x) return false;
    const int cards = int(m_document->project().cardsCiting(x->id).size());
    if (cards > 0 &&
        QMessageBox::question(this, tr("Delete Insight"),
                              tr("%n card(s) rest on this insight. Delete it and unlink them?",
                                 nullptr, cards)) != QMessageBox::Yes)
        return false;
    return m_document->removeInsight(x->id);
}

void EvidencePanel::showCards()
{
    const Id x = selectedInsight();
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    if (!j || x.isNull()) return;
    QList<Id> cards;
    for (const Card &c : j->cards)
        if (c.insights.contains(x)) cards.append(c.id);
    m_document->setSelectedCards(cards);
}

} // namespace waymark
