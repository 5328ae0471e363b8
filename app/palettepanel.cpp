// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettepanel.h"

#include "render/icons.h"
#include "render/maprenderer.h"

#include <QEvent>
#include <QMimeData>
#include <QPainter>

namespace waymark {

namespace {
constexpr int EntryRole = Qt::UserRole + 1;

QIcon swatch(const QColor &fill, const std::function<void(QPainter *, const QRectF &)> &icon)
{
    QPixmap pm(QSize(40, 40));
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(fill.darker(130), 1.5));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(2, 2, 36, 36), 7, 7);
    icon(&p, QRectF(8, 8, 24, 24));
    return QIcon(pm);
}
} // namespace

PalettePanel::PalettePanel(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    setAccessibleName(tr("Card palette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(20, 20));
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QByteArray entry = item->data(EntryRole).toByteArray();
        if (!entry.isEmpty()) emit entryActivated(entry);
    });
    fill();
}

QString PalettePanel::mimeType()
{
    return QStringLiteral("application/x-waymark-palette");
}

void PalettePanel::fill()
{
    clear();
    auto section = [this](const QString &title) {
        auto *item = new QListWidgetItem(title, this);
        QFont f = font();
        f.setBold(true);
        item->setFont(f);
        item->setFlags(Qt::NoItemFlags);
    };
    const QColor ink(0x45, 0x4f, 0x5a);
    section(tr("Card types"));
    for (LaneKind kind : allLaneKinds()) {
        auto *item = new QListWidgetItem(
            swatch(MapRenderer::laneColour(kind),
                   [&](QPainter *p, const QRectF &r) { paintLaneIcon(p, kind, r, ink); }),
            displayName(kind), this);
        item->setData(EntryRole, QByteArray("kind:" + toKey(kind).toLatin1()));
        item->setToolTip(tr("Drag onto a cell to add a card of this type"));
    }
    section(tr("Channels"));
    for (Channel channel : allChannels()) {
        auto *item = new QListWidgetItem(
            swatch(MapRenderer::laneColour(LaneKind::Touchpoints),
                   [&](QPainter *p, const QRectF &r) { paintChannelIcon(p, channel, r, ink); }),
            displayName(channel), this);
        item->setData(EntryRole, QByteArray("channel:" + toKey(channel).toLatin1()));
        item->setToolTip(tr("Drag onto a cell to add a touchpoint in this channel"));
    }
}

QMimeData *PalettePanel::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty()) return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), items.first()->data(EntryRole).toByteArray());
    return mime;
}

Card PalettePanel::prototype(const Journey &journey, const QByteArray &entry, int *lane)
{
    Card card;
    const QString text = QString::fromLatin1(entry);
    const QString key = text.section(QLatin1Char(':'), 1);
    LaneKind kind;
    if (text.startsWith(QLatin1String("kind:")) && fromKey(key, &kind)) {
        const bool here =
            *lane >= 0 && *lane < journey.lanes.size() && journey.lanes[*lane].kind == kind;
        if (!here) {
            int first = -1;
            for (int l = 0; l < journey.lanes.size() && first < 0; ++l)
                if (journey.lanes[l].kind == kind) first = l;
            if (first >= 0)
                *lane = first;
            else
                card.colour = MapRenderer::laneColour(kind); // no such lane: keep its look
        }
        if (kind == LaneKind::Feelings) card.emotion = 0;
    }
    Channel channel;
    if (text.startsWith(QLatin1String("channel:")) && fromKey(key, &channel))
        card.channel = channel;
    return card;
}

void PalettePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) fill();
    QListWidget::changeEvent(event);
}

} // namespace waymark
