// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowpanel.h"

#include "document/document.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark {

// Draws the flow and turns clicks on its boxes into node indexes.
class FlowCanvas : public QWidget
{
public:
    explicit FlowCanvas(FlowPanel *panel) : QWidget(panel), m_panel(panel)
    {
        setMinimumSize(160, 200);
        setMouseTracking(true);
    }
    QList<QRectF> rects;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        if (!m_panel->flow()) return;
        drawFlow(&p, QRectF(rect()).adjusted(8, 8, -8, -8), *m_panel->flow(),
                 m_panel->highlighted(), &rects);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        for (qsizetype i = 0; i < rects.size(); ++i)
            if (rects[i].contains(event->position())) {
                m_panel->selectNode(int(i));
                return;
            }
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        bool over = false;
        for (const QRectF &r : std::as_const(rects))
            over = over || r.contains(event->position());
        setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }

private:
    FlowPanel *m_panel;
};

FlowPanel::FlowPanel(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_canvas(new FlowCanvas(this)),
      m_save(new QPushButton(tr("&Save as PNG or SVG..."), this))
{
    setObjectName(QStringLiteral("flowPanel"));
    m_caption->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("flowCaption"));
    m_canvas->setObjectName(QStringLiteral("flowCanvas"));
    m_canvas->setAccessibleName(tr("Flow of the event log"));
    m_save->setObjectName(QStringLiteral("saveFlow"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    // Beside the map the flow runs top to bottom and scrolls.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &FlowPanel::saveAs);
    rebuild();
}

void FlowPanel::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeSet &c) {
            if (!c.imports.isEmpty() || !c.cards.isEmpty()) rebuild();
        });
        connect(document, &Document::currentJourneyChanged, this, &FlowPanel::rebuild);
        connect(document, &Document::selectionChanged, this, &FlowPanel::followSelection);
    }
    rebuild();
}

void FlowPanel::rebuild()
{
    m_flow.reset();
    if (m_document)
        m_flow = FlowGraph::latest(m_document->project(), m_document->currentJourneyId());
    m_save->setEnabled(m_flow.has_value());
    // Room for each step (two boxes) when the flow runs down the panel.
    m_canvas->setMinimumHeight(m_flow ? int(m_flow->nodes.size() + 1) / 2 * 80 + 20 : 100);
    m_canvas->rects.clear();
    if (m_flow)
        m_caption->setText(tr("From %1: %2 cases, %3 events. Arrows as wide as the transitions "
                              "are frequent; exits in red. Click a box to select its cards.")
                               .arg(m_flow->source, QLocale().toString(m_flow->cases),
                                    QLocale().toString(m_flow->events)));
    else
        m_caption->setText(tr("No event log on this journey yet: File > Import Event Log... "
                              "shows here how customers move between the touchpoints."));
    followSelection();
    m_canvas->update();
}

void FlowPanel::followSelection()
{
    m_highlight = -1;
    if (m_flow && m_document)
        if (const Journey *j = m_document->project().journey(m_document->currentJourneyId()))
            for (const Id &id : m_document->selectedCards())
                if (const Card *c = j->card(id); c && m_highlight < 0)
                    m_highlight = m_flow->nodeOf(*c);
    m_canvas->update();
}

QRect FlowPanel::nodeRect(int node) const
{
    if (node < 0 || node >= m_canvas->rects.size()) return {};
    return m_canvas->rects[node].toAlignedRect().translated(m_canvas->mapTo(this, QPoint()));
}

void FlowPanel::selectNode(int node)
{
    if (!m_flow || !m_document) return;
    const Journey *j = m_document->project().journey(m_document->currentJourneyId());
    if (!j) return;
    QList<Id> cards;
    for (const Card &c : j->cards)
        if (m_flow->nodeOf(c) == node) cards.append(c.id);
    m_highlight = node;
    if (!cards.isEmpty()) m_document->setSelectedCards(cards);
    m_canvas->update();
}

bool FlowPanel::save(const QString &path, QString *error) const
{
    if (!m_flow) return false;
    return saveFlow(*m_flow, path, QSize(1200, 700), error);
}

void FlowPanel::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Flow"), tr("flow.png"), tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty()) return;
    QString error;
    if (!save(path, &error))
        QMessageBox::warning(this, tr("Save Flow"), tr("%1: %2").arg(path, error));
}

} // namespace waymark
