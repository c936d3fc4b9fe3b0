#include "budgetsmodel.h"

#include "budgets/budgetstore.h"
#include "core/utctime.h"
#include "moneyformat.h"
#include "queryrunner.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

#include <QRegularExpression>

namespace costline {

struct BudgetsModel::Snapshot
{
    bool ok = false;
    QString error;
    QList<BudgetStatus> statuses;
    qint64 asOfDay = 0;
};

QString budgetScopeText(const QMap<Dimension, QString> &scope)
{
    if (scope.isEmpty())
        return BudgetsModel::tr("all spend");
    QStringList pairs;
    for (auto it = scope.cbegin(); it != scope.cend(); ++it)
        pairs << dimensionName(it.key()) + QLatin1Char('=') + it.value();
    return pairs.join(QStringLiteral(", "));
}

bool parseBudgetScope(const QString &text, QMap<Dimension, QString> *scope, QString *error)
{
    scope->clear();
    static const QRegularExpression kSeparators(QStringLiteral("[,\\n]"));
    for (const QString &part : text.split(kSeparators, Qt::SkipEmptyParts)) {
        const QString pair = part.trimmed();
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const auto dim = eq > 0 ? dimensionFromName(pair.left(eq).trimmed()) : std::nullopt;
        const QString value = eq > 0 ? pair.mid(eq + 1).trimmed() : QString();
        if (!dim || value.isEmpty() || *dim == Dimension::Source) {
            *error = BudgetsModel::tr("'%1' is not DIMENSION=VALUE (for example team=support)").arg(pair);
            return false;
        }
        scope->insert(*dim, value);
    }
    return true;
}

QString budgetPeriodText(Budget::Period period)
{
    switch (period) {
    case Budget::Period::Daily:
        return BudgetsModel::tr("Daily");
    case Budget::Period::Weekly:
        return BudgetsModel::tr("Weekly (from Monday)");
    case Budget::Period::Monthly:
        break;
    }
    return BudgetsModel::tr("Monthly");
}

QString budgetStateText(const BudgetStatus &status)
{
    if (!status.budget.enabled)
        return BudgetsModel::tr("Off");
    switch (status.state) {
    case BudgetStatus::State::Ok:
        return status.projectedOverLimit ? BudgetsModel::tr("OK, projected over") : BudgetsModel::tr("OK");
    case BudgetStatus::State::Soft:
        return BudgetsModel::tr("Soft limit");
    case BudgetStatus::State::Hard:
        break;
    }
    return BudgetsModel::tr("Over limit");
}

QColor budgetStateColour(BudgetStatus::State state)
{
    switch (state) {
    case BudgetStatus::State::Ok:
        return QColor(0x2E, 0x9D, 0x5B);
    case BudgetStatus::State::Soft:
        return QColor(0xE0, 0x9A, 0x1A);
    case BudgetStatus::State::Hard:
        break;
    }
    return QColor(0xD6, 0x45, 0x35);
}

BudgetsModel::BudgetsModel(QObject *parent) : QAbstractTableModel(parent) {}

void BudgetsModel::setRunner(QueryRunner *runner)
{
    m_runner = runner;
}

void BudgetsModel::load()
{
    run({});
}

void BudgetsModel::saveBudget(const Budget &budget, const QString &replacesName)
{
    run([budget, replacesName](Workspace &ws, QString *error) {
        if (!ws.begin(error))
            return false;
        BudgetStore store(ws);
        if (!store.save(budget, error)) {
            ws.rollback();
            return false;
        }
        if (!replacesName.isEmpty() && replacesName != budget.name)
            store.remove(replacesName);
        return ws.commit(error);
    });
}

void BudgetsModel::removeBudget(const QString &name)
{
    run([name](Workspace &ws, QString *error) {
        if (BudgetStore(ws).remove(name))
            return true;
        *error = tr("No budget is named %1 any more.").arg(name);
        return false;
    });
}

void BudgetsModel::run(Write write)
{
    if (!m_runner)
        return;
    QPointer<QueryRunner> runner = m_runner;
    const bool isWrite = bool(write);
    m_runner->runFor<Snapshot>(
        this,
        [write](Workspace &ws) {
            Snapshot s;
            if (write && !write(ws, &s.error))
                return s;
            // The latest day with data, as `costline-cli budget status` does: a cached
            // workspace opened weeks later still shows the period its data is in.
            s.asOfDay = SummaryQuery(ws).lastDay().value_or(utc::todayUtc());
            s.statuses = BudgetEvaluator(ws).evaluate(BudgetStore(ws).list(), s.asOfDay);
            s.ok = true;
            return s;
        },
        [this, runner, isWrite](Snapshot s) {
            if (!s.ok && s.error.isEmpty() && runner)
                s.error = runner->lastError();
            // A failure must never read as a blank line: the store does not always say why.
            if (!s.ok && s.error.isEmpty())
                s.error = tr("The workspace did not take the change; it may be busy with a sync. Try again.");
            onSnapshot(s, isWrite);
        });
}

void BudgetsModel::onSnapshot(const Snapshot &snapshot, bool wasWrite)
{
    if (!snapshot.ok) {
        wasWrite ? emit changeFailed(snapshot.error) : emit loadFailed(snapshot.error);
        return;
    }
    setStatuses(snapshot.statuses, snapshot.asOfDay);
    emit loaded();
    if (wasWrite)
        emit budgetsChanged();
}

void BudgetsModel::setStatuses(QList<BudgetStatus> statuses, qint64 asOfDay)
{
    beginResetModel();
    m_statuses = std::move(statuses);
    m_asOfDay = asOfDay;
    endResetModel();
}

int BudgetsModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_statuses.size(); ++i) {
        if (m_statuses.at(i).budget.name == name)
            return i;
    }
    return -1;
}

int BudgetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

int BudgetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetsModel::displayValue(const BudgetStatus &s, int column) const
{
    switch (column) {
    case Name:
        return s.budget.name;
    case Scope:
        return budgetScopeText(s.budget.scope);
    case Period:
        return budgetPeriodText(s.budget.period);
    case Limit:
        return formatMoney(s.budget.limitNano);
    case SoftLimit:
        return tr("%1 %").arg(s.budget.softPct);
    case Enabled:
        return s.budget.enabled ? tr("on") : tr("off");
    case Spend:
        return formatMoney(s.spendNano);
    case Used:
        return formatPercent(s.utilisationPct);
    case Projected:
        return formatMoney(s.projectedNano);
    case State:
        return budgetStateText(s);
    }
    return {};
}

QVariant BudgetsModel::rawValue(const BudgetStatus &s, int column) const
{
    switch (column) {
    case Period:
        return int(s.budget.period);
    case Limit:
        return s.budget.limitNano;
    case SoftLimit:
        return s.budget.softPct;
    case Enabled:
        return s.budget.enabled;
    case Spend:
        return s.spendNano;
    case Used:
        return s.utilisationPct;
    case Projected:
        return s.projectedNano;
    case State:
        return s.budget.enabled ? int(s.state) : -1;
    default:
        return displayValue(s, column);
    }
}

QVariant BudgetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BudgetStatus &s = m_statuses.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, column);
    case RawValueRole:
        return rawValue(s, column);
    case NameRole:
        return s.budget.name;
    case Qt::DecorationRole:
        return column == State && s.budget.enabled ? QVariant(budgetStateColour(s.state)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Limit || column == SoftLimit || column == Spend || column == Used || column == Projected
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        if (column == Spend || column == Projected)
            return tr("%1 to %2 (UTC)").arg(utc::formatDate(s.periodStart), utc::formatDate(s.periodEnd));
        return {};
    }
    return {};
}

QVariant BudgetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const kTitles[] = {QT_TR_NOOP("Name"),  QT_TR_NOOP("Scope"),     QT_TR_NOOP("Period"),
                                          QT_TR_NOOP("Limit"), QT_TR_NOOP("Soft limit"), QT_TR_NOOP("Enabled"),
                                          QT_TR_NOOP("Spend"), QT_TR_NOOP("Used"),       QT_TR_NOOP("Projected"),
                                          QT_TR_NOOP("State")};
    return section >= 0 && section < ColumnCount ? tr(kTitles[section]) : QVariant();
}

} // namespace costline
