// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QJsonValue>

namespace waymark {

// The template gallery: what a new project can start from. Five phases, the service
// blueprint and blank are built in code (templates.h); the others are bilingual JSON in
// resources/templates (FORMAT of each: resources/templates/README.md); contract renewal is
// the bundled sample.
struct GalleryTemplate
{
    QString id;                              // "onboarding"
    QString nameEn, nameDe;                  // "Onboarding"
    QString descriptionEn, descriptionDe;    // one sentence
    QString name(const QString &language) const;
    QString description(const QString &language) const;
};

namespace Gallery {

// Every template, in the gallery's order.
const QList<GalleryTemplate> &all();
const GalleryTemplate *find(const QString &id);
// The template everyone starts from unless they choose ("five-phases").
QString defaultId();
// A new project from template `id` with its texts in `language` ("en" or "de"), titled
// `title`; false with a reason for an unknown id.
bool create(const QString &id, const QString &title, const QString &language, Project *project,
            QString *error);
// Replaces every {"en": ..., "de": ...} object in `json` by its text in `language`.
QJsonValue inLanguage(const QJsonValue &json, const QString &language);

} // namespace Gallery

} // namespace waymark
