// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures on cards: set, replace and remove them, and keep the file free of pictures that
// nothing shows.
#include "commands.h"
#include "document.h"

namespace waymark {

bool Document::imageInUse(const Id &imageId, const Id &exceptPersona,
                          const QSet<Id> &exceptCards) const
{
    for (const Persona &x : m_project.personas)
        if (x.id != exceptPersona && x.photoId == imageId) return true;
    for (const Journey &j : m_project.journeys)
        for (const Card &c : j.cards)
            if (c.imageId == imageId && !exceptCards.contains(c.id)) return true;
    return false;
}

bool Document::setCardPicture(const Id &journeyId, const QList<Id> &cardIds,
                              const std::optional<Image> &picture)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    if (cardIds.isEmpty()) return refuse(tr("No card is selected."));
    QList<const Card *> cards;
    for (const Id &id : cardIds) {
        const Card *c = j->card(id);
        if (!c) return refuse(tr("The card does not exist."));
        cards.append(c);
    }
    if (picture && (picture->data.isEmpty() || picture->width <= 0 || picture->height <= 0))
        return refuse(tr("The picture is empty."));
    const QString text = picture
                             ? tr("Set the picture of %n card(s)", nullptr, int(cards.size()))
                             : tr("Remove the picture of %n card(s)", nullptr, int(cards.size()));
    auto cmd = std::make_unique<CompositeCommand>(this, text);
    Id imageId;
    if (picture) {
        Image image = *picture;
        if (image.id.isNull() || m_project.imageIndex(image.id) >= 0) image.id = newId();
        imageId = image.id;
        cmd->add(std::make_unique<ListEditCommand<Image>>(
            this, text, Id(), int(m_project.images.size()), image, true));
    }
    QSet<Id> changing(cardIds.begin(), cardIds.end());
    QSet<Id> oldImages;
    for (const Card *c : cards) {
        if (c->imageId == imageId) continue;
        if (!c->imageId.isNull()) oldImages.insert(c->imageId);
        Card value = *c;
        value.imageId = imageId;
        cmd->add(std::make_unique<ChangeValueCommand<Card>>(this, text, journeyId, *c, value, -1));
    }
    if (!picture && oldImages.isEmpty()) return true; // nothing to remove
    // Pictures nothing else shows leave with the change, from the back of the list so that
    // each index holds (undo puts them back first, before the cards that show them).
    QList<int> unused;
    for (const Id &old : std::as_const(oldImages))
        if (!imageInUse(old, Id(), changing))
            if (const int i = m_project.imageIndex(old); i >= 0) unused.append(i);
    std::sort(unused.begin(), unused.end(), std::greater<>());
    for (int i : unused)
        cmd->add(std::make_unique<ListEditCommand<Image>>(this, text, Id(), i, m_project.images[i],
                                                          false));
    m_undoStack.push(cmd.release());
    return true;
}

} // namespace waymark
