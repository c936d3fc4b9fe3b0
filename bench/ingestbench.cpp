#include "ingestbench.h"

#include "benchdata.h"
#include "core/csvreader.h"
#include "importers/usagecsvimporter.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace costline::bench {
namespace {

constexpr int kColumns = 19;

// The peer: what a hand-written loader would do, one upsert per row in one transaction.
double rawUpsert(const QString &csvPath, const QString &rawPath, qint64 *rows)
{
    QFile::remove(rawPath);
    sqlite3 *db = nullptr;
    sqlite3_open(rawPath.toUtf8().constData(), &db);
    execSql(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;");
    execSql(db, "CREATE TABLE raw(timestamp TEXT, event_id TEXT UNIQUE, provider TEXT, model TEXT, operation TEXT,"
                " api_key_id TEXT, tenant TEXT, customer TEXT, project TEXT, team TEXT, feature TEXT, workflow TEXT,"
                " environment TEXT, trace_id TEXT, input_tokens INTEGER, cached_input_tokens INTEGER,"
                " output_tokens INTEGER, reasoning_tokens INTEGER, requests INTEGER)");
    QElapsedTimer timer;
    timer.start();
    QFile file(csvPath);
    file.open(QIODevice::ReadOnly);
    CsvReader reader(&file);
    reader.next();
    execSql(db, "BEGIN");
    {
        QByteArray sql = "INSERT INTO raw VALUES(?";
        for (int i = 1; i < kColumns; ++i)
            sql += ",?";
        sql += ") ON CONFLICT(event_id) DO UPDATE SET input_tokens = excluded.input_tokens,"
               " output_tokens = excluded.output_tokens";
        SqliteStatement insert(db, sql);
        while (reader.next()) {
            const auto &f = reader.fields();
            for (int i = 0; i < kColumns; ++i) {
                if (i >= 14)
                    insert.bind(i, QByteArrayView(f.at(i)).toLongLong());
                else
                    insert.bind(i, f.at(i));
            }
            insert.exec();
            ++*rows;
        }
    }
    execSql(db, "COMMIT");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return seconds;
}

} // namespace

IngestFigures measureIngest(const QString &csvPath, const QString &workspacePath, const QString &rawPath)
{
    IngestFigures figures;
    figures.rawSeconds = rawUpsert(csvPath, rawPath, &figures.rows);

    QFile::remove(workspacePath);
    QString error;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::CreateIfMissing, &error);
    seedWorkspace(*workspace);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = UsageCsvImporter(*workspace).importFile(csvPath, {});
    figures.costlineSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok)
        qFatal("import failed: %s", qPrintable(result.error));
    execSql(workspace->db(), "PRAGMA wal_checkpoint(TRUNCATE)");
    workspace.reset();
    figures.workspaceBytes = QFileInfo(workspacePath).size();
    return figures;
}

} // namespace costline::bench
