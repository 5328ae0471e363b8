// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QObject>

class QAction;
class QMenu;
class QMimeData;

namespace waymark {

class Document;
class MapView;

// The canvas's commands as actions (menus, toolbar, context menus, shortcuts), kept out of
// the main window and the view.
class CanvasActions : public QObject
{
    Q_OBJECT

public:
    CanvasActions(MapView *view, QWidget *window);
    void setDocument(Document *document);

    QAction *cut, *copy, *paste, *duplicate, *remove, *selectAll, *edit, *addCard;
    QAction *addStage, *renameStage, *recolourStage, *momentOfTruth, *moveStageLeft,
        *moveStageRight, *deleteStage;
    QAction *renameLane, *laneHint, *recolourLane, *moveLaneUp, *moveLaneDown, *deleteLane;
    QMenu *addLaneMenu;
    // Service blueprints: the journey shown as one, a lane's zone, arrows between cards
    // (from each selected card to the next, in the order they were selected), and the
    // clicked arrow's label, direction and removal.
    QAction *blueprint, *connectCards, *editArrow, *reverseArrow, *deleteArrow;
    QMenu *laneZoneMenu;
    void editArrowLabel(const Id &connectionId);
    // Linked journeys: open the selected card's journey (Alt+Down), and back (Alt+Up) along
    // the trail of journeys opened so.
    QAction *openLinked, *back;
    void openLinkedJourney();
    void goBack();
    // The journeys opened through links, oldest first (the breadcrumb).
    const QList<Id> &trail() const { return m_trail; }

    void copySelection();
    void cutSelection();
    bool pasteClipboard();
    // A picture from the clipboard onto the selected cards, or as a new card in the cell.
    bool pastePicture(const QMimeData *mime, int stage, int lane, int index);
    void duplicateSelection();
    void deleteSelection();

    void insertStage(int index);
    void insertLane(int index, LaneKind kind);
    void removeStage(int stage);
    void removeLane(int lane);
    void recolour(bool stage, int index);
    // Asks for the lane's one-line hint (what goes in it).
    void editLaneHint(int lane);
    void populateStageMenu(QMenu *menu) const;
    void populateLaneMenu(QMenu *menu) const;
    // The context menu for what is at a place on the canvas.
    void fillContextMenu(QMenu *menu, const Id &card, int stageHeader, int laneHeader,
                         const Id &arrow = {});

    void updateEnabled();
    QString lastMessage() const { return m_message; }

signals:
    void message(const QString &text);
    void trailChanged();

private:
    const Journey *journey() const;
    // The journey the selected card opens, when there is one.
    Id linkedOfSelection() const;
    QList<Id> m_trail;
    bool m_following = false; // a journey change of our own keeps the trail
    int targetStage() const;
    int targetLane() const;
    void fillAddLaneMenu(QMenu *menu, int index);
    void createBlueprintActions(QWidget *window);
    void updateBlueprintActions(const Journey *j, bool writable, int lane);
    Id selectedArrow() const;
    void report(bool ok);

    MapView *m_view;
    QWidget *m_window;
    Document *m_document = nullptr;
    QString m_message;
    // A header picked from a context menu; -1 means "the current cell's".
    int m_menuStage = -1, m_menuLane = -1;
};

} // namespace waymark
