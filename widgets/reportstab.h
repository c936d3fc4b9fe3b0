#pragma once

#include "licensing/licence.h"
#include "reports/report.h"
#include "reports/reportrunstore.h"
#include "tabpage.h"

#include <QComboBox>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace costline {

class InvoiceLinesPanel;
class ReportScheduleList;

// The Reports tab: pick a report for the filter bar's period (and a tenant), preview and
// print it, save it as PDF or CSV, and see the runs written before with their SHA-256. The
// period's invoice lines show their match status; a selected one is the line a dispute pack
// is built for.
// Building and writing run on the tab's worker; the plan decides which buttons work.
class ReportsTab final : public TabPage
{
    Q_OBJECT

public:
    explicit ReportsTab(QWidget *parent = nullptr);

    // What the licence allows: PDF packs, chargeback and dispute packs, export by role.
    void setEntitlements(const Entitlements &entitlements);
    QTableWidget *runTable() const { return m_runs; }
    ReportScheduleList *scheduleList() const { return m_schedules; }
    InvoiceLinesPanel *invoiceLines() const { return m_invoiceLines; }
    // Writes the chosen report to `path` on the worker; reportWritten() says how it went.
    void writeReport(ReportFormat format, const QString &path);
    // File → Print (Ctrl+P): the print preview of the chosen report, not a picture of the tab.
    void print() override { preview(); }
    // File → Export (Ctrl+E): the chosen report as CSV, where the plan and role allow it.
    bool canExport() const override;
    void exportData() override { save(ReportFormat::Csv); }

signals:
    void reportWritten(bool ok, const QString &message);
    // A report schedule was added or removed.
    void schedulesChanged();

protected:
    void reload() override;

private:
    void buildForm();
    void updateActions();
    ReportRequest currentRequest() const;
    QString lockReason(bool pdf) const { return lockReason(m_kind->currentData().toString(), pdf); }
    QString lockReason(const QString &kind, bool pdf) const;
    void preview();
    void save(ReportFormat format);
    void showRuns(const QList<ReportRun> &runs);
    void showTenants(const QStringList &tenants);

    Entitlements m_entitlements;
    QComboBox *m_kind = nullptr;
    QComboBox *m_tenant = nullptr;
    QComboBox *m_page = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_lock = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QTableWidget *m_runs = nullptr;
    ReportScheduleList *m_schedules = nullptr;
    InvoiceLinesPanel *m_invoiceLines = nullptr;
};

} // namespace costline
