#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <optional>

namespace costline {

class QueryRunner;
class Workspace;

// Every tenant of the workspace with the anomaly threshold its spend is judged by: its own,
// or the workspace's. Reads and writes run on a QueryRunner's worker through
// AnomalyThresholds; each write re-reads the list in the same job.
class AnomalyThresholdsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Tenant, Threshold, SetBy, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, TenantRole };

    struct Row
    {
        QString tenant;
        std::optional<double> ownPct;
    };

    explicit AnomalyThresholdsModel(QObject *parent = nullptr);

    void setRunner(QueryRunner *runner);
    void load();
    // nullopt clears: the tenant (or the workspace) goes back to the workspace's (the default).
    void setTenantPct(const QString &tenant, std::optional<double> pct);
    void setWorkspacePct(std::optional<double> pct);

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &tenant) const;
    // The workspace's threshold, or the default when it has none of its own.
    double workspacePct() const;
    bool workspaceHasOwn() const { return m_workspacePct.has_value(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &error);
    // A threshold reached the workspace (the list has been re-read).
    void thresholdsChanged();
    void changeFailed(const QString &error);

private:
    struct Snapshot;
    using Write = std::function<bool(Workspace &, QString *error)>;

    void run(Write write);
    void onSnapshot(const Snapshot &snapshot, bool wasWrite);
    double effectivePct(const Row &row) const;

    QPointer<QueryRunner> m_runner;
    QList<Row> m_rows;
    std::optional<double> m_workspacePct;
};

// "150 %", with a decimal only where the threshold has one.
QString thresholdText(double pct);

} // namespace costline
