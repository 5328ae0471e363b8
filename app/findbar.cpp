// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/document.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace waymark {

namespace {
QToolButton *tool(QWidget *parent, const QString &icon, const QString &text)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon::fromTheme(icon));
    b->setText(text);
    b->setToolTip(text);
    b->setAccessibleName(text);
    b->setAutoRaise(true);
    return b;
}
QComboBox *filterBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

FindBar::FindBar(MapView *view, QWidget *parent)
    : QWidget(parent), m_view(view), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_previous(tool(this, QStringLiteral("go-up"), tr("Previous match"))),
      m_next(tool(this, QStringLiteral("go-down"), tr("Next match"))),
      m_close(tool(this, QStringLiteral("window-close"), tr("Close find and filters"))),
      m_tag(filterBox(this)), m_channel(filterBox(this)), m_persona(filterBox(this)),
      m_evidence(filterBox(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_search->setObjectName(QStringLiteral("findField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Find cards"));
    m_search->setAccessibleName(tr("Find cards"));
    m_search->setMinimumWidth(200);
    m_previous->setText(QStringLiteral("▲"));
    m_next->setText(QStringLiteral("▼"));
    m_close->setText(QStringLiteral("✕"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 3, 6, 3);
    row->addWidget(m_search);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(m_count);
    row->addSpacing(12);
    auto *filterLabel = new QLabel(tr("Show only:"), this);
    row->addWidget(filterLabel);
    for (QComboBox *box : {m_tag, m_channel, m_persona, m_evidence}) {
        row->addWidget(box);
        connect(box, &QComboBox::activated, this, &FindBar::update);
    }
    row->addStretch();
    row->addWidget(m_close);
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_channel->setAccessibleName(tr("Filter by channel"));
    m_persona->setAccessibleName(tr("Filter by persona"));
    m_evidence->setAccessibleName(tr("Filter by evidence"));
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_current = -1;
        update();
        step(1);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeBar);
    fillFilters();
    hide();
}

void FindBar::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // Hidden, the bar has nothing to show: big maps skip the work on every edit.
        connect(document, &Document::changed, this, [this] {
            if (!isVisible()) return;
            fillFilters();
            update();
        });
        connect(document, &Document::currentJourneyChanged, this, [this] {
            fillFilters();
            m_current = -1;
            update();
        });
    }
    fillFilters();
    update();
}

void FindBar::fillFilters()
{
    auto refill = [](QComboBox *box, const QString &any,
                     const QList<QPair<QString, QVariant>> &entries) {
        const QVariant current = box->currentData();
        box->clear();
        box->addItem(any, QVariant());
        for (const auto &e : entries)
            box->addItem(e.first, e.second);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<QPair<QString, QVariant>> tags, channels, personas, evidence;
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    QStringList allTags;
    if (j)
        for (const Card &c : j->cards)
            for (const QString &t : c.tags)
                if (!allTags.contains(t)) allTags.append(t);
    allTags.sort(Qt::CaseInsensitive);
    for (const QString &t : allTags)
        tags.append({t, t});
    for (Channel c : allChannels())
        channels.append({displayName(c), int(c)});
    if (m_document)
        for (const Persona &p : m_document->project().personas)
            personas.append({p.name, idToString(p.id)});
    for (Evidence e : {Evidence::Observed, Evidence::Reported, Evidence::Assumed})
        evidence.append({displayName(e), int(e)});
    refill(m_tag, tr("Any tag"), tags);
    refill(m_channel, tr("Any channel"), channels);
    refill(m_persona, tr("Any persona"), personas);
    refill(m_evidence, tr("Any evidence"), evidence);
}

bool FindBar::passesFilters(const Card &c) const
{
    if (m_tag->currentData().isValid() && !c.tags.contains(m_tag->currentData().toString()))
        return false;
    if (m_channel->currentData().isValid() && int(c.channel) != m_channel->currentData().toInt())
        return false;
    if (m_persona->currentData().isValid() &&
        idToString(c.personaId) != m_persona->currentData().toString())
        return false;
    if (m_evidence->currentData().isValid() && int(c.evidence) != m_evidence->currentData().toInt())
        return false;
    return true;
}

void FindBar::update()
{
    m_matches.clear();
    QSet<Id> dimmed, highlighted;
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    const QString query = m_search->text().trimmed();
    if (j) {
        const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
        // Matches in reading order: stage by stage, lane by lane, top to bottom.
        QList<const Card *> cards;
        for (const Card &c : j->cards)
            cards.append(&c);
        QHash<Id, int> column, row;
        for (int s = 0; s < j->stages.size(); ++s)
            column.insert(j->stages[s].id, s);
        for (int l = 0; l < j->lanes.size(); ++l)
            row.insert(j->lanes[l].id, l);
        std::sort(cards.begin(), cards.end(), [&](const Card *a, const Card *b) {
            return std::make_tuple(column.value(a->stageId), row.value(a->laneId), a->order) <
                   std::make_tuple(column.value(b->stageId), row.value(b->laneId), b->order);
        });
        for (const Card *c : cards) {
            if (!passesFilters(*c)) {
                dimmed.insert(c->id);
                continue;
            }
            if (query.isEmpty()) continue;
            bool hit = c->text.contains(query, cs) || c->notes.contains(query, cs) ||
                       c->touchpointKey.contains(query, cs);
            for (const QString &t : c->tags)
                hit = hit || t.contains(query, cs);
            if (hit) {
                m_matches.append(c->id);
                highlighted.insert(c->id);
            }
        }
    }
    m_view->mapScene()->setDimmed(dimmed);
    m_view->mapScene()->setHighlighted(highlighted);
    if (m_current >= m_matches.size()) m_current = int(m_matches.size()) - 1;
    if (query.isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No match"));
    else if (m_current < 0)
        m_count->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_previous->setEnabled(!m_matches.isEmpty());
    m_next->setEnabled(!m_matches.isEmpty());
}

void FindBar::step(int delta)
{
    if (m_matches.isEmpty() || !m_document) return;
    m_current = (m_current + delta + int(m_matches.size())) % int(m_matches.size());
    if (m_current < 0) m_current = 0;
    const Id id = m_matches[m_current];
    m_document->setSelectedCards({id});
    m_view->ensureCardVisible(id);
    m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(m_current < 0 ? 0 : -1);
}

void FindBar::activate()
{
    show();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FindBar::closeBar()
{
    m_search->clear();
    for (QComboBox *box : {m_tag, m_channel, m_persona, m_evidence})
        box->setCurrentIndex(0);
    update();
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) fillFilters();
    QWidget::changeEvent(event);
}

} // namespace waymark
