// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "commentspanel.h"
#include "document/gallery.h"
#include "i18n.h"
#include "untitled.h"
#include "workshop/workshopserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageSize>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int DefaultPort = 8470;

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// The content language without a choice: the system's, if Waymark has texts in it.
QString systemContentLanguage()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

void choose(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

QGroupBox *group(const QString &title, QFormLayout **form, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    *form = new QFormLayout(box);
    (*form)->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return box;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

QStringList PreferencesDialog::keys()
{
    return {key("language"),        key("author"),      key("untitledFolder"),
            key("defaultTemplate"), key("contentLanguage"), key("export/page"),
            key("export/delimiter"), key("workshop/port"), key("workshop/address")};
}

int PreferencesDialog::workshopPort()
{
    const int port = QSettings().value(key("workshop/port"), DefaultPort).toInt();
    return port >= 1024 && port <= 65535 ? port : DefaultPort;
}

QString PreferencesDialog::contentLanguage()
{
    return QSettings().value(key("contentLanguage"), systemContentLanguage()).toString();
}

QString PreferencesDialog::workshopAddress()
{
    const QString chosen = QSettings().value(key("workshop/address")).toString();
    return chosen.isEmpty() ? WorkshopServer::defaultAddress().toString() : chosen;
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_template(new QComboBox(this)),
      m_content(new QComboBox(this)), m_page(new QComboBox(this)), m_csv(new QComboBox(this)),
      m_address(new QComboBox(this)), m_author(new QLineEdit(this)), m_untitled(new QLineEdit(this)),
      m_port(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_author->setObjectName(QStringLiteral("preferencesAuthor"));
    m_author->setPlaceholderText(CommentsPanel::author());
    m_untitled->setObjectName(QStringLiteral("preferencesUntitled"));
    m_untitled->setPlaceholderText(QDir::toNativeSeparators(defaultUntitledFolder()));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for New Work"),
            m_untitled->text().isEmpty() ? defaultUntitledFolder() : m_untitled->text());
        if (!dir.isEmpty()) m_untitled->setText(QDir::toNativeSeparators(dir));
    });
    const QString ui = installedUiLanguage(); // the names in the language on screen
    m_template->setObjectName(QStringLiteral("preferencesTemplate"));
    for (const GalleryTemplate &t : Gallery::all())
        m_template->addItem(t.name(ui), t.id);
    m_content->setObjectName(QStringLiteral("preferencesContent"));
    m_content->addItem(tr("English"), QStringLiteral("en"));
    m_content->addItem(tr("German"), QStringLiteral("de"));
    m_page->setObjectName(QStringLiteral("preferencesPage"));
    for (QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::A3, QPageSize::A2, QPageSize::A1,
                                     QPageSize::A0, QPageSize::Letter, QPageSize::Tabloid})
        m_page->addItem(QPageSize(id).name(), int(id));
    m_csv->setObjectName(QStringLiteral("preferencesCsv"));
    m_csv->addItem(tr("Comma , (English Excel, most tools)"), QStringLiteral(","));
    m_csv->addItem(tr("Semicolon ; (German Excel)"), QStringLiteral(";"));
    m_csv->addItem(tr("Tab"), QStringLiteral("\t"));
    m_address->setObjectName(QStringLiteral("preferencesAddress"));
    for (const QHostAddress &a : WorkshopServer::candidateAddresses())
        m_address->addItem(a.toString(), a.toString());
    m_port->setObjectName(QStringLiteral("preferencesPort"));
    m_port->setRange(1024, 65535);

    QFormLayout *form = nullptr;
    auto *general = group(tr("General"), &form, this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note(tr("A new language applies when Waymark starts again."), this));
    form->addRow(tr("Your &name:"), m_author);
    form->addRow(note(tr("Comments are signed with it."), this));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_untitled, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder for new work:"), this);
    folderLabel->setBuddy(m_untitled);
    form->addRow(folderLabel, folderRow);
    form->addRow(note(tr("New projects are kept there until you save them under a name; "
                         "a change applies when Waymark starts again."),
                      this));
    auto *projects = group(tr("New projects"), &form, this);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Content language:"), m_content);
    auto *exports = group(tr("Exports"), &form, this);
    form->addRow(tr("&Page size:"), m_page);
    form->addRow(tr("CSV &delimiter:"), m_csv);
    auto *workshop = group(tr("Workshops"), &form, this);
    form->addRow(tr("Net&work:"), m_address);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(note(tr("The network the participants' phones are on (the room's Wi-Fi), "
                         "and the port they connect to."),
                      this));

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreDefaults"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout, *right = new QVBoxLayout;
    left->addWidget(general);
    left->addStretch();
    right->addWidget(projects);
    right->addWidget(exports);
    right->addWidget(workshop);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(buttons);
    load();
    resize(820, 400);
}

void PreferencesDialog::load(bool defaults)
{
    const QSettings s;
    const auto value = [&](const char *k, const QVariant &fallback = {}) {
        return defaults ? fallback : s.value(key(k), fallback);
    };
    choose(m_language, value("language").toString());
    m_author->setText(value("author").toString());
    m_untitled->setText(QDir::toNativeSeparators(value("untitledFolder").toString()));
    choose(m_template, value("defaultTemplate", Gallery::defaultId()));
    choose(m_content, defaults ? systemContentLanguage() : contentLanguage());
    choose(m_page, value("export/page", int(QPageSize::A3)).toInt());
    choose(m_csv, value("export/delimiter", QStringLiteral(",")));
    choose(m_address, defaults ? WorkshopServer::defaultAddress().toString() : workshopAddress());
    m_port->setValue(defaults ? DefaultPort : workshopPort());
}

void PreferencesDialog::restoreDefaults()
{
    load(true); // shown; saved only by OK
}

void PreferencesDialog::save() const
{
    QSettings s;
    s.setValue(key("language"), m_language->currentData().toString());
    s.setValue(key("author"), m_author->text().trimmed());
    const QString folder = QDir::fromNativeSeparators(m_untitled->text().trimmed());
    if (folder.isEmpty()) s.remove(key("untitledFolder"));
    else s.setValue(key("untitledFolder"), folder);
    s.setValue(key("defaultTemplate"), m_template->currentData());
    s.setValue(key("contentLanguage"), m_content->currentData());
    s.setValue(key("export/page"), m_page->currentData());
    s.setValue(key("export/delimiter"), m_csv->currentData());
    s.setValue(key("workshop/address"), m_address->currentData());
    s.setValue(key("workshop/port"), m_port->value());
}

} // namespace waymark
