#include "allocationrule.h"

namespace costline {
namespace {

QString globToRegex(const QString &glob)
{
    QString re;
    for (const QChar c : glob) {
        if (c == QLatin1Char('*'))
            re += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    return re;
}

} // namespace

QString AllocationRule::labelName() const
{
    return field.startsWith(QLatin1String("label.")) ? field.mid(6) : QString();
}

QString matchName(AllocationRule::Match match)
{
    return match == AllocationRule::Match::Glob ? QStringLiteral("glob") : QStringLiteral("regex");
}

std::optional<AllocationRule::Match> matchFromName(const QString &name)
{
    if (name == QLatin1String("glob"))
        return AllocationRule::Match::Glob;
    if (name == QLatin1String("regex"))
        return AllocationRule::Match::Regex;
    return std::nullopt;
}

RuleMatcher::RuleMatcher(const AllocationRule &rule)
    : m_re(QRegularExpression::anchoredPattern(rule.match == AllocationRule::Match::Glob ? globToRegex(rule.pattern)
                                                                                         : rule.pattern))
{
}

bool isValidOwner(const QString &owner)
{
    const qsizetype colon = owner.indexOf(QLatin1Char(':'));
    return colon > 0 && colon < owner.size() - 1;
}

} // namespace costline
