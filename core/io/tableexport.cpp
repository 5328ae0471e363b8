// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include "filewrite.h"

#include "trcontexts.h"
#include "xlsxwriter.h"

#include <algorithm>
#include <QHash>

namespace waymark::TableExport {

namespace {

// Column titles in the project's language (which may differ from the interface language).
QStringList titles(const Project &p)
{
    if (p.info.language == QLatin1String("de"))
        return {QStringLiteral("Journey"),
                QStringLiteral("Phase"),
                QStringLiteral("Ebene"),
                QStringLiteral("Text"),
                QStringLiteral("Kanal"),
                QStringLiteral("Gefühl"),
                QStringLiteral("Schlagwörter"),
                QStringLiteral("Evidenz"),
                QStringLiteral("Touchpoint-Schlüssel"),
                QStringLiteral("Persona"),
                QStringLiteral("Stimmen")};
    return {QStringLiteral("Journey"), QStringLiteral("Stage"),    QStringLiteral("Lane"),
            QStringLiteral("Text"),    QStringLiteral("Channel"),  QStringLiteral("Emotion"),
            QStringLiteral("Tags"),    QStringLiteral("Evidence"), QStringLiteral("Touchpoint key"),
            QStringLiteral("Persona"), QStringLiteral("Votes")};
}
constexpr int EmotionColumn = 5;
constexpr int VotesColumn = 10;

// A card's dots in the latest voting round of its journey that it was part of.
QHash<Id, int> latestVotes(const Journey &j)
{
    QHash<Id, int> dots;
    QSet<Id> decided;
    for (auto it = j.rounds.crbegin(); it != j.rounds.crend(); ++it) {
        const QHash<Id, int> counts = j.voteCounts(it->id);
        for (const Id &card : it->cards)
            if (!decided.contains(card)) {
                decided.insert(card);
                dots.insert(card, counts.value(card));
            }
    }
    return dots;
}

QList<const Card *> readingOrder(const Journey &j)
{
    QHash<Id, int> column, row;
    for (int s = 0; s < j.stages.size(); ++s)
        column.insert(j.stages[s].id, s);
    for (int l = 0; l < j.lanes.size(); ++l)
        row.insert(j.lanes[l].id, l);
    QList<const Card *> cards;
    for (const Card &c : j.cards)
        cards.append(&c);
    std::sort(cards.begin(), cards.end(), [&](const Card *a, const Card *b) {
        return std::make_tuple(column.value(a->stageId), row.value(a->laneId), a->order) <
               std::make_tuple(column.value(b->stageId), row.value(b->laneId), b->order);
    });
    return cards;
}

bool save(const QString &path, const QByteArray &bytes, QString *error)
{
    return FileWrite::writeWhole(path, bytes, error);
}

QList<const Journey *> journeysOf(const Project &p, const QList<Id> &ids, QString *error)
{
    QList<const Journey *> list;
    for (const Id &id : ids)
        if (const Journey *j = p.journey(id)) list.append(j);
    if (list.isEmpty()) *error = Storage::tr("there is no journey to export");
    return list;
}

} // namespace

QList<QStringList> cardRows(const Project &project, const QList<Id> &journeys)
{
    QList<QStringList> rows{titles(project)};
    for (const Id &id : journeys) {
        const Journey *j = project.journey(id);
        if (!j) continue;
        const QHash<Id, int> votes = latestVotes(*j);
        for (const Card *c : readingOrder(*j)) {
            const int s = j->stageIndex(c->stageId), l = j->laneIndex(c->laneId);
            const Persona *persona = project.persona(c->personaId);
            rows.append({j->name, s >= 0 ? j->stages[s].name : QString(),
                         l >= 0 ? j->lanes[l].title : QString(), c->text,
                         c->channel == Channel::None ? QString() : toKey(c->channel),
                         c->emotion ? QString::number(*c->emotion) : QString(),
                         c->tags.join(QLatin1String(", ")), toKey(c->evidence), c->touchpointKey,
                         persona ? persona->name : QString(),
                         votes.contains(c->id) ? QString::number(votes.value(c->id)) : QString()});
        }
    }
    return rows;
}

QByteArray csv(const QList<QStringList> &rows, const CsvOptions &o, const QList<int> &numeric)
{
    QString out;
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (c) out += o.delimiter;
            QString cell = row[c];
            static const QString formulaStart = QStringLiteral("=+-@\t\r");
            if (!numeric.contains(c) && !cell.isEmpty() && formulaStart.contains(cell.at(0)))
                cell.prepend(QLatin1Char('\''));
            const bool quote = cell.contains(o.delimiter) || cell.contains(QLatin1Char('"')) ||
                               cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
            if (quote) {
                cell.replace(QLatin1String("\""), QLatin1String("\"\""));
                cell = QLatin1Char('"') + cell + QLatin1Char('"');
            }
            out += cell;
        }
        out += QLatin1String("\r\n");
    }
    QByteArray bytes = out.toUtf8();
    if (o.bom) bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QString markdown(const Project &project, const Journey &j)
{
    // Markdown's own characters at the start of a line or inside text are escaped.
    auto escape = [](QString text) {
        static const QString special = QStringLiteral("\\`*_[]#<>|");
        QString out;
        for (QChar ch : text.replace(QLatin1Char('\n'), QLatin1Char(' ')))
            out += special.contains(ch) ? QStringLiteral("\\") + ch : QString(ch);
        return out;
    };
    QString md = QStringLiteral("# %1\n\n").arg(escape(j.name));
    if (!j.goal.isEmpty()) md += escape(j.goal) + QStringLiteral("\n\n");
    QStringList facts{contentName(j.state, project.info.language)};
    for (const Id &id : j.personaIds)
        if (const Persona *p = project.persona(id)) facts.append(escape(p->name));
    md += QStringLiteral("*%1*\n\n").arg(facts.join(QStringLiteral(" · ")));
    for (const Stage &s : j.stages) {
        md += QStringLiteral("## %1%2\n\n")
                  .arg(escape(s.name), s.momentOfTruth ? QStringLiteral(" ★") : QString());
        for (const Lane &l : j.lanes) {
            const QList<const Card *> cards = j.cellCards(s.id, l.id);
            if (cards.isEmpty()) continue;
            md += QStringLiteral("### %1\n\n").arg(escape(l.title));
            for (const Card *c : cards) {
                QString line = escape(c->text);
                if (c->emotion) line = emotionName(*c->emotion) + QStringLiteral(": ") + line;
                if (c->channel != Channel::None)
                    line +=
                        QStringLiteral(" (%1)").arg(contentName(c->channel, project.info.language));
                md += QStringLiteral("- %1\n").arg(line);
                // Its arrows, as the map draws them.
                for (const Connection &a : j.connections)
                    if (a.from == c->id)
                        if (const Card *to = j.card(a.to))
                            md += QStringLiteral("  - → %1%2\n")
                                      .arg(escape(to->text),
                                           a.label.isEmpty()
                                               ? QString()
                                               : QStringLiteral(" (%1)").arg(escape(a.label)));
            }
            md += QLatin1Char('\n');
        }
    }
    return md;
}

bool writeCsv(const Project &project, const QList<Id> &journeys, const QString &path,
              const CsvOptions &options, QString *error)
{
    if (journeysOf(project, journeys, error).isEmpty()) return false;
    return save(path, csv(cardRows(project, journeys), options, {EmotionColumn, VotesColumn}),
                error);
}

bool writeMarkdown(const Project &project, const QList<Id> &journeys, const QString &path,
                   QString *error)
{
    QString md;
    for (const Journey *j : journeysOf(project, journeys, error))
        md += markdown(project, *j);
    if (md.isEmpty()) return false;
    return save(path, md.toUtf8(), error);
}

bool writeXlsx(const Project &project, const QList<Id> &journeys, const QString &path,
               QString *error)
{
    const QList<const Journey *> list = journeysOf(project, journeys, error);
    if (list.isEmpty()) return false;
    XlsxWriter book;
    QStringList names;
    for (const Journey *j : list) {
        // Stages as columns, lanes as rows, a cell's cards as lines.
        XlsxWriter::Sheet sheet;
        sheet.name = XlsxWriter::safeSheetName(j->name, names);
        names.append(sheet.name);
        sheet.frozenRows = 1;
        sheet.frozenColumns = 1;
        sheet.wrap = true;
        QList<QVariant> header{QString()};
        for (const Stage &s : j->stages)
            header.append(s.name);
        sheet.rows.append(header);
        // A blueprint's lines as rows of their own between the zones.
        auto linesAbove = [&](int lane) {
            for (BlueprintLine line : j->linesAbove(lane))
                sheet.rows.append(
                    {QStringLiteral("— %1 —").arg(contentName(line, project.info.language))});
        };
        for (int li = 0; li < j->lanes.size(); ++li) {
            const Lane &l = j->lanes[li];
            linesAbove(li);
            QList<QVariant> row{l.title};
            for (const Stage &s : j->stages) {
                QStringList texts;
                for (const Card *c : j->cellCards(s.id, l.id))
                    texts.append(c->emotion ? QStringLiteral("%1 (%2)").arg(
                                                  c->text, emotionName(*c->emotion))
                                            : c->text);
                row.append(texts.isEmpty() ? QVariant() : QVariant(texts.join(QLatin1Char('\n'))));
            }
            sheet.rows.append(row);
        }
        linesAbove(int(j->lanes.size()));
        sheet.columnWidths.append(24);
        for (qsizetype s = 0; s < j->stages.size(); ++s)
            sheet.columnWidths.append(36);
        book.addSheet(sheet);
    }
    XlsxWriter::Sheet cards;
    cards.name = XlsxWriter::safeSheetName(project.info.language == QLatin1String("de")
                                               ? QStringLiteral("Karten")
                                               : QStringLiteral("Cards"),
                                           names);
    const QList<QStringList> rows = cardRows(project, journeys);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QList<QVariant> row;
        for (int c = 0; c < rows[r].size(); ++c) {
            // Emotions are numbers, so that the analyst can sum and chart them.
            const QString &cell = rows[r][c];
            if (r > 0 && (c == EmotionColumn || c == VotesColumn) && !cell.isEmpty())
                row.append(cell.toInt());
            else
                row.append(cell);
        }
        cards.rows.append(row);
    }
    cards.columnWidths = {22, 22, 22, 50, 12, 9, 20, 11, 18, 18, 8};
    book.addSheet(cards);
    names.append(cards.name);
    // Every voting round, each card with its dots, most first.
    const bool de = project.info.language == QLatin1String("de");
    XlsxWriter::Sheet votes;
    votes.name = XlsxWriter::safeSheetName(
        de ? QStringLiteral("Abstimmungen") : QStringLiteral("Votes"), names);
    votes.frozenRows = 1;
    votes.rows.append(de ? QList<QVariant>{QStringLiteral("Journey"), QStringLiteral("Frage"),
                                           QStringLiteral("Geöffnet"), QStringLiteral("Rang"),
                                           QStringLiteral("Karte"), QStringLiteral("Stimmen")}
                         : QList<QVariant>{QStringLiteral("Journey"), QStringLiteral("Question"),
                                           QStringLiteral("Opened"), QStringLiteral("Rank"),
                                           QStringLiteral("Card"), QStringLiteral("Votes")});
    for (const Journey *j : list)
        for (const VoteRound &round : j->rounds) {
            const QHash<Id, int> counts = j->voteCounts(round.id);
            const QList<Id> ranked = j->ranking(round.id);
            for (qsizetype k = 0; k < ranked.size(); ++k) {
                const Card *c = j->card(ranked[k]);
                votes.rows.append({j->name, round.question,
                                   round.opened.toUTC().toString(Qt::ISODate), int(k + 1),
                                   c ? c->text : QString(), counts.value(ranked[k])});
            }
        }
    votes.columnWidths = {22, 36, 20, 6, 50, 8};
    if (votes.rows.size() > 1) book.addSheet(votes);
    return book.write(path, error);
}

} // namespace waymark::TableExport
