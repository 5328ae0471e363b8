// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace waymark {

class Document;
class MatrixPlot;

// Journey > Opportunity Matrix: the current journey's scored opportunities as dots on value
// against effort, in quadrants; drag a dot to re-score it (one undo step; the dot is drawn
// where its new scores put it while it moves). Beside it the ranked list with the friction
// each addresses; the priority formula can be chosen or written. Export writes the matrix as
// PNG, SVG, PDF or XLSX. Choosing an opportunity selects its card on the map.
class MatrixDialog : public QDialog
{
    Q_OBJECT

public:
    MatrixDialog(Document *document, QWidget *parent = nullptr);
    QTreeWidget *ranking() const { return m_list; }
    QWidget *plot() const;
    QComboBox *formula() const { return m_formula; }
    // Applies the formula box (refused formulas are said in the dialog).
    bool applyFormula();
    bool exportTo(const QString &path);
    void rebuild();

private:
    Document *m_document;
    MatrixPlot *m_plot;
    QComboBox *m_formula;
    QLabel *m_formulaError;
    QTreeWidget *m_list;
};

} // namespace waymark
