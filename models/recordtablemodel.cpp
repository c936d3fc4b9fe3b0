#include "recordtablemodel.h"

#include "moneyformat.h"

namespace costline {

RecordTableModel::RecordTableModel(QStringList headers, QList<int> rightAligned, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)), m_rightAligned(std::move(rightAligned))
{
}

void RecordTableModel::setRows(QList<QList<RecordCell>> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RecordTableModel::setTable(QStringList headers, QList<int> rightAligned, QList<QList<RecordCell>> rows)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_rightAligned = std::move(rightAligned);
    m_rows = std::move(rows);
    endResetModel();
}

void RecordTableModel::setHeaderText(int column, const QString &text)
{
    if (column < 0 || column >= m_headers.size() || m_headers.at(column) == text)
        return;
    m_headers[column] = text;
    emit headerDataChanged(Qt::Horizontal, column, column);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_rows.at(index.row()).size())
        return {};
    const RecordCell &cell = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::TextAlignmentRole:
        return m_rightAligned.contains(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawValueRole:
        return cell.raw.isValid() ? cell.raw : QVariant(cell.text);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers.at(section);
    return {};
}

RecordCell textCell(const QString &text)
{
    return RecordCell{text, text, {}};
}

RecordCell moneyCell(qint64 nano)
{
    return RecordCell{formatMoney(nano), nano, formatMoneyExact(nano)};
}

RecordCell countCell(qint64 count)
{
    return RecordCell{formatCount(count), count, {}};
}

RecordCell percentCell(double percent)
{
    return RecordCell{formatPercent(percent), percent, {}};
}

} // namespace costline
