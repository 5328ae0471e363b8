// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace waymark {

class Document;

// Above the map: the personas the current journey is about (photo, name, quote). Clicking
// one opens its editor; the Personas button links and unlinks them.
class PersonaStrip : public QWidget
{
    Q_OBJECT

public:
    explicit PersonaStrip(QWidget *parent = nullptr);
    void setDocument(Document *document);
    QToolButton *linkButton() const { return m_link; }
    // The chips in order, for tests and keyboard use.
    QList<QWidget *> chips() const;
    void setLinked(const Id &personaId, bool linked);

signals:
    void personaClicked(const waymark::Id &personaId);

private:
    void rebuild();

    Document *m_document = nullptr;
    QHBoxLayout *m_row;
    QToolButton *m_link;
    QList<QWidget *> m_chips;
};

} // namespace waymark
