// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/exportformat.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace waymark {

class Document;

// File > Export...: every format with its options and a live preview of the pages. The
// settings are remembered; large PDFs show progress and can be cancelled.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Document *document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Starts from what the map shows: its overlay's metric, period and segment.
    void setOverlay(const Id &metric, const QString &period, const QString &segment);

    // One of ExportFormats::all().
    const ExportFormat *format() const;
    // By id ("pdf"); false when there is no such format.
    bool setFormat(const QString &id);
    MapExportOptions mapOptions() const;
    // What the export writes, as the chosen format reads it.
    ExportRequest request() const;
    TableExport::CsvOptions csvOptions() const;
    QList<Id> journeys() const;
    int pageCount() const;
    // Writes the export to `path` (the dialog asks for it when empty); false with a message.
    bool exportTo(const QString &path, QString *error);
    // The files the last export wrote (several PNGs or SVGs for several journeys).
    QStringList writtenFiles() const { return m_written; }
    QString suggestedFileName() const;
    // Remembered for the next export (done when an export is written).
    void saveSettings() const;

    // Copies the current journey's map to the clipboard as a picture.
    static bool copyMapAsImage(const Document *document, QString *error);

private:
    void chooseFileAndExport();
    void updateOptions();
    void updatePreview();
    void loadSettings();
    void fillOverlayScope();

    Document *m_document;
    QComboBox *m_format, *m_scope, *m_page, *m_delimiter;
    QRadioButton *m_landscape, *m_portrait, *m_fit, *m_tiles, *m_scale, *m_byDpi, *m_byWidth;
    QSpinBox *m_columns, *m_rows, *m_dpi, *m_width, *m_previewPage;
    QDoubleSpinBox *m_margin, *m_overlap, *m_scalePercent;
    QCheckBox *m_cropMarks, *m_title, *m_personas, *m_stageSlides, *m_votes, *m_flow, *m_comments, *m_coverage, *m_matrix,
        *m_transparent,
        *m_onPage,
        *m_bom;
    QComboBox *m_overlay, *m_period, *m_segment;
    QCheckBox *m_marks, *m_charts;
    QWidget *m_pdfBox, *m_pngBox, *m_csvBox, *m_pageBox, *m_overlayBox;
    QStringList m_written;
    QStackedWidget *m_previewStack;
    QPlainTextEdit *m_textPreview;
    QLabel *m_pageInfo;
    class Preview;
    Preview *m_preview;
};

} // namespace waymark
