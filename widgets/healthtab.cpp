#include "healthtab.h"

#include "health/healthquery.h"
#include "models/moneyformat.h"
#include "models/recordtablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {
namespace {

QString statusText(const HealthCheck &c)
{
    if (c.locked)
        return HealthTab::tr("not in plan");
    switch (c.status) {
    case CheckStatus::Pass:
        return HealthTab::tr("✔ pass");
    case CheckStatus::Warn:
        return HealthTab::tr("▲ warn");
    case CheckStatus::Fail:
        break;
    }
    return HealthTab::tr("✖ fail");
}

QList<RecordCell> checkRow(const HealthCheck &c)
{
    QList<RecordCell> row(HealthTab::ColumnCount);
    row[HealthTab::Check] = textCell(healthCheckLabel(c.name));
    row[HealthTab::Subject] = textCell(c.subject);
    row[HealthTab::Status] = RecordCell{statusText(c), int(c.locked ? -1 : int(c.status)), {}};
    row[HealthTab::MoneyAtStake] = c.moneyAtStakeNano ? moneyCell(c.moneyAtStakeNano) : RecordCell{QString(), qint64(0), {}};
    row[HealthTab::Reason] = textCell(c.reason);
    row[HealthTab::Action] = textCell(c.action);
    return row;
}

} // namespace

QString healthCheckLabel(const QString &name)
{
    static const QHash<QString, const char *> kLabels{
        {QStringLiteral("pricing_coverage"), QT_TRANSLATE_NOOP("costline::HealthTab", "Pricing coverage")},
        {QStringLiteral("metadata_coverage"), QT_TRANSLATE_NOOP("costline::HealthTab", "Metadata coverage")},
        {QStringLiteral("forecast_history"), QT_TRANSLATE_NOOP("costline::HealthTab", "Forecast history")},
        {QStringLiteral("outcomes"), QT_TRANSLATE_NOOP("costline::HealthTab", "Outcomes")},
        {QStringLiteral("quarantined_rows"), QT_TRANSLATE_NOOP("costline::HealthTab", "Quarantined rows")},
        {QStringLiteral("estimated_tokens"), QT_TRANSLATE_NOOP("costline::HealthTab", "Estimated tokens")},
        {QStringLiteral("reported_vs_computed"), QT_TRANSLATE_NOOP("costline::HealthTab", "Reported vs computed")},
        {QStringLiteral("freshness"), QT_TRANSLATE_NOOP("costline::HealthTab", "Freshness")},
        {QStringLiteral("completeness"), QT_TRANSLATE_NOOP("costline::HealthTab", "Completeness")}};
    if (const char *known = kLabels.value(name))
        return QCoreApplication::translate("costline::HealthTab", known);
    QString label = name;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

HealthTab::HealthTab(QWidget *parent)
    : TabPage(parent),
      m_model(new RecordTableModel({tr("Check"), tr("Subject"), tr("Status"), tr("Money at stake"), tr("Reason"), tr("Action")},
                                   {MoneyAtStake}, this)),
      m_table(new QTableView(this)), m_readiness(new QLabel(this)), m_next(new QLabel(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RecordTableModel::RawValueRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Action, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Data health checks"));
    QFont big = m_readiness->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_readiness->setFont(big);
    m_next->setWordWrap(true);
    m_next->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readiness);
    layout->addWidget(m_next);
    layout->addWidget(m_table, 1);
}

void HealthTab::setEnabledCapabilities(const QSet<QString> &capabilities)
{
    if (m_enabled == capabilities)
        return;
    m_enabled = capabilities;
    markDirty();
}

QString HealthTab::readinessText() const
{
    return m_readiness->text();
}

void HealthTab::reload()
{
    HealthRequest request;
    request.fromDay = filter().range.fromDay;
    request.toDay = filter().range.toDay;
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    request.enabled = m_enabled;
    const quint64 generation = this->generation();
    QPointer<HealthTab> self(this);
    runner()
        ->run<HealthReport>([request](Workspace &ws) { return HealthQuery(ws).run(request); })
        .then(this, [self, generation](const HealthReport &report) {
            if (!self || self->generation() != generation)
                return;
            self->showReport(report);
            self->markLoaded();
        });
}

void HealthTab::showReport(const HealthReport &report)
{
    QList<QList<RecordCell>> rows;
    int failing = 0;
    for (const HealthCheck &c : report.checks) {
        rows << checkRow(c);
        failing += !c.locked && c.status != CheckStatus::Pass;
    }
    m_model->setRows(rows);
    m_table->sortByColumn(Status, Qt::DescendingOrder);
    m_readiness->setText(tr("Readiness %1 / 100").arg(report.readiness));
    if (report.next)
        m_next->setText(tr("<b>Next action</b> (%1 at stake): %2 — %3")
                            .arg(formatMoney(report.next->moneyAtStakeNano), report.next->action.toHtmlEscaped(),
                                 report.next->reason.toHtmlEscaped()));
    else
        m_next->setText(tr("All %n check(s) of the plan pass.", nullptr, int(report.checks.size())));
    m_readiness->setToolTip(tr("%n check(s) need attention; locked capabilities do not count.", nullptr, failing));
}

} // namespace costline
