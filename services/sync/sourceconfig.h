#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace costline {

class Workspace;

// A connection to a provider or gateway, as the sources table keeps it. The API key
// itself is never here: only the name of the environment variable that may hold it.
struct SourceConfig
{
    qint64 id = 0;
    QString name;
    QString kind; // openai, anthropic, gateway, litellm
    QString baseUrl;
    QString apiKeyEnv;
    int backfillDays = 90;
    int lookbackDays = 3;
    int autoSyncMinutes = 0; // 0: only when asked
    QByteArray cursorJson;
    qint64 lastSyncMs = 0;
    qint64 lastSuccessMs = 0;
    QString lastStatus; // ok, failed, cancelled, removed, or empty before the first sync
    QString lastError;
    qint64 lastRows = 0;

    bool isRemoved() const { return lastStatus == QLatin1String("removed"); }
};

// The connector kinds `source add` accepts.
QStringList connectorKinds();

// Reads and writes source settings. Writes that must land with synced rows
// (saveCursor) run inside the caller's transaction.
class SourceConfigStore final
{
public:
    explicit SourceConfigStore(Workspace &workspace) : m_workspace(workspace) {}

    // Adds a source, or revives a removed one of the same name; false and *error if the
    // name is taken by a live source.
    bool add(const SourceConfig &config, QString *error);
    bool update(const SourceConfig &config, QString *error);
    // Detaches the source; events it synced stay, so a later add with the same name
    // re-reads and replaces them instead of doubling them.
    bool remove(const QString &name, QString *error);
    QList<SourceConfig> list(bool includeRemoved = false) const;
    std::optional<SourceConfig> find(const QString &name) const;

    bool saveCursor(qint64 sourceId, const QByteArray &cursorJson, QString *error);
    void recordRun(qint64 sourceId, const QString &status, const QString &error, qint64 rows, qint64 atMs);

private:
    Workspace &m_workspace;
};

} // namespace costline
