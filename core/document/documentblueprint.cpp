// SPDX-License-Identifier: GPL-3.0-or-later
// Service blueprints: the journey's view with its lanes in zone order, and arrows between
// cards.
#include "commands.h"

namespace waymark {

namespace {

// Switches a journey between map and blueprint with its lane order, as one step.
class BlueprintCommand : public DocumentCommand
{
public:
    BlueprintCommand(Document *doc, const QString &text, const Journey &j, bool blueprint)
        : DocumentCommand(doc, text), m_journey(j.id), m_before(j.lanes), m_after(j.lanes),
          m_blueprint(blueprint)
    {
        if (blueprint) {
            Journey ordered = j;
            ordered.orderLanesByZone();
            m_after = ordered.lanes;
        }
    }
    void apply(bool forward) override
    {
        Journey &j = journeyRef(project(), m_journey);
        j.blueprint = forward ? m_blueprint : !m_blueprint;
        j.lanes = forward ? m_after : m_before;
        pending().journeys.insert(j.id);
        for (const Lane &l : j.lanes)
            pending().lanes.insert(l.id, j.id);
    }

private:
    Id m_journey;
    QList<Lane> m_before, m_after;
    bool m_blueprint;
};

} // namespace

Document::TakenConnections Document::takeOrphanedConnections()
{
    QHash<Id, QSet<Id>> gone; // journey -> its cards that the change removed
    for (auto it = m_pending.cards.cbegin(); it != m_pending.cards.cend(); ++it) {
        const Journey *j = m_project.journey(it.value());
        if (j && !j->connections.isEmpty() && !j->card(it.key())) gone[j->id].insert(it.key());
    }
    TakenConnections taken;
    for (auto it = gone.cbegin(); it != gone.cend(); ++it) {
        Journey &j = *journey(it.key());
        for (qsizetype i = 0; i < j.connections.size(); ++i) {
            const Connection &c = j.connections[i];
            if (it->contains(c.from) || it->contains(c.to)) {
                taken.append({j.id, i, c});
                m_pending.connections.insert(c.id, j.id);
            }
        }
        j.connections.removeIf(
            [&](const Connection &c) { return it->contains(c.from) || it->contains(c.to); });
    }
    return taken;
}

void Document::restoreConnections(const TakenConnections &taken)
{
    for (const auto &[journeyId, index, connection] : taken)
        if (Journey *j = journey(journeyId)) {
            j->connections.insert(std::min(index, j->connections.size()), connection);
            m_pending.connections.insert(connection.id, journeyId);
        }
}

bool Document::setBlueprint(const Id &journeyId, bool blueprint)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    if (j->blueprint == blueprint) return true;
    m_undoStack.push(new BlueprintCommand(
        this, blueprint ? tr("Show as service blueprint") : tr("Show as journey map"), *j,
        blueprint));
    return true;
}

bool Document::connectionFits(const Journey &j, const Connection &c)
{
    if (!j.card(c.from) || !j.card(c.to))
        return refuse(tr("An arrow joins two cards of the same journey."));
    if (c.from == c.to) return refuse(tr("An arrow cannot point at the card it starts from."));
    if (c.label.size() > MaxArrowLabel)
        return refuse(tr("An arrow's label can have at most %1 characters.").arg(MaxArrowLabel));
    for (const Connection &other : j.connections)
        if (other.id != c.id && other.from == c.from && other.to == c.to)
            return refuse(tr("These cards are joined by that arrow already."));
    return true;
}

Id Document::connectCards(const Id &journeyId, const Id &fromCard, const Id &toCard,
                          const QString &label)
{
    if (!editable()) return {};
    const Journey *j = journey(journeyId);
    if (!j) {
        refuse(tr("The journey does not exist."));
        return {};
    }
    const Connection c{newId(), fromCard, toCard, label.simplified()};
    if (!connectionFits(*j, c)) return {};
    m_undoStack.push(new ListEditCommand<Connection>(
        this, tr("Draw arrow"), journeyId, int(j->connections.size()), c, true));
    return c.id;
}

bool Document::changeConnection(const Id &journeyId, const Connection &connection)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    const int i = j ? indexOfId(j->connections, connection.id) : -1;
    if (i < 0) return refuse(tr("The arrow does not exist."));
    Connection c = connection;
    c.label = c.label.simplified();
    if (!connectionFits(*j, c)) return false;
    if (j->connections[i] == c) return true;
    m_undoStack.push(new ChangeValueCommand<Connection>(this, tr("Edit arrow"), journeyId,
                                                        j->connections[i], c, -1));
    return true;
}

bool Document::removeConnections(const Id &journeyId, const QList<Id> &connectionIds)
{
    if (!editable()) return false;
    const Journey *j = journey(journeyId);
    if (!j) return refuse(tr("The journey does not exist."));
    QList<int> rows;
    for (const Id &id : connectionIds)
        if (const int i = indexOfId(j->connections, id); i >= 0 && !rows.contains(i))
            rows.append(i);
    if (rows.isEmpty()) return refuse(tr("The arrow does not exist."));
    // From the back, so that each index holds when the steps run (and undo in reverse).
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    auto cmd = std::make_unique<CompositeCommand>(
        this, tr("Delete %n arrow(s)", nullptr, int(rows.size())));
    for (int i : rows)
        cmd->add(std::make_unique<ListEditCommand<Connection>>(this, QString(), journeyId, i,
                                                               j->connections[i], false));
    m_undoStack.push(cmd.release());
    return true;
}

} // namespace waymark
