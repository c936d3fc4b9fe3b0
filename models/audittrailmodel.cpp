#include "audittrailmodel.h"

#include "core/utctime.h"
#include "queryrunner.h"

#include <QColor>
#include <QHash>
#include <QJsonDocument>

namespace costline {
namespace {

QString jsonText(const std::optional<QByteArray> &json)
{
    return json ? QString::fromUtf8(*json) : QString();
}

QString indentedJson(const std::optional<QByteArray> &json)
{
    return json ? QString::fromUtf8(QJsonDocument::fromJson(*json).toJson(QJsonDocument::Indented)).trimmed() : QString();
}

} // namespace

AuditTrailModel::AuditTrailModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setRunner(QueryRunner *runner)
{
    m_runner = runner;
}

void AuditTrailModel::load()
{
    if (!m_runner)
        return;
    struct Trail
    {
        QList<AuditEntry> entries;
        AuditVerification verification;
    };
    QPointer<AuditTrailModel> self(this);
    m_runner->runFor<Trail>(
        this, [](Workspace &ws) { return Trail{AuditLog(ws).entries(), verifyAuditTrail(ws)}; },
        [self](Trail trail) {
            if (self)
                self->setTrail(std::move(trail.entries), std::move(trail.verification));
        });
}

void AuditTrailModel::setTrail(QList<AuditEntry> entries, AuditVerification verification)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_verification = std::move(verification);
    endResetModel();
    emit loaded();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(e, index.column());
    case RawValueRole:
        return rawValue(e, index.column());
    case ActionCodeRole:
        return e.action;
    case Qt::ToolTipRole:
        if (index.column() == Before || index.column() == After)
            return indentedJson(index.column() == Before ? e.before : e.after);
        if (index.column() == Action)
            return e.action;
        return index.column() == Hash ? QString::fromLatin1(e.hash) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Seq ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        // The entry the chain breaks at, so it can be found in a long list.
        return !m_verification.intact && e.seq == m_verification.brokenSeq ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    default:
        return {};
    }
}

QVariant AuditTrailModel::displayValue(const AuditEntry &e, int column) const
{
    switch (column) {
    case Seq:
        return QString::number(e.seq);
    case Time:
        return QString(utc::formatTimestamp(e.atMs).left(19).replace(QLatin1Char('T'), QLatin1Char(' ')) + tr(" UTC"));
    case User:
        return e.user;
    case Action:
        return actionLabel(e.action);
    case Object:
        return e.object;
    case Before:
        return jsonText(e.before);
    case After:
        return jsonText(e.after);
    case Hash:
        return QString(QString::fromLatin1(e.hash.left(12)) + QStringLiteral("…"));
    default:
        return {};
    }
}

QVariant AuditTrailModel::rawValue(const AuditEntry &e, int column) const
{
    switch (column) {
    case Seq:
        return e.seq;
    case Time:
        return e.atMs;
    case Hash:
        return QString::fromLatin1(e.hash);
    default:
        return displayValue(e, column);
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("Entry");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Hash:
        return tr("Hash");
    default:
        return {};
    }
}

QString AuditTrailModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> kLabels = {
        {QStringLiteral("pricing.add"), QT_TR_NOOP("Price added")},
        {QStringLiteral("pricing.change"), QT_TR_NOOP("Price changed")},
        {QStringLiteral("pricing.remove"), QT_TR_NOOP("Price removed")},
        {QStringLiteral("pricing.import"), QT_TR_NOOP("Price catalogue imported")},
        {QStringLiteral("budget.add"), QT_TR_NOOP("Budget added")},
        {QStringLiteral("budget.change"), QT_TR_NOOP("Budget changed")},
        {QStringLiteral("budget.remove"), QT_TR_NOOP("Budget removed")},
        {QStringLiteral("allocation.rule.add"), QT_TR_NOOP("Allocation rule added")},
        {QStringLiteral("allocation.rule.remove"), QT_TR_NOOP("Allocation rule removed")},
        {QStringLiteral("allocation.rules.apply"), QT_TR_NOOP("Allocation rules applied")},
        {QStringLiteral("allocation.pool.add"), QT_TR_NOOP("Cost pool added")},
        {QStringLiteral("allocation.pool.change"), QT_TR_NOOP("Cost pool changed")},
        {QStringLiteral("allocation.pool.remove"), QT_TR_NOOP("Cost pool removed")},
        {QStringLiteral("source.add"), QT_TR_NOOP("Source added")},
        {QStringLiteral("source.change"), QT_TR_NOOP("Source changed")},
        {QStringLiteral("source.remove"), QT_TR_NOOP("Source removed")},
        {QStringLiteral("licence.install"), QT_TR_NOOP("Licence installed")},
        {QStringLiteral("signal.triage"), QT_TR_NOOP("Signal triaged")},
        {QStringLiteral("signal.threshold"), QT_TR_NOOP("Anomaly threshold changed")},
        {QStringLiteral("report.schedule.add"), QT_TR_NOOP("Report schedule added")},
        {QStringLiteral("report.schedule.change"), QT_TR_NOOP("Report schedule changed")},
        {QStringLiteral("report.schedule.remove"), QT_TR_NOOP("Report schedule removed")},
        {QStringLiteral("report.run"), QT_TR_NOOP("Report written")},
        {QStringLiteral("report.delete"), QT_TR_NOOP("Report deleted")},
        {QStringLiteral("export.events"), QT_TR_NOOP("Usage events exported")},
        {QStringLiteral("export.drivers"), QT_TR_NOOP("Cost drivers exported")},
    };
    const auto found = kLabels.constFind(action);
    return found == kLabels.cend() ? action : tr(*found);
}

} // namespace costline
