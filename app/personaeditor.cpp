// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaeditor.h"

#include "document/document.h"
#include "io/imageimport.h"
#include "render/personasheet.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

namespace waymark {

// ---- list editor ----

ListEditor::ListEditor(const QString &name, QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this))
{
    m_list->setAccessibleName(name);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->setMaximumHeight(96);
    auto *add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add an entry"));
    add->setAccessibleName(tr("Add to %1").arg(name));
    auto *remove = new QToolButton(this);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected entry"));
    remove->setAccessibleName(tr("Remove from %1").arg(name));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, [this] { addItem(); });
    connect(remove, &QToolButton::clicked, this, [this] {
        delete m_list->currentItem();
        emit changed();
    });
    connect(m_list, &QListWidget::itemChanged, this, &ListEditor::changed);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &ListEditor::changed);
}

void ListEditor::setItems(const QStringList &items)
{
    m_list->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

QStringList ListEditor::items() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (const QString t = m_list->item(i)->text().trimmed(); !t.isEmpty()) out.append(t);
    return out;
}

void ListEditor::addItem(const QString &text)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    if (text.isEmpty()) m_list->editItem(item);
    emit changed();
}

// ---- preview ----

class PersonaEditor::Preview : public QWidget
{
public:
    explicit Preview(PersonaEditor *editor) : QWidget(editor), m_editor(editor)
    {
        setMinimumSize(300, 424);
        setAccessibleName(PersonaEditor::tr("Persona sheet preview"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().window());
        // The sheet as it will print, with the photo being edited.
        Project project = m_editor->m_document->project();
        Persona persona = m_editor->persona();
        if (m_editor->m_newPhoto) {
            project.images.append(*m_editor->m_newPhoto);
            persona.photoId = m_editor->m_newPhoto->id;
        }
        const QRectF page = QRectF(rect()).adjusted(8, 8, -8, -8);
        PersonaSheet(project, persona).paint(&p, page);
    }

private:
    PersonaEditor *m_editor;
};

// ---- editor ----

PersonaEditor::PersonaEditor(Document *document, const Id &personaId, QWidget *parent)
    : QDialog(parent), m_document(document), m_id(personaId), m_name(new QLineEdit(this)),
      m_role(new QLineEdit(this)), m_location(new QLineEdit(this)), m_family(new QLineEdit(this)),
      m_segment(new QLineEdit(this)), m_tags(new QLineEdit(this)), m_age(new QSpinBox(this)),
      m_quote(new QPlainTextEdit(this)), m_bio(new QPlainTextEdit(this)),
      m_goals(new ListEditor(tr("Goals"), this)), m_needs(new ListEditor(tr("Needs"), this)),
      m_frustrations(new ListEditor(tr("Frustrations"), this)),
      m_values(new ListEditor(tr("Values"), this)),
      m_behaviours(new ListEditor(tr("Behaviours"), this)), m_channels(new QListWidget(this)),
      m_traits(new QVBoxLayout), m_photo(new QLabel(this)), m_colourButton(new QPushButton(this)),
      m_preview(new Preview(this)), m_link(new QCheckBox(this))
{
    setObjectName(QStringLiteral("personaEditor"));
    setAcceptDrops(true);
    const Persona *existing = document->project().persona(personaId);
    m_base = existing ? *existing : Persona();
    if (!existing) {
        // A new persona gets a colour of its own, not one of the others'.
        static const QColor palette[] = {QColor(0x2f, 0x7f, 0xc1), QColor(0xd9, 0x82, 0x2b),
                                         QColor(0x3c, 0x9a, 0x5f), QColor(0x9b, 0x59, 0xb6),
                                         QColor(0xc0, 0x39, 0x2b), QColor(0x16, 0xa0, 0x85)};
        m_base.colour = palette[document->project().personas.size() % 6];
    }
    setWindowTitle(existing ? tr("Edit Persona \"%1\"").arg(existing->name) : tr("New Persona"));
    m_colour = m_base.colour;

    m_name->setText(m_base.name);
    m_name->setPlaceholderText(tr("Required"));
    m_role->setText(m_base.role);
    m_location->setText(m_base.location);
    m_family->setText(m_base.family);
    m_segment->setText(m_base.segment);
    m_age->setRange(0, 120);
    m_age->setSpecialValueText(tr("not given"));
    m_age->setValue(m_base.age.value_or(0));
    m_quote->setPlainText(m_base.quote);
    m_bio->setPlainText(m_base.bio);
    for (QPlainTextEdit *e : {m_quote, m_bio}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(70);
    }
    m_goals->setItems(m_base.goals);
    m_needs->setItems(m_base.needs);
    m_frustrations->setItems(m_base.frustrations);
    m_values->setItems(m_base.values);
    m_behaviours->setItems(m_base.behaviours);
    m_tags->setText(m_base.tags.join(QLatin1String(", ")));
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_channels->setAccessibleName(tr("Preferred channels"));
    m_channels->setMaximumHeight(110);
    m_channels->setFlow(QListView::LeftToRight);
    m_channels->setWrapping(true);
    m_channels->setResizeMode(QListView::Adjust);
    for (Channel c : allChannels()) {
        auto *item = new QListWidgetItem(displayName(c), m_channels);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_base.channels.contains(c) ? Qt::Checked : Qt::Unchecked);
    }

    // Photo row.
    m_photo->setFixedSize(96, 96);
    m_photo->setAccessibleName(tr("Photo"));
    auto *choose = new QPushButton(tr("C&hoose Photo..."), this);
    auto *paste = new QPushButton(tr("Paste P&hoto"), this);
    auto *remove = new QPushButton(tr("Remove Photo"), this);
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(choose);
    photoButtons->addWidget(paste);
    photoButtons->addWidget(remove);
    photoButtons->addWidget(new QLabel(tr("or drop a picture here"), this));
    photoButtons->addStretch();
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo);
    photoRow->addLayout(photoButtons);
    photoRow->addStretch();
    connect(choose, &QPushButton::clicked, this, &PersonaEditor::choosePhoto);
    connect(paste, &QPushButton::clicked, this, &PersonaEditor::pastePhoto);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_newPhoto.reset();
        m_photoRemoved = true;
        updatePhotoLabel();
        updatePreview();
    });
    connect(m_colourButton, &QPushButton::clicked, this, &PersonaEditor::chooseColour);

    auto *traitsBox = new QWidget(this);
    auto *traitsColumn = new QVBoxLayout(traitsBox);
    traitsColumn->setContentsMargins(0, 0, 0, 0);
    traitsColumn->addLayout(m_traits);
    auto *addTraitButton = new QPushButton(tr("Add &Trait"), this);
    traitsColumn->addWidget(addTraitButton, 0, Qt::AlignLeft);
    connect(addTraitButton, &QPushButton::clicked, this, [this] {
        addTrait({tr("New trait"), 3});
    });
    for (const Trait &t : m_base.traits)
        addTrait(t);

    auto *formWidget = new QWidget(this);
    auto *form = new QFormLayout(formWidget);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Photo:"), photoRow);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Age:"), m_age);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Family:"), m_family);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Quote:"), m_quote);
    form->addRow(tr("&Bio:"), m_bio);
    form->addRow(tr("Goals:"), m_goals);
    form->addRow(tr("Needs:"), m_needs);
    form->addRow(tr("Frustrations:"), m_frustrations);
    form->addRow(tr("Values:"), m_values);
    form->addRow(tr("Behaviours:"), m_behaviours);
    form->addRow(tr("&Channels:"), m_channels);
    form->addRow(tr("Traits (1–5):"), traitsBox);
    form->addRow(tr("Ta&gs:"), m_tags);
    auto *colourLabel = new QLabel(tr("C&olour:"), this);
    colourLabel->setBuddy(m_colourButton);
    form->addRow(colourLabel, m_colourButton);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(460);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonaEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonaEditor::reject);
    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 3);
    columns->addWidget(m_preview, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    // A new persona joins the journey on screen, unless the user says otherwise.
    const Journey *journey = document->project().journey(document->currentJourneyId());
    m_link->setObjectName(QStringLiteral("linkToJourney"));
    m_link->setVisible(!existing && journey);
    m_link->setChecked(!existing && journey);
    if (journey) m_link->setText(tr("&Show on the journey \"%1\"").arg(journey->name));
    layout->addWidget(m_link);
    layout->addWidget(buttons);
    // As large as is useful, never larger than the screen.
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1000, screen.width() * 9 / 10), std::min(720, screen.height() * 9 / 10));

    // Every field updates the preview.
    for (QLineEdit *e : {m_name, m_role, m_location, m_family, m_segment, m_tags})
        connect(e, &QLineEdit::textChanged, this, &PersonaEditor::updatePreview);
    for (QPlainTextEdit *e : {m_quote, m_bio})
        connect(e, &QPlainTextEdit::textChanged, this, &PersonaEditor::updatePreview);
    for (ListEditor *e : {m_goals, m_needs, m_frustrations, m_values, m_behaviours})
        connect(e, &ListEditor::changed, this, &PersonaEditor::updatePreview);
    connect(m_age, &QSpinBox::valueChanged, this, &PersonaEditor::updatePreview);
    connect(m_channels, &QListWidget::itemChanged, this, &PersonaEditor::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    updatePhotoLabel();
    updatePreview();
}

Persona PersonaEditor::persona() const
{
    Persona p = m_base;
    p.name = m_name->text().trimmed();
    p.role = m_role->text().trimmed();
    p.location = m_location->text().trimmed();
    p.family = m_family->text().trimmed();
    p.segment = m_segment->text().trimmed();
    p.age = m_age->value() > 0 ? std::optional<int>(m_age->value()) : std::nullopt;
    p.quote = m_quote->toPlainText().trimmed();
    p.bio = m_bio->toPlainText().trimmed();
    p.goals = m_goals->items();
    p.needs = m_needs->items();
    p.frustrations = m_frustrations->items();
    p.values = m_values->items();
    p.behaviours = m_behaviours->items();
    p.channels.clear();
    for (int i = 0; i < m_channels->count(); ++i)
        if (m_channels->item(i)->checkState() == Qt::Checked)
            p.channels.append(Channel(m_channels->item(i)->data(Qt::UserRole).toInt()));
    p.traits.clear();
    for (int i = 0; i < m_traits->count(); ++i) {
        QWidget *row = m_traits->itemAt(i)->widget();
        if (!row) continue;
        const auto *name = row->findChild<QLineEdit *>();
        const auto *value = row->findChild<QSlider *>();
        if (name && value && !name->text().trimmed().isEmpty())
            p.traits.append({name->text().trimmed(), value->value()});
    }
    p.tags.clear();
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString s = t.trimmed(); !s.isEmpty() && !p.tags.contains(s)) p.tags.append(s);
    p.colour = m_colour;
    if (m_photoRemoved) p.photoId = Id();
    return p;
}

void PersonaEditor::addTrait(const Trait &trait)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *name = new QLineEdit(trait.name, row);
    name->setAccessibleName(tr("Trait name"));
    auto *slider = new QSlider(Qt::Horizontal, row);
    slider->setRange(1, 5);
    slider->setPageStep(1);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setValue(trait.value);
    slider->setAccessibleName(tr("Trait value"));
    auto *value = new QLabel(QString::number(trait.value), row);
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("−"));
    remove->setAccessibleName(tr("Remove trait"));
    layout->addWidget(name, 2);
    layout->addWidget(slider, 2);
    layout->addWidget(value);
    layout->addWidget(remove);
    m_traits->addWidget(row);
    connect(slider, &QSlider::valueChanged, this, [this, value](int v) {
        value->setNum(v);
        updatePreview();
    });
    connect(name, &QLineEdit::textChanged, this, &PersonaEditor::updatePreview);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        row->deleteLater();
        m_traits->removeWidget(row);
        updatePreview();
    });
    updatePreview();
}

bool PersonaEditor::takePhoto(const std::optional<Image> &image, const QString &source,
                              const QString &error)
{
    if (!image) {
        QMessageBox::warning(this, tr("Photo"),
                             source.isEmpty()
                                 ? tr("The photo cannot be used: %1.").arg(error)
                                 : tr("\"%1\" cannot be used as a photo: %2.").arg(source, error));
        return false;
    }
    m_newPhoto = image;
    m_photoRemoved = false;
    updatePhotoLabel();
    updatePreview();
    return true;
}

bool PersonaEditor::setPhotoFromData(const QByteArray &data, const QString &source)
{
    QString error;
    const auto image = ImageImport::fromData(data, &error);
    return takePhoto(image, source, error);
}

bool PersonaEditor::setPhotoFromImage(const QImage &picture)
{
    QString error;
    const auto image = ImageImport::fromImage(picture, &error);
    return takePhoto(image, {}, error);
}

void PersonaEditor::choosePhoto()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose Photo"), {}, ImageImport::nameFilter());
    if (path.isEmpty()) return;
    QString error;
    const auto image = ImageImport::fromFile(path, &error);
    takePhoto(image, path, error);
}

void PersonaEditor::pastePhoto()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        setPhotoFromImage(qvariant_cast<QImage>(mime->imageData()));
        return;
    }
    if (mime && mime->hasUrls() && mime->urls().first().isLocalFile()) {
        const QString path = mime->urls().first().toLocalFile();
        QString error;
        const auto image = ImageImport::fromFile(path, &error);
        takePhoto(image, path, error);
        return;
    }
    QMessageBox::information(this, tr("Photo"), tr("The clipboard holds no picture."));
}

void PersonaEditor::chooseColour()
{
    const QColor c = QColorDialog::getColor(m_colour, this, tr("Persona Colour"));
    if (!c.isValid()) return;
    m_colour = c;
    updatePhotoLabel();
    updatePreview();
}

void PersonaEditor::updatePhotoLabel()
{
    Project project = m_document->project();
    Persona p = persona();
    if (m_newPhoto) {
        project.images.append(*m_newPhoto);
        p.photoId = m_newPhoto->id;
    }
    QPixmap pm(m_photo->size() * devicePixelRatioF());
    pm.setDevicePixelRatio(devicePixelRatioF());
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    PersonaSheet::paintAvatar(&painter, QRectF(2, 2, 92, 92), project, p);
    painter.end();
    m_photo->setPixmap(pm);
    QPixmap swatch(16, 16);
    swatch.fill(m_colour);
    m_colourButton->setIcon(QIcon(swatch));
    m_colourButton->setText(m_colour.name());
}

void PersonaEditor::updatePreview()
{
    m_preview->update();
}

void PersonaEditor::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasImage() || (mime->hasUrls() && mime->urls().first().isLocalFile()))
        event->acceptProposedAction();
}

void PersonaEditor::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    event->acceptProposedAction();
    if (mime->hasImage()) {
        setPhotoFromImage(qvariant_cast<QImage>(mime->imageData()));
        return;
    }
    const QString path = mime->urls().first().toLocalFile();
    QString error;
    const auto image = ImageImport::fromFile(path, &error);
    takePhoto(image, path, error);
}

void PersonaEditor::accept()
{
    const Persona p = persona();
    if (p.name.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("A persona needs a name."));
        m_name->setFocus();
        return;
    }
    bool ok;
    if (m_id.isNull()) {
        m_savedId = m_document->addPersona(
            p, m_newPhoto, m_link->isChecked() ? m_document->currentJourneyId() : Id());
        ok = !m_savedId.isNull();
    } else {
        ok = m_document->changePersona(p, m_newPhoto);
        m_savedId = m_id;
    }
    if (!ok) {
        QMessageBox::warning(this, windowTitle(), m_document->refusalReason());
        return;
    }
    QDialog::accept();
}

} // namespace waymark
