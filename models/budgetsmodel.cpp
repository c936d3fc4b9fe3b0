#include "budgetsmodel.h"

#include "budgets/budgetstore.h"
#include "core/utctime.h"
#include "moneyformat.h"
#include "queryrunner.h"
#include "workspaceinfo.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

#include <QRegularExpression>

namespace costline {

struct BudgetsModel::Snapshot
{
    bool read = false; // false when the worker could not open the workspace
    bool ok = false;   // read, and the write before it (if any) went through
    QString error;
    QList<BudgetStatus> statuses;
    QMap<Dimension, QStringList> scopeValues;
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

QString budgetManagedByText(Budget::ManagedBy managedBy)
{
    return managedBy == Budget::ManagedBy::Tenant ? BudgetsModel::tr("Tenant") : BudgetsModel::tr("Platform");
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

void BudgetsModel::saveBudget(const Budget &budget)
{
    run([budget](Workspace &ws, QString *error) { return BudgetStore(ws).save(budget, error); });
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

QList<Budget> BudgetsModel::budgets() const
{
    QList<Budget> out;
    for (const BudgetStatus &s : m_statuses)
        out << s.budget;
    return out;
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
            QString writeError;
            const bool wrote = !write || write(ws, &writeError);
            // The latest day with data, as `costline-cli budget status` does: a cached
            // workspace opened weeks later still shows the period its data is in.
            s.asOfDay = SummaryQuery(ws).lastDay().value_or(utc::todayUtc());
            s.statuses = BudgetEvaluator(ws).evaluate(BudgetStore(ws).list(), s.asOfDay);
            s.scopeValues = loadWorkspaceInfo(ws, {Dimension::Tenant, Dimension::ApiKey}).values;
            s.read = true;
            s.ok = wrote;
            s.error = writeError;
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
    if (snapshot.read) {
        m_scopeValues = snapshot.scopeValues;
        setStatuses(snapshot.statuses, snapshot.asOfDay);
        emit loaded();
    }
    if (!snapshot.ok) {
        wasWrite ? emit changeFailed(snapshot.error) : emit loadFailed(snapshot.error);
        return;
    }
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
    case ManagedBy:
        return budgetManagedByText(s.budget.managedBy);
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
    case Version:
        return s.budget.version;
    case Spend:
        return formatMoney(s.spendNano);
    case Used:
        return formatPercent(s.utilisationPct);
    case Remaining:
        return formatMoney(s.remainingNano);
    case Projected:
        return formatMoney(s.projectedNano);
    case State:
        return budgetStateText(s);
    case GoverningCap:
        return s.governingCap == s.budget.name ? tr("this cap") : s.governingCap;
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
    case ManagedBy:
        return int(s.budget.managedBy);
    case Enabled:
        return s.budget.enabled;
    case Version:
        return s.budget.version;
    case Spend:
        return s.spendNano;
    case Used:
        return s.utilisationPct;
    case Remaining:
        return s.remainingNano;
    case GoverningCap:
        return s.governingCap;
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
        return column == Limit || column == SoftLimit || column == Version || column == Spend || column == Used
                       || column == Remaining || column == Projected
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        return toolTip(s, column);
    }
    return {};
}

QVariant BudgetsModel::toolTip(const BudgetStatus &s, int column) const
{
    if (column == Spend || column == Remaining || column == Projected)
        return tr("%1 to %2 (UTC)").arg(utc::formatDate(s.periodStart), utc::formatDate(s.periodEnd));
    if (column == GoverningCap) {
        const BudgetStatus *governing = BudgetEvaluator::find(m_statuses, s.governingCap);
        if (!governing)
            return tr("No enabled cap covers this scope.");
        return tr("Tightest wins: %1 cap %2 has the least left of the enabled caps over this scope, %3 of %4 (%5).")
            .arg(budgetManagedByText(governing->budget.managedBy), governing->budget.name,
                 formatMoney(governing->remainingNano), formatMoney(governing->budget.limitNano),
                 budgetPeriodText(governing->budget.period).toLower());
    }
    if (column == Version)
        return tr("Every edit increments the version.");
    return {};
}

QVariant BudgetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const kTitles[] = {
        QT_TR_NOOP("Name"),    QT_TR_NOOP("Managed by"), QT_TR_NOOP("Scope"),     QT_TR_NOOP("Period"),
        QT_TR_NOOP("Limit"),   QT_TR_NOOP("Soft limit"), QT_TR_NOOP("Enabled"),   QT_TR_NOOP("Version"),
        QT_TR_NOOP("Spend"),   QT_TR_NOOP("Used"),       QT_TR_NOOP("Remaining"), QT_TR_NOOP("Projected"),
        QT_TR_NOOP("State"),   QT_TR_NOOP("Governed by")};
    static_assert(std::size(kTitles) == ColumnCount);
    return section >= 0 && section < ColumnCount ? tr(kTitles[section]) : QVariant();
}

} // namespace costline
