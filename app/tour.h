// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <QSet>

#include "model/types.h"

class QLabel;
class QPushButton;

namespace waymark {

class Document;
class MainWindow;

// Help > Tour of the Canvas (and Take the Tour on the start page): six steps, each a bubble
// beside the part of the window it is about, outlined: add a card, move it, draw a feeling,
// import data, export, start a workshop. A step is done when the user has done it (the tour
// watches the project, the exports and the workshop) and the next one follows; Next goes on
// without doing it, Back returns, Skip Tour or Escape ends it at any step. Without a project
// it opens the sample first.
class Tour : public QFrame
{
    Q_OBJECT

public:
    explicit Tour(MainWindow *window);
    enum Step { AddCard, MoveCard, DrawFeeling, ImportData, Export, Workshop, Finished, StepCount };
    void start();
    void skip();
    bool isRunning() const { return isVisible(); }
    int step() const { return m_step; }
    // The part of the window the current step points at, in the window's coordinates.
    QRect targetRect() const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *exampleDataButton() const { return m_example; }
    QLabel *textLabel() const { return m_text; }
    // Example metric values for the stages of the current journey, as a CSV file to import.
    static QString writeExampleData(const Document &document, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void show(int step);
    void place();
    void watch();
    void checkDone();
    void done();
    QWidget *targetWidget(QRect *rect) const;

    MainWindow *m_window;
    QWidget *m_highlight;
    QLabel *m_counter, *m_title, *m_text;
    QPushButton *m_back, *m_next, *m_skip, *m_example;
    int m_step = AddCard;
    bool m_stepDone = false;
    QPointer<Document> m_document;
    // What the project looked like when the step began.
    int m_cardCount = 0, m_observationCount = 0;
    QHash<Id, QPair<Id, Id>> m_cells;      // card -> (stage, lane)
    QHash<Id, int> m_feelings;             // feeling card -> emotion
};

} // namespace waymark
