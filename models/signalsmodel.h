#pragma once

#include "signals/signal.h"

#include <QAbstractTableModel>
#include <QList>

namespace costline {

// The Cost signals table: one row per signal. RawValueRole gives numbers (nano-USD,
// percentages, day numbers) so the proxy sorts money as money.
class SignalsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Scope, Days, MoneyAtStake, Current, Baseline, Deviation, State, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole };

    explicit SignalsModel(QObject *parent = nullptr);

    void setSignals(QList<Signal> found);
    const Signal &signalAt(int row) const { return m_signals.at(row); }
    // Shows a triage decision at once; the store has it already.
    void setState(const QString &signalId, Signal::State state, const QString &note);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(Signal::Kind kind);
    static QString stateLabel(Signal::State state);
    static QString scopeText(const Signal &signal);

private:
    QVariant displayValue(const Signal &s, int column) const;
    QVariant rawValue(const Signal &s, int column) const;

    QList<Signal> m_signals;
};

} // namespace costline
