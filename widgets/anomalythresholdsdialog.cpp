#include "anomalythresholdsdialog.h"

#include "models/anomalythresholdsmodel.h"
#include "models/queryrunner.h"
#include "signals/anomalythresholds.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {
namespace {

QDoubleSpinBox *thresholdBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(1, AnomalyThresholds::kMaxPct);
    box->setDecimals(1);
    box->setSingleStep(10);
    box->setSuffix(AnomalyThresholdsDialog::tr(" % over baseline"));
    return box;
}

} // namespace

AnomalyThresholdsDialog::AnomalyThresholdsDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_runner(new QueryRunner(workspacePath, this)), m_model(new AnomalyThresholdsModel(this)),
      m_table(new QTableView(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Anomaly thresholds"));
    m_model->setRunner(m_runner);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(AnomalyThresholdsModel::RawValueRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AnomalyThresholdsModel::Tenant, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AnomalyThresholdsDialog::showSelected);
    auto *intro = new QLabel(tr("A day is an anomaly when its cost is this far above its baseline (the weekday-adjusted "
                                "median of the 28 days before). A tenant's own threshold applies to its spend and to its "
                                "spend on each model; every other tenant and scope uses the workspace's."),
                             this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildTenantRow());
    layout->addWidget(buildWorkspaceRow());
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(m_model, &AnomalyThresholdsModel::loaded, this, &AnomalyThresholdsDialog::onLoaded);
    connect(m_model, &AnomalyThresholdsModel::loadFailed, this, [this](const QString &error) { setStatus(error, true); });
    connect(m_model, &AnomalyThresholdsModel::changeFailed, this, [this](const QString &error) { setStatus(error, true); });
    connect(m_model, &AnomalyThresholdsModel::thresholdsChanged, this, &AnomalyThresholdsDialog::thresholdsChanged);
    resize(640, 520);
    setStatus(tr("Loading thresholds…"), false);
    m_model->load();
}

QWidget *AnomalyThresholdsDialog::buildTenantRow()
{
    auto *row = new QWidget(this);
    m_selected = new QLabel(row);
    m_tenantPct = thresholdBox(row);
    m_tenantPct->setObjectName(QStringLiteral("tenantThreshold"));
    m_setTenant = new QPushButton(tr("Set for this tenant"), row);
    m_setTenant->setObjectName(QStringLiteral("setTenantThreshold"));
    m_clearTenant = new QPushButton(tr("Use the workspace's"), row);
    m_clearTenant->setObjectName(QStringLiteral("clearTenantThreshold"));
    connect(m_setTenant, &QPushButton::clicked, this, [this] { setTenant(m_tenantPct->value()); });
    connect(m_clearTenant, &QPushButton::clicked, this, [this] { setTenant(std::nullopt); });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_selected, 1);
    layout->addWidget(m_tenantPct);
    layout->addWidget(m_setTenant);
    layout->addWidget(m_clearTenant);
    return row;
}

QWidget *AnomalyThresholdsDialog::buildWorkspaceRow()
{
    auto *row = new QWidget(this);
    m_workspacePct = thresholdBox(row);
    m_workspacePct->setObjectName(QStringLiteral("workspaceThreshold"));
    auto *set = new QPushButton(tr("Set for the workspace"), row);
    set->setObjectName(QStringLiteral("setWorkspaceThreshold"));
    m_clearWorkspace = new QPushButton(tr("Back to %1").arg(thresholdText(AnomalyThresholds::kDefaultPct)), row);
    m_clearWorkspace->setObjectName(QStringLiteral("clearWorkspaceThreshold"));
    connect(set, &QPushButton::clicked, this, [this] {
        setStatus(tr("Saving the workspace's threshold…"), false);
        m_model->setWorkspacePct(m_workspacePct->value());
    });
    connect(m_clearWorkspace, &QPushButton::clicked, this, [this] {
        setStatus(tr("Saving the workspace's threshold…"), false);
        m_model->setWorkspacePct(std::nullopt);
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("All other spend (the workspace's threshold):"), row), 1);
    layout->addWidget(m_workspacePct);
    layout->addWidget(set);
    layout->addWidget(m_clearWorkspace);
    return row;
}

void AnomalyThresholdsDialog::onLoaded()
{
    m_table->resizeColumnsToContents();
    m_workspacePct->setValue(m_model->workspacePct());
    m_clearWorkspace->setEnabled(m_model->workspaceHasOwn());
    setStatus(m_model->rowCount() == 0 ? tr("No tenant has usage yet: the workspace's threshold applies to all spend.")
                                       : tr("Thresholds as kept in the workspace; signals use them on their next run."),
              false);
    selectTenant(m_select.isEmpty() ? selectedTenant() : m_select);
    showSelected();
}

void AnomalyThresholdsDialog::selectTenant(const QString &tenant)
{
    m_select = tenant;
    const int row = m_model->rowOf(tenant);
    if (row < 0)
        return;
    m_select.clear();
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    m_table->selectionModel()->setCurrentIndex(proxy->mapFromSource(m_model->index(row, 0)),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString AnomalyThresholdsDialog::selectedTenant() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(AnomalyThresholdsModel::TenantRole).toString() : QString();
}

void AnomalyThresholdsDialog::showSelected()
{
    const int row = m_model->rowOf(selectedTenant());
    const bool any = row >= 0;
    m_selected->setText(any ? tr("Tenant <b>%1</b>:").arg(m_model->rowAt(row).tenant.toHtmlEscaped())
                            : tr("Select a tenant to give it a threshold of its own."));
    m_tenantPct->setEnabled(any);
    m_setTenant->setEnabled(any);
    m_clearTenant->setEnabled(any && m_model->rowAt(row).ownPct.has_value());
    if (any)
        m_tenantPct->setValue(m_model->rowAt(row).ownPct.value_or(m_model->workspacePct()));
}

void AnomalyThresholdsDialog::setTenant(std::optional<double> pct)
{
    const QString tenant = selectedTenant();
    if (tenant.isEmpty())
        return;
    m_select = tenant;
    setStatus(tr("Saving %1's threshold…").arg(tenant), false);
    m_model->setTenantPct(tenant, pct);
}

QString AnomalyThresholdsDialog::statusText() const
{
    return m_status->text();
}

void AnomalyThresholdsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d64535;") : QString());
}

} // namespace costline
