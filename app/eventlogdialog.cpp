// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogdialog.h"

#include "analytics/flow.h"
#include "analytics/journeymetrics.h"
#include "document/document.h"
#include "io/tablereader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int PreviewRows = 50;

// Seconds as a reader wants them: 45 s, 12.5 min, 3.2 h, 2.1 d.
QString duration(const std::optional<double> &seconds)
{
    if (!seconds) return QStringLiteral("–");
    const QLocale l;
    const double s = *seconds;
    if (s < 120) return EventLogDialog::tr("%1 s").arg(l.toString(s, 'f', s < 10 ? 1 : 0));
    if (s < 7200) return EventLogDialog::tr("%1 min").arg(l.toString(s / 60, 'f', 1));
    if (s < 172800) return EventLogDialog::tr("%1 h").arg(l.toString(s / 3600, 'f', 1));
    return EventLogDialog::tr("%1 d").arg(l.toString(s / 86400, 'f', 1));
}

QTableWidgetItem *numberItem(double value, int decimals = 0)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', decimals));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

EventLogDialog::EventLogDialog(Document *document, const QString &path, QWidget *parent)
    : QDialog(parent), m_document(document), m_path(path), m_case(new QComboBox(this)),
      m_time(new QComboBox(this)), m_activity(new QComboBox(this)), m_segment(new QComboBox(this)),
      m_lifecycle(new QComboBox(this)), m_zone(new QComboBox(this)), m_period(new QComboBox(this)),
      m_journey(new QComboBox(this)), m_preview(new QTableWidget(this)),
      m_figures(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_bad(new QPlainTextEdit(this)), m_progress(new QProgressBar(this)),
      m_analyze(new QPushButton(tr("&Analyze"), this)),
      m_next(new QPushButton(tr("&Next: Match to the Map..."), this)),
      m_drafting(new QPushButton(tr("&Draft a Journey"), this)), m_stages(new QSpinBox(this)),
      m_stageColumn(new QComboBox(this)),
      m_poll(new QTimer(this))
{
    m_drafting->setObjectName(QStringLiteral("draftButton"));
    m_drafting->setEnabled(false);
    m_drafting->setToolTip(tr("A new journey whose touchpoint lane holds the log's most frequent "
                              "activities in their typical order, cut into stages, with the "
                              "figures on them. Edit it from there."));
    m_stages->setRange(1, 30);
    m_stages->setValue(5);
    m_stages->setObjectName(QStringLiteral("draftStages"));
    m_stageColumn->setObjectName(QStringLiteral("draftStageColumn"));
    m_stageColumn->setToolTip(tr("A stage for each value of this column (a funnel step, a page "
                                 "group): each activity goes to the value most of its events "
                                 "carry, the stages in the order their events come"));
    setObjectName(QStringLiteral("eventLogDialog"));
    setWindowTitle(tr("Import Event Log \"%1\"").arg(QFileInfo(path).fileName()));
    m_case->setObjectName(QStringLiteral("caseColumn"));
    m_time->setObjectName(QStringLiteral("timeColumn"));
    m_activity->setObjectName(QStringLiteral("activityColumn"));
    m_segment->setObjectName(QStringLiteral("segmentColumn"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_period->setObjectName(QStringLiteral("periodCut"));
    m_analyze->setObjectName(QStringLiteral("analyzeButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_figures->setObjectName(QStringLiteral("figures"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_bad->setObjectName(QStringLiteral("badRows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("First rows of the log"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setAccessibleName(tr("Figures per touchpoint"));
    m_figures->verticalHeader()->hide();
    m_figures->setSortingEnabled(true);
    m_bad->setReadOnly(true);
    m_bad->setAccessibleName(tr("Rows left out"));
    m_bad->setMaximumHeight(80);
    m_bad->hide();
    m_summary->setWordWrap(true);
    m_progress->hide();
    m_next->setEnabled(false);
    fillZoneAndPeriod(m_zone, m_period);
    m_zone->setToolTip(tr("Times written with Z or an offset (+01:00) keep it; times without "
                          "one are read in this zone. The periods are cut in it too."));
    for (const Journey &j : document->project().journeys)
        m_journey->addItem(j.name);
    m_journey->setToolTip(tr("The funnel follows this journey's stages: the cases reaching "
                             "each stage and the conversion from the stage before."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Case (customer, session):"), m_case);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("&Activity (touchpoint):"), m_activity);
    form->addRow(tr("Se&gment:"), m_segment);
    form->addRow(tr("&Lifecycle:"), m_lifecycle);
    form->addRow(tr("Times without &zone:"), m_zone);
    form->addRow(tr("Cut by &period:"), m_period);
    form->addRow(tr("&Funnel of:"), m_journey);
    auto *draftRow = new QHBoxLayout;
    draftRow->addWidget(m_stages);
    auto *byColumn = new QLabel(tr("or &by column:"), this);
    byColumn->setBuddy(m_stageColumn);
    draftRow->addWidget(byColumn);
    draftRow->addWidget(m_stageColumn, 1);
    form->addRow(tr("Stages of a d&raft:"), draftRow);
    auto *run = new QHBoxLayout;
    run->addWidget(m_analyze);
    run->addWidget(m_progress, 1);
    auto *left = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addLayout(form);
    leftColumn->addLayout(run);
    leftColumn->addStretch();
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_preview);
    right->addWidget(m_figures);
    right->setStretchFactor(1, 2);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_drafting, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::AcceptRole);
    connect(m_drafting, &QPushButton::clicked, this, &EventLogDialog::draftJourney);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_next, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_analyze, &QPushButton::clicked, this, &EventLogDialog::analyze);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columns, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_bad);
    layout->addWidget(buttons);
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1100, screen.width() * 9 / 10), std::min(720, screen.height() * 9 / 10));

    const auto header = EventLog::readHeader(path, &m_error);
    if (!header) return;
    m_header = *header;
    // The first rows, to see what the columns hold.
    QString error;
    const Table sample = EventLog::readSample(path, PreviewRows, &error).value_or(Table());
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(int(sample.rows.size()));
    for (int r = 0; r < sample.rows.size(); ++r)
        for (int c = 0; c < sample.rows[r].size() && c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(sample.rows[r][c].left(100)));
    const EventLogColumns guess = EventLogColumns::guess(m_header);
    const auto fill = [this](QComboBox *box, int chosen, bool optional) {
        if (optional) box->addItem(tr("(none)"), -1);
        for (int c = 0; c < m_header.size(); ++c)
            box->addItem(m_header[c].isEmpty() ? tr("(column %1)").arg(c + 1) : m_header[c], c);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
        connect(box, &QComboBox::activated, this, &EventLogDialog::columnsChanged);
    };
    fill(m_case, guess.caseId, false);
    fill(m_time, guess.time, false);
    fill(m_activity, guess.activity, false);
    fill(m_segment, guess.segment, true);
    fill(m_lifecycle, guess.lifecycle, true);
    m_stageColumn->addItem(tr("(cut into stages)"), -1);
    for (int c = 0; c < m_header.size(); ++c)
        m_stageColumn->addItem(m_header[c].isEmpty() ? tr("(column %1)").arg(c + 1) : m_header[c],
                               c);
    connect(m_stageColumn, &QComboBox::currentIndexChanged, this,
            [this] { m_stages->setEnabled(m_stageColumn->currentData().toInt() < 0); });
    for (QComboBox *box : {m_zone, m_period, m_journey})
        connect(box, &QComboBox::activated, this, &EventLogDialog::columnsChanged);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_control || m_control->total <= 0) return;
        m_progress->setValue(int(1000 * m_control->done / m_control->total));
    });
    m_summary->setText(guess.complete()
                           ? tr("Check the columns, then Analyze.")
                           : tr("Waymark cannot tell which columns hold the case, the time and "
                                "the activity: choose them, then Analyze."));
}

void EventLogDialog::fillZoneAndPeriod(QComboBox *zone, QComboBox *period)
{
    zone->setEditable(true);
    zone->setInsertPolicy(QComboBox::NoInsert);
    zone->addItem(QStringLiteral("UTC"));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (system != "UTC") zone->addItem(QString::fromUtf8(system));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id != system && id != "UTC") zone->addItem(QString::fromUtf8(id));
    period->addItem(tr("No"), toKey(PeriodCut::None));
    period->addItem(tr("By week"), toKey(PeriodCut::Week));
    period->addItem(tr("By month"), toKey(PeriodCut::Month));
    period->addItem(tr("By quarter"), toKey(PeriodCut::Quarter));
}

EventLogDialog::~EventLogDialog()
{
    if (m_thread) {
        m_control->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

EventLogOptions EventLogDialog::options() const
{
    EventLogOptions o;
    o.columns.caseId = m_case->currentData().toInt();
    o.columns.time = m_time->currentData().toInt();
    o.columns.activity = m_activity->currentData().toInt();
    o.columns.segment = m_segment->currentData().toInt();
    o.columns.lifecycle = m_lifecycle->currentData().toInt();
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    if (zone.isValid()) o.zone = zone;
    fromKey(m_period->currentData().toString(), &o.period);
    o.maxVariants = 20;
    if (m_byColumnPending) {
        // The draft's stages come from this reading: the column as the segment, no periods.
        o.columns.segment = m_stageColumn->currentData().toInt();
        o.period = PeriodCut::None;
        return o;
    }
    const int j = m_journey->currentIndex();
    if (m_draft)
        JourneyMetrics::setDraftStages(*m_draft, &o);
    else if (j >= 0 && j < m_document->project().journeys.size())
        JourneyMetrics::setStages(m_document->project(), m_document->project().journeys[j], &o);
    return o;
}

void EventLogDialog::draftJourney()
{
    if (!m_analysis || m_thread) return;
    m_draftTargets.clear();
    if (m_stageColumn->currentData().toInt() >= 0) {
        // First a reading by the column; finish() drafts from it.
        m_byColumnPending = true;
        analyze();
        return;
    }
    m_draft = JourneyMetrics::draftJourney(*m_analysis, m_stages->value(), 15,
                                           m_document->project().info.language,
                                           QFileInfo(m_path).completeBaseName(), &m_draftTargets);
    // Once more, with the draft's stages for the funnel; then the dialog closes.
    m_draftPending = true;
    analyze();
}

void EventLogDialog::columnsChanged()
{
    // Other columns, other figures: analyze again before going on.
    m_next->setEnabled(false);
    m_drafting->setEnabled(false);
    if (m_analysis) m_summary->setText(tr("The choices changed: Analyze again."));
}

void EventLogDialog::analyze()
{
    if (m_thread) return;
    EventLogOptions o = options();
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    if (!zone.isValid()) {
        m_summary->setText(tr("\"%1\" is no time zone Waymark knows (e.g. Europe/Berlin, UTC).")
                               .arg(m_zone->currentText()));
        return;
    }
    m_control = std::make_shared<EventLogControl>();
    o.control = m_control.get();
    m_used = o;
    m_result = std::make_shared<std::optional<EventLogAnalysis>>();
    m_resultError = std::make_shared<QString>();
    m_thread = QThread::create(
        [o, path = m_path, result = m_result, error = m_resultError, control = m_control] {
            *result = EventLog::analyze(path, o, error.get());
        });
    connect(m_thread, &QThread::finished, this, &EventLogDialog::finish, Qt::QueuedConnection);
    m_analyze->setEnabled(false);
    m_next->setEnabled(false);
    m_drafting->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Reading the log..."));
    m_poll->start(100);
    m_thread->start();
}

void EventLogDialog::finish()
{
    if (!m_thread) return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_poll->stop();
    m_progress->hide();
    m_analyze->setEnabled(true);
    m_analysis = std::move(*m_result);
    m_used.control = nullptr;
    if (m_analysis && std::exchange(m_byColumnPending, false)) {
        m_draft = JourneyMetrics::draftJourneyByColumn(*m_analysis, 15,
                                                       m_document->project().info.language,
                                                       QFileInfo(m_path).completeBaseName(),
                                                       &m_draftTargets);
        if (!m_draft) {
            m_summary->setText(tr("The column \"%1\" gives no stages: no activity has values "
                                  "in it.")
                                   .arg(m_stageColumn->currentText()));
            m_summary->setStyleSheet(QStringLiteral("color: #b2182b"));
            m_next->setEnabled(false); // these figures are cut by the column: analyze again
            m_drafting->setEnabled(false);
            return;
        }
        // Once more, with the draft's stages for the funnel; then the dialog closes.
        m_draftPending = true;
        analyze();
        return;
    }
    if (!m_analysis) {
        m_byColumnPending = false;
        m_draft.reset();
        m_draftPending = false;
        m_summary->setText(*m_resultError);
        m_summary->setStyleSheet(QStringLiteral("color: #b2182b"));
        m_figures->setRowCount(0);
        emit analysisFinished();
        return;
    }
    m_summary->setStyleSheet(QString());
    showFigures();
    m_next->setEnabled(true);
    m_drafting->setEnabled(true);
    emit analysisFinished();
    if (std::exchange(m_draftPending, false)) accept();
}

void EventLogDialog::showFigures()
{
    const EventLogAnalysis &a = *m_analysis;
    const QLocale l;
    QString text = tr("%1 events of %2 cases at %3 touchpoints; %4 distinct paths.")
                       .arg(l.toString(a.events), l.toString(a.cases),
                            l.toString(a.activities.size()), l.toString(a.variantCount));
    if (a.all().throughputMedian)
        text +=
            u' ' + tr("A case takes %1 (median), %2 at the 90th percentile.")
                       .arg(duration(a.all().throughputMedian), duration(a.all().throughputP90));
    if (a.skippedRows)
        text += u' ' + tr("%n row(s) left out by their lifecycle (start, schedule, ...).", nullptr,
                          int(a.skippedRows));
    if (!a.variants.isEmpty()) {
        QStringList steps;
        for (int i : a.variants.first().path)
            steps.append(a.activities[i]);
        text += u'\n' + tr("Most frequent path (%1 %): %2")
                            .arg(l.toString(a.variants.first().share * 100, 'f', 1),
                                 steps.join(QStringLiteral(" → ")));
    }
    m_summary->setText(text);
    if (a.badRowCount) {
        QStringList lines{
            tr("%n row(s) cannot be read and are left out:", nullptr, int(a.badRowCount))};
        for (const EventLogBadRow &b : a.badRows)
            lines.append(tr("line %1: %2").arg(b.line).arg(b.reason));
        m_bad->setPlainText(lines.join(u'\n'));
    }
    m_bad->setVisible(a.badRowCount > 0);
    const QStringList headers{tr("Touchpoint"), tr("Events"),       tr("Cases"),
                              tr("Repeaters"),  tr("Entries"),      tr("Exits"),
                              tr("Exit rate"),  tr("Median dwell"), tr("P90 dwell")};
    m_figures->setSortingEnabled(false);
    m_figures->clear();
    m_figures->setColumnCount(int(headers.size()));
    m_figures->setHorizontalHeaderLabels(headers);
    m_figures->setRowCount(int(a.activities.size()));
    for (int i = 0; i < a.activities.size(); ++i) {
        const ActivityStats &s = a.all().activities[i];
        m_figures->setItem(i, 0, new QTableWidgetItem(a.activities[i]));
        m_figures->setItem(i, 1, numberItem(double(s.events)));
        m_figures->setItem(i, 2, numberItem(double(s.reach)));
        m_figures->setItem(i, 3, numberItem(double(s.repeaters)));
        m_figures->setItem(i, 4, numberItem(double(s.entries)));
        m_figures->setItem(i, 5, numberItem(double(s.exits)));
        auto *rate = numberItem(100 * s.exitRate(), 1);
        rate->setText(rate->text() + QStringLiteral(" %"));
        m_figures->setItem(i, 6, rate);
        for (int k : {7, 8}) {
            const auto &v = k == 7 ? s.medianDwell : s.p90Dwell;
            auto *item = new QTableWidgetItem(duration(v));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figures->setItem(i, k, item);
        }
    }
    m_figures->setSortingEnabled(true);
    m_figures->sortByColumn(1, Qt::DescendingOrder);
    m_figures->resizeColumnsToContents();
}

Table EventLogDialog::table() const
{
    if (!m_analysis) return {};
    if (m_draft) return JourneyMetrics::eventTable(*m_analysis, &*m_draft, m_used);
    const int j = m_journey->currentIndex();
    const Journey *journey = j >= 0 && j < m_document->project().journeys.size()
                                 ? &m_document->project().journeys[j]
                                 : nullptr;
    return JourneyMetrics::eventTable(*m_analysis, journey, m_used);
}

MetricMapping EventLogDialog::mapping() const
{
    const QString source = QFileInfo(m_path).fileName();
    if (m_draft) {
        MetricMapping m = JourneyMetrics::longMapping(&*m_draft);
        for (auto it = m_draftTargets.cbegin(); it != m_draftTargets.cend(); ++it)
            m.confirmed.insert(it.key(), it.value());
        if (m_analysis) m.flow = FlowGraph::fromAnalysis(*m_analysis, source, m_draft->id).toJson();
        return m;
    }
    const int j = m_journey->currentIndex();
    const Journey *journey = j >= 0 && j < m_document->project().journeys.size()
                                 ? &m_document->project().journeys[j]
                                 : nullptr;
    MetricMapping m = JourneyMetrics::longMapping(journey);
    if (m_analysis && journey)
        m.flow = FlowGraph::fromAnalysis(*m_analysis, source, journey->id).toJson();
    return m;
}

void EventLogDialog::reject()
{
    if (m_thread) {
        // Cancel stops the analysis first; a second Cancel closes.
        m_control->cancel = true;
        m_thread->wait();
        finish();
        m_summary->setText(tr("Cancelled."));
        m_summary->setStyleSheet(QString());
        return;
    }
    QDialog::reject();
}

} // namespace waymark
