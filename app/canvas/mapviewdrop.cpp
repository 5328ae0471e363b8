// SPDX-License-Identifier: GPL-3.0-or-later
// Drops onto the canvas: card types from the palette, cards and pictures from other programs.
#include "canvasactions.h"
#include "document/cardclipboard.h"
#include "document/document.h"
#include "inlineeditor.h"
#include "io/imageimport.h"
#include "mapitems.h"
#include "mapscene.h"
#include "mapview.h"
#include "palettepanel.h"
#include "tools/selecttool.h"
#include <QFileInfo>
#include <QGestureEvent>
#include <QGraphicsRectItem>
#include <QMenu>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWindow>

namespace waymark {

namespace {
// A picture file or picture data: it goes onto the card under the pointer, or becomes a card.
QString pictureFile(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() &&
            (suffix == u"png" || suffix == u"jpg" || suffix == u"jpeg" || suffix == u"webp"))
            return url.toLocalFile();
    }
    return {};
}
bool carriesPicture(const QMimeData *mime)
{
    return !pictureFile(mime).isEmpty() || (mime->hasImage() && !mime->hasUrls());
}
} // namespace

void MapView::dropPicture(const QMimeData *mime, const QPoint &viewportPos)
{
    const Journey *j = m_scene->journey();
    QString error;
    const QString file = pictureFile(mime);
    const auto image = !file.isEmpty()
                           ? ImageImport::fromFile(file, &error, ImageImport::cardPicture())
                           : ImageImport::fromImage(qvariant_cast<QImage>(mime->imageData()),
                                                    &error, ImageImport::cardPicture());
    if (!image) {
        emit message(tr("The picture cannot be used: %1").arg(error));
        return;
    }
    if (const Id card = cardAt(viewportPos); !card.isNull()) {
        if (!m_document->setCardPicture(m_journeyId, {card}, image))
            emit message(m_document->refusalReason());
        else
            m_document->setSelectedCards({card});
        return;
    }
    // Not on a card: a new card with the picture where it was dropped.
    const CellDrop drop = dropTarget(mapToScene(viewportPos), {});
    if (drop.stage < 0) return;
    Card card;
    card.text = file.isEmpty() ? tr("Picture") : QFileInfo(file).completeBaseName();
    card.imageId = image->id;
    if (!m_document->addCardsWithImages(
            m_journeyId, {card}, {*image},
            {j->stages[drop.stage].id, j->lanes[drop.lane].id, drop.index}))
        emit message(m_document->refusalReason());
}

Id MapView::cardAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos))
        if (item->type() == CardItem::Type) return static_cast<CardItem *>(item)->id();
    return {};
}

void MapView::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (m_document && !m_document->isReadOnly() && m_scene->journey() &&
        (mime->hasFormat(PalettePanel::mimeType()) || (mime->hasText() && !mime->hasUrls()) ||
         carriesPicture(mime))) {
        event->acceptProposedAction();
        return;
    }
    event->ignore(); // projects and tables go to the window
}

void MapView::dragMoveEvent(QDragMoveEvent *event)
{
    const QMimeData *mime = event->mimeData();
    // A picture over a card: the card is outlined, it takes the picture.
    if (carriesPicture(mime))
        if (const CardItem *card = m_scene->cardItem(cardAt(event->position().toPoint()))) {
            showDropIndicator(card->sceneCardRect().adjusted(-3, -3, 3, 3), true);
            event->acceptProposedAction();
            return;
        }
    const CellDrop drop = paletteDrop(mime, mapToScene(event->position().toPoint()));
    if (drop.stage < 0) {
        m_indicator->hide();
        event->ignore();
        return;
    }
    showDropIndicator(dropIndicatorRect(drop, {}));
    event->acceptProposedAction();
}

MapView::CellDrop MapView::paletteDrop(const QMimeData *mime, const QPointF &scenePos) const
{
    CellDrop drop = dropTarget(scenePos, {});
    const Journey *j = m_scene->journey();
    if (drop.stage < 0 || !j || !mime->hasFormat(PalettePanel::mimeType())) return drop;
    // A card type goes to its own lane in the stage under the pointer (a pain point belongs
    // in the pain points): the drop bar shows that cell, at its end.
    int lane = drop.lane;
    PalettePanel::prototype(*j, mime->data(PalettePanel::mimeType()), &lane);
    if (lane != drop.lane) {
        drop.lane = lane;
        drop.index = j->cellSize(j->stages[drop.stage].id, j->lanes[lane].id);
    }
    return drop;
}

void MapView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_indicator->hide();
}

void MapView::dropEvent(QDropEvent *event)
{
    m_indicator->hide();
    const QMimeData *mime = event->mimeData();
    const Journey *j = m_scene->journey();
    if (!j) return;
    if (carriesPicture(mime)) {
        event->acceptProposedAction();
        dropPicture(mime, event->position().toPoint());
        return;
    }
    const CellDrop drop = paletteDrop(mime, mapToScene(event->position().toPoint()));
    if (drop.stage < 0) return;
    event->acceptProposedAction();
    if (mime->hasFormat(PalettePanel::mimeType())) {
        int lane = drop.lane;
        Card prototype = PalettePanel::prototype(*j, mime->data(PalettePanel::mimeType()), &lane);
        // A feeling dropped on the curve takes the height it was dropped at.
        const QPointF scenePos = mapToScene(event->position().toPoint());
        if (j->lanes[drop.lane].kind == LaneKind::Feelings &&
            m_scene->mapLayout().laneAt(scenePos.y()) == drop.lane)
            prototype.emotion = m_scene->mapLayout().emotionScoreAt(drop.lane, scenePos.y());
        activateWindow();
        setFocus(Qt::OtherFocusReason);
        addCardInCell(drop.stage, drop.lane, prototype, drop.index);
        return;
    }
    const QList<Card> cards = CardClipboard::fromPlainText(mime->text());
    if (!cards.isEmpty())
        m_document->addCards(m_journeyId, cards,
                             {j->stages[drop.stage].id, j->lanes[drop.lane].id, drop.index});
}

} // namespace waymark
