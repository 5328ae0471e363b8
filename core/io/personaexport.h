// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

namespace waymark {

// Persona sheets to files: a PDF with one A4 page per persona (vector, text selectable), or
// one PNG per persona. Files appear complete or not at all.
namespace PersonaExport {

struct Options
{
    int dpi = 150; // PNG only
};

// PNG files for several personas are numbered: OUT-1.png, OUT-2.png, ...
QStringList pngPaths(const QString &path, int count);
bool write(const Project &project, const QList<Id> &personaIds, const QString &path,
           const Options &options, QStringList *written, QString *error);

} // namespace PersonaExport

} // namespace waymark
