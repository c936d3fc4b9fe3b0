#include "importresult.h"

namespace costline {

ImportResult::Shortfall ImportResult::shortfall() const
{
    if (!ok)
        return Shortfall::None;
    if (inserted + updated == 0)
        return Shortfall::NothingImported;
    return quarantined * 2 > rowsRead() ? Shortfall::MostlyRefused : Shortfall::None;
}

QString ImportResult::shortfallText() const
{
    const QString reasons = firstReasons.isEmpty()
                                ? QString()
                                : QStringLiteral("; first reasons: %1").arg(firstReasons.join(QStringLiteral("; ")));
    switch (shortfall()) {
    case Shortfall::None:
        break;
    case Shortfall::NothingImported:
        if (quarantined > 0)
            return QStringLiteral("nothing was imported: all %1 rows were refused%2").arg(quarantined).arg(reasons);
        return QStringLiteral("nothing was imported: the file holds a header but no row; is it the export you meant?");
    case Shortfall::MostlyRefused:
        return QStringLiteral("%1 of %2 rows were refused, more than half; %3 were imported%4")
            .arg(quarantined)
            .arg(rowsRead())
            .arg(inserted + updated)
            .arg(reasons);
    }
    return {};
}

} // namespace costline
