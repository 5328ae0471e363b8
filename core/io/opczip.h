// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QByteArray>
#include <QList>
#include <QString>

class QXmlStreamWriter;

// What the Office Open XML writers (XLSX, PPTX) share: XML parts written with
// QXmlStreamWriter, text made safe for XML 1.0, and the parts packed into a ZIP container in
// memory and written to disk whole.
namespace waymark::OpcZip {

struct Part
{
    QString name; // "ppt/slides/slide1.xml"
    QByteArray data;
};

// An XML part: the declaration (standalone), then what `body` writes.
QByteArray xml(const std::function<void(QXmlStreamWriter &)> &body);
// XML 1.0 cannot hold most control characters; Office calls a file with them damaged.
QString xmlSafe(QString text, qsizetype maxLength = -1);
// The parts as a ZIP container written to `path` atomically; `what` names the document in
// the error ("the spreadsheet could not be written").
bool write(const QString &path, const QList<Part> &parts, const QString &what, QString *error);

} // namespace waymark::OpcZip
