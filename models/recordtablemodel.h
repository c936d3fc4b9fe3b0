#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace costline {

// One table cell: the text shown, and the raw value sort/filter proxies compare (nano-USD
// or counts as qint64, percentages as double), so "$1,200.00" sorts after "$950.00".
struct RecordCell
{
    QString text;
    QVariant raw;
    QString toolTip;
};

// A read-only table over rows a service result was turned into (forecast by model,
// showback, unit economics, health checks). Each tab's builder names its columns with an
// enum ending in a count sentinel; this model only holds and presents the cells.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit RecordTableModel(QStringList headers, QList<int> rightAligned = {}, QObject *parent = nullptr);

    void setRows(QList<QList<RecordCell>> rows);
    // New columns and rows at once, for tables whose columns follow the data (a chart's series).
    void setTable(QStringList headers, QList<int> rightAligned, QList<QList<RecordCell>> rows);
    void setHeaderText(int column, const QString &text);
    const QList<RecordCell> &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<int> m_rightAligned;
    QList<QList<RecordCell>> m_rows;
};

// Cells for the common kinds of value.
RecordCell textCell(const QString &text);
RecordCell moneyCell(qint64 nano);
RecordCell countCell(qint64 count);
RecordCell percentCell(double percent);

} // namespace costline
