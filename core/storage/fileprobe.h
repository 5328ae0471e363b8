// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace waymark {

// What a file is, read from its first 100 bytes without opening it as a database,
// so that a foreign or damaged file is named before SQLite could touch it.
struct FileProbe
{
    enum class Kind
    {
        Waymark, // application_id matches; see schemaVersion
        Missing,
        NotAFile, // a folder or device
        Unreadable,
        Empty,
        Zip, // e.g. an .xlsx or .docx renamed
        Text,
        NotSqlite,
        OtherProgram, // a SQLite database of another program
        Newer,        // schemaVersion is above what this build reads
        Truncated,
    };
    Kind kind = Kind::Missing;
    int schemaVersion = 0;
    QString reason;    // translated, without the file name
    QByteArray header; // the first 100 bytes

    bool ok() const { return kind == Kind::Waymark; }
    static FileProbe probe(const QString &path, int currentSchemaVersion);
};

} // namespace waymark
