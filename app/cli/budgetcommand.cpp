#include "cliapp.h"
#include "commandline.h"
#include "tablewriter.h"
#include "budgets/budgetevaluator.h"
#include "budgets/budgetstore.h"
#include "core/money.h"
#include "core/utctime.h"
#include "workspace/summaryquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

QJsonObject scopeJson(const Budget &b)
{
    return QJsonDocument::fromJson(scopeToJson(b.scope).toUtf8()).object();
}

int addBudget(CommandLine &cl, Workspace &workspace, Io io)
{
    Budget b;
    b.name = cl.value(QStringLiteral("name"));
    if (b.name.isEmpty())
        return cl.usageError(QStringLiteral("budget add needs --name NAME"));
    const auto period = periodFromName(cl.value(QStringLiteral("period")));
    if (!period)
        return cl.usageError(QStringLiteral("--period must be daily, weekly or monthly"));
    b.period = *period;
    QString why;
    const auto limit = Money::parse(cl.value(QStringLiteral("limit")).toUtf8(), &why);
    if (!limit || limit->nano() <= 0)
        return cl.usageError(QStringLiteral("--limit must be a positive amount in USD%1").arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')')));
    b.limitNano = limit->nano();
    bool ok = false;
    b.softPct = cl.value(QStringLiteral("soft")).toInt(&ok);
    if (!ok || b.softPct < 1 || b.softPct > 100)
        return cl.usageError(QStringLiteral("--soft must be a percentage from 1 to 100"));
    for (const QString &clause : cl.parser().values(QStringLiteral("scope"))) {
        const qsizetype eq = clause.indexOf(QLatin1Char('='));
        const auto dim = eq > 0 ? dimensionFromName(clause.left(eq)) : std::nullopt;
        if (!dim)
            return cl.usageError(QStringLiteral("--scope '%1' must be DIM=VALUE").arg(clause));
        b.scope.insert(*dim, clause.mid(eq + 1));
    }
    b.enabled = !cl.isSet(QStringLiteral("disabled"));
    QString error;
    if (!BudgetStore(workspace).save(b, &error))
        return cl.runtimeError(error);
    io.out << "saved budget " << b.name << '\n';
    return Success;
}

QJsonObject statusJson(const BudgetStatus &s)
{
    return QJsonObject{
        {QStringLiteral("name"), s.budget.name},
        {QStringLiteral("scope"), scopeJson(s.budget)},
        {QStringLiteral("period"), periodName(s.budget.period)},
        {QStringLiteral("period_start"), utc::formatDate(s.periodStart)},
        {QStringLiteral("period_end"), utc::formatDate(s.periodEnd)},
        {QStringLiteral("spend"), Money::fromNano(s.spendNano).toDecimalString()},
        {QStringLiteral("limit"), Money::fromNano(s.budget.limitNano).toDecimalString()},
        {QStringLiteral("soft_limit_pct"), s.budget.softPct},
        {QStringLiteral("utilisation_pct"), qRound(s.utilisationPct * 10) / 10.0},
        {QStringLiteral("remaining"), Money::fromNano(s.remainingNano).toDecimalString()},
        {QStringLiteral("projected"), Money::fromNano(s.projectedNano).toDecimalString()},
        {QStringLiteral("projected_over_limit"), s.projectedOverLimit},
        {QStringLiteral("state"), stateName(s.state)},
        {QStringLiteral("enabled"), s.budget.enabled},
    };
}

int printStatus(CommandLine &cl, Workspace &workspace, Io io, bool statusOnly)
{
    qint64 asOf = SummaryQuery(workspace).lastDay().value_or(utc::todayUtc());
    if (cl.isSet(QStringLiteral("as-of"))) {
        const auto day = utc::parseDate(cl.value(QStringLiteral("as-of")).toUtf8());
        if (!day)
            return cl.usageError(QStringLiteral("--as-of must be YYYY-MM-DD"));
        asOf = *day;
    }
    const QList<BudgetStatus> statuses = BudgetEvaluator(workspace).evaluate(BudgetStore(workspace).list(), asOf);
    if (cl.format() == Format::Json) {
        QJsonArray array;
        for (const BudgetStatus &s : statuses)
            array.append(statusJson(s));
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("as_of"), utc::formatDate(asOf)}, {QStringLiteral("budgets"), array}})
                      .toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("name"), QStringLiteral("scope"), QStringLiteral("period"), QStringLiteral("spend"),
                       QStringLiteral("limit"), QStringLiteral("used_pct"), QStringLiteral("projected"), QStringLiteral("state")},
                      {false, false, false, true, true, true, true, false});
    for (const BudgetStatus &s : statuses)
        table.addRow({s.budget.name, scopeToJson(s.budget.scope), periodName(s.budget.period),
                      Money::fromNano(s.spendNano).toDecimalString(), Money::fromNano(s.budget.limitNano).toDecimalString(),
                      QString::number(s.utilisationPct, 'f', 1), Money::fromNano(s.projectedNano).toDecimalString(),
                      statusOnly || s.budget.enabled ? stateName(s.state) : QStringLiteral("disabled")});
    cl.format() == Format::Csv ? table.writeCsv(io.out) : table.writeTable(io.out);
    return Success;
}

} // namespace

int runBudget(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("budget"), QStringLiteral("Spending limits: list, add, remove, status."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.parser().addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | add | remove NAME | status"));
    cl.parser().addOption({QStringLiteral("name"), QStringLiteral("budget name (add)"), QStringLiteral("NAME")});
    cl.parser().addOption({QStringLiteral("period"), QStringLiteral("daily, weekly (from Monday) or monthly; UTC"), QStringLiteral("PERIOD"), QStringLiteral("monthly")});
    cl.parser().addOption({QStringLiteral("limit"), QStringLiteral("limit in USD"), QStringLiteral("USD")});
    cl.parser().addOption({QStringLiteral("soft"), QStringLiteral("soft limit, percent of the limit (default 80)"), QStringLiteral("PCT"), QStringLiteral("80")});
    cl.parser().addOption({QStringLiteral("scope"), QStringLiteral("DIM=VALUE the budget covers; repeat to combine"), QStringLiteral("DIM=VALUE")});
    cl.parser().addOption({QStringLiteral("disabled"), QStringLiteral("save the budget switched off")});
    cl.parser().addOption({QStringLiteral("as-of"), QStringLiteral("evaluation day (default: the latest day with data)"), QStringLiteral("DATE")});
    if (const auto exit = cl.parse(args))
        return *exit;
    const QString action = cl.positional().value(1);
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("remove")
        && action != QLatin1String("status"))
        return cl.usageError(QStringLiteral("expected one of: list, add, remove, status"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    if (action == QLatin1String("add"))
        return addBudget(cl, *workspace, io);
    if (action == QLatin1String("remove")) {
        const QString name = cl.positional().value(2);
        if (!BudgetStore(*workspace).remove(name))
            return cl.runtimeError(QStringLiteral("no budget is named '%1'; see 'costline-cli budget list'").arg(name));
        io.out << "removed budget " << name << '\n';
        return Success;
    }
    return printStatus(cl, *workspace, io, action == QLatin1String("status"));
}

} // namespace costline::cli
