// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "guide.h"

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace waymark {

// Help > User Guide (F1): the guide of guide.h with its table of contents beside it and a
// search that keeps the sections holding every word typed and marks each place; Enter goes
// to the next, Escape clears. Export PDF writes the guide as the `docs` target does.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);
    // The one window of the application, made on first use.
    static HelpWindow *instance();
    QString language() const { return m_language; }
    QTreeWidget *contents() const { return m_contents; }
    QLineEdit *searchField() const { return m_search; }
    QTextBrowser *browser() const { return m_browser; }
    QLabel *searchResult() const { return m_result; }
    // Scrolls so that the heading titled `title` is at the top; false when there is none.
    bool showSection(const QString &title);
    // The title of the section at the top of the view.
    QString currentSection() const;
    bool exportPdf(const QString &path, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void search(const QString &text);
    void nextMatch(bool backwards);
    void scrollToPosition(int position);
    void followScroll();
    void exportDialog();

    QString m_language;
    QList<Guide::Section> m_sections; // of the document shown, in order
    QLineEdit *m_search;
    QLabel *m_result;
    QTreeWidget *m_contents;
    QTextBrowser *m_browser;
};

} // namespace waymark
