#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace costline {

QLocale interfaceLocale(const QString &language)
{
    if (!language.isEmpty())
        return QLocale(language);
    const QLocale system;
    if (system.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return system;
}

void installTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
        return;
    auto *costline = new QTranslator(QCoreApplication::instance());
    if (costline->load(locale, QStringLiteral("costline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(costline);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace costline
