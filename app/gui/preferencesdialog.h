#pragma once

#include "preferences.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace costline {

// Settings → Preferences…: the analyst's own choices (see Preferences). The dialog only
// edits a copy; the caller saves and applies what comes back from preferences().
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    void chooseWorkspace();

    QLineEdit *m_workspace;
    QComboBox *m_language;
    QComboBox *m_autoSync;
    QSpinBox *m_threshold;
    QComboBox *m_precision;
    QComboBox *m_theme;
};

} // namespace costline
