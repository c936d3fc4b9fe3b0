#pragma once

#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "reports/reportrequest.h"

#include <QProcess>
#include <QString>

namespace costline::test {

// Demo usage up to 2026-11-24 and a request for November to date: the month the report
// tests read. Nullopt when the demo could not be generated.
inline std::optional<ReportRequest> demoMonth(Workspace &workspace, const QString &kind, int events, int days)
{
    DemoOptions options;
    options.events = events;
    options.days = days;
    options.endDay = *utc::parseDate("2026-11-24");
    if (!DemoGenerator(workspace).generate(options).ok)
        return std::nullopt;
    return ReportRequest{kind, *utc::parseDate("2026-11-01"), options.endDay, {}, 0, QStringLiteral("analyst"),
                         *utc::parseTimestamp("2026-11-25T09:00:00Z")};
}

// Independent of the report's formatter: cents half away from zero, thousands with commas.
inline QString expectedCents(qint64 nano)
{
    const qint64 cents = (nano + 5'000'000) / 10'000'000;
    QString whole = QString::number(cents / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return QStringLiteral("$%1.%2").arg(whole).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

// The PDF's text as pdftotext lays it out.
inline QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace costline::test
