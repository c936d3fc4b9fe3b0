#include "cliapp.h"

namespace costline::cli {
namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &, Io);
};

constexpr Command kCommands[] = {
    {"demo", "create a demo workspace with realistic AI usage", runDemo},
    {"import", "import a usage file (csv) into the workspace", runImport},
    {"summary", "cost and usage totals for a period, grouped by dimensions", runSummary},
    {"drivers", "what moved the cost against the previous period, by one dimension", runDrivers},
    {"events", "usage events, newest first", runEvents},
    {"quarantine", "rows an import refused, with file, line and reason", runQuarantine},
    {"source", "provider and gateway connections: add, list, remove", runSource},
    {"sync", "read new usage and billing from the sources", runSync},
    {"reconcile", "cost from usage events against billed money", runReconcile},
    {"invoice", "imported invoice lines against the events they bill", runInvoice},
    {"pricing", "model prices: list, add, remove, import a catalogue, pricing gaps", runPricing},
    {"forecast", "month-end forecast, run rates, model trends, scenarios", runForecast},
    {"health", "data health checks and the readiness score", runHealth},
    {"allocation", "who owns the spend: rules, cost pools, showback, chargeback", runAllocation},
    {"economics", "cost per outcome, customer, feature or workflow", runEconomics},
    {"budget", "budget caps: list, add, edit, remove, status, check", runBudget},
    {"signals", "what needs attention, and its triage", runSignals},
    {"licence", "the licence in force: show, verify a licence file", runLicence},
    {"report", "write a chargeback pack or cost drivers summary as PDF or CSV", runReport},
    {"audit", "the audit trail of changes, reports and exports: list, verify", runAudit},
};

void printUsage(QTextStream &stream)
{
    stream << "Usage: costline-cli COMMAND [OPTIONS]\n\nCommands:\n";
    for (const Command &c : kCommands)
        stream << "  " << QString::fromLatin1(c.name).leftJustified(12) << QString::fromLatin1(c.summary) << '\n';
    stream << "\nRun 'costline-cli COMMAND --help' for a command's options.\n";
}

} // namespace

int run(const QStringList &args, Io io)
{
    if (args.isEmpty()) {
        printUsage(io.err);
        return UsageError;
    }
    const QString &name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(io.out);
        return Success;
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return c.run(args, io);
    }
    io.err << "costline-cli: unknown command '" << name << "'\n\n";
    printUsage(io.err);
    return UsageError;
}

} // namespace costline::cli
