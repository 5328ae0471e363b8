// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <optional>

namespace waymark {

// Cards on the clipboard: Waymark's own format (JSON with the cards' images, so that a paste
// into another project loses nothing) and plain text for other programs.
namespace CardClipboard {

QString mimeType(); // application/x-waymark-cards

struct Entry
{
    Card card;           // id null: a paste creates new cards
    int stageOffset = 0; // cell relative to the top-left cell of what was copied
    int laneOffset = 0;
};
// An arrow between two copied cards, by their places in `entries`.
struct Arrow
{
    int from = 0;
    int to = 0;
    QString label;
};
struct Content
{
    QList<Entry> entries; // in stage, lane and cell order
    QList<Image> images;
    QList<Arrow> arrows; // the arrows of the journey whose both ends were copied
};

QByteArray encode(const Project &project, const Journey &journey, const QList<Id> &cardIds);
// Never trusts the bytes: anything malformed gives nullopt and a reason.
std::optional<Content> decode(const QByteArray &bytes, QString *error);

// One line per card; line breaks inside a card become spaces.
QString toPlainText(const Journey &journey, const QList<Id> &cardIds);
// One card per non-empty line of `text` (at most `maxCards`).
QList<Card> fromPlainText(const QString &text, int maxCards = 1000);

} // namespace CardClipboard

} // namespace waymark
