// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

namespace waymark {

// Journeys as tables: XLSX (a sheet per journey plus a "Cards" sheet), CSV of the cards
// and a Markdown outline. Column titles follow the project's language.
namespace TableExport {

struct CsvOptions
{
    QChar delimiter = QLatin1Char(','); // ';' for German Excel
    bool bom = false;
};

// One row per card: journey, stage, lane, text, channel, emotion, tags, evidence,
// touchpoint key, persona; the first row holds the titles.
QList<QStringList> cardRows(const Project &project, const QList<Id> &journeys);
// RFC 4180 quoting; text that a spreadsheet would run as a formula (=, +, -, @ and the
// tab or carriage return that start one) gets a leading apostrophe.
QByteArray csv(const QList<QStringList> &rows, const CsvOptions &options,
               const QList<int> &numericColumns = {});
QString markdown(const Project &project, const Journey &journey);

bool writeCsv(const Project &project, const QList<Id> &journeys, const QString &path,
              const CsvOptions &options, QString *error);
bool writeXlsx(const Project &project, const QList<Id> &journeys, const QString &path,
               QString *error);
bool writeMarkdown(const Project &project, const QList<Id> &journeys, const QString &path,
                   QString *error);

} // namespace TableExport

} // namespace waymark
