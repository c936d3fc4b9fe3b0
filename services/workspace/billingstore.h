#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace costline {

class Workspace;

// One money line a provider billed: a day of its cost API, or a line of an invoice.
struct BillingLine
{
    QByteArray lineKey;              // unique within the source; a re-read replaces the line
    QByteArray origin = "api";       // "api" (cost endpoints) or "invoice"
    qint64 invoiceId = 0;            // the invoices row of an invoice line
    qint64 startMs = 0;
    qint64 endMs = 0;                // exclusive
    QByteArray provider;
    QByteArray model;
    QByteArray lineItem;
    QByteArray project;
    qint64 amountNano = 0;
    std::optional<qint64> quantityNano;
    QByteArray unit;
    QByteArray labelsJson;
};

// The billing_lines table. Billing lines are kept apart from usage events so that the same
// spend is never counted twice: events carry usage, these carry what was billed for it.
// Writes run inside the caller's transaction.
class BillingStore final
{
public:
    explicit BillingStore(Workspace &workspace) : m_workspace(workspace) {}

    // Inserts or replaces the line (source, lineKey); false and *error on failure.
    bool upsert(qint64 sourceId, const BillingLine &line, QString *error);
    qint64 count() const;
    qint64 totalNano(const QByteArray &origin) const;

private:
    Workspace &m_workspace;
};

} // namespace costline
