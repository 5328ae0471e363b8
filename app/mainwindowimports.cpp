// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's imports (tables, event logs, surveys, metrics, Mermaid; from File > Import
// and dropped files) and the journey dialogs (snapshots, compare), kept apart from its set-up.
#include "mainwindow.h"

#include "analytics/journeymetrics.h"
#include "comparedialog.h"
#include "databasedialog.h"
#include "document/document.h"
#include "eventlogdialog.h"
#include "fileactions.h"
#include "importdialog.h"
#include "io/mermaid.h"
#include "io/tablereader.h"
#include "snapshotsdialog.h"
#include "coveragedialog.h"
#include "surveydialog.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QStatusBar>

namespace waymark {

// File > Import...: metrics, event logs, surveys and Mermaid journeys, each placed before
// Export in `file`.
void MainWindow::createImportActions(QMenu *file)
{
    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import Metrics..."), this);
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Metrics"), {},
                                                          tr("Tables (*.csv *.xlsx *.txt *.tsv)"));
        if (!path.isEmpty()) importMetrics(path);
    });
    file->insertAction(m_exportAction, m_importAction);
    m_importEventsAction = new QAction(tr("Import &Event Log..."), this);
    m_importEventsAction->setObjectName(QStringLiteral("importEventLog"));
    connect(m_importEventsAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Event Log"), {},
                                                          tr("Event logs (*.csv *.txt *.tsv)"));
        if (!path.isEmpty()) importEventLog(path);
    });
    file->insertAction(m_exportAction, m_importEventsAction);
    m_importDatabaseAction = new QAction(tr("Import Events from &Database..."), this);
    m_importDatabaseAction->setObjectName(QStringLiteral("importEventDatabase"));
    m_importDatabaseAction->setToolTip(
        tr("Compute the event-log figures inside a PostgreSQL database and put them on the map"));
    connect(m_importDatabaseAction, &QAction::triggered, this, &MainWindow::importEventDatabase);
    file->insertAction(m_exportAction, m_importDatabaseAction);
    m_importSurveyAction = new QAction(tr("Import &Survey Responses..."), this);
    m_importSurveyAction->setObjectName(QStringLiteral("importSurvey"));
    connect(m_importSurveyAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Survey Responses"), {},
                                                          tr("Tables (*.csv *.xlsx *.txt *.tsv)"));
        if (!path.isEmpty()) importSurvey(path, false);
    });
    file->insertAction(m_exportAction, m_importSurveyAction);
    m_importMermaidAction = new QAction(tr("Import &Mermaid Journey..."), this);
    m_importMermaidAction->setObjectName(QStringLiteral("importMermaid"));
    m_importMermaidAction->setToolTip(
        tr("Add a Mermaid journey diagram as a new journey: sections become stages, tasks "
           "customer actions, scores feelings, actors personas"));
    connect(m_importMermaidAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Mermaid Journey"), {},
            tr("Mermaid diagrams (*.mmd *.mermaid *.md *.txt);;All files (*)"));
        if (!path.isEmpty()) importMermaid(path);
    });
    file->insertAction(m_exportAction, m_importMermaidAction);
}

namespace {
bool isTable(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}
bool isMermaid(const QString &path)
{
    return path.endsWith(QLatin1String(".mmd"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".mermaid"), Qt::CaseInsensitive);
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() &&
            (url.toLocalFile().endsWith(QLatin1String(".waymark"), Qt::CaseInsensitive) ||
             url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
             (m_document && (isTable(url.toLocalFile()) || isMermaid(url.toLocalFile()))))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    event->acceptProposedAction();
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile()) continue;
        if (url.toLocalFile().endsWith(QLatin1String(".waymark"), Qt::CaseInsensitive))
            m_fileActions->openFile(url.toLocalFile());
        else if (isTable(url.toLocalFile()))
            importTable(url.toLocalFile()); // a table dropped on the map: its metrics
        else if (isMermaid(url.toLocalFile()))
            importMermaid(url.toLocalFile());
        else if (url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            m_fileActions->newFromJson(url.toLocalFile()); // a project's JSON form
    }
}

void MainWindow::importTable(const QString &path)
{
    // The header only: a CSV's first 256 KB (a log of gigabytes is not read on the way), or
    // a workbook's first row.
    QString error;
    std::optional<QStringList> header = EventLog::readHeader(path, &error);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(2) == "PK") {
        const auto head =
            TableReader::read(path, {}, &error, [](const QStringList &, qint64) { return false; });
        header = head ? std::optional(head->columns) : std::nullopt;
    }
    using JourneyMetrics::TableKind;
    switch (header ? JourneyMetrics::tableKind(*header) : TableKind::Metrics) {
    case TableKind::EventLog:
        return importEventLog(path);
    case TableKind::Survey:
        return importSurvey(path, false);
    case TableKind::Contacts:
        return importSurvey(path, true);
    case TableKind::Metrics:
        break;
    }
    importMetrics(path);
}

void MainWindow::importEventLog(const QString &path)
{
    if (!m_document || m_document->isReadOnly()) return;
    EventLogDialog dialog(m_document.get(), path, this);
    if (!dialog.isReadable()) {
        QMessageBox::warning(this, tr("Import Event Log"), dialog.readError());
        return;
    }
    if (dialog.exec() != QDialog::Accepted) return;
    if (!dialog.draft()) {
        importComputed(dialog.table(), QFileInfo(path).fileName(), dialog.mapping());
        return;
    }
    // A drafted journey and its figures: one undo step.
    QUndoStack *undo = m_document->undoStack();
    undo->beginMacro(tr("Draft Journey from \"%1\"").arg(QFileInfo(path).fileName()));
    const Id id = m_document->addJourney(*dialog.draft());
    const MetricImportPlan plan = MetricImporter::plan(
        m_document->project(), dialog.table(), QFileInfo(path).fileName(), dialog.mapping());
    m_document->importMetrics(plan);
    undo->endMacro();
    m_document->setCurrentJourney(id);
    statusBar()->showMessage(tr("Drafted \"%1\" with %2 values from the log.")
                                 .arg(dialog.draft()->name)
                                 .arg(plan.added.size()),
                             8000);
}

void MainWindow::importEventDatabase()
{
    if (!m_document || m_document->isReadOnly()) return;
    DatabaseDialog dialog(m_document.get(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.analysis()) return;
    importComputed(dialog.table(), dialog.sourceName(), dialog.mapping());
}

bool MainWindow::importMermaid(const QString &path)
{
    if (!m_document || m_document->isReadOnly()) return false;
    QString error;
    const auto diagram = Mermaid::read(path, &error);
    if (!diagram) {
        QMessageBox::warning(this, tr("Import Mermaid Journey"),
                             tr("The journey could not be imported.\n\n%1").arg(error));
        return false;
    }
    const Mermaid::Imported imported =
        Mermaid::toJourney(*diagram, m_document->project(), QFileInfo(path).completeBaseName());
    const Id id = m_document->importJourney(imported.journey, imported.newPersonas);
    if (id.isNull()) {
        QMessageBox::warning(this, tr("Import Mermaid Journey"), m_document->refusalReason());
        return false;
    }
    m_document->setCurrentJourney(id);
    statusBar()->showMessage(Mermaid::summary(*diagram, imported), 8000);
    return true;
}

void MainWindow::showCoverage()
{
    if (!m_document || !m_document->project().journey(m_document->currentJourneyId())) return;
    if (!m_coverage) {
        m_coverage = new CoverageDialog(m_document.get(), this);
        m_coverage->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_coverage->show();
    m_coverage->raise();
    m_coverage->activateWindow();
}

void MainWindow::showMatrix()
{
    if (!m_document || !m_document->project().journey(m_document->currentJourneyId())) return;
    if (!m_matrix) {
        m_matrix = new MatrixDialog(m_document.get(), this);
        m_matrix->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_matrix->show();
    m_matrix->raise();
    m_matrix->activateWindow();
}

void MainWindow::showSnapshots()
{
    if (!m_document) return;
    SnapshotsDialog dialog(m_document.get(), this);
    connect(&dialog, &SnapshotsDialog::compareRequested, this,
            [this, &dialog](const QString &from, const QString &to) {
                CompareDialog compare(m_document.get(), from, to.isEmpty() ? from : to, &dialog);
                if (to.isEmpty()) compare.setViewOnly();
                compare.exec();
            });
    dialog.exec();
}

void MainWindow::showCompare(const QString &from, const QString &to)
{
    if (!m_document) return;
    // By default the current journey against the journey most of whose cards it was copied
    // from or into (its current or future state), else the next one.
    QString other = to;
    const Project &p = m_document->project();
    const Journey *current = p.journey(m_document->currentJourneyId());
    if (other.isEmpty() && current) {
        QSet<Id> mine;
        for (const Card &c : current->cards)
            mine << c.id << c.origin;
        mine.remove(Id());
        int best = 0;
        for (const Journey &j : p.journeys) {
            if (j.id == current->id) continue;
            int shared = 0;
            for (const Card &c : j.cards)
                shared += mine.contains(c.id) || mine.contains(c.origin);
            if (shared > best) {
                best = shared;
                other = idToString(j.id);
            }
        }
        if (other.isEmpty() && p.journeys.size() > 1)
            other = idToString(p.journeys[(p.journeyIndex(current->id) + 1) % p.journeys.size()].id);
    }
    CompareDialog dialog(m_document.get(), from, other, this);
    dialog.exec();
}

void MainWindow::importSurvey(const QString &path, bool contacts)
{
    if (!m_document || m_document->isReadOnly()) return;
    SurveyDialog dialog(m_document.get(), path, contacts, this);
    if (!dialog.isReadable()) {
        QMessageBox::warning(this, tr("Import Survey Responses"), dialog.readError());
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        importComputed(dialog.table(), QFileInfo(path).fileName(), dialog.mapping());
}

void MainWindow::importComputed(const Table &table, const QString &source,
                                const MetricMapping &mapping)
{
    ImportDialog dialog(m_document.get(), table, source, mapping, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Imported %1 new and %2 changed values.")
                                     .arg(dialog.plan().added.size())
                                     .arg(dialog.plan().changed.size()),
                                 8000);
}

void MainWindow::importMetrics(const QString &path)
{
    if (!m_document || m_document->isReadOnly()) return;
    ImportDialog dialog(m_document.get(), path, this);
    if (!dialog.isReadable()) {
        QMessageBox::warning(this, tr("Import Metrics"), dialog.readError());
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Imported %1 new and %2 changed values.")
                                     .arg(dialog.plan().added.size())
                                     .arg(dialog.plan().changed.size()),
                                 8000);
}

} // namespace waymark
