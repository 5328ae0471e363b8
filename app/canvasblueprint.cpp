// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas's service blueprint actions: the view, lane zones and arrows.
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvasactions.h"
#include "document/document.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>

namespace waymark {

void CanvasActions::createBlueprintActions(QWidget *window)
{
    blueprint = new QAction(tr("Show as Service &Blueprint"), this);
    blueprint->setObjectName(QStringLiteral("showAsBlueprint"));
    blueprint->setCheckable(true);
    blueprint->setStatusTip(tr("Group the lanes as physical evidence, customer actions, "
                               "frontstage, backstage and support processes, with the lines "
                               "of interaction, visibility and internal interaction"));
    connect(blueprint, &QAction::triggered, this, [this](bool on) {
        if (const Journey *j = journey()) report(m_document->setBlueprint(j->id, on));
    });
    connectCards = new QAction(tr("Connect with &Arrows"), this);
    connectCards->setObjectName(QStringLiteral("connectCards"));
    connectCards->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connectCards->setStatusTip(tr("Draw an arrow from each selected card to the next one "
                                  "selected (or Alt+drag from one card to another)"));
    connect(connectCards, &QAction::triggered, this, [this] {
        const Journey *j = journey();
        const QList<Id> sel = m_document->selectedCards();
        if (!j || sel.size() < 2) return;
        const Id journeyId = j->id;
        m_document->undoStack()->beginMacro(
            tr("Draw %n arrow(s)", nullptr, int(sel.size()) - 1));
        bool ok = true;
        for (int i = 0; ok && i + 1 < sel.size(); ++i)
            ok = !m_document->connectCards(journeyId, sel[i], sel[i + 1]).isNull();
        m_document->undoStack()->endMacro();
        report(ok);
    });
    editArrow = new QAction(tr("Arrow &Label..."), this);
    connect(editArrow, &QAction::triggered, this, [this] { editArrowLabel(selectedArrow()); });
    reverseArrow = new QAction(tr("&Reverse Arrow"), this);
    connect(reverseArrow, &QAction::triggered, this, [this] {
        const Journey *j = journey();
        const int i = j ? indexOfId(j->connections, selectedArrow()) : -1;
        if (i < 0) return;
        Connection c = j->connections[i];
        std::swap(c.from, c.to);
        report(m_document->changeConnection(j->id, c));
    });
    deleteArrow = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Arrow"),
                              this);
    connect(deleteArrow, &QAction::triggered, this, [this] {
        if (const Journey *j = journey())
            report(m_document->removeConnections(j->id, {selectedArrow()}));
    });
    laneZoneMenu = new QMenu(tr("Blueprint &Zone"), window);
    connect(laneZoneMenu, &QMenu::aboutToShow, this, [this] {
        laneZoneMenu->clear();
        const Journey *j = journey();
        const int l = targetLane();
        if (!j || l < 0 || l >= j->lanes.size()) return;
        auto *group = new QActionGroup(laneZoneMenu);
        const Lane lane = j->lanes[l];
        for (BlueprintZone zone : allBlueprintZones()) {
            QAction *a = laneZoneMenu->addAction(displayName(zone));
            a->setCheckable(true);
            a->setChecked(zoneOf(lane) == zone);
            a->setEnabled(!m_document->isReadOnly());
            group->addAction(a);
            const Id journeyId = j->id;
            connect(a, &QAction::triggered, this, [this, journeyId, lane, zone] {
                Lane changed = lane;
                changed.zone = zone;
                report(m_document->changeLane(journeyId, changed));
            });
        }
    });
}

Id CanvasActions::selectedArrow() const
{
    return m_view->mapScene()->selectedConnection();
}

void CanvasActions::updateBlueprintActions(const Journey *j, bool writable, int lane)
{
    blueprint->setEnabled(writable);
    blueprint->setChecked(j && j->blueprint);
    connectCards->setEnabled(writable && m_document->selectedCards().size() >= 2);
    const bool arrow = writable && !selectedArrow().isNull();
    for (QAction *a : {editArrow, reverseArrow, deleteArrow})
        a->setEnabled(arrow);
    laneZoneMenu->setEnabled(j && lane >= 0);
}

void CanvasActions::editArrowLabel(const Id &connectionId)
{
    const Journey *j = journey();
    const int i = j ? indexOfId(j->connections, connectionId) : -1;
    if (i < 0 || m_document->isReadOnly()) return;
    Connection c = j->connections[i];
    bool ok = false;
    const QString label = QInputDialog::getText(m_window, tr("Arrow Label"), tr("&Label:"),
                                                QLineEdit::Normal, c.label, &ok);
    if (!ok) return;
    c.label = label;
    report(m_document->changeConnection(j->id, c));
}

} // namespace waymark
