// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/templates.h"
#include "io/imageimport.h"
#include "render/personasheet.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace waymark;

namespace {
QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A PNG that claims to be `w` x `h` pixels (with nothing behind the header that could be
// decoded): what a "decompression bomb" looks like to a reader.
QByteArray pngHeader(quint32 w, quint32 h)
{
    QByteArray bytes = encoded(QImage(8, 8, QImage::Format_RGB32), "PNG");
    qToBigEndian(w, bytes.data() + 16);
    qToBigEndian(h, bytes.data() + 20);
    // The IHDR chunk's CRC (over its type and data, bytes 12 to 28) must match.
    quint32 crc = 0xffffffff;
    for (int i = 12; i < 29; ++i) {
        crc ^= quint8(bytes[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    qToBigEndian(crc ^ 0xffffffffu, bytes.data() + 29);
    return bytes;
}
} // namespace

class TestPersonas : public QObject
{
    Q_OBJECT

private slots:
    void importsAndShrinksPhotos()
    {
        QImage photo(1200, 800, QImage::Format_RGB32);
        photo.fill(QColor(0x33, 0x66, 0x99));
        QPainter(&photo).fillRect(QRect(550, 350, 100, 100), Qt::red); // the centre survives
        QString error;
        const auto jpeg = ImageImport::fromData(encoded(photo, "JPEG"), &error);
        QVERIFY2(jpeg, qPrintable(error));
        QCOMPARE(QSize(jpeg->width, jpeg->height), QSize(512, 512));
        QCOMPARE(jpeg->mimeType, QStringLiteral("image/jpeg"));
        QVERIFY(jpeg->data.size() < 60 * 1024);
        const QImage back = QImage::fromData(jpeg->data);
        QCOMPARE(back.size(), QSize(512, 512));
        QVERIFY(back.pixelColor(256, 256).red() > 200); // cropped around the centre

        // Small pictures are not blown up; transparency keeps PNG.
        QImage logo(300, 200, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        const auto png = ImageImport::fromData(encoded(logo, "PNG"), &error);
        QVERIFY2(png, qPrintable(error));
        QCOMPARE(QSize(png->width, png->height), QSize(200, 200));
        QCOMPARE(png->mimeType, QStringLiteral("image/png"));

        // Without the square crop, the shape stays.
        const auto wide = ImageImport::fromData(encoded(photo, "PNG"), &error, {false, 512});
        QVERIFY2(wide, qPrintable(error));
        QCOMPARE(QSize(wide->width, wide->height), QSize(512, 341));
    }

    void readsWebP()
    {
        // dev.sh installs qt6-image-formats-plugins, which reads and writes WebP.
        QVERIFY2(QImageWriter::supportedImageFormats().contains("webp"),
                 "no WebP plugin: install qt6-image-formats-plugins");
        QImage photo(640, 640, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QString error;
        const auto image = ImageImport::fromData(encoded(photo, "WEBP"), &error);
        QVERIFY2(image, qPrintable(error));
        QCOMPARE(image->width, 512);
    }

    void refusesBadPictures_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QString notPicture =
            QStringLiteral("this is not a picture Waymark can read (PNG, JPEG or WebP)");
        QTest::newRow("empty") << QByteArray() << notPicture;
        QTest::newRow("text") << QByteArray("Dear customer, ...") << notPicture;
        QTest::newRow("gif") << encoded(QImage(4, 4, QImage::Format_RGB32), "GIF") << notPicture;
        QTest::newRow("svg") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>")
                             << notPicture;
        const QByteArray jpeg = encoded(QImage(64, 64, QImage::Format_RGB32), "JPEG");
        QTest::newRow("jpeg header only") << jpeg.left(20) << QStringLiteral("damaged");
        QTest::newRow("huge png") << pngHeader(20000, 20000) << QStringLiteral("too large");
        QTest::newRow("zero-size png") << pngHeader(0, 0) << QStringLiteral("damaged");
    }

    void refusesBadPictures()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!ImageImport::fromData(bytes, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void hugeJpegIsShrunkWhileDecoding()
    {
        // 8000 x 6000 pixels: decoded at a fraction of its size, never whole.
        QImage big(8000, 6000, QImage::Format_Grayscale8);
        big.fill(128);
        const QByteArray bytes = encoded(big, "JPEG");
        big = QImage();
        QString error;
        const auto image = ImageImport::fromData(bytes, &error);
        QVERIFY2(image, qPrintable(error));
        QCOMPARE(QSize(image->width, image->height), QSize(512, 512));
    }

    void missingFileNamesTheReason()
    {
        QString error;
        QVERIFY(!ImageImport::fromFile(QStringLiteral("/nonexistent/photo.jpg"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ImageImport::fromImage(QImage(), &error));
    }

    void sheetFitsOrSaysSo()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("de"), &p, &error));
        QImage page(PersonaSheet::pageSize().toSize(), QImage::Format_RGB32);
        QPainter painter(&page);
        QVERIFY(PersonaSheet(p, p.personas[0]).paint(&painter, page.rect()));
        // Very long texts shrink, then end in an ellipsis: the sheet says so.
        Persona wordy = p.personas[0];
        wordy.name = QStringLiteral("Maximiliane Theresa von und zu Hohenzollern-Sigmaringen");
        wordy.quote = QStringLiteral("Ich möchte einfach, dass alles funktioniert. ").repeated(30);
        wordy.goals =
            QStringList(40, QStringLiteral("Ein ziemlich langes Ziel mit vielen Wörtern"));
        wordy.bio = QStringLiteral("x").repeated(10000);
        wordy.traits = QList<Trait>(30, Trait{QStringLiteral("Geduld"), 4});
        wordy.channels = allChannels();
        QVERIFY(!PersonaSheet(p, wordy).paint(&painter, page.rect()));
        // Empty fields are fine.
        Persona bare;
        bare.name = QStringLiteral("X");
        QVERIFY(PersonaSheet(p, bare).paint(&painter, page.rect()));
        painter.end();
        QCOMPARE(PersonaSheet::initials(QStringLiteral("anna  keller")), QStringLiteral("AK"));
        QCOMPARE(PersonaSheet::initials(QStringLiteral("  ")), QStringLiteral("?"));
        QCOMPARE(PersonaSheet::initials(QStringLiteral("Jean Paul Sartre")), QStringLiteral("JP"));
    }
};

QTEST_MAIN(TestPersonas)
#include "tst_personas.moc"
