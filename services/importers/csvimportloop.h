#pragma once

#include "core/usageevent.h"
#include "importresult.h"

#include <QByteArrayView>
#include <QList>

#include <functional>

class QIODevice;

namespace costline {

class Workspace;

// Resolves the header; an empty string when usable, else why not (nothing is imported).
using CsvHeaderReader = std::function<QString(const QList<QByteArrayView> &header)>;
// Fills an event from one record; an empty string on success, else why the row is refused.
using CsvRowReader = std::function<QString(const QList<QByteArrayView> &fields, const QByteArray &raw, UsageEvent *event)>;

// The loop every CSV importer of usage events shares: one transaction, bad rows
// quarantined with file, line and reason (or the whole file refused with `strict`),
// progress and cancel, nothing saved on any failure.
ImportResult importCsvEvents(Workspace &workspace, QIODevice *device, const QString &displayName,
                             const ImportOptions &options, const QString &kind, const CsvHeaderReader &readHeader,
                             const CsvRowReader &readRow);

} // namespace costline
