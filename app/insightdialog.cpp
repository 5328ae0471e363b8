// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace waymark {

InsightDialog::InsightDialog(const Insight &insight, QWidget *parent)
    : QDialog(parent), m_insight(insight), m_kind(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)), m_source(new QLineEdit(this)), m_link(new QLineEdit(this)),
      m_tags(new QLineEdit(this)), m_hasDate(new QCheckBox(tr("&Known:"), this)),
      m_date(new QDateEdit(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("insightDialog"));
    setWindowTitle(insight.text.isEmpty() ? tr("Add Insight") : tr("Edit Insight"));
    for (InsightKind k : allInsightKinds())
        m_kind->addItem(displayName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(insight.kind)));
    m_kind->setObjectName(QStringLiteral("insightKind"));
    m_text->setObjectName(QStringLiteral("insightText"));
    m_text->setPlainText(insight.text);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The quote or the finding, e.g. \"I never found the monthly "
                                  "price.\""));
    m_source->setObjectName(QStringLiteral("insightSource"));
    m_source->setText(insight.source);
    m_source->setPlaceholderText(tr("Who or where, e.g. Interview P3, NPS survey Q1"));
    m_link->setObjectName(QStringLiteral("insightLink"));
    m_link->setText(insight.link);
    m_link->setPlaceholderText(tr("A web address or a file path"));
    m_tags->setObjectName(QStringLiteral("insightTags"));
    m_tags->setText(insight.tags.join(QStringLiteral(", ")));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_date->setObjectName(QStringLiteral("insightDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(insight.date.isValid() ? insight.date : QDate::currentDate());
    m_hasDate->setObjectName(QStringLiteral("insightHasDate"));
    m_hasDate->setChecked(insight.date.isValid());
    m_date->setEnabled(insight.date.isValid());
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("insightHint"));

    auto *dateRow = new QWidget(this);
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(m_hasDate);
    dateLayout->addWidget(m_date, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_hint);
    form->addRow(tr("&Insight:"), m_text);
    form->addRow(tr("&Source:"), m_source);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_hasDate);
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("&Link:"), m_link);
    form->addRow(tr("&Tags:"), m_tags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto enableOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, enableOk);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InsightDialog::updateHint);
    enableOk();
    updateHint();
    resize(480, sizeHint().height());
}

void InsightDialog::updateHint()
{
    const auto kind = InsightKind(m_kind->currentData().toInt());
    m_hint->setText(evidenceOf(kind) == Evidence::Observed
                        ? tr("Cards linked to it count as observed: seen in data or behaviour.")
                        : tr("Cards linked to it count as reported: what people said."));
}

Insight InsightDialog::insight() const
{
    Insight x = m_insight;
    x.kind = InsightKind(m_kind->currentData().toInt());
    x.text = m_text->toPlainText().trimmed();
    x.source = m_source->text().trimmed();
    x.link = m_link->text().trimmed();
    x.date = m_hasDate->isChecked() ? m_date->date() : QDate();
    x.tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts); // trimmed by Document
    return x;
}

} // namespace waymark
