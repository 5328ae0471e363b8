// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <optional>
#include <QImage>

namespace waymark {

// Pictures from files, drops and the clipboard, made ready for the project file: cropped to
// a square (persona photos) and scaled down, so that a 20-megapixel photo costs kilobytes.
// Never trusts the bytes: anything that is not a PNG, JPEG or WebP picture, is damaged or
// too large to decode safely gives nullopt and a reason.
namespace ImageImport {

constexpr int MaxSide = 512;

struct Options
{
    bool square = true;
    int maxSide = MaxSide;
};
// Card pictures keep their shape and are a little larger than persona photos.
inline Options cardPicture()
{
    return {false, 640};
}

std::optional<Image> fromFile(const QString &path, QString *error, const Options &options = {});
std::optional<Image> fromData(const QByteArray &data, QString *error, const Options &options = {});
std::optional<Image> fromImage(const QImage &image, QString *error, const Options &options = {});
QString nameFilter(); // for file dialogs

} // namespace ImageImport

} // namespace waymark
