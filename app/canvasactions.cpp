// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasactions.h"
#include "themedicon.h"

#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/cardclipboard.h"
#include "document/document.h"
#include "document/templates.h"
#include "io/imageimport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QColorDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>

namespace waymark {

namespace {
QAction *make(QObject *parent, const QString &icon, const QString &text,
              const QKeySequence &shortcut = {})
{
    auto *a = new QAction(themedIcon(icon), text, parent);
    a->setShortcut(shortcut);
    return a;
}
} // namespace

CanvasActions::CanvasActions(MapView *view, QWidget *window)
    : QObject(window), m_view(view), m_window(window)
{
    cut = make(this, QStringLiteral("edit-cut"), tr("Cu&t"), QKeySequence::Cut);
    copy = make(this, QStringLiteral("edit-copy"), tr("&Copy"), QKeySequence::Copy);
    paste = make(this, QStringLiteral("edit-paste"), tr("&Paste"), QKeySequence::Paste);
    duplicate = make(this, QStringLiteral("edit-copy"), tr("D&uplicate"),
                     QKeySequence(Qt::CTRL | Qt::Key_D));
    remove = make(this, QStringLiteral("edit-delete"), tr("&Delete"), QKeySequence::Delete);
    selectAll =
        make(this, QStringLiteral("edit-select-all"), tr("Select &All"), QKeySequence::SelectAll);
    edit = make(this, QStringLiteral("document-edit"), tr("&Edit Card Text"),
                QKeySequence(Qt::Key_F2));
    openLinked = make(this, QStringLiteral("go-down"), tr("&Open Linked Journey"),
                      QKeySequence(Qt::ALT | Qt::Key_Down));
    openLinked->setObjectName(QStringLiteral("openLinkedJourney"));
    back = make(this, QStringLiteral("go-up"), tr("&Back to the Linking Journey"),
                QKeySequence(Qt::ALT | Qt::Key_Up));
    back->setObjectName(QStringLiteral("backToLinkingJourney"));
    connect(openLinked, &QAction::triggered, this, &CanvasActions::openLinkedJourney);
    connect(back, &QAction::triggered, this, &CanvasActions::goBack);
    addCard = make(this, QStringLiteral("list-add"), tr("Add &Card"), QKeySequence(Qt::Key_Insert));
    addStage = make(this, QStringLiteral("insert-table"), tr("Add &Stage"));
    renameStage = make(this, {}, tr("&Rename Stage"));
    recolourStage = make(this, QStringLiteral("color-management"), tr("Stage &Colour..."));
    momentOfTruth = make(this, {}, tr("&Moment of Truth"));
    momentOfTruth->setCheckable(true);
    moveStageLeft = make(this, QStringLiteral("go-previous"), tr("Move Stage &Left"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    moveStageRight = make(this, QStringLiteral("go-next"), tr("Move Stage R&ight"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    deleteStage = make(this, QStringLiteral("edit-delete"), tr("&Delete Stage..."));
    renameLane = make(this, {}, tr("&Rename Lane"));
    laneHint = make(this, {}, tr("Lane &Hint..."));
    laneHint->setObjectName(QStringLiteral("editLaneHint"));
    recolourLane = make(this, QStringLiteral("color-management"), tr("Lane &Colour..."));
    moveLaneUp = make(this, QStringLiteral("go-up"), tr("Move Lane &Up"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    moveLaneDown = make(this, QStringLiteral("go-down"), tr("Move Lane &Down"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    deleteLane = make(this, QStringLiteral("edit-delete"), tr("&Delete Lane..."));
    addLaneMenu = new QMenu(tr("Add &Lane"), window);
    addLaneMenu->setIcon(themedIcon(QStringLiteral("insert-table")));
    connect(addLaneMenu, &QMenu::aboutToShow, this, [this] {
        addLaneMenu->clear();
        fillAddLaneMenu(addLaneMenu, targetLane() + 1);
    });
    createBlueprintActions(window);
    for (QAction *a : {cut, copy, paste, duplicate, remove, selectAll, edit, addCard, addStage,
                       moveStageLeft, moveStageRight, moveLaneUp, moveLaneDown, connectCards})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut), view->addAction(a);

    connect(cut, &QAction::triggered, this, &CanvasActions::cutSelection);
    connect(copy, &QAction::triggered, this, &CanvasActions::copySelection);
    connect(paste, &QAction::triggered, this, &CanvasActions::pasteClipboard);
    connect(duplicate, &QAction::triggered, this, &CanvasActions::duplicateSelection);
    connect(remove, &QAction::triggered, this, &CanvasActions::deleteSelection);
    connect(selectAll, &QAction::triggered, this, [this] {
        if (const Journey *j = journey()) {
            QList<Id> all;
            all.reserve(j->cards.size());
            for (const Card &c : j->cards)
                all.append(c.id);
            m_document->setSelectedCards(all);
        }
    });
    connect(edit, &QAction::triggered, this, [this] {
        const QList<Id> sel = m_document->selectedCards();
        if (!sel.isEmpty()) m_view->editCard(sel.constLast());
    });
    connect(addCard, &QAction::triggered, this,
            [this] { m_view->addCardInCell(targetStage(), targetLane()); });
    connect(addStage, &QAction::triggered, this, [this] { insertStage(targetStage() + 1); });
    connect(renameStage, &QAction::triggered, this, [this] { m_view->renameStage(targetStage()); });
    connect(renameLane, &QAction::triggered, this, [this] { m_view->renameLane(targetLane()); });
    connect(laneHint, &QAction::triggered, this, [this] { editLaneHint(targetLane()); });
    connect(recolourStage, &QAction::triggered, this, [this] { recolour(true, targetStage()); });
    connect(recolourLane, &QAction::triggered, this, [this] { recolour(false, targetLane()); });
    connect(momentOfTruth, &QAction::triggered, this, [this](bool on) {
        const int s = targetStage();
        if (!journey() || s < 0) return;
        Stage stage = journey()->stages[s];
        stage.momentOfTruth = on;
        report(m_document->changeStage(journey()->id, stage));
    });
    auto moveStage = [this](int delta) {
        const int s = targetStage();
        if (!journey() || s < 0) return;
        if (m_document->moveStage(journey()->id, s, s + delta))
            m_view->setCurrentCell(s + delta, m_view->currentLane());
    };
    auto moveLane = [this](int delta) {
        const int l = targetLane();
        if (!journey() || l < 0) return;
        if (m_document->moveLane(journey()->id, l, l + delta))
            m_view->setCurrentCell(m_view->currentStage(), l + delta);
    };
    connect(moveStageLeft, &QAction::triggered, this, [moveStage] { moveStage(-1); });
    connect(moveStageRight, &QAction::triggered, this, [moveStage] { moveStage(1); });
    connect(moveLaneUp, &QAction::triggered, this, [moveLane] { moveLane(-1); });
    connect(moveLaneDown, &QAction::triggered, this, [moveLane] { moveLane(1); });
    connect(deleteStage, &QAction::triggered, this, [this] { removeStage(targetStage()); });
    connect(deleteLane, &QAction::triggered, this, [this] { removeLane(targetLane()); });
    connect(view, &MapView::currentCellChanged, this, &CanvasActions::updateEnabled);
    connect(view->mapScene(), &MapScene::connectionSelected, this, &CanvasActions::updateEnabled);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            &CanvasActions::updateEnabled);
    updateEnabled();
}

Id CanvasActions::linkedOfSelection() const
{
    const Journey *j = journey();
    if (!j || m_document->selectedCards().size() != 1) return {};
    const Card *c = j->card(m_document->selectedCards().first());
    return c && m_document->project().journey(c->linkedJourney) ? c->linkedJourney : Id();
}

void CanvasActions::openLinkedJourney()
{
    const Id linked = linkedOfSelection();
    if (linked.isNull()) return;
    m_trail.append(m_document->currentJourneyId());
    m_following = true;
    m_document->setCurrentJourney(linked);
    m_following = false;
    emit trailChanged();
}

void CanvasActions::goBack()
{
    // Journeys deleted since are skipped.
    while (!m_trail.isEmpty() && !m_document->project().journey(m_trail.last()))
        m_trail.removeLast();
    if (m_trail.isEmpty()) return;
    m_following = true;
    m_document->setCurrentJourney(m_trail.takeLast());
    m_following = false;
    emit trailChanged();
}

void CanvasActions::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_trail.clear();
    emit trailChanged();
    if (document) {
        connect(document, &Document::selectionChanged, this, &CanvasActions::updateEnabled);
        connect(document, &Document::changed, this, &CanvasActions::updateEnabled);
        connect(document, &Document::currentJourneyChanged, this, &CanvasActions::updateEnabled);
        // Choosing a journey by other means leaves the trail.
        connect(document, &Document::currentJourneyChanged, this, [this] {
            if (m_following || m_trail.isEmpty()) return;
            m_trail.clear();
            emit trailChanged();
            updateEnabled();
        });
    }
    updateEnabled();
}

const Journey *CanvasActions::journey() const
{
    return m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
}

int CanvasActions::targetStage() const
{
    return m_menuStage >= 0 ? m_menuStage : m_view->currentStage();
}

int CanvasActions::targetLane() const
{
    return m_menuLane >= 0 ? m_menuLane : m_view->currentLane();
}

void CanvasActions::updateEnabled()
{
    const Journey *j = journey();
    const bool writable = j && !m_document->isReadOnly();
    const bool selection = j && !m_document->selectedCards().isEmpty();
    const int s = targetStage(), l = targetLane();
    const bool stage = j && s >= 0 && s < j->stages.size();
    const bool lane = j && l >= 0 && l < j->lanes.size();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const bool pasteable = mime && (mime->hasFormat(CardClipboard::mimeType()) || mime->hasText());
    cut->setEnabled(writable && selection);
    copy->setEnabled(selection);
    paste->setEnabled(writable && stage && lane && pasteable);
    duplicate->setEnabled(writable && selection);
    remove->setEnabled(writable && selection);
    selectAll->setEnabled(j && !j->cards.isEmpty());
    edit->setEnabled(writable && selection);
    openLinked->setEnabled(!linkedOfSelection().isNull());
    back->setEnabled(!m_trail.isEmpty());
    addCard->setEnabled(writable && stage && lane);
    addStage->setEnabled(writable);
    addLaneMenu->setEnabled(writable);
    for (QAction *a : {renameStage, recolourStage, momentOfTruth, deleteStage})
        a->setEnabled(writable && stage);
    momentOfTruth->setChecked(stage && j->stages[s].momentOfTruth);
    moveStageLeft->setEnabled(writable && stage && s > 0);
    moveStageRight->setEnabled(writable && stage && s < j->stages.size() - 1);
    for (QAction *a : {renameLane, laneHint, recolourLane, deleteLane})
        a->setEnabled(writable && lane);
    // In a blueprint a lane moves within its zone.
    const auto [first, last] =
        lane && j->blueprint ? j->zoneRange(zoneOf(j->lanes[l])) : std::pair(0, lane ? int(j->lanes.size()) - 1 : 0);
    moveLaneUp->setEnabled(writable && lane && l > first);
    moveLaneDown->setEnabled(writable && lane && l < last);
    remove->setEnabled(writable && (selection || !selectedArrow().isNull()));
    updateBlueprintActions(j, writable, lane ? l : -1);
}

void CanvasActions::report(bool ok)
{
    if (ok || !m_document) return;
    m_message = m_document->refusalReason();
    emit message(m_message);
}

// ---- clipboard ----

void CanvasActions::copySelection()
{
    const Journey *j = journey();
    const QList<Id> sel = m_document ? m_document->selectedCards() : QList<Id>();
    if (!j || sel.isEmpty()) return;
    auto *mime = new QMimeData;
    mime->setData(CardClipboard::mimeType(), CardClipboard::encode(m_document->project(), *j, sel));
    mime->setText(CardClipboard::toPlainText(*j, sel));
    QApplication::clipboard()->setMimeData(mime);
}

void CanvasActions::cutSelection()
{
    copySelection();
    deleteSelection();
}

bool CanvasActions::pastePicture(const QMimeData *mime, int stage, int lane, int index)
{
    // A picture from the clipboard: the selected cards take it; with none selected it becomes
    // a new card in the current cell (the Images lane's way of collecting screenshots).
    QString error;
    const auto image = ImageImport::fromImage(qvariant_cast<QImage>(mime->imageData()), &error,
                                              ImageImport::cardPicture());
    if (!image) {
        m_message = tr("The picture cannot be pasted: %1").arg(error);
        emit message(m_message);
        return false;
    }
    const Journey *j = journey();
    const QList<Id> sel = m_document->selectedCards();
    if (!sel.isEmpty()) {
        const bool ok = m_document->setCardPicture(j->id, sel, image);
        report(ok);
        return ok;
    }
    Card card;
    card.text = tr("Picture");
    card.imageId = image->id;
    const bool ok = m_document->addCardsWithImages(j->id, {card}, {*image},
                                                   {j->stages[stage].id, j->lanes[lane].id, index});
    if (ok) {
        const Journey *after = journey();
        const QList<const Card *> cell =
            after->cellCards(after->stages[stage].id, after->lanes[lane].id);
        for (const Card *c : cell)
            if (c->imageId == image->id) m_document->setSelectedCards({c->id});
    }
    report(ok);
    return ok;
}

bool CanvasActions::pasteClipboard()
{
    const Journey *j = journey();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!j || !mime || m_document->isReadOnly()) return false;
    int s = targetStage(), l = targetLane(), index = -1;
    // Pasted cards land after the selected card, or at the end of the current cell.
    const QList<Id> sel = m_document->selectedCards();
    if (!sel.isEmpty())
        if (const Card *c = j->card(sel.constLast())) {
            s = j->stageIndex(c->stageId);
            l = j->laneIndex(c->laneId);
            index = c->order + 1;
        }
    if (s < 0 || l < 0 || s >= j->stages.size() || l >= j->lanes.size()) return false;
    QList<Card> cards;
    QList<Image> images;
    QList<CardClipboard::Arrow> arrows;
    QList<Id> entryIds; // the new id of each clipboard entry
    QHash<QPair<int, int>, QList<Card>> byCell;
    if (mime->hasFormat(CardClipboard::mimeType())) {
        QString error;
        const auto content = CardClipboard::decode(mime->data(CardClipboard::mimeType()), &error);
        if (!content) {
            m_message = error;
            emit message(error);
            return false;
        }
        images = content->images;
        arrows = content->arrows;
        // Cards keep their arrangement: each goes to the cell at the same offset, as far as
        // this journey reaches.
        for (CardClipboard::Entry e : content->entries) {
            e.card.id = newId();
            entryIds.append(e.card.id);
            if (!e.card.personaId.isNull() && !m_document->project().persona(e.card.personaId))
                e.card.personaId = Id(); // from another project
            const int ts = std::min(s + e.stageOffset, int(j->stages.size()) - 1);
            const int tl = std::min(l + e.laneOffset, int(j->lanes.size()) - 1);
            byCell[{ts, tl}].append(e.card);
        }
    } else if (mime->hasImage() && !mime->hasText()) {
        return pastePicture(mime, s, l, index);
    } else {
        cards = CardClipboard::fromPlainText(mime->text());
        if (cards.isEmpty()) return false;
        byCell[{s, l}] = cards;
    }
    const Id journeyId = j->id;
    QList<Id> pasted;
    QList<QPair<int, int>> cells = byCell.keys();
    std::sort(cells.begin(), cells.end());
    int total = 0;
    for (const auto &cell : cells)
        total += int(byCell[cell].size());
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Paste %n card(s)", nullptr, total));
    bool ok = true;
    for (const auto &cell : cells) {
        QList<Card> list = byCell[cell];
        for (Card &c : list) {
            if (c.id.isNull()) c.id = newId();
            pasted.append(c.id);
        }
        const Journey *jj = m_document->project().journey(journeyId);
        const bool sameCell = cell == qMakePair(s, l);
        if (jj->lanes[cell.second].kind == LaneKind::Feelings)
            for (Card &c : list)
                if (!c.emotion) c.emotion = 0;
        ok &= m_document->addCardsWithImages(
            journeyId, list, images,
            {jj->stages[cell.first].id, jj->lanes[cell.second].id, sameCell ? index : -1});
    }
    // The arrows between the copied cards join their copies.
    for (const CardClipboard::Arrow &a : std::as_const(arrows))
        if (ok)
            ok &= !m_document->connectCards(journeyId, entryIds[a.from], entryIds[a.to], a.label)
                       .isNull();
    stack->endMacro();
    report(ok);
    m_document->setSelectedCards(pasted);
    if (!pasted.isEmpty()) m_view->ensureCardVisible(pasted.constLast());
    return ok;
}

void CanvasActions::duplicateSelection()
{
    const Journey *j = journey();
    if (!j || m_document->isReadOnly()) return;
    // Each copy goes right after its original, in one undo step.
    const QList<Id> sel = m_document->selectedCards();
    QList<Id> copies;
    m_document->undoStack()->beginMacro(tr("Duplicate %n card(s)", nullptr, int(sel.size())));
    for (const Id &id : sel) {
        const Journey *jj = m_document->project().journey(j->id);
        const Card *c = jj->card(id);
        if (!c) continue;
        Card copyCard = *c;
        copyCard.id = newId();
        const Id newCard =
            m_document->addCard(jj->id, copyCard, {c->stageId, c->laneId, c->order + 1});
        if (!newCard.isNull()) copies.append(newCard);
    }
    m_document->undoStack()->endMacro();
    m_document->setSelectedCards(copies);
}

void CanvasActions::deleteSelection()
{
    const Journey *j = journey();
    if (j && m_document->selectedCards().isEmpty() && !selectedArrow().isNull()) {
        report(m_document->removeConnections(j->id, {selectedArrow()}));
        return;
    }
    if (!j || m_document->selectedCards().isEmpty()) return;
    report(m_document->removeCards(j->id, m_document->selectedCards()));
}

// ---- stages and lanes ----

void CanvasActions::insertStage(int index)
{
    const Journey *j = journey();
    if (!j) return;
    Stage stage;
    stage.name = tr("New stage");
    const Id id = m_document->addStage(j->id, stage, index);
    report(!id.isNull());
    if (id.isNull()) return;
    const int s = journey()->stageIndex(id);
    m_view->setCurrentCell(s, std::max(0, m_view->currentLane()));
    m_view->renameStage(s);
}

void CanvasActions::insertLane(int index, LaneKind kind)
{
    const Journey *j = journey();
    if (!j) return;
    Lane lane;
    lane.kind = kind;
    lane.title = displayName(kind);
    lane.hint = waymark::laneHint(kind, m_document->project().info.language);
    const Id id = m_document->addLane(j->id, lane, index);
    report(!id.isNull());
    if (id.isNull()) return;
    const int l = journey()->laneIndex(id);
    m_view->setCurrentCell(std::max(0, m_view->currentStage()), l);
    m_view->renameLane(l);
}

void CanvasActions::editLaneHint(int l)
{
    const Journey *j = journey();
    if (!j || l < 0 || l >= j->lanes.size()) return;
    Lane lane = j->lanes[l];
    bool ok = false;
    const QString hint = QInputDialog::getText(
        m_view, tr("Lane Hint"),
        tr("What goes in \"%1\"? Shown while the lane is empty and as its tooltip; not "
           "exported. Leave empty for none.")
            .arg(lane.title),
        QLineEdit::Normal, lane.hint, &ok);
    if (!ok || hint.simplified() == lane.hint) return;
    lane.hint = hint.simplified();
    report(m_document->changeLane(j->id, lane));
}

void CanvasActions::fillAddLaneMenu(QMenu *menu, int index)
{
    for (LaneKind kind : allLaneKinds())
        menu->addAction(displayName(kind), this, [this, index, kind] { insertLane(index, kind); });
}

void CanvasActions::removeStage(int s)
{
    const Journey *j = journey();
    if (!j || s < 0 || s >= j->stages.size()) return;
    const int cards = m_document->cardsInStage(j->id, j->stages[s].id);
    if (cards > 0 &&
        QMessageBox::question(m_window, tr("Delete Stage"),
                              tr("Delete the stage \"%1\" and its %n card(s)?", nullptr, cards)
                                  .arg(j->stages[s].name)) != QMessageBox::Yes)
        return;
    report(m_document->removeStage(j->id, j->stages[s].id));
}

void CanvasActions::removeLane(int l)
{
    const Journey *j = journey();
    if (!j || l < 0 || l >= j->lanes.size()) return;
    const int cards = m_document->cardsInLane(j->id, j->lanes[l].id);
    if (cards > 0 &&
        QMessageBox::question(m_window, tr("Delete Lane"),
                              tr("Delete the lane \"%1\" and its %n card(s)?", nullptr, cards)
                                  .arg(j->lanes[l].title)) != QMessageBox::Yes)
        return;
    report(m_document->removeLane(j->id, j->lanes[l].id));
}

void CanvasActions::recolour(bool isStage, int index)
{
    const Journey *j = journey();
    if (!j || index < 0 || index >= (isStage ? j->stages.size() : j->lanes.size())) return;
    const QColor current = isStage ? j->stages[index].colour : j->lanes[index].colour;
    const QColor colour =
        QColorDialog::getColor(current.isValid() ? current : QColor(0xe8, 0xec, 0xf1), m_window,
                               isStage ? tr("Stage Colour") : tr("Lane Colour"));
    if (!colour.isValid() || !journey()) return;
    if (isStage) {
        Stage s = journey()->stages[index];
        s.colour = colour;
        report(m_document->changeStage(j->id, s));
    } else {
        Lane l = journey()->lanes[index];
        l.colour = colour;
        report(m_document->changeLane(j->id, l));
    }
}

void CanvasActions::populateStageMenu(QMenu *stage) const
{
    stage->addActions({addStage, renameStage, recolourStage, momentOfTruth});
    stage->addSeparator();
    stage->addActions({moveStageLeft, moveStageRight});
    stage->addSeparator();
    stage->addAction(deleteStage);
}

void CanvasActions::populateLaneMenu(QMenu *lane) const
{
    lane->addMenu(addLaneMenu);
    lane->addActions({renameLane, laneHint, recolourLane});
    lane->addSeparator();
    lane->addActions({moveLaneUp, moveLaneDown});
    lane->addMenu(laneZoneMenu);
    lane->addSeparator();
    lane->addAction(deleteLane);
}

void CanvasActions::fillContextMenu(QMenu *menu, const Id &card, int stageHeader, int laneHeader,
                                    const Id &arrow)
{
    m_menuStage = stageHeader;
    m_menuLane = laneHeader;
    updateEnabled();
    if (!arrow.isNull()) {
        menu->addActions({editArrow, reverseArrow});
        menu->addSeparator();
        menu->addAction(deleteArrow);
    } else if (stageHeader >= 0) {
        auto *before = menu->addAction(tr("Insert Stage &Before"), this,
                                       [this, stageHeader] { insertStage(stageHeader); });
        before->setEnabled(addStage->isEnabled());
        populateStageMenu(menu);
    } else if (laneHeader >= 0) {
        populateLaneMenu(menu);
    } else {
        if (!card.isNull()) menu->addAction(edit);
        if (openLinked->isEnabled()) menu->addAction(openLinked);
        menu->addAction(addCard);
        menu->addSeparator();
        menu->addActions({cut, copy, paste, duplicate, remove});
        if (connectCards->isEnabled()) menu->addAction(connectCards);
        menu->addSeparator();
        populateStageMenu(menu->addMenu(tr("&Stage")));
        populateLaneMenu(menu->addMenu(tr("&Lane")));
    }
    // The header actions apply to the clicked header until the menu is gone.
    connect(menu, &QMenu::aboutToHide, this, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_menuStage = m_menuLane = -1;
                updateEnabled();
            },
            Qt::QueuedConnection);
    });
}

} // namespace waymark
