// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

namespace waymark {

enum class Template
{
    FivePhases,
    Blank,
    ServiceBlueprint
};
QList<Template> allTemplates();

QString toKey(Template t);
bool fromKey(const QString &key, Template *out);
QString displayName(Template t);

// One line on what goes in a lane of `kind`, in `language` (the templates' lane hints).
QString laneHint(LaneKind kind, const QString &language);

// Content languages with built-in template texts; others fall back to English.
QStringList contentLanguages();

// A journey with the template's stages and lanes, named in `language` ("en", "de").
Journey makeJourney(Template t, const QString &language, const QString &name = {});
Project makeProject(Template t, const QString &title, const QString &language);

// The bundled sample project (an internet provider's contract renewal) in `language`.
bool sampleProject(const QString &language, Project *project, QString *error);
// Builds a project from Waymark's JSON description (the format of resources/samples).
bool projectFromJson(const QByteArray &json, Project *project, QString *error);

} // namespace waymark
