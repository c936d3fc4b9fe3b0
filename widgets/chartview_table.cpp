// The table side of ChartView: the same numbers as the chart, as rows a screen reader or
// a keyboard user can walk, and the one-sentence summary the chart gives assistive tools.
#include "chartview.h"

#include "models/moneyformat.h"

#include <QAction>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>

#include <algorithm>

namespace costline {
namespace {

// How many series or items the spoken summary names before it stops.
constexpr int kSummaryItems = 5;

qint64 sum(const QList<qint64> &values)
{
    qint64 total = 0;
    for (const qint64 v : values)
        total += v;
    return total;
}

double sharePercent(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0; // a ratio for display only
}

} // namespace

void ChartView::buildTable()
{
    m_tableModel = new RecordTableModel({}, {}, this);
    m_table = new QTableView(this);
    m_table->setModel(m_tableModel);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_table);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_tableAction = new QAction(tr("Show as &table"), this);
    m_tableAction->setCheckable(true);
    m_tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tableAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tableAction->setToolTip(tr("Show the chart's numbers as a table (Ctrl+T)"));
    connect(m_tableAction, &QAction::toggled, this, &ChartView::setTableShown);
    addAction(m_tableAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

bool ChartView::isTableShown() const
{
    return m_tableAction->isChecked();
}

void ChartView::setTableShown(bool shown)
{
    m_tableAction->setChecked(shown);
    if (m_stack->currentWidget() == static_cast<QWidget *>(m_message))
        return;
    QWidget *wanted = shown ? static_cast<QWidget *>(m_table) : m_view;
    const bool hadFocus = m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(wanted);
    if (hadFocus)
        wanted->setFocus(Qt::OtherFocusReason);
}

void ChartView::describe(const QString &summary)
{
    setAccessibleDescription(summary);
    m_view->setAccessibleDescription(summary);
    m_table->setAccessibleName(tr("%1 (table)").arg(m_title));
    m_table->setAccessibleDescription(summary);
}

void ChartView::setStackedTable(const QStringList &categories, const QList<MoneySeries> &series, const QString &categoryTitle)
{
    QStringList headers{categoryTitle};
    QList<int> right;
    for (const MoneySeries &s : series) {
        right << int(headers.size());
        headers << s.name;
    }
    right << int(headers.size());
    headers << tr("Total");
    QList<QList<RecordCell>> rows;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QList<RecordCell> row{textCell(categories.at(i))};
        qint64 total = 0;
        for (const MoneySeries &s : series) {
            row << moneyCell(s.valuesNano.value(i));
            total += s.valuesNano.value(i);
        }
        row << moneyCell(total);
        rows << row;
    }
    m_tableModel->setTable(headers, right, rows);
    QList<QPair<qint64, QString>> totals;
    qint64 all = 0;
    for (const MoneySeries &s : series) {
        totals.append({sum(s.valuesNano), s.name});
        all += totals.last().first;
    }
    std::sort(totals.begin(), totals.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[nano, name] : totals.mid(0, kSummaryItems))
        parts << QStringLiteral("%1 %2").arg(name, formatMoney(nano));
    describe(tr("Stacked columns over %n categories, total %1: %2.", nullptr, int(categories.size()))
                 .arg(formatMoney(all), parts.join(QStringLiteral(", "))));
}

void ChartView::setItemTable(const QList<ChartItem> &items, const QString &valueTitle, bool donut, bool signedValues)
{
    qint64 total = 0;
    for (const ChartItem &item : items)
        total += qMax<qint64>(0, item.valueNano);
    QList<QList<RecordCell>> rows;
    QStringList parts;
    for (const ChartItem &item : items) {
        QList<RecordCell> row{textCell(item.label), moneyCell(item.valueNano)};
        const QString amount = signedValues ? formatMoneyDelta(item.valueNano) : formatMoney(item.valueNano);
        row.first().raw = item.key.isEmpty() ? item.label : item.key;
        row[1].text = amount;
        if (donut) {
            const double share = sharePercent(qMax<qint64>(0, item.valueNano), total);
            row << percentCell(share);
            if (parts.size() < kSummaryItems)
                parts << tr("%1 %2 (%3)").arg(item.label, amount, formatPercent(share));
        } else if (parts.size() < kSummaryItems) {
            parts << QStringLiteral("%1 %2").arg(item.label, amount);
        }
        rows << row;
    }
    QStringList headers{tr("Item"), valueTitle};
    if (donut)
        headers << tr("Share");
    m_tableModel->setTable(headers, donut ? QList<int>{1, 2} : QList<int>{1}, rows);
    const QString list = parts.join(QStringLiteral(", "));
    describe(donut ? tr("Ring chart of %n item(s), total %1: %2.", nullptr, int(items.size())).arg(formatMoney(total), list)
                   : tr("Bar chart of %n item(s), largest first: %1.", nullptr, int(items.size())).arg(list));
}

} // namespace costline
