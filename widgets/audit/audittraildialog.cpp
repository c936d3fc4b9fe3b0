#include "audittraildialog.h"

#include "models/audittrailmodel.h"
#include "models/queryrunner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {

AuditTrailDialog::AuditTrailDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_runner(new QueryRunner(workspacePath, this)), m_model(new AuditTrailModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Audit trail"));
    m_model->setRunner(m_runner);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditTrailModel::RawValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTrailModel::Seq, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit trail entries"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by user, action, object or value"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the audit trail"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *verify = new QPushButton(tr("Verify again"), this);
    connect(verify, &QPushButton::clicked, this, &AuditTrailDialog::reload);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(verify);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(close);
    connect(m_model, &AuditTrailModel::loaded, this, &AuditTrailDialog::showVerification);
    resize(1100, 560);
    reload();
}

void AuditTrailDialog::reload()
{
    m_status->setText(tr("Reading the audit trail and verifying its chain…"));
    m_model->load();
}

QString AuditTrailDialog::statusText() const
{
    return m_status->text();
}

void AuditTrailDialog::showVerification()
{
    const AuditVerification &v = m_model->verification();
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, v.intact ? palette.color(QPalette::Text) : QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(palette);
    if (!v.intact) {
        m_status->setText(tr("The chain is broken at entry %1: %2. Entries before it are intact. Keep this workspace as "
                             "evidence and restore a copy from a backup to go on working.")
                              .arg(v.brokenSeq)
                              .arg(v.problem));
    } else if (v.entries == 0) {
        m_status->setText(tr("Nothing recorded yet: changes to prices, budgets, rules, sources and triage, and every report "
                             "and export, will be listed here."));
    } else {
        m_status->setText(tr("The chain verifies: %n entries, each linked to the one before by its SHA-256; the last is entry "
                             "%1 with hash %2.", nullptr, int(v.entries))
                              .arg(v.head.seq)
                              .arg(QString::fromLatin1(v.head.hash)));
    }
    m_table->resizeColumnsToContents();
    for (const int column : {AuditTrailModel::Before, AuditTrailModel::After})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));
}

} // namespace costline
