// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "document/document.h"
#include "io/comparisonexport.h"
#include "layout/maplayout.h"
#include "storage/snapshotcodec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QWheelEvent>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

MarkedMap::MarkedMap(bool isFrom, QWidget *parent) : QWidget(parent), m_isFrom(isFrom)
{
    setMinimumSize(200, 150);
    setAccessibleName(isFrom ? tr("Map compared from") : tr("Map compared to"));
}

void MarkedMap::setSide(const DiffSource *source, const JourneyDiff *diff)
{
    m_source = source;
    m_diff = diff;
    m_highlight = {};
    applyZoom();
}

void MarkedMap::setOverlaid(const ComparisonExport::Overlaid *overlaid)
{
    m_overlaid = overlaid;
    setAccessibleName(overlaid ? tr("Maps overlaid")
                               : m_isFrom ? tr("Map compared from") : tr("Map compared to"));
    applyZoom();
}

void MarkedMap::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.0, 4.0);
    applyZoom();
}

void MarkedMap::applyZoom()
{
    if (m_zoom <= 0 || !m_source) {
        setMinimumSize(200, 150);
        setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    } else {
        const Journey &j = m_overlaid ? m_overlaid->journey : m_source->journey();
        const QSizeF map = MapLayout::compute(j).bounds.size() * m_zoom;
        setFixedSize(map.toSize() + QSize(12, 12));
    }
    update();
}

void MarkedMap::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) return QWidget::wheelEvent(event);
    emit zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
    event->accept();
}

void MarkedMap::setHighlight(const Id &cardId)
{
    m_highlight = cardId;
    update();
}

void MarkedMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_source || !m_diff) return;
    if (m_overlaid)
        return ComparisonExport::paintOverlaidMap(&p, QRectF(rect()).adjusted(6, 6, -6, -6),
                                                  m_source->project, *m_overlaid, *m_diff,
                                                  m_highlight);
    ComparisonExport::paintMarkedMap(&p, QRectF(rect()).adjusted(6, 6, -6, -6), m_source->project,
                                     m_source->journey(), *m_diff, m_isFrom, m_highlight);
}

void FeelingsChart::setDiff(const JourneyDiff *diff, const QString &fromLabel,
                         const QString &toLabel)
{
    m_diff = diff;
    m_from = fromLabel;
    m_to = toLabel;
    update();
}

void FeelingsChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (m_diff)
        ComparisonExport::paintFeelings(&p, QRectF(rect()).adjusted(8, 6, -8, -6), *m_diff,
                                        m_from, m_to);
}

CompareDialog::CompareDialog(Document *document, const QString &from, const QString &to,
                             QWidget *parent)
    : QDialog(parent), m_document(document), m_fromBox(new QComboBox(this)),
      m_toBox(new QComboBox(this)), m_viewBox(new QComboBox(this)), m_summary(new QLabel(this)), m_fromMap(new MarkedMap(true)),
      m_toMap(new MarkedMap(false)), m_feelings(new FeelingsChart), m_changes(new QTreeWidget)
{
    setWindowTitle(tr("Compare Journeys"));
    setObjectName(QStringLiteral("compareDialog"));
    m_fromBox->setObjectName(QStringLiteral("compareFrom"));
    m_toBox->setObjectName(QStringLiteral("compareTo"));
    m_fromBox->setAccessibleName(tr("Compare from"));
    m_toBox->setAccessibleName(tr("Compare to"));
    m_fromBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_toBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fromBox->setMinimumContentsLength(24);
    m_toBox->setMinimumContentsLength(24);
    auto *swap = new QToolButton(this);
    swap->setText(tr("Swap"));
    swap->setToolTip(tr("Swap the two sides"));
    connect(swap, &QToolButton::clicked, this, [this] {
        const int a = m_fromBox->currentIndex(), b = m_toBox->currentIndex();
        const QSignalBlocker blockFrom(m_fromBox), blockTo(m_toBox);
        m_fromBox->setCurrentIndex(b);
        m_toBox->setCurrentIndex(a);
        compare();
    });
    m_fromRow = new QWidget(this);
    auto *fromRow = new QHBoxLayout(m_fromRow);
    fromRow->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromBox);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_toBox);
    fromRow->addWidget(fromLabel);
    fromRow->addWidget(m_fromBox, 1);
    fromRow->addWidget(swap);
    top->addWidget(m_fromRow, 1);
    top->addWidget(toLabel);
    top->addWidget(m_toBox, 1);

    // The legend of the marks, in the colours the maps use.
    auto *legend = new QLabel(this);
    QStringList parts;
    for (const auto &[mark, name] :
         {std::pair{ComparisonExport::Mark::Added, tr("added")},
          std::pair{ComparisonExport::Mark::Removed, tr("removed")},
          std::pair{ComparisonExport::Mark::Changed, tr("changed")},
          std::pair{ComparisonExport::Mark::Moved, tr("moved")}})
        parts.append(QStringLiteral("<span style='color:%1'>&#9632;</span> %2")
                         .arg(ComparisonExport::markColour(mark).name(), name.toHtmlEscaped()));
    legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_comparison = legend;
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Fit each map into its half (Ctrl+wheel zooms)"));
    fit->setObjectName(QStringLiteral("compareFit"));
    connect(fit, &QToolButton::clicked, this, [this] { setZoom(0); });
    auto *actual = new QToolButton(this);
    actual->setText(tr("100 %"));
    actual->setToolTip(tr("Show the maps at their actual size"));
    actual->setObjectName(QStringLiteral("compareActualSize"));
    connect(actual, &QToolButton::clicked, this, [this] { setZoom(1); });
    m_viewBox->setObjectName(QStringLiteral("compareView"));
    m_viewBox->setAccessibleName(tr("Show the maps"));
    m_viewBox->addItem(tr("Side by side"), int(ComparisonExport::View::SideBySide));
    m_viewBox->addItem(tr("Overlaid"), int(ComparisonExport::View::Overlaid));
    m_viewBox->setToolTip(tr("Overlaid: one map, the second one, with the cards that were "
                             "removed or moved away drawn dashed where they were"));
    connect(m_viewBox, &QComboBox::currentIndexChanged, this, &CompareDialog::showView);
    auto *viewLabel = new QLabel(tr("&Show:"), this);
    viewLabel->setBuddy(m_viewBox);
    m_viewRow = new QWidget(this);
    auto *viewRow = new QHBoxLayout(m_viewRow);
    viewRow->setContentsMargins(0, 0, 0, 0);
    viewRow->addWidget(viewLabel);
    viewRow->addWidget(m_viewBox);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(legend);
    summaryRow->addWidget(m_viewRow);
    summaryRow->addWidget(fit);
    summaryRow->addWidget(actual);

    // Each map in a scroll area: fitted by default, larger with Ctrl+wheel or the buttons.
    auto *maps = new QSplitter(Qt::Horizontal);
    for (MarkedMap *map : {m_fromMap, m_toMap}) {
        auto *scroll = new QScrollArea;
        scroll->setWidget(map);
        scroll->setWidgetResizable(true);
        scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        maps->addWidget(scroll);
        connect(map, &MarkedMap::zoomRequested, this, [this](int steps) {
            const double now = m_toMap->zoom() > 0 ? m_toMap->zoom() : 0.5;
            setZoom(std::clamp(now * (steps > 0 ? 1.25 : 0.8), 0.25, 4.0));
        });
    }
    m_changes->setHeaderHidden(true);
    m_changes->setObjectName(QStringLiteral("compareChanges"));
    m_changes->setAccessibleName(tr("Changes"));
    m_changes->setWordWrap(true);
    m_changes->setUniformRowHeights(false);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_changes);
    bottom->addWidget(m_feelings);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *body = new QSplitter(Qt::Vertical);
    body->addWidget(maps);
    body->addWidget(bottom);
    bottom->setObjectName(QStringLiteral("compareBottom"));
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export &PDF..."), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("compareExport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Comparison"), tr("comparison.pdf"), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty()) exportPdf(path);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(summaryRow);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);

    fillChoices();
    auto select = [](QComboBox *box, const QString &spec) {
        const int i = box->findData(spec);
        if (i >= 0) box->setCurrentIndex(i);
    };
    const QString current = idToString(document->currentJourneyId());
    select(m_fromBox, from.isEmpty() ? current : from);
    select(m_toBox, to.isEmpty() ? current : to);
    connect(m_fromBox, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    connect(m_toBox, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    connect(m_changes, &QTreeWidget::currentItemChanged, this, &CompareDialog::lineChosen);
    compare();
    resize(1180, 760);
}

void CompareDialog::fillChoices()
{
    const Project &p = m_document->project();
    for (QComboBox *box : {m_fromBox, m_toBox}) {
        for (const Journey &j : p.journeys)
            box->addItem(j.name, idToString(j.id));
        for (const Snapshot &s : p.snapshots) {
            Project content;
            QString error;
            if (!SnapshotCodec::read(s.content, &content, &error)) continue;
            for (const Journey &j : content.journeys)
                box->addItem(tr("%1 (snapshot \"%2\")").arg(j.name, s.name),
                             QStringLiteral("snapshot:%1/%2").arg(s.name, idToString(j.id)));
        }
    }
}

void CompareDialog::compare()
{
    QString error;
    const Project &p = m_document->project();
    m_from = DiffSource::resolve(p, m_fromBox->currentData().toString(), &error);
    if (m_from) m_to = DiffSource::resolve(p, m_toBox->currentData().toString(), &error);
    m_changes->clear();
    if (!m_from || !m_to) {
        m_summary->setText(error);
        m_fromMap->setSide(nullptr, nullptr);
        m_toMap->setSide(nullptr, nullptr);
        m_toMap->setOverlaid(nullptr);
        m_feelings->setDiff(nullptr, {}, {});
        m_export->setEnabled(false);
        return;
    }
    if (m_viewOnly) m_from = m_to; // what is shown is the journey itself, nothing marked
    m_diff = JourneyDiff::compute(m_from->project, m_from->journey(), m_to->project,
                                  m_to->journey());
    m_summary->setText(m_viewOnly ? tr("%1, read-only").arg(m_to->label) : summary());
    m_overlaid = ComparisonExport::overlay(m_from->journey(), m_to->journey(), m_diff);
    m_fromMap->setSide(&*m_from, &m_diff);
    m_toMap->setSide(&*m_to, &m_diff);
    showView();
    m_feelings->setDiff(&m_diff, m_from->label, m_to->label);
    m_export->setEnabled(true);
    QTreeWidgetItem *section = nullptr;
    std::optional<JourneyDiff::Section> current;
    const QList<JourneyDiff::Line> lines = m_diff.lines();
    for (const JourneyDiff::Line &line : lines) {
        if (current != line.section) {
            current = line.section;
            section = new QTreeWidgetItem(m_changes, {JourneyDiff::sectionTitle(line.section)});
            QFont f = section->font(0);
            f.setBold(true);
            section->setFont(0, f);
            section->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(section, {QStringLiteral("%1  %2").arg(line.mark, line.text)});
        item->setToolTip(0, line.text);
        item->setData(0, Qt::UserRole, line.id);
        const ComparisonExport::Mark mark =
            line.mark == QLatin1Char('+')   ? ComparisonExport::Mark::Added
            : line.mark == QLatin1Char('-') ? ComparisonExport::Mark::Removed
            : line.mark == QLatin1Char('>') ? ComparisonExport::Mark::Moved
                                            : ComparisonExport::Mark::Changed;
        if (line.section == JourneyDiff::Section::Cards)
            item->setForeground(0, ComparisonExport::markColour(mark).darker(130));
    }
    if (lines.isEmpty()) new QTreeWidgetItem(m_changes, {tr("No differences.")});
}

ComparisonExport::View CompareDialog::view() const
{
    return m_viewOnly ? ComparisonExport::View::SideBySide
                      : ComparisonExport::View(m_viewBox->currentData().toInt());
}

void CompareDialog::showView()
{
    const bool overlaid = view() == ComparisonExport::View::Overlaid;
    m_fromMap->parentWidget()->parentWidget()->setVisible(!overlaid && !m_viewOnly);
    m_toMap->setOverlaid(overlaid && m_from && m_to ? &m_overlaid : nullptr);
}

void CompareDialog::setZoom(double zoom)
{
    for (MarkedMap *map : {m_fromMap, m_toMap}) {
        map->setZoom(zoom);
        if (auto *scroll = qobject_cast<QScrollArea *>(map->parentWidget()->parentWidget()))
            scroll->setWidgetResizable(zoom <= 0);
    }
}

void CompareDialog::setViewOnly()
{
    m_viewOnly = true;
    setWindowTitle(tr("View Snapshot"));
    m_fromRow->hide();
    m_fromMap->parentWidget()->parentWidget()->hide(); // its scroll area
    m_comparison->hide();
    m_viewRow->hide();
    m_export->hide();
    if (auto *bottom = findChild<QWidget *>(QStringLiteral("compareBottom"))) bottom->hide();
    m_fromBox->setCurrentIndex(m_toBox->currentIndex());
    compare();
}

QString CompareDialog::summary() const
{
    return tr("Cards: %1 added, %2 removed, %3 changed, %4 moved")
        .arg(m_diff.added.size())
        .arg(m_diff.removed.size())
        .arg(m_diff.changed.size())
        .arg(m_diff.moved.size());
}

void CompareDialog::lineChosen()
{
    QTreeWidgetItem *item = m_changes->currentItem();
    const Id id = item ? item->data(0, Qt::UserRole).value<Id>() : Id();
    // A line names the card of the "to" side, or of the "from" side when it is gone.
    const Id fromId = m_diff.matchedCards.value(id, id);
    m_toMap->setHighlight(id);
    m_fromMap->setHighlight(fromId);
}

bool CompareDialog::exportPdf(const QString &path)
{
    QString error;
    if (!m_from || !m_to || !ComparisonExport::writePdf(*m_from, *m_to, m_diff, path, &error, view())) {
        QMessageBox::warning(this, tr("Export Comparison"),
                             tr("The comparison could not be written to %1: %2").arg(path, error));
        return false;
    }
    return true;
}

} // namespace waymark
