#pragma once

#include <QLocale>
#include <QString>

namespace costline {

// The locale the interface uses: the Preferences choice ("de", "fr", "en"), else the
// system's; a system without one (C) reads as US English, since amounts are USD.
QLocale interfaceLocale(const QString &language);

// Makes `locale` the default (numbers, dates, currency through QLocale) and installs
// Costline's translation and Qt's own (dialog buttons, print preview) for its language.
// English is the source language and needs no file. Call before any widget exists.
void installTranslations(const QLocale &locale);

} // namespace costline
