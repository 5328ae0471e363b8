// SPDX-License-Identifier: GPL-3.0-or-later
// What the libFuzzer harnesses share: a Qt application object (plugins, QSqlDatabase), a
// scratch folder of their own, and the input as bytes.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

namespace waymark::fuzz {

// A GUI application on the offscreen platform: the sample project draws its pictures.
inline QGuiApplication &app()
{
    static int argc = 1;
    static char name[] = "waymark-fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication &instance = []() -> QGuiApplication & {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return *new QGuiApplication(argc, argv); // lives until the process ends
    }();
    return instance;
}

inline const QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

inline QString writeScratch(const QString &name, QByteArrayView bytes)
{
    const QString path = scratch().filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) f.write(bytes.data(), bytes.size());
    return path;
}

inline QByteArrayView input(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace waymark::fuzz
