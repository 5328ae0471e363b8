// SPDX-License-Identifier: GPL-3.0-or-later
#include "templategallery.h"

#include "preferencesdialog.h"

#include "document/gallery.h"
#include "io/mapexport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int ThumbWidth = 168, ThumbHeight = 105, PreviewWidth = 460;

QImage picture(const QString &id, const QString &language, int width)
{
    static QHash<QString, QImage> cache;
    const QString key = QStringLiteral("%1/%2/%3").arg(id, language).arg(width);
    if (const auto it = cache.constFind(key); it != cache.constEnd()) return *it;
    const Project &p = TemplateGallery::preview(id, language);
    QImage image;
    if (!p.journeys.isEmpty()) {
        MapExportOptions options;
        options.widthPx = width;
        options.titleBlock = false;
        QString error;
        image = MapExport::renderImage(p, p.journeys.first().id, options, &error);
    }
    cache.insert(key, image);
    return image;
}

// A tile of the gallery: the top left of the map (stage names, the first lanes) at a size
// where words are still words, framed.
QPixmap thumbnail(const QString &id, const QString &language)
{
    const QImage map = picture(id, language, 2 * PreviewWidth);
    QPixmap tile(ThumbWidth, ThumbHeight);
    tile.fill(Qt::white);
    QPainter p(&tile);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!map.isNull()) {
        const QRect source(0, 0, map.width() * 2 / 3, map.width() * 2 / 3 * ThumbHeight / ThumbWidth);
        p.drawImage(QRect(0, 0, ThumbWidth, ThumbHeight), map, source);
    }
    p.setPen(QColor(0xb8, 0xc0, 0xc8));
    p.drawRect(tile.rect().adjusted(0, 0, -1, -1));
    return tile;
}

} // namespace

const Project &TemplateGallery::preview(const QString &id, const QString &language)
{
    static QHash<QString, Project> cache;
    const QString key = id + QLatin1Char('/') + language;
    auto it = cache.find(key);
    if (it == cache.end()) {
        Project p;
        QString error;
        if (!Gallery::create(id, {}, language, &p, &error)) p = Project{};
        it = cache.insert(key, p);
    }
    return *it;
}

TemplateGallery::TemplateGallery(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_preview(new QLabel(this)),
      m_description(new QLabel(this)), m_title(new QLineEdit(tr("Untitled project"), this)),
      m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("templateGallery"));
    setWindowTitle(tr("New Project"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(ThumbWidth, ThumbHeight));
    m_list->setGridSize(QSize(ThumbWidth + 16, ThumbHeight + 34));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(3 * (ThumbWidth + 16) + 24);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_preview->setMinimumSize(PreviewWidth, PreviewWidth * 5 / 8);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setMaximumWidth(PreviewWidth);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->setCurrentIndex(
        PreferencesDialog::contentLanguage() == QLatin1String("de") ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Content &language:"), m_language);
    auto *side = new QVBoxLayout;
    side->addWidget(m_preview);
    side->addWidget(m_description);
    side->addSpacing(12);
    side->addLayout(form);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *outer = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Choose a template. Each has example cards that show what goes "
                               "where; change or delete them as you go."),
                            this);
    hint->setWordWrap(true);
    outer->addWidget(hint);
    outer->addLayout(row, 1);
    outer->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateGallery::showCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplateGallery::fill);
    fill();
    const QString wanted =
        QSettings().value(QStringLiteral("defaultTemplate"), Gallery::defaultId()).toString();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == wanted) m_list->setCurrentRow(i);
    if (m_list->currentRow() < 0) m_list->setCurrentRow(0);
    m_list->setFocus();
    resize(1060, 640);
}

void TemplateGallery::fill()
{
    const QString chosen = templateId();
    const QString lang = language();
    m_list->clear();
    for (const GalleryTemplate &t : Gallery::all()) {
        auto *item = new QListWidgetItem(QIcon(thumbnail(t.id, lang)), t.name(lang), m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.description(lang));
        if (t.id == chosen) m_list->setCurrentItem(item);
    }
}

void TemplateGallery::showCurrent()
{
    const QString id = templateId();
    const GalleryTemplate *t = Gallery::find(id);
    if (!t) return;
    const QString lang = language();
    m_preview->setPixmap(QPixmap::fromImage(picture(id, lang, PreviewWidth)));
    const Project &p = preview(id, lang);
    int cards = 0, stages = 0, lanes = 0;
    for (const Journey &j : p.journeys) {
        cards += int(j.cards.size());
        stages += int(j.stages.size());
        lanes += int(j.lanes.size());
    }
    m_description->setText(
        QStringLiteral("<b>%1</b><br>%2<br><span style='color:gray'>%3</span>")
            .arg(t->name(lang).toHtmlEscaped(), t->description(lang).toHtmlEscaped(),
                 tr("%n stage(s)", nullptr, stages) + QStringLiteral(" · ") +
                     tr("%n lane(s)", nullptr, lanes) + QStringLiteral(" · ") +
                     tr("%n example card(s)", nullptr, cards)));
}

QString TemplateGallery::templateId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString TemplateGallery::language() const
{
    return m_language->currentData().toString();
}

bool TemplateGallery::project(Project *out, QString *error) const
{
    const QString title = m_title->text().trimmed();
    return Gallery::create(templateId(), title.isEmpty() ? tr("Untitled project") : title,
                           language(), out, error);
}

} // namespace waymark
