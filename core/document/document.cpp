// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "cardcommands.h"
#include "commands.h"

#include <QCoreApplication>

namespace waymark {


Journey &journeyRef(Project &p, const Id &journeyId)
{
    const int i = p.journeyIndex(journeyId);
    Q_ASSERT(i >= 0);
    return p.journeys[i];
}

Document::Document(std::unique_ptr<Store> store, Project project)
    : m_store(std::move(store)), m_project(std::move(project))
{
    if (!m_project.journeys.isEmpty()) m_currentJourney = m_project.journeys.first().id;
    // A day's workshop is far fewer steps; an unbounded history grows without end in a long
    // session (the soak benchmark: +250 % memory in 30 minutes of edits).
    m_undoStack.setUndoLimit(UndoLimit);
}

Document::~Document()
{
    close();
}

std::unique_ptr<Document> Document::open(const QString &path, Store::Access access,
                                         OpenResult *result)
{
    auto store = Store::open(path, access, result);
    if (!store) return {};
    Project project;
    if (!store->load(&project, &result->error)) {
        result->status = OpenResult::Status::Failed;
        return {};
    }
    return std::unique_ptr<Document>(new Document(std::move(store), std::move(project)));
}

std::unique_ptr<Document> Document::create(const QString &path, const Project &project,
                                           QString *error)
{
    if (!Store::create(path, project, error)) return {};
    OpenResult result;
    auto doc = open(path, Store::Access::ReadWrite, &result);
    if (!doc) *error = result.error;
    return doc;
}

QString Document::filePath() const
{
    return m_store ? m_store->path() : QString();
}
bool Document::isReadOnly() const
{
    return !m_store || m_store->isReadOnly();
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (!m_store->saveCopy(path, error)) return false;
    OpenResult result;
    auto store = Store::open(path, Store::Access::ReadWrite, &result);
    if (!store || store->isReadOnly()) {
        *error = store ? result.readOnlyReason : result.error;
        return false;
    }
    m_store->close();
    m_store = std::move(store);
    // Edits that had not reached the old file go to the new one.
    if (!m_pending.isEmpty()) {
        m_changeDepth = 1;
        endChange();
    }
    return true;
}

void Document::close()
{
    if (m_store) m_store->close();
}

void Document::setCurrentJourney(const Id &journeyId)
{
    if (journeyId == m_currentJourney || !m_project.journey(journeyId)) return;
    m_currentJourney = journeyId;
    m_selectedCards.clear();
    emit currentJourneyChanged(journeyId);
    emit selectionChanged();
}

void Document::setSelectedCards(const QList<Id> &cardIds)
{
    if (cardIds == m_selectedCards) return;
    m_selectedCards = cardIds;
    emit selectionChanged();
}

void Document::endChange()
{
    if (--m_changeDepth > 0) return;
    const ChangeSet touched = m_pending;
    m_project.info.modified = QDateTime::currentDateTimeUtc();
    m_pending.info = true;
    QString error;
    const bool wasSaved = m_saveError.isEmpty();
    if (m_store->apply(m_project, m_pending, &error)) {
        m_pending = ChangeSet();
        m_saveError.clear();
    } else {
        // The model is ahead of the file; the next change retries everything pending.
        m_saveError = error;
        emit saveFailed(error);
    }
    // Undo and redo select the cards they brought back or changed, on their journey.
    const QList<Id> selectedBefore = m_selectedCards;
    if (m_replaying) {
        // The journey the step happened in comes into view, with the cards it brought back.
        Id owner;
        for (const QHash<Id, Id> *children : {&touched.cards, &touched.stages, &touched.lanes})
            if (owner.isNull() && !children->isEmpty()) owner = children->cbegin().value();
        QList<Id> replayed;
        for (const Id &id : std::as_const(m_replayFocus)) {
            const Id journeyId = touched.cards.value(id);
            const Journey *cj = m_project.journey(journeyId);
            if (!cj || !cj->card(id) || replayed.contains(id)) continue;
            if (replayed.isEmpty()) owner = journeyId;
            if (journeyId == owner) replayed.append(id);
        }
        if (!owner.isNull() && owner != m_currentJourney && m_project.journey(owner)) {
            m_currentJourney = owner;
            m_selectedCards.clear();
            emit currentJourneyChanged(owner);
        }
        if (!replayed.isEmpty()) m_selectedCards = replayed;
    }
    m_replayFocus.clear();
    // Selected cards that are gone are no longer selected.
    const Journey *j = m_project.journey(m_currentJourney);
    m_selectedCards.removeIf([&](const Id &id) { return !j || !j->card(id); });
    if (!m_project.journey(m_currentJourney))
        m_currentJourney = m_project.journeys.isEmpty() ? Id() : m_project.journeys.first().id;
    emit changed(touched);
    m_replaying = false;
    if (wasSaved != m_saveError.isEmpty()) emit saveStateChanged(m_saveError.isEmpty());
    if (selectedBefore != m_selectedCards) emit selectionChanged();
}

bool Document::refuse(const QString &reason)
{
    m_refusal = reason;
    return false;
}

bool Document::editable()
{
    m_refusal.clear(); // every edit starts here: a reason always belongs to the last edit
    if (isReadOnly()) return refuse(tr("The project is open read-only."));
    return true;
}

Journey *Document::journey(const Id &journeyId)
{
    const int i = m_project.journeyIndex(journeyId);
    return i < 0 ? nullptr : &m_project.journeys[i];
}

// ---- project ----

bool Document::setProjectInfo(const ProjectInfo &info, const QString &undoText)
{
    if (!editable()) return false;
    struct Cmd : DocumentCommand
    {
        Cmd(Document *d, const QString &text, ProjectInfo before, ProjectInfo after)
            : DocumentCommand(d, text), b(std::move(before)), a(std::move(after))
        {
        }
        void apply(bool forward) override
        {
            const QDateTime modified = project().info.modified;
            project().info = forward ? a : b;
            project().info.modified = modified;
            pending().info = true;
        }
        ProjectInfo b, a;
    };
    m_undoStack.push(new Cmd(this, undoText.isEmpty() ? tr("Change project details") : undoText,
                             m_project.info, info));
    return true;
}

// ---- cards ----

bool Document::pushPlacement(const Id &journeyId, const QString &text, const QList<Card> &inserted,
                             const QList<Id> &removed, const QList<Id> &moved,
                             const CellTarget &target, bool mergeable)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    if ((!inserted.isEmpty() || !moved.isEmpty()) &&
        (j->stageIndex(target.stageId) < 0 || j->laneIndex(target.laneId) < 0))
        return refuse(tr("The target cell does not exist."));
    QList<Card> settled;
    for (const Card &c : inserted) {
        if (!textFits(c)) return false;
        settled.append(settleEvidence(c));
    }
    auto cmd = std::make_unique<CardPlacementCommand>(this, text, journeyId, settled, removed,
                                                      moved, target, mergeable);
    if (cmd->isNoOp() && !mergeable) return refuse(tr("Nothing to change."));
    m_undoStack.push(cmd.release());
    return true;
}

bool Document::textFits(const Card &card)
{
    if (card.text.size() <= MaxCardText && card.notes.size() <= MaxCardText) return true;
    return refuse(tr("A card holds at most %L1 characters of text and of notes.").arg(MaxCardText));
}

bool Document::scoresFit(const Id &journeyId, const Card &old, const Card &card)
{
    for (const auto &score : {card.customerValue, card.businessValue, card.effort})
        if (score && !(*score >= Card::MinScore && *score <= Card::MaxScore))
            return refuse(tr("A score is between %1 and %2.").arg(Card::MinScore).arg(Card::MaxScore));
    const Journey *j = journey(journeyId);
    for (const Id &target : card.addresses)
        if (!old.addresses.contains(target) && target != card.id &&
            (!j || (!j->card(target) && j->stageIndex(target) < 0)))
            return refuse(tr("What the card addresses must be a card or stage of its journey."));
    return true;
}

bool Document::linkFits(const Id &journeyId, const Card &old, const Card &card)
{
    if (card.linkedJourney == old.linkedJourney || card.linkedJourney.isNull()) return true;
    if (card.linkedJourney == journeyId) return refuse(tr("A card cannot open its own journey."));
    if (!journey(card.linkedJourney)) return refuse(tr("The linked journey does not exist."));
    return true;
}

Id Document::addCard(const Id &journeyId, Card card, const CellTarget &target)
{
    if (card.id.isNull()) card.id = newId();
    const Id id = card.id;
    return addCards(journeyId, {card}, target) ? id : Id();
}

bool Document::addCards(const Id &journeyId, const QList<Card> &cards, const CellTarget &target)
{
    QList<Card> fresh = cards;
    for (Card &c : fresh) {
        if (c.id.isNull()) c.id = newId();
        if (c.emotion) c.emotion = std::clamp(*c.emotion, MinEmotion, MaxEmotion);
    }
    if (fresh.isEmpty()) return refuse(tr("Nothing to change."));
    return pushPlacement(journeyId, tr("Add %n card(s)", nullptr, int(fresh.size())), fresh, {}, {},
                         target, false);
}

bool Document::changeCard(const Id &journeyId, const Card &card, bool mergeable)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const Card *old = j ? j->card(card.id) : nullptr;
    if (!old) return refuse(tr("The card does not exist."));
    if (!textFits(card) || !linkFits(journeyId, *old, card) || !scoresFit(journeyId, *old, card))
        return false;
    Card value = settleEvidence(card, old);
    if (value.emotion) value.emotion = std::clamp(*value.emotion, MinEmotion, MaxEmotion);
    if (value == *old) return true;
    m_undoStack.push(new ChangeValueCommand<Card>(this, tr("Edit card"), journeyId, *old, value,
                                                  mergeable ? MergeChangeCard : -1));
    return true;
}

bool Document::changeCards(const Id &journeyId, const QList<Card> &cards)
{
    if (cards.size() == 1) return changeCard(journeyId, cards.first());
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    auto cmd =
        std::make_unique<CompositeCommand>(this, tr("Edit %n card(s)", nullptr, int(cards.size())));
    for (const Card &card : cards) {
        const Card *old = j->card(card.id);
        if (!old) return refuse(tr("The card does not exist."));
        if (!textFits(card) || !linkFits(journeyId, *old, card) ||
            !scoresFit(journeyId, *old, card))
            return false;
        Card value = settleEvidence(card, old);
        if (value.emotion) value.emotion = std::clamp(*value.emotion, MinEmotion, MaxEmotion);
        if (value == *old) continue;
        cmd->add(std::make_unique<ChangeValueCommand<Card>>(this, QString(), journeyId, *old, value,
                                                            -1));
    }
    if (!cmd->isEmpty()) m_undoStack.push(cmd.release());
    return true;
}

bool Document::addCardsWithImages(const Id &journeyId, const QList<Card> &cards,
                                  const QList<Image> &images, const CellTarget &target)
{
    QList<Image> missing;
    for (const Image &image : images)
        if (m_project.imageIndex(image.id) < 0) missing.append(image);
    if (missing.isEmpty()) return addCards(journeyId, cards, target);
    if (!editable()) return false;
    // Checked first, so that the images never land without their cards.
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    if (j->stageIndex(target.stageId) < 0 || j->laneIndex(target.laneId) < 0)
        return refuse(tr("The target cell does not exist."));
    if (cards.isEmpty()) return refuse(tr("Nothing to change."));
    m_undoStack.beginMacro(tr("Add %n card(s)", nullptr, int(cards.size())));
    for (const Image &image : missing)
        m_undoStack.push(new ListEditCommand<Image>(this, QString(), Id(),
                                                    int(m_project.images.size()), image, true));
    const bool ok = addCards(journeyId, cards, target);
    m_undoStack.endMacro();
    return ok;
}

bool Document::moveCards(const Id &journeyId, const QList<Id> &cardIds, const CellTarget &target,
                         bool continuesDrag)
{
    return pushPlacement(journeyId, tr("Move %n card(s)", nullptr, int(cardIds.size())), {}, {},
                         cardIds, target, continuesDrag);
}

bool Document::moveCards(const Id &journeyId, const QList<CardMove> &moves)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    int count = 0;
    QSet<std::pair<Id, Id>> cells;
    for (const CardMove &m : moves) {
        if (j->stageIndex(m.target.stageId) < 0 || j->laneIndex(m.target.laneId) < 0)
            return refuse(tr("The target cell does not exist."));
        const std::pair<Id, Id> cell{m.target.stageId, m.target.laneId};
        if (!m.cards.isEmpty() && cells.contains(cell))
            return refuse(tr("Two groups of cards cannot move to the same cell."));
        cells.insert(cell);
        count += int(m.cards.size());
    }
    auto cmd = std::make_unique<CardPlacementCommand>(this, tr("Move %n card(s)", nullptr, count),
                                                      journeyId, QList<Card>(), QList<Id>(), moves,
                                                      CellTarget(), false);
    if (cmd->isNoOp()) return refuse(tr("Nothing to change."));
    m_undoStack.push(cmd.release());
    return true;
}

bool Document::removeCards(const Id &journeyId, const QList<Id> &cardIds)
{
    return pushPlacement(journeyId, tr("Delete %n card(s)", nullptr, int(cardIds.size())), {},
                         cardIds, {}, {}, false);
}

// ---- stages and lanes ----

namespace {

// Adds a stage or lane at `index` (clamped; -1 appends).
template <typename T>
Id addColumn(Document *doc, const Id &journeyId, T value, int index, const QString &text,
             QUndoStack *stack)
{
    const QList<T> &list = EntityTraits<T>::list(doc->mutableProject(), journeyId);
    if (value.id.isNull()) value.id = newId();
    const int at = index < 0 || index > list.size() ? int(list.size()) : index;
    const Id id = value.id;
    stack->push(new ListEditCommand<T>(doc, text, journeyId, at, std::move(value), true));
    return id;
}

// The cards in one stage (isStage) or one lane.
QList<Id> columnCards(const Journey *j, const Id &id, bool isStage)
{
    QList<Id> cards;
    if (j)
        for (const Card &c : j->cards)
            if ((isStage ? c.stageId : c.laneId) == id) cards.append(c.id);
    return cards;
}

// Removes a stage or lane with its cards as one step.
template <typename T>
bool removeColumn(Document *doc, const Id &journeyId, const Id &id, bool isStage,
                  const QString &text, QUndoStack *stack)
{
    const QList<T> &list = EntityTraits<T>::list(doc->mutableProject(), journeyId);
    const int index = indexOfId(list, id);
    if (index < 0) return false;
    const QList<Id> cards = columnCards(doc->project().journey(journeyId), id, isStage);
    auto cmd = std::make_unique<CompositeCommand>(doc, text);
    if (!cards.isEmpty())
        cmd->add(std::make_unique<CardPlacementCommand>(doc, text, journeyId, QList<Card>(), cards,
                                                        QList<Id>(), CellTarget(), false));
    cmd->add(std::make_unique<ListEditCommand<T>>(doc, text, journeyId, index, list[index], false));
    stack->push(cmd.release());
    return true;
}

} // namespace

Id Document::addStage(const Id &journeyId, Stage stage, int index)
{
    if (!editable()) return {};
    if (!journey(journeyId)) {
        refuse(tr("The journey does not exist."));
        return {};
    }
    return addColumn(this, journeyId, std::move(stage), index, tr("Add stage"), &m_undoStack);
}

bool Document::changeStage(const Id &journeyId, const Stage &stage)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const int i = j ? j->stageIndex(stage.id) : -1;
    if (i < 0) return refuse(tr("The stage does not exist."));
    if (j->stages[i] == stage) return true;
    m_undoStack.push(new ChangeValueCommand<Stage>(this, tr("Edit stage \"%1\"").arg(stage.name),
                                                   journeyId, j->stages[i], stage, -1));
    return true;
}

bool Document::moveStage(const Id &journeyId, int from, int to)
{
    const Journey *j = journey(journeyId);
    if (!editable() || !j || !validMove(j->stages, from, to))
        return refuse(m_refusal.isEmpty() ? tr("The stage cannot move there.") : m_refusal);
    m_undoStack.push(new MoveCommand<Stage>(this, tr("Move stage \"%1\"").arg(j->stages[from].name),
                                            journeyId, from, to));
    return true;
}

bool Document::removeStage(const Id &journeyId, const Id &stageId)
{
    const Journey *j = journey(journeyId);
    if (!editable() || !j) return false;
    if (j->stages.size() <= 1) return refuse(tr("A journey keeps at least one stage."));
    const int i = j->stageIndex(stageId);
    if (i < 0) return refuse(tr("The stage does not exist."));
    return removeColumn<Stage>(this, journeyId, stageId, true,
                               tr("Delete stage \"%1\"").arg(j->stages[i].name), &m_undoStack);
}

int Document::cardsInStage(const Id &journeyId, const Id &stageId) const
{
    return int(columnCards(m_project.journey(journeyId), stageId, true).size());
}

Id Document::addLane(const Id &journeyId, Lane lane, int index)
{
    if (!editable()) return {};
    if (!journey(journeyId)) {
        refuse(tr("The journey does not exist."));
        return {};
    }
    // In a blueprint the new lane goes inside its zone.
    if (const Journey *j = journey(journeyId); j->blueprint) {
        const auto [first, last] = j->zoneRange(zoneOf(lane));
        index = index < 0 ? last + 1 : std::clamp(index, first, last + 1);
    }
    return addColumn(this, journeyId, std::move(lane), index, tr("Add lane"), &m_undoStack);
}

bool Document::changeLane(const Id &journeyId, const Lane &lane)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const int i = j ? j->laneIndex(lane.id) : -1;
    if (i < 0) return refuse(tr("The lane does not exist."));
    if (j->lanes[i] == lane) return true;
    const QString text = tr("Edit lane \"%1\"").arg(lane.title);
    const BlueprintZone was = zoneOf(j->lanes[i]), now = zoneOf(lane);
    if (!j->blueprint || was == now) {
        m_undoStack.push(
            new ChangeValueCommand<Lane>(this, text, journeyId, j->lanes[i], lane, -1));
        return true;
    }
    // Into its new zone: at the end nearest to where it comes from.
    Journey without = *j;
    without.lanes.removeAt(i);
    const auto [first, last] = without.zoneRange(now);
    const int to = now > was ? first : last + 1;
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    cmd->add(std::make_unique<ChangeValueCommand<Lane>>(this, text, journeyId, j->lanes[i], lane,
                                                        -1));
    if (to != i) cmd->add(std::make_unique<MoveCommand<Lane>>(this, text, journeyId, i, to));
    m_undoStack.push(cmd.release());
    return true;
}

bool Document::moveLane(const Id &journeyId, int from, int to)
{
    const Journey *j = journey(journeyId);
    if (!editable() || !j || !validMove(j->lanes, from, to))
        return refuse(m_refusal.isEmpty() ? tr("The lane cannot move there.") : m_refusal);
    if (j->blueprint) {
        // The lines stay put: a lane moves within its zone.
        const auto [first, last] = j->zoneRange(zoneOf(j->lanes[from]));
        if (to < first || to > last)
            return refuse(tr("In a service blueprint a lane stays in its zone (%1); give it "
                             "another zone to move it across a line.")
                              .arg(displayName(zoneOf(j->lanes[from]))));
    }
    m_undoStack.push(new MoveCommand<Lane>(this, tr("Move lane \"%1\"").arg(j->lanes[from].title),
                                           journeyId, from, to));
    return true;
}

bool Document::removeLane(const Id &journeyId, const Id &laneId)
{
    const Journey *j = journey(journeyId);
    if (!editable() || !j) return false;
    const int i = j->laneIndex(laneId);
    if (i < 0) return refuse(tr("The lane does not exist."));
    return removeColumn<Lane>(this, journeyId, laneId, false,
                              tr("Delete lane \"%1\"").arg(j->lanes[i].title), &m_undoStack);
}

int Document::cardsInLane(const Id &journeyId, const Id &laneId) const
{
    return int(columnCards(m_project.journey(journeyId), laneId, false).size());
}

// ---- personas ----

Id Document::addPersona(Persona persona, const std::optional<Image> &photo, const Id &linkTo)
{
    if (!editable()) return {};
    if (persona.name.trimmed().isEmpty()) {
        refuse(tr("A persona needs a name."));
        return {};
    }
    if (persona.id.isNull()) persona.id = newId();
    const QString text = tr("Add persona \"%1\"").arg(persona.name);
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    if (photo) {
        Image image = *photo;
        if (image.id.isNull()) image.id = newId();
        persona.photoId = image.id;
        cmd->add(std::make_unique<ListEditCommand<Image>>(
            this, text, Id(), int(m_project.images.size()), image, true));
    }
    const Id id = persona.id;
    cmd->add(std::make_unique<ListEditCommand<Persona>>(
        this, text, Id(), int(m_project.personas.size()), std::move(persona), true));
    if (const int j = m_project.journeyIndex(linkTo); j >= 0) {
        Journey linked = m_project.journeys[j];
        linked.personaIds.append(id);
        cmd->add(std::make_unique<ChangeValueCommand<Journey>>(this, text, Id(),
                                                               m_project.journeys[j], linked, -1));
    }
    m_undoStack.push(cmd.release());
    return id;
}

bool Document::changePersona(const Persona &persona, const std::optional<Image> &newPhoto)
{
    if (!editable()) return false;
    const int i = m_project.personaIndex(persona.id);
    if (i < 0) return refuse(tr("The persona does not exist."));
    if (persona.name.trimmed().isEmpty()) return refuse(tr("A persona needs a name."));
    Persona value = persona;
    const Persona &old = m_project.personas[i];
    if (!newPhoto && value.photoId != old.photoId && !value.photoId.isNull() &&
        m_project.imageIndex(value.photoId) < 0)
        return refuse(tr("The photo does not exist."));
    const QString text = tr("Edit persona \"%1\"").arg(value.name);
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    if (newPhoto) {
        Image image = *newPhoto;
        if (image.id.isNull() || m_project.imageIndex(image.id) >= 0) image.id = newId();
        value.photoId = image.id;
        cmd->add(std::make_unique<ListEditCommand<Image>>(
            this, text, Id(), int(m_project.images.size()), image, true));
    }
    if (value == old && cmd->isEmpty()) return true;
    cmd->add(std::make_unique<ChangeValueCommand<Persona>>(this, text, Id(), old, value, -1));
    // The old photo leaves with the change, unless something else shows it.
    if (old.photoId != value.photoId && !old.photoId.isNull() && !imageInUse(old.photoId, old.id))
        if (const int img = m_project.imageIndex(old.photoId); img >= 0)
            cmd->add(std::make_unique<ListEditCommand<Image>>(this, text, Id(), img,
                                                              m_project.images[img], false));
    m_undoStack.push(cmd.release());
    return true;
}

Id Document::duplicatePersona(const Id &personaId)
{
    const int i = m_project.personaIndex(personaId);
    if (i < 0) {
        refuse(tr("The persona does not exist."));
        return {};
    }
    Persona copy = m_project.personas[i];
    copy.id = newId();
    copy.name = m_project.info.language == QLatin1String("de")
                    ? QStringLiteral("%1 (Kopie)").arg(copy.name)
                    : QStringLiteral("%1 (copy)").arg(copy.name);
    std::optional<Image> photo;
    if (const int img = m_project.imageIndex(copy.photoId); img >= 0) {
        photo = m_project.images[img];
        photo->id = newId();
    }
    if (!editable()) return {};
    // Photo and persona in one step, the copy right after the original.
    const QString text = tr("Duplicate persona \"%1\"").arg(m_project.personas[i].name);
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    copy.photoId = photo ? photo->id : Id();
    if (photo)
        cmd->add(std::make_unique<ListEditCommand<Image>>(
            this, text, Id(), int(m_project.images.size()), *photo, true));
    const Id id = copy.id;
    cmd->add(std::make_unique<ListEditCommand<Persona>>(this, text, Id(), i + 1, copy, true));
    m_undoStack.push(cmd.release());
    return id;
}

QList<Id> Document::addPersonas(const QList<Persona> &personas, const QList<Image> &photos)
{
    QList<Id> ids;
    if (!editable() || personas.isEmpty()) return ids;
    for (const Persona &p : personas)
        if (p.name.trimmed().isEmpty()) {
            refuse(tr("A persona needs a name."));
            return ids;
        }
    m_undoStack.beginMacro(tr("Add %n persona(s)", nullptr, int(personas.size())));
    for (Persona p : personas) {
        if (m_project.personaIndex(p.id) >= 0) p.id = newId();
        std::optional<Image> photo;
        for (const Image &img : photos)
            if (img.id == p.photoId) photo = img;
        if (photo && m_project.imageIndex(photo->id) >= 0) photo->id = newId();
        p.photoId = Id();
        ids.append(addPersona(p, photo));
    }
    m_undoStack.endMacro();
    return ids;
}

bool Document::movePersona(int from, int to)
{
    if (!editable() || !validMove(m_project.personas, from, to))
        return refuse(m_refusal.isEmpty() ? tr("The persona cannot move there.") : m_refusal);
    m_undoStack.push(new MoveCommand<Persona>(this, tr("Reorder personas"), Id(), from, to));
    return true;
}

int Document::personaReferences(const Id &personaId) const
{
    int n = 0;
    for (const Journey &j : m_project.journeys) {
        n += j.personaIds.contains(personaId) ? 1 : 0;
        for (const Card &c : j.cards)
            n += c.personaId == personaId ? 1 : 0;
    }
    return n;
}

bool Document::removePersona(const Id &personaId)
{
    if (!editable()) return false;
    const int i = m_project.personaIndex(personaId);
    if (i < 0) return refuse(tr("The persona does not exist."));
    const Persona persona = m_project.personas[i];
    const QString text = tr("Delete persona \"%1\"").arg(persona.name);
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    for (const Journey &j : m_project.journeys) {
        if (j.personaIds.contains(personaId)) {
            Journey unlinked = j;
            unlinked.personaIds.removeAll(personaId);
            cmd->add(
                std::make_unique<ChangeValueCommand<Journey>>(this, text, Id(), j, unlinked, -1));
        }
        for (const Card &c : j.cards) {
            if (c.personaId == personaId) {
                Card untagged = c;
                untagged.personaId = Id();
                cmd->add(
                    std::make_unique<ChangeValueCommand<Card>>(this, text, j.id, c, untagged, -1));
            }
        }
    }
    cmd->add(std::make_unique<ListEditCommand<Persona>>(this, text, Id(), i, persona, false));
    if (const int img = m_project.imageIndex(persona.photoId); img >= 0)
        cmd->add(std::make_unique<ListEditCommand<Image>>(this, text, Id(), img,
                                                          m_project.images[img], false));
    m_undoStack.push(cmd.release());
    return true;
}

} // namespace waymark
