// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QMainWindow>
#include <QPointer>

#include "coveragedialog.h"
#include "matrixdialog.h"

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace waymark {

class CanvasActions;
class ChartsPanel;
class Document;
struct MetricMapping;
struct Table;
class FileActions;
class FindBar;
class FlowPanel;
class CommentsPanel;

class EvidencePanel;
class FrictionPanel;
class JourneyPanel;
class OverlayStrip;
class MapView;
class OverlayBar;
class PalettePanel;
class PersonaPanel;
class PersonaStrip;
class PropertiesPanel;
class Presenter;
class StartPage;
class Tour;
class WorkshopPanel;

// One window shows one project. File handling lives in FileActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document.get(); }
    // Takes over `document` (may be null to show the empty window) and hands back the one it
    // replaces, detached from this window.
    std::unique_ptr<Document> setDocument(std::unique_ptr<Document> document);
    std::unique_ptr<Document> takeDocument();
    FileActions *fileActions() const { return m_fileActions; }
    JourneyPanel *journeyPanel() const { return m_journeys; }
    MapView *mapView() const { return m_mapView; }
    CanvasActions *canvasActions() const { return m_canvasActions; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    PalettePanel *palettePanel() const { return m_palette; }
    FindBar *findBar() const { return m_findBar; }
    PersonaPanel *personaPanel() const { return m_personas; }
    PersonaStrip *personaStrip() const { return m_personaStrip; }
    OverlayBar *overlayBar() const { return m_overlayBar; }
    FrictionPanel *frictionPanel() const { return m_friction; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    FlowPanel *flowPanel() const { return m_flow; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    // Journey > Research Coverage: a window beside the map that follows it.
    void showCoverage();
    CoverageDialog *coverageDialog() const { return m_coverage; }
    // Journey > Opportunity Matrix: a window beside the map that follows it.
    void showMatrix();
    MatrixDialog *matrixDialog() const { return m_matrix; }
    WorkshopPanel *workshopPanel() const { return m_workshop; }
    Presenter *presenter() const { return m_presenter; }
    // Help > Tour of the Canvas, made on first use.
    Tour *tour();
    void updateTitle();
    // Opens the metric import for a CSV or XLSX file.
    void importMetrics(const QString &path);
    // A table dropped on the window: an event log, survey responses, contact records or
    // metric values, each to its own dialog.
    void importTable(const QString &path);
    void importEventLog(const QString &path);
    void importEventDatabase();
    void importSurvey(const QString &path, bool contacts);
    // A Mermaid journey diagram as a new journey (one undo step); false with the reason shown.
    bool importMermaid(const QString &path);
    // Journey > Snapshots... and Journey > Compare... (specs as DiffSource::resolve() reads
    // them; empty: the current journey and its closest relative).
    void showSnapshots();
    void showCompare(const QString &from, const QString &to);
    void importComputed(const Table &table, const QString &source, const MetricMapping &mapping);
    // Sizes and places a window that is about to show: the remembered geometry when it fits
    // the screen, else (first start, another screen) maximised on a screen below 1600 x 1000
    // and nine tenths of a larger one.
    void placeOnScreen();
    // The geometry for a first start on a screen with this available area; `maximize` says
    // whether to show it maximised.
    static QRect firstGeometry(const QRect &available, bool *maximize);
    QAction *focusAction() const { return m_focusAction; }
    StartPage *startPage() const { return m_startPage; }
    OverlayStrip *overlayStrip() const { return m_overlayStrip; }
    // File > Export..., starting from what the map shows.
    void showExport();
    // "Exported “map.pdf”" in the status bar, with Open and Show in Folder.
    void showExported(const QStringList &files);
    QWidget *exportedNotice() const { return m_exported; }
    // Actions that need a project, disabled without one.
    QList<QAction *> projectActions() const { return m_projectActions; }

signals:
    // Files were exported (File > Export..., Copy Map as Image aside).
    void exported(const QStringList &files);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createWorkshopMenu();
    void createImportActions(QMenu *file);
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *widget,
                         Qt::DockWidgetArea area);
    void showPreferences();
    void showAbout();
    // Hides every dock (the map gets the room) or brings back the ones that were shown.
    void setMapFocus(bool focus);

    std::unique_ptr<Document> m_document;
    QUndoGroup *m_undoGroup;
    MapView *m_mapView;
    JourneyPanel *m_journeys;
    PalettePanel *m_palette;
    PropertiesPanel *m_properties;
    FindBar *m_findBar;
    PersonaPanel *m_personas;
    PersonaStrip *m_personaStrip;
    OverlayBar *m_overlayBar = nullptr;
    FrictionPanel *m_friction = nullptr;
    ChartsPanel *m_charts = nullptr;
    FlowPanel *m_flow = nullptr;
    CommentsPanel *m_comments = nullptr;
    EvidencePanel *m_evidence = nullptr;
    QPointer<CoverageDialog> m_coverage;
    QPointer<MatrixDialog> m_matrix;
    WorkshopPanel *m_workshop = nullptr;
    Presenter *m_presenter = nullptr;
    Tour *m_tour = nullptr;
    QDockWidget *m_workshopDock = nullptr;
    QLabel *m_timerLabel = nullptr;
    CanvasActions *m_canvasActions;
    QList<QDockWidget *> m_docks;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr, *m_importEventsAction = nullptr,
            *m_importDatabaseAction = nullptr,
            *m_importSurveyAction = nullptr, *m_importMermaidAction = nullptr;
    QAction *m_copyImageAction = nullptr;
    QAction *m_focusAction = nullptr;
    QByteArray m_beforeFocus; // the dock layout Focus on Map restores
    QByteArray m_beforeStart; // the dock layout the start page hid
    QList<QAction *> m_projectActions;
    QPointer<QWidget> m_exported; // the status bar's notice of the last export
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    QWidget *m_mapPage;
    OverlayStrip *m_overlayStrip;
    FileActions *m_fileActions;
    QLabel *m_saveState;
    QLabel *m_zoomLabel;
};

} // namespace waymark
