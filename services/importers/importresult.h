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
    // The first few quarantined rows' reasons ("line 2: ..."), what a short import shows.
    QStringList firstReasons;

    // Records read: imported, quarantined or skipped.
    qint64 rowsRead() const { return inserted + updated + quarantined + skipped; }

    // An import that ran to its end yet did not do its job: nothing landed from a file that
    // is not empty, or more than half of its rows were refused. Such an import fails unless
    // the user accepts a partial import.
    enum class Shortfall { None, NothingImported, MostlyRefused };
    Shortfall shortfall() const;
    // What fell short, with the count and the first reasons; empty without a shortfall.
    QString shortfallText() const;

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
