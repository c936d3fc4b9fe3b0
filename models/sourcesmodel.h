#pragma once

#include "sync/sourceconfig.h"

#include <QAbstractTableModel>
#include <QHash>

namespace costline {

// The sources of a workspace for the Sources & provider keys dialog: one row per
// connection with its settings and how its last sync went. RawValueRole gives numbers
// (epoch ms, row counts) for sorting. Never holds a key.
class SourcesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, BaseUrl, KeySource, AutoSync, LastSync, Status, Rows, Error, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, NameRole };

    explicit SourcesModel(QObject *parent = nullptr);

    // Reads the sources again; false and *error when the workspace cannot be read.
    bool reload(const QString &workspacePath, QString *error);
    void setSources(QList<SourceConfig> sources);
    const SourceConfig &sourceAt(int row) const { return m_sources.at(row); }
    int rowOf(const QString &name) const;
    // Shows a sync in progress for a source until the next reload.
    void setProgress(const QString &name, qint64 pages, qint64 rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const SourceConfig &source, int column) const;
    QVariant rawValue(const SourceConfig &source, int column) const;

    QList<SourceConfig> m_sources;
    QHash<QString, QPair<qint64, qint64>> m_progress; // name → pages, rows of a running sync
};

// How a status reads on screen: "OK", "Failed", "Never synced", ...
QString sourceStatusText(const SourceConfig &source);

} // namespace costline
