#include "allocationoutput.h"
#include "cliapp.h"
#include "commandline.h"
#include "allocation/allocationstore.h"
#include "core/money.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace costline::cli {
namespace {

void addOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("field"), QStringLiteral("add-rule: a dimension (feature, model, ...) or label.NAME"), QStringLiteral("FIELD")});
    p.addOption({QStringLiteral("match"), QStringLiteral("add-rule: glob (default) or regex"), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("pattern"), QStringLiteral("add-rule: the glob or regex the value must match"), QStringLiteral("PATTERN")});
    p.addOption({QStringLiteral("owner"), QStringLiteral("add-rule: KIND:VALUE, e.g. team:search, cost_center:CC-100, product:assistant"), QStringLiteral("OWNER")});
    p.addOption({QStringLiteral("position"), QStringLiteral("add-rule: place the rule here (1 = first)"), QStringLiteral("N")});
    p.addOption({QStringLiteral("name"), QStringLiteral("add-pool: the pool's name"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("amount"), QStringLiteral("add-pool: amount per month in USD"), QStringLiteral("USD")});
    p.addOption({QStringLiteral("driver"), QStringLiteral("add-pool: tokens, requests, gpu_seconds or weights"), QStringLiteral("DRIVER")});
    p.addOption({QStringLiteral("weight"), QStringLiteral("add-pool with weights: OWNER=WEIGHT; repeat"), QStringLiteral("OWNER=W")});
}

int addRule(CommandLine &cl, Workspace &ws, Io io)
{
    AllocationRule rule;
    rule.field = cl.value(QStringLiteral("field"));
    rule.pattern = cl.value(QStringLiteral("pattern"));
    rule.owner = cl.value(QStringLiteral("owner"));
    rule.position = cl.value(QStringLiteral("position")).toInt();
    if (rule.field.isEmpty() || rule.pattern.isEmpty() || rule.owner.isEmpty())
        return cl.usageError(QStringLiteral("add-rule needs --field, --pattern and --owner"));
    if (rule.labelName().isEmpty() && !dimensionFromName(rule.field))
        return cl.usageError(QStringLiteral("--field '%1' is neither a dimension nor label.NAME").arg(rule.field));
    const auto match = matchFromName(cl.isSet(QStringLiteral("match")) ? cl.value(QStringLiteral("match")) : QStringLiteral("glob"));
    if (!match)
        return cl.usageError(QStringLiteral("--match must be glob or regex"));
    rule.match = *match;
    QString error;
    const qint64 id = AllocationStore(ws).addRule(rule, &error);
    if (id < 0)
        return cl.usageError(error);
    io.out << "added rule " << id << " (pending: run 'allocation preview', then 'allocation apply')\n";
    return Success;
}

int addPool(CommandLine &cl, Workspace &ws, Io io)
{
    CostPool pool;
    pool.name = cl.value(QStringLiteral("name"));
    const auto amount = Money::parse(cl.value(QStringLiteral("amount")).toUtf8());
    const auto driver = driverFromName(cl.value(QStringLiteral("driver")));
    if (pool.name.isEmpty() || !amount || !driver)
        return cl.usageError(QStringLiteral("add-pool needs --name, --amount USD and --driver tokens|requests|gpu_seconds|weights"));
    pool.monthlyNano = amount->nano();
    pool.driver = *driver;
    for (const QString &w : cl.parser().values(QStringLiteral("weight"))) {
        const qsizetype eq = w.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const qint64 weight = w.mid(eq + 1).toLongLong(&ok);
        if (eq <= 0 || !ok || weight < 0 || !isValidOwner(w.left(eq)))
            return cl.usageError(QStringLiteral("--weight '%1' must be KIND:VALUE=WEIGHT with a whole weight").arg(w));
        pool.weights.insert(w.left(eq), weight);
    }
    if (pool.driver == CostPool::Driver::FixedWeights && pool.weights.isEmpty())
        return cl.usageError(QStringLiteral("a pool split by weights needs --weight OWNER=W"));
    QString error;
    if (AllocationStore(ws).addPool(pool, &error) < 0)
        return cl.runtimeError(error);
    io.out << "saved pool " << pool.name << '\n';
    return Success;
}

void print(CommandLine &cl, const TableWriter &table, const QJsonObject &json, Io io)
{
    if (cl.format() == Format::Json)
        io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else if (cl.format() == Format::Csv)
        table.writeCsv(io.out);
    else
        table.writeTable(io.out);
}

int report(CommandLine &cl, Workspace &ws, const QString &what, Io io)
{
    const auto filter = cl.readFilter(ws, true);
    if (!filter)
        return UsageError;
    Allocator allocator(ws);
    if (what == QLatin1String("preview")) {
        const AllocationPreview p = allocator.preview(*filter);
        print(cl, previewTable(p), previewJson(p), io);
        if (cl.format() == Format::Table)
            io.out << p.pendingRules << " pending rules would move " << Money::fromNano(p.movedNano).toDecimalString() << " USD\n";
        return Success;
    }
    const Showback s = allocator.showback(*filter);
    if (what == QLatin1String("chargeback")) {
        chargebackTable(s).writeCsv(io.out); // a file for the ledger, whatever --format says
        return Success;
    }
    print(cl, showbackTable(s), showbackJson(s), io);
    return Success;
}

} // namespace

int runAllocation(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("allocation"),
                   QStringLiteral("Who owns the spend: rules|add-rule|remove-rule ID|preview|apply|showback|chargeback|"
                                  "pools|add-pool|remove-pool NAME"),
                   io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.addFilterOptions();
    addOptions(cl.parser());
    if (const auto exit = cl.parse(args))
        return *exit;
    const QString what = cl.positional().value(1);
    static const QStringList kVerbs{QStringLiteral("rules"), QStringLiteral("add-rule"), QStringLiteral("remove-rule"),
                                    QStringLiteral("preview"), QStringLiteral("apply"), QStringLiteral("showback"),
                                    QStringLiteral("chargeback"), QStringLiteral("pools"), QStringLiteral("add-pool"),
                                    QStringLiteral("remove-pool")};
    if (!kVerbs.contains(what))
        return cl.usageError(QStringLiteral("allocation needs one of: %1").arg(kVerbs.join(QStringLiteral(", "))));
    auto ws = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!ws)
        return RuntimeError;
    AllocationStore store(*ws);
    if (what == QLatin1String("rules")) {
        QJsonArray rules;
        for (const AllocationRule &r : store.rules())
            rules.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("position"), r.position},
                                     {QStringLiteral("field"), r.field}, {QStringLiteral("match"), matchName(r.match)},
                                     {QStringLiteral("pattern"), r.pattern}, {QStringLiteral("owner"), r.owner},
                                     {QStringLiteral("applied"), r.applied}});
        print(cl, rulesTable(store.rules()), QJsonObject{{QStringLiteral("rules"), rules}}, io);
        return Success;
    }
    if (what == QLatin1String("add-rule"))
        return addRule(cl, *ws, io);
    if (what == QLatin1String("remove-rule")) {
        QString error;
        if (!store.removeRule(cl.positional().value(2).toLongLong(), &error))
            return cl.runtimeError(error.isEmpty() ? QStringLiteral("no rule with id '%1'; see 'allocation rules'").arg(cl.positional().value(2))
                                                   : error);
        return Success;
    }
    if (what == QLatin1String("apply")) {
        QString error;
        const int applied = store.applyRules(&error);
        if (applied < 0)
            return cl.runtimeError(error);
        io.out << "applied " << applied << " rules\n";
        return Success;
    }
    if (what == QLatin1String("pools")) {
        poolsTable(store.pools()).writeTable(io.out);
        return Success;
    }
    if (what == QLatin1String("add-pool"))
        return addPool(cl, *ws, io);
    if (what == QLatin1String("remove-pool")) {
        QString error;
        if (!store.removePool(cl.positional().value(2), &error))
            return cl.runtimeError(error.isEmpty() ? QStringLiteral("no pool named '%1'; see 'allocation pools'").arg(cl.positional().value(2))
                                                   : error);
        return Success;
    }
    return report(cl, *ws, what, io);
}

} // namespace costline::cli
