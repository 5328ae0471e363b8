// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI tests share: acting on a dialog that a modal exec() opens.
#pragma once

#include <functional>
#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QUrl>
#include <QTimer>
#include <QWidget>

namespace waymark::test {

// Drags the file `path` onto `window` and drops it there, as the desktop does: enter, then
// drop. Returns whether the window accepted the drag.
inline bool dropFile(QWidget *window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, {});
    enter.setAccepted(false);
    QApplication::sendEvent(window, &enter);
    QDropEvent dropped(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(window, &dropped);
    return enter.isAccepted();
}

// Runs `step` on the first visible top-level widget of type T once it is shown (a modal
// dialog runs its own event loop, in which this polls).
template <typename T> void whenShown(std::function<void(T *)> step)
{
    auto *poll = new QTimer(qApp); // gone once the dialog is found
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, step] {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<T *>(top); d && d->isVisible()) {
                poll->stop();
                poll->deleteLater();
                step(d);
                return;
            }
    });
    poll->start();
}

} // namespace waymark::test
