// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace waymark {

class Document;
class MapView;

// Find (Ctrl+F) highlights the cards whose text, notes, tags or touchpoint key match and
// steps through them; the filters dim every card that does not match them all.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    FindBar(MapView *view, QWidget *parent = nullptr);
    void setDocument(Document *document);
    void activate(); // show and focus the search field
    void findNext();
    void findPrevious();
    void closeBar(); // clears the search and the filters

    QLineEdit *searchField() const { return m_search; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *channelFilter() const { return m_channel; }
    QComboBox *personaFilter() const { return m_persona; }
    QComboBox *evidenceFilter() const { return m_evidence; }
    const QList<Id> &matches() const { return m_matches; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void update();
    void fillFilters();
    void step(int delta);
    bool passesFilters(const Card &card) const;

    MapView *m_view;
    Document *m_document = nullptr;
    QLineEdit *m_search;
    QLabel *m_count;
    QToolButton *m_previous, *m_next, *m_close;
    QComboBox *m_tag, *m_channel, *m_persona, *m_evidence;
    QList<Id> m_matches;
    int m_current = -1;
};

} // namespace waymark
