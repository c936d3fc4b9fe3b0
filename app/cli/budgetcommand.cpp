#include "budgetoutput.h"
#include "cliapp.h"
#include "commandline.h"
#include "budgets/budgetstore.h"
#include "core/money.h"
#include "core/utctime.h"
#include "workspace/summaryquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

const char kDescription[] =
    "Budget caps: list, add, edit, remove, status, check.\n"
    "\n"
    "A cap limits spend over a scope (DIM=VALUE pairs such as tenant=acme, api_key=key-7, team=search;\n"
    "none: all spend) for a UTC calendar period: daily, weekly (from Monday) or monthly. Its soft limit\n"
    "is a percentage of the limit. Every edit increments the cap's version.\n"
    "\n"
    "Platform caps are the organisation's; a tenant cap (--managed-by tenant) is scoped to its tenant\n"
    "and must sit at or below every enabled platform cap that governs it. A platform cap governs a\n"
    "tenant cap when its scope contains the tenant cap's scope (each of its DIM=VALUE pairs is also\n"
    "in the tenant cap's). Limits are compared over the tenant cap's period: when that period is as\n"
    "long as the platform cap's or shorter, the tenant limit may not exceed the platform limit; when\n"
    "it is longer, the platform limit is scaled at its own rate (daily x7 for a week, x31 for a month;\n"
    "weekly x31/7 for a month). A cap that breaks the rule is refused, naming the platform cap.\n"
    "\n"
    "Tightest wins: of the enabled caps whose scope contains a cap's scope, the one with the least\n"
    "left governs that spend; status shows it as governing_cap.\n"
    "\n"
    "check exits 0 when no enabled cap has crossed a limit, 3 when a soft limit is crossed and no\n"
    "hard one, 4 when a hard limit is crossed (1 and 2 keep their meaning: runtime and usage errors).\n"
    "status evaluates on the latest day with data; check on today (UTC) unless --as-of is given.";

void addOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("action"),
                            QStringLiteral("list | add | edit NAME | remove NAME | status | check"));
    p.addOption({QStringLiteral("name"), QStringLiteral("cap name (add)"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("managed-by"), QStringLiteral("platform (default) or tenant"), QStringLiteral("WHO")});
    p.addOption({QStringLiteral("period"), QStringLiteral("daily, weekly (from Monday) or monthly; UTC (default monthly)"),
                 QStringLiteral("PERIOD")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("limit in USD"), QStringLiteral("USD")});
    p.addOption({QStringLiteral("soft"), QStringLiteral("soft limit, percent of the limit (default 80)"), QStringLiteral("PCT")});
    p.addOption({QStringLiteral("scope"), QStringLiteral("DIM=VALUE the cap covers; repeat to combine (edit: replaces the scope)"),
                 QStringLiteral("DIM=VALUE")});
    p.addOption({QStringLiteral("tenant"), QStringLiteral("scope the cap to a tenant (same as --scope tenant=T)"), QStringLiteral("T")});
    p.addOption({QStringLiteral("api-key"), QStringLiteral("scope the cap to an API key id (same as --scope api_key=K)"),
                 QStringLiteral("K")});
    p.addOption({QStringLiteral("disabled"), QStringLiteral("save the cap switched off (add)")});
    p.addOption({QStringLiteral("enable"), QStringLiteral("switch the cap on (edit)")});
    p.addOption({QStringLiteral("disable"), QStringLiteral("switch the cap off (edit)")});
    p.addOption({QStringLiteral("rename"), QStringLiteral("new name (edit)"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("evaluation day (status: latest day with data; check: today)"),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("for"),
                 QStringLiteral("status/check: only the caps that apply to spend with DIM=VALUE (repeat), and the one "
                                "governing it"),
                 QStringLiteral("DIM=VALUE")});
}

std::optional<QMap<Dimension, QString>> readPairs(CommandLine &cl, const QString &option)
{
    QMap<Dimension, QString> pairs;
    for (const QString &clause : cl.parser().values(option)) {
        const qsizetype eq = clause.indexOf(QLatin1Char('='));
        const auto dim = eq > 0 ? dimensionFromName(clause.left(eq)) : std::nullopt;
        if (!dim || eq == clause.size() - 1) {
            QStringList names;
            for (int d = int(Dimension::Provider); d < kDimensionCount; ++d)
                names << dimensionName(Dimension(d));
            cl.usageError(QStringLiteral("--%1 '%2' must be DIM=VALUE, DIM one of %3").arg(option, clause, names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        pairs.insert(*dim, clause.mid(eq + 1));
    }
    return pairs;
}

// Applies the definition options that are set to `b`; false after printing a usage error.
bool applyOptions(CommandLine &cl, Budget &b)
{
    if (cl.isSet(QStringLiteral("managed-by"))) {
        const auto who = managedByFromName(cl.value(QStringLiteral("managed-by")));
        if (!who)
            return cl.usageError(QStringLiteral("--managed-by must be platform or tenant")), false;
        b.managedBy = *who;
    }
    if (cl.isSet(QStringLiteral("period"))) {
        const auto period = periodFromName(cl.value(QStringLiteral("period")));
        if (!period)
            return cl.usageError(QStringLiteral("--period must be daily, weekly or monthly")), false;
        b.period = *period;
    }
    if (cl.isSet(QStringLiteral("limit"))) {
        QString why;
        const auto limit = Money::parse(cl.value(QStringLiteral("limit")).toUtf8(), &why);
        if (!limit || limit->nano() <= 0)
            return cl.usageError(QStringLiteral("--limit must be a positive amount in USD%1")
                                     .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'))),
                   false;
        b.limitNano = limit->nano();
    }
    if (cl.isSet(QStringLiteral("soft"))) {
        bool ok = false;
        b.softPct = cl.value(QStringLiteral("soft")).toInt(&ok);
        if (!ok || b.softPct < 1 || b.softPct > 100)
            return cl.usageError(QStringLiteral("--soft must be a percentage from 1 to 100")), false;
    }
    if (cl.isSet(QStringLiteral("scope"))) {
        const auto scope = readPairs(cl, QStringLiteral("scope"));
        if (!scope)
            return false;
        b.scope = *scope;
    }
    if (cl.isSet(QStringLiteral("tenant")))
        b.scope.insert(Dimension::Tenant, cl.value(QStringLiteral("tenant")));
    if (cl.isSet(QStringLiteral("api-key")))
        b.scope.insert(Dimension::ApiKey, cl.value(QStringLiteral("api-key")));
    if (const QString why = budgetValidationError(b); !why.isEmpty())
        return cl.usageError(why), false;
    return true;
}

int save(CommandLine &cl, Workspace &workspace, Io io, const Budget &b)
{
    QString error;
    Budget saved;
    if (!BudgetStore(workspace).save(b, &error, &saved))
        return cl.runtimeError(error);
    io.out << "saved " << managedByName(saved.managedBy) << " cap " << saved.name << " (version " << saved.version << ")\n";
    return Success;
}

// Adds a cap, or replaces every field of the one with the same name (a new version).
int addBudget(CommandLine &cl, Workspace &workspace, Io io)
{
    Budget b;
    b.name = cl.value(QStringLiteral("name"));
    if (b.name.isEmpty())
        return cl.usageError(QStringLiteral("budget add needs --name NAME"));
    if (!cl.isSet(QStringLiteral("limit")))
        return cl.usageError(QStringLiteral("budget add needs --limit USD"));
    b.enabled = !cl.isSet(QStringLiteral("disabled"));
    if (!applyOptions(cl, b))
        return UsageError;
    if (const auto existing = BudgetStore(workspace).find(b.name)) {
        b.id = existing->id;
        b.version = existing->version;
    }
    return save(cl, workspace, io, b);
}

// Changes the fields given, keeps the others.
int editBudget(CommandLine &cl, Workspace &workspace, Io io)
{
    const QString name = cl.positional().value(2);
    auto b = BudgetStore(workspace).find(name);
    if (!b)
        return cl.runtimeError(QStringLiteral("no budget is named '%1'; see 'costline-cli budget list'").arg(name));
    if (cl.isSet(QStringLiteral("enable")) && cl.isSet(QStringLiteral("disable")))
        return cl.usageError(QStringLiteral("give --enable or --disable, not both"));
    if (cl.isSet(QStringLiteral("enable")) || cl.isSet(QStringLiteral("disable")))
        b->enabled = cl.isSet(QStringLiteral("enable"));
    if (cl.isSet(QStringLiteral("rename")))
        b->name = cl.value(QStringLiteral("rename"));
    if (!applyOptions(cl, *b))
        return UsageError;
    return save(cl, workspace, io, *b);
}

struct Evaluation
{
    qint64 asOf = 0;
    QList<BudgetStatus> statuses; // the caps that apply to --for, each with its governing cap
    std::optional<QMap<Dimension, QString>> forScope;
};

std::optional<Evaluation> evaluate(CommandLine &cl, Workspace &workspace, qint64 defaultDay)
{
    Evaluation e;
    e.asOf = defaultDay;
    if (cl.isSet(QStringLiteral("as-of"))) {
        const auto day = utc::parseDate(cl.value(QStringLiteral("as-of")).toUtf8());
        if (!day)
            return cl.usageError(QStringLiteral("--as-of must be YYYY-MM-DD")), std::nullopt;
        e.asOf = *day;
    }
    if (cl.isSet(QStringLiteral("for"))) {
        e.forScope = readPairs(cl, QStringLiteral("for"));
        if (!e.forScope)
            return std::nullopt;
    }
    e.statuses = BudgetEvaluator(workspace).evaluate(BudgetStore(workspace).list(), e.asOf);
    if (e.forScope)
        e.statuses.removeIf([&e](const BudgetStatus &s) { return !s.budget.covers(*e.forScope); });
    return e;
}

QJsonObject forJson(const Evaluation &e)
{
    QJsonObject o;
    if (!e.forScope)
        return o;
    o.insert(QStringLiteral("for"), QJsonDocument::fromJson(scopeToJson(*e.forScope).toUtf8()).object());
    const auto governing = BudgetEvaluator::tightest(e.statuses, *e.forScope);
    o.insert(QStringLiteral("governing"), governing ? QJsonValue(budgetStatusJson(*governing, e.statuses)) : QJsonValue());
    return o;
}

void write(CommandLine &cl, Io io, const TableWriter &table)
{
    cl.format() == Format::Csv ? table.writeCsv(io.out) : table.writeTable(io.out);
}

int printStatus(CommandLine &cl, Workspace &workspace, Io io)
{
    const auto e = evaluate(cl, workspace, SummaryQuery(workspace).lastDay().value_or(utc::todayUtc()));
    if (!e)
        return UsageError;
    if (cl.format() != Format::Json) {
        write(cl, io, budgetStatusTable(e->statuses));
        return Success;
    }
    QJsonArray array;
    for (const BudgetStatus &s : e->statuses)
        array.append(budgetStatusJson(s, e->statuses));
    QJsonObject root = forJson(*e);
    root.insert(QStringLiteral("as_of"), utc::formatDate(e->asOf));
    root.insert(QStringLiteral("budgets"), array);
    io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    return Success;
}

int check(CommandLine &cl, Workspace &workspace, Io io)
{
    const auto e = evaluate(cl, workspace, utc::todayUtc());
    if (!e)
        return UsageError;
    QList<BudgetStatus> crossed;
    bool hard = false;
    for (const BudgetStatus &s : e->statuses) {
        if (s.budget.enabled && s.state != BudgetStatus::State::Ok) {
            crossed << s;
            hard = hard || s.state == BudgetStatus::State::Hard;
        }
    }
    const int exit = hard ? int(HardLimitCrossed) : crossed.isEmpty() ? int(Success) : int(SoftLimitCrossed);
    const QString result = hard ? QStringLiteral("hard") : crossed.isEmpty() ? QStringLiteral("ok") : QStringLiteral("soft");
    const auto dataThrough = SummaryQuery(workspace).lastDay();
    if (cl.format() == Format::Json) {
        QJsonArray array;
        for (const BudgetStatus &s : crossed)
            array.append(budgetStatusJson(s, e->statuses));
        QJsonObject root = forJson(*e);
        root.insert(QStringLiteral("as_of"), utc::formatDate(e->asOf));
        root.insert(QStringLiteral("data_through"), dataThrough ? QJsonValue(utc::formatDate(*dataThrough)) : QJsonValue());
        root.insert(QStringLiteral("result"), result);
        root.insert(QStringLiteral("exit_code"), exit);
        root.insert(QStringLiteral("checked"), int(e->statuses.size()));
        root.insert(QStringLiteral("crossed"), array);
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return exit;
    }
    if (!crossed.isEmpty())
        write(cl, io, budgetStatusTable(crossed));
    if (cl.format() == Format::Table)
        io.out << result << ": " << crossed.size() << " of " << e->statuses.size() << " caps past a limit as of "
               << utc::formatDate(e->asOf) << " (data through "
               << (dataThrough ? utc::formatDate(*dataThrough) : QStringLiteral("no data")) << ")\n";
    return exit;
}

int list(CommandLine &cl, Workspace &workspace, Io io)
{
    const QList<Budget> budgets = BudgetStore(workspace).list();
    if (cl.format() != Format::Json) {
        write(cl, io, budgetDefinitionTable(budgets));
        return Success;
    }
    QJsonArray array;
    for (const Budget &b : budgets)
        array.append(budgetDefinitionJson(b));
    io.out << QJsonDocument(QJsonObject{{QStringLiteral("budgets"), array}}).toJson(QJsonDocument::Indented);
    return Success;
}

int removeBudget(CommandLine &cl, Workspace &workspace, Io io)
{
    const QString name = cl.positional().value(2);
    QString error;
    if (!BudgetStore(workspace).remove(name, &error))
        return cl.runtimeError(error.isEmpty() ? QStringLiteral("no budget is named '%1'; see 'costline-cli budget list'").arg(name)
                                               : error);
    io.out << "removed budget " << name << '\n';
    return Success;
}

} // namespace

int runBudget(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("budget"), QString::fromLatin1(kDescription), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    addOptions(cl.parser());
    if (const auto exit = cl.parse(args))
        return *exit;
    const QString action = cl.positional().value(1);
    using Action = int (*)(CommandLine &, Workspace &, Io);
    static const QMap<QString, Action> kActions = {
        {QStringLiteral("list"), list},          {QStringLiteral("add"), addBudget},  {QStringLiteral("edit"), editBudget},
        {QStringLiteral("remove"), removeBudget}, {QStringLiteral("status"), printStatus}, {QStringLiteral("check"), check}};
    const Action run = kActions.value(action);
    if (!run)
        return cl.usageError(QStringLiteral("expected one of: list, add, edit NAME, remove NAME, status, check"));
    if ((action == QLatin1String("edit") || action == QLatin1String("remove")) && cl.positional().value(2).isEmpty())
        return cl.usageError(QStringLiteral("budget %1 needs the cap's NAME").arg(action));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    return run(cl, *workspace, io);
}

} // namespace costline::cli
