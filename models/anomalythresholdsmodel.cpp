#include "anomalythresholdsmodel.h"

#include "queryrunner.h"
#include "signals/anomalythresholds.h"

#include <QLocale>

namespace costline {

struct AnomalyThresholdsModel::Snapshot
{
    bool ok = false;
    QString error;
    QList<Row> rows;
    std::optional<double> workspacePct;
};

namespace {

// Tenants with usage, and tenants that keep a threshold though their usage is gone.
QList<AnomalyThresholdsModel::Row> readRows(const AnomalyThresholds &thresholds)
{
    QMap<QString, std::optional<double>> byTenant;
    for (const QString &tenant : thresholds.knownTenants())
        byTenant.insert(tenant, std::nullopt);
    for (const TenantThreshold &t : thresholds.tenants())
        byTenant.insert(t.tenant, t.pct);
    QList<AnomalyThresholdsModel::Row> rows;
    for (auto it = byTenant.cbegin(); it != byTenant.cend(); ++it)
        rows << AnomalyThresholdsModel::Row{it.key(), it.value()};
    return rows;
}

} // namespace

QString thresholdText(double pct)
{
    return QLocale().toString(pct, 'f', pct == double(qint64(pct)) ? 0 : 1) + QStringLiteral(" %");
}

AnomalyThresholdsModel::AnomalyThresholdsModel(QObject *parent) : QAbstractTableModel(parent) {}

void AnomalyThresholdsModel::setRunner(QueryRunner *runner)
{
    m_runner = runner;
}

void AnomalyThresholdsModel::load()
{
    run({});
}

void AnomalyThresholdsModel::setTenantPct(const QString &tenant, std::optional<double> pct)
{
    run([tenant, pct](Workspace &ws, QString *error) {
        AnomalyThresholds thresholds(ws);
        return pct ? thresholds.setTenantPct(tenant, *pct, error) : thresholds.clearTenantPct(tenant, error);
    });
}

void AnomalyThresholdsModel::setWorkspacePct(std::optional<double> pct)
{
    run([pct](Workspace &ws, QString *error) {
        AnomalyThresholds thresholds(ws);
        return pct ? thresholds.setWorkspacePct(*pct, error) : thresholds.clearWorkspacePct(error);
    });
}

void AnomalyThresholdsModel::run(Write write)
{
    if (!m_runner)
        return;
    QPointer<QueryRunner> runner = m_runner;
    const bool isWrite = bool(write);
    m_runner->runFor<Snapshot>(
        this,
        [write](Workspace &ws) {
            Snapshot s;
            if (write && !write(ws, &s.error))
                return s;
            const AnomalyThresholds thresholds(ws);
            s.rows = readRows(thresholds);
            s.workspacePct = thresholds.workspacePct();
            s.ok = true;
            return s;
        },
        [this, runner, isWrite](Snapshot s) {
            if (!s.ok && s.error.isEmpty() && runner)
                s.error = runner->lastError();
            if (!s.ok && s.error.isEmpty())
                s.error = tr("The workspace did not take the change; it may be busy with a sync. Try again.");
            onSnapshot(s, isWrite);
        });
}

void AnomalyThresholdsModel::onSnapshot(const Snapshot &snapshot, bool wasWrite)
{
    if (!snapshot.ok) {
        wasWrite ? emit changeFailed(snapshot.error) : emit loadFailed(snapshot.error);
        return;
    }
    beginResetModel();
    m_rows = snapshot.rows;
    m_workspacePct = snapshot.workspacePct;
    endResetModel();
    emit loaded();
    if (wasWrite)
        emit thresholdsChanged();
}

int AnomalyThresholdsModel::rowOf(const QString &tenant) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).tenant == tenant)
            return i;
    }
    return -1;
}

double AnomalyThresholdsModel::workspacePct() const
{
    return m_workspacePct.value_or(AnomalyThresholds::kDefaultPct);
}

double AnomalyThresholdsModel::effectivePct(const Row &row) const
{
    return row.ownPct.value_or(workspacePct());
}

int AnomalyThresholdsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnomalyThresholdsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomalyThresholdsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Tenant)
            return row.tenant;
        if (index.column() == Threshold)
            return thresholdText(effectivePct(row));
        return row.ownPct ? tr("the tenant's own") : tr("the workspace's");
    case RawValueRole:
        if (index.column() == Threshold)
            return effectivePct(row);
        return index.column() == SetBy ? QVariant(row.ownPct.has_value()) : QVariant(row.tenant);
    case TenantRole:
        return row.tenant;
    case Qt::TextAlignmentRole:
        return index.column() == Threshold ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant AnomalyThresholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tenant:
        return tr("Tenant");
    case Threshold:
        return tr("Threshold over baseline");
    case SetBy:
        return tr("Set by");
    }
    return {};
}

} // namespace costline
