#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace costline {

// What the code checks: capability names a licence entitles. Plans are presets of them.
namespace entitlement {
inline QString overview() { return QStringLiteral("overview"); }
inline QString costDrivers() { return QStringLiteral("cost_drivers"); }
inline QString usageEvents() { return QStringLiteral("usage_events"); }
inline QString dataHealth() { return QStringLiteral("data_health"); }
inline QString csvExport() { return QStringLiteral("csv_export"); }
inline QString print() { return QStringLiteral("print"); }
inline QString costSignals() { return QStringLiteral("signals"); }
inline QString budgets() { return QStringLiteral("budgets"); }
inline QString allocation() { return QStringLiteral("allocation"); }
inline QString forecast() { return QStringLiteral("forecast"); }
inline QString unitEconomics() { return QStringLiteral("unit_economics"); }
inline QString pdfReports() { return QStringLiteral("pdf_reports"); }
inline QString scheduledReports() { return QStringLiteral("scheduled_reports"); }
inline QString chargebackPack() { return QStringLiteral("chargeback_pack"); }
inline QString disputePack() { return QStringLiteral("dispute_pack"); }
// Every name, in plan order (Free first).
QStringList all();
// "PDF reports", "Chargeback pack", ...
QString displayName(const QString &name);
} // namespace entitlement

// DESIGN §6: each plan includes the one before it.
enum class Plan { Free, Team, Business, Enterprise };

QString planName(Plan plan);        // "free", "team", ...
QString planDisplayName(Plan plan); // "Free", "Team", ...
std::optional<Plan> planFromName(const QString &name);
QSet<QString> planEntitlements(Plan plan);
// The smallest plan whose preset includes the capability.
Plan planIncluding(const QString &entitlement);

} // namespace costline
