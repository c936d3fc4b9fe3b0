#pragma once

#include "budgets/budgetalerts.h"
#include "licensing/licence.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace costline {

class QueryRunner;

// Watches the caps of the open workspace for soft and hard limit crossings while the
// workbench runs: when a workspace opens, on check() (after a sync, an import or a budget
// edit) and on a timer. Each check evaluates the caps on the latest day with data on its own
// worker and claims the crossings not notified before (BudgetAlertStore), so each crossing
// is raised once per cap, period and level, across restarts.
class BudgetAlertWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes kDefaultInterval{15};

    explicit BudgetAlertWatcher(QObject *parent = nullptr);
    ~BudgetAlertWatcher() override;

    void setWorkspace(const QString &path);
    // Checks run only while the entitlements include budgets.
    void setEntitlements(const Entitlements &entitlements);
    void setInterval(std::chrono::milliseconds interval);
    // Where "now" comes from (UTC epoch ms), recorded with each claimed crossing.
    void setClock(std::function<qint64()> clock);
    // A screenshot or benchmark run must not mark crossings notified that nobody saw.
    void setSuspended(bool suspended);
    bool isActive() const;
    // Starts a check now; one asked for while another runs follows it.
    void check();

signals:
    // Crossings seen for the first time (none: the signal is not emitted).
    void alertsRaised(const QList<costline::BudgetAlert> &alerts);
    void checkFailed(const QString &error);
    void checkFinished();

private:
    struct Result;
    void onResult(const Result &result);
    void updateTimer();

    QString m_path;
    Entitlements m_entitlements;
    std::unique_ptr<QueryRunner> m_runner;
    std::function<qint64()> m_clock;
    QTimer m_timer;
    bool m_suspended = false;
    bool m_running = false;
    bool m_again = false;
};

} // namespace costline
