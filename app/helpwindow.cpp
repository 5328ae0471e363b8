// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpwindow.h"

#include "guide.h"
#include "i18n.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int PositionRole = Qt::UserRole;
constexpr int EndRole = Qt::UserRole + 1; // where the section ends, its subsections included

// The words of a search, lower case.
QStringList words(const QString &text)
{
    return text.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_language(installedUiLanguage()), m_search(new QLineEdit(this)),
      m_result(new QLabel(this)), m_contents(new QTreeWidget(this)), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Waymark User Guide"));
    auto *top = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("guideSearch"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Keeps the sections that hold every word and marks each place; "
                            "Enter goes to the next (Ctrl+F)"));
    m_search->installEventFilter(this);
    m_result->setObjectName(QStringLiteral("guideSearchResult"));
    auto *pdf = new QPushButton(tr("&Export PDF..."), this);
    pdf->setObjectName(QStringLiteral("guideExportPdf"));
    pdf->setToolTip(tr("The guide with its pictures as a PDF to print or send"));
    top->addWidget(m_search, 2);
    top->addWidget(m_result, 1);
    top->addWidget(pdf);

    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 760});

    auto *column = new QVBoxLayout(this);
    column->addLayout(top);
    column->addWidget(split, 1);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { nextMatch(false); });
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { scrollToPosition(item->data(0, PositionRole).toInt()); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { scrollToPosition(item->data(0, PositionRole).toInt()); });
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &HelpWindow::followScroll);
    connect(pdf, &QPushButton::clicked, this, &HelpWindow::exportDialog);
    resize(1100, 720);
    fill();
}

HelpWindow *HelpWindow::instance()
{
    static QPointer<HelpWindow> window;
    // A new one after a change of language, so that it speaks the new one.
    if (window && window->language() != installedUiLanguage()) delete window;
    if (!window) {
        window = new HelpWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    return window;
}

void HelpWindow::fill()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Guide::load(m_browser->document(), m_language, 720);
    QApplication::restoreOverrideCursor();
    m_contents->clear();
    m_sections = Guide::sections(*m_browser->document());
    QList<QTreeWidgetItem *> parents;
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        const Guide::Section &s = m_sections[i];
        while (parents.size() >= s.level) parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_contents)
                                       : new QTreeWidgetItem(parents.last());
        item->setText(0, s.title);
        item->setData(0, PositionRole, s.position);
        // A section runs to the next heading of its level or higher.
        int end = m_browser->document()->characterCount() - 1;
        for (qsizetype j = i + 1; j < m_sections.size(); ++j)
            if (m_sections[j].level <= s.level) {
                end = m_sections[j].position;
                break;
            }
        item->setData(0, EndRole, end);
        while (parents.size() < s.level - 1) parents.append(item); // a level skipped
        parents.append(item);
    }
    m_contents->expandToDepth(0);
    // At the beginning (the cursor is left at the end by fitting the pictures).
    m_browser->moveCursor(QTextCursor::Start);
    m_browser->verticalScrollBar()->setValue(0);
    QTimer::singleShot(0, this, &HelpWindow::followScroll); // once laid out
}

void HelpWindow::scrollToPosition(int position)
{
    const QTextBlock block = m_browser->document()->findBlock(position);
    const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(rect.top()));
}

bool HelpWindow::showSection(const QString &title)
{
    for (const Guide::Section &s : std::as_const(m_sections))
        if (s.title == title) {
            scrollToPosition(s.position);
            return true;
        }
    return false;
}

QString HelpWindow::currentSection() const
{
    const int top = m_browser->verticalScrollBar()->value();
    QString current = m_sections.isEmpty() ? QString() : m_sections.first().title; // the top's
    for (const Guide::Section &s : m_sections) {
        const QTextBlock block = m_browser->document()->findBlock(s.position);
        if (m_browser->document()->documentLayout()->blockBoundingRect(block).top() > top + 2)
            break;
        current = s.title;
    }
    return current;
}

// The contents follow the reading: the section at the top is the current item.
void HelpWindow::followScroll()
{
    const QString title = currentSection();
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it)
        if ((*it)->text(0) == title) {
            const QSignalBlocker block(m_contents);
            m_contents->setCurrentItem(*it);
            return;
        }
}

void HelpWindow::search(const QString &text)
{
    const QStringList wanted = words(text);
    QTextDocument *doc = m_browser->document();
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat mark;
    mark.setBackground(QColor(0xff, 0xe0, 0x66));
    for (const QString &word : wanted)
        for (QTextCursor c = doc->find(word); !c.isNull(); c = doc->find(word, c))
            marks.append({c, mark});
    m_browser->setExtraSelections(marks);
    // The sections (with what they contain) that hold every word; their parents stay.
    for (QTreeWidgetItemIterator it(m_contents, QTreeWidgetItemIterator::All); *it; ++it) {
        QTreeWidgetItem *item = *it;
        QTextCursor c(doc);
        c.setPosition(item->data(0, PositionRole).toInt());
        c.setPosition(item->data(0, EndRole).toInt(), QTextCursor::KeepAnchor);
        const QString body = c.selectedText().toLower();
        const bool holds = std::all_of(wanted.begin(), wanted.end(),
                                       [&](const QString &w) { return body.contains(w); });
        item->setHidden(!holds);
    }
    m_contents->expandAll();
    if (wanted.isEmpty()) {
        m_contents->collapseAll();
        m_contents->expandToDepth(0);
        m_result->clear();
    } else if (marks.isEmpty()) {
        m_result->setText(tr("Not found"));
    } else {
        m_result->setText(tr("%n place(s)", nullptr, int(marks.size())));
        m_browser->moveCursor(QTextCursor::Start);
        nextMatch(false);
    }
}

// The next (or previous) marked place of any of the words, round at the end.
void HelpWindow::nextMatch(bool backwards)
{
    QList<QTextCursor> places;
    for (const QTextEdit::ExtraSelection &mark : m_browser->extraSelections())
        places.append(mark.cursor);
    if (places.isEmpty()) return;
    std::sort(places.begin(), places.end(), [](const QTextCursor &a, const QTextCursor &b) {
        return a.selectionStart() < b.selectionStart();
    });
    const QTextCursor current = m_browser->textCursor();
    const int from = current.hasSelection() ? current.selectionStart() : -1;
    QTextCursor next = backwards ? places.last() : places.first();
    if (backwards) {
        for (auto it = places.crbegin(); it != places.crend(); ++it)
            if (from >= 0 && it->selectionStart() < from) {
                next = *it;
                break;
            }
    } else {
        for (const QTextCursor &c : places)
            if (c.selectionStart() > from) {
                next = c;
                break;
            }
    }
    m_browser->setTextCursor(next);
    // The place a third down the view, with what leads up to it above.
    QScrollBar *bar = m_browser->verticalScrollBar();
    bar->setValue(bar->value() + m_browser->cursorRect().top() -
                  m_browser->viewport()->height() / 3);
}

bool HelpWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ShiftModifier) {
            nextMatch(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool HelpWindow::exportPdf(const QString &path, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Guide::writePdf(m_language, path, error);
    QApplication::restoreOverrideCursor();
    return ok;
}

void HelpWindow::exportDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the User Guide"),
        QDir(folder).filePath(tr("Waymark User Guide") + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) return;
    if (QString error; !exportPdf(path, &error))
        QMessageBox::warning(this, tr("Cannot Export the Guide"), error);
}

} // namespace waymark
