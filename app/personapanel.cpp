// SPDX-License-Identifier: GPL-3.0-or-later
#include "personapanel.h"

#include "document/document.h"
#include "io/personaexport.h"
#include "mainwindow.h"
#include "menutext.h"
#include "panelbutton.h"
#include "personaeditor.h"
#include "render/personasheet.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark {

namespace {

QIcon avatar(const Project &project, const Persona &persona, int size)
{
    QPixmap pm(size * 2, size * 2);
    pm.setDevicePixelRatio(2);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    PersonaSheet::paintAvatar(&p, QRectF(1, 1, size - 2, size - 2), project, persona);
    return QIcon(pm);
}
} // namespace

PersonaPanel::PersonaPanel(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("personaPanel"));
    m_list->setAccessibleName(tr("Personas"));
    m_list->setIconSize(QSize(36, 36));
    m_list->setWordWrap(true);
    m_add = panelButton(this, tr("Add"), QStringLiteral("list-add"), tr("Add a persona"));
    m_edit = panelButton(this, tr("Edit"), QStringLiteral("document-edit"), tr("Edit the persona"));
    m_duplicate = panelButton(this, tr("Duplicate"), QStringLiteral("edit-copy"),
                              tr("Duplicate the persona"));
    m_delete =
        panelButton(this, tr("Delete"), QStringLiteral("edit-delete"), tr("Delete the persona"));
    m_up = panelButton(this, tr("Up"), QStringLiteral("go-up"), tr("Move the persona up"));
    m_down = panelButton(this, tr("Down"), QStringLiteral("go-down"), tr("Move the persona down"));
    m_import = panelButton(this, tr("Import..."), QStringLiteral("document-import"),
                           tr("Import personas from another project"));
    m_export = panelButton(this, tr("Sheets..."), QStringLiteral("document-export"),
                           tr("Export persona sheets as PDF or PNG"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addWidget(panelButtonRow(
        this, {m_add, m_edit, m_duplicate, m_delete, m_up, m_down, m_import, m_export}));
    connect(m_add, &QToolButton::clicked, this, &PersonaPanel::addPersona);
    connect(m_edit, &QToolButton::clicked, this, [this] { editPersona(currentPersona()); });
    connect(m_duplicate, &QToolButton::clicked, this, &PersonaPanel::duplicatePersona);
    connect(m_delete, &QToolButton::clicked, this, &PersonaPanel::deletePersona);
    connect(m_up, &QToolButton::clicked, this, [this] { movePersona(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { movePersona(1); });
    connect(m_import, &QToolButton::clicked, this, &PersonaPanel::importFromFile);
    connect(m_export, &QToolButton::clicked, this, &PersonaPanel::exportSheets);
    connect(m_list, &QListWidget::itemActivated, this, [this] { editPersona(currentPersona()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PersonaPanel::updateButtons);
    updateButtons();
}

void PersonaPanel::setDocument(Document *document)
{
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::changed, this, [this](const ChangeSet &changes) {
            if (!changes.personas.isEmpty() || changes.personaOrder) rebuild();
        });
    rebuild();
}

void PersonaPanel::rebuild()
{
    const Id current = currentPersona();
    m_list->clear();
    if (m_document) {
        const Project &p = m_document->project();
        for (const Persona &x : p.personas) {
            auto *item = new QListWidgetItem(
                avatar(p, x, 36),
                x.role.isEmpty() ? x.name : QStringLiteral("%1\n%2").arg(x.name, x.role), m_list);
            item->setData(Qt::UserRole, QVariant::fromValue(x.id));
            item->setToolTip(x.quote);
            if (x.id == current) m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

Id PersonaPanel::currentPersona() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).value<Id>() : Id();
}

void PersonaPanel::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const int row = m_list->currentRow();
    const bool current = editable && row >= 0;
    m_add->setEnabled(editable);
    m_import->setEnabled(editable);
    m_export->setEnabled(m_document && !m_document->project().personas.isEmpty());
    m_edit->setEnabled(current);
    m_duplicate->setEnabled(current);
    m_delete->setEnabled(current);
    m_up->setEnabled(current && row > 0);
    m_down->setEnabled(current && row < m_list->count() - 1);
}

void PersonaPanel::addPersona()
{
    if (!m_document || m_document->isReadOnly()) return;
    PersonaEditor editor(m_document, Id(), this);
    if (editor.exec() == QDialog::Accepted) {
        rebuild();
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).value<Id>() == editor.savedId())
                m_list->setCurrentRow(i);
    }
}

void PersonaPanel::editPersona(const Id &personaId)
{
    if (!m_document || m_document->isReadOnly() || !m_document->project().persona(personaId))
        return;
    PersonaEditor editor(m_document, personaId, this);
    editor.exec();
}

void PersonaPanel::duplicatePersona()
{
    if (m_document && !currentPersona().isNull()) m_document->duplicatePersona(currentPersona());
}

void PersonaPanel::deletePersona()
{
    const Persona *p = m_document ? m_document->project().persona(currentPersona()) : nullptr;
    if (!p) return;
    const int refs = m_document->personaReferences(p->id);
    if (refs > 0 &&
        QMessageBox::question(
            this, tr("Delete Persona"),
            tr("\"%1\" is linked to journeys or cards %n time(s). Delete the persona and "
               "unlink it everywhere? You can undo this.",
               nullptr, refs)
                .arg(p->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_document->removePersona(p->id);
}

void PersonaPanel::movePersona(int delta)
{
    const int row = m_list->currentRow();
    if (m_document && row >= 0 && m_document->movePersona(row, row + delta))
        m_list->setCurrentRow(row + delta);
}

bool PersonaPanel::copyTo(Document *target)
{
    const Persona *p = m_document ? m_document->project().persona(currentPersona()) : nullptr;
    if (!p || !target || target == m_document) return false;
    QList<Image> photos;
    if (const int i = m_document->project().imageIndex(p->photoId); i >= 0)
        photos.append(m_document->project().images[i]);
    return !target->addPersonas({*p}, photos).isEmpty();
}

bool PersonaPanel::importFrom(const QString &path, QString *error, const QStringList &names)
{
    OpenResult result;
    auto store = Store::open(path, Store::Access::ReadOnly, &result);
    Project source;
    if (!store) {
        *error = result.error;
        return false;
    }
    if (!store->load(&source, error)) return false;
    QList<Persona> chosen;
    for (const Persona &p : source.personas)
        if (names.isEmpty() || names.contains(p.name)) chosen.append(p);
    if (chosen.isEmpty()) {
        *error = tr("the project has no personas");
        return false;
    }
    if (m_document->addPersonas(chosen, source.images).isEmpty()) {
        *error = m_document->refusalReason();
        return false;
    }
    return true;
}

void PersonaPanel::importFromFile()
{
    if (!m_document || m_document->isReadOnly()) return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Personas"), {},
                                                      tr("Waymark projects (*.waymark)"));
    if (path.isEmpty()) return;
    // Which ones: a checklist of the file's personas.
    OpenResult result;
    QString error;
    Project source;
    auto store = Store::open(path, Store::Access::ReadOnly, &result);
    if (!store || !store->load(&source, &error)) {
        QMessageBox::warning(
            this, tr("Import Personas"),
            tr("\"%1\" cannot be read: %2").arg(path, store ? error : result.error));
        return;
    }
    store.reset();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import Personas"));
    auto *list = new QListWidget(&dialog);
    list->setAccessibleName(tr("Personas to import"));
    for (const Persona &p : source.personas) {
        auto *item = new QListWidgetItem(avatar(source, p, 32), p.name, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (source.personas.isEmpty()) {
        QMessageBox::information(this, tr("Import Personas"),
                                 tr("\"%1\" has no personas.").arg(path));
        return;
    }
    if (dialog.exec() != QDialog::Accepted) return;
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) names.append(list->item(i)->text());
    if (names.isEmpty()) return;
    if (!importFrom(path, &error, names)) QMessageBox::warning(this, tr("Import Personas"), error);
}

void PersonaPanel::exportSheets()
{
    if (!m_document || m_document->project().personas.isEmpty()) return;
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Persona Sheets"),
        QFileInfo(m_document->filePath()).dir().filePath(tr("Personas") + QStringLiteral(".pdf")),
        tr("PDF, one page per persona (*.pdf);;PNG, one file per persona (*.png)"), &filter);
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += filter.contains(QLatin1String("*.png")) ? QStringLiteral(".png")
                                                        : QStringLiteral(".pdf");
    QList<Id> ids;
    for (const Persona &p : m_document->project().personas)
        ids.append(p.id);
    QStringList written;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = PersonaExport::write(m_document->project(), ids, path, {}, &written, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export Persona Sheets"),
                             tr("The sheets could not be written to \"%1\": %2").arg(path, error));
}

void PersonaPanel::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_document) return;
    QMenu menu(this);
    menu.addAction(tr("&Edit..."), this, [this] { editPersona(currentPersona()); })
        ->setEnabled(m_edit->isEnabled());
    menu.addAction(tr("&Duplicate"), this, &PersonaPanel::duplicatePersona)
        ->setEnabled(m_duplicate->isEnabled());
    // Copy to the project of another open window.
    QMenu *copy = menu.addMenu(tr("&Copy to Project"));
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(w);
        if (!window || !window->document() || window->document() == m_document ||
            window->document()->isReadOnly())
            continue;
        Document *target = window->document();
        copy->addAction(menuText(target->project().info.title), this,
                        [this, target] { copyTo(target); });
    }
    copy->setEnabled(!copy->isEmpty() && !currentPersona().isNull());
    menu.addAction(tr("&Import from Project..."), this, &PersonaPanel::importFromFile)
        ->setEnabled(m_import->isEnabled());
    menu.addAction(tr("E&xport Sheets..."), this, &PersonaPanel::exportSheets)
        ->setEnabled(m_export->isEnabled());
    menu.addSeparator();
    menu.addAction(tr("De&lete"), this, &PersonaPanel::deletePersona)
        ->setEnabled(m_delete->isEnabled());
    menu.exec(event->globalPos());
}

} // namespace waymark
