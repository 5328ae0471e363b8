// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixdialog.h"

#include "analytics/opportunity.h"
#include "document/document.h"
#include "render/matrixchart.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

// The plot, drawn by MatrixChart with the same geometry the mouse is read with.
class MatrixPlot : public QWidget
{
public:
    MatrixPlot(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
    {
        setObjectName(QStringLiteral("matrixPlot"));
        setMinimumSize(320, 320);
        setMouseTracking(true);
    }
    MatrixChart::Geometry geometry() const
    {
        return MatrixChart::geometry(QRectF(rect()).adjusted(6, 6, -6, -6));
    }
    // Worked out once per change of the document (it ranks friction), not per paint or
    // mouse move.
    const OpportunityMatrix &matrix() const
    {
        if (!m_matrix) {
            const Journey *j = journey();
            m_matrix = j ? OpportunityMatrix::of(m_document->project(), *j) : OpportunityMatrix();
        }
        return *m_matrix;
    }
    void invalidate()
    {
        m_matrix.reset();
        update();
    }
    const Journey *journey() const
    {
        return m_document->project().journey(m_document->currentJourneyId());
    }
    // The ranked opportunity whose dot is under `pos` (the topmost), or -1.
    int dotAt(const QPointF &pos) const
    {
        const MatrixChart::Geometry g = geometry();
        const QList<QPointF> centres = MatrixChart::dotCentres(g, matrix());
        for (qsizetype i = centres.size() - 1; i >= 0; --i)
            if (QLineF(centres[i], pos).length() <= MatrixChart::dotRadius(g)) return int(i);
        return -1;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        const QList<Id> selected = m_document->selectedCards();
        MatrixChart::paintPlot(&p, geometry(), matrix(), m_document->project().info.language,
                               selected.size() == 1 ? selected.first() : Id(), m_moving, m_at);
    }
    void mousePressEvent(QMouseEvent *e) override
    {
        const int i = e->button() == Qt::LeftButton ? dotAt(e->position()) : -1;
        if (i < 0) return;
        const OpportunityRow &row = matrix().ranked[i];
        m_moving = row.cardId;
        m_at = e->position();
        m_document->setSelectedCards({row.cardId});
        update();
    }
    void mouseMoveEvent(QMouseEvent *e) override
    {
        if (m_moving.isNull()) {
            setCursor(dotAt(e->position()) >= 0 ? Qt::OpenHandCursor : Qt::ArrowCursor);
            return;
        }
        m_at = e->position();
        update();
    }
    void mouseReleaseEvent(QMouseEvent *e) override
    {
        if (m_moving.isNull()) return;
        const Id card = std::exchange(m_moving, Id());
        const OpportunityMatrix m = matrix(); // a copy: scoring below changes the document
        for (const OpportunityRow &row : m.ranked)
            if (row.cardId == card) {
                // Exactly what the moving dot showed.
                const auto [effort, value] = geometry().scoresAt(e->position());
                const MatrixChart::Scores s = MatrixChart::rescored(row, effort, value);
                if (s.customer != *row.customer || s.business != *row.business ||
                    s.effort != *row.effort)
                    m_document->scoreOpportunity(m_document->currentJourneyId(), card,
                                                 s.customer, s.business, s.effort);
            }
        update();
    }

private:
    Document *m_document;
    mutable std::optional<OpportunityMatrix> m_matrix;
    Id m_moving;
    QPointF m_at;
};

MatrixDialog::MatrixDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_plot(new MatrixPlot(document, this)),
      m_formula(new QComboBox(this)), m_formulaError(new QLabel(this)),
      m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("matrixDialog"));
    m_formula->setObjectName(QStringLiteral("priorityFormula"));
    m_formula->setEditable(true);
    m_formula->addItems(PriorityFormula::presets());
    m_formula->setToolTip(tr("Priority from customer, business, effort, value (the mean of the "
                             "two values) and friction (what the opportunity addresses), with "
                             "+ - * / and brackets"));
    m_formula->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_formulaError->setObjectName(QStringLiteral("formulaError"));
    m_formulaError->setWordWrap(true);
    m_formulaError->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *apply = new QPushButton(tr("&Apply"), this);
    apply->setObjectName(QStringLiteral("applyFormula"));
    auto *formulaLabel = new QLabel(tr("&Priority ="), this);
    formulaLabel->setBuddy(m_formula);
    auto *formulaRow = new QHBoxLayout;
    formulaRow->addWidget(formulaLabel);
    formulaRow->addWidget(m_formula, 1);
    formulaRow->addWidget(apply);
    m_list->setObjectName(QStringLiteral("opportunityRanking"));
    m_list->setAccessibleName(tr("Opportunities by priority"));
    m_list->setHeaderLabels({tr("#"), tr("Opportunity"), tr("Priority"), tr("Quadrant"),
                             tr("Customer"), tr("Business"), tr("Effort"), tr("Friction")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_plot);
    split->addWidget(m_list);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportMatrix"));
    auto *hint = new QLabel(tr("Drag a dot to change its scores: up and down the value (both "
                               "values move together), left and right the effort. Opportunities "
                               "not scored yet get their scores in Properties."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(formulaRow);
    layout->addWidget(m_formulaError);
    layout->addWidget(split, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(apply, &QPushButton::clicked, this, &MatrixDialog::applyFormula);
    connect(m_formula->lineEdit(), &QLineEdit::returnPressed, this, &MatrixDialog::applyFormula);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Opportunity Matrix"), QString(),
            tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF page (*.pdf);;Excel workbook "
               "(*.xlsx)"));
        if (!path.isEmpty()) exportTo(path);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item) m_document->setSelectedCards({item->data(0, Qt::UserRole).value<Id>()});
    });
    connect(document, &Document::changed, this, &MatrixDialog::rebuild);
    connect(document, &Document::currentJourneyChanged, this, &MatrixDialog::rebuild);
    connect(document, &Document::selectionChanged, m_plot, qOverload<>(&QWidget::update));
    resize(980, 560);
    rebuild();
}

QWidget *MatrixDialog::plot() const
{
    return m_plot;
}

bool MatrixDialog::applyFormula()
{
    if (!m_document->setPriorityFormula(m_formula->currentText())) {
        m_formulaError->setText(m_document->refusalReason());
        m_formulaError->show();
        return false;
    }
    m_formulaError->hide();
    return true;
}

bool MatrixDialog::exportTo(const QString &path)
{
    const Journey *j = m_document->project().journey(m_document->currentJourneyId());
    QString error;
    if (!j || !MatrixChart::write(m_document->project(), *j, path, &error)) {
        QMessageBox::warning(this, tr("Export Opportunity Matrix"),
                             tr("\"%1\" could not be written: %2").arg(path, error));
        return false;
    }
    return true;
}

void MatrixDialog::rebuild()
{
    m_plot->invalidate();
    const Id keep = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).value<Id>()
                                          : Id();
    const QSignalBlocker block(m_list);
    m_list->clear();
    const Journey *j = m_document->project().journey(m_document->currentJourneyId());
    if (!j) return;
    setWindowTitle(tr("Opportunity Matrix — %1").arg(j->name));
    const OpportunityMatrix &m = m_plot->matrix(); // the plot's, worked out once
    if (!m_formula->lineEdit()->hasFocus()) m_formula->setEditText(m.formula.text());
    m_formulaError->setText(m.formulaError.isEmpty()
                                ? QString()
                                : tr("The project's formula cannot be used (%1); ranked by the "
                                     "standard one.")
                                      .arg(m.formulaError));
    m_formulaError->setVisible(!m.formulaError.isEmpty());
    const QLocale locale;
    const auto num = [&](const std::optional<double> &v) {
        return v ? locale.toString(*v, 'g', 3) : QString();
    };
    int rank = 0;
    auto add = [&](const OpportunityRow &r, bool ranked) {
        auto *item = new QTreeWidgetItem(
            m_list, {ranked ? QString::number(++rank) : QString(), r.text.simplified(),
                     ranked && r.priority ? locale.toString(*r.priority, 'f', 2) : QString(),
                     ranked ? displayName(r.quadrant()) : tr("not scored"), num(r.customer),
                     num(r.business), num(r.effort),
                     r.friction > 0 ? locale.toString(r.friction, 'f', 1) : QString()});
        item->setData(0, Qt::UserRole, QVariant::fromValue(r.cardId));
        item->setToolTip(1, r.addresses.isEmpty()
                                ? r.text
                                : tr("%1\nAddresses: %2").arg(r.text, r.addresses.join(QStringLiteral("; "))));
        for (int c : {0, 2, 4, 5, 6, 7})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (r.cardId == keep) m_list->setCurrentItem(item);
    };
    for (const OpportunityRow &r : m.ranked)
        add(r, true);
    for (const OpportunityRow &r : m.unscored)
        add(r, false);
    for (int c : {0, 2, 3, 4, 5, 6, 7})
        m_list->resizeColumnToContents(c);
}

} // namespace waymark
