#pragma once

#include "tabpage.h"

#include <QSet>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class RecordTableModel;
struct HealthReport;

// Data health: every check with pass / warn / fail, its reason and the fix, and the
// readiness score over the capabilities the plan includes. Same numbers as `costline-cli health`.
class HealthTab final : public TabPage
{
    Q_OBJECT

public:
    enum Column { Check, Subject, Status, MoneyAtStake, Reason, Action, ColumnCount };

    explicit HealthTab(QWidget *parent = nullptr);

    // The plan's capabilities; empty scores every capability.
    void setEnabledCapabilities(const QSet<QString> &capabilities);
    RecordTableModel *model() const { return m_model; }
    QString readinessText() const;

protected:
    void reload() override;

private:
    void showReport(const HealthReport &report);

    QSet<QString> m_enabled;
    RecordTableModel *m_model;
    QTableView *m_table;
    QLabel *m_readiness;
    QLabel *m_next;
};

// "Freshness", "Pricing coverage", ...: a check name as the tab shows it.
QString healthCheckLabel(const QString &name);

} // namespace costline
