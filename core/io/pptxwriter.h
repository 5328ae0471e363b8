// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapexport.h"

namespace waymark {

// A PowerPoint deck (Office Open XML PresentationML, 16:9) written with QuaZip and
// QXmlStreamWriter: a title slide; per journey a slide with the map as a picture sized for the
// slide and the stages' text in the speaker notes, then (with `stageSlides`) a slide per stage;
// with an overlay, the friction top 10 as a table and the charts; then a slide per persona of
// the journeys. Text is real text (titles, tables, notes); the pictures have alt text.
namespace PptxExport {

// Slide size in EMU (English Metric Units, 914,400 per inch): 13.333 x 7.5 in.
constexpr qint64 SlideWidth = 12192000;
constexpr qint64 SlideHeight = 6858000;

bool write(const Project &project, const QList<Id> &journeys, const QString &path,
           const MapExportOptions &options, QString *error);

} // namespace PptxExport

} // namespace waymark
