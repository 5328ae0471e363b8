// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/flow.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace waymark {

class Document;
class FlowCanvas;

// The Flow panel: the main flow of the event log imported onto the current journey (boxes in
// their typical order, arrows as wide as they are frequent, exits in red). A click on a box
// selects its cards on the map; selecting a card marks its box. Saves as PNG or SVG.
class FlowPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FlowPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void rebuild();
    const std::optional<FlowGraph> &flow() const { return m_flow; }
    int highlighted() const { return m_highlight; }
    // Where a node is drawn, in the panel's coordinates (empty: not drawn).
    QRect nodeRect(int node) const;
    bool save(const QString &path, QString *error) const;
    // A click on a node: its cards on the current journey become the selection.
    void selectNode(int node);

private:
    void followSelection();
    void saveAs();

    Document *m_document = nullptr;
    std::optional<FlowGraph> m_flow;
    int m_highlight = -1;
    QLabel *m_caption;
    FlowCanvas *m_canvas;
    QPushButton *m_save;
};

} // namespace waymark
