#pragma once

#include <QString>

namespace costline {

// How the sync of one source went.
struct SourceSyncResult
{
    QString source;
    bool ok = false;
    bool cancelled = false;
    QString error; // names the source, endpoint and page, and what to do; never the key
    qint64 pages = 0;
    qint64 rows = 0; // events and billing lines written
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 billingLines = 0;
    qint64 quarantined = 0;
    qint64 retired = 0; // rows a revised bucket no longer lists

    QString summaryLine() const
    {
        return QStringLiteral("%1: %2 pages, %3 new, %4 updated events, %5 billing lines, %6 quarantined")
            .arg(source)
            .arg(pages)
            .arg(inserted)
            .arg(updated)
            .arg(billingLines)
            .arg(quarantined)
            + (retired > 0 ? QStringLiteral(", %1 retired").arg(retired) : QString());
    }
};

} // namespace costline
