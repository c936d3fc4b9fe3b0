#include "reportstab.h"

#include "core/utctime.h"
#include "filterbar.h"
#include "invoicelinespanel.h"
#include "reportschedulelist.h"
#include "workspace/summaryquery.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace costline {
namespace {

enum RunColumn { GeneratedAt, Kind, Parameters, Format, File, Sha256, RunColumnCount };

} // namespace

ReportsTab::ReportsTab(QWidget *parent) : TabPage(parent)
{
    buildForm();
    updateActions();
}

void ReportsTab::buildForm()
{
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Chargeback pack"), QStringLiteral("chargeback"));
    m_kind->addItem(tr("Cost drivers summary"), QStringLiteral("drivers"));
    m_kind->addItem(tr("Showback by owner"), QStringLiteral("showback"));
    m_kind->addItem(tr("Invoice dispute evidence pack"), QStringLiteral("dispute"));
    m_kind->addItem(tr("FOCUS export (CSV)"), QStringLiteral("focus"));
    m_tenant = new QComboBox(this);
    m_tenant->addItem(tr("All tenants"), QString());
    m_page = new QComboBox(this);
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_period = new QLabel(this);
    m_lock = new QLabel(this);
    m_lock->setWordWrap(true);
    m_lock->setForegroundRole(QPalette::PlaceholderText);
    for (QComboBox *box : {m_kind, m_tenant, m_page})
        box->setMaximumWidth(360);
    auto *form = new QFormLayout;
    form->addRow(tr("Report"), m_kind);
    form->addRow(tr("Period"), m_period);
    form->addRow(tr("Tenant"), m_tenant);
    form->addRow(tr("Page size"), m_page);
    m_preview = new QPushButton(tr("Print preview…"), this);
    m_pdf = new QPushButton(tr("Save PDF…"), this);
    m_csv = new QPushButton(tr("Save CSV…"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_preview, m_pdf, m_csv})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_runs = new QTableWidget(0, RunColumnCount, this);
    m_runs->setHorizontalHeaderLabels({tr("Generated at"), tr("Report"), tr("Parameters"), tr("Format"), tr("File"), tr("SHA-256")});
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setStretchLastSection(true);
    auto *runsTitle = new QLabel(tr("<b>Reports written</b> — each file's SHA-256 lets anyone check it is unchanged."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_lock);
    m_invoiceLines = new InvoiceLinesPanel(this);
    connect(m_invoiceLines, &InvoiceLinesPanel::disputeRequested, this, [this] {
        m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("dispute")));
        save(ReportFormat::Pdf);
    });
    layout->addSpacing(8);
    layout->addWidget(m_invoiceLines, 1);
    m_schedules = new ReportScheduleList(this);
    connect(m_schedules, &ReportScheduleList::schedulesChanged, this, &ReportsTab::schedulesChanged);
    layout->addSpacing(8);
    layout->addWidget(m_schedules, 1);
    layout->addSpacing(8);
    layout->addWidget(runsTitle);
    layout->addWidget(m_runs, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsTab::updateActions);
    connect(m_preview, &QPushButton::clicked, this, &ReportsTab::preview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { save(ReportFormat::Pdf); });
    connect(m_csv, &QPushButton::clicked, this, [this] { save(ReportFormat::Csv); });
}

void ReportsTab::setEntitlements(const Entitlements &entitlements)
{
    m_entitlements = entitlements;
    m_schedules->setEntitlements(entitlements);
    updateActions();
}

QString ReportsTab::lockReason(const QString &kind, bool pdf) const
{
    const QString title = m_kind->itemText(m_kind->findData(kind));
    if (pdf && !reportHasPdf(kind))
        return tr("The %1 is a data file for other FinOps tools: CSV only.").arg(title);
    for (const QString &needed : reportEntitlements(kind, pdf)) {
        if (m_entitlements.allows(needed))
            continue;
        // A pack is one capability whatever its format; a plain report is locked only as PDF.
        const QString what = needed == entitlement::pdfReports() ? tr("%1 as PDF").arg(title) : title;
        return tr("%1 is included in the %2 plan and above; this workbench runs on the %3 plan.")
            .arg(what, planDisplayName(planIncluding(needed)), planDisplayName(m_entitlements.plan()));
    }
    if (reportIsPack(kind) && !m_entitlements.canExportPack(reportEntitlement(kind, pdf)))
        return tr("A viewer licence can preview the %1 but not export it.").arg(title.toLower());
    return {};
}

void ReportsTab::updateActions()
{
    const QString pdfLock = lockReason(true);
    const QString csvLock = lockReason(false);
    const QString kind = m_kind->currentData().toString();
    // Previewing is printing: every plan may print, but a pack is only shown where the plan has it.
    const bool canPreview = m_entitlements.allows(entitlement::print()) && reportHasPdf(kind)
                            && (kind == QLatin1String("drivers") || m_entitlements.allows(reportEntitlement(kind, false)));
    m_preview->setEnabled(canPreview);
    m_pdf->setEnabled(pdfLock.isEmpty());
    m_csv->setEnabled(csvLock.isEmpty());
    m_pdf->setToolTip(pdfLock);
    m_csv->setToolTip(csvLock);
    // A CSV-only export is not a licence matter: its note stands alone.
    QString note = reportHasPdf(kind) ? pdfLock : QString();
    if (!csvLock.isEmpty() && csvLock != pdfLock)
        note += QLatin1Char(' ') + csvLock;
    m_lock->setText(!note.isEmpty() ? note + tr(" Help → Licence… shows your licence.") : reportHasPdf(kind) ? QString() : pdfLock);
    m_tenant->setEnabled(reportTakesTenant(kind));
    const QString disputeLock = lockReason(QStringLiteral("dispute"), true);
    m_invoiceLines->setDisputeAllowed(disputeLock.isEmpty(), disputeLock);
}

ReportRequest ReportsTab::currentRequest() const
{
    ReportRequest r;
    r.kind = m_kind->currentData().toString();
    r.fromDay = filter().range.fromDay;
    r.toDay = filter().range.toDay;
    r.tenant = reportTakesTenant(r.kind) ? m_tenant->currentData().toString() : QString();
    r.invoiceLineId = r.kind == QLatin1String("dispute") ? m_invoiceLines->selectedLineId() : 0;
    r.generatedBy = qEnvironmentVariable("USER");
    r.nowMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

void ReportsTab::reload()
{
    m_period->setText(formatDayRange(filter().range));
    if (!runner())
        return;
    m_schedules->setRunner(runner());
    m_schedules->reload();
    m_invoiceLines->setRunner(runner());
    m_invoiceLines->load(filter().range.fromDay, filter().range.toDay);
    const quint64 gen = generation();
    QPointer<ReportsTab> self(this);
    const ReportRequest request = currentRequest();
    struct Loaded
    {
        QList<ReportRun> runs;
        QStringList tenants;
    };
    runner()
        ->run<Loaded>([request](Workspace &ws) {
            EventFilter f;
            f.fromDay = request.fromDay;
            f.toDay = request.toDay;
            Loaded out{ReportRunStore(ws).list(), {}};
            for (const SummaryGroup &g : SummaryQuery(ws).run(f, {Grouping{GroupKey::Dim, Dimension::Tenant}}).groups) {
                if (!g.key.value(0).isEmpty())
                    out.tenants << g.key.value(0);
            }
            out.tenants.sort();
            return out;
        })
        .then(this, [self, gen](const Loaded &loaded) {
            if (!self || self->generation() != gen)
                return;
            self->showRuns(loaded.runs);
            self->showTenants(loaded.tenants);
            self->markLoaded();
        });
}

void ReportsTab::showTenants(const QStringList &tenants)
{
    m_schedules->setTenants(tenants);
    const QString chosen = m_tenant->currentData().toString();
    while (m_tenant->count() > 1)
        m_tenant->removeItem(1);
    for (const QString &t : tenants)
        m_tenant->addItem(t, t);
    m_tenant->setCurrentIndex(qMax(0, m_tenant->findData(chosen)));
}

void ReportsTab::showRuns(const QList<ReportRun> &runs)
{
    m_runs->setRowCount(int(runs.size()));
    for (int i = 0; i < runs.size(); ++i) {
        const ReportRun &run = runs.at(i);
        const QStringList cells{utc::formatTimestamp(run.generatedAtMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                reportTitle(run.kind), run.parameters, run.format.toUpper(), run.file, run.sha256};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_runs->setItem(i, c, item);
        }
    }
    m_runs->resizeColumnsToContents();
}

} // namespace costline
