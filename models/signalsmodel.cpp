#include "signalsmodel.h"

#include "core/utctime.h"
#include "globalfilter.h"
#include "moneyformat.h"

namespace costline {

SignalsModel::SignalsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SignalsModel::setSignals(QList<Signal> found)
{
    beginResetModel();
    m_signals = std::move(found);
    endResetModel();
}

void SignalsModel::setState(const QString &signalId, Signal::State state, const QString &note)
{
    for (int row = 0; row < m_signals.size(); ++row) {
        if (m_signals.at(row).id != signalId)
            continue;
        m_signals[row].state = state;
        m_signals[row].note = note;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int SignalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_signals.size());
}

int SignalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SignalsModel::kindLabel(Signal::Kind kind)
{
    switch (kind) {
    case Signal::Kind::Anomaly:
        return tr("Anomaly");
    case Signal::Kind::Budget:
        return tr("Budget");
    case Signal::Kind::PricingGap:
        return tr("Pricing gap");
    case Signal::Kind::MissingAttribution:
        return tr("Missing attribution");
    case Signal::Kind::MixShift:
        return tr("Model mix shift");
    case Signal::Kind::Mismatch:
        return tr("Cost mismatch");
    case Signal::Kind::StaleWork:
        return tr("Stale work");
    case Signal::Kind::RunawayCost:
        break;
    }
    return tr("Cost outgrows outcomes");
}

QString SignalsModel::stateLabel(Signal::State state)
{
    switch (state) {
    case Signal::State::New:
        return tr("New");
    case Signal::State::Acknowledged:
        return tr("Acknowledged");
    case Signal::State::Resolved:
        return tr("Resolved");
    case Signal::State::Dismissed:
        break;
    }
    return tr("Dismissed");
}

QString SignalsModel::scopeText(const Signal &s)
{
    // A budget signal names its cap first, then the cap governing its spend where another does.
    QStringList parts;
    const QString budget = s.scope.value(QStringLiteral("budget"));
    const QString governing = s.scope.value(QStringLiteral("governing_cap"));
    if (!budget.isEmpty())
        parts << tr("Budget: %1").arg(budget);
    if (!governing.isEmpty() && governing != budget)
        parts << tr("governed by %1").arg(governing);
    for (auto it = s.scope.cbegin(); it != s.scope.cend(); ++it) {
        if (it.key() == QLatin1String("budget") || it.key() == QLatin1String("governing_cap"))
            continue;
        const auto dim = dimensionFromName(it.key());
        const QString label = dim ? dimensionLabel(*dim) : it.key();
        const QString part = label + QStringLiteral(": ") + dimensionValueText(it.value());
        // A tenant's spend on a model reads tenant first, as in the signal's explanation.
        dim == Dimension::Tenant ? parts.prepend(part) : parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QVariant SignalsModel::displayValue(const Signal &s, int column) const
{
    switch (column) {
    case Kind:
        return kindLabel(s.kind);
    case Scope:
        return scopeText(s);
    case Days:
        return s.day == s.lastDay ? utc::formatDate(s.day)
                                  : utc::formatDate(s.day) + QStringLiteral(" – ") + utc::formatDate(s.lastDay);
    case MoneyAtStake:
        return formatMoney(s.moneyAtStakeNano);
    case Current:
        return formatMoney(s.currentNano);
    case Baseline:
        return s.baselineNano != 0 ? formatMoney(s.baselineNano) : QString();
    case Deviation:
        return s.deviationPct != 0 ? formatPercent(s.deviationPct) : QString();
    case State:
        return stateLabel(s.state);
    }
    return {};
}

QVariant SignalsModel::rawValue(const Signal &s, int column) const
{
    switch (column) {
    case Kind:
        return int(s.kind);
    case Days:
        return s.day;
    case MoneyAtStake:
        return s.moneyAtStakeNano;
    case Current:
        return s.currentNano;
    case Baseline:
        return s.baselineNano;
    case Deviation:
        return s.deviationPct;
    case State:
        return int(s.state);
    }
    return displayValue(s, column);
}

QVariant SignalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Signal &s = m_signals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, index.column());
    case RawValueRole:
        return rawValue(s, index.column());
    case Qt::ToolTipRole:
        return s.explanation;
    case Qt::TextAlignmentRole:
        return index.column() >= MoneyAtStake && index.column() <= Deviation
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant SignalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Signal");
    case Scope:
        return tr("Scope");
    case Days:
        return tr("Days");
    case MoneyAtStake:
        return tr("Money at stake");
    case Current:
        return tr("Current");
    case Baseline:
        return tr("Baseline");
    case Deviation:
        return tr("Deviation");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace costline
