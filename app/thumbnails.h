// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QPixmap>

namespace waymark::Thumbnails {

// A small picture of a project's map for the start page's recent list, kept in the user's
// cache folder under a hash of the project's path (nothing is written next to the project).
QString pathFor(const QString &projectPath);
// Writes the picture of `journey` (or the first journey); false when it cannot.
bool save(const Project &project, const Id &journey, const QString &projectPath);
// The picture, or a null pixmap when there is none (yet).
QPixmap load(const QString &projectPath);

constexpr int Width = 144, Height = 90;

} // namespace waymark::Thumbnails
