#pragma once

#include "importers/importresult.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QMessageBox;
class QWidget;
QT_END_NAMESPACE

namespace costline {

// An import that ran to its end but fell short (nothing imported from a file that is not
// empty, or most rows refused), as a window-modal warning with the count and the first
// reasons; the caller opens it. Null when the import did its job.
QMessageBox *importShortfallBox(const ImportResult &result, const QString &file, QWidget *parent);

} // namespace costline
