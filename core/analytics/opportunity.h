// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <optional>

namespace waymark {

// Opportunities and how they are prioritised.
//
// An opportunity is a card on an opportunities or ideas lane. Scored on customer value,
// business value and effort (1..5 each), it falls in a quadrant of value (the mean of the two
// values) against effort, split at the middle of the scale (3; a score of 3 counts as high
// value and as low effort):
//   quick win: high value, low effort      big bet: high value, high effort
//   fill-in:   low value, low effort       money pit: low value, high effort
// Its priority is the project's formula (ProjectInfo::priorityFormula, else
// PriorityFormula::standard()) over `customer`, `business`, `effort`, `value` (the mean of
// the two values) and `friction`: the friction it addresses, the sum over the cards and
// stages it addresses of their friction score (a card's own score or, when higher, its
// stage's; Friction::rank).
enum class Quadrant
{
    QuickWin,
    BigBet,
    FillIn,
    MoneyPit
};
QString toKey(Quadrant q);                     // quick-win, big-bet, fill-in, money-pit
QString displayName(Quadrant q);               // translated
QString contentName(Quadrant q, const QString &language);

// An arithmetic formula: numbers, the variables above, + - * / and brackets.
class PriorityFormula
{
public:
    static QString standard(); // "(customer + business) / effort"
    // Suggestions for the formula box.
    static QStringList presets();
    // Parses `text`; on failure `error` says where and why.
    static std::optional<PriorityFormula> parse(const QString &text, QString *error);
    struct Values
    {
        double customer = 0, business = 0, effort = 0, friction = 0;
    };
    // nullopt where the result is no number (division by zero).
    std::optional<double> evaluate(const Values &v) const;
    QString text() const { return m_text; }

private:
    struct Node
    {
        char op = 0; // '+', '-', '*', '/', 'n' (number), 'v' (variable), 'u' (unary minus)
        double number = 0;
        int variable = 0;
        int left = -1, right = -1;
    };
    std::optional<double> eval(int node, const Values &v) const;
    QString m_text;
    QList<Node> m_nodes;
    int m_root = -1;
    friend class FormulaParser;
};

struct OpportunityRow
{
    Id cardId;
    QString text;
    int stage = 0; // index into the journey's stages
    std::optional<double> customer, business, effort;
    bool scored() const { return customer && business && effort; }
    double value() const { return (customer.value_or(0) + business.value_or(0)) / 2; }
    Quadrant quadrant() const;
    std::optional<double> priority;
    double friction = 0;    // the friction it addresses
    QStringList addresses;  // the cards' texts and stages' names it addresses
};

struct OpportunityMatrix
{
    QList<OpportunityRow> ranked;   // scored, highest priority first (then reading order)
    QList<OpportunityRow> unscored; // in reading order
    PriorityFormula formula;
    QString formulaError; // the project's formula did not parse: the standard one is used

    static bool isOpportunity(LaneKind kind);
    static OpportunityMatrix of(const Project &project, const Journey &journey);
};

} // namespace waymark
