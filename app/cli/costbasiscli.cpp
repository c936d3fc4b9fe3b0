#include "costbasiscli.h"

#include "commandline.h"
#include "workspace/costbasisswitch.h"

#include <QJsonObject>

namespace costline::cli {

int setSourceCostBasis(CommandLine &cl, const QStringList &positional, Io io)
{
    if (positional.size() != 3 || !cl.isSet(QStringLiteral("cost-basis")))
        return cl.usageError(QStringLiteral("expected 'source set NAME --cost-basis %1'").arg(costBasisNames().join(QLatin1Char('|'))));
    const auto basis = costBasisFromName(cl.value(QStringLiteral("cost-basis")));
    if (!basis)
        return cl.usageError(QStringLiteral("--cost-basis '%1' is not a cost basis; use one of %2")
                                 .arg(cl.value(QStringLiteral("cost-basis")), costBasisNames().join(QStringLiteral(", "))));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const QString source = positional.at(2);
    const CostBasisChange change = switchCostBasis(*workspace, source, *basis);
    if (!change.ok)
        return cl.runtimeError(change.error);
    io.out << "source '" << source << "' now counts " << costBasisColumn(*basis) << ": " << change.changed << " of "
           << change.events << " events moved\n";
    if (change.withoutAmount > 0)
        io.err << "costline-cli source: " << change.withoutAmount << " rows of '" << source << "' have no "
               << costBasisColumn(*basis) << " in their file; they are unpriced on this basis\n";
    return Success;
}

QJsonArray costBasisJson(Workspace &workspace)
{
    QJsonArray array;
    for (const SourceCostBasis &s : CostBasisStore(workspace).exportSources())
        array.append(QJsonObject{{QStringLiteral("source"), s.source},
                                 {QStringLiteral("basis"), costBasisName(s.basis)},
                                 {QStringLiteral("column"), costBasisColumn(s.basis)}});
    return array;
}

QString costBasisLine(Workspace &workspace)
{
    const QString described = describeCostBases(CostBasisStore(workspace).exportSources());
    return described.isEmpty() ? QString() : QStringLiteral("cost basis: ") + described;
}

} // namespace costline::cli
