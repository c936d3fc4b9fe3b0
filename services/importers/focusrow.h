#pragma once

#include "core/usageevent.h"
#include "workspace/costbasis.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace costline {

// The columns of a FOCUS export (1.0–1.2, and the AI-token columns of the drafts),
// resolved by name from the header row. Costline's own x_ columns (x_Model, x_Team, ...,
// x_Requests, x_InputTokens, ...) take precedence where present.
class FocusColumns final
{
public:
    // `basis`: the cost column that is an event's reported cost (the source's choice).
    explicit FocusColumns(CostBasis basis = CostBasis::Billed) : m_basis(basis) {}

    // Empty when the header is usable (it needs BilledCost and a charge period start).
    QString resolve(const QList<QByteArrayView> &header);

    // Fills `event` from one row: reported cost = the basis column, exactly (a null there
    // leaves the event unpriced, as the column's own sum leaves it out, and so does Costline's
    // own export marking the row x_CostState=unpriced); every cost column as its exact
    // decimal and the descriptive columns kept as labels; a null (NULL, empty, ...) is no
    // value. The event id is derived from the row's text, so re-importing the same file
    // replaces instead of doubling.
    QString read(const QList<QByteArrayView> &fields, const QByteArray &raw, UsageEvent *event);

private:
    QByteArrayView field(const QList<QByteArrayView> &fields, const char *column) const;
    QString readCostlineCounts(const QList<QByteArrayView> &fields, UsageEvent *event) const;
    QString readQuantity(const QList<QByteArrayView> &fields, const QJsonObject &sku, UsageEvent *event) const;
    void readDimensions(const QList<QByteArrayView> &fields, const QJsonObject &sku, const QJsonObject &tags,
                        UsageEvent *event) const;
    QByteArray readLabels(const QList<QByteArrayView> &fields, const QJsonObject &sku, const QJsonObject &tags) const;

    CostBasis m_basis;
    QHash<QByteArray, qsizetype> m_index; // lower-case column name → field index
    qsizetype m_fieldCount = 0;
    QHash<QByteArray, int> m_seen;        // row digests already imported from this file
};

} // namespace costline
