#include "priceentry.h"

#include <QRegularExpression>

namespace costline {

bool PriceEntry::isGlob() const
{
    return isGlobPattern(modelPattern);
}

int PriceEntry::literalLength() const
{
    int length = 0;
    bool inClass = false;
    for (const QChar c : modelPattern) {
        if (c == QLatin1Char('['))
            inClass = true;
        else if (c == QLatin1Char(']'))
            inClass = false;
        else if (!inClass && c != QLatin1Char('*') && c != QLatin1Char('?'))
            ++length;
    }
    return length;
}

bool PriceEntry::matchesModel(const QString &model) const
{
    return isGlob() ? globMatches(modelPattern, model) : model == modelPattern;
}

QString originName(PriceEntry::Origin origin)
{
    return origin == PriceEntry::Origin::User ? QStringLiteral("user") : QStringLiteral("catalog");
}

bool isGlobPattern(const QString &pattern)
{
    return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?')) || pattern.contains(QLatin1Char('['));
}

bool globMatches(const QString &pattern, const QString &text, Qt::CaseSensitivity cs)
{
    // Qt 6.4's wildcard conversion treats '/' as a path separator; model names are not paths.
    QString regex;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else if (c == QLatin1Char('[') || c == QLatin1Char(']'))
            regex += c;
        else
            regex += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex), cs == Qt::CaseInsensitive
                                                                              ? QRegularExpression::CaseInsensitiveOption
                                                                              : QRegularExpression::NoPatternOption);
    return re.match(text).hasMatch();
}

} // namespace costline
