// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QDialog>

class QTreeWidget;

namespace waymark {

class Document;

// Journey > Research Coverage: the current journey's stages and lanes shaded by how much of
// them rests on evidence, drawn exactly as the PDF page draws it, and every assumption ranked
// by the friction attached to it; choosing one selects its card on the map. Follows the
// document while it is open.
class CoverageDialog : public QDialog
{
    Q_OBJECT

public:
    CoverageDialog(Document *document, QWidget *parent = nullptr);
    QTreeWidget *assumptions() const { return m_list; }
    QWidget *page() const { return m_page; }
    void rebuild();

private:
    Document *m_document;
    QWidget *m_page;
    QTreeWidget *m_list;
};

} // namespace waymark
