#pragma once

#include "licensing/licence.h"

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace costline {

// Help → About Costline: version, the licence in force in one line, the Qt version.
void showAboutBox(QWidget *parent, const LicenceStatus &licence);
// What the About box says about the licence: "Business plan, licensed to ACME Corp until 2027-06-30".
QString licenceSummary(const LicenceStatus &licence);
// Help → User guide (F1): the guide shipped with the program, in the interface language
// where there is a translation of it, else in English.
void showUserGuide(QWidget *parent);

} // namespace costline
