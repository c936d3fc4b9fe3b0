#pragma once

#include "budgets/budgetalerts.h"

#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace costline {

// Where a budget cap's limit crossing reaches the analyst. The window passes one in; the
// desktop's is TrayBudgetNotifier, tests pass their own.
class BudgetNotifier
{
public:
    virtual ~BudgetNotifier() = default;
    // The crossings one check found; one notification for them all.
    virtual void notify(const QList<BudgetAlert> &alerts) = 0;
};

// A desktop notification from the system tray (QSystemTrayIcon::showMessage). The tray icon
// appears only on a desktop that has a tray; elsewhere the crossing goes to `fallback` (the
// status bar). Clicking the notification calls `activated` (the window opens Cost signals).
class TrayBudgetNotifier final : public QObject, public BudgetNotifier
{
    Q_OBJECT

public:
    TrayBudgetNotifier(std::function<void(const QString &)> fallback, std::function<void()> activated,
                       QObject *parent = nullptr);

    void notify(const QList<BudgetAlert> &alerts) override;

private:
    std::function<void(const QString &)> m_fallback;
    std::function<void()> m_activated;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace costline
