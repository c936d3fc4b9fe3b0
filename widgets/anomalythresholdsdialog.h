#pragma once

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class AnomalyThresholdsModel;
class QueryRunner;

// Cost signals → Thresholds…: how far above its baseline a day must go to be an anomaly,
// for all spend (the workspace's threshold) and per tenant (for the tenant's spend and its
// spend on each model). Kept in the workspace, as `costline-cli signals threshold` does.
class AnomalyThresholdsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AnomalyThresholdsDialog(const QString &workspacePath, QWidget *parent = nullptr);

    AnomalyThresholdsModel *model() const { return m_model; }
    // Selects the tenant once the list has loaded.
    void selectTenant(const QString &tenant);
    QString statusText() const;

signals:
    // A threshold reached the workspace: the signals are out of date.
    void thresholdsChanged();

private:
    QWidget *buildTenantRow();
    QWidget *buildWorkspaceRow();
    void onLoaded();
    void showSelected();
    QString selectedTenant() const;
    void setTenant(std::optional<double> pct);
    void setStatus(const QString &text, bool error);

    QueryRunner *m_runner;
    AnomalyThresholdsModel *m_model;
    QTableView *m_table;
    QLabel *m_selected = nullptr;
    QDoubleSpinBox *m_tenantPct = nullptr;
    QPushButton *m_setTenant = nullptr;
    QPushButton *m_clearTenant = nullptr;
    QDoubleSpinBox *m_workspacePct = nullptr;
    QPushButton *m_clearWorkspace = nullptr;
    QLabel *m_status;
    QString m_select;
};

} // namespace costline
