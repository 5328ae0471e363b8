// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <optional>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace waymark {

class Document;
class ListEditor;

// Edits one persona with a live preview of its sheet. OK applies everything as one undo
// step (or adds the persona when it is new); Cancel changes nothing.
class PersonaEditor : public QDialog
{
    Q_OBJECT

public:
    // `personaId` null: a new persona.
    PersonaEditor(Document *document, const Id &personaId, QWidget *parent = nullptr);
    Persona persona() const;
    Id savedId() const { return m_savedId; }
    // Takes a picture (file, drop, paste); false with a message when it is not usable.
    bool setPhotoFromData(const QByteArray &data, const QString &source);
    bool setPhotoFromImage(const QImage &image);
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *linkBox() const { return m_link; }
    ListEditor *goalsEditor() const { return m_goals; }

    void accept() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choosePhoto();
    // Shows `image` (or says why `source` cannot be used).
    bool takePhoto(const std::optional<Image> &image, const QString &source, const QString &error);
    void pastePhoto();
    void chooseColour();
    void addTrait(const Trait &trait);
    void updatePreview();
    void updatePhotoLabel();

    Document *m_document;
    Id m_id;
    Id m_savedId;
    Persona m_base; // what the fields do not show (id, photo id)
    std::optional<Image> m_newPhoto;
    bool m_photoRemoved = false;
    QColor m_colour;
    QLineEdit *m_name, *m_role, *m_location, *m_family, *m_segment, *m_tags;
    QSpinBox *m_age;
    QPlainTextEdit *m_quote, *m_bio;
    ListEditor *m_goals, *m_needs, *m_frustrations, *m_values, *m_behaviours;
    QListWidget *m_channels;
    QVBoxLayout *m_traits;
    QLabel *m_photo;
    QPushButton *m_colourButton;
    class Preview;
    Preview *m_preview;
    QCheckBox *m_link; // a new persona: link it to the journey on screen
};

// An editable list of short texts: add, edit in place, remove, reorder by dragging.
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ListEditor(const QString &name, QWidget *parent = nullptr);
    void setItems(const QStringList &items);
    QStringList items() const;
    void addItem(const QString &text = {});
    QListWidget *list() const { return m_list; }

signals:
    void changed();

private:
    QListWidget *m_list;
};

} // namespace waymark
