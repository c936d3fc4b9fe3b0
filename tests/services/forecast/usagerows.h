#pragma once

#include "core/utctime.h"
#include "importers/usagecsvimporter.h"
#include "workspacefixture.h"

#include <QTest>

namespace costline::test {

// Builds a usage CSV one row at a time and imports it into a fixture's workspace.
class UsageRows final
{
public:
    // cost empty: priced from the workspace's price list at import.
    void add(const char *date, const char *model, qint64 inputTokens, qint64 outputTokens, const QByteArray &costUsd,
             const QByteArray &extra = {})
    {
        m_csv += QByteArray(date) + "T12:00:00Z,e" + QByteArray::number(++m_next) + ",p," + model + ','
                 + QByteArray::number(inputTokens) + ',' + QByteArray::number(outputTokens) + ',' + costUsd
                 + (extra.isEmpty() ? QByteArray() : ',' + extra) + '\n';
    }

    void importInto(WorkspaceFixture &fixture, const QByteArray &extraHeader = {})
    {
        const QByteArray header = "timestamp,event_id,provider,model,input_tokens,output_tokens,cost_usd"
                                  + (extraHeader.isEmpty() ? QByteArray() : ',' + extraHeader) + '\n';
        const QString path = fixture.writeFile(QStringLiteral("usage-%1.csv").arg(++m_files), header + m_csv);
        const ImportResult r = UsageCsvImporter(fixture.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.quarantined, 0);
        m_csv.clear();
    }

private:
    QByteArray m_csv;
    int m_next = 0;
    int m_files = 0;
};

inline QByteArray isoDate(qint64 day)
{
    return utc::formatDate(day).toLatin1();
}

inline qint64 usd(qint64 dollars)
{
    return dollars * 1'000'000'000;
}

} // namespace costline::test
