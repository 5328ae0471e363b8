// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace waymark {

// One persona as a designer's poster on an A4 page: photo, name, quote, facts, lists,
// channels and traits. Labels are in the project's language. The GUI preview, the PDF
// export and waymark-cli all draw it with this class.
class PersonaSheet
{
public:
    // The page in points (A4 portrait); paint() scales it to any target.
    static QSizeF pageSize() { return {595.276, 841.89}; } // 210 x 297 mm

    PersonaSheet(const Project &project, const Persona &persona);
    // Paints the page into `target`, keeping its proportions. Returns false when some text
    // had to be shortened (it then ends in an ellipsis).
    bool paint(QPainter *painter, const QRectF &target) const;

    // The persona's initials, for avatars without a photo.
    static QString initials(const QString &name);
    // A round photo or, without one, the initials on the persona's colour.
    static void paintAvatar(QPainter *painter, const QRectF &rect, const Project &project,
                            const Persona &persona);
    static QColor colourOf(const Persona &persona);

private:
    QString label(const char *key) const;
    const Project &m_project;
    const Persona &m_persona;
    bool m_german;
};

} // namespace waymark
