// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QMainWindow;
class QScreen;

namespace waymark {

class MapView;
class WorkshopPanel;

// Presentation mode: the window goes full screen on the chosen screen with every panel
// hidden, shows the whole map or one stage at a time, and takes keys from a presenter remote
// (Right/Left, Page Down/Up, Space, Home/End, Esc). Typing starts a quick capture that becomes
// a card in the current cell; F6 turns a spotlight on the pointer on and off; F7 shows the
// join code. The timer shows large in a corner.
class Presenter : public QObject
{
    Q_OBJECT

public:
    Presenter(QMainWindow *window, MapView *view, WorkshopPanel *workshop);
    bool isPresenting() const { return m_presenting; }
    // `screen` null: the screen the window is on.
    void start(QScreen *screen = nullptr);
    void stop();
    // Stage navigation: -1 is the whole map.
    void next();
    void previous();
    QLineEdit *captureField() const { return m_capture; }
    // The keys of presentation mode (keys, what they do), for Help > Keyboard Shortcuts; kept
    // beside eventFilter, which handles them.
    static QList<std::pair<QString, QString>> keyHelp();
    QLabel *timerLabel() const { return m_timer; }

signals:
    void presentingChanged(bool presenting);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeOverlays();
    void commitCapture();

    QMainWindow *m_window;
    MapView *m_view;
    WorkshopPanel *m_workshop;
    bool m_presenting = false;
    QByteArray m_state, m_geometry;
    bool m_wasMaximized = false;
    double m_zoom = 1;
    QList<QPointer<QWidget>> m_hidden;
    QLabel *m_timer;
    QLineEdit *m_capture;
};

} // namespace waymark
