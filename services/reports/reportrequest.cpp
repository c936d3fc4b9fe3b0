#include "reportrequest.h"

#include "core/utctime.h"

namespace costline {

QString ReportRequest::parameters() const
{
    QString text = QStringLiteral("from=%1 to=%2").arg(utc::formatDate(fromDay), utc::formatDate(toDay));
    if (!tenant.isEmpty())
        text += QStringLiteral(" tenant=") + tenant;
    if (invoiceLineId != 0)
        text += QStringLiteral(" line=") + QString::number(invoiceLineId);
    return text;
}

QStringList reportKinds()
{
    return {QStringLiteral("chargeback"), QStringLiteral("drivers"), QStringLiteral("showback"), QStringLiteral("dispute"),
            QStringLiteral("focus")};
}

QString reportTitle(const QString &kind)
{
    if (kind == QLatin1String("chargeback"))
        return QStringLiteral("Chargeback pack");
    if (kind == QLatin1String("drivers"))
        return QStringLiteral("Cost drivers summary");
    if (kind == QLatin1String("showback"))
        return QStringLiteral("Showback by owner");
    if (kind == QLatin1String("dispute"))
        return QStringLiteral("Invoice dispute evidence pack");
    if (kind == QLatin1String("focus"))
        return QStringLiteral("FOCUS export");
    return kind;
}

QString reportEntitlement(const QString &kind, bool pdf)
{
    if (kind == QLatin1String("chargeback"))
        return QStringLiteral("chargeback_pack");
    if (kind == QLatin1String("dispute"))
        return QStringLiteral("dispute_pack");
    if (kind == QLatin1String("showback") && !pdf)
        return QStringLiteral("allocation");
    return pdf ? QStringLiteral("pdf_reports") : QStringLiteral("csv_export");
}

QStringList reportEntitlements(const QString &kind, bool pdf)
{
    QStringList needed;
    if (kind == QLatin1String("showback") && pdf)
        needed << reportEntitlement(kind, false);
    return needed << reportEntitlement(kind, pdf);
}

bool reportIsPack(const QString &kind)
{
    return kind == QLatin1String("chargeback") || kind == QLatin1String("dispute");
}

bool reportHasPdf(const QString &kind)
{
    return kind != QLatin1String("focus");
}

bool reportTakesTenant(const QString &kind)
{
    return kind == QLatin1String("chargeback") || kind == QLatin1String("showback") || kind == QLatin1String("focus");
}

} // namespace costline
