// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunity.h"

#include "friction.h"
#include "i18n.h"
#include "trcontexts.h"

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

constexpr const char *variables[] = {"customer", "business", "effort", "value", "friction"};

struct QuadrantName
{
    Quadrant q;
    const char *key, *name;
};
constexpr QuadrantName quadrants[] = {
    {Quadrant::QuickWin, "quick-win", QT_TRANSLATE_NOOP("Analytics", "Quick win")},
    {Quadrant::BigBet, "big-bet", QT_TRANSLATE_NOOP("Analytics", "Big bet")},
    {Quadrant::FillIn, "fill-in", QT_TRANSLATE_NOOP("Analytics", "Fill-in")},
    {Quadrant::MoneyPit, "money-pit", QT_TRANSLATE_NOOP("Analytics", "Money pit")},
};

const QuadrantName &entry(Quadrant q)
{
    for (const QuadrantName &n : quadrants)
        if (n.q == q) return n;
    return quadrants[0];
}

} // namespace

QString toKey(Quadrant q)
{
    return QString::fromLatin1(entry(q).key);
}
QString displayName(Quadrant q)
{
    return Analytics::tr(entry(q).name);
}
QString contentName(Quadrant q, const QString &language)
{
    return translateFor(language, "Analytics", entry(q).name);
}

// A recursive-descent parser: expr = term {(+|-) term}; term = factor {(*|/) factor};
// factor = number | variable | '(' expr ')' | '-' factor.
class FormulaParser
{
public:
    FormulaParser(const QString &text, PriorityFormula *f) : m_text(text), m_f(f) {}
    bool run(QString *error)
    {
        m_f->m_root = expr();
        skip();
        if (m_error.isEmpty() && m_pos < m_text.size())
            fail(Analytics::tr("unexpected \"%1\"").arg(m_text.mid(m_pos, 1)));
        if (!m_error.isEmpty()) *error = m_error;
        return m_error.isEmpty();
    }

private:
    void skip()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = Analytics::tr("at character %1: %2").arg(m_pos + 1).arg(why);
    }
    int add(PriorityFormula::Node n)
    {
        m_f->m_nodes.append(n);
        return int(m_f->m_nodes.size() - 1);
    }
    int expr()
    {
        int left = term();
        for (;;) {
            skip();
            if (m_pos >= m_text.size() || (m_text[m_pos] != u'+' && m_text[m_pos] != u'-'))
                return left;
            const char op = char(m_text[m_pos++].unicode());
            const int right = term();
            left = add({op, 0, 0, left, right});
        }
    }
    int term()
    {
        int left = factor();
        for (;;) {
            skip();
            if (m_pos >= m_text.size() || (m_text[m_pos] != u'*' && m_text[m_pos] != u'/'))
                return left;
            const char op = char(m_text[m_pos++].unicode());
            const int right = factor();
            left = add({op, 0, 0, left, right});
        }
    }
    int factor()
    {
        skip();
        if (++m_depth > 50) { // deep enough for any formula a person writes
            fail(Analytics::tr("too many brackets"));
            return -1;
        }
        struct Leave
        {
            int &d;
            ~Leave() { --d; }
        } leave{m_depth};
        if (m_pos >= m_text.size()) {
            fail(Analytics::tr("the formula ends too early"));
            return -1;
        }
        const QChar c = m_text[m_pos];
        if (c == u'(') {
            ++m_pos;
            const int inner = expr();
            skip();
            if (m_pos >= m_text.size() || m_text[m_pos] != u')') {
                fail(Analytics::tr("a \")\" is missing"));
                return -1;
            }
            ++m_pos;
            return inner;
        }
        if (c == u'-') {
            ++m_pos;
            return add({'u', 0, 0, factor(), -1});
        }
        if (c.isDigit() || c == u'.') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == u'.'))
                ++m_pos;
            bool ok = false;
            const double v = m_text.mid(start, m_pos - start).toDouble(&ok);
            if (!ok) fail(Analytics::tr("\"%1\" is no number").arg(m_text.mid(start, m_pos - start)));
            return add({'n', v, 0, -1, -1});
        }
        if (c.isLetter()) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text[m_pos].isLetter() || m_text[m_pos] == u'_'))
                ++m_pos;
            const QString name = m_text.mid(start, m_pos - start).toLower();
            for (int k = 0; k < int(std::size(variables)); ++k)
                if (name == QLatin1String(variables[k])) return add({'v', 0, k, -1, -1});
            m_pos = start;
            fail(Analytics::tr("unknown name \"%1\" (use customer, business, effort, value, "
                               "friction)")
                     .arg(name));
            return -1;
        }
        fail(Analytics::tr("unexpected \"%1\"").arg(c));
        return -1;
    }

    const QString &m_text;
    PriorityFormula *m_f;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QString m_error;
};

QString PriorityFormula::standard()
{
    return QStringLiteral("(customer + business) / effort");
}

QStringList PriorityFormula::presets()
{
    return {standard(), QStringLiteral("customer * business / effort"),
            QStringLiteral("value * (1 + friction) / effort"),
            QStringLiteral("2 * customer + business - effort")};
}

std::optional<PriorityFormula> PriorityFormula::parse(const QString &text, QString *error)
{
    PriorityFormula f;
    f.m_text = text.trimmed();
    if (f.m_text.isEmpty()) {
        *error = Analytics::tr("the formula is empty");
        return std::nullopt;
    }
    if (f.m_text.size() > 500) {
        *error = Analytics::tr("the formula is longer than 500 characters");
        return std::nullopt;
    }
    if (!FormulaParser(f.m_text, &f).run(error)) return std::nullopt;
    return f;
}

std::optional<double> PriorityFormula::evaluate(const Values &v) const
{
    const auto r = eval(m_root, v);
    return r && std::isfinite(*r) ? r : std::nullopt;
}

std::optional<double> PriorityFormula::eval(int node, const Values &v) const
{
    if (node < 0 || node >= m_nodes.size()) return std::nullopt;
    const Node &n = m_nodes[node];
    switch (n.op) {
    case 'n':
        return n.number;
    case 'v': {
        const double values[] = {v.customer, v.business, v.effort, (v.customer + v.business) / 2,
                                 v.friction};
        return values[n.variable];
    }
    case 'u': {
        const auto a = eval(n.left, v);
        return a ? std::optional<double>(-*a) : std::nullopt;
    }
    default:
        break;
    }
    const auto a = eval(n.left, v), b = eval(n.right, v);
    if (!a || !b) return std::nullopt;
    switch (n.op) {
    case '+':
        return *a + *b;
    case '-':
        return *a - *b;
    case '*':
        return *a * *b;
    case '/':
        return *b == 0 ? std::nullopt : std::optional<double>(*a / *b);
    }
    return std::nullopt;
}

Quadrant OpportunityRow::quadrant() const
{
    const bool highValue = value() >= 3, lowEffort = effort.value_or(5) <= 3;
    return highValue ? (lowEffort ? Quadrant::QuickWin : Quadrant::BigBet)
                     : (lowEffort ? Quadrant::FillIn : Quadrant::MoneyPit);
}

bool OpportunityMatrix::isOpportunity(LaneKind kind)
{
    return kind == LaneKind::Opportunities || kind == LaneKind::Ideas;
}

OpportunityMatrix OpportunityMatrix::of(const Project &project, const Journey &j)
{
    OpportunityMatrix m;
    QString error;
    const QString text = project.info.priorityFormula.trimmed();
    auto parsed = PriorityFormula::parse(text.isEmpty() ? PriorityFormula::standard() : text,
                                         &error);
    if (!parsed) {
        m.formulaError = error;
        parsed = PriorityFormula::parse(PriorityFormula::standard(), &error);
    }
    m.formula = *parsed;
    // Cards in reading order: stage, lane, position.
    QList<const Card *> cards;
    for (const Card &c : j.cards) {
        const int l = j.laneIndex(c.laneId);
        if (l >= 0 && isOpportunity(j.lanes[l].kind)) cards.append(&c);
    }
    std::sort(cards.begin(), cards.end(), [&](const Card *a, const Card *b) {
        return std::tuple(j.stageIndex(a->stageId), j.laneIndex(a->laneId), a->order) <
               std::tuple(j.stageIndex(b->stageId), j.laneIndex(b->laneId), b->order);
    });
    QHash<Id, double> friction;
    bool ranked = false;
    for (const Card *c : std::as_const(cards)) {
        OpportunityRow row;
        row.cardId = c->id;
        row.text = c->text;
        row.stage = j.stageIndex(c->stageId);
        row.customer = c->customerValue;
        row.business = c->businessValue;
        row.effort = c->effort;
        if (!c->addresses.isEmpty() && !ranked) {
            for (const FrictionPoint &p : Friction::rank(project, j))
                friction.insert(p.id, p.score);
            ranked = true;
        }
        for (const Id &target : c->addresses) {
            if (const Card *t = j.card(target)) {
                row.friction += std::max(friction.value(t->id), friction.value(t->stageId));
                row.addresses.append(t->text.simplified());
            } else if (const int s = j.stageIndex(target); s >= 0) {
                row.friction += friction.value(target);
                row.addresses.append(j.stages[s].name);
            }
        }
        if (row.scored()) {
            row.priority = m.formula.evaluate(
                {*row.customer, *row.business, *row.effort, row.friction});
            m.ranked.append(row);
        } else {
            m.unscored.append(row);
        }
    }
    std::stable_sort(m.ranked.begin(), m.ranked.end(),
                     [](const OpportunityRow &a, const OpportunityRow &b) {
                         // Rows without a priority (division by zero) last.
                         if (a.priority.has_value() != b.priority.has_value())
                             return a.priority.has_value();
                         return a.priority.value_or(0) > b.priority.value_or(0);
                     });
    return m;
}

} // namespace waymark
