// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace waymark {

// The user guide: Markdown in resources/guide (guide.en.md, guide.de.md), shown by
// HelpWindow and written as PDF, PNG and Markdown by `waymark --export-guide DIR`. Its
// pictures are written `![caption](shot:NAME)` and made by the application of itself when
// they are shown (the bundled sample in the guide's language), so they never go stale.
namespace Guide {

struct Section
{
    int level = 1;   // 1 for "#", 2 for "##", ...
    QString title;
    int position = 0; // where its heading starts in the QTextDocument
};

// Languages the guide is written in ("en", "de").
QStringList languages();
// The guide's Markdown in `language` (English for a language it is not written in).
QString markdown(const QString &language);
// The headings of a document made from markdown(), in order.
QList<Section> sections(const QTextDocument &document);
// The pictures the guide may show, by name (shot:NAME).
QStringList shotNames();
// Picture `name` with the texts of the guide in `language`, made on first use and kept; a
// null image for an unknown name. Needs a QApplication (some are pictures of windows).
QImage shot(const QString &name, const QString &language);
// Fills `document` with the guide in `language`, pictures loaded and no wider than
// `maxWidth` (document units).
void load(QTextDocument *document, const QString &language, qreal maxWidth);
// The guide as PDF at `path` (page size from the preferences); false with the reason.
bool writePdf(const QString &language, const QString &path, QString *error);
// DIR/LANG/guide.pdf, DIR/LANG/guide.md with its pictures as DIR/LANG/NAME.png.
bool exportAll(const QString &dir, const QString &language, QString *error);

} // namespace Guide

} // namespace waymark
