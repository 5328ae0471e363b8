// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/model.h"
#include "storage/changeset.h"

#include <functional>
#include <memory>
#include <QHostAddress>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace waymark {

class Document;
class MapView;
class WorkshopServer;
class WorkshopSession;

// The facilitator's workshop tools in one panel: inviting participants (server, QR code,
// join code), the timer, dot-voting rounds with their results, and the inbox of notes.
class WorkshopPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopPanel(MapView *view, QWidget *parent = nullptr);
    ~WorkshopPanel() override;
    void setDocument(Document *document);
    WorkshopSession *session() const { return m_session.get(); }
    WorkshopServer *server() const { return m_server.get(); }

    // Starts the server on the chosen address and port; on failure the panel says why and
    // the port can be changed.
    bool startServer();
    void stopServer();
    bool isServing() const;
    QString joinUrl() const; // with the join code, for the QR code
    static QImage qrCode(const QString &text, int moduleSize);
    void showQrFullScreen();

    // The timer (minutes <= 0: custom, asked for).
    void startTimer(int seconds);
    void pauseOrResumeTimer();
    void addMinute();
    void stopTimer();
    QString timerText() const; // "4:59", empty while no timer runs

    // Voting on the given cards; the scope's cards are taken from the view.
    enum class Scope
    {
        Selection,
        Stage,
        Lane,
        Map
    };
    Id startRound(Scope scope, const QString &question, int dots, int maxPerCard, bool anonymous);
    bool closeRound();
    // Shows a round's dots as badges and its ranking in the list (null: the open or last).
    void showRound(const Id &roundId);
    QListWidget *resultList() const { return m_results; }
    // The facilitator's own dots: clicks on the map's cards vote while this is on.
    void setVotingOnMap(bool on);

    // The inbox; the list shows notes of the chosen filter, newest last.
    QListWidget *inboxList() const { return m_inbox; }
    QList<Id> selectedNotes() const;
    void revealAll();
    void setSelectedState(NoteState state);
    // Each selected note becomes a card in its stage, in the lane of its kind (else the
    // view's current lane).
    void acceptSelected();
    // The selected notes become cards in the map's current cell (the facilitator's choice).
    void acceptSelectedHere();
    void mergeSelected();

signals:
    void timerTextChanged(const QString &text);
    void timeUp();
    void message(const QString &text);
    void servingChanged(bool serving);

private:
    void onChanged(const ChangeSet &changes);
    void rebuildInbox();
    // Accepts the selected notes into the cells `where` chooses, each an undo step.
    void placeNotes(const std::function<CellTarget(const InboxNote &)> &where);
    void rebuildRounds();
    void updateServerView();
    void tick();
    const Journey *journey() const;

    MapView *m_view;
    QPointer<Document> m_document;
    Id m_journeyId; // the journey the session runs on
    std::unique_ptr<WorkshopSession> m_session;
    std::unique_ptr<WorkshopServer> m_server;
    Id m_shownRound;
    bool m_timeUpSignalled = false;

    QComboBox *m_address;
    QSpinBox *m_port;
    QPushButton *m_serve;
    QLabel *m_qr;
    QLabel *m_joinInfo;
    QLabel *m_serverState;
    QLabel *m_timer;
    QPushButton *m_pause;
    QTimer *m_tick;
    QLineEdit *m_question;
    QComboBox *m_scope;
    QSpinBox *m_dots;
    QSpinBox *m_maxPerCard;
    QCheckBox *m_anonymous;
    QPushButton *m_roundButton;
    QPushButton *m_voteOnMap;
    QComboBox *m_rounds;
    QListWidget *m_results;
    QComboBox *m_filter;
    QListWidget *m_inbox;
};

} // namespace waymark
