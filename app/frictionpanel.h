// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changeset.h"

#include <QListWidget>
#include <QTimer>

namespace waymark {

class Document;
class MapView;

// The top friction points of the current journey, ranked and explained, and where the map
// and the data disagree. A click selects the card or stage and brings it into view.
class FrictionPanel : public QListWidget
{
    Q_OBJECT

public:
    FrictionPanel(MapView *view, QWidget *parent = nullptr);
    void setDocument(Document *document);
    // Ranks now; edits of the document schedule it for when they pause.
    void rebuild();
    bool isRebuildPending() const { return m_pending.isActive(); }
    // The period and segment to rank ("" = each value's latest period, everyone).
    void setScope(const QString &period, const QString &segment);

private:
    void show(QListWidgetItem *item);

    MapView *m_view;
    Document *m_document = nullptr;
    QString m_period, m_segment;
    QTimer m_pending;
};

} // namespace waymark
