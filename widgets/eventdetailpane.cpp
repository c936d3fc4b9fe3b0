#include "eventdetailpane.h"

#include "models/eventcolumns.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace costline {

EventDetailPane::EventDetailPane(QWidget *parent)
    : QWidget(parent), m_fields(new QTreeWidget(this)), m_copyTrace(new QPushButton(tr("Copy trace id"), this))
{
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_copyTrace, &QPushButton::clicked, this, &EventDetailPane::copyTraceId);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_copyTrace, 0, Qt::AlignRight);
    clear();
}

void EventDetailPane::showDetails(const EventRow &row)
{
    m_fields->clear();
    for (const auto &[label, value] : eventDetailFields(row)) {
        auto *item = new QTreeWidgetItem(m_fields, {label, value});
        item->setToolTip(1, value);
    }
    m_traceId = row.traceId;
    m_copyTrace->setEnabled(!m_traceId.isEmpty());
}

void EventDetailPane::clear()
{
    m_fields->clear();
    new QTreeWidgetItem(m_fields, {tr("Select an event to see every field.")});
    m_traceId.clear();
    m_copyTrace->setEnabled(false);
}

void EventDetailPane::copyTraceId()
{
    if (!m_traceId.isEmpty())
        QApplication::clipboard()->setText(m_traceId);
}

} // namespace costline
