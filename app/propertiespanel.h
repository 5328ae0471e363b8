// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <functional>
#include <QWidget>

class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace waymark {

class Document;

// The selected cards' properties. Every edit is one undo step; with several cards selected,
// a field that differs shows as empty and an edit sets it on all of them. The panel keeps one
// width whether or not a card is selected, so the map beside it never jumps.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);

    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *emotionBox() const { return m_emotion; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLabel *pictureLabel() const { return m_picture; }
    // Gives the selected cards the picture in `path` (the file dialog's choice); false with
    // a message when the file is no picture.
    bool setPictureFromFile(const QString &path);
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fillChoices();
    QList<const Card *> selection() const;
    // Applies `edit` to a copy of every selected card and commits them as one step.
    void apply(const std::function<void(Card &)> &edit);
    void chooseColour(bool reset);
    void choosePicture();
    void fitTextHeight();
    void setPicture(const std::optional<Image> &picture);

    Document *m_document = nullptr;
    QLabel *m_summary;
    QPlainTextEdit *m_text, *m_notes;
    QPushButton *m_colour, *m_colourReset, *m_pictureChoose, *m_pictureRemove;
    QLabel *m_picture;
    QComboBox *m_channel, *m_emotion, *m_evidence, *m_persona;
    QLineEdit *m_tags, *m_touchpoint;
    QComboBox *m_link; // the journey the cards open
    QLabel *m_sources; // the insights a card rests on
    // An opportunity's scores (0: not scored) and what it addresses.
    QDoubleSpinBox *m_customer = nullptr, *m_business = nullptr, *m_effort = nullptr;
    QLabel *m_addresses = nullptr;
    QPushButton *m_chooseAddresses = nullptr;
    QWidget *m_opportunity = nullptr;
    void chooseAddresses();
    QWidget *m_form;
    bool m_refreshing = false;
};

} // namespace waymark
