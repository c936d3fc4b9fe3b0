#pragma once

#include <QString>

#include <memory>

struct sqlite3;

namespace costline {

class DimensionCatalog;

// One open workspace file: a SQLite database in WAL mode with Costline's schema.
// A Workspace is one connection and belongs to one thread; work off the UI thread opens
// its own Workspace on the same file.
class Workspace final
{
public:
    enum class OpenMode { CreateIfMissing, ExistingOnly, ReadOnly };

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // nullptr and *error ("what, where, what to do") when the file cannot serve as a
    // workspace: missing or empty, not SQLite, another application's database, a newer
    // schema, unreadable. A file that cannot be written opens read-only.
    static std::unique_ptr<Workspace> open(const QString &path, OpenMode mode, QString *error);

    sqlite3 *db() const { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // Opened for reading only: the file or its folder cannot be written (or ReadOnly was
    // asked for). begin() then refuses with what to do, and nothing is ever written.
    bool isReadOnly() const { return m_readOnly; }
    DimensionCatalog &dimensions() { return *m_dimensions; }

    // BEGIN IMMEDIATE, so a writer learns at once if another process holds the file.
    bool begin(QString *error);
    bool commit(QString *error);
    // Also forgets cached ids that the rolled-back transaction created.
    void rollback();

    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

private:
    Workspace(sqlite3 *db, QString path, bool readOnly);
    QString whyNotThisBuildsWorkspace() const;
    bool migrate(QString *error);

    sqlite3 *m_db;
    QString m_path;
    bool m_readOnly;
    std::unique_ptr<DimensionCatalog> m_dimensions;
};

} // namespace costline
