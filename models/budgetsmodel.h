#pragma once

#include "budgets/budgetevaluator.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPointer>

#include <functional>

namespace costline {

class QueryRunner;

// Every budget cap with where it stands today and the cap that governs it, for the Budgets
// dialog. Reads and writes run on a QueryRunner's worker; each write re-reads the list and
// its status in the same job, also when the write was refused (the list then shows what
// another edit changed).
class BudgetsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        ManagedBy,
        Scope,
        Period,
        Limit,
        SoftLimit,
        Enabled,
        Version,
        Spend,
        Used,
        Remaining,
        Projected,
        State,
        GoverningCap,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, NameRole };

    explicit BudgetsModel(QObject *parent = nullptr);

    void setRunner(QueryRunner *runner);
    // Reads the budgets and evaluates them on the latest day with data; loaded() after.
    void load();
    void setStatuses(QList<BudgetStatus> statuses, qint64 asOfDay);
    const BudgetStatus &statusAt(int row) const { return m_statuses.at(row); }
    const QList<BudgetStatus> &statuses() const { return m_statuses; }
    QList<Budget> budgets() const;
    int rowOf(const QString &name) const;
    qint64 asOfDay() const { return m_asOfDay; }
    // The tenants and API keys seen in the workspace, for the scope pickers.
    QStringList scopeValues(Dimension dim) const { return m_scopeValues.value(dim); }

    // Adds `budget` (id 0) or changes the stored cap with its id, from its version.
    void saveBudget(const Budget &budget);
    void removeBudget(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &error);
    // A save or remove reached the workspace (the list has been re-read).
    void budgetsChanged();
    void changeFailed(const QString &error);

private:
    struct Snapshot;
    using Write = std::function<bool(Workspace &, QString *error)>;

    void run(Write write);
    void onSnapshot(const Snapshot &snapshot, bool wasWrite);
    QVariant displayValue(const BudgetStatus &status, int column) const;
    QVariant rawValue(const BudgetStatus &status, int column) const;
    QVariant toolTip(const BudgetStatus &status, int column) const;

    QPointer<QueryRunner> m_runner;
    QList<BudgetStatus> m_statuses;
    QMap<Dimension, QStringList> m_scopeValues;
    qint64 m_asOfDay = 0;
};

// "team=support, project=search", or "all spend" for a budget without a scope.
QString budgetScopeText(const QMap<Dimension, QString> &scope);
// Reads "team=support, project=search" (commas or newlines between pairs); empty is all
// spend. False with *error naming the bad pair.
bool parseBudgetScope(const QString &text, QMap<Dimension, QString> *scope, QString *error);
// "Daily", "Weekly (from Monday)", "Monthly".
QString budgetPeriodText(Budget::Period period);
// "Platform", "Tenant".
QString budgetManagedByText(Budget::ManagedBy managedBy);
// "OK", "Soft limit", "Over limit" (or "Off" for a disabled budget).
QString budgetStateText(const BudgetStatus &status);
// Green below the soft limit, amber at it, red at the limit: mid tones that read on light
// and dark palettes alike.
QColor budgetStateColour(BudgetStatus::State state);

} // namespace costline
