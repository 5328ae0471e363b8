// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshoppanel.h"
#include "preferencesdialog.h"

#include "canvas/mapview.h"
#include "canvas/tools/votetool.h"
#include "document/document.h"
#include "workshop/workshopserver.h"
#include "workshop/workshopsession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <qrencode.h>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int NoteRole = Qt::UserRole;

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    return b;
}

} // namespace

WorkshopPanel::WorkshopPanel(MapView *view, QWidget *parent)
    : QWidget(parent), m_view(view), m_address(new QComboBox(this)), m_port(new QSpinBox(this)),
      m_serve(button(tr("Invite Participants"), this)), m_qr(new QLabel(this)),
      m_joinInfo(new QLabel(this)), m_serverState(new QLabel(this)), m_timer(new QLabel(this)),
      m_pause(button(tr("Pause"), this)), m_tick(new QTimer(this)), m_question(new QLineEdit(this)),
      m_scope(new QComboBox(this)), m_dots(new QSpinBox(this)), m_maxPerCard(new QSpinBox(this)),
      m_anonymous(new QCheckBox(tr("Anonymous"), this)),
      m_roundButton(button(tr("Start Voting"), this)),
      m_voteOnMap(button(tr("Vote on the Map"), this)), m_rounds(new QComboBox(this)),
      m_results(new QListWidget(this)), m_filter(new QComboBox(this)),
      m_inbox(new QListWidget(this))
{
    // Narrow margins: the panel shares the dock's width with nothing else, in German too.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);

    // Participants.
    auto *invite = new QGroupBox(tr("Participants"), this);
    auto *inviteForm = new QFormLayout(invite);
    inviteForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QHostAddress &a : WorkshopServer::candidateAddresses())
        m_address->addItem(a.toString(), a.toString());
    m_address->setCurrentIndex(
        std::max(0, m_address->findData(PreferencesDialog::workshopAddress())));
    m_address->setToolTip(tr("The network the participants' phones are on (the room's Wi-Fi)"));
    m_port->setRange(1024, 65535);
    m_port->setValue(PreferencesDialog::workshopPort());
    m_port->setObjectName(QStringLiteral("workshopPort"));
    inviteForm->addRow(tr("Network:"), m_address);
    inviteForm->addRow(tr("Port:"), m_port);
    inviteForm->addRow(m_serve);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setCursor(Qt::PointingHandCursor);
    m_qr->setToolTip(tr("Click to show the code large enough for the whole room"));
    m_qr->installEventFilter(this);
    m_joinInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_joinInfo->setWordWrap(true);
    m_joinInfo->setAlignment(Qt::AlignCenter);
    m_serverState->setWordWrap(true);
    inviteForm->addRow(m_qr);
    inviteForm->addRow(m_joinInfo);
    inviteForm->addRow(m_serverState);
    auto *showQr = button(tr("Show QR Code Large"), invite);
    showQr->setObjectName(QStringLiteral("showQr"));
    inviteForm->addRow(showQr);
    connect(showQr, &QPushButton::clicked, this, &WorkshopPanel::showQrFullScreen);
    connect(m_serve, &QPushButton::clicked, this, [this] {
        if (isServing())
            stopServer();
        else
            startServer();
    });
    layout->addWidget(invite);

    // Timer.
    auto *timerBox = new QGroupBox(tr("Timer"), this);
    auto *timerLayout = new QVBoxLayout(timerBox);
    QFont big = m_timer->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_timer->setFont(big);
    m_timer->setAlignment(Qt::AlignCenter);
    m_timer->setText(QStringLiteral("–:––"));
    m_timer->setAccessibleName(tr("Time left"));
    timerLayout->addWidget(m_timer);
    // Buttons in a grid: the panel stays narrow beside the map, in German too.
    auto *presets = new QGridLayout;
    int slot = 0;
    for (int minutes : {2, 5, 10, 15}) {
        auto *b = button(tr("%1 min").arg(minutes), timerBox);
        connect(b, &QPushButton::clicked, this, [this, minutes] { startTimer(minutes * 60); });
        presets->addWidget(b, slot / 2, slot % 2);
        ++slot;
    }
    auto *custom = button(tr("Other..."), timerBox);
    connect(custom, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const int minutes =
            QInputDialog::getInt(this, tr("Timer"), tr("Minutes:"), 20, 1, 240, 1, &ok);
        if (ok) startTimer(minutes * 60);
    });
    auto *plus = button(tr("+1 min"), timerBox);
    auto *stop = button(tr("Stop"), timerBox);
    presets->addWidget(custom, 2, 0);
    presets->addWidget(plus, 2, 1);
    presets->addWidget(m_pause, 3, 0);
    presets->addWidget(stop, 3, 1);
    timerLayout->addLayout(presets);
    connect(m_pause, &QPushButton::clicked, this, &WorkshopPanel::pauseOrResumeTimer);
    connect(plus, &QPushButton::clicked, this, &WorkshopPanel::addMinute);
    connect(stop, &QPushButton::clicked, this, &WorkshopPanel::stopTimer);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &WorkshopPanel::tick);
    layout->addWidget(timerBox);

    // Voting.
    auto *voting = new QGroupBox(tr("Dot Voting"), this);
    auto *voteForm = new QFormLayout(voting);
    voteForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_question->setPlaceholderText(tr("Which pain points hurt most?"));
    m_question->setMaxLength(Document::MaxNoteText);
    m_scope->addItem(tr("Selected cards"), int(Scope::Selection));
    m_scope->addItem(tr("Current stage"), int(Scope::Stage));
    m_scope->addItem(tr("Current lane"), int(Scope::Lane));
    m_scope->addItem(tr("Whole map"), int(Scope::Map));
    m_dots->setRange(1, 20);
    m_dots->setValue(3);
    m_maxPerCard->setRange(1, 20);
    m_maxPerCard->setValue(3);
    m_anonymous->setChecked(true);
    voteForm->addRow(tr("Question:"), m_question);
    voteForm->addRow(tr("Cards:"), m_scope);
    voteForm->addRow(tr("Dots per person:"), m_dots);
    voteForm->addRow(tr("At most per card:"), m_maxPerCard);
    voteForm->addRow(m_anonymous);
    voteForm->addRow(m_roundButton);
    m_voteOnMap->setCheckable(true);
    m_voteOnMap->setToolTip(tr("Click cards on the map to give them your dots; Shift+click "
                               "takes one back"));
    voteForm->addRow(m_voteOnMap);
    connect(m_voteOnMap, &QPushButton::toggled, this, &WorkshopPanel::setVotingOnMap);
    voteForm->addRow(tr("Round:"), m_rounds);
    m_results->setMaximumHeight(140);
    m_results->setAccessibleName(tr("Voting results"));
    voteForm->addRow(m_results);
    connect(m_roundButton, &QPushButton::clicked, this, [this] {
        if (m_document && m_document->openRoundOf(m_journeyId))
            closeRound();
        else
            startRound(Scope(m_scope->currentData().toInt()), m_question->text(), m_dots->value(),
                       m_maxPerCard->value(), m_anonymous->isChecked());
    });
    connect(m_rounds, &QComboBox::activated, this,
            [this](int index) { showRound(idFromString(m_rounds->itemData(index).toString())); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const Id card = idFromString(item->data(NoteRole).toString());
        if (m_document && !card.isNull()) {
            m_document->setSelectedCards({card});
            m_view->ensureCardVisible(card);
        }
    });
    layout->addWidget(voting);

    // Inbox.
    auto *inboxBox = new QGroupBox(tr("Inbox"), this);
    auto *inboxLayout = new QVBoxLayout(inboxBox);
    inboxLayout->setContentsMargins(4, 4, 4, 4);
    m_filter->addItem(tr("Inbox"), QStringLiteral("inbox"));
    m_filter->addItem(tr("Parking lot"), QStringLiteral("parked"));
    m_filter->addItem(tr("Accepted"), QStringLiteral("accepted"));
    m_filter->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_filter->addItem(tr("All notes"), QStringLiteral("all"));
    inboxLayout->addWidget(m_filter);
    m_inbox->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_inbox->setWordWrap(true);
    m_inbox->setAccessibleName(tr("Participants' notes"));
    m_inbox->setMinimumHeight(160);
    inboxLayout->addWidget(m_inbox, 1);
    auto *actions = new QGridLayout;
    actions->setSpacing(4);
    auto *revealAllButton = button(tr("Reveal All"), inboxBox);
    auto *accept = button(tr("Accept"), inboxBox);
    auto *acceptHere = button(tr("Accept Here"), inboxBox);
    acceptHere->setToolTip(tr("Put the selected notes into the map's current cell"));
    auto *merge = button(tr("Merge"), inboxBox);
    auto *park = button(tr("Park"), inboxBox);
    auto *reject = button(tr("Reject"), inboxBox);
    auto *back = button(tr("To Inbox"), inboxBox);
    accept->setObjectName(QStringLiteral("acceptNote"));
    revealAllButton->setToolTip(tr("Show the new notes' text; until then the projector shows "
                                   "only that notes arrived"));
    const QList<QPushButton *> inboxButtons{revealAllButton, merge, accept, acceptHere, park,
                                            reject,          back};
    for (int i = 0; i < inboxButtons.size(); ++i)
        actions->addWidget(inboxButtons[i], i / 2, i % 2);
    inboxLayout->addLayout(actions);
    connect(revealAllButton, &QPushButton::clicked, this, &WorkshopPanel::revealAll);
    connect(accept, &QPushButton::clicked, this, &WorkshopPanel::acceptSelected);
    connect(acceptHere, &QPushButton::clicked, this, &WorkshopPanel::acceptSelectedHere);
    connect(merge, &QPushButton::clicked, this, &WorkshopPanel::mergeSelected);
    connect(park, &QPushButton::clicked, this, [this] { setSelectedState(NoteState::Parked); });
    connect(reject, &QPushButton::clicked, this, [this] { setSelectedState(NoteState::Rejected); });
    connect(back, &QPushButton::clicked, this, [this] { setSelectedState(NoteState::Revealed); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &WorkshopPanel::rebuildInbox);
    connect(m_inbox, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const Journey *j = journey();
        if (!j || !m_document) return;
        for (const InboxNote &n : j->notes) {
            if (idToString(n.id) != item->data(NoteRole).toString()) continue;
            if (n.state == NoteState::New) {
                m_document->setNoteState(m_journeyId, {n.id}, NoteState::Revealed);
                return;
            }
            bool ok = false;
            const QString text =
                QInputDialog::getMultiLineText(this, tr("Edit Note"), tr("Note:"), n.text, &ok);
            if (!ok) return;
            InboxNote changed = n;
            changed.text = text;
            if (!m_document->changeNote(m_journeyId, changed))
                emit message(m_document->refusalReason());
            return;
        }
    });
    layout->addWidget(inboxBox, 1);
    setDocument(nullptr);
}

WorkshopPanel::~WorkshopPanel()
{
    stopServer();
}

const Journey *WorkshopPanel::journey() const
{
    return m_document ? m_document->project().journey(m_journeyId) : nullptr;
}

void WorkshopPanel::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    stopServer();
    stopTimer();
    m_session.reset();
    m_document = document;
    m_journeyId = document ? document->currentJourneyId() : Id();
    m_shownRound = Id();
    if (document) {
        m_session = std::make_unique<WorkshopSession>(document, m_journeyId);
        connect(document, &Document::changed, this, &WorkshopPanel::onChanged);
        connect(document, &Document::currentJourneyChanged, this, [this](const Id &id) {
            // A running workshop stays on its journey; otherwise the panel follows the map.
            if (isServing() || id == m_journeyId) return;
            m_journeyId = id;
            m_session = std::make_unique<WorkshopSession>(m_document, id);
            m_shownRound = Id();
            rebuildInbox();
            rebuildRounds();
        });
    }
    setEnabled(document != nullptr);
    rebuildInbox();
    rebuildRounds();
    updateServerView();
}

void WorkshopPanel::onChanged(const ChangeSet &changes)
{
    if (!changes.notes.isEmpty() || !changes.cards.isEmpty() ||
        changes.journeys.contains(m_journeyId))
        rebuildInbox();
    if (!changes.rounds.isEmpty() || !changes.votes.isEmpty() || !changes.cards.isEmpty())
        rebuildRounds();
    // Phones learn when their note was taken onto the map.
    if (m_session)
        for (auto it = changes.notes.cbegin(); it != changes.notes.cend(); ++it)
            m_session->announceNote(it.key());
}

// ---- participants ----

bool WorkshopPanel::isServing() const
{
    return m_server && m_server->isListening();
}

QString WorkshopPanel::joinUrl() const
{
    return m_server && m_session
               ? m_server->url() + QStringLiteral("#code=") + m_session->joinCode()
               : QString();
}

QImage WorkshopPanel::qrCode(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) return {};
    const int quiet = 4; // the white border scanners need
    const int side = (code->width + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                p.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize,
                           moduleSize, Qt::black);
    p.end();
    QRcode_free(code);
    return image;
}

bool WorkshopPanel::startServer()
{
    if (!m_document || !m_session) return false;
    if (m_document->isReadOnly()) {
        m_serverState->setText(tr("The project is open read-only; notes could not be saved."));
        return false;
    }
    m_server = std::make_unique<WorkshopServer>(m_session.get());
    QString error;
    if (!m_server->listen(QHostAddress(m_address->currentData().toString()),
                          quint16(m_port->value()), &error)) {
        m_server.reset();
        m_serverState->setText(error);
        emit message(error);
        updateServerView();
        return false;
    }
    connect(m_session.get(), &WorkshopSession::participantsChanged, this,
            &WorkshopPanel::updateServerView, Qt::UniqueConnection);
    updateServerView();
    emit servingChanged(true);
    return true;
}

void WorkshopPanel::stopServer()
{
    if (!m_server) return;
    m_server->close();
    m_server.reset();
    updateServerView();
    emit servingChanged(false);
}

void WorkshopPanel::updateServerView()
{
    const bool serving = isServing();
    m_serve->setText(serving ? tr("End Workshop") : tr("Invite Participants"));
    m_address->setEnabled(!serving);
    m_port->setEnabled(!serving);
    if (!serving) {
        m_qr->clear();
        m_qr->hide();
        m_joinInfo->setText(tr("Participants join from their phones on the same network; no "
                               "account or internet needed."));
        if (m_server == nullptr && m_serverState->text().isEmpty()) m_serverState->clear();
        return;
    }
    m_qr->setPixmap(QPixmap::fromImage(qrCode(joinUrl(), 4)));
    m_qr->show();
    m_joinInfo->setText(tr("%1\nJoin code: %2").arg(m_server->url(), m_session->joinCode()));
    m_serverState->setText(tr("%n participant(s) joined.", nullptr, m_session->participantCount()));
}

void WorkshopPanel::showQrFullScreen()
{
    if (!isServing() && !startServer()) return;
    QDialog dialog(window());
    dialog.setWindowTitle(tr("Join the Workshop"));
    auto *layout = new QVBoxLayout(&dialog);
    const QRect screen = window()->screen()->availableGeometry();
    const int side = std::min(screen.width(), screen.height()) * 2 / 3;
    QImage qr = qrCode(joinUrl(), 1);
    auto *image = new QLabel(&dialog);
    image->setPixmap(
        QPixmap::fromImage(qr.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation)));
    image->setAlignment(Qt::AlignCenter);
    auto *text =
        new QLabel(tr("%1    Code: %2").arg(m_server->url(), m_session->joinCode()), &dialog);
    QFont f = text->font();
    f.setPointSizeF(f.pointSizeF() * 2.5);
    f.setBold(true);
    text->setFont(f);
    text->setAlignment(Qt::AlignCenter);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("Press Esc to close"), &dialog);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(image, 1);
    layout->addWidget(text);
    layout->addWidget(hint);
    dialog.setStyleSheet(QStringLiteral("QDialog { background: white; } QLabel { color: black; }"));
    dialog.showMaximized();
    dialog.exec();
}

// ---- timer ----

void WorkshopPanel::startTimer(int seconds)
{
    if (!m_session) return;
    m_session->startTimer(seconds);
    m_timeUpSignalled = false;
    m_tick->start();
    tick();
}

void WorkshopPanel::pauseOrResumeTimer()
{
    if (!m_session) return;
    if (m_session->timerRunning())
        m_session->pauseTimer();
    else
        m_session->resumeTimer();
    tick();
}

void WorkshopPanel::addMinute()
{
    if (!m_session || m_session->timerDuration() == 0) return;
    m_session->addMinute();
    m_timeUpSignalled = false;
    m_tick->start();
    tick();
}

void WorkshopPanel::stopTimer()
{
    if (m_session) m_session->stopTimer();
    m_tick->stop();
    tick();
}

QString WorkshopPanel::timerText() const
{
    if (!m_session || m_session->timerDuration() == 0) return {};
    const int left = m_session->timerRemaining();
    return QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
}

void WorkshopPanel::tick()
{
    const QString text = timerText();
    m_timer->setText(text.isEmpty() ? QStringLiteral("–:––") : text);
    const bool over = m_session && m_session->timerDuration() > 0 && m_session->timerRunning() &&
                      m_session->timerRemaining() == 0;
    m_pause->setText(m_session && !m_session->timerRunning() && !text.isEmpty() ? tr("Resume")
                                                                                : tr("Pause"));
    // The end: a gentle beep once and the time flashing.
    if (over && !m_timeUpSignalled) {
        m_timeUpSignalled = true;
        QApplication::beep();
        emit timeUp();
    }
    const bool flash = over && (QTime::currentTime().msec() / 500) % 2 == 0;
    m_timer->setStyleSheet(flash ? QStringLiteral("color: #c62828;") : QString());
    emit timerTextChanged(text);
}

// ---- voting ----

Id WorkshopPanel::startRound(Scope scope, const QString &question, int dots, int maxPerCard,
                             bool anonymous)
{
    const Journey *j = journey();
    if (!j) return {};
    VoteRound round;
    round.question = question;
    round.dotsPerPerson = dots;
    round.maxPerCard = maxPerCard;
    round.anonymous = anonymous;
    const int s = m_view->currentStage(), l = m_view->currentLane();
    for (const Card &c : j->cards) {
        // Points of the feeling curve are not voted on.
        if (j->lanes[j->laneIndex(c.laneId)].kind == LaneKind::Feelings) continue;
        const bool in = scope == Scope::Map ||
                        (scope == Scope::Selection && m_document->selectedCards().contains(c.id)) ||
                        (scope == Scope::Stage && s >= 0 && c.stageId == j->stages[s].id) ||
                        (scope == Scope::Lane && l >= 0 && c.laneId == j->lanes[l].id);
        if (in) round.cards.append(c.id);
    }
    const Id id = m_document->openRound(m_journeyId, round);
    if (id.isNull()) {
        emit message(m_document->refusalReason());
        return {};
    }
    m_shownRound = id;
    rebuildRounds();
    if (m_session) m_session->announceRound();
    emit message(tr("Voting is open on %n card(s).", nullptr, int(round.cards.size())));
    return id;
}

bool WorkshopPanel::closeRound()
{
    const VoteRound *r = m_document ? m_document->openRoundOf(m_journeyId) : nullptr;
    if (!r) return false;
    const Id id = r->id;
    if (!m_document->closeRound(m_journeyId, id)) {
        emit message(m_document->refusalReason());
        return false;
    }
    m_shownRound = id;
    rebuildRounds();
    if (m_session) m_session->announceRound();
    return true;
}

void WorkshopPanel::showRound(const Id &roundId)
{
    m_shownRound = roundId;
    rebuildRounds();
}

void WorkshopPanel::setVotingOnMap(bool on)
{
    const bool can = on && m_document && m_document->openRoundOf(m_journeyId);
    if (m_voteOnMap->isChecked() != can) {
        const QSignalBlocker block(m_voteOnMap);
        m_voteOnMap->setChecked(can);
    }
    const bool active = dynamic_cast<VoteTool *>(m_view->tool()) != nullptr;
    if (can && !active)
        m_view->setTool(std::make_unique<VoteTool>(m_view, tr("Facilitator")));
    else if (!can && active)
        m_view->setTool(nullptr);
}

void WorkshopPanel::rebuildRounds()
{
    const Journey *j = journey();
    const VoteRound *open = m_document ? m_document->openRoundOf(m_journeyId) : nullptr;
    m_roundButton->setText(open ? tr("Close Voting") : tr("Start Voting"));
    m_voteOnMap->setEnabled(open != nullptr);
    if (!open && m_voteOnMap->isChecked()) setVotingOnMap(false);
    m_rounds->clear();
    m_results->clear();
    if (!j || j->rounds.isEmpty()) {
        m_view->setVoteBadges({});
        m_rounds->setEnabled(false);
        return;
    }
    m_rounds->setEnabled(true);
    if (m_shownRound.isNull() || !j->round(m_shownRound)) m_shownRound = j->rounds.constLast().id;
    for (const VoteRound &r : j->rounds) {
        const QString when = QLocale().toString(r.opened.toLocalTime(), QLocale::ShortFormat);
        m_rounds->addItem(r.isOpen() ? tr("%1 (open)").arg(r.question)
                                     : QStringLiteral("%1 (%2)").arg(r.question, when),
                          idToString(r.id));
    }
    m_rounds->setCurrentIndex(m_rounds->findData(idToString(m_shownRound)));
    const VoteRound *shown = j->round(m_shownRound);
    const QHash<Id, int> counts = j->voteCounts(shown->id);
    for (const Id &id : j->ranking(shown->id)) {
        const Card *c = j->card(id);
        auto *item =
            new QListWidgetItem(QStringLiteral("%1  %2")
                                    .arg(counts.value(id), 3)
                                    .arg(c ? c->text.simplified().left(120) : tr("(deleted card)")),
                                m_results);
        item->setData(NoteRole, idToString(id));
    }
    m_view->setVoteBadges(counts);
}

// ---- inbox ----

void WorkshopPanel::rebuildInbox()
{
    const QList<Id> selected = selectedNotes();
    m_inbox->clear();
    const Journey *j = journey();
    if (!j) return;
    const QString filter = m_filter->currentData().toString();
    int hidden = 0;
    for (const InboxNote &n : j->notes) {
        const bool show = filter == QLatin1String("all") ||
                          (filter == QLatin1String("inbox") &&
                           (n.state == NoteState::New || n.state == NoteState::Revealed)) ||
                          (filter == QLatin1String("parked") && n.state == NoteState::Parked) ||
                          (filter == QLatin1String("accepted") && n.state == NoteState::Accepted) ||
                          (filter == QLatin1String("rejected") && n.state == NoteState::Rejected);
        if (!show) continue;
        const int s = j->stageIndex(n.stageId);
        const QString stage = s >= 0 ? j->stages[s].name : QString();
        const QString author = n.author.isEmpty() ? tr("anonymous") : n.author;
        QString feeling;
        if (n.feeling)
            feeling = QStringLiteral(" (%1%2)")
                          .arg(*n.feeling > 0 ? QStringLiteral("+") : QString())
                          .arg(*n.feeling);
        // Private until revealed: the text stays hidden, in case the projector shows this.
        const QString text = n.state == NoteState::New
                                 ? tr("Hidden until revealed (double-click to reveal)")
                                 : n.text;
        if (n.state == NoteState::New) ++hidden;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1%2 · %3 · %4\n%5")
                                    .arg(displayName(n.kind), feeling, stage, author, text),
                                m_inbox);
        item->setData(NoteRole, idToString(n.id));
        if (n.state == NoteState::New) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
        if (selected.contains(n.id)) item->setSelected(true);
    }
    m_filter->setItemText(0, hidden ? tr("Inbox (%n new)", nullptr, hidden) : tr("Inbox"));
}

QList<Id> WorkshopPanel::selectedNotes() const
{
    QList<Id> ids;
    for (const QListWidgetItem *item : m_inbox->selectedItems())
        ids.append(idFromString(item->data(NoteRole).toString()));
    return ids;
}

void WorkshopPanel::revealAll()
{
    const Journey *j = journey();
    if (!j) return;
    QList<Id> ids;
    for (const InboxNote &n : j->notes)
        if (n.state == NoteState::New) ids.append(n.id);
    if (!ids.isEmpty() && !m_document->setNoteState(m_journeyId, ids, NoteState::Revealed))
        emit message(m_document->refusalReason());
}

void WorkshopPanel::setSelectedState(NoteState state)
{
    const QList<Id> ids = selectedNotes();
    if (ids.isEmpty() || !m_document) return;
    if (!m_document->setNoteState(m_journeyId, ids, state))
        emit message(m_document->refusalReason());
}

void WorkshopPanel::acceptSelected()
{
    const Journey *j = journey();
    if (!j) return;
    // Each note to its own stage, in the lane of its kind (else the current lane).
    const int current = m_view->currentLane();
    placeNotes([&](const InboxNote &note) -> CellTarget {
        Id lane = j->laneFor(note.kind);
        if (lane.isNull() && current >= 0 && current < j->lanes.size()) lane = j->lanes[current].id;
        if (lane.isNull() && !j->lanes.isEmpty()) lane = j->lanes.first().id;
        return {note.stageId, lane, -1};
    });
}

void WorkshopPanel::acceptSelectedHere()
{
    const Journey *j = journey();
    const int s = m_view->currentStage(), l = m_view->currentLane();
    if (!j || s < 0 || l < 0 || s >= j->stages.size() || l >= j->lanes.size()) {
        emit message(tr("Choose a cell on the map first."));
        return;
    }
    const CellTarget target{j->stages[s].id, j->lanes[l].id, -1};
    placeNotes([&](const InboxNote &) { return target; });
}

void WorkshopPanel::placeNotes(const std::function<CellTarget(const InboxNote &)> &where)
{
    int accepted = 0;
    Id last;
    for (const Id &id : selectedNotes()) {
        const Journey *j = journey();
        const int i = j ? indexOfId(j->notes, id) : -1;
        if (i < 0) continue;
        last = m_document->acceptNote(m_journeyId, id, where(j->notes[i]));
        if (last.isNull()) {
            emit message(m_document->refusalReason());
            break;
        }
        ++accepted;
    }
    if (!last.isNull()) {
        m_document->setSelectedCards({last});
        m_view->ensureCardVisible(last);
    }
    if (accepted) emit message(tr("%n note(s) placed on the map.", nullptr, accepted));
}

void WorkshopPanel::mergeSelected()
{
    const QList<Id> ids = selectedNotes();
    if (!m_document) return;
    if (!m_document->mergeNotes(m_journeyId, ids)) emit message(m_document->refusalReason());
}

} // namespace waymark
