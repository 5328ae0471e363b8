// SPDX-License-Identifier: GPL-3.0-or-later
#include "frictionpanel.h"

#include "analytics/friction.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "metricdialog.h"
#include "render/maprenderer.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScopeGuard>

namespace waymark {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
constexpr int MetricRole = Qt::UserRole + 3; // a metric the ranking left out
constexpr int Shown = 10;

// The map's disc for a rank: the panel and the map point at the same places.
QIcon rankIcon(int rank, bool marked)
{
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0}) {
        QPixmap pixmap(QSize(22, 22) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        MapRenderer::paintFrictionMark(&p, QPointF(11, 11), 10, rank, marked);
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

FrictionPanel::FrictionPanel(MapView *view, QWidget *parent) : QListWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("frictionPanel"));
    setAccessibleName(tr("Friction points"));
    setWordWrap(true);
    setSpacing(3);
    setAlternatingRowColors(true);
    setIconSize(QSize(22, 22));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const Id metric = item->data(MetricRole).value<Id>();
        if (metric.isNull()) return show(item);
        if (m_document && !m_document->isReadOnly()) {
            MetricDialog dialog(m_document, metric, this);
            dialog.exec();
        }
    });
    connect(this, &QListWidget::itemClicked, this, &FrictionPanel::show);
    // Edits come in bursts (a drag, typing, an import); the ranking follows once they
    // pause, so that no edit waits for it. On a 10,000-card map it takes about 14 ms.
    m_pending.setSingleShot(true);
    m_pending.setInterval(60);
    connect(&m_pending, &QTimer::timeout, this, &FrictionPanel::rebuild);
}

void FrictionPanel::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeSet &c) {
            if (!c.observations.isEmpty() || !c.metrics.isEmpty() || !c.cards.isEmpty() ||
                !c.stages.isEmpty())
                m_pending.start();
        });
        connect(document, &Document::currentJourneyChanged, this, &FrictionPanel::rebuild);
    }
    rebuild();
}

void FrictionPanel::setScope(const QString &period, const QString &segment)
{
    if (period == m_period && segment == m_segment) return;
    m_period = period;
    m_segment = segment;
    rebuild();
}

void FrictionPanel::rebuild()
{
    m_pending.stop();
    clear();
    // The map marks the worst points of what the panel ranks, or none.
    FrictionMarks marks;
    const auto publish =
        qScopeGuard([&] { m_view->mapScene()->setFrictionMarks(std::move(marks)); });
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    if (!j) return;
    if (m_document->project().metrics.isEmpty()) {
        auto *hint = new QListWidgetItem(
            tr("Import metrics (File > Import Metrics..., or drop a CSV or Excel file on the "
               "window) to see where customers struggle."),
            this);
        hint->setFlags(Qt::NoItemFlags);
        return;
    }
    if (!m_period.isEmpty() || !m_segment.isEmpty()) {
        auto *scope = new QListWidgetItem(
            tr("%1, %2").arg(m_period.isEmpty() ? tr("Latest period") : m_period,
                             m_segment.isEmpty() ? tr("all customers") : m_segment),
            this);
        scope->setFlags(Qt::NoItemFlags);
        QFont bold = font();
        bold.setBold(true);
        scope->setFont(bold);
    }
    const QList<FrictionPoint> points =
        Friction::rank(m_document->project(), *j, m_period, m_segment);
    marks = Friction::marks(points);
    int rank = 0;
    for (const FrictionPoint &f : points) {
        if (++rank > Shown) break;
        // The disc shows the rank; screen readers say it.
        const QString text =
            tr("%1 — friction %2\n%3")
                .arg(f.label.simplified().left(80), QLocale().toString(f.score, 'f', 1),
                     f.reasons.join(QStringLiteral(", ")));
        auto *item = new QListWidgetItem(text, this);
        item->setData(Qt::AccessibleTextRole, tr("Rank %1: %2").arg(rank).arg(text));
        item->setIcon(rankIcon(rank, rank <= Friction::MarkedOnMap));
        item->setData(IdRole, QVariant::fromValue(f.id));
        item->setData(KindRole, int(f.kind));
        item->setToolTip(f.reasons.join(QLatin1Char('\n')));
    }
    if (points.isEmpty()) {
        auto *none =
            new QListWidgetItem(tr("No friction: every value is within its thresholds."), this);
        none->setFlags(Qt::NoItemFlags);
    }
    for (const Contradiction &c :
         Friction::contradictions(m_document->project(), *j, m_period, m_segment)) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + c.text, this);
        item->setData(IdRole, QVariant::fromValue(c.id));
        item->setData(KindRole, int(c.kind));
        item->setToolTip(tr("The map and the data disagree here."));
    }
    // What the ranking could not judge, and a way to fix it.
    for (const LeftOutMetric &l : Friction::leftOut(m_document->project(), *j)) {
        auto *item =
            new QListWidgetItem(tr("Not judged: %1, because %2").arg(l.name, l.reason), this);
        item->setData(MetricRole, QVariant::fromValue(l.metric));
        item->setForeground(palette().color(QPalette::PlaceholderText));
        item->setToolTip(tr("Double-click to set its direction and thresholds"));
    }
}

void FrictionPanel::show(QListWidgetItem *item)
{
    const Id id = item->data(IdRole).value<Id>();
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    if (!j || id.isNull()) return;
    if (TargetKind(item->data(KindRole).toInt()) == TargetKind::Stage) {
        const int s = j->stageIndex(id);
        if (s < 0) return;
        m_document->setSelectedCards({});
        m_view->setCurrentCell(s, std::max(0, m_view->currentLane()));
        m_view->centerOn(m_view->mapScene()->mapLayout().stageHeaders[s].center());
        return;
    }
    m_document->setSelectedCards({id});
    if (const CardItem *card = m_view->mapScene()->cardItem(id))
        m_view->centerOn(card->sceneCardRect().center());
}

} // namespace waymark
