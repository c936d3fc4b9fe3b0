#pragma once

#include "core/usageevent.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace costline {

// The columns of the Costline usage CSV (DESIGN §4), resolved from a header row.
class UsageCsvColumns final
{
public:
    enum Column {
        Timestamp, EventId, Provider, Model, Operation, ApiKeyId, Tenant, Customer, Project, Team,
        Feature, Workflow, Environment, TraceId, InputTokens, CachedInputTokens, CacheWriteTokens,
        OutputTokens, ReasoningTokens, Requests, Quantity, Unit, CostUsd, Estimated, ColumnCount
    };

    // Empty when the header is usable; else a message naming what is missing.
    QString resolve(const QList<QByteArrayView> &header);
    qsizetype fieldCount() const { return m_fieldCount; }

    // Fills `event` from one record; an empty string on success, else the reason the row
    // is refused, naming the column. The event's text refers to the record's buffer: use
    // it before the reader moves on.
    QString read(const QList<QByteArrayView> &fields, UsageEvent *event) const;

private:
    QByteArrayView field(const QList<QByteArrayView> &fields, Column c) const;

    std::array<qsizetype, ColumnCount> m_index{};
    QList<QPair<QByteArray, qsizetype>> m_labels; // label name, field index
    qsizetype m_fieldCount = 0;
};

} // namespace costline
