// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "analytics/overlay.h"
#include "document/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {
constexpr int PreviewRows = 200;

// "3", "3, 9, 12", "3, 9, 12, … (40 rows)".
QString rowList(const QList<qint64> &rows)
{
    QStringList shown;
    for (qint64 r : rows.mid(0, 3))
        shown.append(QString::number(r));
    if (rows.size() > 3)
        return ImportDialog::tr("%1, … (%n row(s))", nullptr, int(rows.size()))
            .arg(shown.join(QStringLiteral(", ")));
    return shown.join(QStringLiteral(", "));
}
} // namespace

ImportDialog::ImportDialog(Document *document, const QString &sourceName, QWidget *parent, int)
    : QDialog(parent), m_document(document), m_sourceName(sourceName), m_sheet(new QComboBox(this)),
      m_target(new QComboBox(this)), m_metric(new QComboBox(this)), m_value(new QComboBox(this)),
      m_period(new QComboBox(this)), m_segment(new QComboBox(this)), m_mark(new QComboBox(this)),
      m_long(new QRadioButton(tr("&Long: a row per target, metric and value"), this)),
      m_wide(new QRadioButton(tr("&Wide: a row per target, a column per metric"), this)),
      m_metricColumns(new QListWidget(this)), m_preview(new QTableWidget(this)),
      m_metrics(new QTableWidget(this)), m_unmatched(new QTreeWidget(this)),
      m_tabs(new QTabWidget(this)), m_summary(new QLabel(this)), m_sample(new QLabel(this)),
      m_blocked(new QLabel(this)), m_notice(new QLabel(this)), m_problems(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Metrics from \"%1\"").arg(sourceName));
    m_mark->addItem(tr("Decimal point (1,234.5)"), QStringLiteral("."));
    m_mark->addItem(tr("Decimal comma (1.234,5)"), QStringLiteral(","));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Table preview"));
    m_metricColumns->setAccessibleName(tr("Metric columns"));
    m_metricColumns->setMaximumHeight(90);
    m_metrics->setObjectName(QStringLiteral("importMetrics"));
    m_metrics->setAccessibleName(tr("Metrics"));
    m_metrics->setColumnCount(3);
    m_metrics->setHorizontalHeaderLabels({tr("Metric"), tr("Understood as"), tr("Better is")});
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->verticalHeader()->hide();
    m_metrics->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_metrics->setWordWrap(true);
    m_unmatched->setObjectName(QStringLiteral("importUnmatched"));
    m_unmatched->setAccessibleName(tr("Targets without a match"));
    m_unmatched->setRootIsDecorated(false);
    m_unmatched->setHeaderLabels({tr("In the table"), tr("Rows"), tr("Use the suggestion")});
    m_unmatched->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Problems"));
    m_summary->setWordWrap(true);
    m_sample->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("importNotice"));
    m_blocked->setWordWrap(true);
    m_blocked->setObjectName(QStringLiteral("importBlocked"));
    m_blocked->setStyleSheet(QStringLiteral("color: #b2182b"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    m_tabs->addTab(m_unmatched, tr("Without a match"));
    m_tabs->addTab(m_problems, tr("Problems"));

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
    auto *left = m_columns = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addLayout(form);
    leftColumn->addStretch();
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_preview);
    right->addWidget(m_tabs);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columns, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
    layout->addWidget(m_blocked);
    layout->addWidget(buttons);
    // As large as is useful, never larger than the screen (a 1280x720 projector).
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1100, screen.width() * 9 / 10), std::min(720, screen.height() * 9 / 10));
    for (QComboBox *box : {m_target, m_metric, m_value, m_period, m_segment, m_mark})
        connect(box, &QComboBox::activated, this, &ImportDialog::replan);
    connect(m_long, &QRadioButton::toggled, this, &ImportDialog::replan);
    connect(m_metricColumns, &QListWidget::itemChanged, this, &ImportDialog::replan);
    connect(m_unmatched, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int col) {
        if (m_filling || col != 2 || !(item->flags() & Qt::ItemIsUserCheckable)) return;
        // Applied once the click is done: replanning rebuilds the list and its items.
        const int index = m_unmatched->indexOfTopLevelItem(item);
        const bool use = item->checkState(2) == Qt::Checked;
        QMetaObject::invokeMethod(
            this, [this, index, use] { useSuggestion(index, use); }, Qt::QueuedConnection);
    });
}

ImportDialog::ImportDialog(Document *document, const QString &path, QWidget *parent)
    : ImportDialog(document, QFileInfo(path).fileName(), parent, 0)
{
    m_path = path;
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
    loadSheet();
}

ImportDialog::ImportDialog(Document *document, const Table &computed, const QString &sourceName,
                           const MetricMapping &mapping, QWidget *parent)
    : ImportDialog(document, sourceName, parent, 0)
{
    m_computed = true;
    m_wholeTable = true;
    m_table = computed;
    m_confirmed = mapping.confirmed;
    m_flow = mapping.flow;
    m_database = mapping.database;
    showPreview({});
    fillColumns(mapping);
    // The columns are Waymark's own: nothing to choose, nothing to show of them.
    m_columns->hide();
    m_unmatched->setColumnHidden(1, true);
    replan();
}

void ImportDialog::showPreview(const QStringList &lines)
{
    const Table &table = *m_table;
    const int shown = int(std::min<qsizetype>(table.rows.size(), 2000));
    m_preview->clear();
    m_preview->setColumnCount(int(table.columns.size()));
    m_preview->setHorizontalHeaderLabels(table.columns);
    m_preview->setRowCount(shown);
    if (!lines.isEmpty()) m_preview->setVerticalHeaderLabels(lines);
    const QLocale locale;
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < table.rows[r].size() && c < table.columns.size(); ++c) {
            QString text = table.rows[r][c].left(200);
            bool number = false;
            // Computed values carry every digit; the preview shows six.
            if (const double v = text.toDouble(&number); m_computed && number)
                text = locale.toString(v, 'g', 6);
            m_preview->setItem(r, c, new QTableWidgetItem(text));
        }
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
    showPreview(lines);
    // The last import's mapping when it fits this table (the next month's file), else a guess;
    // the decimal mark is always this file's own.
    MetricMapping guess = MetricMapping::guess(*m_table);
    if (const auto last = MetricMapping::lastFitting(m_document->project(), *m_table)) {
        guess = *last;
        m_confirmed = last->confirmed;
    }
    fillColumns(guess);
    replan();
}

void ImportDialog::fillColumns(const MetricMapping &guess)
{
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
    const QSignalBlocker blockShape(m_long);
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
    m.directions = m_directions;
    m.computed = m_computed;
    m.flow = m_flow;
    m.database = m_database;
    return m;
}

void ImportDialog::replan()
{
    if (!m_table) return;
    const bool wide = m_wide->isChecked();
    m_metric->setEnabled(!wide && !m_computed);
    m_value->setEnabled(!wide && !m_computed);
    m_metricColumns->setEnabled(wide);
    MetricMapping m = mapping();
    // How a sample of the values is read.
    QStringList samples;
    for (const QStringList &row : m_table->rows.mid(0, 3)) {
        const int c = m.valueColumns().value(0, -1);
        if (c >= 0 && !row.value(c).isEmpty())
            samples.append(NumberParse::explain(row.value(c), m.mark));
    }
    m_sample->setText(samples.join(QStringLiteral("   ")) +
                      (m_table->note.isEmpty() ? QString() : QStringLiteral("\n") + m_table->note));
    // The plan for the sample rows now; the import plans the whole file again. Metrics
    // nobody has judged are asked for: the guess is what Import uses unless changed.
    m_plan = MetricImporter::plan(m_document->project(), *m_table, m_sourceName, m);
    const int rows = int(m_table->rows.size());
    m_summary->setText(
        (m_computed ? tr("The figures computed from the file bring: %1.")
         : m_wholeTable
             ? tr("The table's %n row(s) bring: %1.", nullptr, rows)
             : tr("The first %n row(s) bring: %1. The import reads them all.", nullptr, rows))
            .arg(m_plan.summary()));
    showMetrics();
    showUnmatched();
    m_problems->setPlainText(m_plan.report(m_sourceName).join(QLatin1Char('\n')));
    m_tabs->setTabText(2, tr("Problems (%1)").arg(m_plan.problems.size()));
    if (!m_plan.problems.isEmpty()) m_tabs->setCurrentWidget(m_problems);
    const QString blocked = blockedReason();
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    m_import->setEnabled(blocked.isEmpty());
}

QString ImportDialog::blockedReason() const
{
    if (!m_plan.problems.isEmpty())
        return tr("Import is not possible: the table has %n problem(s), listed under Problems. "
                  "Nothing is imported until all are solved.",
                  nullptr, int(m_plan.problems.size()));
    if (!m_plan.refusal.isEmpty()) return tr("Import is not possible: %1").arg(m_plan.refusal);
    if (!m_plan.canImport()) return tr("Nothing to import: the project has these values already.");
    return {};
}

void ImportDialog::showMetrics()
{
    m_filling = true;
    m_metrics->setRowCount(int(m_plan.metrics.size()));
    QStringList asked;
    for (int i = 0; i < m_plan.metrics.size(); ++i) {
        const MetricImportPlan::Metric &metric = m_plan.metrics[i];
        const MetricDefinition &d = metric.definition;
        auto *name = new QTableWidgetItem(metric.isNew ? tr("%1 (new)").arg(d.name) : d.name);
        auto *what = new QTableWidgetItem(MetricOverlay::describe(d));
        what->setToolTip(
            metric.basis.isEmpty()
                ? QString()
                : tr("Recognised from %1").arg(metric.basis.join(QStringLiteral(", "))));
        m_metrics->setItem(i, 0, name);
        m_metrics->setItem(i, 1, what);
        m_metrics->removeCellWidget(i, 2);
        m_metrics->setItem(i, 2, nullptr);
        const bool undecided = !d.directionKnown || m_directions.contains(metric.name);
        if (!undecided) {
            m_metrics->setItem(i, 2,
                               new QTableWidgetItem(d.kind == QLatin1String("volume")
                                                        ? tr("not judged")
                                                    : d.higherIsBetter ? tr("higher")
                                                                       : tr("lower")));
            continue;
        }
        // Asked, with Waymark's guess preselected.
        asked.append(d.name);
        auto *choice = new QComboBox(m_metrics);
        choice->setObjectName(QStringLiteral("direction:") + metric.name);
        choice->setAccessibleName(tr("Which way is better for %1").arg(d.name));
        choice->addItem(tr("higher"), true);
        choice->addItem(tr("lower"), false);
        const bool higher = m_directions.value(metric.name, metric.guessHigher);
        choice->setCurrentIndex(higher ? 0 : 1);
        m_directions.insert(metric.name, higher);
        const QString key = metric.name;
        connect(choice, &QComboBox::activated, this,
                [this, key, choice] { setDirection(key, choice->currentData().toBool()); });
        m_metrics->setCellWidget(i, 2, choice);
    }
    m_metrics->resizeRowsToContents();
    m_metrics->resizeColumnToContents(0);
    m_tabs->setTabText(0, tr("Metrics (%1)").arg(m_plan.metrics.size()));
    m_notice->setText(
        asked.isEmpty()
            ? QString()
            : tr("Waymark cannot tell whether a higher or a lower value is better for %1. "
                 "Check “Better is” under Metrics: the choice is kept in the project.")
                  .arg(asked.join(QStringLiteral(", "))));
    m_notice->setVisible(!asked.isEmpty());
    m_filling = false;
}

void ImportDialog::showUnmatched()
{
    m_filling = true;
    m_unmatched->clear();
    const auto targets = m_plan.unmatchedTargets();
    // Targets already confirmed are matched now; they are listed too, so that the
    // confirmation can be taken back.
    QList<std::pair<QString, Id>> confirmed;
    for (auto it = m_confirmed.cbegin(); it != m_confirmed.cend(); ++it)
        confirmed.append({it.key(), it.value()});
    std::sort(confirmed.begin(), confirmed.end());
    for (const auto &t : targets) {
        auto *item = new QTreeWidgetItem(m_unmatched, {t.target, rowList(t.rows), t.suggestion});
        item->setData(0, Qt::UserRole, t.target);
        item->setData(2, Qt::UserRole, QVariant::fromValue(t.suggestedId));
        if (!t.suggestedId.isNull()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(2, Qt::Unchecked);
        } else {
            item->setText(2, tr("no similar card or stage"));
        }
    }
    for (const auto &[text, id] : confirmed) {
        QString label;
        for (const Journey &j : m_document->project().journeys) {
            if (const Card *c = j.card(id)) label = c->text;
            if (const int s = j.stageIndex(id); s >= 0) label = j.stages[s].name;
        }
        auto *item = new QTreeWidgetItem(m_unmatched, {text, QString(), label});
        item->setData(0, Qt::UserRole, text);
        item->setData(2, Qt::UserRole, QVariant::fromValue(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(2, Qt::Checked);
    }
    m_unmatched->resizeColumnToContents(1);
    m_tabs->setTabText(1, tr("Without a match (%1)").arg(targets.size()));
    m_filling = false;
}

bool ImportDialog::useSuggestion(int index, bool use)
{
    QTreeWidgetItem *item = m_unmatched->topLevelItem(index);
    if (!item) return false;
    // Read before replanning, which rebuilds the list (and deletes `item`).
    const QString target = item->data(0, Qt::UserRole).toString();
    const QString suggestion = item->text(2);
    const Id id = item->data(2, Qt::UserRole).value<Id>();
    if (id.isNull()) return false;
    if (!use) {
        m_confirmed.remove(target);
        replan();
        return true;
    }
    // A suggestion whose card has these values already (from its own rows in the table) would
    // block the import with duplicates: refused, with the reason.
    const qsizetype before = m_plan.problems.size();
    m_confirmed.insert(target, id);
    replan();
    if (m_plan.problems.size() > before) {
        m_confirmed.remove(target);
        replan();
        m_blocked->setText(tr("“%1” cannot be read as “%2”: the table has values for “%2” "
                              "already in the same periods and segments, and a card takes each "
                              "value once.")
                               .arg(target, suggestion));
        m_blocked->show();
        return false;
    }
    return true;
}

void ImportDialog::setDirection(const QString &metric, bool higherIsBetter)
{
    m_directions.insert(metric, higherIsBetter);
    replan();
}

void ImportDialog::accept()
{
    QString error;
    TableReader::Options options;
    options.sheet = m_sheet->currentText();
    const auto plan =
        m_computed
            ? std::optional(
                  MetricImporter::plan(m_document->project(), *m_table, m_sourceName, mapping()))
            : MetricImporter::plan(m_document->project(), m_path, options, mapping(), &error);
    if (!plan) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    if (!plan->problems.isEmpty() || !plan->refusal.isEmpty()) {
        m_plan = *plan;
        m_problems->setPlainText(plan->report(m_path).join(QLatin1Char('\n')));
        m_tabs->setCurrentWidget(m_problems);
        const QString reason = blockedReason();
        m_blocked->setText(reason);
        m_blocked->show();
        QMessageBox::warning(this, windowTitle(), reason);
        return;
    }
    if (!m_document->importMetrics(*plan)) {
        QMessageBox::warning(this, windowTitle(), m_document->refusalReason());
        return;
    }
    m_plan = *plan;
    QDialog::accept();
}

} // namespace waymark
