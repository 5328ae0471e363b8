// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace waymark {

// Edit > Preferences: language, your name, where new work is kept, the template and content
// language of new projects, the page size and CSV format exports start with, and the
// workshop's network and port. Stored with QSettings on OK; Restore Defaults puts every
// field back to Waymark's default (saved on OK, like any change).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void restoreDefaults();
    void save() const;
    // The settings keys this dialog writes (a reset removes them).
    static QStringList keys();
    // The workshop's port and network as chosen here, or the defaults.
    static int workshopPort();
    static QString workshopAddress();
    // The content language new projects start with: as chosen, else the system's (de or en).
    static QString contentLanguage();

private:
    // Shows the settings, or with `defaults` what Waymark has without them.
    void load(bool defaults = false);

    QComboBox *m_language, *m_template, *m_content, *m_page, *m_csv, *m_address;
    QLineEdit *m_author, *m_untitled;
    QSpinBox *m_port;
};

} // namespace waymark
