// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace waymark {

// What the window shows with no project open: new, open, the sample and the recent projects.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    // Lists the recent projects again (they change as files are opened).
    void refresh();
    QListWidget *recentList() const { return m_recent; }

signals:
    void newProject();
    void openProject();
    void openSample();
    void openRecent(const QString &path);
    void takeTour();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPushButton *m_new, *m_open, *m_sample, *m_tour;
    QListWidget *m_recent;
    QLabel *m_heading;
};

} // namespace waymark
