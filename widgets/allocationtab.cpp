#include "allocationtab.h"

#include "allocation/allocationstore.h"
#include "allocation/allocator.h"
#include "chartview.h"
#include "models/moneyformat.h"
#include "models/recordtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {

// What the tab reads in one worker job: showback, the rules and the pending preview.
struct AllocationView
{
    Showback showback;
    QList<AllocationRule> rules;
    AllocationPreview preview;
};

namespace {

double sharePct(qint64 part, qint64 whole)
{
    return whole != 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

QList<RecordCell> ownerRow(const QString &owner, qint64 total, qint64 direct, qint64 rule, qint64 split, qint64 all)
{
    QList<RecordCell> row(AllocationTab::ColumnCount);
    row[AllocationTab::Owner] = textCell(owner);
    row[AllocationTab::Total] = moneyCell(total);
    row[AllocationTab::Direct] = moneyCell(direct);
    row[AllocationTab::Rule] = moneyCell(rule);
    row[AllocationTab::DriverSplit] = moneyCell(split);
    row[AllocationTab::Share] = percentCell(sharePct(total, all));
    return row;
}

QTableView *tableFor(RecordTableModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(RecordTableModel::RawValueRole);
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

AllocationTab::AllocationTab(QWidget *parent)
    : TabPage(parent), m_summary(new QLabel(this)), m_preview(new QLabel(this)), m_apply(new QPushButton(tr("Apply pending rules"), this)),
      m_model(new RecordTableModel({tr("Owner"), tr("Cost"), tr("Direct"), tr("Rule"), tr("Driver split"), tr("Share")},
                                   {Total, Direct, Rule, DriverSplit, Share}, this)),
      m_rules(new RecordTableModel({tr("#"), tr("Field"), tr("Pattern"), tr("Owner"), tr("State")}, {Position}, this)),
      m_chart(new ChartView(this))
{
    m_table = tableFor(m_model, this);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Showback by owner"));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(Owner, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    m_preview->setWordWrap(true);
    auto *rulesPane = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPane);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(new QLabel(tr("<b>Rules</b> (first match wins)"), rulesPane));
    m_rulesTable = tableFor(m_rules, rulesPane);
    m_rulesTable->setAccessibleName(tr("Allocation rules"));
    m_rulesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    rulesLayout->addWidget(m_rulesTable, 1);
    rulesLayout->addWidget(m_preview);
    rulesLayout->addWidget(buildRuleButtons());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 700}); // the donut's legend names owners in full
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 3);
    layout->addWidget(rulesPane, 1);
    connect(m_apply, &QPushButton::clicked, this, &AllocationTab::applyPending);
}

QString AllocationTab::summaryText() const
{
    return m_summary->text();
}

void AllocationTab::reload()
{
    const EventFilter eventFilter = filter().toEventFilter();
    const quint64 generation = this->generation();
    QPointer<AllocationTab> self(this);
    runner()
        ->run<AllocationView>([eventFilter](Workspace &ws) {
            Allocator allocator(ws);
            return AllocationView{allocator.showback(eventFilter), AllocationStore(ws).rules(), allocator.preview(eventFilter)};
        })
        .then(this, [self, generation](const AllocationView &view) {
            if (!self || self->generation() != generation)
                return;
            self->showView(view);
            self->markLoaded();
        });
}

void AllocationTab::showView(const AllocationView &view)
{
    const Showback &s = view.showback;
    QList<QList<RecordCell>> rows;
    QList<ChartItem> slices;
    qint64 otherNano = 0;
    for (const OwnerCost &o : s.owners) {
        rows << ownerRow(o.owner, o.totalNano(), o.directNano, o.ruleNano, o.driverSplitNano, s.totalNano);
        if (slices.size() < 8)
            slices << ChartItem{o.owner, o.totalNano(), o.owner};
        else
            otherNano += o.totalNano(); // keeps the donut's shares equal to the table's
    }
    if (otherNano != 0)
        slices << ChartItem{tr("Other owners"), otherNano, QString()};
    rows << ownerRow(tr("Unallocated"), s.unallocatedNano, 0, 0, 0, s.totalNano);
    slices << ChartItem{tr("Unallocated"), s.unallocatedNano, QString()};
    m_model->setRows(rows);
    m_table->sortByColumn(Total, Qt::DescendingOrder);
    m_chart->setTitle(tr("Spend by owner"));
    m_chart->showDonut(slices);
    m_summary->setText(tr("Total <b>%1</b> = allocated %2 + unallocated %3 · %n cost pool(s) split by driver", nullptr, int(s.pools.size()))
                           .arg(formatMoney(s.totalNano), formatMoney(s.allocatedNano), formatMoney(s.unallocatedNano)));
    m_summary->setToolTip(tr("%1 = %2 + %3").arg(formatMoneyExact(s.totalNano), formatMoneyExact(s.allocatedNano),
                                                 formatMoneyExact(s.unallocatedNano)));
    QList<QList<RecordCell>> ruleRows;
    for (const AllocationRule &r : view.rules)
        ruleRows << QList<RecordCell>{countCell(r.position), textCell(r.field), textCell(matchName(r.match) + QLatin1Char(' ') + r.pattern),
                                      textCell(r.owner), textCell(r.applied ? tr("applied") : tr("pending"))};
    m_rules->setRows(ruleRows);
    m_ruleList = view.rules;
    m_removeRule->setEnabled(false);
    QStringList moves;
    for (const RuleMove &m : view.preview.moves.mid(0, 5))
        moves << tr("%1 → %2: %3").arg(m.from.isEmpty() ? tr("unallocated") : m.from, m.to.isEmpty() ? tr("unallocated") : m.to,
                                       formatMoney(m.costNano));
    m_preview->setText(view.preview.pendingRules == 0
                           ? tr("No pending rules.")
                           : tr("Preview: %n pending rule(s) would move %1 — %2", nullptr, view.preview.pendingRules)
                                 .arg(formatMoney(view.preview.movedNano), moves.join(QStringLiteral("; "))));
    m_apply->setEnabled(view.preview.pendingRules > 0);
}

void AllocationTab::applyPending()
{
    // Applying moves cost between owners in every showback and chargeback from now on:
    // say what moves and how to take it back.
    const QString question = tr("%1\n\nEvery showback and chargeback then gives these costs to their new owners, "
                                "including reports already sent for these periods if they are run again. To undo, "
                                "select the rule and choose Remove rule…. Apply them?")
                                 .arg(m_preview->text());
    if (QMessageBox::question(this, tr("Apply pending rules"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_apply->setEnabled(false);
    QPointer<AllocationTab> self(this);
    runner()->run<int>([](Workspace &ws) { return AllocationStore(ws).applyRules(); }).then(this, [self](int) {
        if (self)
            self->refresh();
    });
}

} // namespace costline
