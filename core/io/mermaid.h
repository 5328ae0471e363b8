// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <optional>

namespace waymark {

// Mermaid's `journey` diagram, both ways.
//
// Written: the title and accTitle are the journey's name, accDescr its goal; each stage is a
// section; each card on a customer-actions or touchpoints lane is a task. A task's score is
// its feeling on 1..5 (-3..+3 mapped, rounded): the feeling card of its stage with the same
// text (as an import makes them), else the average feeling of its stage (of its persona's
// curve when the card has a persona), else 3. Its actors are the card's persona and those of
// the feeling cards with its text.
//
// Read: Mermaid's whole journey grammar (a `---` front matter with a title, `journey`, title,
// accTitle, accDescr on one line or in `{ }`, sections, tasks with a score and several
// actors, `%%` and `#` comments, directives). Each section becomes a stage, each task a card
// on the customer-actions lane (with its first actor as persona) and, for each actor, a
// feeling card with the task's text and the score as a feeling, so that writing it again
// gives the same text. A task without a score, a score outside 1..5 and anything Mermaid
// itself refuses is an error naming its line.
//
// The format cannot carry: lanes other than actions and touchpoints, card notes, colours,
// channels, tags, metric values, images, arrows, and the characters ":", "#" and ";" in names
// (they are written as the look-alikes "꞉", "＃" and "；").
namespace Mermaid {

QString write(const Project &project, const Journey &journey);

struct Task
{
    QString name;
    double score = 0;
    QStringList actors;
    int line = 0;
};
struct Section
{
    QString name; // empty for tasks before the first section
    QList<Task> tasks;
};
struct Diagram
{
    QString title, accTitle, accDescr;
    QList<Section> sections;
};

constexpr qint64 MaxBytes = 4 * 1024 * 1024;
constexpr int MaxTasks = 20'000;

// Parses Mermaid text; nullopt with "line N: reason".
std::optional<Diagram> parse(const QByteArray &text, QString *error);
// Reads and parses a file; errors name the file.
std::optional<Diagram> read(const QString &path, QString *error);

struct Imported
{
    Journey journey;
    QList<Persona> newPersonas; // actors the project has no persona for, in their order
};
// A journey for `project` in its language: the lanes of a new journey, a stage per section,
// cards and feelings per task; actors are matched to the project's personas by name.
// `fallbackName` names it when the diagram has no title.
Imported toJourney(const Diagram &diagram, const Project &project, const QString &fallbackName);
// "Imported "NAME": 3 stages, 7 tasks, 2 new personas", for the status bar and the CLI.
QString summary(const Diagram &diagram, const Imported &imported);
int taskCount(const Diagram &diagram);

} // namespace Mermaid

} // namespace waymark
