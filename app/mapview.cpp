// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "document/document.h"
#include "render/maprenderer.h"

#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace waymark {

class MapView::Canvas : public QWidget
{
public:
    explicit Canvas(MapView *view) : QWidget(view), m_view(view)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setAccessibleName(MapView::tr("Journey map"));
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter p(this);
        p.fillRect(event->rect(), palette().base());
        const Document *doc = m_view->m_document;
        const Journey *journey = doc ? doc->project().journey(doc->currentJourneyId()) : nullptr;
        if (!journey) return;
        p.translate(Margin, Margin);
        p.scale(m_view->m_zoom, m_view->m_zoom);
        RenderOptions options;
        options.exposed = QRectF(event->rect()).translated(-Margin, -Margin);
        options.exposed = QRectF(options.exposed.topLeft() / m_view->m_zoom,
                                 options.exposed.size() / m_view->m_zoom);
        options.levelOfDetail = m_view->m_zoom;
        MapRenderer(doc->project(), *journey, m_view->m_layout).paint(&p, options);
    }

public:
    static constexpr int Margin = 16;

private:
    MapView *m_view;
};

MapView::MapView(QWidget *parent) : QScrollArea(parent), m_canvas(new Canvas(this))
{
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setAccessibleName(tr("Map view"));
}

void MapView::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, &MapView::relayout);
        connect(document, &Document::currentJourneyChanged, this, &MapView::relayout);
    }
    relayout();
}

void MapView::relayout()
{
    const Journey *journey =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    m_layout = journey ? MapLayout::compute(*journey) : MapLayout();
    const QSizeF size = m_layout.bounds.size() * m_zoom;
    m_canvas->resize(int(size.width()) + 2 * Canvas::Margin,
                     int(size.height()) + 2 * Canvas::Margin);
    m_canvas->update();
}

void MapView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, 0.1, 4.0);
    if (qFuzzyCompare(zoom, m_zoom)) return;
    m_zoom = zoom;
    relayout();
    emit zoomChanged(m_zoom);
}

void MapView::fitMap()
{
    if (m_layout.bounds.isEmpty()) return;
    const QSizeF room = viewport()->size() - QSizeF(2 * Canvas::Margin, 2 * Canvas::Margin);
    setZoom(
        std::min(room.width() / m_layout.bounds.width(), room.height() / m_layout.bounds.height()));
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

} // namespace waymark
