#include "budgetoutput.h"

#include "core/money.h"
#include "core/utctime.h"

#include <QDateTime>
#include <QJsonDocument>

namespace costline::cli {
namespace {

QString money(qint64 nano)
{
    return Money::fromNano(nano).toDecimalString();
}

QJsonObject scopeJson(const Budget &b)
{
    return QJsonDocument::fromJson(scopeToJson(b.scope).toUtf8()).object();
}

// The numbers a cap stands at: the shape of DESIGN §5's budget status entry.
QJsonObject standingJson(const BudgetStatus &s)
{
    return QJsonObject{
        {QStringLiteral("name"), s.budget.name},
        {QStringLiteral("managed_by"), managedByName(s.budget.managedBy)},
        {QStringLiteral("scope"), scopeJson(s.budget)},
        {QStringLiteral("period"), periodName(s.budget.period)},
        {QStringLiteral("period_start"), utc::formatDate(s.periodStart)},
        {QStringLiteral("period_end"), utc::formatDate(s.periodEnd)},
        {QStringLiteral("spend"), money(s.spendNano)},
        {QStringLiteral("limit"), money(s.budget.limitNano)},
        {QStringLiteral("utilisation_pct"), qRound(s.utilisationPct * 10) / 10.0},
        {QStringLiteral("remaining"), money(s.remainingNano)},
        {QStringLiteral("state"), stateName(s.state)},
    };
}

} // namespace

QJsonObject budgetDefinitionJson(const Budget &b)
{
    return QJsonObject{
        {QStringLiteral("name"), b.name},
        {QStringLiteral("managed_by"), managedByName(b.managedBy)},
        {QStringLiteral("scope"), scopeJson(b)},
        {QStringLiteral("period"), periodName(b.period)},
        {QStringLiteral("limit"), money(b.limitNano)},
        {QStringLiteral("soft_limit_pct"), b.softPct},
        {QStringLiteral("enabled"), b.enabled},
        {QStringLiteral("version"), b.version},
        {QStringLiteral("updated_at"), utc::formatTimestamp(b.updatedMs)},
    };
}

QJsonObject budgetStatusJson(const BudgetStatus &s, const QList<BudgetStatus> &all)
{
    QJsonObject o = standingJson(s);
    o.insert(QStringLiteral("soft_limit_pct"), s.budget.softPct);
    o.insert(QStringLiteral("soft_limit"), money(s.budget.softLimitNano()));
    o.insert(QStringLiteral("projected"), money(s.projectedNano));
    o.insert(QStringLiteral("projected_over_limit"), s.projectedOverLimit);
    o.insert(QStringLiteral("enabled"), s.budget.enabled);
    o.insert(QStringLiteral("version"), s.budget.version);
    const BudgetStatus *governing = BudgetEvaluator::find(all, s.governingCap);
    o.insert(QStringLiteral("governing_cap"), governing ? QJsonValue(standingJson(*governing)) : QJsonValue());
    return o;
}

TableWriter budgetDefinitionTable(const QList<Budget> &budgets)
{
    TableWriter table({QStringLiteral("name"), QStringLiteral("managed_by"), QStringLiteral("scope"), QStringLiteral("period"),
                       QStringLiteral("limit"), QStringLiteral("soft_pct"), QStringLiteral("enabled"), QStringLiteral("version")},
                      {false, false, false, false, true, true, false, true});
    for (const Budget &b : budgets)
        table.addRow({b.name, managedByName(b.managedBy), scopeToJson(b.scope), periodName(b.period), money(b.limitNano),
                      QString::number(b.softPct), b.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                      QString::number(b.version)});
    return table;
}

TableWriter budgetStatusTable(const QList<BudgetStatus> &statuses)
{
    TableWriter table({QStringLiteral("name"), QStringLiteral("managed_by"), QStringLiteral("scope"), QStringLiteral("period"),
                       QStringLiteral("period_start"), QStringLiteral("spend"), QStringLiteral("limit"),
                       QStringLiteral("used_pct"), QStringLiteral("remaining"), QStringLiteral("projected"),
                       QStringLiteral("state"), QStringLiteral("governed_by")},
                      {false, false, false, false, false, true, true, true, true, true, false, false});
    for (const BudgetStatus &s : statuses)
        table.addRow({s.budget.name, managedByName(s.budget.managedBy), scopeToJson(s.budget.scope), periodName(s.budget.period),
                      utc::formatDate(s.periodStart), money(s.spendNano), money(s.budget.limitNano),
                      QString::number(s.utilisationPct, 'f', 1), money(s.remainingNano), money(s.projectedNano),
                      s.budget.enabled ? stateName(s.state) : QStringLiteral("disabled"), s.governingCap});
    return table;
}

} // namespace costline::cli
