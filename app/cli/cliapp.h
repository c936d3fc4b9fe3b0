#pragma once

#include <QStringList>
#include <QTextStream>

namespace costline::cli {

enum ExitCode { Success = 0, RuntimeError = 1, UsageError = 2 };

// Where a command writes: data to `out`, messages to `err`.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

// Runs `costline-cli ARGS...` (args without the program name) and returns the exit code.
int run(const QStringList &args, Io io);

int runImport(const QStringList &args, Io io);
int runSummary(const QStringList &args, Io io);
int runDrivers(const QStringList &args, Io io);
int runEvents(const QStringList &args, Io io);
int runDemo(const QStringList &args, Io io);
int runQuarantine(const QStringList &args, Io io);
int runPricing(const QStringList &args, Io io);
int runBudget(const QStringList &args, Io io);
int runSignals(const QStringList &args, Io io);
int runSource(const QStringList &args, Io io);
int runSync(const QStringList &args, Io io);
int runReconcile(const QStringList &args, Io io);
int runInvoice(const QStringList &args, Io io);
int runForecast(const QStringList &args, Io io);
int runHealth(const QStringList &args, Io io);
int runLicence(const QStringList &args, Io io);
int runReport(const QStringList &args, Io io);
int runAllocation(const QStringList &args, Io io);
int runEconomics(const QStringList &args, Io io);
int runAudit(const QStringList &args, Io io);

} // namespace costline::cli
