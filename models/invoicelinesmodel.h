#pragma once

#include "billing/invoicematch.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace costline {

class QueryRunner;

// The imported invoice lines of a period with their match status against the events they
// bill (docs/invoice-matching.md): what each bills, its events' cost, the delta and why it
// matched or not, and the events no line bills. Matching runs on a QueryRunner's worker.
class InvoiceLinesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Provider, Period, Billed, EventsCost, Delta, Events, Status, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, LineIdRole };

    explicit InvoiceLinesModel(QObject *parent = nullptr);

    void setRunner(QueryRunner *runner);
    // Matches the lines overlapping the inclusive UTC day range; emits loaded().
    void load(qint64 fromDay, qint64 toDay);
    void setResult(InvoiceMatchResult result);
    const LineMatch &lineAt(int row) const { return m_result.lines.at(row); }
    // How many events of the invoiced providers and periods no line bills, and their cost;
    // empty when none.
    QString unmatchedText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();

private:
    QVariant displayValue(const LineMatch &line, int column) const;
    QVariant rawValue(const LineMatch &line, int column) const;

    QPointer<QueryRunner> m_runner;
    InvoiceMatchResult m_result;
    quint64 m_generation = 0; // a later load wins over an earlier one still running
};

// "Matched", "Provider only", "No events", in the user's language.
QString lineStatusText(LineMatch::Status status);

} // namespace costline
