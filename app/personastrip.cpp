// SPDX-License-Identifier: GPL-3.0-or-later
#include "personastrip.h"

#include "document/document.h"
#include "menutext.h"
#include "render/personasheet.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QMenu>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolButton>

namespace waymark {

namespace {

class Chip : public QAbstractButton
{
public:
    Chip(const Project &project, const Persona &persona, QWidget *parent)
        : QAbstractButton(parent), m_project(project), m_persona(persona)
    {
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setAccessibleName(PersonaStrip::tr("Persona %1").arg(persona.name));
        setAccessibleDescription(persona.quote);
        setToolTip(persona.quote.isEmpty()
                       ? persona.name
                       : QStringLiteral("%1 — „%2“").arg(persona.name, persona.quote));
        setFixedHeight(46);
        setMinimumWidth(160);
        setMaximumWidth(320);
    }
    QSize sizeHint() const override { return {260, 46}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QColor tint = PersonaSheet::colourOf(m_persona);
        tint.setAlphaF(underMouse() ? 0.22 : 0.12);
        p.setBrush(tint);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
        PersonaSheet::paintAvatar(&p, QRectF(6, 5, 36, 36), m_project, m_persona);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::WindowText));
        const QRect text = rect().adjusted(50, 5, -8, -5);
        p.drawText(QRect(text.left(), text.top(), text.width(), text.height() / 2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(m_persona.name, Qt::ElideRight, text.width()));
        QFont italic = font();
        italic.setItalic(true);
        p.setFont(italic);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(text.left(), text.center().y(), text.width(), text.height() / 2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(italic).elidedText(m_persona.quote, Qt::ElideRight, text.width()));
        if (hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
        }
    }
    void enterEvent(QEnterEvent *) override { update(); }
    void leaveEvent(QEvent *) override { update(); }

private:
    const Project &m_project;
    Persona m_persona;
};

} // namespace

PersonaStrip::PersonaStrip(QWidget *parent)
    : QWidget(parent), m_row(new QHBoxLayout(this)), m_link(new QToolButton(this))
{
    setObjectName(QStringLiteral("personaStrip"));
    setAccessibleName(tr("Personas of this journey"));
    m_row->setContentsMargins(6, 4, 6, 4);
    m_row->setSpacing(6);
    m_link->setText(tr("Personas"));
    m_link->setIcon(QIcon::fromTheme(QStringLiteral("user-identity")));
    m_link->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_link->setPopupMode(QToolButton::InstantPopup);
    m_link->setAccessibleName(tr("Link personas to this journey"));
    m_link->setToolTip(tr("Link personas to this journey"));
    auto *menu = new QMenu(m_link);
    m_link->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const Journey *j =
            m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
        if (!j) return;
        for (const Persona &p : m_document->project().personas) {
            QAction *a = menu->addAction(menuText(p.name));
            a->setCheckable(true);
            a->setChecked(j->personaIds.contains(p.id));
            const Id id = p.id;
            connect(a, &QAction::toggled, this, [this, id](bool on) { setLinked(id, on); });
        }
        if (menu->isEmpty())
            menu->addAction(tr("No personas yet: add them in the Personas panel"))
                ->setEnabled(false);
    });
    m_row->addWidget(m_link);
    m_row->addStretch();
    hide();
}

void PersonaStrip::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeSet &changes) {
            if (!changes.personas.isEmpty() || !changes.journeys.isEmpty() || changes.personaOrder)
                rebuild();
        });
        connect(document, &Document::currentJourneyChanged, this, &PersonaStrip::rebuild);
    }
    rebuild();
}

QList<QWidget *> PersonaStrip::chips() const
{
    return m_chips;
}

void PersonaStrip::setLinked(const Id &personaId, bool linked)
{
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    if (!j || j->personaIds.contains(personaId) == linked) return;
    Journey changed = *j;
    if (linked)
        changed.personaIds.append(personaId);
    else
        changed.personaIds.removeAll(personaId);
    m_document->changeJourney(changed);
}

void PersonaStrip::rebuild()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    setVisible(j != nullptr);
    if (!j) return;
    m_link->setEnabled(!m_document->isReadOnly());
    int at = 0;
    for (const Id &id : j->personaIds) {
        const Persona *p = m_document->project().persona(id);
        if (!p) continue;
        auto *chip = new Chip(m_document->project(), *p, this);
        connect(chip, &QAbstractButton::clicked, this, [this, id] { emit personaClicked(id); });
        m_row->insertWidget(at++, chip);
        m_chips.append(chip);
    }
}

} // namespace waymark
