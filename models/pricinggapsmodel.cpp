#include "pricinggapsmodel.h"

#include "core/utctime.h"
#include "moneyformat.h"

namespace costline {

PricingGapsModel::PricingGapsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PricingGapsModel::setGaps(QList<PricingGap> gaps)
{
    beginResetModel();
    m_gaps = std::move(gaps);
    endResetModel();
}

int PricingGapsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gaps.size());
}

int PricingGapsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PricingGapsModel::displayValue(const PricingGap &g, int column) const
{
    switch (column) {
    case Model:
        return g.model;
    case Provider:
        return g.provider.isEmpty() ? tr("(not set)") : g.provider;
    case Events:
        return formatCount(g.events);
    case Tokens:
        return formatCount(g.tokens);
    case FirstSeen:
        return utc::formatDate(g.firstDay);
    case LastSeen:
        return utc::formatDate(g.lastDay);
    case AtStake:
        // An estimate from similar models; nothing priced at all leaves nothing to compare.
        return g.estimatedCostNano ? tr("≈ %1").arg(formatMoney(*g.estimatedCostNano)) : tr("no estimate");
    }
    return {};
}

QVariant PricingGapsModel::rawValue(const PricingGap &g, int column) const
{
    switch (column) {
    case Events:
        return g.events;
    case Tokens:
        return g.tokens;
    case FirstSeen:
        return g.firstDay;
    case LastSeen:
        return g.lastDay;
    case AtStake:
        return g.estimatedCostNano.value_or(-1);
    default:
        return displayValue(g, column);
    }
}

QVariant PricingGapsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PricingGap &g = m_gaps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(g, index.column());
    case RawValueRole:
        return rawValue(g, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Events || index.column() == Tokens || index.column() == AtStake
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        return index.column() == AtStake && g.estimatedCostNano
                   ? QVariant(tr("%1 at the average priced cost per token of similar models")
                                  .arg(formatMoneyExact(*g.estimatedCostNano)))
                   : QVariant();
    }
    return {};
}

QVariant PricingGapsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const kTitles[] = {QT_TR_NOOP("Model"),      QT_TR_NOOP("Provider"),  QT_TR_NOOP("Events"),
                                          QT_TR_NOOP("Tokens"),     QT_TR_NOOP("First seen"), QT_TR_NOOP("Last seen"),
                                          QT_TR_NOOP("Money at stake")};
    return section >= 0 && section < ColumnCount ? tr(kTitles[section]) : QVariant();
}

} // namespace costline
