// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageimport.h"

#include "trcontexts.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

namespace waymark::ImageImport {

namespace {

constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
// Decoding happens at the reduced size where the format allows (JPEG); otherwise the whole
// picture is decoded first, so it must stay well below what memory can take.
constexpr qint64 MaxDecodedPixels = 50'000'000;

QRect squareCrop(const QSize &size)
{
    const int side = std::min(size.width(), size.height());
    return QRect((size.width() - side) / 2, (size.height() - side) / 2, side, side);
}

bool hasTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel()) return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(line[x]) < 255) return true;
    }
    return false;
}

std::optional<Image> encode(const QImage &image, QString *error)
{
    Image out;
    out.id = newId();
    out.width = image.width();
    out.height = image.height();
    QBuffer buffer(&out.data);
    buffer.open(QIODevice::WriteOnly);
    // Photos as JPEG; pictures with transparency keep it as PNG.
    const bool png = hasTransparency(image);
    out.mimeType = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    const bool ok = png ? image.save(&buffer, "PNG")
                        : image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 88);
    if (!ok) {
        *error = Storage::tr("the picture could not be stored");
        return std::nullopt;
    }
    return out;
}

QImage fit(const QImage &image, const Options &options)
{
    QImage result = options.square ? image.copy(squareCrop(image.size())) : image;
    if (std::max(result.width(), result.height()) > options.maxSide)
        result = result.scaled(options.maxSide, options.maxSide, Qt::KeepAspectRatio,
                               Qt::SmoothTransformation);
    return result;
}

} // namespace

QString nameFilter()
{
    return Storage::tr("Pictures (*.png *.jpg *.jpeg *.webp)");
}

std::optional<Image> fromFile(const QString &path, QString *error, const Options &options)
{
    QFile file(path);
    if (file.size() > MaxFileBytes) {
        *error = Storage::tr("the file is larger than %1 MB").arg(MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return fromData(file.readAll(), error, options);
}

std::optional<Image> fromData(const QByteArray &data, QString *error, const Options &options)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // photos from phones are often stored on their side
    const QByteArray format = reader.format();
    if (data.isEmpty() || !reader.canRead() ||
        (format != "png" && format != "jpeg" && format != "webp")) {
        *error = Storage::tr("this is not a picture Waymark can read (PNG, JPEG or WebP)");
        return std::nullopt;
    }
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        *error = Storage::tr("the picture is damaged");
        return std::nullopt;
    }
    // Crop and shrink while decoding where the format can (JPEG): a 20,000 x 20,000 pixel
    // photo is then never in memory at full size.
    const QRect crop = options.square ? squareCrop(size) : QRect(QPoint(), size);
    const QSize target = crop.size()
                             .scaled(QSize(options.maxSide, options.maxSide), Qt::KeepAspectRatio)
                             .boundedTo(crop.size());
    const bool scalesWhileDecoding = reader.supportsOption(QImageIOHandler::ScaledSize) &&
                                     reader.supportsOption(QImageIOHandler::ClipRect);
    if (!scalesWhileDecoding && qint64(size.width()) * size.height() > MaxDecodedPixels) {
        *error = Storage::tr("the picture is too large (%1 x %2 pixels); pictures of up to "
                             "%3 megapixels can be used")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(MaxDecodedPixels / 1'000'000);
        return std::nullopt;
    }
    if (scalesWhileDecoding) {
        reader.setClipRect(crop);
        reader.setScaledSize(target);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = Storage::tr("the picture is damaged (%1)").arg(reader.errorString());
        return std::nullopt;
    }
    return encode(scalesWhileDecoding ? image : fit(image, options), error);
}

std::optional<Image> fromImage(const QImage &image, QString *error, const Options &options)
{
    if (image.isNull()) {
        *error = Storage::tr("the clipboard holds no picture");
        return std::nullopt;
    }
    return encode(fit(image, options), error);
}

} // namespace waymark::ImageImport
