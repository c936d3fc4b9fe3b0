#pragma once

#include <QString>

#include <functional>

namespace costline {

// Called now and then with bytes read so far; returning false cancels the import.
using ImportProgress = std::function<bool(qint64 bytesRead, qint64 bytesTotal)>;

struct ImportOptions
{
    QString sourceName;   // defaults to the importer's kind ("csv")
    bool strict = false;  // any bad row aborts the whole file
    ImportProgress progress;
};

struct ImportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // what went wrong, where, and what to do
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 quarantined = 0;

    // The line every import ends with.
    QString summaryLine() const
    {
        return QStringLiteral("imported %1 new, %2 updated, %3 quarantined").arg(inserted).arg(updated).arg(quarantined);
    }
};

} // namespace costline
