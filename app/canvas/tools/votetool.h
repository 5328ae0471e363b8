// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maptool.h"

#include <QString>

namespace waymark {

// The facilitator votes on the map: a click on a card of the open round gives it one of the
// facilitator's dots, Shift+click takes one back. Other cards and empty space do nothing.
class VoteTool : public MapTool
{
public:
    VoteTool(MapView *view, const QString &voter) : MapTool(view), m_voter(voter) {}
    bool mousePressed(QMouseEvent *event) override;
    bool mouseMoved(QMouseEvent *event) override;
    bool mouseReleased(QMouseEvent *) override { return true; }
    // Why the last click gave no dot (empty when it did).
    QString refusal() const { return m_refusal; }

private:
    Id cardAt(const QPoint &viewportPos) const;

    QString m_voter;
    QString m_refusal;
};

} // namespace waymark
