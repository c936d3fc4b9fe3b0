#pragma once

#include "importresult.h"

#include <QByteArrayView>
#include <QList>

#include <functional>

namespace costline {

class Workspace;

// One CSV row to store: an empty string when stored, else why the row is refused.
using RecordWriter = std::function<QString(const QList<QByteArrayView> &fields)>;

// The loop of CSV importers whose rows are not usage events (outcomes, invoices): the
// header is checked by `header`, each row goes through `write` inside one transaction,
// bad rows are quarantined with file, line and reason (or abort with strict), and a
// failure saves nothing.
ImportResult importCsvRecords(Workspace &workspace, const QString &path, const ImportOptions &options,
                              const QString &kind, const std::function<QString(const QList<QByteArrayView> &)> &header,
                              const RecordWriter &write);

} // namespace costline
