// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include "filewrite.h"
#include "htmlviewer.h"
#include "mermaid.h"
#include "pptxwriter.h"
#include "storage/projectjson.h"
#include "trcontexts.h"

namespace waymark {

QString ExportFormat::preview(const Project &, const ExportRequest &) const
{
    return {};
}

namespace {

class PdfFormat : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("pdf"); }
    QString name() const override { return Storage::tr("PDF (print, poster)"); }
    QStringList suffixes() const override { return {QStringLiteral("pdf")}; }
    Options options() const override
    {
        return PageSetup | TitleBlock | Poster | ExtraPages | Overlay;
    }
    bool write(const Project &project, const ExportRequest &r, const QString &path,
               QStringList *written, QString *error) const override
    {
        *written = {path};
        return MapExport::writePdf(project, r.journeys, path, r.map, error, r.progress);
    }
};

// PNG and SVG: one picture per journey.
class PictureFormat : public ExportFormat
{
public:
    explicit PictureFormat(bool png) : m_png(png) {}
    QString id() const override { return m_png ? QStringLiteral("png") : QStringLiteral("svg"); }
    QString name() const override
    {
        return m_png ? Storage::tr("PNG picture") : Storage::tr("SVG drawing");
    }
    QStringList suffixes() const override { return {id()}; }
    Options options() const override
    {
        return m_png ? PictureSize | TitleBlock | Overlay | FilePerJourney
                     : Overlay | FilePerJourney;
    }
    bool write(const Project &project, const ExportRequest &r, const QString &path,
               QStringList *written, QString *error) const override
    {
        return MapExport::writeJourneyPictures(project, r.journeys, path, m_png, r.map, written,
                                               error);
    }

private:
    bool m_png;
};

// The cards as a table, as a spreadsheet reads it (the XLSX "Cards" sheet is the same).
QString tablePreview(const Project &project, const QList<Id> &journeys,
                     const TableExport::CsvOptions &o)
{
    const QList<QStringList> rows = TableExport::cardRows(project, journeys);
    return QString::fromUtf8(TableExport::csv(rows.mid(0, 200), o)).remove(QChar(0xfeff));
}

class XlsxFormat : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("xlsx"); }
    QString name() const override { return Storage::tr("Excel workbook (XLSX)"); }
    QStringList suffixes() const override { return {QStringLiteral("xlsx")}; }
    Options options() const override { return TextPreview; }
    bool write(const Project &project, const ExportRequest &r, const QString &path,
               QStringList *written, QString *error) const override
    {
        *written = {path};
        return TableExport::writeXlsx(project, r.journeys, path, error);
    }
    QString preview(const Project &project, const ExportRequest &r) const override
    {
        return Storage::tr("One sheet per journey (stages across, lanes down) and a sheet of "
                           "all cards:\n\n") +
               tablePreview(project, r.journeys, {QLatin1Char('\t'), false});
    }
};

class CsvFormat : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("csv"); }
    QString name() const override { return Storage::tr("CSV table of the cards"); }
    QStringList suffixes() const override { return {QStringLiteral("csv")}; }
    Options options() const override { return CsvSettings | TextPreview; }
    bool write(const Project &project, const ExportRequest &r, const QString &path,
               QStringList *written, QString *error) const override
    {
        *written = {path};
        return TableExport::writeCsv(project, r.journeys, path, r.csv, error);
    }
    QString preview(const Project &project, const ExportRequest &r) const override
    {
        return tablePreview(project, r.journeys, r.csv);
    }
};

class MarkdownFormat : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("md"); }
    QString name() const override { return Storage::tr("Markdown outline"); }
    QStringList suffixes() const override
    {
        return {QStringLiteral("md"), QStringLiteral("markdown")};
    }
    Options options() const override { return TextPreview; }
    bool write(const Project &project, const ExportRequest &r, const QString &path,
               QStringList *written, QString *error) const override
    {
        *written = {path};
        return TableExport::writeMarkdown(project, r.journeys, path, error);
    }
    QString preview(const Project &project, const ExportRequest &r) const override
    {
        QString text;
        for (const Id &id : r.journeys)
            if (const Journey *j = project.journey(id)) text += TableExport::markdown(project, *j);
        return text;
    }
};

// A PowerPoint deck of every chosen journey (io/pptxwriter.h).
class PptxFormat : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("pptx"); }
    QString name() const override { return Storage::tr("PowerPoint slides (PPTX)"); }
    QStringList suffixes() const override { return {QStringLiteral("pptx")}; }
    Options options() const override { return Overlay | StageSlides; }
    bool write(const Project &project, const ExportRequest &r, const QString &path,
               QStringList *written, QString *error) const override
    {
        *written = {path};
        return PptxExport::write(project, r.journeys, path, r.map, error);
    }
};

// One self-contained HTML page with every chosen journey (io/htmlviewer.h).
class HtmlFormat : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("html"); }
    QString name() const override { return Storage::tr("Web page (HTML viewer)"); }
    QStringList suffixes() const override { return {QStringLiteral("html"), QStringLiteral("htm")}; }
    Options options() const override { return Overlay; }
    bool write(const Project &project, const ExportRequest &r, const QString &path,
               QStringList *written, QString *error) const override
    {
        *written = {path};
        return HtmlViewer::write(project, r.journeys, path, r.map, error);
    }
};

// Mermaid `journey` text, one file per journey (io/mermaid.h says what it carries).
class MermaidFormat : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("mermaid"); }
    QString name() const override { return Storage::tr("Mermaid journey diagram"); }
    QStringList suffixes() const override
    {
        return {QStringLiteral("mmd"), QStringLiteral("mermaid")};
    }
    Options options() const override { return TextPreview | FilePerJourney; }
    bool write(const Project &project, const ExportRequest &r, const QString &path,
               QStringList *written, QString *error) const override
    {
        QList<const Journey *> journeys;
        for (const Id &id : r.journeys)
            if (const Journey *j = project.journey(id)) journeys.append(j);
        const QStringList paths = MapExport::numberedPaths(path, int(journeys.size()));
        const bool ok = FileWrite::writeAllOrNothing(
            paths,
            [&](int i, const QString &target) {
                return FileWrite::writeWhole(target, Mermaid::write(project, *journeys[i]).toUtf8(),
                                             error);
            },
            error);
        if (ok) *written = paths;
        return ok;
    }
    QString preview(const Project &project, const ExportRequest &r) const override
    {
        QStringList texts;
        for (const Id &id : r.journeys)
            if (const Journey *j = project.journey(id)) texts.append(Mermaid::write(project, *j));
        return texts.join(QLatin1Char('\n'));
    }
};

// The whole project file as JSON (storage/JSON.md), whatever journeys are chosen.
class JsonFormat : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("json"); }
    QString name() const override { return Storage::tr("JSON (whole project, for git)"); }
    QStringList suffixes() const override { return {QStringLiteral("json")}; }
    Options options() const override { return TextPreview | WholeProject; }
    bool write(const Project &, const ExportRequest &r, const QString &path, QStringList *written,
               QString *error) const override
    {
        QByteArray json;
        if (!ProjectJson::writeFile(r.sourceFile, &json, error) ||
            !FileWrite::writeWhole(path, json, error))
            return false;
        *written = {path};
        return true;
    }
    QString preview(const Project &, const ExportRequest &r) const override
    {
        QByteArray json;
        QString error;
        if (!ProjectJson::writeFile(r.sourceFile, &json, &error)) return error;
        return QString::fromUtf8(json.left(256 * 1024));
    }
};

} // namespace

namespace ExportFormats {

const QList<const ExportFormat *> &all()
{
    static const PdfFormat pdf;
    static const PictureFormat png(true), svg(false);
    static const XlsxFormat xlsx;
    static const CsvFormat csv;
    static const MarkdownFormat md;
    static const HtmlFormat html;
    static const PptxFormat pptx;
    static const MermaidFormat mermaid;
    static const JsonFormat json;
    static const QList<const ExportFormat *> formats{&pdf, &png, &svg, &pptx, &html, &xlsx, &csv,
                                                     &md, &mermaid, &json};
    return formats;
}

const ExportFormat *find(const QString &idOrSuffix)
{
    for (const ExportFormat *f : all())
        if (f->id().compare(idOrSuffix, Qt::CaseInsensitive) == 0 ||
            f->suffixes().contains(idOrSuffix, Qt::CaseInsensitive))
            return f;
    return nullptr;
}

QString idList()
{
    QStringList ids;
    for (const ExportFormat *f : all())
        ids.append(f->id());
    return ids.join(QStringLiteral(", "));
}

} // namespace ExportFormats

} // namespace waymark
