#pragma once

#include "analysis/driversquery.h"

#include <QAbstractTableModel>

namespace costline {

// The Cost drivers table: one row per value of the driver dimension, current against
// previous period. RawValueRole gives numbers (nano-USD, counts) for sorting and charts.
class DriversModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Value, Current, Previous, Delta, DeltaPercent, Share, Requests, Tokens, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, DimensionValueRole };

    explicit DriversModel(QObject *parent = nullptr);

    void setResult(const DriversResult &result);
    const DriversResult &result() const { return m_result; }
    const DriverRow &rowAt(int row) const { return m_result.rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const DriverRow &row, int column) const;
    QVariant rawValue(const DriverRow &row, int column) const;
    QVariant toolTip(const DriverRow &row, int column) const;

    DriversResult m_result;
};

} // namespace costline
