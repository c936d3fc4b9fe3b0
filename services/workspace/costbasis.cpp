#include "costbasis.h"

#include "sqlitestatement.h"
#include "workspace.h"

#include <QJsonDocument>

namespace costline {
namespace {

struct BasisNames
{
    CostBasis basis;
    const char *name;
    const char *column;
    const char *label;
};

constexpr BasisNames kBases[] = {
    {CostBasis::Billed, "billed", "BilledCost", "billed_cost"},
    {CostBasis::Effective, "effective", "EffectiveCost", "effective_cost"},
    {CostBasis::List, "list", "ListCost", "list_cost"},
    {CostBasis::Contracted, "contracted", "ContractedCost", "contracted_cost"},
};

const BasisNames &namesOf(CostBasis basis)
{
    return kBases[int(basis)];
}

const QString kSettingKey = QStringLiteral("cost_basis");

// The sources' kinds whose events carry cost columns.
const char kExportKinds[] = "'focus'";

} // namespace

QStringList costBasisNames()
{
    QStringList names;
    for (const BasisNames &b : kBases)
        names << QLatin1String(b.name);
    return names;
}

QString costBasisName(CostBasis basis)
{
    return QLatin1String(namesOf(basis).name);
}

QString costBasisColumn(CostBasis basis)
{
    return QLatin1String(namesOf(basis).column);
}

QString costBasisLabel(CostBasis basis)
{
    return QLatin1String(namesOf(basis).label);
}

std::optional<CostBasis> costBasisFromName(const QString &name)
{
    for (const BasisNames &b : kBases) {
        if (name.compare(QLatin1String(b.name), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String(b.column), Qt::CaseInsensitive) == 0)
            return b.basis;
    }
    return std::nullopt;
}

std::optional<ExactAmount> costOnBasis(const QJsonObject &labels, CostBasis basis)
{
    const QJsonValue value = labels.value(costBasisLabel(basis));
    return value.isString() ? parseExactAmount(value.toString().toLatin1()) : std::nullopt;
}

CostBasis CostBasisStore::basisOf(const QString &source) const
{
    SqliteStatement st(m_workspace.db(), "SELECT settings FROM sources WHERE name = ?");
    st.bind(0, source);
    if (!st.step() || st.isNull(0))
        return CostBasis::Billed;
    const QJsonObject settings = QJsonDocument::fromJson(st.bytes(0)).object();
    return costBasisFromName(settings.value(kSettingKey).toString()).value_or(CostBasis::Billed);
}

bool CostBasisStore::setBasis(qint64 sourceId, CostBasis basis)
{
    SqliteStatement read(m_workspace.db(), "SELECT settings FROM sources WHERE id = ?");
    read.bind(0, sourceId);
    if (!read.step())
        return false;
    QJsonObject settings = QJsonDocument::fromJson(read.bytes(0)).object();
    settings.insert(kSettingKey, costBasisName(basis));
    SqliteStatement write(m_workspace.db(), "UPDATE sources SET settings = ? WHERE id = ?");
    write.bind(0, QJsonDocument(settings).toJson(QJsonDocument::Compact));
    write.bind(1, sourceId);
    return write.exec();
}

QList<SourceCostBasis> CostBasisStore::exportSources() const
{
    SqliteStatement st(m_workspace.db(), QByteArray("SELECT name FROM sources WHERE kind IN (") + kExportKinds
                                             + ") ORDER BY name");
    QList<SourceCostBasis> sources;
    while (st.step())
        sources.append({st.text(0), CostBasis::Billed});
    for (SourceCostBasis &s : sources)
        s.basis = basisOf(s.source);
    return sources;
}

QString describeCostBases(const QList<SourceCostBasis> &sources)
{
    QStringList parts;
    for (const SourceCostBasis &s : sources)
        parts << s.source + QStringLiteral(": ") + costBasisColumn(s.basis);
    return parts.join(QStringLiteral("; "));
}

} // namespace costline
