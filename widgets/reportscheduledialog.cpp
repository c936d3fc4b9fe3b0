#include "reportscheduledialog.h"

#include "core/utctime.h"
#include "reports/reportscheduler.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace costline {

ReportScheduleDialog::ReportScheduleDialog(const QStringList &tenants, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Schedule a report"));
    buildForm(tenants);
    updateState();
}

void ReportScheduleDialog::buildForm(const QStringList &tenants)
{
    m_kind = new QComboBox(this);
    for (const QString &kind : reportKinds())
        m_kind->addItem(reportTitle(kind), kind);
    m_tenant = new QComboBox(this);
    m_tenant->addItem(tr("All tenants"), QString());
    for (const QString &t : tenants)
        m_tenant->addItem(t, t);
    m_cadence = new QComboBox(this);
    m_cadence->addItem(tr("Daily — the day before"), int(ReportSchedule::Cadence::Daily));
    m_cadence->addItem(tr("Weekly — the Monday–Sunday week before"), int(ReportSchedule::Cadence::Weekly));
    m_cadence->addItem(tr("Monthly — the calendar month before"), int(ReportSchedule::Cadence::Monthly));
    m_cadence->setCurrentIndex(2);
    m_weekday = new QComboBox(this);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_dayOfMonth = new QSpinBox(this);
    m_dayOfMonth->setRange(1, 31);
    m_dayOfMonth->setToolTip(tr("29, 30 and 31 run on the last day of shorter months."));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(tr("CSV"), int(ReportFormat::Csv));
    m_page = new QComboBox(this);
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("the folder the reports are written into"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Report"), m_kind);
    form->addRow(tr("Tenant"), m_tenant);
    form->addRow(tr("Runs"), m_cadence);
    form->addRow(tr("Weekday"), m_weekday);
    form->addRow(tr("Day of the month"), m_dayOfMonth);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Page size"), m_page);
    form->addRow(tr("Folder"), folderRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add schedule"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    connect(choose, &QPushButton::clicked, this, &ReportScheduleDialog::chooseFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *box : {m_kind, m_tenant, m_cadence, m_weekday, m_format, m_page})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportScheduleDialog::updateState);
    connect(m_dayOfMonth, &QSpinBox::valueChanged, this, &ReportScheduleDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ReportScheduleDialog::updateState);
}

ReportSchedule ReportScheduleDialog::schedule() const
{
    ReportSchedule s;
    s.kind = m_kind->currentData().toString();
    s.tenant = reportTakesTenant(s.kind) ? m_tenant->currentData().toString() : QString();
    s.cadence = ReportSchedule::Cadence(m_cadence->currentData().toInt());
    s.runDay = s.cadence == ReportSchedule::Cadence::Weekly    ? m_weekday->currentData().toInt()
               : s.cadence == ReportSchedule::Cadence::Monthly ? m_dayOfMonth->value()
                                                               : 0;
    s.format = ReportFormat(m_format->currentData().toInt());
    s.pageSize = QPageSize::PageSizeId(m_page->currentData().toInt());
    s.folder = QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    s.createdMs = QDateTime::currentMSecsSinceEpoch();
    return s;
}

void ReportScheduleDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void ReportScheduleDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

void ReportScheduleDialog::setCadence(ReportSchedule::Cadence cadence)
{
    m_cadence->setCurrentIndex(qMax(0, m_cadence->findData(int(cadence))));
}

void ReportScheduleDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for scheduled reports"), m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

void ReportScheduleDialog::updateState()
{
    const ReportSchedule s = schedule();
    m_tenant->setEnabled(reportTakesTenant(s.kind));
    m_weekday->setEnabled(s.cadence == ReportSchedule::Cadence::Weekly);
    m_dayOfMonth->setEnabled(s.cadence == ReportSchedule::Cadence::Monthly);
    // A data file for other tools (the FOCUS export) has no PDF.
    if (!reportHasPdf(s.kind) && s.format == ReportFormat::Pdf)
        m_format->setCurrentIndex(m_format->findData(int(ReportFormat::Csv)));
    m_format->setEnabled(reportHasPdf(s.kind));
    m_page->setEnabled(s.format == ReportFormat::Pdf && reportHasPdf(s.kind));
    const bool folderOk = !m_folder->text().trimmed().isEmpty() && QFileInfo(s.folder).isDir();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(folderOk);
    if (!folderOk) {
        m_preview->setText(m_folder->text().trimmed().isEmpty() ? tr("Choose the folder the reports are written into.")
                                                                : tr("That folder does not exist: create it or choose another."));
        return;
    }
    const qint64 today = utc::todayUtc();
    const auto first = scheduling::duePeriod(s, today);
    m_preview->setText(first ? tr("The first run writes %1 into the folder as soon as it is added; the next runs on %2.")
                                   .arg(scheduling::fileName(s, *first), utc::formatDate(scheduling::nextRunDay(s, today)))
                             : QString());
}

} // namespace costline
