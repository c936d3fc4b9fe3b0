#include "invoicelinesmodel.h"

#include "core/utctime.h"
#include "moneyformat.h"
#include "queryrunner.h"
#include "statuscolours.h"

#include <QBrush>
#include <QGuiApplication>

namespace costline {
namespace {

QString periodText(const InvoiceLine &line)
{
    const QString first = utc::formatDate(line.firstDay());
    return line.firstDay() == line.lastDay() ? first : first + QStringLiteral(" – ") + utc::formatDate(line.lastDay());
}

} // namespace

QString lineStatusText(LineMatch::Status status)
{
    switch (status) {
    case LineMatch::Status::Matched:
        return InvoiceLinesModel::tr("Matched");
    case LineMatch::Status::ProviderOnly:
        return InvoiceLinesModel::tr("Provider only");
    case LineMatch::Status::NoEvents:
        break;
    }
    return InvoiceLinesModel::tr("No events");
}

InvoiceLinesModel::InvoiceLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

void InvoiceLinesModel::setRunner(QueryRunner *runner)
{
    m_runner = runner;
}

void InvoiceLinesModel::load(qint64 fromDay, qint64 toDay)
{
    if (!m_runner)
        return;
    const quint64 generation = ++m_generation;
    m_runner->runFor<InvoiceMatchResult>(
        this, [fromDay, toDay](Workspace &ws) { return InvoiceMatcher(ws).run(fromDay, toDay); },
        [this, generation](const InvoiceMatchResult &result) {
            if (generation != m_generation)
                return;
            setResult(result);
            emit loaded();
        });
}

void InvoiceLinesModel::setResult(InvoiceMatchResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

QString InvoiceLinesModel::unmatchedText() const
{
    qint64 events = 0, cost = 0;
    for (const UnmatchedEvents &u : m_result.unmatched) {
        events += u.events;
        cost += u.costNano;
    }
    if (events == 0)
        return {};
    return tr("Events of the invoiced providers and periods on no invoice line: %1, costing %2.")
        .arg(formatCount(events), formatMoney(cost));
}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceLinesModel::displayValue(const LineMatch &m, int column) const
{
    switch (Column(column)) {
    case Line:
        return m.line.description;
    case Provider:
        return m.line.provider;
    case Period:
        return periodText(m.line);
    case Billed:
        return formatMoney(m.line.amountNano);
    case EventsCost:
        return formatMoney(m.costNano);
    case Delta:
        return formatMoneyDelta(m.deltaNano());
    case Events:
        return formatCount(m.events);
    case Status:
        return lineStatusText(m.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InvoiceLinesModel::rawValue(const LineMatch &m, int column) const
{
    switch (Column(column)) {
    case Billed:
        return m.line.amountNano;
    case EventsCost:
        return m.costNano;
    case Delta:
        return m.deltaNano();
    case Events:
        return m.events;
    case Period:
        return m.line.startMs;
    case Status:
        return int(m.status);
    default:
        return displayValue(m, column);
    }
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LineMatch &m = m_result.lines.at(index.row());
    const int column = index.column();
    const bool money = column == Billed || column == EventsCost || column == Delta;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(m, column);
    case RawValueRole:
        return rawValue(m, column);
    case LineIdRole:
        return m.line.id;
    case Qt::TextAlignmentRole:
        return money || column == Events ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == Status)
            return m.statusText();
        return money ? QVariant(formatMoneyExact(rawValue(m, column).toLongLong())) : QVariant(m.line.file);
    case Qt::ForegroundRole:
        if (column == Status && m.status != LineMatch::Status::Matched)
            return QBrush(costRiseColour(QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Line:
        return tr("Invoice line");
    case Provider:
        return tr("Provider");
    case Period:
        return tr("Period");
    case Billed:
        return tr("Billed");
    case EventsCost:
        return tr("Events' cost");
    case Delta:
        return tr("Delta");
    case Events:
        return tr("Events");
    case Status:
        return tr("Match");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace costline
