#pragma once

#include "tabpage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class ChartView;
class DriversModel;

// What moved the money: per value of a chosen dimension, this period against the previous
// one, biggest absolute change first, with a chart of the top movers. Double-clicking a
// row or bar asks for the usage events behind it.
class DriversTab final : public TabPage
{
    Q_OBJECT

public:
    explicit DriversTab(QWidget *parent = nullptr);

    static QList<Dimension> driverDimensions();
    void setDimension(Dimension dim);
    Dimension dimension() const;
    DriversModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Shows `value` selected once the table holds it (after a mover link).
    void selectValue(const QString &value);
    // Ctrl+E: the table as CSV, exact amounts, the columns of `costline-cli drivers --format csv`.
    bool canExport() const override { return true; }
    void exportData() override;
    // Writes the table to `path` off the UI thread and records the export; exportFinished reports.
    void exportCsv(const QString &path);

signals:
    void drillDownRequested(Dimension dim, const QString &value);
    void exportFinished(bool ok, const QString &message);

protected:
    void reload() override;

private:
    void showResult();
    void onRowActivated(const QModelIndex &proxyIndex);
    void applyPendingSelection();

    QComboBox *m_dimension;
    QLabel *m_period;
    DriversModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ChartView *m_chart;
    QString m_pendingSelection;
};

} // namespace costline
