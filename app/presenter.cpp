// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenter.h"

#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvas/tools/pointertool.h"
#include "document/document.h"
#include "workshoppanel.h"

#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QWindow>

namespace waymark {

Presenter::Presenter(QMainWindow *window, MapView *view, WorkshopPanel *workshop)
    : QObject(window), m_window(window), m_view(view), m_workshop(workshop),
      m_timer(new QLabel(view->viewport())), m_capture(new QLineEdit(view->viewport()))
{
    QFont big = m_timer->font();
    big.setPixelSize(56);
    big.setBold(true);
    m_timer->setFont(big);
    m_timer->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(32,32,32,200); color: white; border-radius: 12px; "
        "padding: 4px 18px; }"));
    m_timer->hide();
    QFont captureFont = m_capture->font();
    captureFont.setPixelSize(28);
    m_capture->setFont(captureFont);
    m_capture->setPlaceholderText(tr("Type a note and press Enter; Esc cancels"));
    m_capture->setAccessibleName(tr("Quick capture"));
    m_capture->setMaxLength(Document::MaxNoteText * 4);
    m_capture->hide();
    m_capture->installEventFilter(this);
    connect(m_workshop, &WorkshopPanel::timerTextChanged, this, [this](const QString &text) {
        m_timer->setText(text);
        m_timer->setVisible(m_presenting && !text.isEmpty());
        m_timer->adjustSize();
        placeOverlays();
    });
}

void Presenter::start(QScreen *screen)
{
    if (m_presenting || !m_view->document()) return;
    m_presenting = true;
    m_state = m_window->saveState();
    m_geometry = m_window->saveGeometry();
    m_wasMaximized = m_window->isMaximized();
    m_zoom = m_view->zoom();
    m_hidden.clear();
    QList<QWidget *> chrome{m_window->menuBar(), m_window->statusBar()};
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>())
        chrome.append(d);
    for (QToolBar *t : m_window->findChildren<QToolBar *>())
        chrome.append(t);
    // The strips around the map (personas, find, overlay) too: the map has the screen.
    for (QObject *o : m_view->parentWidget()->children())
        if (auto *w = qobject_cast<QWidget *>(o); w && w != m_view) chrome.append(w);
    for (QWidget *w : chrome)
        if (w && w->isVisible()) {
            m_hidden.append(w);
            w->hide();
        }
    if (screen && m_window->windowHandle()) {
        m_window->windowHandle()->setScreen(screen);
        m_window->setGeometry(screen->geometry());
    }
    m_view->installEventFilter(this);
    m_window->showFullScreen();
    m_view->setFocus();
    m_view->setPresentedStage(-1);
    m_timer->setText(m_workshop->timerText());
    m_timer->adjustSize();
    m_timer->setVisible(!m_workshop->timerText().isEmpty());
    placeOverlays();
    emit presentingChanged(true);
}

void Presenter::stop()
{
    if (!m_presenting) return;
    m_presenting = false;
    m_view->removeEventFilter(this);
    m_view->setTool(nullptr);
    m_capture->hide();
    m_timer->hide();
    m_view->setPresentedStage(-1);
    m_window->showNormal();
    m_window->restoreGeometry(m_geometry);
    if (m_wasMaximized) m_window->showMaximized();
    for (const QPointer<QWidget> &w : std::as_const(m_hidden))
        if (w) w->show();
    m_window->restoreState(m_state);
    m_view->setZoom(m_zoom);
    emit presentingChanged(false);
}

void Presenter::next()
{
    const Journey *j = m_view->mapScene()->journey();
    if (!j) return;
    m_view->setPresentedStage(std::min<int>(m_view->presentedStage() + 1, j->stages.size() - 1));
}

void Presenter::previous()
{
    m_view->setPresentedStage(std::max(-1, m_view->presentedStage() - 1));
}

void Presenter::placeOverlays()
{
    const QRect area = m_view->viewport()->rect();
    m_timer->move(area.right() - m_timer->width() - 24, 24);
    m_capture->setGeometry(area.left() + area.width() / 6, area.bottom() - 90, area.width() * 2 / 3,
                           56);
}

void Presenter::commitCapture()
{
    const QString text = m_capture->text().trimmed();
    m_capture->clear();
    m_capture->hide();
    m_view->setFocus();
    Document *doc = m_view->document();
    const Journey *j = m_view->mapScene()->journey();
    if (text.isEmpty() || !doc || !j || j->lanes.isEmpty()) return;
    const int stage = m_view->presentedStage() >= 0 ? m_view->presentedStage()
                                                    : std::max(0, m_view->currentStage());
    const int lane = std::clamp(m_view->currentLane(), 0, int(j->lanes.size()) - 1);
    Card card;
    card.text = text;
    if (j->lanes[lane].kind == LaneKind::Feelings) card.emotion = 0;
    const Id id = doc->addCard(j->id, card, {j->stages[stage].id, j->lanes[lane].id, -1});
    if (!id.isNull()) doc->setSelectedCards({id});
}

QList<std::pair<QString, QString>> Presenter::keyHelp()
{
    return {
        {tr("Right, Page Down, Space"), tr("Show the next stage")},
        {tr("Left, Page Up"), tr("Show the previous stage, then the whole map")},
        {tr("Home"), tr("Show the whole map")},
        {tr("End"), tr("Show the last stage")},
        {tr("Typing, then Enter"), tr("Add the text as a card to the current cell")},
        {QStringLiteral("F6"), tr("Spotlight on the pointer; a click shows the stage under it")},
        {QStringLiteral("F7"), tr("Show the join code and QR code large")},
        {tr("Esc"), tr("Leave presentation mode")},
    };
}

bool Presenter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        // Full screen arrives as a resize: the stage (or the whole map) fits the new size.
        if (watched == m_view && event->type() == QEvent::Resize) {
            QTimer::singleShot(0, this, [this] {
                if (!m_presenting) return;
                m_view->setPresentedStage(m_view->presentedStage());
                placeOverlays();
            });
        }
        return QObject::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_capture) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            commitCapture();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_capture->clear();
            m_capture->hide();
            m_view->setFocus();
            return true;
        }
        return false;
    }
    if (watched != m_view || m_view->isEditing()) return false;
    switch (key->key()) {
    case Qt::Key_Escape:
        stop();
        return true;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        return true;
    case Qt::Key_Home:
        m_view->setPresentedStage(-1);
        return true;
    case Qt::Key_End:
        if (const Journey *j = m_view->mapScene()->journey())
            m_view->setPresentedStage(int(j->stages.size()) - 1);
        return true;
    case Qt::Key_F6:
        // The pointer tool brings the spotlight; the select tool takes it away.
        if (m_view->spotlight())
            m_view->setTool(nullptr);
        else
            m_view->setTool(std::make_unique<PointerTool>(m_view));
        return true;
    case Qt::Key_F7:
        m_workshop->showQrFullScreen();
        return true;
    default:
        break;
    }
    // Typing starts a quick capture.
    const QString text = key->text();
    if (!text.isEmpty() && text.at(0).isPrint() &&
        !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        m_capture->setText(text);
        m_capture->show();
        m_capture->raise();
        m_capture->setFocus();
        placeOverlays();
        return true;
    }
    return false;
}

} // namespace waymark
