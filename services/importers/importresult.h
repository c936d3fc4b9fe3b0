#pragma once

#include <QString>
#include <QStringList>

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
    // Records read and left out on purpose, not errors: a trace's spans that carry no usage
    // or that wrap calls counted from other spans. One line per kind says how many and why.
    qint64 skipped = 0;
    QStringList skipReasons;

    // The line every import ends with.
    QString summaryLine() const
    {
        QString line = QStringLiteral("imported %1 new, %2 updated, %3 quarantined").arg(inserted).arg(updated).arg(quarantined);
        if (skipped > 0)
            line += QStringLiteral(", %1 skipped").arg(skipped);
        return line;
    }
};

} // namespace costline
