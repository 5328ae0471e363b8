// SPDX-License-Identifier: GPL-3.0-or-later
// The metric import planner on a CSV table against the sample project: the guess, the plan
// and its report, and applying a plan without problems to a document in memory.
#include "document/templates.h"
#include "fuzzutil.h"
#include "io/metricimport.h"
#include "io/tablereader.h"

#include <cmath>
#include <cstdlib>

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::app();
    static const Project sample = [] {
        Project p;
        QString error;
        sampleProject(QStringLiteral("en"), &p, &error);
        return p;
    }();
    QString error;
    const auto table = TableReader::readCsv(fuzz::input(data, size).toByteArray(), &error);
    if (!table) return 0;
    const MetricMapping mapping = MetricMapping::guess(*table);
    const MetricImportPlan plan =
        MetricImporter::plan(sample, *table, QStringLiteral("fuzz.csv"), mapping);
    (void)plan.report(QStringLiteral("fuzz.csv"));
    for (const Observation &o : plan.added)
        if (!std::isfinite(o.value)) std::abort();
    (void)MetricMapping::fromJson(mapping.toJson(), &error);
    return 0;
}
