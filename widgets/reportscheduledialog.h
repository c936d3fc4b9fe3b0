#pragma once

#include "reports/reportschedule.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace costline {

// Adds a report schedule: which report (and tenant for a chargeback pack), how often, as
// PDF or CSV, into which folder. It says which file the first run writes, so what the
// choice means is plain before it is saved.
class ReportScheduleDialog final : public QDialog
{
    Q_OBJECT

public:
    // `tenants`: the workspace's tenants, offered for a chargeback pack.
    explicit ReportScheduleDialog(const QStringList &tenants, QWidget *parent = nullptr);

    ReportSchedule schedule() const;
    // The choices a test or a caller presets; the folder chooser fills the same field.
    void setFolder(const QString &folder);
    void setKind(const QString &kind);
    void setCadence(ReportSchedule::Cadence cadence);

private:
    void buildForm(const QStringList &tenants);
    void chooseFolder();
    void updateState();

    QComboBox *m_kind = nullptr;
    QComboBox *m_tenant = nullptr;
    QComboBox *m_cadence = nullptr;
    QComboBox *m_weekday = nullptr;
    QSpinBox *m_dayOfMonth = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_page = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace costline
