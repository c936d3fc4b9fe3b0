#include "driversmodel.h"

#include "globalfilter.h"
#include "moneyformat.h"
#include "statuscolours.h"

#include <QColor>
#include <QGuiApplication>

namespace costline {
namespace {

// Events that no price covers carry no cost: say so rather than show $0.00.
bool onlyUnpriced(const UsageTotals &t)
{
    return t.costNano == 0 && t.unpricedEvents > 0;
}

QString periodCost(const UsageTotals &t)
{
    return onlyUnpriced(t) ? unpricedText() : formatMoney(t.costNano);
}

} // namespace

DriversModel::DriversModel(QObject *parent) : QAbstractTableModel(parent) {}

void DriversModel::setResult(const DriversResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int DriversModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int DriversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriversModel::displayValue(const DriverRow &row, int column) const
{
    switch (column) {
    case Value:
        return dimensionValueText(row.value);
    case Current:
        return periodCost(row.current);
    case Previous:
        return periodCost(row.previous);
    case Delta:
        if (row.deltaNano() == 0 && (onlyUnpriced(row.current) || onlyUnpriced(row.previous)))
            return QStringLiteral("—");
        return formatMoneyDelta(row.deltaNano());
    case DeltaPercent:
        if (row.deltaNano() == 0 && !row.deltaPercent())
            return QStringLiteral("—");
        return formatPercentDelta(row.deltaPercent());
    case Share:
        return formatPercent(m_result.sharePercent(row));
    case Requests:
        return formatCount(row.current.requests);
    case Tokens:
        return formatCount(row.current.inputTokens + row.current.outputTokens);
    }
    return {};
}

QVariant DriversModel::rawValue(const DriverRow &row, int column) const
{
    switch (column) {
    case Value:
        return row.value;
    case Current:
        return row.current.costNano;
    case Previous:
        return row.previous.costNano;
    case Delta:
        return row.deltaNano();
    case DeltaPercent: {
        // "new" (no previous cost) sorts above every finite change.
        const auto pct = row.deltaPercent();
        return pct ? *pct : std::numeric_limits<double>::max();
    }
    case Share:
        return m_result.sharePercent(row);
    case Requests:
        return row.current.requests;
    case Tokens:
        return row.current.inputTokens + row.current.outputTokens;
    }
    return {};
}

QVariant DriversModel::toolTip(const DriverRow &row, int column) const
{
    switch (column) {
    case Value:
        return dimensionValueText(row.value);
    case Current:
        return formatMoneyExact(row.current.costNano);
    case Previous:
        return formatMoneyExact(row.previous.costNano);
    case Delta:
        return formatMoneyExact(row.deltaNano());
    case Tokens:
        return tr("%1 input, %2 output").arg(formatCount(row.current.inputTokens), formatCount(row.current.outputTokens));
    default:
        break;
    }
    if (row.current.unpricedEvents > 0)
        return tr("%1 events in this period have no price and are not in the cost").arg(row.current.unpricedEvents);
    return {};
}

QVariant DriversModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriverRow &row = m_result.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case DimensionValueRole:
        return row.value;
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((index.column() == Delta || index.column() == DeltaPercent) && row.deltaNano() != 0)
            return row.deltaNano() > 0 ? costRiseColour(QGuiApplication::palette()) : costFallColour(QGuiApplication::palette());
        if (index.column() == Value && row.value.isEmpty())
            return QColor(0x9a, 0x8f, 0x80);
        return {};
    default:
        return {};
    }
}

QVariant DriversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Value:
        return dimensionLabel(m_result.dim);
    case Current:
        return tr("Current cost");
    case Previous:
        return tr("Previous cost");
    case Delta:
        return tr("Change");
    case DeltaPercent:
        return tr("Change %");
    case Share:
        return tr("Share");
    case Requests:
        return tr("Requests");
    case Tokens:
        return tr("Tokens");
    }
    return {};
}

} // namespace costline
