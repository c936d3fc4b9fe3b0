#include "fuzzworkspace.h"

#include "workspace/pricingstore.h"
#include "workspace/sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace costline::fuzz {
namespace {

// Every token kind, requests, another meter and a batch discount carry a price, so each
// term of the cost calculation is reached.
PriceEntry catchAllPrice()
{
    PriceEntry entry;
    entry.modelPattern = QStringLiteral("*");
    entry.inputPerMTok = 2'500'000'000;
    entry.cachedInputPerMTok = 1'250'000'000;
    entry.cacheWritePerMTok = 3'750'000'000;
    entry.outputPerMTok = 10'000'000'000;
    entry.reasoningPerMTok = 12'000'000'000;
    entry.perRequestNano = 1'000;
    entry.perUnitNano = 30'000'000;
    entry.batchDiscountBasisPoints = 5'000;
    return entry;
}

// Count, tokens and money of the events, and the same sums over the day rollups.
constexpr char kEventSums[] =
    "SELECT count(*), coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0),"
    " coalesce(sum(coalesce(reported_cost, computed_cost, 0)), 0) FROM events";
constexpr char kRollupSums[] =
    "SELECT coalesce(sum(events), 0), coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0),"
    " coalesce(sum(cost), 0) FROM rollup_day";

// nullopt when SQLite itself cannot add them up (its sum() refuses to overflow).
std::optional<QByteArray> sums(sqlite3 *db, const char *sql)
{
    SqliteStatement st(db, sql);
    if (!st.step())
        return std::nullopt;
    return st.bytes(0) + ' ' + st.bytes(1) + ' ' + st.bytes(2) + ' ' + st.bytes(3);
}

// Creating a workspace runs every schema migration, which costs more than most inputs:
// the migrated and priced file is made once and copied for each run.
class WorkspaceTemplate final
{
public:
    WorkspaceTemplate() : m_dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/costline-fuzz-XXXXXX") : QString())
    {
        QString error;
        auto workspace = Workspace::open(path(), Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace || !PricingStore(*workspace).upsert(catchAllPrice(), &error))
            qFatal("cannot set up the fuzz workspace: %s", qPrintable(error));
        workspace.reset(); // the last connection folds the WAL back into the file
        QFile file(path());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the fuzz workspace: %s", qPrintable(file.errorString()));
        m_image = file.readAll();
    }

    std::unique_ptr<Workspace> fresh() const
    {
        QFile file(path());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_image) != m_image.size())
            qFatal("cannot write the fuzz workspace: %s", qPrintable(file.errorString()));
        file.close();
        QString error;
        auto workspace = Workspace::open(path(), Workspace::OpenMode::ExistingOnly, &error);
        if (!workspace)
            qFatal("cannot open the fuzz workspace: %s", qPrintable(error));
        return workspace;
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("fuzz.costline")); }

    QTemporaryDir m_dir; // in memory where the system has a tmpfs
    QByteArray m_image;
};

} // namespace

std::unique_ptr<Workspace> openWorkspace()
{
    static const WorkspaceTemplate workspaceTemplate;
    return workspaceTemplate.fresh();
}

void checkTotals(Workspace &workspace)
{
    const auto events = sums(workspace.db(), kEventSums);
    const auto rollups = sums(workspace.db(), kRollupSums);
    if (events && rollups && *events != *rollups) {
        qWarning("events sum to %s but the rollups to %s", events->constData(), rollups->constData());
        std::abort();
    }
}

} // namespace costline::fuzz
