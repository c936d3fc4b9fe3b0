#include "invoicelinespanel.h"

#include "models/invoicelinesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {

InvoiceLinesPanel::InvoiceLinesPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new InvoiceLinesModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(InvoiceLinesModel::RawValueRole);
    m_view = new QTableView(this);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto *title = new QLabel(tr("<b>Invoice lines</b> — each imported line against the events it bills. "
                                "Select one to build its dispute pack; File → Import invoice… adds more."),
                             this);
    title->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_dispute = new QPushButton(tr("Dispute pack for this line…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_note, 1);
    row->addWidget(m_dispute);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    connect(m_model, &InvoiceLinesModel::loaded, this, &InvoiceLinesPanel::showLoaded);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButton();
        emit selectionChanged();
    });
    connect(m_dispute, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedLineId())
            emit disputeRequested(id);
    });
    updateButton();
}

void InvoiceLinesPanel::setRunner(QueryRunner *runner)
{
    m_model->setRunner(runner);
}

void InvoiceLinesPanel::load(qint64 fromDay, qint64 toDay)
{
    m_model->load(fromDay, toDay);
}

qint64 InvoiceLinesPanel::selectedLineId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(InvoiceLinesModel::LineIdRole).toLongLong();
}

void InvoiceLinesPanel::selectLine(qint64 lineId)
{
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        if (m_sorted->index(r, 0).data(InvoiceLinesModel::LineIdRole).toLongLong() == lineId) {
            m_view->selectRow(r);
            return;
        }
    }
}

void InvoiceLinesPanel::setDisputeAllowed(bool allowed, const QString &reason)
{
    m_disputeAllowed = allowed;
    m_dispute->setToolTip(reason);
    updateButton();
}

void InvoiceLinesPanel::showLoaded()
{
    const QString unmatched = m_model->unmatchedText();
    m_note->setText(m_model->rowCount() == 0
                        ? tr("No invoice line overlaps the period. Import one with File → Import invoice….")
                        : unmatched);
    m_view->resizeColumnsToContents();
    updateButton();
}

void InvoiceLinesPanel::updateButton()
{
    m_dispute->setEnabled(m_disputeAllowed && selectedLineId() != 0);
}

} // namespace costline
