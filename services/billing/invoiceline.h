#pragma once

#include "linepart.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace costline {

class Workspace;

// One line of an imported invoice, as the invoice gave it (DESIGN §4 and the optional
// columns of docs/invoice-matching.md).
struct InvoiceLine
{
    qint64 id = 0;        // the billing line id (`report dispute --line`)
    qint64 invoiceId = 0;
    QString file;         // the invoice file it came from
    QString provider;
    qint64 startMs = 0;
    qint64 endMs = 0;     // exclusive: the day after period_end
    QString description;  // the invoice's `line`
    QString model;        // optional: a model name or a glob ("gpt-4o*")
    QString sku;          // optional: the provider's SKU id
    QString project;      // optional
    std::optional<qint64> quantityNano; // optional, in `unitText` units × 1e9
    QString unitText;
    qint64 amountNano = 0;
    LineUnit unit;        // read from unitText and the description

    qint64 firstDay() const;
    qint64 lastDay() const;
    // The billed quantity in the events' own units (tokens, requests, nano-units of the
    // meter); nullopt when the invoice gives none.
    std::optional<qint64> billedQuantity() const;
    // The unit its matched quantity is counted in: the invoice's, else tokens.
    LineUnit countedUnit() const;
};

// Invoice lines whose period overlaps the inclusive day range, of one provider when
// `provider` is set, in provider and file order. `lineId` > 0 picks that line alone.
QList<InvoiceLine> loadInvoiceLines(Workspace &workspace, qint64 fromDay, qint64 toDay, const QString &provider = {},
                                    qint64 lineId = 0);

// How a line picks its events among its provider's events of its period.
struct LineCriteria
{
    enum class ModelFrom { None, Column, Description };

    QString modelPattern; // empty: any model
    ModelFrom modelFrom = ModelFrom::None;
    QString sku;
    QString project;
    LineKind kind = LineKind::All;
    QString meter; // LineKind::Metered: the meter's unit name

    // Narrower criteria win an event part that several lines of the provider could bill:
    // SKU, then model, then project, then the token kind; ties go to the earlier line.
    int score() const;
    bool matchesModelAndProject(const QString &model, const QString &project) const;
    // The SKU criterion: the event's FOCUS SkuId (label sku_id) or its model.
    bool matchesSku(const QString &model, const QString &labelsJson) const;
    bool coversPart(MeterPart part, const QString &eventUnit) const;
    // In words, for the dispute pack and the lines list.
    QString describe() const;
};

// Resolves the line's criteria; `models` are the models its provider used around its
// period, among which a description such as "GPT-4o mini usage" names one.
LineCriteria criteriaFor(const InvoiceLine &line, const QStringList &models);

// A model name matches itself and its dated versions ("gpt-4o" matches "gpt-4o-2024-08-06",
// not "gpt-4o-mini"); a pattern with *, ? or [ ] is a glob. Case-insensitive.
bool modelMatches(const QString &pattern, const QString &model);
// The longest of `models` (or its undated name) whose words appear in the description,
// ignoring case and punctuation ("GPT-4o mini usage" names "gpt-4o-mini"); empty if none.
QString modelNamedIn(const QString &description, const QStringList &models);

} // namespace costline
