// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "helpwindow.h"
#include "tour.h"
#include "preferencesdialog.h"
#include "crashhandler.h"
#include "themedicon.h"

#include "analytics/journeymetrics.h"
#include "canvas/mapview.h"
#include "canvasactions.h"
#include "chartspanel.h"
#include "commentspanel.h"
#include "comparedialog.h"
#include "document/document.h"
#include "eventlogdialog.h"
#include "exportdialog.h"
#include "fileactions.h"
#include "findbar.h"
#include "flowpanel.h"
#include "frictionpanel.h"
#include "i18n.h"
#include "importdialog.h"
#include "journeydialog.h"
#include "journeypanel.h"
#include "menutext.h"
#include "overlaybar.h"
#include "palettepanel.h"
#include "personapanel.h"
#include "personastrip.h"
#include "presenter.h"
#include "propertiespanel.h"
#include "shortcutsdialog.h"
#include "snapshotsdialog.h"
#include "coveragedialog.h"
#include "evidencepanel.h"
#include "startpage.h"
#include "surveydialog.h"
#include "untitled.h"
#include "workshoppanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QToolButton>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUrl>
#include <QVBoxLayout>
#include <utility>

namespace waymark {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_mapView(new MapView(this)),
      m_journeys(new JourneyPanel(this)), m_palette(new PalettePanel(this)),
      m_properties(new PropertiesPanel(this)), m_findBar(new FindBar(m_mapView, this)),
      m_personas(new PersonaPanel(this)), m_personaStrip(new PersonaStrip(this)),
      m_canvasActions(new CanvasActions(m_mapView, this)), m_pages(new QStackedWidget(this)),
      m_startPage(new StartPage(this)), m_mapPage(new QWidget(this)),
      m_overlayStrip(new OverlayStrip(this)), m_fileActions(new FileActions(this)),
      m_saveState(new QLabel(this)), m_zoomLabel(new QLabel(this))
{
    // The map with its strips; without a project, the start page instead.
    auto *column = new QVBoxLayout(m_mapPage);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_personaStrip);
    column->addWidget(m_findBar);
    column->addWidget(m_mapView, 1);
    column->addWidget(m_overlayStrip);
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_mapPage);
    setCentralWidget(m_pages);
    connect(m_startPage, &StartPage::newProject, m_fileActions, &FileActions::newProject);
    connect(m_startPage, &StartPage::openProject, m_fileActions, &FileActions::openDialog);
    connect(m_startPage, &StartPage::openSample, m_fileActions, &FileActions::openSample);
    connect(m_startPage, &StartPage::openRecent, m_fileActions, &FileActions::openFile);
    connect(m_startPage, &StartPage::takeTour, this, [this] { tour()->start(); });
    m_mapView->setActions(m_canvasActions);
    QDockWidget *journeys =
        addDock(tr("Journeys"), QStringLiteral("journeysDock"), m_journeys, Qt::LeftDockWidgetArea);
    QDockWidget *palette =
        addDock(tr("Palette"), QStringLiteral("paletteDock"), m_palette, Qt::LeftDockWidgetArea);
    splitDockWidget(journeys, palette, Qt::Vertical);
    palette->setObjectName(QStringLiteral("paletteDock"));
    // Properties scroll when the screen is short (a 720-line projector).
    auto *propertiesScroll = new QScrollArea(this);
    propertiesScroll->setWidget(m_properties);
    propertiesScroll->setWidgetResizable(true);
    propertiesScroll->setFrameShape(QFrame::NoFrame);
    propertiesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QDockWidget *properties = addDock(tr("Properties"), QStringLiteral("propertiesDock"),
                                      propertiesScroll, Qt::RightDockWidgetArea);
    m_properties->setAccessibleName(tr("Properties"));
    QDockWidget *personas = addDock(tr("Personas"), QStringLiteral("personasDock"), m_personas,
                                    Qt::RightDockWidgetArea);
    splitDockWidget(properties, personas, Qt::Vertical);
    m_friction = new FrictionPanel(m_mapView, this);
    QDockWidget *friction = addDock(tr("Friction"), QStringLiteral("frictionDock"), m_friction,
                                    Qt::RightDockWidgetArea);
    tabifyDockWidget(personas, friction);
    m_charts = new ChartsPanel(this);
    QDockWidget *charts =
        addDock(tr("Charts"), QStringLiteral("chartsDock"), m_charts, Qt::RightDockWidgetArea);
    tabifyDockWidget(friction, charts);
    m_flow = new FlowPanel(this);
    QDockWidget *flow =
        addDock(tr("Flow"), QStringLiteral("flowDock"), m_flow, Qt::RightDockWidgetArea);
    tabifyDockWidget(charts, flow);
    m_comments = new CommentsPanel(this);
    QDockWidget *comments = addDock(tr("Comments"), QStringLiteral("commentsDock"), m_comments,
                                    Qt::RightDockWidgetArea);
    // Comments and evidence are about the selected cards: beside their properties, which
    // also leaves the lower tabs room for their names at 1280 x 720.
    tabifyDockWidget(properties, comments);
    m_evidence = new EvidencePanel(this);
    QDockWidget *evidence = addDock(tr("Evidence"), QStringLiteral("evidenceDock"), m_evidence,
                                    Qt::RightDockWidgetArea);
    tabifyDockWidget(comments, evidence);
    connect(m_evidence, &EvidencePanel::coverageRequested, this, &MainWindow::showCoverage);
    // The workshop's tools scroll on a short screen too.
    m_workshop = new WorkshopPanel(m_mapView, this);
    auto *workshopScroll = new QScrollArea(this);
    workshopScroll->setWidget(m_workshop);
    workshopScroll->setWidgetResizable(true);
    workshopScroll->setFrameShape(QFrame::NoFrame);
    workshopScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_workshopDock = addDock(tr("Workshop"), QStringLiteral("workshopDock"), workshopScroll,
                             Qt::RightDockWidgetArea);
    tabifyDockWidget(charts, m_workshopDock);
    m_presenter = new Presenter(this, m_mapView, m_workshop);
    personas->raise();
    properties->raise();
    // Narrow docks: the map gets the room (a remembered layout wins, see placeOnScreen).
    resizeDocks({journeys, properties}, {200, 260}, Qt::Horizontal);
    connect(m_personaStrip, &PersonaStrip::personaClicked, m_personas, &PersonaPanel::editPersona);
    connect(m_palette, &PalettePanel::entryActivated, this, [this](const QByteArray &entry) {
        const Journey *j =
            m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
        if (!j) return;
        int lane = m_mapView->currentLane();
        const Card prototype = PalettePanel::prototype(*j, entry, &lane);
        m_mapView->setFocus();
        m_mapView->addCardInCell(m_mapView->currentStage(), lane, prototype);
    });
    connect(m_canvasActions, &CanvasActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_mapView, &MapView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // The breadcrumb of journeys opened through linked cards; a click goes back one.
    auto *crumb = new QToolButton(this);
    crumb->setObjectName(QStringLiteral("breadcrumb"));
    crumb->setAutoRaise(true);
    crumb->setToolTip(tr("Back to the journey that links here (Alt+Up)"));
    crumb->hide();
    connect(crumb, &QToolButton::clicked, m_canvasActions, &CanvasActions::goBack);
    connect(m_canvasActions, &CanvasActions::trailChanged, this, [this, crumb] {
        QStringList names;
        if (m_document)
            for (const Id &id : m_canvasActions->trail())
                if (const Journey *j = m_document->project().journey(id)) names.append(j->name);
        const Journey *here =
            m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
        if (here) names.append(here->name);
        crumb->setText(QStringLiteral("← ") + names.join(QStringLiteral(" › ")));
        crumb->setVisible(!m_canvasActions->trail().isEmpty());
    });
    statusBar()->addPermanentWidget(crumb);
    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->addPermanentWidget(m_zoomLabel);
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    m_saveState->setAccessibleName(tr("Save state"));
    connect(m_mapView, &MapView::zoomChanged, this,
            [this](double z) { m_zoomLabel->setText(tr("%1 %").arg(qRound(z * 100))); });
    m_zoomLabel->setText(tr("%1 %").arg(100));
    // The timer in the status bar while it runs.
    m_timerLabel = new QLabel(this);
    m_timerLabel->setAccessibleName(tr("Timer"));
    statusBar()->addPermanentWidget(m_timerLabel);
    connect(m_workshop, &WorkshopPanel::timerTextChanged, this, [this](const QString &text) {
        m_timerLabel->setText(text.isEmpty() ? QString() : tr("Timer %1").arg(text));
    });
    connect(m_workshop, &WorkshopPanel::timeUp, this,
            [this] { statusBar()->showMessage(tr("Time is up."), 8000); });
    connect(m_workshop, &WorkshopPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    setAcceptDrops(true);
    createMenus();
    createToolBar();
    // A crash report names the last things done (menus, toolbar, shortcuts).
    for (QAction *a : findChildren<QAction *>())
        connect(a, &QAction::triggered, this, [a] { CrashHandler::noteAction(a->text()); });
    resize(1280, 800);
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

QRect MainWindow::firstGeometry(const QRect &available, bool *maximize)
{
    *maximize = available.width() < 1600 || available.height() < 1000;
    if (*maximize) return available;
    const QSize size(available.width() * 9 / 10, available.height() * 9 / 10);
    return QRect(available.center() - QPoint(size.width() / 2, size.height() / 2), size);
}

void MainWindow::placeOnScreen()
{
    const QRect available = screen()->availableGeometry();
    const QSettings settings;
    // The remembered size and place, when the window is still all on a screen.
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()) &&
        (isMaximized() || available.contains(frameGeometry())))
        return;
    bool maximize = false;
    const QRect rect = firstGeometry(available, &maximize);
    setWindowState(windowState() & ~Qt::WindowMaximized);
    // The frame is drawn around the geometry: keep all of it on the screen.
    const QMargins frame(frameGeometry().left() - geometry().left(),
                         frameGeometry().top() - geometry().top(),
                         frameGeometry().right() - geometry().right(),
                         frameGeometry().bottom() - geometry().bottom());
    setGeometry(rect.marginsRemoved(frame));
    if (maximize) setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::setMapFocus(bool focus)
{
    if (focus) {
        m_beforeFocus = saveState();
        for (QDockWidget *dock : std::as_const(m_docks))
            dock->hide();
        m_mapView->setFocus();
    } else if (!m_beforeFocus.isEmpty()) {
        restoreState(std::exchange(m_beforeFocus, {}));
    }
    if (m_focusAction->isChecked() != focus) {
        const QSignalBlocker block(m_focusAction);
        m_focusAction->setChecked(focus);
    }
}

MainWindow::~MainWindow()
{
    // Views first: they listen to the document.
    m_mapView->setDocument(nullptr);
    m_journeys->setDocument(nullptr);
    m_properties->setDocument(nullptr);
    m_findBar->setDocument(nullptr);
    m_personas->setDocument(nullptr);
    m_personaStrip->setDocument(nullptr);
    m_overlayBar->setDocument(nullptr);
    m_friction->setDocument(nullptr);
    m_charts->setDocument(nullptr);
    m_flow->setDocument(nullptr);
    m_comments->setDocument(nullptr);
    m_evidence->setDocument(nullptr);
    delete m_coverage; // it follows the document that goes
    delete m_matrix;
    m_workshop->setDocument(nullptr);
    m_canvasActions->setDocument(nullptr);
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &name, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    widget->setAccessibleName(title);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->populate(file);
    // Export sits before Quit.
    QAction *quit = nullptr;
    for (QAction *a : file->actions())
        if (a->menuRole() == QAction::QuitRole) quit = a;
    m_exportAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export..."), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExport);
    file->insertAction(quit, m_exportAction);
    createImportActions(file);
    file->insertSeparator(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and redo name the step; names in it keep their "&" (not a mnemonic).
    auto *undo = new QAction(themedIcon(QStringLiteral("edit-undo")), tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(menuText(text)));
    });
    auto *redo = new QAction(themedIcon(QStringLiteral("edit-redo")), tr("&Redo"), this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(menuText(text)));
    });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    const CanvasActions *c = m_canvasActions;
    edit->addActions({c->cut, c->copy, c->paste, c->duplicate, c->remove, c->selectAll});
    m_copyImageAction = edit->addAction(tr("Copy &Map as Image"), this, [this] {
        QString error;
        if (ExportDialog::copyMapAsImage(m_document.get(), &error))
            statusBar()->showMessage(tr("The map is on the clipboard."), 5000);
        else if (!error.isEmpty())
            statusBar()->showMessage(tr("The map could not be copied: %1").arg(error), 8000);
    });
    m_copyImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    edit->addActions({c->edit, c->addCard});
    edit->addSeparator();
    m_projectActions +=
        {edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find and Filter..."),
                         QKeySequence::Find, m_findBar, &FindBar::activate),
         edit->addAction(tr("Find &Next"), QKeySequence::FindNext, m_findBar, &FindBar::findNext),
         edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_findBar,
                         &FindBar::findPrevious)};
    edit->addSeparator();
    QAction *prefs = edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                     tr("&Preferences..."), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_projectActions +=
        {view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"),
                         QKeySequence::ZoomIn, m_mapView, &MapView::zoomIn),
         view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"),
                         QKeySequence::ZoomOut, m_mapView, &MapView::zoomOut),
         view->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("&Actual Size"),
                         QKeySequence(Qt::CTRL | Qt::Key_0), this,
                         [this] { m_mapView->setZoom(1.0); }),
         view->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("&Fit Map"),
                         QKeySequence(Qt::CTRL | Qt::Key_9), m_mapView, &MapView::fitMap),
         view->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-width")), tr("Fit &Width"),
                         QKeySequence(Qt::CTRL | Qt::Key_8), m_mapView, &MapView::fitWidth)};
    view->addSeparator();
    // One shortcut gives the map all the room, and back.
    m_focusAction =
        view->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("F&ocus on Map"));
    m_focusAction->setObjectName(QStringLiteral("focusOnMap"));
    m_focusAction->setCheckable(true);
    m_focusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_focusAction->setToolTip(tr("Hide all panels, or show them again"));
    connect(m_focusAction, &QAction::toggled, this, &MainWindow::setMapFocus);
    m_projectActions.append(m_focusAction);
    view->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks)) {
        view->addAction(dock->toggleViewAction());
        // Showing a panel while the map has the focus ends the focus.
        connect(dock->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
            if (shown && m_focusAction->isChecked()) {
                m_beforeFocus.clear();
                const QSignalBlocker block(m_focusAction);
                m_focusAction->setChecked(false);
            }
        });
    }

    QMenu *journeyMenu = menuBar()->addMenu(tr("&Journey"));
    QAction *properties = journeyMenu->addAction(tr("&Properties..."), this, [this] {
        if (!m_document || !m_document->project().journey(m_document->currentJourneyId()))
            return;
        JourneyDialog dialog(m_document.get(), m_document->currentJourneyId(), this);
        dialog.exec();
    });
    properties->setObjectName(QStringLiteral("journeyProperties"));
    properties->setToolTip(tr("Name, goal, state, owner, status and review of the journey"));
    journeyMenu->addActions({m_canvasActions->openLinked, m_canvasActions->back});
    journeyMenu->addSeparator();
    journeyMenu->addActions({m_canvasActions->blueprint, m_canvasActions->connectCards});
    journeyMenu->addSeparator();
    QAction *take = journeyMenu->addAction(tr("Take &Snapshot..."), this, [this] {
        SnapshotsDialog::takeSnapshot(m_document.get(), this);
    });
    take->setObjectName(QStringLiteral("takeSnapshot"));
    take->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    take->setToolTip(tr("Keep the journey or the whole project as it is now, inside the file"));
    QAction *snapshots =
        journeyMenu->addAction(tr("S&napshots..."), this, &MainWindow::showSnapshots);
    snapshots->setObjectName(QStringLiteral("snapshots"));
    QAction *compare = journeyMenu->addAction(tr("&Compare..."), this,
                                              [this] { showCompare({}, {}); });
    compare->setObjectName(QStringLiteral("compareJourneys"));
    compare->setToolTip(tr("Compare two journeys, or a journey with a snapshot"));
    QAction *coverage =
        journeyMenu->addAction(tr("&Research Coverage..."), this, &MainWindow::showCoverage);
    coverage->setObjectName(QStringLiteral("researchCoverage"));
    coverage->setToolTip(tr("How much of each stage and lane rests on evidence, and the "
                            "assumptions with most friction attached"));
    QAction *matrix =
        journeyMenu->addAction(tr("&Opportunity Matrix..."), this, &MainWindow::showMatrix);
    matrix->setObjectName(QStringLiteral("opportunityMatrix"));
    matrix->setToolTip(tr("Opportunities by customer value, business value and effort, in "
                          "quadrants, ranked by the priority formula"));
    m_projectActions += {properties, take, snapshots, compare, coverage, matrix};

    m_canvasActions->populateStageMenu(menuBar()->addMenu(tr("&Stage")));
    m_canvasActions->populateLaneMenu(menuBar()->addMenu(tr("&Lane")));
    createWorkshopMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("User &Guide"), this, [] {
        HelpWindow *window = HelpWindow::instance();
        window->show();
        window->raise();
        window->activateWindow();
    });
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Tour of the Canvas"), this, [this] { tour()->start(); })
        ->setObjectName(QStringLiteral("tourAction"));
    help->addSeparator();
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    help->addAction(tr("&About Waymark"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createWorkshopMenu()
{
    QMenu *view = nullptr;
    for (QAction *a : menuBar()->actions())
        if (a->menu() && a->text() == tr("&View")) view = a->menu();
    // Present: F5, in View and Workshop.
    QAction *present = new QAction(QIcon::fromTheme(QStringLiteral("x-office-presentation")),
                                   tr("&Present"), this);
    present->setObjectName(QStringLiteral("present"));
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setToolTip(tr("Full screen for the projector, one stage at a time (Esc leaves)"));
    connect(present, &QAction::triggered, this, [this] { m_presenter->start(); });
    if (view) {
        view->insertAction(view->actions().value(0), present);
        view->insertSeparator(view->actions().value(1));
    }
    m_projectActions.append(present);

    QMenu *workshop = menuBar()->addMenu(tr("&Workshop"));
    workshop->addAction(present);
    // Other screens (a projector) to present on.
    QMenu *on = workshop->addMenu(tr("Present &On"));
    connect(on, &QMenu::aboutToShow, this, [this, on] {
        on->clear();
        for (QScreen *s : QGuiApplication::screens())
            on->addAction(tr("%1 (%2 x %3)")
                              .arg(s->name())
                              .arg(s->geometry().width())
                              .arg(s->geometry().height()),
                          this, [this, s] { m_presenter->start(s); });
    });
    workshop->addSeparator();
    auto showDock = [this] {
        m_workshopDock->show();
        m_workshopDock->raise();
    };
    QAction *invite = workshop->addAction(tr("&Invite Participants..."), this, [this, showDock] {
        showDock();
        if (!m_workshop->isServing()) m_workshop->startServer();
    });
    invite->setObjectName(QStringLiteral("invite"));
    QAction *qr = workshop->addAction(tr("Show &Join Code Large"), m_workshop,
                                      &WorkshopPanel::showQrFullScreen);
    QAction *end = workshop->addAction(tr("&End Workshop"), m_workshop, &WorkshopPanel::stopServer);
    end->setEnabled(false);
    connect(m_workshop, &WorkshopPanel::servingChanged, end, &QAction::setEnabled);
    workshop->addSeparator();
    QMenu *timer = workshop->addMenu(tr("&Timer"));
    for (int minutes : {2, 5, 10, 15})
        timer->addAction(tr("%n minute(s)", nullptr, minutes), this,
                         [this, minutes] { m_workshop->startTimer(minutes * 60); });
    timer->addSeparator();
    timer->addAction(tr("&Pause or Resume"), m_workshop, &WorkshopPanel::pauseOrResumeTimer);
    timer->addAction(tr("&Add a Minute"), m_workshop, &WorkshopPanel::addMinute);
    timer->addAction(tr("&Stop"), m_workshop, &WorkshopPanel::stopTimer);
    workshop->addSeparator();
    workshop->addAction(tr("Start &Voting..."), this, showDock);
    workshop->addAction(tr("&Close Voting"), m_workshop, &WorkshopPanel::closeRound);
    m_projectActions += {invite, qr, timer->menuAction()};
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Map"));
    bar->setObjectName(QStringLiteral("mapToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Short names on the toolbar; the Edit menu says what would be undone.
    QAction *undo = bar->addAction(themedIcon(QStringLiteral("edit-undo")), tr("Undo"),
                                   m_undoGroup, &QUndoGroup::undo);
    QAction *redo = bar->addAction(themedIcon(QStringLiteral("edit-redo")), tr("Redo"),
                                   m_undoGroup, &QUndoGroup::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    // Every tooltip says the shortcut; undo and redo also what they would undo.
    const auto tip = [](QAction *a, const QKeySequence &keys, const QString &text = {}) {
        const QString name = text.isEmpty() ? QString(a->text()).remove(QLatin1Char('&')) : text;
        a->setToolTip(keys.isEmpty() ? name
                                     : QStringLiteral("%1 (%2)").arg(
                                           name, keys.toString(QKeySequence::NativeText)));
    };
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo, [=](const QString &text) {
        tip(undo, QKeySequence::Undo, text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text));
    });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo, [=](const QString &text) {
        tip(redo, QKeySequence::Redo, text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text));
    });
    tip(undo, QKeySequence::Undo);
    tip(redo, QKeySequence::Redo);
    bar->addSeparator();
    bar->addAction(m_canvasActions->addCard);
    bar->addAction(m_canvasActions->addStage);
    bar->addAction(m_canvasActions->addLaneMenu->menuAction());
    bar->addSeparator();
    // The same keys as the menus' commands (View, Edit).
    const auto add = [&](const char *icon, const QString &text, const QKeySequence &keys,
                         auto *receiver, auto slot) {
        QAction *a = bar->addAction(themedIcon(QLatin1String(icon)), text, receiver, slot);
        tip(a, keys);
        m_projectActions.append(a);
        return a;
    };
    // The magnifiers say enough without words (the tooltip names them): room for the German
    // names of the rest on a 1280-pixel projector.
    for (QAction *a :
         {add("zoom-out", tr("Zoom Out"), QKeySequence::ZoomOut, m_mapView, &MapView::zoomOut),
          add("zoom-in", tr("Zoom In"), QKeySequence::ZoomIn, m_mapView, &MapView::zoomIn)})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    add("zoom-fit-best", tr("Fit Map"), QKeySequence(Qt::CTRL | Qt::Key_9), m_mapView,
        &MapView::fitMap);
    add("zoom-fit-width", tr("Fit Width"), QKeySequence(Qt::CTRL | Qt::Key_8), m_mapView,
        &MapView::fitWidth);
    bar->addSeparator();
    add("edit-find", tr("Find"), QKeySequence::Find, m_findBar, &FindBar::activate);
    tip(m_canvasActions->addCard, m_canvasActions->addCard->shortcut());
    tip(m_canvasActions->addStage, {});
    m_canvasActions->addLaneMenu->menuAction()->setToolTip(
        tr("Add a lane of a kind (actions, touchpoints, feelings, ...)"));
    // The overlay's choosers and its legend sit under the map, where they have the map's
    // width and leave the toolbar its room (also in German on a 1280-pixel projector).
    m_overlayBar = new OverlayBar(m_mapView->mapScene(), m_overlayStrip);
    connect(m_overlayBar, &OverlayBar::scopeChanged, m_friction, &FrictionPanel::setScope);
    connect(m_overlayBar, &OverlayBar::scopeChanged, m_charts, &ChartsPanel::setScope);
}

std::unique_ptr<Document> MainWindow::setDocument(std::unique_ptr<Document> document)
{
    if (m_document) {
        m_undoGroup->removeStack(m_document->undoStack());
        disconnect(m_document.get(), nullptr, this, nullptr);
    }
    // Views switch first: the old document may be destroyed by the caller right after.
    m_mapView->setDocument(document.get());
    m_journeys->setDocument(document.get());
    m_properties->setDocument(document.get());
    m_findBar->setDocument(document.get());
    m_personas->setDocument(document.get());
    m_personaStrip->setDocument(document.get());
    m_overlayBar->setDocument(document.get());
    m_friction->setDocument(document.get());
    m_charts->setDocument(document.get());
    m_flow->setDocument(document.get());
    m_comments->setDocument(document.get());
    m_evidence->setDocument(document.get());
    delete m_coverage;
    delete m_matrix;
    m_presenter->stop();
    m_workshop->setDocument(document.get()); // a running workshop ends with its project
    m_canvasActions->setDocument(document.get());
    std::unique_ptr<Document> old = std::exchange(m_document, std::move(document));
    setProperty("readOnlyReason", QVariant());
    setProperty("recovered", QVariant());
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document.get(), &Document::changed, this, &MainWindow::updateTitle);
        QUndoStack *stack = m_document->undoStack();
        connect(stack, &QUndoStack::indexChanged, this, [stack] {
            CrashHandler::noteAction(QStringLiteral("edit: ") + stack->undoText());
        });
        m_mapView->setFocus(Qt::OtherFocusReason); // the keyboard works on the map at once
        connect(m_document.get(), &Document::saveFailed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Changes could not be saved: %1").arg(message));
        });
    }
    CrashHandler::noteProject(m_document ? m_document->filePath() : QString());
    updateTitle();
    return old;
}

std::unique_ptr<Document> MainWindow::takeDocument()
{
    return setDocument(nullptr);
}

void MainWindow::updateTitle()
{
    // Without a project: the start page, and nothing that needs a map.
    m_pages->setCurrentWidget(m_document ? m_mapPage : m_startPage);
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(m_document != nullptr);
    m_palette->setEnabled(m_document && !m_document->isReadOnly());
    if (!m_document && m_focusAction && m_focusAction->isChecked()) setMapFocus(false);
    // The start page has the window to itself; the panels come back with a project.
    if (!m_document && m_beforeStart.isEmpty()) {
        m_beforeStart = saveState();
        for (QDockWidget *dock : std::as_const(m_docks))
            dock->hide();
    } else if (m_document && !m_beforeStart.isEmpty()) {
        restoreState(std::exchange(m_beforeStart, {}));
    }
    m_zoomLabel->setVisible(m_document != nullptr);
    if (m_exportAction) m_exportAction->setEnabled(m_document != nullptr);
    for (QAction *a :
         {m_importAction, m_importEventsAction, m_importDatabaseAction, m_importSurveyAction,
          m_importMermaidAction})
        if (a) a->setEnabled(m_document && !m_document->isReadOnly());
    if (m_copyImageAction) m_copyImageAction->setEnabled(m_document != nullptr);
    if (!m_document) {
        setWindowTitle(tr("Waymark"));
        setWindowFilePath(QString());
        m_saveState->setText(tr("No project open"));
        return;
    }
    const bool untitled = isUntitledPath(m_document->filePath());
    const QString name =
        untitled ? tr("%1 (not saved to a file yet)").arg(m_document->project().info.title)
                 : QFileInfo(m_document->filePath()).fileName();
    setWindowFilePath(untitled ? QString() : m_document->filePath());
    const QString readOnly = property("readOnlyReason").toString();
    setWindowTitle(tr("%1[*] — Waymark").arg(name) +
                   (m_document->isReadOnly() ? tr(" (read-only)") : QString()));
    setWindowModified(!m_document->isSaved());
    if (m_document->isReadOnly())
        m_saveState->setText(
            tr("Read-only: %1").arg(readOnly.isEmpty() ? m_document->store().path() : readOnly));
    else if (!m_document->isSaved())
        m_saveState->setText(tr("Not saved: %1").arg(m_document->saveError()));
    else
        m_saveState->setText(untitled ? tr("Kept safe as untitled work") : tr("All changes saved"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->closeDocument()) {
        event->ignore();
        return;
    }
    QSettings settings;
    if (m_focusAction->isChecked()) setMapFocus(false);        // remember the panels, not the focus
    if (!m_beforeStart.isEmpty()) restoreState(m_beforeStart); // nor the start page's
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) updateTitle();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.save();
    m_comments->rebuild(); // "mine" may mean someone else now
}

void MainWindow::showExport()
{
    if (!m_document) return;
    ExportDialog dialog(m_document.get(), this);
    // By default the export shows what the map shows.
    dialog.setOverlay(m_overlayBar->metric(), m_overlayBar->period(), m_overlayBar->segment());
    if (dialog.exec() == QDialog::Accepted) showExported(dialog.writtenFiles());
}

Tour *MainWindow::tour()
{
    if (!m_tour) m_tour = new Tour(this);
    return m_tour;
}

void MainWindow::showExported(const QStringList &files)
{
    if (files.isEmpty()) return;
    emit exported(files);
    // Said in the status bar, with the two things one does next.
    delete m_exported;
    m_exported = new QWidget(statusBar());
    m_exported->setObjectName(QStringLiteral("exportedNotice"));
    auto *row = new QHBoxLayout(m_exported);
    row->setContentsMargins(0, 0, 0, 0);
    const QFileInfo first(files.first());
    auto *text =
        new QLabel(files.size() == 1 ? tr("Exported “%1”.").arg(first.fileName())
                                     : tr("Exported %n files.", nullptr, int(files.size())),
                   m_exported);
    text->setToolTip(QDir::toNativeSeparators(files.join(QLatin1Char('\n'))));
    auto *open = new QPushButton(tr("Open"), m_exported);
    open->setObjectName(QStringLiteral("openExported"));
    auto *folder = new QPushButton(tr("Show in Folder"), m_exported);
    folder->setObjectName(QStringLiteral("showExportedFolder"));
    for (QPushButton *b : {open, folder})
        b->setFlat(true);
    row->addWidget(text);
    row->addWidget(open);
    row->addWidget(folder);
    connect(open, &QPushButton::clicked, this,
            [first] { QDesktopServices::openUrl(QUrl::fromLocalFile(first.absoluteFilePath())); });
    connect(folder, &QPushButton::clicked, this,
            [first] { QDesktopServices::openUrl(QUrl::fromLocalFile(first.absolutePath())); });
    statusBar()->addWidget(m_exported);
    QTimer::singleShot(30000, m_exported, &QWidget::deleteLater);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Waymark"),
        tr("<h3>Waymark %1</h3><p>Customer journey mapping for CX workshops, offline.</p>"
           "<p>License: GNU GPL version 3 or later.</p>")
            .arg(QStringLiteral(WAYMARK_VERSION)));
}

} // namespace waymark
