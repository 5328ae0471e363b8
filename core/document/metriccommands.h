// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"
#include "io/metricimport.h"

namespace waymark {

// Applies a planned metric import: new definitions, new values, changed values and the
// import's record, as one step that undo takes back whole.
class MetricImportCommand : public DocumentCommand
{
public:
    MetricImportCommand(Document *doc, const QString &text, MetricImportPlan plan);
    void apply(bool forward) override;

private:
    MetricImportPlan m_plan;
};

} // namespace waymark
