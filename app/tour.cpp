// SPDX-License-Identifier: GPL-3.0-or-later
#include "tour.h"

#include "canvas/mapview.h"
#include "document/document.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "overlaybar.h"
#include "workshoppanel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {

namespace {

// The outline round the part of the window a step is about; clicks go through it.
class Highlight : public QWidget
{
public:
    explicit Highlight(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("tourHighlight"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    }
};

const Journey *currentJourney(const Document *document)
{
    return document ? document->project().journey(document->currentJourneyId()) : nullptr;
}

bool isFeelingsLane(const Journey &journey, const Id &laneId)
{
    for (const Lane &lane : journey.lanes)
        if (lane.id == laneId) return lane.kind == LaneKind::Feelings;
    return false;
}

// The menu bar's title of the menu called `title` (in MainWindow's words).
QAction *menuTitle(QMenuBar *bar, const char *title)
{
    const QString text = QApplication::translate("waymark::MainWindow", title);
    for (QAction *a : bar->actions())
        if (a->menu() && a->text() == text) return a;
    return nullptr;
}

} // namespace

Tour::Tour(MainWindow *window)
    : QFrame(window), m_window(window), m_highlight(new Highlight(window)),
      m_counter(new QLabel(this)), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_back(new QPushButton(tr("&Back"), this)), m_next(new QPushButton(this)),
      m_skip(new QPushButton(tr("&Skip Tour"), this)),
      m_example(new QPushButton(tr("E&xample Data"), this))
{
    setObjectName(QStringLiteral("tour"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFixedWidth(360);
    m_counter->setObjectName(QStringLiteral("tourCounter"));
    m_title->setObjectName(QStringLiteral("tourTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("tourText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_skip->setObjectName(QStringLiteral("tourSkip"));
    m_example->setObjectName(QStringLiteral("tourExampleData"));
    m_example->setToolTip(tr("Imports made-up figures for the stages of this journey"));
    m_next->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_counter);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addWidget(m_example, 0, Qt::AlignLeft);
    column->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { show(std::max(0, m_step - 1)); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_step >= Finished) skip();
        else show(m_step + 1);
    });
    connect(m_skip, &QPushButton::clicked, this, &Tour::skip);
    connect(m_example, &QPushButton::clicked, this, [this] {
        if (!m_document) return;
        QString error;
        const QString path = writeExampleData(*m_document, &error);
        if (!path.isEmpty()) m_window->importMetrics(path);
    });
    connect(m_window, &MainWindow::exported, this, [this] {
        if (m_step == Export) done();
    });
    connect(m_window->workshopPanel(), &WorkshopPanel::servingChanged, this, [this](bool serving) {
        if (serving && m_step == Workshop) done();
    });
    m_window->installEventFilter(this);
    m_highlight->hide();
    hide();
}

void Tour::start()
{
    if (!m_window->document()) m_window->fileActions()->openSample();
    if (!m_window->document()) return;
    QSettings().setValue(QStringLiteral("tour/taken"), true);
    show(AddCard);
}

void Tour::skip()
{
    hide();
    m_highlight->hide();
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = nullptr;
}

void Tour::show(int step)
{
    m_step = step;
    m_stepDone = false;
    struct Text
    {
        QString title, text;
    };
    const Text texts[StepCount] = {
        {tr("Add a card"),
         tr("Double-click an empty part of a cell on the map, or drag a card type from the "
            "<b>Palette</b> onto a stage. Type its text; Ctrl+Enter keeps it.")},
        {tr("Move it"),
         tr("Drag a card to another stage or lane: the blue bar shows where it will land. "
            "Alt+arrow keys move the selected card too.")},
        {tr("Draw a feeling"),
         tr("In the <b>Feelings</b> lane, drag a point up or down, or double-click the lane at "
            "the height of a feeling to add one. The curve follows.")},
        {tr("Import data"),
         tr("<b>File &gt; Import Metrics...</b> reads your figures from CSV or Excel and shows "
            "them on the map; the overlay below picks the metric. No file at hand? Try the "
            "example data.")},
        {tr("Export"),
         tr("<b>File &gt; Export...</b> (Ctrl+E) writes the map as PDF, PNG, PowerPoint and "
            "more, with a preview of exactly what you get. Export one now.")},
        {tr("Start a workshop"),
         tr("<b>Workshop &gt; Invite Participants...</b> lets people add notes from their "
            "phones over the room's network; <b>View &gt; Present</b> (F5) puts the map on the "
            "projector. Start one now; <b>End Workshop</b> stops it.")},
        {tr("You know the canvas"),
         tr("<b>Help &gt; User Guide</b> (F1) explains everything else, and <b>Help &gt; Tour "
            "of the Canvas</b> shows this tour again.")},
    };
    m_title->setText(texts[step].title);
    m_text->setText(texts[step].text);
    m_counter->setText(step < Finished ? tr("Step %1 of %2").arg(step + 1).arg(int(Finished))
                                       : QString());
    m_counter->setVisible(step < Finished);
    m_back->setEnabled(step > 0);
    m_next->setText(step < Finished ? tr("&Next") : tr("&Finish"));
    m_skip->setVisible(step < Finished);
    m_example->setVisible(step == ImportData);
    watch();
    QFrame::show();
    adjustSize();
    place();
    raise();
    m_next->setFocus();
}

void Tour::watch()
{
    Document *document = m_window->document();
    if (m_document != document) {
        if (m_document) disconnect(m_document, nullptr, this, nullptr);
        m_document = document;
        if (document) connect(document, &Document::changed, this, &Tour::checkDone);
    }
    m_cells.clear();
    m_feelings.clear();
    m_cardCount = 0;
    m_observationCount = document ? int(document->project().observations.size()) : 0;
    if (const Journey *journey = currentJourney(document)) {
        m_cardCount = int(journey->cards.size());
        for (const Card &card : journey->cards) {
            m_cells.insert(card.id, {card.stageId, card.laneId});
            if (card.emotion) m_feelings.insert(card.id, *card.emotion);
        }
    }
}

void Tour::checkDone()
{
    if (m_stepDone || !isVisible()) return;
    const Journey *journey = currentJourney(m_document);
    if (!journey) return;
    bool doneNow = false;
    switch (m_step) {
    case AddCard:
        doneNow = journey->cards.size() > m_cardCount;
        break;
    case MoveCard:
        for (const Card &card : journey->cards)
            if (const auto it = m_cells.constFind(card.id);
                it != m_cells.constEnd() && *it != qMakePair(card.stageId, card.laneId))
                doneNow = true;
        break;
    case DrawFeeling:
        for (const Card &card : journey->cards)
            if (card.emotion && isFeelingsLane(*journey, card.laneId) &&
                m_feelings.value(card.id, 99) != *card.emotion)
                doneNow = true;
        break;
    case ImportData:
        doneNow = m_document->project().observations.size() > m_observationCount;
        break;
    default:
        break;
    }
    if (doneNow) done();
}

void Tour::done()
{
    if (m_stepDone) return;
    m_stepDone = true;
    m_title->setText(QStringLiteral("✓ ") + m_title->text());
    const int step = m_step;
    QTimer::singleShot(900, this, [this, step] {
        if (isVisible() && m_step == step) show(step + 1);
    });
}

QWidget *Tour::targetWidget(QRect *rect) const
{
    QWidget *target = nullptr;
    QAction *menu = nullptr;
    switch (m_step) {
    case AddCard:
        target = m_window->findChild<QDockWidget *>(QStringLiteral("paletteDock"));
        if (target && !target->isVisible()) target = m_window->mapView();
        break;
    case MoveCard:
    case DrawFeeling:
        target = m_window->mapView();
        break;
    case ImportData:
        target = m_window->overlayStrip();
        break;
    case Export:
        menu = menuTitle(m_window->menuBar(), "&File");
        break;
    case Workshop:
        menu = menuTitle(m_window->menuBar(), "&Workshop");
        break;
    default:
        menu = menuTitle(m_window->menuBar(), "&Help");
        break;
    }
    if (menu) {
        target = m_window->menuBar();
        *rect = QRect(target->mapTo(m_window, QPoint()), QSize())
                    .united(m_window->menuBar()->actionGeometry(menu).translated(
                        target->mapTo(m_window, QPoint())));
        return target;
    }
    if (!target || !target->isVisible()) return nullptr;
    *rect = QRect(target->mapTo(m_window, QPoint()), target->size());
    return target;
}

QRect Tour::targetRect() const
{
    QRect rect;
    return targetWidget(&rect) ? rect : QRect();
}

// Below a menu title; beside another target where there is room (right, left, below,
// above); always inside the window.
void Tour::place()
{
    const QRect target = targetRect();
    const QRect area = m_window->rect().adjusted(8, 8, -8, -8);
    const QSize size = sizeHint().expandedTo(minimumSizeHint());
    QPoint at = area.center() - QPoint(size.width() / 2, size.height() / 2);
    if (target.isValid()) {
        const int gap = 12;
        if (target.height() < 60) // a menu's title: just below it
            at = {target.left(), target.bottom() + gap};
        else if (target.right() + gap + size.width() <= area.right())
            at = {target.right() + gap, target.top() + 40};
        else if (target.left() - gap - size.width() >= area.left())
            at = {target.left() - gap - size.width(), target.top() + 40};
        else if (target.bottom() + gap + size.height() <= area.bottom())
            at = {target.left() + 40, target.bottom() + gap};
        else
            at = {target.left() + 40, target.top() - gap - size.height()};
        // A target as large as the window (the map): the bubble in its lower right corner.
        if (target.width() > area.width() / 2 && target.height() > area.height() / 2)
            at = {target.right() - size.width() - 24, target.bottom() - size.height() - 24};
        m_highlight->setGeometry(target.adjusted(-3, -3, 3, 3));
        m_highlight->show();
        m_highlight->raise();
    } else {
        m_highlight->hide();
    }
    at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
    at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
    setGeometry(QRect(at, size));
    raise();
}

bool Tour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && isVisible() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        QTimer::singleShot(0, this, [this] {
            if (isVisible()) place();
        });
    return QFrame::eventFilter(watched, event);
}

void Tour::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        skip();
        return;
    }
    QFrame::keyPressEvent(event);
}

QString Tour::writeExampleData(const Document &document, QString *error)
{
    const Journey *journey = currentJourney(&document);
    if (!journey || journey->stages.isEmpty()) {
        *error = tr("The journey has no stages.");
        return {};
    }
    static constexpr double dropOff[] = {8, 14, 41, 27, 12, 9};
    static constexpr double satisfaction[] = {4.2, 3.6, 2.4, 3.1, 4.0, 4.4};
    auto quoted = [](QString s) { return u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    QString csv = quoted(tr("Stage")) + u',' + quoted(tr("Drop-off rate (%)")) + u',' +
                  quoted(tr("CSAT (1-5)")) + u'\n';
    for (qsizetype i = 0; i < journey->stages.size(); ++i)
        csv += quoted(journey->stages[i].name) + u',' +
               QString::number(dropOff[i % std::size(dropOff)]) + u',' +
               QString::number(satisfaction[i % std::size(satisfaction)]) + u'\n';
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(tr("example-data") + QStringLiteral(".csv"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return {};
    }
    return path;
}

} // namespace waymark
