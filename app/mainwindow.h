// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QUndoGroup;

namespace waymark {

class CanvasActions;
class ChartsPanel;
class Document;
class FileActions;
class FindBar;
class FrictionPanel;
class JourneyPanel;
class MapView;
class OverlayBar;
class PalettePanel;
class PersonaPanel;
class PersonaStrip;
class PropertiesPanel;

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
    void updateTitle();
    // Opens the metric import for a CSV or XLSX file.
    void importMetrics(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *widget,
                         Qt::DockWidgetArea area);
    void showPreferences();
    void showExport();
    void showAbout();

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
    CanvasActions *m_canvasActions;
    QList<QDockWidget *> m_docks;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_copyImageAction = nullptr;
    FileActions *m_fileActions;
    QLabel *m_saveState;
    QLabel *m_zoomLabel;
};

} // namespace waymark
