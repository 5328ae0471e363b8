// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QListWidget>

namespace waymark {

// Card types to drag onto the canvas: one entry per lane kind and per channel. Enter or a
// double-click adds the card to the canvas's current cell instead (keyboard use).
class PalettePanel : public QListWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(QWidget *parent = nullptr);
    static QString mimeType(); // application/x-waymark-palette
    // The card an entry stands for. A card type dropped on a lane of another kind goes to
    // the journey's first lane of its kind, if there is one: `lane` is updated.
    static Card prototype(const Journey &journey, const QByteArray &entry, int *lane);

signals:
    void entryActivated(const QByteArray &entry);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override { return {mimeType()}; }
    void changeEvent(QEvent *event) override;

private:
    void fill();
};

} // namespace waymark
