// SPDX-License-Identifier: GPL-3.0-or-later
#include "personasheet.h"

#include "icons.h"
#include "textfit.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace waymark {

namespace {

const QColor ink(0x23, 0x2a, 0x33);
const QColor muted(0x6b, 0x75, 0x80);
constexpr double Margin = 36;

// Sheet labels in the project's language, which may differ from the interface language.
struct Label
{
    const char *en;
    const char *de;
};
const QHash<QByteArray, Label> &labels()
{
    static const QHash<QByteArray, Label> table{
        {"age", {"Age", "Alter"}},
        {"location", {"Location", "Wohnort"}},
        {"family", {"Family", "Familie"}},
        {"segment", {"Segment", "Segment"}},
        {"about", {"About", "Über"}},
        {"goals", {"Goals", "Ziele"}},
        {"needs", {"Needs", "Bedürfnisse"}},
        {"frustrations", {"Frustrations", "Frustrationen"}},
        {"values", {"Values", "Werte"}},
        {"behaviours", {"Behaviours", "Verhalten"}},
        {"channels", {"Preferred channels", "Bevorzugte Kanäle"}},
        {"traits", {"Traits", "Eigenschaften"}},
        {"tags", {"Tags", "Schlagwörter"}},
        {"years", {"%1 years", "%1 Jahre"}},
    };
    return table;
}

QString channelName(Channel c, bool german)
{
    static const QHash<int, Label> names{
        {int(Channel::Web), {"Web", "Web"}},
        {int(Channel::App), {"App", "App"}},
        {int(Channel::Email), {"E-mail", "E-Mail"}},
        {int(Channel::Phone), {"Phone", "Telefon"}},
        {int(Channel::Store), {"Store", "Filiale"}},
        {int(Channel::Chat), {"Chat", "Chat"}},
        {int(Channel::Social), {"Social media", "Social Media"}},
        {int(Channel::Ad), {"Advertising", "Werbung"}},
        {int(Channel::Mail), {"Letter / mail", "Brief / Post"}},
        {int(Channel::Event), {"Event", "Veranstaltung"}},
        {int(Channel::Partner), {"Partner", "Partner"}},
        {int(Channel::Other), {"Other", "Sonstiges"}},
    };
    const Label l = names.value(int(c), {"", ""});
    return QString::fromUtf8(german ? l.de : l.en);
}

QFont font(const QPainter *p, int pixelSize, bool bold = false, bool italic = false)
{
    QFont f = p->font();
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QString bullets(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        if (!item.trimmed().isEmpty()) lines.append(QStringLiteral("• ") + item.trimmed());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PersonaSheet::PersonaSheet(const Project &project, const Persona &persona)
    : m_project(project), m_persona(persona), m_german(project.info.language == QLatin1String("de"))
{
}

QString PersonaSheet::label(const char *key) const
{
    const Label l = labels().value(QByteArray(key), {key, key});
    return QString::fromUtf8(m_german ? l.de : l.en);
}

QColor PersonaSheet::colourOf(const Persona &persona)
{
    return persona.colour.isValid() ? persona.colour : QColor(0x2f, 0x7f, 0xc1);
}

QString PersonaSheet::initials(const QString &name)
{
    QString out;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar first = part.at(0);
        if (first.isLetterOrNumber()) out += first.toUpper();
        if (out.size() == 2) break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

void PersonaSheet::paintAvatar(QPainter *p, const QRectF &rect, const Project &project,
                               const Persona &persona)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(rect);
    const int i = project.imageIndex(persona.photoId);
    const QImage photo = i >= 0 ? decodedImage(project.images[i]) : QImage();
    if (!photo.isNull()) {
        p->setClipPath(circle);
        // Fill the circle: the shorter side of the photo spans it.
        const QSizeF scaled =
            QSizeF(photo.size()).scaled(rect.size(), Qt::KeepAspectRatioByExpanding);
        p->drawImage(QRectF(rect.center() - QPointF(scaled.width(), scaled.height()) / 2, scaled),
                     photo);
    } else {
        p->fillPath(circle, colourOf(persona));
        QFont f = p->font();
        f.setPixelSize(std::max(6, int(rect.height() * 0.38)));
        f.setBold(true);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(rect, Qt::AlignCenter, initials(persona.name));
    }
    p->restore();
}

bool PersonaSheet::paint(QPainter *p, const QRectF &target) const
{
    const QSizeF page = pageSize();
    const double scale = std::min(target.width() / page.width(), target.height() / page.height());
    p->save();
    p->translate(target.center() - QPointF(page.width(), page.height()) * scale / 2);
    p->scale(scale, scale);
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    bool fits = true;
    const double width = page.width() - 2 * Margin;
    p->fillRect(QRectF(QPointF(0, 0), page), Qt::white);

    // Header band in a light tint of the persona's colour.
    const QColor colour = colourOf(m_persona);
    QColor band = colour;
    band.setAlphaF(0.16);
    p->fillRect(QRectF(0, 0, page.width(), 214), band);
    p->fillRect(QRectF(0, 210, page.width(), 4), colour);
    paintAvatar(p, QRectF(Margin, 32, 150, 150), m_project, m_persona);
    const double textLeft = Margin + 172, textWidth = page.width() - Margin - textLeft;
    p->setPen(ink);
    fits &=
        drawFitted(p, QRectF(textLeft, 30, textWidth, 64), m_persona.name, font(p, 30, true), 16);
    p->setPen(muted);
    fits &= drawFitted(p, QRectF(textLeft, 96, textWidth, 20), m_persona.role, font(p, 14), 10);
    if (!m_persona.quote.trimmed().isEmpty()) {
        p->setPen(colour.darker(120));
        p->setFont(font(p, 46, true));
        p->drawText(QRectF(textLeft - 4, 112, 30, 44), Qt::AlignLeft | Qt::AlignTop,
                    QStringLiteral("“"));
        p->setPen(ink);
        fits &= drawFitted(p, QRectF(textLeft + 24, 124, textWidth - 24, 72),
                           m_persona.quote.trimmed(), font(p, 15, false, true), 9);
    }

    // Facts.
    struct Fact
    {
        QString label, value;
    };
    QList<Fact> facts;
    if (m_persona.age) facts.append({label("age"), label("years").arg(*m_persona.age)});
    if (!m_persona.location.isEmpty()) facts.append({label("location"), m_persona.location});
    if (!m_persona.family.isEmpty()) facts.append({label("family"), m_persona.family});
    if (!m_persona.segment.isEmpty()) facts.append({label("segment"), m_persona.segment});
    double y = 228;
    auto heading = [&](const QRectF &r, const QString &text) {
        p->setPen(colour.darker(140));
        p->setFont(font(p, 10, true));
        p->drawText(r, Qt::AlignLeft | Qt::AlignTop, text.toUpper());
    };
    if (!facts.isEmpty()) {
        const double w = width / facts.size();
        for (int i = 0; i < facts.size(); ++i) {
            const QRectF cell(Margin + i * w, y, w - 10, 44);
            heading(cell, facts[i].label);
            p->setPen(ink);
            fits &= drawFitted(p, cell.adjusted(0, 15, 0, 0), facts[i].value, font(p, 12), 8);
        }
        y += 54;
    }
    if (!m_persona.bio.trimmed().isEmpty()) {
        heading(QRectF(Margin, y, width, 14), label("about"));
        p->setPen(ink);
        fits &= drawFitted(p, QRectF(Margin, y + 16, width, 64), m_persona.bio.trimmed(),
                           font(p, 11), 7);
        y += 88;
    }

    // The lists that have entries: two columns, then behaviours across the page. An empty
    // list takes no room; the others share it.
    const double gap = 16, column = (width - gap) / 2;
    const bool hasBottom = !m_persona.channels.isEmpty() || !m_persona.traits.isEmpty();
    const double listsBottom = hasBottom ? 690 : page.height() - 50;
    auto list = [&](const QRectF &r, const QString &title, const QStringList &items) {
        QPainterPath box;
        box.addRoundedRect(r, 8, 8);
        p->fillPath(box, QColor(0xf6, 0xf7, 0xf9));
        heading(r.adjusted(12, 10, -12, 0), title);
        p->setPen(ink);
        fits &= drawFitted(p, r.adjusted(12, 27, -12, -8), bullets(items), font(p, 11), 7);
    };
    QList<std::pair<QString, const QStringList *>> lists;
    for (const auto &[key, items] :
         {std::pair<const char *, const QStringList *>{"goals", &m_persona.goals},
          {"frustrations", &m_persona.frustrations},
          {"needs", &m_persona.needs},
          {"values", &m_persona.values}})
        if (!items->isEmpty()) lists.append({label(key), items});
    const bool behaviours = !m_persona.behaviours.isEmpty();
    const int rows = int(lists.size() + 1) / 2;
    if (rows > 0) {
        const double boxHeight =
            std::min(220.0, (listsBottom - y - (behaviours ? 90 : 0) - (rows - 1) * 12) / rows);
        for (int i = 0; i < lists.size(); ++i) {
            const bool alone = i == lists.size() - 1 && i % 2 == 0; // an odd one spans
            list(QRectF(Margin + (i % 2) * (column + gap), y, alone ? width : column, boxHeight),
                 lists[i].first, *lists[i].second);
            if (i % 2 == 1 || alone) y += boxHeight + 12;
        }
    }
    if (behaviours) {
        list(QRectF(Margin, y, width, 78), label("behaviours"), m_persona.behaviours);
        y += 90;
    }
    y = std::max(y, listsBottom) + 6;
    if (!hasBottom) y = page.height(); // nothing below: channels and traits are left out

    // Channels and traits side by side, when there are any.
    if (!m_persona.channels.isEmpty()) heading(QRectF(Margin, y, column, 14), label("channels"));
    double cx = Margin, cy = y + 18;
    p->setFont(font(p, 11));
    for (Channel c : m_persona.channels) {
        const QString name = channelName(c, m_german);
        const double w = QFontMetricsF(p->font()).horizontalAdvance(name) + 36;
        if (cx + w > Margin + column) cx = Margin, cy += 26;
        if (cy > page.height() - 60) {
            fits = false;
            break;
        }
        QPainterPath chip;
        chip.addRoundedRect(QRectF(cx, cy, w, 21), 10.5, 10.5);
        p->fillPath(chip, band);
        paintChannelIcon(p, c, QRectF(cx + 8, cy + 4, 13, 13), colour.darker(150));
        p->setPen(ink);
        p->drawText(QRectF(cx + 26, cy, w - 30, 21), Qt::AlignVCenter, name);
        cx += w + 6;
    }
    const double tx = Margin + column + gap;
    if (!m_persona.traits.isEmpty()) heading(QRectF(tx, y, column, 14), label("traits"));
    double ty = y + 18;
    for (const Trait &t : m_persona.traits) {
        if (ty > page.height() - 56) {
            fits = false;
            break;
        }
        p->setPen(ink);
        p->setFont(font(p, 11));
        const QString name = QFontMetricsF(p->font()).elidedText(t.name, Qt::ElideRight, 110);
        fits &= name == t.name;
        p->drawText(QRectF(tx, ty, 112, 16), Qt::AlignVCenter, name);
        for (int i = 0; i < 5; ++i) {
            const QRectF dot(tx + 118 + i * 22, ty + 3, 18, 10);
            QPainterPath pill;
            pill.addRoundedRect(dot, 5, 5);
            p->fillPath(pill, i < t.value ? colour : QColor(0xe2, 0xe6, 0xea));
        }
        ty += 20;
    }

    // Tags and the project along the bottom.
    p->setPen(muted);
    p->setFont(font(p, 9));
    const QString tags = m_persona.tags.isEmpty() ? QString()
                                                  : label("tags") + QStringLiteral(": ") +
                                                        m_persona.tags.join(QStringLiteral(", "));
    const QRectF foot(Margin, page.height() - 30, width, 14);
    const QFontMetricsF fm(p->font());
    const QString right = m_project.info.title;
    p->drawText(foot, Qt::AlignRight | Qt::AlignVCenter, right);
    const QString left =
        fm.elidedText(tags, Qt::ElideRight, width - fm.horizontalAdvance(right) - 20);
    fits &= left == tags;
    p->drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, left);
    p->restore();
    return fits;
}

} // namespace waymark
