#include "cliapp.h"
#include "commandline.h"
#include "signalsthreshold.h"
#include "tablewriter.h"
#include "core/money.h"
#include "core/utctime.h"
#include "signals/signaldetector.h"
#include "signals/triagestore.h"
#include "workspace/summaryquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

QJsonObject toJson(const Signal &s)
{
    QJsonObject scope;
    for (auto it = s.scope.cbegin(); it != s.scope.cend(); ++it)
        scope.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("kind"), kindName(s.kind)},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("day"), utc::formatDate(s.day)},
        {QStringLiteral("last_day"), utc::formatDate(s.lastDay)},
        {QStringLiteral("current"), Money::fromNano(s.currentNano).toDecimalString()},
        {QStringLiteral("baseline"), Money::fromNano(s.baselineNano).toDecimalString()},
        {QStringLiteral("deviation_pct"), qRound(s.deviationPct * 10) / 10.0},
        {QStringLiteral("money_at_stake"), Money::fromNano(s.moneyAtStakeNano).toDecimalString()},
        {QStringLiteral("detected_at"), utc::formatTimestamp(s.detectedAtMs)},
        {QStringLiteral("explanation"), s.explanation},
        {QStringLiteral("next_action"), s.nextAction},
        {QStringLiteral("state"), stateName(s.state)},
        {QStringLiteral("note"), s.note},
    };
}

int triage(CommandLine &cl, Workspace &workspace, Io io)
{
    const QString id = cl.positional().value(2);
    const auto state = stateFromName(cl.value(QStringLiteral("state")));
    if (id.isEmpty() || !state)
        return cl.usageError(QStringLiteral("expected 'signals triage ID --state new|acknowledged|resolved|dismissed [--note TEXT]'"));
    if (*state == Signal::State::Dismissed && cl.value(QStringLiteral("note")).isEmpty())
        return cl.usageError(QStringLiteral("dismissing a signal needs --note saying why"));
    QString error;
    if (!TriageStore(workspace).setState(id, *state, cl.value(QStringLiteral("note")), QDateTime::currentMSecsSinceEpoch(), &error))
        return cl.runtimeError(error);
    io.out << "signal " << id << " is " << stateName(*state) << '\n';
    return Success;
}

} // namespace

int runSignals(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("signals"), QStringLiteral("What needs attention: anomalies, budgets, pricing gaps, "
                                                             "missing attribution, model-mix shifts, mismatches."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.parser().addPositionalArgument(QStringLiteral("triage|threshold"),
                                      QStringLiteral("optional: 'triage ID' to set a signal's state; 'threshold list|set|clear' "
                                                     "for the workspace's anomaly thresholds"));
    cl.parser().addOption({QStringLiteral("as-of"), QStringLiteral("evaluation day (default: the latest day with data)"), QStringLiteral("DATE")});
    cl.parser().addOption({QStringLiteral("state"), QStringLiteral("triage state to set, or to list only"), QStringLiteral("STATE")});
    cl.parser().addOption({QStringLiteral("note"), QStringLiteral("why (needed to dismiss)"), QStringLiteral("TEXT")});
    cl.parser().addOption({QStringLiteral("threshold"),
                           QStringLiteral("anomaly threshold in % above the baseline, as set in the desktop Preferences, "
                                          "for this run only (default: the workspace's, see 'signals threshold list')"),
                           QStringLiteral("PCT")});
    cl.parser().addOption({QStringLiteral("tenant"), QStringLiteral("threshold set|clear: this tenant's own threshold "
                                                                    "(without it: the workspace's)"),
                           QStringLiteral("NAME")});
    cl.parser().addOption({QStringLiteral("pct"), QStringLiteral("threshold set: percentage above the baseline, e.g. 150"),
                           QStringLiteral("N")});
    if (const auto exit = cl.parse(args))
        return *exit;
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    if (cl.positional().value(1) == QLatin1String("triage"))
        return triage(cl, *workspace, io);
    if (cl.positional().value(1) == QLatin1String("threshold"))
        return runSignalsThreshold(cl, *workspace, io);
    if (cl.isSet(QStringLiteral("tenant")) || cl.isSet(QStringLiteral("pct")))
        return cl.usageError(QStringLiteral("--tenant and --pct belong to 'signals threshold set|clear'"));
    if (cl.positional().size() > 1)
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().value(1)));
    qint64 asOf = SummaryQuery(*workspace).lastDay().value_or(utc::todayUtc());
    if (cl.isSet(QStringLiteral("as-of"))) {
        const auto day = utc::parseDate(cl.value(QStringLiteral("as-of")).toUtf8());
        if (!day)
            return cl.usageError(QStringLiteral("--as-of must be YYYY-MM-DD"));
        asOf = *day;
    }
    SignalDetector detector(*workspace);
    if (cl.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        const double pct = cl.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || pct <= 0)
            return cl.usageError(QStringLiteral("--threshold must be a percentage above 0, e.g. 150"));
        detector.setThresholdPct(pct);
    }
    QList<Signal> found = detector.detect(asOf, QDateTime::currentMSecsSinceEpoch());
    if (cl.isSet(QStringLiteral("state"))) {
        const QString wanted = cl.value(QStringLiteral("state"));
        found.removeIf([&wanted](const Signal &s) { return stateName(s.state) != wanted; });
    }
    if (cl.format() == Format::Json) {
        QJsonArray array;
        for (const Signal &s : found)
            array.append(toJson(s));
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("as_of"), utc::formatDate(asOf)}, {QStringLiteral("signals"), array}})
                      .toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("day"), QStringLiteral("money_at_stake"),
                       QStringLiteral("state"), QStringLiteral("explanation")},
                      {false, false, false, true, false, false});
    for (const Signal &s : found)
        table.addRow({s.id, kindName(s.kind), utc::formatDate(s.day), Money::fromNano(s.moneyAtStakeNano).toDecimalString(),
                      stateName(s.state), s.explanation});
    cl.format() == Format::Csv ? table.writeCsv(io.out) : table.writeTable(io.out);
    return Success;
}

} // namespace costline::cli
