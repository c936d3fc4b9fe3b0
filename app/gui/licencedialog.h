#pragma once

#include "licensing/licence.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace costline {

// Help → Licence…: who the licence is for, its plan, role, seats, dates and entitlements,
// what is wrong with it if anything, and a button to load a new licence file.
class LicenceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LicenceDialog(const LicenceStatus &status, bool demoWorkspace, QWidget *parent = nullptr);

signals:
    void licenceInstalled(const LicenceStatus &status);

private:
    void show(const LicenceStatus &status);
    void loadFile();

    bool m_demo = false;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_entitlements = nullptr;
};

} // namespace costline
