// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "fileactions.h"
#include "themedicon.h"
#include "thumbnails.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), m_new(new QPushButton(this)), m_open(new QPushButton(this)),
      m_sample(new QPushButton(this)), m_tour(new QPushButton(this)),
      m_recent(new QListWidget(this)), m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/waymark/icons/waymark.svg")).pixmap(72, 72));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_new->setObjectName(QStringLiteral("startNew"));
    m_open->setObjectName(QStringLiteral("startOpen"));
    m_sample->setObjectName(QStringLiteral("startSample"));
    m_tour->setObjectName(QStringLiteral("startTour"));
    m_tour->setIcon(themedIcon(QStringLiteral("help-about")));
    m_new->setIcon(themedIcon(QStringLiteral("document-new")));
    m_open->setIcon(themedIcon(QStringLiteral("document-open")));
    m_sample->setIcon(themedIcon(QStringLiteral("help-contents")));
    for (QPushButton *b : {m_new, m_open, m_sample, m_tour})
        b->setMinimumHeight(40);
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setAlternatingRowColors(true);
    m_recent->setSpacing(2);
    m_recent->setIconSize(QSize(Thumbnails::Width, Thumbnails::Height));
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_sample);
    buttons->addWidget(m_tour);
    buttons->addStretch();
    auto *recentColumn = new QVBoxLayout;
    auto *recentTitle = new QLabel(this);
    recentTitle->setObjectName(QStringLiteral("recentTitle"));
    recentColumn->addWidget(recentTitle);
    recentColumn->addWidget(m_recent, 1);
    auto *row = new QHBoxLayout;
    row->addLayout(buttons, 1);
    row->addSpacing(24);
    row->addLayout(recentColumn, 2);
    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addSpacing(12);
    head->addWidget(m_heading, 1);
    // A column of readable width in the middle of the window, whatever its size.
    auto *column = new QVBoxLayout;
    column->addLayout(head);
    column->addSpacing(20);
    column->addLayout(row, 1);
    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMaximumWidth(960);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(centre, 6);
    outer->addStretch(1);
    outer->setContentsMargins(24, 32, 24, 24);

    connect(m_new, &QPushButton::clicked, this, &StartPage::newProject);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openProject);
    connect(m_sample, &QPushButton::clicked, this, &StartPage::openSample);
    connect(m_tour, &QPushButton::clicked, this, &StartPage::takeTour);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty()) emit openRecent(path);
    });
    retranslate();
}

void StartPage::retranslate()
{
    m_heading->setText(
        tr("<h2>Waymark</h2><p>Customer journey maps for CX workshops: stages and lanes, "
           "feelings, personas, and your metrics on the map to show where customers "
           "struggle.</p>"));
    m_new->setText(tr("&New from Template..."));
    m_open->setText(tr("&Open..."));
    m_sample->setText(tr("Open &Sample Project"));
    m_tour->setText(tr("Take the &Tour"));
    m_tour->setToolTip(tr("Six steps on the canvas: add a card, move it, draw a feeling, import "
                          "data, export, start a workshop"));
    if (auto *title = findChild<QLabel *>(QStringLiteral("recentTitle")))
        title->setText(tr("<b>Recent projects</b>"));
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    for (const QString &path : FileActions::recentFiles()) {
        const QFileInfo info(path);
        auto *item =
            new QListWidgetItem(QStringLiteral("%1\n%2").arg(
                                    info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
                                m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        const QPixmap thumbnail = Thumbnails::load(path);
        item->setIcon(thumbnail.isNull() ? QIcon(QStringLiteral(":/waymark/icons/waymark.svg"))
                                         : QIcon(thumbnail));
    }
    if (m_recent->count() == 0) {
        auto *none = new QListWidgetItem(tr("No recent projects yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace waymark
