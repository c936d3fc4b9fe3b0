#include "budgetnotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>

#include <algorithm>

namespace costline {

TrayBudgetNotifier::TrayBudgetNotifier(std::function<void(const QString &)> fallback, std::function<void()> activated,
                                       QObject *parent)
    : QObject(parent), m_fallback(std::move(fallback)), m_activated(std::move(activated))
{
}

void TrayBudgetNotifier::notify(const QList<BudgetAlert> &alerts)
{
    if (alerts.isEmpty())
        return;
    const QString title = budgetAlertsTitle(alerts);
    const QString text = budgetAlertsText(alerts);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        // The status bar holds one line.
        m_fallback(alerts.size() == 1 ? title + QStringLiteral(": ") + text
                                      : title + QStringLiteral(": ") + QString(text).replace(QLatin1Char('\n'), QStringLiteral("; ")));
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Costline: budget alerts"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { m_activated(); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { m_activated(); });
        m_tray->show();
    }
    const bool hard = std::any_of(alerts.cbegin(), alerts.cend(),
                                  [](const BudgetAlert &a) { return a.level == BudgetStatus::State::Hard; });
    const auto icon = hard ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning;
    m_tray->showMessage(title, text, icon);
}

} // namespace costline
