#include "budgetalertwatcher.h"

#include "budgets/budgetstore.h"
#include "core/utctime.h"
#include "queryrunner.h"
#include "workspace/summaryquery.h"

#include <QDateTime>

namespace costline {

struct BudgetAlertWatcher::Result
{
    bool ran = false; // false when the worker could not open the workspace
    bool ok = false;
    QString error;
    QList<BudgetAlert> alerts;
};

BudgetAlertWatcher::BudgetAlertWatcher(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &BudgetAlertWatcher::check);
}

// The worker finishes its check before the connection it uses goes.
BudgetAlertWatcher::~BudgetAlertWatcher() = default;

void BudgetAlertWatcher::setWorkspace(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    updateTimer();
    check();
}

void BudgetAlertWatcher::setEntitlements(const Entitlements &entitlements)
{
    const bool wasActive = isActive();
    m_entitlements = entitlements;
    updateTimer();
    if (!wasActive)
        check();
}

void BudgetAlertWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void BudgetAlertWatcher::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void BudgetAlertWatcher::setSuspended(bool suspended)
{
    m_suspended = suspended;
    updateTimer();
}

bool BudgetAlertWatcher::isActive() const
{
    return !m_suspended && !m_path.isEmpty() && m_entitlements.allows(entitlement::budgets());
}

void BudgetAlertWatcher::updateTimer()
{
    if (!isActive())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void BudgetAlertWatcher::check()
{
    if (!isActive())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_runner || m_runner->workspacePath() != m_path)
        m_runner = std::make_unique<QueryRunner>(m_path);
    m_running = true;
    const qint64 nowMs = m_clock();
    m_runner->runFor<Result>(
        this,
        [nowMs](Workspace &ws) {
            Result r;
            r.ran = true;
            // The day the Budgets dialog and the Overview's bars stand on.
            const qint64 asOf = SummaryQuery(ws).lastDay().value_or(utc::todayUtc());
            const QList<BudgetStatus> statuses = BudgetEvaluator(ws).evaluate(BudgetStore(ws).list(), asOf);
            r.ok = BudgetAlertStore(ws).claimNew(statuses, nowMs, &r.alerts, &r.error);
            return r;
        },
        [this](const Result &r) { onResult(r); });
}

void BudgetAlertWatcher::onResult(const Result &result)
{
    m_running = false;
    if (!result.ran)
        emit checkFailed(m_runner->lastError());
    else if (!result.ok)
        emit checkFailed(result.error);
    else if (!result.alerts.isEmpty())
        emit alertsRaised(result.alerts);
    emit checkFinished();
    // A workspace opened, or a change made, while this check ran gets its own check now.
    if (m_again || (m_runner && m_runner->workspacePath() != m_path)) {
        m_again = false;
        check();
    }
}

} // namespace costline
