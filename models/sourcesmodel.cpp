#include "sourcesmodel.h"

#include "workspace/workspace.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace costline {

QString sourceStatusText(const SourceConfig &source)
{
    if (source.lastStatus == QLatin1String("ok"))
        return SourcesModel::tr("OK");
    if (source.lastStatus == QLatin1String("failed"))
        return SourcesModel::tr("Failed");
    if (source.lastStatus == QLatin1String("cancelled"))
        return SourcesModel::tr("Cancelled");
    return SourcesModel::tr("Never synced");
}

SourcesModel::SourcesModel(QObject *parent) : QAbstractTableModel(parent) {}

bool SourcesModel::reload(const QString &workspacePath, QString *error)
{
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::ExistingOnly, error);
    if (!workspace)
        return false;
    setSources(SourceConfigStore(*workspace).list());
    return true;
}

void SourcesModel::setSources(QList<SourceConfig> sources)
{
    beginResetModel();
    // Only connectors: file importers are sources too, but have nothing to set here.
    m_sources.clear();
    for (SourceConfig &s : sources) {
        if (connectorKinds().contains(s.kind))
            m_sources.append(std::move(s));
    }
    m_progress.clear();
    endResetModel();
}

int SourcesModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).name == name)
            return i;
    }
    return -1;
}

void SourcesModel::setProgress(const QString &name, qint64 pages, qint64 rows)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_progress.insert(name, {pages, rows});
    Q_EMIT dataChanged(index(row, Status), index(row, Rows));
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::displayValue(const SourceConfig &s, int column) const
{
    const auto progress = m_progress.constFind(s.name);
    const QLocale locale;
    switch (column) {
    case Name:
        return s.name;
    case Kind:
        return s.kind;
    case BaseUrl:
        return s.baseUrl.isEmpty() ? tr("(provider default)") : s.baseUrl;
    case KeySource:
        return s.apiKeyEnv.isEmpty() ? tr("keychain") : tr("keychain or $%1").arg(s.apiKeyEnv);
    case AutoSync:
        return s.autoSyncMinutes > 0 ? tr("every %n min", nullptr, s.autoSyncMinutes) : tr("off");
    case LastSync:
        return s.lastSyncMs > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(s.lastSyncMs, Qt::UTC), QLocale::ShortFormat) + tr(" UTC")
                                : QString();
    case Status:
        return progress != m_progress.constEnd() ? tr("Syncing… page %1").arg(progress->first) : sourceStatusText(s);
    case Rows:
        return locale.toString(progress != m_progress.constEnd() ? progress->second : s.lastRows);
    case Error:
        return s.lastError;
    }
    return {};
}

QVariant SourcesModel::rawValue(const SourceConfig &s, int column) const
{
    switch (column) {
    case AutoSync:
        return s.autoSyncMinutes;
    case LastSync:
        return s.lastSyncMs;
    case Rows:
        return s.lastRows;
    default:
        return displayValue(s, column);
    }
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SourceConfig &s = m_sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, index.column());
    case Qt::ToolTipRole:
        return index.column() == Error || index.column() == Status ? QVariant(s.lastError) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status && s.lastStatus == QLatin1String("failed"))
            return QBrush(QColor(0xB3, 0x26, 0x1E));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Rows ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawValueRole:
        return rawValue(s, index.column());
    case NameRole:
        return s.name;
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const kTitles[] = {QT_TR_NOOP("Name"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Base URL"),
                                          QT_TR_NOOP("Key from"), QT_TR_NOOP("Auto-sync"), QT_TR_NOOP("Last sync"),
                                          QT_TR_NOOP("Status"), QT_TR_NOOP("Rows"), QT_TR_NOOP("Last error")};
    return section >= 0 && section < ColumnCount ? tr(kTitles[section]) : QVariant();
}

} // namespace costline
