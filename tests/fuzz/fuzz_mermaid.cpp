// SPDX-License-Identifier: GPL-3.0-or-later
// The Mermaid journey reader; what it reads becomes a journey, which is written as Mermaid
// and must read back with the same sections and tasks (the writer never writes what the
// reader refuses).
#include "fuzzutil.h"
#include "document/templates.h"
#include "io/mermaid.h"

#include <cstdlib>

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    const QByteArray bytes = fuzz::input(data, size).toByteArray();
    QString error;
    const auto diagram = Mermaid::parse(bytes, &error);
    if (!diagram) {
        if (error.isEmpty()) std::abort(); // a refusal always says why
        return 0;
    }
    Project p = makeProject(Template::Blank, QStringLiteral("fuzz"), QStringLiteral("en"));
    const Mermaid::Imported imported = Mermaid::toJourney(*diagram, p, QStringLiteral("fuzz"));
    p.journeys = {imported.journey};
    p.personas = imported.newPersonas;
    const QString text = Mermaid::write(p, imported.journey);
    const auto again = Mermaid::parse(text.toUtf8(), &error);
    if (!again) std::abort();
    qsizetype tasks = 0, tasksAgain = 0;
    for (const Mermaid::Section &s : diagram->sections)
        for (const Mermaid::Task &t : s.tasks)
            tasks += !t.name.simplified().isEmpty();
    for (const Mermaid::Section &s : again->sections)
        tasksAgain += s.tasks.size();
    if (again->sections.size() != imported.journey.stages.size() || tasksAgain != tasks)
        std::abort();
    return 0;
}
