// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragedialog.h"

#include "analytics/coverage.h"
#include "document/document.h"
#include "io/coveragepage.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

// The coverage page at the widget's width, on white like the printed page.
class CoveragePageView : public QWidget
{
public:
    CoveragePageView(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
    {
        setObjectName(QStringLiteral("coveragePage"));
        setMinimumWidth(480);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override
    {
        const Journey *j = m_document->project().journey(m_document->currentJourneyId());
        if (!j) return 200;
        const double width = std::max(600.0, w - 24.0);
        return int(CoveragePage::heightFor(width, m_document->project(), *j) * (w - 24.0) / width) +
               20;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        const Journey *j = m_document->project().journey(m_document->currentJourneyId());
        if (!j) return;
        const QRectF area = QRectF(rect()).adjusted(12, 10, -12, -10);
        // At the widget's width (drawn at least 600 wide, scaled down below that); the
        // scroll area gives it the height it needs.
        const double width = std::max(600.0, area.width());
        const double height = CoveragePage::heightFor(width, m_document->project(), *j);
        const double s = area.width() / width;
        p.translate(area.left(), area.top());
        p.scale(s, s);
        CoveragePage::draw(&p, QRectF(0, 0, width, height), m_document->project(), *j);
    }

private:
    Document *m_document;
};

} // namespace

CoverageDialog::CoverageDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_page(new CoveragePageView(document, this)),
      m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("coverageDialog"));
    setWindowTitle(tr("Research Coverage"));
    m_list->setObjectName(QStringLiteral("assumptionList"));
    m_list->setAccessibleName(tr("Assumptions, most friction first"));
    m_list->setHeaderLabels({tr("Assumption"), tr("Stage"), tr("Lane"), tr("Friction")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_page);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(m_list);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({430, 150}); // the page first; the full list below
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item) m_document->setSelectedCards({item->data(0, Qt::UserRole).value<Id>()});
    });
    connect(document, &Document::changed, this, &CoverageDialog::rebuild);
    connect(document, &Document::currentJourneyChanged, this, &CoverageDialog::rebuild);
    resize(860, 640);
    rebuild();
}

void CoverageDialog::rebuild()
{
    m_list->clear();
    m_page->updateGeometry(); // lanes may have come or gone
    m_page->update();
    const Journey *j = m_document->project().journey(m_document->currentJourneyId());
    if (!j) return;
    setWindowTitle(tr("Research Coverage — %1").arg(j->name));
    const QLocale locale;
    for (const Assumption &a : Coverage::of(m_document->project(), *j).assumptions) {
        auto *item = new QTreeWidgetItem(
            m_list, {a.text.simplified(), j->stages[a.stage].name, j->lanes[a.lane].title,
                     a.friction > 0 ? locale.toString(a.friction, 'f', 1) : QString()});
        item->setData(0, Qt::UserRole, QVariant::fromValue(a.cardId));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 1; c < 4; ++c)
        m_list->resizeColumnToContents(c);
}

} // namespace waymark
