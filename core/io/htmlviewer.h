// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapexport.h"

namespace waymark {

// Journeys as one self-contained HTML file that a client opens from an e-mail in any current
// browser: each map as the SVG the exports draw (with the overlay when one is chosen), zoom
// (buttons, Ctrl+wheel, + - 0) and pan (drag, arrow keys), a card's details on click, a
// journey chooser, the overlay's legend and worst friction points, the personas, and a
// print style (one map per page, then the personas). Nothing is fetched: pictures are inline
// and a Content-Security-Policy forbids every request. Texts follow the project's language.
namespace HtmlViewer {

QByteArray html(const Project &project, const QList<Id> &journeys,
                const MapExportOptions &options = {});
bool write(const Project &project, const QList<Id> &journeys, const QString &path,
           const MapExportOptions &options, QString *error);

} // namespace HtmlViewer

} // namespace waymark
