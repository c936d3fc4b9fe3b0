#pragma once

#include "workspace/pricinggaps.h"

#include <QAbstractTableModel>

namespace costline {

// Models with usage but no price, largest money at stake first: what to price next.
class PricingGapsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Model, Provider, Events, Tokens, FirstSeen, LastSeen, AtStake, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole };

    explicit PricingGapsModel(QObject *parent = nullptr);

    void setGaps(QList<PricingGap> gaps);
    const PricingGap &gapAt(int row) const { return m_gaps.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const PricingGap &gap, int column) const;
    QVariant rawValue(const PricingGap &gap, int column) const;

    QList<PricingGap> m_gaps;
};

} // namespace costline
