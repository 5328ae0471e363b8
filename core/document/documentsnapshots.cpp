// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots: named copies of journeys kept in the project file, and restoring them.
#include "commands.h"
#include "document.h"
#include "storage/snapshotcodec.h"

namespace waymark {

namespace {

// Adds metric values (forward) or takes them away again.
class AddObservationsCommand : public DocumentCommand
{
public:
    AddObservationsCommand(Document *doc, QList<Observation> values)
        : DocumentCommand(doc, QString()), m_values(std::move(values))
    {
    }
    void apply(bool forward) override
    {
        QSet<ObservationKey> keys;
        for (const Observation &o : m_values)
            keys.insert(o.key());
        if (forward)
            project().observations.append(m_values);
        else
            project().observations.removeIf(
                [&](const Observation &o) { return keys.contains(o.key()); });
        pending().observations.unite(keys);
    }

private:
    QList<Observation> m_values;
};

} // namespace

QString Document::freeSnapshotName(const QString &base) const
{
    const QString name = base.trimmed().left(MaxSnapshotName - 5);
    if (!m_project.snapshot(name)) return name;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (!m_project.snapshot(candidate)) return candidate;
    }
}

bool Document::snapshotNameFree(const QString &name, const Id &except)
{
    if (name.trimmed().isEmpty()) return refuse(tr("A snapshot needs a name."));
    if (name.size() > MaxSnapshotName)
        return refuse(tr("A snapshot's name can have at most %1 characters.").arg(MaxSnapshotName));
    const Snapshot *same = m_project.snapshot(name.trimmed());
    if (same && same->id != except)
        return refuse(tr("There is already a snapshot called \"%1\".").arg(same->name));
    return true;
}

std::unique_ptr<DocumentCommand> Document::autoSnapshot(const QString &name, const QString &reason)
{
    Snapshot s;
    s.id = newId();
    s.name = freeSnapshotName(name);
    s.created = QDateTime::currentDateTimeUtc();
    s.reason = reason;
    s.content = SnapshotCodec::write(m_project);
    return std::make_unique<ListEditCommand<Snapshot>>(this, QString(), Id(),
                                                       int(m_project.snapshots.size()), s, true);
}

Id Document::takeSnapshot(const QString &name, const Id &journeyId)
{
    if (!editable() || !snapshotNameFree(name)) return {};
    const Journey *j = journeyId.isNull() ? nullptr : m_project.journey(journeyId);
    if (!journeyId.isNull() && !j) {
        refuse(tr("The journey does not exist."));
        return {};
    }
    Snapshot s;
    s.id = newId();
    s.name = name.trimmed();
    s.created = QDateTime::currentDateTimeUtc();
    s.journeyId = journeyId;
    s.content = SnapshotCodec::write(m_project, journeyId);
    const Id id = s.id;
    m_undoStack.push(new ListEditCommand<Snapshot>(this,
                                                   tr("Take snapshot \"%1\"").arg(s.name), Id(),
                                                   int(m_project.snapshots.size()), s, true));
    return id;
}

bool Document::renameSnapshot(const Id &snapshotId, const QString &name)
{
    if (!editable()) return false;
    const int i = indexOfId(m_project.snapshots, snapshotId);
    if (i < 0) return refuse(tr("The snapshot does not exist."));
    if (!snapshotNameFree(name, snapshotId)) return false;
    Snapshot after = m_project.snapshots[i];
    if (after.name == name.trimmed()) return true;
    after.name = name.trimmed();
    m_undoStack.push(new ChangeValueCommand<Snapshot>(
        this, tr("Rename snapshot \"%1\"").arg(m_project.snapshots[i].name), Id(),
        m_project.snapshots[i], after, -1));
    return true;
}

bool Document::removeSnapshot(const Id &snapshotId)
{
    if (!editable()) return false;
    const int i = indexOfId(m_project.snapshots, snapshotId);
    if (i < 0) return refuse(tr("The snapshot does not exist."));
    m_undoStack.push(new ListEditCommand<Snapshot>(
        this, tr("Delete snapshot \"%1\"").arg(m_project.snapshots[i].name), Id(), i,
        m_project.snapshots[i], false));
    return true;
}

QList<Id> Document::restoreSnapshot(const Id &snapshotId, const Id &journeyId)
{
    if (!editable()) return {};
    const int si = indexOfId(m_project.snapshots, snapshotId);
    if (si < 0) {
        refuse(tr("The snapshot does not exist."));
        return {};
    }
    const Snapshot snap = m_project.snapshots[si];
    Project content;
    QString error;
    if (!SnapshotCodec::read(snap.content, &content, &error)) {
        refuse(tr("The snapshot \"%1\" cannot be read: %2.").arg(snap.name, error));
        return {};
    }
    content.journeys.removeIf(
        [&](const Journey &j) { return !journeyId.isNull() && j.id != journeyId; });
    if (content.journeys.isEmpty()) {
        refuse(tr("The snapshot \"%1\" holds no such journey.").arg(snap.name));
        return {};
    }

    auto cmd =
        std::make_unique<CompositeCommand>(this, tr("Restore snapshot \"%1\"").arg(snap.name));
    cmd->add(autoSnapshot(tr("Before restoring \"%1\"").arg(snap.name),
                          QStringLiteral("before-restore")));
    // New ids throughout; each copy remembers what it was, so a comparison matches them.
    QHash<Id, Id> fresh;
    auto renew = [&fresh](Id &id, Id &origin) {
        origin = id;
        const Id next = newId();
        fresh.insert(id, next);
        id = next;
    };
    QList<Id> added;
    int at = int(m_project.journeys.size());
    for (Journey j : std::as_const(content.journeys)) {
        Id journeyOrigin; // journeys keep no origin
        renew(j.id, journeyOrigin);
        j.name = tr("%1 (restored from \"%2\")").arg(j.name, snap.name);
        j.personaIds.removeIf([&](const Id &p) { return !m_project.persona(p); });
        for (Stage &s : j.stages)
            renew(s.id, s.origin);
        for (Lane &l : j.lanes)
            renew(l.id, l.origin);
        for (Card &c : j.cards) {
            renew(c.id, c.origin);
            c.stageId = fresh.value(c.stageId);
            c.laneId = fresh.value(c.laneId);
            // What was deleted since stays deleted: the card forgets it.
            if (!m_project.persona(c.personaId)) c.personaId = Id();
            if (m_project.imageIndex(c.imageId) < 0) c.imageId = Id();
            c = settleEvidence(c);
        }
        for (Card &c : j.cards) // what an opportunity addresses, among the copies
            for (Id &target : c.addresses)
                target = fresh.value(target, target);
        j.renewConnections(fresh);
        added.append(j.id);
        cmd->add(std::make_unique<ListEditCommand<Journey>>(this, QString(), Id(), at++,
                                                            std::move(j), true));
    }
    // The values come back on the copies: under the project's metric of the same id or key,
    // or under the snapshot's definition when the project no longer has the metric.
    QHash<Id, Id> metricOf;
    QList<Observation> values;
    int metricAt = int(m_project.metrics.size());
    for (Observation o : std::as_const(content.observations)) {
        if (!fresh.contains(o.targetId)) continue;
        if (!metricOf.contains(o.metricId)) {
            const int mi = indexOfId(content.metrics, o.metricId);
            if (mi < 0) continue;
            const MetricDefinition &m = content.metrics[mi];
            Id target;
            for (const MetricDefinition &own : m_project.metrics)
                if (own.id == m.id || (target.isNull() && own.key == m.key)) target = own.id;
            if (target.isNull()) {
                target = m.id;
                cmd->add(std::make_unique<ListEditCommand<MetricDefinition>>(
                    this, QString(), Id(), metricAt++, m, true));
            }
            metricOf.insert(o.metricId, target);
        }
        o.metricId = metricOf.value(o.metricId);
        o.targetId = fresh.value(o.targetId);
        o.importId = Id();
        values.append(o);
    }
    if (!values.isEmpty()) cmd->add(std::make_unique<AddObservationsCommand>(this, values));
    m_undoStack.push(cmd.release());
    return added;
}

} // namespace waymark
