// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeydialog.h"

#include "analytics/freshness.h"
#include "document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace waymark {

JourneyDialog::JourneyDialog(Document *document, const Id &journeyId, QWidget *parent)
    : QDialog(parent), m_document(document), m_journey(*document->project().journey(journeyId)),
      m_name(new QLineEdit(m_journey.name, this)), m_owner(new QLineEdit(m_journey.owner, this)),
      m_goal(new QPlainTextEdit(m_journey.goal, this)), m_state(new QComboBox(this)),
      m_status(new QComboBox(this)), m_reviewDays(new QSpinBox(this)),
      m_reviewedNow(new QCheckBox(tr("Reviewed today"), this)), m_reviewed(new QLabel(this)),
      m_stale(new QLabel(this))
{
    setWindowTitle(tr("Journey Properties"));
    setObjectName(QStringLiteral("journeyDialog"));
    m_name->setObjectName(QStringLiteral("journeyName"));
    m_owner->setObjectName(QStringLiteral("journeyOwner"));
    m_owner->setPlaceholderText(tr("Who keeps this map up to date"));
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 3 + 12);
    for (JourneyState s : {JourneyState::Current, JourneyState::Future, JourneyState::Idea})
        m_state->addItem(displayName(s), int(s));
    m_state->setCurrentIndex(m_state->findData(int(m_journey.state)));
    for (JourneyStatus s : allJourneyStatuses())
        m_status->addItem(displayName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(m_journey.status)));
    m_status->setObjectName(QStringLiteral("journeyStatus"));
    m_reviewDays->setObjectName(QStringLiteral("journeyReviewDays"));
    m_reviewDays->setRange(0, Journey::MaxReviewDays);
    m_reviewDays->setSpecialValueText(tr("no review"));
    m_reviewDays->setSuffix(tr(" days"));
    m_reviewDays->setValue(m_journey.reviewDays);
    m_reviewedNow->setObjectName(QStringLiteral("journeyReviewedNow"));
    m_reviewed->setText(m_journey.reviewed.isValid()
                            ? QLocale().toString(m_journey.reviewed.toLocalTime(),
                                                 QLocale::ShortFormat)
                            : tr("never"));
    m_stale->setObjectName(QStringLiteral("journeyStale"));
    m_stale->setStyleSheet(QStringLiteral("color: #a8441c; font-weight: bold"));
    m_stale->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &JourneyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    connect(m_reviewDays, &QSpinBox::valueChanged, this, &JourneyDialog::updateStale);
    connect(m_reviewedNow, &QCheckBox::toggled, this, &JourneyDialog::updateStale);
    connect(m_status, &QComboBox::currentIndexChanged, this, &JourneyDialog::updateStale);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Goal:"), m_goal);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Review every:"), m_reviewDays);
    form->addRow(tr("Last reviewed:"), m_reviewed);
    form->addRow(QString(), m_reviewedNow);
    form->addRow(QString(), m_stale);
    form->addRow(buttons);
    updateStale();
    resize(520, sizeHint().height());
}

Journey JourneyDialog::edited() const
{
    Journey j = m_journey;
    j.name = m_name->text().trimmed();
    j.goal = m_goal->toPlainText().trimmed();
    j.state = JourneyState(m_state->currentData().toInt());
    j.owner = m_owner->text().trimmed();
    j.status = JourneyStatus(m_status->currentData().toInt());
    j.reviewDays = m_reviewDays->value();
    if (m_reviewedNow->isChecked()) j.reviewed = QDateTime::currentDateTimeUtc();
    return j;
}

void JourneyDialog::updateStale()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Journey j = edited();
    const QDateTime since = Freshness::journeyStaleSince(m_document->project(), j, now);
    const int cards = int(Freshness::staleCards(m_document->project(), j, now).size());
    QStringList text;
    if (since.isValid()) text.append(tr("This journey is %1.").arg(Freshness::staleText(since)));
    if (cards > 0)
        text.append(tr("%n card(s) carry data older than the review interval.", nullptr, cards));
    m_stale->setText(text.join(QLatin1Char(' ')));
    m_stale->setVisible(!text.isEmpty());
}

void JourneyDialog::accept()
{
    if (!m_document->changeJourney(edited())) {
        QMessageBox::warning(this, windowTitle(), m_document->refusalReason());
        return;
    }
    QDialog::accept();
}

} // namespace waymark
