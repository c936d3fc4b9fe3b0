#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace costline {

// Where one endpoint of a source stands. Between runs only doneUntilMs matters; during a
// run the window and the next page are kept too, so a sync killed mid-run resumes at the
// page after the last one committed.
struct EndpointCursor
{
    qint64 doneUntilMs = 0; // everything before this was read in a completed run
    qint64 runStartMs = 0;
    qint64 runEndMs = 0;    // 0: no run in progress
    QString page;           // the next page of the run in progress

    bool inRun() const { return runEndMs > 0; }
};

// A source's cursor, stored as JSON in sources.cursor and written in the same
// transaction as the rows of each page.
class SyncCursor final
{
public:
    static SyncCursor fromJson(const QByteArray &json);
    QByteArray toJson() const;

    EndpointCursor endpoint(const QString &name) const { return m_endpoints.value(name); }
    void setEndpoint(const QString &name, const EndpointCursor &cursor) { m_endpoints.insert(name, cursor); }

private:
    QMap<QString, EndpointCursor> m_endpoints;
};

} // namespace costline
