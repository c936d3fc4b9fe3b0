#pragma once

#include <QPageSize>
#include <QString>
#include <QStringList>

namespace costline {

// Which report, for which period and scope, as the CLI, the Reports tab and the run list name it.
struct ReportRequest
{
    QString kind;     // "chargeback" | "drivers" | "showback" | "dispute" | "focus"
    qint64 fromDay = 0; // inclusive UTC days
    qint64 toDay = 0;
    QString tenant;   // chargeback, drivers, showback, focus: one tenant, empty for all
    qint64 invoiceLineId = 0; // dispute: the billing line disputed; 0 = the largest delta in the period
    QString generatedBy;
    qint64 nowMs = 0;

    // "from=2026-11-01 to=2026-11-24 tenant=acme": what the run list records.
    QString parameters() const;
};

QStringList reportKinds();
QString reportTitle(const QString &kind);
// The entitlement a report needs as PDF (CSV and print are in every plan but packs are not).
QString reportEntitlement(const QString &kind, bool pdf);
// Every entitlement it needs, reportEntitlement last: a PDF showback needs Allocation too.
QStringList reportEntitlements(const QString &kind, bool pdf);
// Packs leave the building with customer detail: a viewer licence may look, not export.
bool reportIsPack(const QString &kind);
// The FOCUS export is a data file for other tools: CSV only, nothing to print.
bool reportHasPdf(const QString &kind);
// Chargeback, showback and the FOCUS export can be narrowed to one tenant.
bool reportTakesTenant(const QString &kind);

} // namespace costline
