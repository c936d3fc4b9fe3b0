#pragma once

#include <QString>

namespace costline {

// The analyst's own choices, kept in the user's settings (QSettings), never in a workspace:
// two analysts can open one workspace file with their own language and precision.
struct Preferences
{
    enum class Theme { System, Light, Dark };

    QString defaultWorkspace;        // opened at start when no --workspace is given; empty: the last one
    QString language;                // "" follows the system; "en", "de", "fr"
    int autoSyncMinutes = 0;         // 0 (off), 15, 60 or 240
    double anomalyThresholdPct = 0;  // 0: the workspace's signals.threshold_pct (100 % unless set)
    int moneyDecimals = 2;           // 2 (cents) or 4
    Theme theme = Theme::System;

    static Preferences load();
    void save() const;
    bool operator==(const Preferences &) const = default;
};

// The languages Costline ships, as (code, name in its own language); "" is the system's.
QList<QPair<QString, QString>> availableLanguages();

} // namespace costline
