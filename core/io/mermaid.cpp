// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaid.h"

#include "document/templates.h"
#include "trcontexts.h"

#include <cmath>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace waymark::Mermaid {

namespace {

const QChar ZeroWidthSpace(0x200b);

// A name as Mermaid can read it back: one line, without the characters that end a name or
// start a comment, and not starting with a keyword or a "%" (a comment to Mermaid).
QString clean(QString text, bool keepColon = false)
{
    text = text.simplified();
    if (!keepColon) text.replace(QLatin1Char(':'), QChar(0xa789));
    text.replace(QLatin1Char('#'), QChar(0xff03));
    text.replace(QLatin1Char(';'), QChar(0xff1b));
    static const QRegularExpression keyword(
        QStringLiteral("^(journey|title\\s|section\\s|acctitle|accdescr|```|%)"),
        QRegularExpression::CaseInsensitiveOption);
    if (keyword.match(text).hasMatch()) text.prepend(ZeroWidthSpace);
    return text;
}

int scoreOf(double emotion)
{
    const double score = (emotion - MinEmotion) * 4.0 / (MaxEmotion - MinEmotion) + 1;
    return std::clamp(int(std::lround(score)), 1, 5);
}

int emotionOf(double score)
{
    const double e = (score - 1) * (MaxEmotion - MinEmotion) / 4.0 + MinEmotion;
    return std::clamp(int(std::lround(e)), MinEmotion, MaxEmotion);
}

bool isTaskLane(LaneKind kind)
{
    return kind == LaneKind::Actions || kind == LaneKind::Touchpoints;
}

QString lineError(int line, const QString &reason)
{
    return Storage::tr("line %1: %2").arg(QString::number(line), reason);
}

// Leading and trailing blanks and the zero-width spaces an export puts before keywords.
QString trimmed(QString s)
{
    s = s.trimmed();
    while (s.startsWith(ZeroWidthSpace))
        s.remove(0, 1);
    return s.trimmed();
}

} // namespace

QString write(const Project &project, const Journey &j)
{
    QString out = QStringLiteral("journey\n");
    if (const QString title = clean(j.name, true); !title.isEmpty()) {
        out += QStringLiteral("    title ") + title + QLatin1Char('\n');
        // The accessibility title keeps everything up to the line's end.
        out += QStringLiteral("    accTitle: ") + j.name.simplified() + QLatin1Char('\n');
    }
    if (const QString goal = j.goal.simplified(); !goal.isEmpty())
        out += QStringLiteral("    accDescr: ") + goal + QLatin1Char('\n');
    auto personaName = [&](const Id &id) {
        const int i = project.personaIndex(id);
        return i >= 0 ? clean(project.personas[i].name).replace(QLatin1Char(','), QChar(0x201a))
                      : QString();
    };
    QList<int> feelingLanes;
    for (int l = 0; l < j.lanes.size(); ++l)
        if (j.lanes[l].kind == LaneKind::Feelings) feelingLanes.append(l);
    for (int s = 0; s < j.stages.size(); ++s) {
        const Stage &stage = j.stages[s];
        QString name = clean(stage.name);
        if (name.isEmpty()) name = Storage::tr("Stage %1").arg(s + 1);
        out += QStringLiteral("    section ") + name + QLatin1Char('\n');
        QList<const Card *> feelings;
        for (int l : std::as_const(feelingLanes))
            for (const Card *c : j.cellCards(stage.id, j.lanes[l].id))
                if (c->emotion) feelings.append(c);
        auto average = [&](const Id &persona, bool onlyPersona) -> std::optional<double> {
            double sum = 0;
            int n = 0;
            for (const Card *f : std::as_const(feelings))
                if (!onlyPersona || f->personaId == persona) sum += *f->emotion, ++n;
            return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
        };
        for (const Lane &lane : j.lanes) {
            if (!isTaskLane(lane.kind)) continue;
            for (const Card *c : j.cellCards(stage.id, lane.id)) {
                const QString task = clean(c->text);
                if (task.isEmpty()) continue;
                QStringList actors;
                if (const QString a = personaName(c->personaId); !a.isEmpty()) actors.append(a);
                std::optional<double> emotion;
                for (const Card *f : std::as_const(feelings))
                    if (f->text.simplified() == c->text.simplified()) {
                        if (!emotion) emotion = *f->emotion;
                        if (const QString a = personaName(f->personaId);
                            !a.isEmpty() && !actors.contains(a))
                            actors.append(a);
                    }
                if (!emotion && !c->personaId.isNull()) emotion = average(c->personaId, true);
                if (!emotion) emotion = average({}, false);
                // One arg() call: a "%1" in the task's text stays text.
                out += QStringLiteral("      %1: %2")
                           .arg(task, QString::number(emotion ? scoreOf(*emotion) : 3));
                if (!actors.isEmpty()) out += QStringLiteral(": ") + actors.join(QStringLiteral(", "));
                out += QLatin1Char('\n');
            }
        }
    }
    return out;
}

std::optional<Diagram> parse(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > MaxBytes) {
        *error = Storage::tr("the file is larger than %1 MB").arg(MaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString text = decode(bytes);
    if (decode.hasError()) {
        *error = Storage::tr("the file is not UTF-8 text");
        return std::nullopt;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r'))) l.chop(1);
    if (!lines.isEmpty() && lines[0].startsWith(QChar(0xfeff))) lines[0].remove(0, 1);
    // Markdown: the first ```mermaid block; the other lines are left empty, so that errors
    // name the file's lines. (Not in a file that is Mermaid from its first line.)
    const auto first = std::find_if(lines.cbegin(), lines.cend(),
                                    [](const QString &l) { return !l.trimmed().isEmpty(); });
    const bool mermaidFile =
        first != lines.cend() && (first->trimmed().startsWith(QLatin1String("journey"), Qt::CaseInsensitive) ||
                                  first->trimmed().startsWith(QLatin1String("---")) ||
                                  first->trimmed().startsWith(QLatin1String("%%")));
    for (int open = 0; !mermaidFile && open < lines.size(); ++open) {
        if (!lines[open].trimmed().startsWith(QLatin1String("```mermaid"))) continue;
        int close = open + 1;
        while (close < lines.size() && !lines[close].trimmed().startsWith(QLatin1String("```")))
            ++close;
        for (int i = 0; i < lines.size(); ++i)
            if (i <= open || i >= close) lines[i].clear();
        break;
    }

    Diagram d;
    int at = 0;
    // Front matter: `---`, YAML of which the title is read, `---`.
    if (!lines.isEmpty() && lines[0].trimmed() == QLatin1String("---")) {
        int end = 1;
        while (end < lines.size() && lines[end].trimmed() != QLatin1String("---"))
            ++end;
        if (end == lines.size()) {
            *error = lineError(1, Storage::tr("the front matter that starts here is not closed "
                                              "with ---"));
            return std::nullopt;
        }
        static const QRegularExpression title(QStringLiteral("^title:\\s*(.*)$"));
        for (int i = 1; i < end; ++i)
            if (const auto m = title.match(lines[i]); m.hasMatch()) {
                QString t = m.captured(1).trimmed();
                if (t.size() >= 2 && (t.front() == QLatin1Char('"') || t.front() == QLatin1Char('\'')) &&
                    t.back() == t.front())
                    t = t.mid(1, t.size() - 2);
                d.title = t;
            }
        at = end + 1;
    }

    static const QRegularExpression accTitle(QStringLiteral("^accTitle\\s*:\\s*(.*)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression accDescr(QStringLiteral("^accDescr\\s*:\\s*(.*)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression accDescrBlock(QStringLiteral("^accDescr\\s*\\{(.*)$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression titleLine(QStringLiteral("^title\\s(.*)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sectionLine(QStringLiteral("^section\\s(.*)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression journeyWord(QStringLiteral("^journey"),
                                                QRegularExpression::CaseInsensitiveOption);
    bool started = false;
    int tasks = 0;
    auto fail = [&](int line, const QString &reason) {
        *error = lineError(line, reason);
        return std::nullopt;
    };
    for (; at < lines.size(); ++at) {
        const int number = at + 1;
        QString line = lines[at].trimmed();
        if (line.isEmpty()) continue;
        // Comments and directives (%%{init: ...}%%) take the whole line: Mermaid reads a "%"
        // that starts a line, but for "%{", as the start of a comment.
        if (line.startsWith(QLatin1Char('%')) && !line.startsWith(QLatin1String("%{"))) continue;
        if (started) {
            // The accessibility texts run to the line's end, # and ; included.
            if (const auto m = accTitle.match(line); m.hasMatch()) {
                d.accTitle = m.captured(1).trimmed();
                continue;
            }
            if (const auto m = accDescr.match(line); m.hasMatch()) {
                d.accDescr = m.captured(1).trimmed();
                continue;
            }
            if (const auto m = accDescrBlock.match(line); m.hasMatch()) {
                QString block = m.captured(1);
                int close = block.indexOf(QLatin1Char('}'));
                int end = at;
                while (close < 0 && ++end < lines.size()) {
                    block += QLatin1Char('\n') + lines[end];
                    close = block.indexOf(QLatin1Char('}'));
                }
                if (close < 0)
                    return fail(number, Storage::tr("accDescr { is not closed with }"));
                if (!block.mid(close + 1).trimmed().isEmpty())
                    return fail(end + 1, Storage::tr("nothing may follow the } of accDescr on "
                                                     "its line"));
                // As Mermaid keeps it: without the indentation of its lines.
                static const QRegularExpression indent(QStringLiteral("\n\\s+"));
                d.accDescr = block.left(close).trimmed().replace(indent, QStringLiteral("\n"));
                at = end;
                continue;
            }
        }
        // Elsewhere # starts a comment (a "%%" later in a line is text to Mermaid).
        if (const int hash = line.indexOf(QLatin1Char('#')); hash >= 0) line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty()) continue;
        if (const int semi = line.indexOf(QLatin1Char(';')); semi >= 0)
            return fail(number, Storage::tr("\";\" is not allowed in a journey"));
        if (!started) {
            if (!journeyWord.match(line).hasMatch())
                return fail(number,
                            Storage::tr("this is not a Mermaid journey: it starts with \"%1\", "
                                        "not \"journey\"")
                                .arg(line.section(QLatin1Char(' '), 0, 0).left(40)));
            started = true;
            line = line.mid(7).trimmed(); // a statement may follow on the same line
            if (line.isEmpty()) continue;
        }
        if (journeyWord.match(line).hasMatch())
            return fail(number, Storage::tr("\"journey\" may only start the diagram"));
        if (const auto m = titleLine.match(line); m.hasMatch()) {
            d.title = m.captured(1).trimmed();
            continue;
        }
        if (const auto m = sectionLine.match(line); m.hasMatch()) {
            const QString name = trimmed(m.captured(1));
            if (name.contains(QLatin1Char(':')))
                return fail(number, Storage::tr("a section's name cannot contain \":\""));
            if (name.isEmpty()) return fail(number, Storage::tr("a section needs a name"));
            d.sections.append({name, {}});
            continue;
        }
        // A task: NAME: SCORE[: ACTOR, ACTOR...]
        const int colon = line.indexOf(QLatin1Char(':'));
        const QString name = trimmed(line.left(colon));
        if (colon < 0)
            return fail(number, Storage::tr("the task \"%1\" has no score (write \"%1: 5\")")
                                    .arg(name.left(80)));
        if (name.isEmpty()) return fail(number, Storage::tr("a task needs a name before \":\""));
        const QStringList pieces = line.mid(colon + 1).split(QLatin1Char(':'));
        bool ok = false;
        const QString scoreText = pieces[0].trimmed();
        const double score = scoreText.toDouble(&ok);
        if (scoreText.isEmpty())
            return fail(number, Storage::tr("the task \"%1\" has no score").arg(name.left(80)));
        if (!ok || !std::isfinite(score))
            return fail(number, Storage::tr("the score of \"%1\" is \"%2\", not a number")
                                    .arg(name.left(80), scoreText.left(20)));
        if (score < 1 || score > 5)
            return fail(number, Storage::tr("the score of \"%1\" is %2; it must be from 1 to 5")
                                    .arg(name.left(80), scoreText.left(20)));
        if (++tasks > MaxTasks)
            return fail(number, Storage::tr("more than %1 tasks").arg(MaxTasks));
        Task t{name, score, {}, number};
        if (pieces.size() > 1)
            for (const QString &a : pieces[1].split(QLatin1Char(',')))
                if (const QString actor = trimmed(a); !actor.isEmpty() && !t.actors.contains(actor))
                    t.actors.append(actor);
        if (d.sections.isEmpty()) d.sections.append({QString(), {}});
        d.sections.last().tasks.append(t);
    }
    if (!started) {
        *error = Storage::tr("the file holds no Mermaid diagram");
        return std::nullopt;
    }
    if (d.sections.isEmpty()) {
        *error = Storage::tr("the journey has no sections and no tasks");
        return std::nullopt;
    }
    return d;
}

std::optional<Diagram> read(const QString &path, QString *error)
{
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Storage::tr("%1: %2").arg(name, f.errorString());
        return std::nullopt;
    }
    if (f.size() > MaxBytes) {
        *error = Storage::tr("%1: the file is larger than %2 MB")
                     .arg(name, QString::number(MaxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QString reason;
    auto d = parse(f.readAll(), &reason);
    if (!d) *error = Storage::tr("%1: %2").arg(name, reason);
    return d;
}

int taskCount(const Diagram &d)
{
    int n = 0;
    for (const Section &s : d.sections)
        n += int(s.tasks.size());
    return n;
}

QString summary(const Diagram &d, const Imported &imported)
{
    return Storage::tr("Imported \"%1\": %2, %3, %4")
        .arg(imported.journey.name, Storage::tr("%n stage(s)", nullptr, int(d.sections.size())),
             Storage::tr("%n task(s)", nullptr, taskCount(d)),
             Storage::tr("%n new persona(s)", nullptr, int(imported.newPersonas.size())));
}

Imported toJourney(const Diagram &d, const Project &project, const QString &fallbackName)
{
    Imported out;
    const QString language = project.info.language;
    Journey &j = out.journey;
    j = makeJourney(Template::FivePhases, language,
                    !trimmed(d.title).isEmpty()      ? trimmed(d.title)
                    : !trimmed(d.accTitle).isEmpty() ? trimmed(d.accTitle)
                                                     : fallbackName);
    j.goal = d.accDescr;
    j.stages.clear();
    Id actions, feelings;
    for (const Lane &l : j.lanes) {
        if (l.kind == LaneKind::Actions && actions.isNull()) actions = l.id;
        if (l.kind == LaneKind::Feelings && feelings.isNull()) feelings = l.id;
    }
    QHash<QString, Id> personas; // by name, case-insensitively
    for (const Persona &p : project.personas)
        if (!personas.contains(p.name.trimmed().toCaseFolded()))
            personas.insert(p.name.trimmed().toCaseFolded(), p.id);
    auto personaFor = [&](const QString &name) {
        const QString key = name.toCaseFolded();
        if (const Id id = personas.value(key); !id.isNull()) return id;
        Persona p;
        p.id = newId();
        p.name = name;
        out.newPersonas.append(p);
        personas.insert(key, p.id);
        return p.id;
    };
    for (const Section &s : d.sections) {
        Stage stage{newId(), s.name.isEmpty() ? Storage::tr("Start") : s.name, {}, QColor(),
                    false, 0};
        j.stages.append(stage);
        int actionOrder = 0, feelingOrder = 0;
        for (const Task &t : s.tasks) {
            QList<Id> ids;
            for (const QString &a : t.actors)
                ids.append(personaFor(a));
            for (const Id &id : std::as_const(ids))
                if (!j.personaIds.contains(id)) j.personaIds.append(id);
            Card action;
            action.id = newId();
            action.stageId = stage.id;
            action.laneId = actions;
            action.order = actionOrder++;
            action.text = t.name;
            action.personaId = ids.value(0);
            j.cards.append(action);
            if (ids.isEmpty()) ids.append(Id());
            for (const Id &persona : std::as_const(ids)) {
                Card feeling;
                feeling.id = newId();
                feeling.stageId = stage.id;
                feeling.laneId = feelings;
                feeling.order = feelingOrder++;
                feeling.text = t.name;
                feeling.emotion = emotionOf(t.score);
                feeling.personaId = persona;
                j.cards.append(feeling);
            }
        }
    }
    return out;
}

} // namespace waymark::Mermaid
