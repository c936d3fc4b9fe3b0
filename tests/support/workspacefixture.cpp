#include "workspacefixture.h"

#include "workspace/sqlitestatement.h"

#include <QFile>
#include <QTest>

namespace costline::test {
namespace {

constexpr char kRollupSums[] =
    "sum(events), sum(requests), sum(input_tokens), sum(cached_input_tokens), sum(cache_write_tokens),"
    " sum(output_tokens), sum(reasoning_tokens), sum(cost), sum(unpriced_events), sum(unpriced_tokens),"
    " sum(estimated_events), sum(reported_cost), sum(computed_cost)";

UsageTotals readTotals(sqlite3 *db, const QByteArray &sql)
{
    SqliteStatement st(db, sql);
    UsageTotals t;
    if (st.step()) {
        for (int i = 0; i < UsageTotals::kFieldCount; ++i)
            t.field(i) = st.int64(i);
    }
    return t;
}

} // namespace

WorkspaceFixture::WorkspaceFixture()
{
    reopen();
}

void WorkspaceFixture::reopen()
{
    m_workspace.reset();
    QString error;
    m_workspace = Workspace::open(path(), Workspace::OpenMode::CreateIfMissing, &error);
    if (!m_workspace)
        qFatal("cannot open test workspace: %s", qPrintable(error));
}

QString WorkspaceFixture::writeFile(const QString &name, const QByteArray &content) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

UsageTotals WorkspaceFixture::rawEventTotals()
{
    return readTotals(m_workspace->db(),
                      "SELECT count(*), sum(requests), sum(input_tokens), sum(cached_input_tokens),"
                      " sum(cache_write_tokens), sum(output_tokens), sum(reasoning_tokens),"
                      " sum(coalesce(reported_cost, computed_cost, 0)),"
                      " sum(reported_cost IS NULL AND computed_cost IS NULL),"
                      " sum(CASE WHEN reported_cost IS NULL AND computed_cost IS NULL"
                      "     THEN input_tokens + output_tokens ELSE 0 END),"
                      " sum(estimated), sum(coalesce(reported_cost, 0)), sum(coalesce(computed_cost, 0))"
                      " FROM events");
}

UsageTotals WorkspaceFixture::rollupDayTotals()
{
    return readTotals(m_workspace->db(), QByteArray("SELECT ") + kRollupSums + " FROM rollup_day");
}

UsageTotals WorkspaceFixture::rollupAllTotals()
{
    return readTotals(m_workspace->db(), QByteArray("SELECT ") + kRollupSums + " FROM rollup_dim WHERE dim = -1");
}

UsageTotals WorkspaceFixture::rollupMonthTotals()
{
    return readTotals(m_workspace->db(), QByteArray("SELECT ") + kRollupSums + " FROM rollup_month");
}

qint64 WorkspaceFixture::eventCount()
{
    SqliteStatement st(m_workspace->db(), "SELECT count(*) FROM events");
    return st.step() ? st.int64(0) : -1;
}

} // namespace costline::test
