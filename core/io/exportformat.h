// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapexport.h"
#include "tableexport.h"

#include <QFlags>

namespace waymark {

// What one export is asked to write: the journeys and every format's options (a format reads
// those that apply to it).
struct ExportRequest
{
    QList<Id> journeys;
    MapExportOptions map;
    TableExport::CsvOptions csv;
    MapExport::Progress progress; // may cancel a long export (PDF)
    QString sourceFile;           // the project file, for WholeProject formats (JSON)
};

// One export format: its name, file suffixes, which options apply, and its writer. The export
// dialog, `waymark-cli export` and the tests all read the one registry below, so a format added
// there is offered everywhere (the way Tiled's MapFormat works).
class ExportFormat
{
public:
    enum Option
    {
        PageSetup = 0x1,        // page size, orientation, margin
        TitleBlock = 0x2,       // a title block with the project and journey
        Poster = 0x4,           // fit on one page or a poster over several
        ExtraPages = 0x8,       // charts, votes, flow, comments, coverage, matrix, personas
        PictureSize = 0x10,     // dpi or pixel width, on a page (then PageSetup), transparent
        Overlay = 0x20,         // a metric overlay with friction marks
        CsvSettings = 0x40,     // delimiter and byte order mark
        TextPreview = 0x80,     // the dialog previews preview()'s text, not pages
        FilePerJourney = 0x100, // several journeys become numbered files
        WholeProject = 0x200,   // writes the whole project whatever journeys are chosen
        StageSlides = 0x400,    // a slide per stage can follow each journey's slide
    };
    Q_DECLARE_FLAGS(Options, Option)

    virtual ~ExportFormat() = default;
    // "pdf": the name in --format and in the settings; never translated.
    virtual QString id() const = 0;
    // "PDF (print, poster)", in the interface's language.
    virtual QString name() const = 0;
    // Without the dot; the first is the one a new file gets.
    virtual QStringList suffixes() const = 0;
    virtual Options options() const = 0;
    // Writes the whole export, all or nothing; `written` lists the files (several for a
    // FilePerJourney format). False with the reason in `error`.
    virtual bool write(const Project &project, const ExportRequest &request, const QString &path,
                       QStringList *written, QString *error) const = 0;
    // For TextPreview formats: (the start of) what the file will say.
    virtual QString preview(const Project &project, const ExportRequest &request) const;

    QString suffix() const { return suffixes().value(0); }
    bool has(Option option) const { return options().testFlag(option); }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ExportFormat::Options)

namespace ExportFormats {

// Every format, in the order the export dialog offers them.
const QList<const ExportFormat *> &all();
// By id or by one of its suffixes, case-insensitively; null when none has it.
const ExportFormat *find(const QString &idOrSuffix);
// The ids as a list for messages: "pdf, png, svg, xlsx, csv, md".
QString idList();

} // namespace ExportFormats

} // namespace waymark
