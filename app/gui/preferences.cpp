#include "preferences.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSettings>

namespace costline {
namespace {

const QString kDefaultWorkspace = QStringLiteral("preferences/defaultWorkspace");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kAutoSync = QStringLiteral("preferences/autoSyncMinutes");
const QString kThreshold = QStringLiteral("preferences/anomalyThresholdPct");
const QString kDecimals = QStringLiteral("preferences/moneyDecimals");
const QString kTheme = QStringLiteral("preferences/theme");

QString themeName(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::Light:
        return QStringLiteral("light");
    case Preferences::Theme::Dark:
        return QStringLiteral("dark");
    case Preferences::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.defaultWorkspace = s.value(kDefaultWorkspace).toString();
    p.language = s.value(kLanguage).toString();
    p.autoSyncMinutes = s.value(kAutoSync, 0).toInt();
    p.anomalyThresholdPct = s.value(kThreshold, 0.0).toDouble();
    p.moneyDecimals = s.value(kDecimals, 2).toInt() == 4 ? 4 : 2;
    const QString theme = s.value(kTheme).toString();
    p.theme = theme == QLatin1String("dark") ? Theme::Dark : theme == QLatin1String("light") ? Theme::Light : Theme::System;
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(kDefaultWorkspace, defaultWorkspace);
    s.setValue(kLanguage, language);
    s.setValue(kAutoSync, autoSyncMinutes);
    s.setValue(kThreshold, anomalyThresholdPct);
    s.setValue(kDecimals, moneyDecimals);
    s.setValue(kTheme, themeName(theme));
}

QList<QPair<QString, QString>> availableLanguages()
{
    // Each language names itself, so a user lost in a foreign UI still finds their own.
    return {{QString(), QCoreApplication::translate("costline::Preferences", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

} // namespace costline
