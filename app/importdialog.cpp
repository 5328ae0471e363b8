// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "document/document.h"

#include <climits>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {
constexpr int PreviewRows = 200;
}

ImportDialog::ImportDialog(Document *document, const QString &path, QWidget *parent)
    : QDialog(parent), m_document(document), m_path(path), m_sheet(new QComboBox(this)),
      m_target(new QComboBox(this)), m_metric(new QComboBox(this)), m_value(new QComboBox(this)),
      m_period(new QComboBox(this)), m_segment(new QComboBox(this)), m_mark(new QComboBox(this)),
      m_long(new QRadioButton(tr("&Long: a row per target, metric and value"), this)),
      m_wide(new QRadioButton(tr("&Wide: a row per target, a column per metric"), this)),
      m_metricColumns(new QListWidget(this)), m_unmatched(new QListWidget(this)),
      m_preview(new QTableWidget(this)), m_summary(new QLabel(this)), m_sample(new QLabel(this)),
      m_problems(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Metrics from \"%1\"").arg(QFileInfo(path).fileName()));
    m_mark->addItem(tr("Decimal point (1,234.5)"), QStringLiteral("."));
    m_mark->addItem(tr("Decimal comma (1.234,5)"), QStringLiteral(","));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Table preview"));
    m_metricColumns->setAccessibleName(tr("Metric columns"));
    m_metricColumns->setMaximumHeight(90);
    m_unmatched->setAccessibleName(tr("Targets without a match"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(80);
    m_problems->setAccessibleName(tr("Problems"));
    m_summary->setWordWrap(true);
    m_sample->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(m_long);
    form->addRow(m_wide);
    form->addRow(tr("&Target column:"), m_target);
    form->addRow(tr("&Metric column:"), m_metric);
    form->addRow(tr("&Value column:"), m_value);
    form->addRow(tr("Metric columns:"), m_metricColumns);
    form->addRow(tr("&Period column:"), m_period);
    form->addRow(tr("Se&gment column:"), m_segment);
    form->addRow(tr("&Numbers:"), m_mark);
    form->addRow(QString(), m_sample);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_summary);
    left->addWidget(new QLabel(tr("Targets without a match (double-click a suggestion to use "
                                  "it):"),
                               this));
    left->addWidget(m_unmatched, 1);
    left->addWidget(m_problems);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_preview, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1100, 700);

    // Which sheets (XLSX); reading stops at the first row.
    QString error;
    const auto head =
        TableReader::read(path, {}, &error, [](const QStringList &, qint64) { return false; });
    if (!head) {
        m_error = error;
        return;
    }
    for (const QString &s : head->sheets)
        m_sheet->addItem(s);
    m_sheet->setEnabled(!head->sheets.isEmpty());
    connect(m_sheet, &QComboBox::activated, this, &ImportDialog::loadSheet);
    for (QComboBox *box : {m_target, m_metric, m_value, m_period, m_segment, m_mark})
        connect(box, &QComboBox::activated, this, &ImportDialog::replan);
    connect(m_long, &QRadioButton::toggled, this, &ImportDialog::replan);
    connect(m_metricColumns, &QListWidget::itemChanged, this, &ImportDialog::replan);
    connect(m_unmatched, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { confirmSuggestion(m_unmatched->row(item)); });
    loadSheet();
}

void ImportDialog::loadSheet()
{
    TableReader::Options options;
    options.sheet = m_sheet->currentText();
    QString error;
    // The preview keeps a sample; the import itself streams the whole table.
    Table table;
    QStringList lines; // where each row is in the file, as problems and matches name it
    int n = 0;
    const auto head =
        TableReader::read(m_path, options, &error, [&](const QStringList &row, qint64 line) {
            table.rows.append(row);
            lines.append(QString::number(line));
            return ++n < PreviewRows;
        });
    m_wholeTable = n < PreviewRows;
    if (!head) {
        m_error = error;
        m_table.reset();
        return;
    }
    table.columns = head->columns;
    table.note = head->note;
    m_table = table;
    m_preview->clear();
    m_preview->setColumnCount(int(table.columns.size()));
    m_preview->setHorizontalHeaderLabels(table.columns);
    m_preview->setRowCount(int(table.rows.size()));
    m_preview->setVerticalHeaderLabels(lines);
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows[r].size() && c < table.columns.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(table.rows[r][c].left(200)));
    fillColumns();
    replan();
}

void ImportDialog::fillColumns()
{
    // The last import's mapping when it fits this table (the next month's file), else a guess.
    MetricMapping guess = MetricMapping::guess(*m_table);
    if (const auto last =
            MetricMapping::lastFitting(m_document->project(), int(m_table->columns.size()))) {
        guess = *last;
        m_confirmed = last->confirmed;
    }
    for (QComboBox *box : {m_target, m_metric, m_value, m_period, m_segment}) {
        box->clear();
        if (box == m_period || box == m_segment) box->addItem(tr("(none)"), -1);
        for (int c = 0; c < m_table->columns.size(); ++c)
            box->addItem(m_table->columns[c], c);
    }
    auto pick = [](QComboBox *box, int column) {
        box->setCurrentIndex(std::max(0, box->findData(column)));
    };
    pick(m_target, guess.targetColumn);
    pick(m_metric, guess.metricColumn);
    pick(m_value, guess.valueColumn);
    pick(m_period, guess.periodColumn);
    pick(m_segment, guess.segmentColumn);
    m_mark->setCurrentIndex(guess.mark == NumberParse::DecimalMark::Comma ? 1 : 0);
    const QSignalBlocker block(m_metricColumns);
    m_metricColumns->clear();
    for (int c = 0; c < m_table->columns.size(); ++c) {
        auto *item = new QListWidgetItem(m_table->columns[c], m_metricColumns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(guess.metricColumns.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    (guess.wide ? m_wide : m_long)->setChecked(true);
}

MetricMapping ImportDialog::mapping() const
{
    MetricMapping m;
    m.wide = m_wide->isChecked();
    m.targetColumn = m_target->currentData().toInt();
    m.metricColumn = m_metric->currentData().toInt();
    m.valueColumn = m_value->currentData().toInt();
    m.periodColumn = m_period->currentData().toInt();
    m.segmentColumn = m_segment->currentData().toInt();
    for (int i = 0; i < m_metricColumns->count(); ++i)
        if (m_metricColumns->item(i)->checkState() == Qt::Checked) m.metricColumns.append(i);
    m.mark = m_mark->currentData().toString() == QLatin1String(",")
                 ? NumberParse::DecimalMark::Comma
                 : NumberParse::DecimalMark::Point;
    m.confirmed = m_confirmed;
    return m;
}

void ImportDialog::replan()
{
    if (!m_table) return;
    const bool wide = m_wide->isChecked();
    m_metric->setEnabled(!wide);
    m_value->setEnabled(!wide);
    m_metricColumns->setEnabled(wide);
    const MetricMapping m = mapping();
    // How a sample of the values is read.
    QStringList samples;
    for (const QStringList &row : m_table->rows.mid(0, 3)) {
        const int c = wide ? m.metricColumns.value(0, -1) : m.valueColumn;
        if (c >= 0 && !row.value(c).isEmpty())
            samples.append(NumberParse::explain(row.value(c), m.mark));
    }
    m_sample->setText(samples.join(QStringLiteral("   ")) +
                      (m_table->note.isEmpty() ? QString() : QStringLiteral("\n") + m_table->note));
    // The plan for the sample rows now; the import plans the whole file again.
    m_plan = MetricImporter::plan(m_document->project(), *m_table, QFileInfo(m_path).fileName(), m);
    const int rows = int(m_table->rows.size());
    m_summary->setText(
        (m_wholeTable
             ? tr("The table's %n row(s) bring: %1.", nullptr, rows)
             : tr("The first %n row(s) bring: %1. The import reads them all.", nullptr, rows))
            .arg(m_plan.summary()));
    m_unmatched->clear();
    for (const auto &u : m_plan.unmatched)
        m_unmatched->addItem(u.suggestion.isEmpty()
                                 ? tr("Row %1: \"%2\" — no match").arg(u.row).arg(u.target)
                                 : tr("Row %1: \"%2\" — did you mean \"%3\"?")
                                       .arg(u.row)
                                       .arg(u.target, u.suggestion));
    m_problems->setPlainText(m_plan.report(QFileInfo(m_path).fileName()).join(QLatin1Char('\n')));
    m_problems->setVisible(!m_plan.problems.isEmpty());
    m_import->setEnabled(m_plan.problems.isEmpty() &&
                         (!m_plan.added.isEmpty() || !m_plan.changed.isEmpty()));
}

void ImportDialog::confirmSuggestion(int index)
{
    if (index < 0 || index >= m_plan.unmatched.size()) return;
    const auto &u = m_plan.unmatched[index];
    if (u.suggestedId.isNull()) return;
    m_confirmed.insert(u.target, u.suggestedId);
    replan();
}

void ImportDialog::accept()
{
    QString error;
    TableReader::Options options;
    options.sheet = m_sheet->currentText();
    const auto plan =
        MetricImporter::plan(m_document->project(), m_path, options, mapping(), &error);
    if (!plan) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    if (!plan->problems.isEmpty()) {
        m_plan = *plan;
        m_problems->setPlainText(plan->report(m_path).join(QLatin1Char('\n')));
        m_problems->show();
        QMessageBox::warning(this, windowTitle(),
                             tr("The table has %n problem(s); nothing was imported.", nullptr,
                                int(plan->problems.size())));
        return;
    }
    if (!m_document->importMetrics(*plan)) {
        QMessageBox::warning(this, windowTitle(), m_document->lastError());
        return;
    }
    m_plan = *plan;
    QDialog::accept();
}

} // namespace waymark
