// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiespanel.h"

#include "analytics/opportunity.h"
#include "document/document.h"
#include "io/imageimport.h"
#include "panelbutton.h"
#include "render/maprenderer.h"
#include "render/textfit.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

namespace {
// All the same: that value; else "several" (an empty combo box, a placeholder text).
template <typename T, typename F> std::optional<T> common(const QList<const Card *> &cards, F get)
{
    if (cards.isEmpty()) return std::nullopt;
    const T first = get(*cards.first());
    for (const Card *c : cards)
        if (!(get(*c) == first)) return std::nullopt;
    return first;
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString s = t.trimmed(); !s.isEmpty() && !tags.contains(s)) tags.append(s);
    return tags;
}
} // namespace

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_colour(new QPushButton(this)),
      m_colourReset(new QPushButton(this)), m_pictureChoose(new QPushButton(this)),
      m_pictureRemove(new QPushButton(this)), m_picture(new QLabel(this)),
      m_channel(new QComboBox(this)), m_emotion(new QComboBox(this)),
      m_evidence(new QComboBox(this)), m_persona(new QComboBox(this)), m_tags(new QLineEdit(this)),
      m_touchpoint(new QLineEdit(this)), m_link(new QComboBox(this)), m_sources(new QLabel(this)),
      m_form(new QWidget(this))
{
    setObjectName(QStringLiteral("properties"));
    m_summary->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("cardText"));
    m_text->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    // The text shows whole (the card may show only part of it): the field grows with it, up
    // to a screenful, and scrolls beyond.
    m_notes->setMaximumHeight(110);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PropertiesPanel::fitTextHeight);
    m_text->installEventFilter(this);
    m_notes->installEventFilter(this);
    QWidget *colourRow = panelButtonRow(this, {m_colour, m_colourReset});
    // The card's picture: a thumbnail, choose (or drop a picture on the card, or paste one
    // into a cell of an Images lane) and remove.
    m_picture->setObjectName(QStringLiteral("cardPicture"));
    m_picture->setFixedSize(64, 40);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_pictureChoose->setObjectName(QStringLiteral("choosePicture"));
    m_pictureRemove->setObjectName(QStringLiteral("removePicture"));
    QWidget *pictureRow = panelButtonRow(this, {m_picture, m_pictureChoose, m_pictureRemove});
    // Combo boxes as narrow as the dock allows; they show their full text when open.
    for (QComboBox *box : {m_channel, m_emotion, m_evidence, m_persona}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock a field goes under its label instead of widening the dock.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // The texts need room to be read: below their labels rather than squeezed beside them.
    for (QPlainTextEdit *text : {m_text, m_notes})
        text->setMinimumWidth(170);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Notes:"), m_notes);
    auto *colourLabel = new QLabel(tr("C&olour:"), this);
    colourLabel->setBuddy(m_colour); // the row is a layout, so the mnemonic needs a buddy
    form->addRow(colourLabel, colourRow);
    auto *pictureLabel = new QLabel(tr("P&icture:"), this);
    pictureLabel->setBuddy(m_pictureChoose);
    form->addRow(pictureLabel, pictureRow);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Feeling:"), m_emotion);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Evidence:"), m_evidence);
    m_sources->setObjectName(QStringLiteral("cardSources"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::PlainText);
    form->addRow(tr("Sources:"), m_sources);
    form->addRow(tr("Touchpoint &key:"), m_touchpoint);
    m_link->setObjectName(QStringLiteral("cardLink"));
    m_link->setToolTip(tr("A step that is a journey of its own: the card opens it (Alt+Down) "
                          "and shows its friction"));
    form->addRow(tr("&Opens journey:"), m_link);
    form->addRow(tr("&Persona:"), m_persona);
    // An opportunity's scores and what it addresses (opportunities and ideas lanes only).
    m_opportunity = new QWidget(this);
    auto *scores = new QFormLayout(m_opportunity);
    scores->setContentsMargins(0, 0, 0, 0);
    scores->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto spin = [this](const char *name) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(0, Card::MaxScore);
        box->setSingleStep(0.5);
        box->setDecimals(1);
        box->setSpecialValueText(tr("not scored"));
        return box;
    };
    m_customer = spin("customerValue");
    m_business = spin("businessValue");
    m_effort = spin("effort");
    scores->addRow(tr("C&ustomer value:"), m_customer);
    scores->addRow(tr("&Business value:"), m_business);
    scores->addRow(tr("Effo&rt:"), m_effort);
    m_addresses = new QLabel(this);
    m_addresses->setObjectName(QStringLiteral("cardAddresses"));
    m_addresses->setWordWrap(true);
    m_addresses->setTextFormat(Qt::PlainText);
    m_chooseAddresses = new QPushButton(tr("Choose..."), this);
    m_chooseAddresses->setObjectName(QStringLiteral("chooseAddresses"));
    m_chooseAddresses->setToolTip(tr("The pain points and stages this opportunity addresses"));
    scores->addRow(tr("Addresses:"), m_addresses);
    scores->addRow(QString(), m_chooseAddresses);
    form->addRow(m_opportunity);
    for (QDoubleSpinBox *box : {m_customer, m_business, m_effort})
        connect(box, &QDoubleSpinBox::editingFinished, this, [this] {
            if (m_refreshing || !m_document) return;
            const QList<const Card *> cards = selection();
            if (cards.size() != 1) return;
            auto value = [](QDoubleSpinBox *b) {
                // Below 1 is "not scored" (the spin box's lowest value).
                return b->value() < Card::MinScore ? std::nullopt
                                                   : std::optional<double>(b->value());
            };
            m_document->scoreOpportunity(m_document->currentJourneyId(), cards.first()->id,
                                         value(m_customer), value(m_business), value(m_effort));
        });
    connect(m_chooseAddresses, &QPushButton::clicked, this, &PropertiesPanel::chooseAddresses);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_form);
    layout->addStretch();
    // Hidden without a selection, the form still takes its room: no jump when it appears.
    QSizePolicy keep = m_form->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_form->setSizePolicy(keep);
    fillChoices();
    connect(m_pictureChoose, &QPushButton::clicked, this, &PropertiesPanel::choosePicture);
    connect(m_pictureRemove, &QPushButton::clicked, this, [this] { setPicture(std::nullopt); });

    connect(m_colour, &QPushButton::clicked, this, [this] { chooseColour(false); });
    connect(m_colourReset, &QPushButton::clicked, this, [this] { chooseColour(true); });
    connect(m_channel, &QComboBox::activated, this, [this](int i) {
        const auto channel = Channel(m_channel->itemData(i).toInt());
        apply([channel](Card &c) { c.channel = channel; });
    });
    connect(m_emotion, &QComboBox::activated, this, [this](int i) {
        const QVariant v = m_emotion->itemData(i);
        apply([v](Card &c) {
            c.emotion = v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
        });
    });
    connect(m_evidence, &QComboBox::activated, this, [this](int i) {
        const auto evidence = Evidence(m_evidence->itemData(i).toInt());
        apply([evidence](Card &c) { c.evidence = evidence; });
    });
    connect(m_persona, &QComboBox::activated, this, [this](int i) {
        const Id persona = m_persona->itemData(i).value<Id>();
        apply([persona](Card &c) { c.personaId = persona; });
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (!m_tags->isModified()) return;
        m_tags->setModified(false);
        const QStringList tags = splitTags(m_tags->text());
        apply([tags](Card &c) { c.tags = tags; });
    });
    connect(m_link, &QComboBox::activated, this, [this](int i) {
        const Id linked = m_link->itemData(i).value<Id>();
        apply([linked](Card &c) { c.linkedJourney = linked; });
    });
    connect(m_touchpoint, &QLineEdit::editingFinished, this, [this] {
        if (!m_touchpoint->isModified()) return;
        m_touchpoint->setModified(false);
        const QString key = m_touchpoint->text().trimmed();
        apply([key](Card &c) { c.touchpointKey = key; });
    });
    refresh();
}

void PropertiesPanel::fillChoices()
{
    m_refreshing = true;
    m_channel->clear();
    m_channel->addItem(tr("No channel"), int(Channel::None));
    for (Channel c : allChannels())
        m_channel->addItem(displayName(c), int(c));
    m_emotion->clear();
    m_emotion->addItem(tr("No feeling"), QVariant());
    for (int score = MaxEmotion; score >= MinEmotion; --score)
        m_emotion->addItem(emotionName(score), score);
    m_evidence->clear();
    for (Evidence e : {Evidence::Observed, Evidence::Reported, Evidence::Assumed})
        m_evidence->addItem(displayName(e), int(e));
    m_colour->setText(tr("Choose..."));
    m_colourReset->setText(tr("Lane colour"));
    m_colour->setAccessibleName(tr("Card colour"));
    m_colourReset->setAccessibleName(tr("Use the lane's colour"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_pictureChoose->setText(tr("Choose..."));
    m_pictureChoose->setAccessibleName(tr("Choose a picture for the card"));
    m_pictureRemove->setText(tr("Remove"));
    m_pictureRemove->setAccessibleName(tr("Remove the card's picture"));
    m_refreshing = false;
}

void PropertiesPanel::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::selectionChanged, this, &PropertiesPanel::refresh);
        connect(document, &Document::changed, this, &PropertiesPanel::refresh);
    }
    refresh();
}

QList<const Card *> PropertiesPanel::selection() const
{
    QList<const Card *> cards;
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    if (!j) return cards;
    for (const Id &id : m_document->selectedCards())
        if (const Card *c = j->card(id)) cards.append(c);
    return cards;
}

void PropertiesPanel::refresh()
{
    m_refreshing = true;
    const QList<const Card *> cards = selection();
    m_form->setVisible(!cards.isEmpty());
    m_form->setEnabled(m_document && !m_document->isReadOnly());
    if (cards.isEmpty()) {
        m_summary->setText(tr("Select a card to see and change its properties."));
        m_refreshing = false;
        return;
    }
    m_summary->setText(cards.size() == 1 ? tr("One card")
                                         : tr("%n card(s) selected", nullptr, int(cards.size())));
    const QString several = tr("(several values)");
    // A field being typed in keeps what the user typed.
    auto setText = [&](QPlainTextEdit *edit, std::optional<QString> value) {
        if (edit->hasFocus()) return;
        edit->setPlainText(value.value_or(QString()));
        edit->setPlaceholderText(value ? QString() : several);
    };
    auto setLine = [&](QLineEdit *edit, std::optional<QString> value) {
        if (edit->hasFocus()) return;
        edit->setText(value.value_or(QString()));
        edit->setModified(false);
    };
    setText(m_text, common<QString>(cards, [](const Card &c) { return c.text; }));
    setText(m_notes, common<QString>(cards, [](const Card &c) { return c.notes; }));
    setLine(m_tags,
            common<QString>(cards, [](const Card &c) { return c.tags.join(QLatin1String(", ")); }));
    setLine(m_touchpoint, common<QString>(cards, [](const Card &c) { return c.touchpointKey; }));
    auto setCombo = [](QComboBox *box, std::optional<QVariant> value) {
        box->setCurrentIndex(value ? box->findData(*value) : -1);
    };
    setCombo(m_channel,
             common<QVariant>(cards, [](const Card &c) { return QVariant(int(c.channel)); }));
    setCombo(m_evidence,
             common<QVariant>(cards, [](const Card &c) { return QVariant(int(c.evidence)); }));
    // A card linked to insights takes its evidence from them.
    bool linked = false;
    for (const Card *c : cards)
        linked |= !c->insights.isEmpty();
    m_evidence->setEnabled(!linked);
    m_evidence->setToolTip(linked ? tr("Follows the linked insights: observed when one of them "
                                       "was observed (analytics, observation), else reported")
                                  : tr("Link insights in the Evidence panel to back the card"));
    // Scores for one opportunity or idea.
    const Journey *journey = m_document->project().journey(m_document->currentJourneyId());
    const int lane = cards.size() == 1 && journey ? journey->laneIndex(cards.first()->laneId) : -1;
    const bool opportunity =
        lane >= 0 && OpportunityMatrix::isOpportunity(journey->lanes[lane].kind);
    m_opportunity->setVisible(opportunity);
    if (opportunity) {
        const Card &c = *cards.first();
        for (auto [box, score] : {std::pair{m_customer, c.customerValue},
                                  std::pair{m_business, c.businessValue},
                                  std::pair{m_effort, c.effort}})
            if (!box->hasFocus()) box->setValue(score.value_or(0));
        QStringList names;
        for (const Id &t : c.addresses)
            if (const Card *x = journey->card(t))
                names.append(x->text.simplified().left(60));
            else if (const int s = journey->stageIndex(t); s >= 0)
                names.append(tr("Stage \"%1\"").arg(journey->stages[s].name));
        m_addresses->setText(names.isEmpty() ? tr("nothing yet") : names.join(QLatin1Char('\n')));
    }
    if (cards.size() == 1) {
        QStringList names;
        for (const Id &id : cards.first()->insights)
            if (const Insight *x = m_document->project().insight(id)) {
                const QString t = x->text.simplified();
                names.append(QStringLiteral("\u201c%1\u201d")
                                 .arg(t.size() > 50 ? t.left(49) + QChar(0x2026) : t));
            }
        m_sources->setText(names.isEmpty() ? tr("none") : names.join(QLatin1Char('\n')));
    } else {
        m_sources->setText(linked ? several : tr("none"));
    }
    setCombo(m_emotion, common<QVariant>(cards, [](const Card &c) {
                 return c.emotion ? QVariant(*c.emotion) : QVariant();
             }));
    m_link->clear();
    m_link->addItem(tr("None"), QVariant::fromValue(Id()));
    for (const Journey &other : m_document->project().journeys)
        if (other.id != m_document->currentJourneyId())
            m_link->addItem(other.name, QVariant::fromValue(other.id));
    setCombo(m_link, common<QVariant>(cards, [this](const Card &c) {
                 return QVariant::fromValue(m_document->project().journey(c.linkedJourney)
                                                ? c.linkedJourney
                                                : Id());
             }));
    m_persona->clear();
    m_persona->addItem(tr("No persona"), QVariant::fromValue(Id()));
    for (const Persona &p : m_document->project().personas)
        m_persona->addItem(p.name, QVariant::fromValue(p.id));
    setCombo(m_persona, common<QVariant>(
                            cards, [](const Card &c) { return QVariant::fromValue(c.personaId); }));
    const auto colour = common<QColor>(cards, [](const Card &c) { return c.colour; });
    QPixmap swatch(16, 16);
    swatch.fill(colour && colour->isValid() ? *colour : QColor(Qt::transparent));
    m_colour->setIcon(QIcon(swatch));
    m_colour->setText(!colour ? several : colour->isValid() ? colour->name() : tr("Choose..."));
    const auto picture = common<Id>(cards, [](const Card &c) { return c.imageId; });
    const int image = picture ? m_document->project().imageIndex(*picture) : -1;
    m_picture->setPixmap(image < 0
                             ? QPixmap()
                             : QPixmap::fromImage(decodedImage(m_document->project().images[image]))
                                   .scaled(m_picture->size() - QSize(4, 4), Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation));
    m_picture->setText(!picture ? several : image < 0 ? tr("none") : QString());
    m_picture->setToolTip(cards.first()->text.left(200));
    m_pictureChoose->setText(image >= 0 ? tr("Replace...") : tr("Choose..."));
    m_pictureRemove->setEnabled(!picture || !picture->isNull());
    m_refreshing = false;
}

void PropertiesPanel::chooseAddresses()
{
    const QList<const Card *> cards = selection();
    const Journey *j =
        m_document ? m_document->project().journey(m_document->currentJourneyId()) : nullptr;
    if (cards.size() != 1 || !j) return;
    const Card card = *cards.first();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addressesDialog"));
    dialog.setWindowTitle(tr("What the Opportunity Addresses"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("addressesList"));
    auto addItem = [&](const QString &text, const Id &id) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, QVariant::fromValue(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(card.addresses.contains(id) ? Qt::Checked : Qt::Unchecked);
    };
    // Pain points first, stage by stage, then the stages themselves.
    for (const Stage &s : j->stages)
        for (const Lane &l : j->lanes)
            if (l.kind == LaneKind::PainPoints)
                for (const Card *c : j->cellCards(s.id, l.id))
                    addItem(QStringLiteral("%1 \u00b7 %2").arg(s.name, c->text.simplified().left(80)),
                            c->id);
    for (const Stage &s : j->stages)
        addItem(tr("Stage \"%1\" as a whole").arg(s.name), s.id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("\"%1\" addresses:").arg(card.text.simplified().left(60)),
                                 &dialog));
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(460, 420);
    if (dialog.exec() != QDialog::Accepted) return;
    // Targets the list does not show (a card on another lane) stay.
    QList<Id> targets;
    QSet<Id> listed;
    for (int i = 0; i < list->count(); ++i) {
        const Id id = list->item(i)->data(Qt::UserRole).value<Id>();
        listed.insert(id);
        if (list->item(i)->checkState() == Qt::Checked) targets.append(id);
    }
    QList<Id> kept;
    for (const Id &t : card.addresses)
        if (!listed.contains(t)) kept.append(t);
    if (!m_document->setAddresses(j->id, card.id, kept + targets))
        QMessageBox::warning(this, dialog.windowTitle(), m_document->refusalReason());
}

void PropertiesPanel::fitTextHeight()
{
    const int lines = std::max(3, int(m_text->document()->size().height()));
    const int height = lines * m_text->fontMetrics().lineSpacing() +
                       int(2 * m_text->document()->documentMargin()) + 2 * m_text->frameWidth();
    m_text->setFixedHeight(std::min(height, 320));
}

QSize PropertiesPanel::sizeHint() const
{
    // Narrow, so that the map gets the room; the form's fields shrink with the dock.
    return {260, QWidget::sizeHint().height()};
}

void PropertiesPanel::choosePicture()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Card Picture"), {}, ImageImport::nameFilter());
    if (!path.isEmpty()) setPictureFromFile(path);
}

bool PropertiesPanel::setPictureFromFile(const QString &path)
{
    QString error;
    const auto image = ImageImport::fromFile(path, &error, ImageImport::cardPicture());
    if (!image) {
        QMessageBox::warning(
            this, tr("Card Picture"),
            tr("\"%1\" cannot be used: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    setPicture(image);
    return true;
}

void PropertiesPanel::setPicture(const std::optional<Image> &picture)
{
    if (!m_document) return;
    QList<Id> ids;
    for (const Card *c : selection())
        ids.append(c->id);
    if (ids.isEmpty()) return;
    if (!m_document->setCardPicture(m_document->currentJourneyId(), ids, picture))
        QMessageBox::warning(this, tr("Card Picture"), m_document->refusalReason());
}

void PropertiesPanel::apply(const std::function<void(Card &)> &edit)
{
    if (m_refreshing || !m_document) return;
    QList<Card> changed;
    for (const Card *c : selection()) {
        Card copy = *c;
        edit(copy);
        changed.append(copy);
    }
    if (!changed.isEmpty()) m_document->changeCards(m_document->currentJourneyId(), changed);
    refresh();
}

void PropertiesPanel::chooseColour(bool reset)
{
    const QList<const Card *> cards = selection();
    if (cards.isEmpty()) return;
    QColor colour;
    if (!reset) {
        const QColor start =
            cards.first()->colour.isValid() ? cards.first()->colour : QColor(0xff, 0xf1, 0xa8);
        colour = QColorDialog::getColor(start, this, tr("Card Colour"));
        if (!colour.isValid()) return;
    }
    apply([colour](Card &c) { c.colour = colour; });
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Text and notes commit when they lose focus or on Ctrl+Enter.
    auto *edit = qobject_cast<QPlainTextEdit *>(watched);
    const bool commitKey = event->type() == QEvent::KeyPress &&
                           (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return ||
                            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Enter) &&
                           static_cast<QKeyEvent *>(event)->modifiers() & Qt::ControlModifier;
    if (edit && (event->type() == QEvent::FocusOut || commitKey) &&
        edit->document()->isModified()) {
        edit->document()->setModified(false);
        const QString text = edit->toPlainText();
        if (edit == m_text)
            apply([text](Card &c) { c.text = text; });
        else
            apply([text](Card &c) { c.notes = text; });
        return commitKey;
    }
    if (edit && event->type() == QEvent::FocusIn) edit->document()->setModified(false);
    return QWidget::eventFilter(watched, event);
}

void PropertiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillChoices();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace waymark
