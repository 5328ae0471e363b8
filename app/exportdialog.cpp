// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "analytics/overlay.h"
#include "document/document.h"
#include "layout/maplayout.h"
#include "overlaybar.h"
#include "render/maprenderer.h"
#include "render/textfit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>

namespace waymark {

namespace {
const QList<std::pair<QPageSize::PageSizeId, const char *>> pageSizes{
    {QPageSize::A4, "A4"},          {QPageSize::A3, "A3"}, {QPageSize::A2, "A2"},
    {QPageSize::A1, "A1"},          {QPageSize::A0, "A0"}, {QPageSize::Letter, "Letter"},
    {QPageSize::Tabloid, "Tabloid"}};
} // namespace

// The pages as they will print, or the map as it will be drawn.
class ExportDialog::Preview : public QWidget
{
public:
    explicit Preview(ExportDialog *dialog) : QWidget(dialog), m_dialog(dialog)
    {
        setMinimumSize(420, 320);
        setAccessibleName(ExportDialog::tr("Export preview"));
        setObjectName(QStringLiteral("exportPreview"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        useTextFont(&p);
        p.fillRect(rect(), QColor(0x9a, 0xa2, 0xab));
        const Document *doc = m_dialog->m_document;
        const QList<Id> journeys = m_dialog->journeys();
        if (!doc || journeys.isEmpty()) return;
        const MapExportOptions o = m_dialog->mapOptions();
        const QRectF area = QRectF(rect()).adjusted(12, 12, -12, -12);
        const ExportFormat *f = m_dialog->format();
        if (f->has(ExportFormat::Poster) || (f->has(ExportFormat::PictureSize) && o.pngOnPage)) {
            QSizeF page = QPageSize(o.page).size(QPageSize::Point);
            if (o.landscape != (page.width() > page.height())) page.transpose();
            const double s = std::min(area.width() / page.width(), area.height() / page.height());
            const QRectF sheet(area.center() - QPointF(page.width(), page.height()) * s / 2,
                               page * s);
            p.fillRect(sheet.translated(2, 2), QColor(0, 0, 0, 60));
            p.fillRect(sheet, Qt::white);
            MapExportOptions one = o;
            const bool poster = f->has(ExportFormat::Poster);
            if (!poster) one.tilesX = one.tilesY = 0, one.scalePercent = 0;
            MapExport::paintPage(&p, sheet, s, doc->project(),
                                 poster ? journeys : journeys.mid(0, 1), one,
                                 m_dialog->m_previewPage->value() - 1);
            return;
        }
        // The picture itself, drawn as the export draws it (title block, legend and all), at
        // the size the preview has.
        MapExportOptions picture = o;
        picture.pngOnPage = false;
        if (!f->has(ExportFormat::TitleBlock)) picture.titleBlock = false; // the map alone
        const Journey *j = doc->project().journey(journeys.first());
        const MapLayout layout = MapLayout::compute(*j);
        if (layout.bounds.isEmpty()) return;
        picture.widthPx = int(area.width());
        QString error;
        QImage image = MapExport::renderImage(doc->project(), j->id, picture, &error);
        if (image.isNull()) return;
        if (image.height() > area.height())
            image =
                image.scaled(area.size().toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QPointF at = area.center() - QPointF(image.width(), image.height()) / 2;
        p.fillRect(QRectF(at, image.size()).translated(2, 2), QColor(0, 0, 0, 60));
        p.drawImage(at, image);
    }

private:
    ExportDialog *m_dialog;
};

ExportDialog::ExportDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_format(new QComboBox(this)),
      m_scope(new QComboBox(this)), m_page(new QComboBox(this)), m_delimiter(new QComboBox(this)),
      m_landscape(new QRadioButton(tr("&Landscape"), this)),
      m_portrait(new QRadioButton(tr("&Portrait"), this)),
      m_fit(new QRadioButton(tr("&Fit on one page"), this)),
      m_tiles(new QRadioButton(tr("Poster over &pages:"), this)),
      m_scale(new QRadioButton(tr("Poster at &scale:"), this)),
      m_byDpi(new QRadioButton(tr("&Resolution:"), this)),
      m_byWidth(new QRadioButton(tr("&Width:"), this)), m_columns(new QSpinBox(this)),
      m_rows(new QSpinBox(this)), m_dpi(new QSpinBox(this)), m_width(new QSpinBox(this)),
      m_previewPage(new QSpinBox(this)), m_margin(new QDoubleSpinBox(this)),
      m_overlap(new QDoubleSpinBox(this)), m_scalePercent(new QDoubleSpinBox(this)),
      m_cropMarks(new QCheckBox(tr("&Crop marks"), this)),
      m_title(new QCheckBox(tr("&Title block"), this)),
      m_personas(new QCheckBox(tr("Persona s&heets"), this)),
      m_stageSlides(new QCheckBox(tr("O&ne slide per stage"), this)),
      m_votes(new QCheckBox(tr("Dot-&voting results"), this)),
      m_flow(new QCheckBox(tr("Event-log f&low"), this)),
      m_comments(new QCheckBox(tr("Co&mments as numbered notes"), this)),
      m_coverage(new QCheckBox(tr("Research covera&ge"), this)),
      m_matrix(new QCheckBox(tr("Opportunity matri&x"), this)),
      m_transparent(new QCheckBox(tr("Transparent &background"), this)),
      m_onPage(new QCheckBox(tr("Whole &page at this resolution"), this)),
      m_bom(new QCheckBox(tr("Byte order mark (for &Excel)"), this)),
      m_overlay(new QComboBox(this)), m_period(new QComboBox(this)), m_segment(new QComboBox(this)),
      m_marks(new QCheckBox(tr("Numbered &discs on the worst friction points"), this)),
      m_charts(new QCheckBox(tr("A page of c&harts after each map"), this)),
      m_pdfBox(new QWidget(this)), m_pngBox(new QWidget(this)), m_csvBox(new QWidget(this)),
      m_pageBox(new QWidget(this)), m_overlayBox(new QWidget(this)),
      m_previewStack(new QStackedWidget(this)), m_textPreview(new QPlainTextEdit(this)),
      m_pageInfo(new QLabel(this)), m_preview(new Preview(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_format->setObjectName(QStringLiteral("format"));
    m_page->setObjectName(QStringLiteral("page"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_tiles->setObjectName(QStringLiteral("tiles"));
    m_columns->setObjectName(QStringLiteral("columns"));
    m_rows->setObjectName(QStringLiteral("rows"));
    m_personas->setObjectName(QStringLiteral("personas"));
    m_stageSlides->setObjectName(QStringLiteral("stageSlides"));
    m_stageSlides->setToolTip(tr("After each journey's map, a slide for each of its stages with "
                                 "its cards as a table, lane by lane: readable when the map is "
                                 "large"));
    m_votes->setObjectName(QStringLiteral("votes"));
    m_votes->setToolTip(tr("A page of results after each journey that has voting rounds"));
    m_flow->setObjectName(QStringLiteral("flow"));
    m_flow->setToolTip(tr("A page with the flow of the event log imported onto a journey"));
    m_comments->setObjectName(QStringLiteral("comments"));
    m_comments->setToolTip(
        tr("Numbers on the commented cards and a page of the comment threads after each map"));
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_coverage->setToolTip(tr("A page after each map: how much of each stage and lane rests on "
                              "evidence, and the assumptions with most friction attached"));
    m_matrix->setObjectName(QStringLiteral("matrix"));
    m_matrix->setToolTip(tr("A page with the opportunity matrix and its ranked list after each "
                            "map that has opportunities"));
    m_previewPage->setObjectName(QStringLiteral("previewPage"));
    setWindowTitle(tr("Export"));
    for (const ExportFormat *f : ExportFormats::all())
        m_format->addItem(f->name(), f->id());
    m_scope->addItems({tr("Current journey"), tr("All journeys")});
    for (const auto &[id, name] : pageSizes)
        m_page->addItem(QString::fromLatin1(name), int(id));
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ; (German Excel)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_columns->setRange(1, 26);
    m_rows->setRange(1, 99);
    m_dpi->setRange(72, 600);
    m_dpi->setSuffix(tr(" dpi"));
    m_width->setRange(16, 30000);
    m_width->setSuffix(tr(" px"));
    m_margin->setRange(0, 50);
    m_margin->setSuffix(tr(" mm"));
    m_overlap->setRange(0, 50);
    m_overlap->setSuffix(tr(" mm"));
    m_scalePercent->setRange(5, 1000);
    m_scalePercent->setSuffix(tr(" %"));
    m_previewPage->setMinimum(1);
    m_textPreview->setReadOnly(true);
    m_textPreview->setObjectName(QStringLiteral("textPreview"));
    m_textPreview->setAccessibleName(tr("Export preview"));

    // Page (PDF, and PNG on a page).
    auto *pageForm = new QFormLayout(m_pageBox);
    pageForm->setContentsMargins(0, 0, 0, 0);
    auto *orientation = new QHBoxLayout;
    orientation->addWidget(m_landscape);
    orientation->addWidget(m_portrait);
    pageForm->addRow(tr("Page si&ze:"), m_page);
    pageForm->addRow(tr("Orientation:"), orientation);
    pageForm->addRow(tr("&Margin:"), m_margin);
    // PDF layout.
    auto *pdfForm = new QFormLayout(m_pdfBox);
    pdfForm->setContentsMargins(0, 0, 0, 0);
    auto *tileRow = new QHBoxLayout;
    tileRow->addWidget(m_tiles);
    tileRow->addWidget(m_columns);
    tileRow->addWidget(new QLabel(QStringLiteral("×"), this));
    tileRow->addWidget(m_rows);
    tileRow->addStretch();
    auto *scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_scalePercent);
    scaleRow->addStretch();
    pdfForm->addRow(m_fit);
    pdfForm->addRow(tileRow);
    pdfForm->addRow(scaleRow);
    pdfForm->addRow(tr("&Overlap:"), m_overlap);
    pdfForm->addRow(m_cropMarks);
    pdfForm->addRow(m_personas);
    pdfForm->addRow(m_votes);
    pdfForm->addRow(m_flow);
    pdfForm->addRow(m_comments);
    pdfForm->addRow(m_coverage);
    pdfForm->addRow(m_matrix);
    // PNG.
    auto *pngForm = new QFormLayout(m_pngBox);
    pngForm->setContentsMargins(0, 0, 0, 0);
    pngForm->addRow(m_byDpi, m_dpi);
    pngForm->addRow(m_byWidth, m_width);
    pngForm->addRow(m_onPage);
    pngForm->addRow(m_transparent);
    // The metric overlay, as the map shows it unless changed here.
    m_overlay->setObjectName(QStringLiteral("overlay"));
    m_marks->setObjectName(QStringLiteral("frictionMarks"));
    m_charts->setObjectName(QStringLiteral("chartsPage"));
    m_overlay->addItem(tr("No overlay"), QVariant::fromValue(Id()));
    if (m_document)
        for (const MetricDefinition &m : m_document->project().metrics)
            m_overlay->addItem(m.name, QVariant::fromValue(m.id));
    auto *overlayForm = new QFormLayout(m_overlayBox);
    overlayForm->setContentsMargins(0, 0, 0, 0);
    overlayForm->addRow(tr("O&verlay:"), m_overlay);
    overlayForm->addRow(tr("Pe&riod:"), m_period);
    overlayForm->addRow(tr("Se&gment:"), m_segment);
    overlayForm->addRow(m_marks);
    overlayForm->addRow(m_charts);
    // CSV.
    auto *csvForm = new QFormLayout(m_csvBox);
    csvForm->setContentsMargins(0, 0, 0, 0);
    csvForm->addRow(tr("&Delimiter:"), m_delimiter);
    csvForm->addRow(m_bom);

    auto *options = new QFormLayout;
    options->addRow(tr("F&ormat:"), m_format);
    options->addRow(tr("&Journeys:"), m_scope);
    auto *column = new QVBoxLayout;
    column->addLayout(options);
    column->addWidget(m_pageBox);
    column->addWidget(m_pdfBox);
    column->addWidget(m_pngBox);
    column->addWidget(m_title);
    column->addWidget(m_stageSlides);
    column->addWidget(m_overlayBox);
    column->addWidget(m_csvBox);
    column->addStretch();
    auto *pageNav = new QHBoxLayout;
    pageNav->addWidget(new QLabel(tr("Preview of page"), this));
    pageNav->addWidget(m_previewPage);
    pageNav->addWidget(m_pageInfo, 1);
    auto *previewColumn = new QVBoxLayout;
    m_previewStack->addWidget(m_preview);
    m_previewStack->addWidget(m_textPreview);
    previewColumn->addWidget(m_previewStack, 1);
    previewColumn->addLayout(pageNav);
    auto *columns = new QHBoxLayout;
    columns->addLayout(column);
    columns->addLayout(previewColumn, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("E&xport..."), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1060, screen.width() * 9 / 10), std::min(640, screen.height() * 9 / 10));

    loadSettings();
    const auto changed = [this] {
        updateOptions();
        updatePreview();
    };
    for (QComboBox *c : {m_format, m_scope, m_page, m_delimiter, m_period, m_segment})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    connect(m_overlay, &QComboBox::currentIndexChanged, this, [this, changed] {
        fillOverlayScope();
        changed();
    });
    for (QRadioButton *r : {m_landscape, m_portrait, m_fit, m_tiles, m_scale, m_byDpi, m_byWidth})
        connect(r, &QRadioButton::toggled, this, changed);
    for (QSpinBox *s : {m_columns, m_rows, m_dpi, m_width, m_previewPage})
        connect(s, &QSpinBox::valueChanged, this, changed);
    for (QDoubleSpinBox *s : {m_margin, m_overlap, m_scalePercent})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    for (QCheckBox *c : {m_cropMarks, m_title, m_personas, m_votes, m_flow, m_comments, m_coverage,
                         m_matrix, m_transparent, m_onPage, m_bom, m_marks, m_charts})
        connect(c, &QCheckBox::toggled, this, changed);
    fillOverlayScope();
    changed();
}

void ExportDialog::setOverlay(const Id &metric, const QString &period, const QString &segment)
{
    m_overlay->setCurrentIndex(std::max(0, m_overlay->findData(QVariant::fromValue(metric))));
    fillOverlayScope();
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment)));
}

void ExportDialog::fillOverlayScope()
{
    const QSignalBlocker blockPeriod(m_period), blockSegment(m_segment);
    OverlayBar::fillScope(m_period, m_segment, m_document, m_overlay->currentData().value<Id>());
}

ExportDialog::~ExportDialog() = default;

const ExportFormat *ExportDialog::format() const
{
    const ExportFormat *f = ExportFormats::find(m_format->currentData().toString());
    return f ? f : ExportFormats::all().first();
}

bool ExportDialog::setFormat(const QString &id)
{
    const int i = m_format->findData(id);
    if (i >= 0) m_format->setCurrentIndex(i);
    return i >= 0;
}

ExportRequest ExportDialog::request() const
{
    return {journeys(), mapOptions(), csvOptions(), {}, m_document ? m_document->filePath() : QString()};
}

MapExportOptions ExportDialog::mapOptions() const
{
    MapExportOptions o;
    o.page = QPageSize::PageSizeId(m_page->currentData().toInt());
    o.landscape = m_landscape->isChecked();
    o.marginMm = m_margin->value();
    if (m_tiles->isChecked()) o.tilesX = m_columns->value(), o.tilesY = m_rows->value();
    if (m_scale->isChecked()) o.scalePercent = m_scalePercent->value();
    o.overlapMm = m_overlap->value();
    o.cropMarks = m_cropMarks->isChecked();
    o.titleBlock = m_title->isChecked();
    o.personaSheets = m_personas->isChecked();
    o.stageSlides = m_stageSlides->isChecked();
    o.votesPage = m_votes->isChecked();
    o.commentsPage = m_comments->isChecked();
    o.coveragePage = m_coverage->isChecked();
    o.matrixPage = m_matrix->isChecked();
    o.flowPage = m_flow->isChecked();
    o.dpi = m_dpi->value();
    o.widthPx = m_byWidth->isChecked() ? m_width->value() : 0;
    o.pngOnPage = m_onPage->isChecked() && m_byDpi->isChecked();
    o.transparent = m_transparent->isChecked();
    o.overlayMetric = m_overlay->currentData().value<Id>();
    o.overlayPeriod = m_period->currentData().toString();
    o.overlaySegment = m_segment->currentData().toString();
    o.frictionMarks = m_marks->isChecked();
    o.chartsPage = m_charts->isChecked();
    return o;
}

TableExport::CsvOptions ExportDialog::csvOptions() const
{
    return {m_delimiter->currentData().toString().at(0), m_bom->isChecked()};
}

QList<Id> ExportDialog::journeys() const
{
    QList<Id> ids;
    if (!m_document) return ids;
    if (m_scope->currentIndex() == 1) {
        for (const Journey &j : m_document->project().journeys)
            ids.append(j.id);
    } else if (m_document->project().journey(m_document->currentJourneyId())) {
        ids.append(m_document->currentJourneyId());
    }
    return ids;
}

int ExportDialog::pageCount() const
{
    return m_document ? MapExport::pageCount(m_document->project(), journeys(), mapOptions()) : 0;
}

void ExportDialog::updateOptions()
{
    const ExportFormat *f = format();
    m_pdfBox->setVisible(f->has(ExportFormat::Poster) || f->has(ExportFormat::ExtraPages));
    m_pngBox->setVisible(f->has(ExportFormat::PictureSize));
    m_overlayBox->setVisible(f->has(ExportFormat::Overlay));
    m_overlayBox->setEnabled(m_overlay->count() > 1);
    const bool overlay = !m_overlay->currentData().value<Id>().isNull();
    m_period->setEnabled(overlay && m_period->count() > 1);
    m_segment->setEnabled(overlay && m_segment->count() > 1);
    m_marks->setEnabled(overlay);
    m_charts->setEnabled(overlay);
    m_charts->setVisible(f->has(ExportFormat::ExtraPages));
    m_title->setVisible(f->has(ExportFormat::TitleBlock));
    m_stageSlides->setVisible(f->has(ExportFormat::StageSlides));
    m_csvBox->setVisible(f->has(ExportFormat::CsvSettings));
    m_scope->setEnabled(!f->has(ExportFormat::WholeProject));
    m_scope->setToolTip(f->has(ExportFormat::WholeProject)
                            ? tr("This format always holds the whole project")
                            : QString());
    m_pageBox->setVisible(f->has(ExportFormat::PageSetup) ||
                          (f->has(ExportFormat::PictureSize) && m_onPage->isChecked()));
    m_columns->setEnabled(m_tiles->isChecked());
    m_rows->setEnabled(m_tiles->isChecked());
    m_scalePercent->setEnabled(m_scale->isChecked());
    m_overlap->setEnabled(!m_fit->isChecked());
    m_cropMarks->setEnabled(!m_fit->isChecked());
    m_dpi->setEnabled(m_byDpi->isChecked());
    m_width->setEnabled(m_byWidth->isChecked());
    m_onPage->setEnabled(m_byDpi->isChecked());
    // PNG and SVG show one journey; all of them become numbered files.
    const int pages = f->has(ExportFormat::Poster) ? pageCount() : 1;
    m_previewPage->setMaximum(std::max(1, pages));
    m_previewPage->setEnabled(pages > 1);
    m_pageInfo->setText(tr("of %n page(s)", nullptr, pages));
}

void ExportDialog::updatePreview()
{
    const ExportFormat *f = format();
    if (f->has(ExportFormat::TextPreview)) {
        m_textPreview->setPlainText(f->preview(m_document->project(), request()).left(200000));
        m_previewStack->setCurrentWidget(m_textPreview);
        return;
    }
    m_previewStack->setCurrentWidget(m_preview);
    m_preview->update();
}

QString ExportDialog::suggestedFileName() const
{
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    QString base = m_scope->currentIndex() == 1 || !j || format()->has(ExportFormat::WholeProject)
                       ? m_document->project().info.title
                       : j->name;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    return base.simplified() + QLatin1Char('.') + format()->suffix();
}

bool ExportDialog::exportTo(const QString &path, QString *error)
{
    m_written.clear();
    ExportRequest r = request();
    QProgressDialog progress(tr("Exporting..."), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    r.progress = [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    return format()->write(m_document->project(), r, path, &m_written, error);
}

void ExportDialog::chooseFileAndExport()
{
    const QString ext = format()->suffix();
    const QString folder = QSettings()
                               .value(QStringLiteral("export/folder"),
                                      QFileInfo(m_document->filePath()).absolutePath())
                               .toString();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), QDir(folder).filePath(suggestedFileName()),
                                     tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1Char('.') + ext, Qt::CaseInsensitive)) path += QLatin1Char('.') + ext;
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    saveSettings();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportTo(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Export"),
                             tr("\"%1\" could not be written: %2").arg(path, error));
        return;
    }
    accept();
}

void ExportDialog::loadSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("export"));
    // The format by id; settings of older versions kept its index in the list they had.
    const QVariant format = s.value(QStringLiteral("format"), QStringLiteral("pdf"));
    static const char *const before[] = {"pdf", "png", "svg", "xlsx", "csv", "md"};
    bool isIndex = false;
    const int index = format.toString().toInt(&isIndex);
    setFormat(isIndex ? QLatin1String(before[std::clamp(index, 0, 5)]) : format.toString());
    m_scope->setCurrentIndex(s.value(QStringLiteral("scope"), 0).toInt() == 1 ? 1 : 0);
    m_page->setCurrentIndex(
        std::max(0, m_page->findData(s.value(QStringLiteral("page"), int(QPageSize::A3)))));
    (s.value(QStringLiteral("landscape"), true).toBool() ? m_landscape : m_portrait)
        ->setChecked(true);
    m_margin->setValue(s.value(QStringLiteral("margin"), 10).toDouble());
    const QString mode = s.value(QStringLiteral("mode"), QStringLiteral("fit")).toString();
    (mode == QLatin1String("tiles")   ? m_tiles
     : mode == QLatin1String("scale") ? m_scale
                                      : m_fit)
        ->setChecked(true);
    m_columns->setValue(s.value(QStringLiteral("columns"), 2).toInt());
    m_rows->setValue(s.value(QStringLiteral("rows"), 2).toInt());
    m_scalePercent->setValue(s.value(QStringLiteral("scale"), 100).toDouble());
    m_overlap->setValue(s.value(QStringLiteral("overlap"), 10).toDouble());
    m_cropMarks->setChecked(s.value(QStringLiteral("cropMarks"), true).toBool());
    m_title->setChecked(s.value(QStringLiteral("title"), true).toBool());
    m_personas->setChecked(s.value(QStringLiteral("personas"), false).toBool());
    m_stageSlides->setChecked(s.value(QStringLiteral("stageSlides"), false).toBool());
    m_votes->setChecked(s.value(QStringLiteral("votes"), true).toBool());
    m_flow->setChecked(s.value(QStringLiteral("flow"), true).toBool());
    m_comments->setChecked(s.value(QStringLiteral("comments"), false).toBool());
    m_coverage->setChecked(s.value(QStringLiteral("coverage"), false).toBool());
    m_matrix->setChecked(s.value(QStringLiteral("matrix"), false).toBool());
    (s.value(QStringLiteral("byWidth"), false).toBool() ? m_byWidth : m_byDpi)->setChecked(true);
    m_dpi->setValue(s.value(QStringLiteral("dpi"), 150).toInt());
    m_width->setValue(s.value(QStringLiteral("width"), 1920).toInt());
    m_onPage->setChecked(s.value(QStringLiteral("onPage"), false).toBool());
    m_transparent->setChecked(s.value(QStringLiteral("transparent"), false).toBool());
    m_delimiter->setCurrentIndex(std::max(
        0, m_delimiter->findData(s.value(QStringLiteral("delimiter"), QStringLiteral(",")))));
    m_bom->setChecked(s.value(QStringLiteral("bom"), false).toBool());
    m_marks->setChecked(s.value(QStringLiteral("frictionMarks"), true).toBool());
    m_charts->setChecked(s.value(QStringLiteral("chartsPage"), true).toBool());
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("export"));
    s.setValue(QStringLiteral("format"), format()->id());
    s.setValue(QStringLiteral("scope"), m_scope->currentIndex());
    s.setValue(QStringLiteral("page"), m_page->currentData());
    s.setValue(QStringLiteral("landscape"), m_landscape->isChecked());
    s.setValue(QStringLiteral("margin"), m_margin->value());
    s.setValue(QStringLiteral("mode"), m_tiles->isChecked()   ? QStringLiteral("tiles")
                                       : m_scale->isChecked() ? QStringLiteral("scale")
                                                              : QStringLiteral("fit"));
    s.setValue(QStringLiteral("columns"), m_columns->value());
    s.setValue(QStringLiteral("rows"), m_rows->value());
    s.setValue(QStringLiteral("scale"), m_scalePercent->value());
    s.setValue(QStringLiteral("overlap"), m_overlap->value());
    s.setValue(QStringLiteral("cropMarks"), m_cropMarks->isChecked());
    s.setValue(QStringLiteral("title"), m_title->isChecked());
    s.setValue(QStringLiteral("personas"), m_personas->isChecked());
    s.setValue(QStringLiteral("stageSlides"), m_stageSlides->isChecked());
    s.setValue(QStringLiteral("votes"), m_votes->isChecked());
    s.setValue(QStringLiteral("flow"), m_flow->isChecked());
    s.setValue(QStringLiteral("comments"), m_comments->isChecked());
    s.setValue(QStringLiteral("coverage"), m_coverage->isChecked());
    s.setValue(QStringLiteral("matrix"), m_matrix->isChecked());
    s.setValue(QStringLiteral("byWidth"), m_byWidth->isChecked());
    s.setValue(QStringLiteral("dpi"), m_dpi->value());
    s.setValue(QStringLiteral("width"), m_width->value());
    s.setValue(QStringLiteral("onPage"), m_onPage->isChecked());
    s.setValue(QStringLiteral("transparent"), m_transparent->isChecked());
    s.setValue(QStringLiteral("delimiter"), m_delimiter->currentData());
    s.setValue(QStringLiteral("bom"), m_bom->isChecked());
    s.setValue(QStringLiteral("frictionMarks"), m_marks->isChecked());
    s.setValue(QStringLiteral("chartsPage"), m_charts->isChecked());
}

bool ExportDialog::copyMapAsImage(const Document *document, QString *error)
{
    if (!document) return false;
    MapExportOptions o;
    o.dpi = 192; // sharp when pasted into slides and documents
    const QImage image =
        MapExport::renderImage(document->project(), document->currentJourneyId(), o, error);
    if (image.isNull()) return false;
    QApplication::clipboard()->setImage(image);
    return true;
}

} // namespace waymark
