// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/maplayout.h"

#include <QScrollArea>

namespace waymark {

class Document;

// A read-only view of the current journey's map, painted by core/render. The editing
// canvas replaces it; until then it shows the file as it is, with zoom.
class MapView : public QScrollArea
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    void setDocument(Document *document);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn() { setZoom(m_zoom * 1.25); }
    void zoomOut() { setZoom(m_zoom / 1.25); }
    void fitMap();

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void relayout();
    class Canvas;
    Canvas *m_canvas;
    Document *m_document = nullptr;
    MapLayout m_layout;
    double m_zoom = 1.0;
};

} // namespace waymark
