// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveydialog.h"

#include "analytics/journeymetrics.h"
#include "analytics/survey.h"
#include "document/document.h"
#include "eventlogdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace waymark {

SurveyDialog::SurveyDialog(Document *document, const QString &path, bool contacts, QWidget *parent)
    : QDialog(parent), m_document(document), m_path(path),
      m_responses(new QRadioButton(tr("&Survey responses: CSAT, NPS or CES per touchpoint"), this)),
      m_contacts(new QRadioButton(tr("&Contact records: repeat contacts, first contact "
                                     "resolution, self-service containment per channel"),
                                  this)),
      m_target(new QComboBox(this)), m_score(new QComboBox(this)), m_scale(new QComboBox(this)),
      m_period(new QComboBox(this)), m_dateCut(new QComboBox(this)), m_segment(new QComboBox(this)),
      m_customer(new QComboBox(this)), m_time(new QComboBox(this)), m_channel(new QComboBox(this)),
      m_reason(new QComboBox(this)), m_resolved(new QComboBox(this)),
      m_contactSegment(new QComboBox(this)), m_zone(new QComboBox(this)),
      m_contactCut(new QComboBox(this)), m_window(new QSpinBox(this)),
      m_selfService(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("surveyDialog"));
    setWindowTitle(tr("Import Survey Responses \"%1\"").arg(QFileInfo(path).fileName()));
    m_scale->setObjectName(QStringLiteral("scale"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b2182b"));
    m_scale->addItem(tr("From the column's name"), QString());
    m_scale->addItem(tr("CSAT 1-5 (satisfied: 4-5)"), toKey(ScoreScale::Csat5));
    m_scale->addItem(tr("CSAT 1-10 (satisfied: 9-10)"), toKey(ScoreScale::Csat10));
    m_scale->addItem(tr("NPS 0-10"), toKey(ScoreScale::Nps));
    m_scale->addItem(tr("CES 1-7 (7 = very easy)"), toKey(ScoreScale::Ces7));
    m_dateCut->setObjectName(QStringLiteral("dateCut"));
    m_dateCut->addItem(tr("By month"), toKey(PeriodCut::Month));
    m_dateCut->addItem(tr("By week"), toKey(PeriodCut::Week));
    m_dateCut->addItem(tr("By quarter"), toKey(PeriodCut::Quarter));
    m_dateCut->addItem(tr("No, as written"), toKey(PeriodCut::None));
    m_dateCut->setToolTip(tr("When the period column holds the dates of the responses "
                             "(2026-03-15, 15.03.2026), they are counted by the month, week or "
                             "quarter they fall in. Periods such as 2026-03 or Q1 2026 stay as "
                             "they are."));
    m_zone->setObjectName(QStringLiteral("zone"));
    m_contactCut->setObjectName(QStringLiteral("contactCut"));
    EventLogDialog::fillZoneAndPeriod(m_zone, m_contactCut);
    m_zone->setToolTip(tr("Times without a zone in the file are read in this zone. The "
                          "periods are cut in it too."));
    m_window->setRange(0, 365);
    m_window->setValue(ContactOptions().windowDays);
    m_window->setSuffix(tr(" days"));
    m_selfService->setText(ContactOptions().selfService.join(QStringLiteral(", ")));
    m_selfService->setToolTip(tr("Channels where customers help themselves; every other "
                                 "channel counts as human contact."));

    QString error;
    const auto head =
        TableReader::read(path, {}, &error, [](const QStringList &, qint64) { return false; });
    if (!head) {
        m_error = error;
        return;
    }
    m_header = head->columns;
    const auto fill = [this](QComboBox *box, int chosen, bool optional) {
        if (optional) box->addItem(tr("(none)"), -1);
        for (int c = 0; c < m_header.size(); ++c)
            box->addItem(m_header[c], c);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    const SurveyColumns s = SurveyColumns::guess(m_header);
    fill(m_target, s.target, false);
    fill(m_score, s.score, false);
    fill(m_period, s.period, true);
    fill(m_segment, s.segment, true);
    const ContactColumns c = ContactColumns::guess(m_header);
    fill(m_customer, c.customer, false);
    fill(m_time, c.time, false);
    fill(m_channel, c.channel, false);
    fill(m_reason, c.reason, true);
    fill(m_resolved, c.resolved, true);
    fill(m_contactSegment, c.segment, true);

    auto *form = new QFormLayout;
    form->addRow(m_responses);
    form->addRow(m_contacts);
    const auto row = [&](const QString &label, QWidget *field, QList<QWidget *> *group) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
        group->append({l, field});
    };
    row(tr("&Touchpoint or stage:"), m_target, &m_surveyRows);
    row(tr("Sc&ore:"), m_score, &m_surveyRows);
    row(tr("Sca&le:"), m_scale, &m_surveyRows);
    row(tr("&Period or date:"), m_period, &m_surveyRows);
    row(tr("Group &dates:"), m_dateCut, &m_surveyRows);
    row(tr("Se&gment:"), m_segment, &m_surveyRows);
    row(tr("C&ustomer:"), m_customer, &m_contactRows);
    row(tr("&Time:"), m_time, &m_contactRows);
    row(tr("C&hannel:"), m_channel, &m_contactRows);
    row(tr("&Reason:"), m_reason, &m_contactRows);
    row(tr("Reso&lved:"), m_resolved, &m_contactRows);
    row(tr("Se&gment:"), m_contactSegment, &m_contactRows);
    row(tr("Time &zone:"), m_zone, &m_contactRows);
    row(tr("Cut by &period:"), m_contactCut, &m_contactRows);
    row(tr("Repeat &window:"), m_window, &m_contactRows);
    row(tr("Self-ser&vice channels:"), m_selfService, &m_contactRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *next = buttons->addButton(tr("&Next: Match to the Map..."), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("nextButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(next, &QPushButton::clicked, this, &SurveyDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (contacts ? m_contacts : m_responses)->setChecked(true);
    connect(m_responses, &QRadioButton::toggled, this, &SurveyDialog::modeChanged);
    modeChanged();
}

void SurveyDialog::modeChanged()
{
    const bool contacts = m_contacts->isChecked();
    for (QWidget *w : std::as_const(m_surveyRows))
        w->setVisible(!contacts);
    for (QWidget *w : std::as_const(m_contactRows))
        w->setVisible(contacts);
    m_message->clear();
    adjustSize();
}

bool SurveyDialog::compute()
{
    QString error;
    m_mapping = JourneyMetrics::longMapping(nullptr);
    if (m_contacts->isChecked()) {
        ContactOptions o;
        o.columns.customer = m_customer->currentData().toInt();
        o.columns.time = m_time->currentData().toInt();
        o.columns.channel = m_channel->currentData().toInt();
        o.columns.reason = m_reason->currentData().toInt();
        o.columns.resolved = m_resolved->currentData().toInt();
        o.columns.segment = m_contactSegment->currentData().toInt();
        fromKey(m_contactCut->currentData().toString(), &o.period);
        o.zone = QTimeZone(m_zone->currentText().trimmed().toUtf8());
        if (!o.zone.isValid()) {
            m_message->setText(tr("\"%1\" is not a time zone Waymark knows (e.g. Europe/Berlin, "
                                  "UTC).")
                                   .arg(m_zone->currentText()));
            return false;
        }
        o.windowDays = m_window->value();
        o.selfService.clear();
        for (const QString &s : m_selfService->text().split(u','))
            if (!s.trimmed().isEmpty()) o.selfService.append(s.trimmed());
        const auto r = Contacts::read(m_path, o, &error);
        if (!r) {
            m_message->setText(error);
            return false;
        }
        m_table = r->table;
        JourneyMetrics::confirmChannels(m_document->project(), m_table, &m_mapping);
        return true;
    }
    SurveyOptions o;
    o.columns.target = m_target->currentData().toInt();
    o.columns.score = m_score->currentData().toInt();
    o.columns.period = m_period->currentData().toInt();
    o.columns.segment = m_segment->currentData().toInt();
    fromKey(m_dateCut->currentData().toString(), &o.cut);
    ScoreScale scale;
    if (fromKey(m_scale->currentData().toString(), &scale)) o.scale = scale;
    const auto r = Survey::read(m_path, o, &error);
    if (!r) {
        m_message->setText(error);
        return false;
    }
    m_table = r->table;
    return true;
}

void SurveyDialog::accept()
{
    if (compute()) QDialog::accept();
}

} // namespace waymark
