#pragma once

#include "importresult.h"

namespace costline {

class Workspace;

// Imports a provider invoice (DESIGN §4: provider, period_start, period_end, line,
// amount_usd; periods are inclusive UTC dates), with the optional columns model, sku,
// project, quantity and unit that say which events a line bills (docs/invoice-matching.md;
// the SKU is kept as the line's label "sku"). Lines become billing lines of origin
// "invoice" under one invoices row per provider and period: what usage is reconciled
// against, never added to usage totals. Re-importing replaces the same lines.
class InvoiceImporter final
{
public:
    explicit InvoiceImporter(Workspace &workspace) : m_workspace(workspace) {}

    ImportResult importFile(const QString &path, const ImportOptions &options);

private:
    qint64 invoiceId(const QByteArray &provider, qint64 startDay, qint64 endDay, const QString &file);

    Workspace &m_workspace;
};

} // namespace costline
