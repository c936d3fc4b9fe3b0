// Every write path of the services records itself in the audit trail, with the object
// before and after: prices, budgets, allocation rules and pools, sources, triage, report
// schedules, runs and deletions, exports and licences.
#include "allocation/allocationstore.h"
#include "analysis/driverscsv.h"
#include "analysis/eventexport.h"
#include "budgets/budgetstore.h"
#include "licensing/licenceaudit.h"
#include "reports/reportschedule.h"
#include "signals/anomalythresholds.h"
#include "signals/triagestore.h"
#include "sync/sourceconfig.h"
#include "workspace/auditverifier.h"
#include "workspace/pricingstore.h"
#include "workspace/sourcestore.h"
#include "workspacefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace costline;

namespace {

using Change = std::function<void(Workspace &, const QString &folder)>;

struct WritePath
{
    const char *name;
    Change setUp;  // done before the change, not checked
    Change change; // the write whose entry is checked
    QString action;
    QString object;
    QString beforeField; // "limit=900.000000000": a field of the before JSON; empty: no before
    QString afterField;  // the same for after
};

void check(bool ok, const QString &error)
{
    if (!ok)
        qFatal("set-up failed: %s", qPrintable(error));
}

PriceEntry price(qint64 inputNano)
{
    PriceEntry e;
    e.provider = QStringLiteral("openai");
    e.modelPattern = QStringLiteral("gpt-4o");
    e.inputPerMTok = inputNano;
    e.outputPerMTok = 10'000'000'000;
    return e;
}

// The stored "all-ai" budget at its current version with a new limit, or a new budget.
Budget budget(Workspace &ws, qint64 limitNano)
{
    Budget b = BudgetStore(ws).find(QStringLiteral("all-ai")).value_or(Budget{});
    b.name = QStringLiteral("all-ai");
    b.limitNano = limitNano;
    return b;
}

AllocationRule rule()
{
    AllocationRule r;
    r.field = QStringLiteral("feature");
    r.pattern = QStringLiteral("search*");
    r.owner = QStringLiteral("team:search");
    return r;
}

CostPool pool(qint64 monthlyNano)
{
    CostPool p;
    p.name = QStringLiteral("GPU cluster");
    p.monthlyNano = monthlyNano;
    return p;
}

SourceConfig source(int lookbackDays)
{
    SourceConfig c;
    c.name = QStringLiteral("openai-prod");
    c.kind = QStringLiteral("openai");
    c.baseUrl = QStringLiteral("https://admin:hunter2@api.openai.example");
    c.apiKeyEnv = QStringLiteral("OPENAI_ADMIN_KEY");
    c.lookbackDays = lookbackDays;
    return c;
}

ReportSchedule schedule(const QString &folder)
{
    ReportSchedule s;
    s.kind = QStringLiteral("chargeback");
    s.folder = folder;
    return s;
}

ReportRun run(const QString &folder)
{
    const QString file = folder + QStringLiteral("/pack.csv");
    QFile out(file);
    check(out.open(QIODevice::WriteOnly) && out.write("a,b\r\n") == 5, out.errorString());
    return ReportRun{0, QStringLiteral("chargeback"), QStringLiteral("from=2026-11-01 to=2026-11-30"), QStringLiteral("csv"),
                     1'767'225'600'000, QStringLiteral("alice"), file,
                     QStringLiteral("b7af4a8bbf5306f2ab3ba2fe8a7b2d2c3a0a9bc8d6e3b8b0d3a8b1b0a7ea7cc8")};
}

LicenceStatus enterprise()
{
    LicenceStatus s;
    s.state = LicenceStatus::State::Valid;
    s.licence.licensee = QStringLiteral("Acme Corp");
    s.licence.plan = Plan::Enterprise;
    s.licence.role = QStringLiteral("analyst");
    return s;
}

const QList<WritePath> &writePaths()
{
    static const QList<WritePath> paths = {
        {"price added", {}, [](Workspace &ws, const QString &) { QString e; check(PricingStore(ws).upsert(price(2'500'000'000), &e), e); },
         QStringLiteral("pricing.add"), QStringLiteral("price:openai/gpt-4o from 1970-01-01 (user)"), {}, QStringLiteral("input_per_mtok=2.500000000")},
        {"price changed", [](Workspace &ws, const QString &) { QString e; check(PricingStore(ws).upsert(price(2'500'000'000), &e), e); },
         [](Workspace &ws, const QString &) { QString e; check(PricingStore(ws).upsert(price(2'000'000'000), &e), e); },
         QStringLiteral("pricing.change"), QStringLiteral("price:openai/gpt-4o from 1970-01-01 (user)"),
         QStringLiteral("input_per_mtok=2.500000000"), QStringLiteral("input_per_mtok=2.000000000")},
        {"price removed", [](Workspace &ws, const QString &) { QString e; check(PricingStore(ws).upsert(price(2'500'000'000), &e), e); },
         [](Workspace &ws, const QString &) { QString e; check(PricingStore(ws).remove(PricingStore(ws).entries().first().id, &e), e); },
         QStringLiteral("pricing.remove"), QStringLiteral("price:openai/gpt-4o from 1970-01-01 (user)"), QStringLiteral("model_pattern=gpt-4o"), {}},
        {"catalogue imported", {},
         [](Workspace &ws, const QString &) {
             PriceEntry other = price(1);
             other.modelPattern = QStringLiteral("gpt-4o-mini");
             for (PriceEntry *e : {&other}) {
                 e->origin = PriceEntry::Origin::Catalog;
                 e->catalog = QStringLiteral("litellm");
             }
             QString e;
             check(PricingStore(ws).upsertAll({other}, &e) == 1, e);
         },
         QStringLiteral("pricing.import"), QStringLiteral("catalogue:litellm"), {}, QStringLiteral("model_pattern=gpt-4o-mini")},
        {"budget added", {}, [](Workspace &ws, const QString &) { QString e; check(BudgetStore(ws).save(budget(ws, 900'000'000'000), &e), e); },
         QStringLiteral("budget.add"), QStringLiteral("budget:all-ai"), {}, QStringLiteral("limit=900.000000000")},
        {"budget changed", [](Workspace &ws, const QString &) { QString e; check(BudgetStore(ws).save(budget(ws, 900'000'000'000), &e), e); },
         [](Workspace &ws, const QString &) { QString e; check(BudgetStore(ws).save(budget(ws, 950'000'000'000), &e), e); },
         QStringLiteral("budget.change"), QStringLiteral("budget:all-ai"), QStringLiteral("limit=900.000000000"), QStringLiteral("limit=950.000000000")},
        {"budget removed", [](Workspace &ws, const QString &) { QString e; check(BudgetStore(ws).save(budget(ws, 900'000'000'000), &e), e); },
         [](Workspace &ws, const QString &) { QString e; check(BudgetStore(ws).remove(QStringLiteral("all-ai"), &e), e); },
         QStringLiteral("budget.remove"), QStringLiteral("budget:all-ai"), QStringLiteral("limit=900.000000000"), {}},
        {"allocation rule added", {}, [](Workspace &ws, const QString &) { QString e; check(AllocationStore(ws).addRule(rule(), &e) > 0, e); },
         QStringLiteral("allocation.rule.add"), QStringLiteral("allocation_rule:feature=search*→team:search"), {}, QStringLiteral("applied=false")},
        {"allocation rules applied", [](Workspace &ws, const QString &) { QString e; check(AllocationStore(ws).addRule(rule(), &e) > 0, e); },
         [](Workspace &ws, const QString &) { QString e; check(AllocationStore(ws).applyRules(&e) == 1, e); },
         QStringLiteral("allocation.rules.apply"), QStringLiteral("allocation_rules"), QStringLiteral("applied=false"), {}},
        {"allocation rule removed", [](Workspace &ws, const QString &) { QString e; check(AllocationStore(ws).addRule(rule(), &e) > 0, e); },
         [](Workspace &ws, const QString &) { QString e; check(AllocationStore(ws).removeRule(AllocationStore(ws).rules().first().id, &e), e); },
         QStringLiteral("allocation.rule.remove"), QStringLiteral("allocation_rule:feature=search*→team:search"), QStringLiteral("owner=team:search"), {}},
        {"cost pool changed", [](Workspace &ws, const QString &) { QString e; check(AllocationStore(ws).addPool(pool(100'000'000'000), &e) > 0, e); },
         [](Workspace &ws, const QString &) { QString e; check(AllocationStore(ws).addPool(pool(120'000'000'000), &e) > 0, e); },
         QStringLiteral("allocation.pool.change"), QStringLiteral("cost_pool:GPU cluster"), QStringLiteral("monthly_amount=100.000000000"),
         QStringLiteral("monthly_amount=120.000000000")},
        {"cost pool removed", [](Workspace &ws, const QString &) { QString e; check(AllocationStore(ws).addPool(pool(100'000'000'000), &e) > 0, e); },
         [](Workspace &ws, const QString &) { QString e; check(AllocationStore(ws).removePool(QStringLiteral("GPU cluster"), &e), e); },
         QStringLiteral("allocation.pool.remove"), QStringLiteral("cost_pool:GPU cluster"), QStringLiteral("driver=tokens"), {}},
        {"source added, password kept out", {}, [](Workspace &ws, const QString &) { QString e; check(SourceConfigStore(ws).add(source(3), &e), e); },
         QStringLiteral("source.add"), QStringLiteral("source:openai-prod"), {}, QStringLiteral("base_url=https://api.openai.example")},
        {"source changed", [](Workspace &ws, const QString &) { QString e; check(SourceConfigStore(ws).add(source(3), &e), e); },
         [](Workspace &ws, const QString &) { QString e; check(SourceConfigStore(ws).update(source(7), &e), e); },
         QStringLiteral("source.change"), QStringLiteral("source:openai-prod"), QStringLiteral("lookback_days=3"), QStringLiteral("lookback_days=7")},
        {"source removed", [](Workspace &ws, const QString &) { QString e; check(SourceConfigStore(ws).add(source(3), &e), e); },
         [](Workspace &ws, const QString &) { QString e; check(SourceConfigStore(ws).remove(QStringLiteral("openai-prod"), &e), e); },
         QStringLiteral("source.remove"), QStringLiteral("source:openai-prod"), QStringLiteral("api_key_env=OPENAI_ADMIN_KEY"), {}},
        {"source created by an import", {}, [](Workspace &ws, const QString &) { check(SourceStore(ws).ensure(QStringLiteral("csv"), QStringLiteral("csv")) > 0, {}); },
         QStringLiteral("source.add"), QStringLiteral("source:csv"), {}, QStringLiteral("kind=csv")},
        {"signal triaged", {},
         [](Workspace &ws, const QString &) {
             QString e;
             check(TriageStore(ws).setState(QStringLiteral("anomaly:team=search:2026-11-14"), Signal::State::Acknowledged,
                                            QStringLiteral("launch week"), 1'767'225'600'000, &e), e);
         },
         QStringLiteral("signal.triage"), QStringLiteral("signal:anomaly:team=search:2026-11-14"), {}, QStringLiteral("state=acknowledged")},
        {"anomaly threshold set", {},
         [](Workspace &ws, const QString &) { QString e; check(AnomalyThresholds(ws).setWorkspacePct(150, &e), e); },
         QStringLiteral("signal.threshold"), QStringLiteral("setting:signals.threshold_pct"), {}, QStringLiteral("threshold_pct=150")},
        {"anomaly threshold cleared", [](Workspace &ws, const QString &) { QString e; check(AnomalyThresholds(ws).setWorkspacePct(150, &e), e); },
         [](Workspace &ws, const QString &) { QString e; check(AnomalyThresholds(ws).clearWorkspacePct(&e), e); },
         QStringLiteral("signal.threshold"), QStringLiteral("setting:signals.threshold_pct"), QStringLiteral("threshold_pct=150"), {}},
        {"report schedule added", {},
         [](Workspace &ws, const QString &folder) { QString e; check(ReportScheduleStore(ws).add(schedule(folder), &e) > 0, e); },
         QStringLiteral("report.schedule.add"), QStringLiteral("report_schedule:1 chargeback"), {}, QStringLiteral("cadence=monthly on day 1")},
        {"report schedule disabled",
         [](Workspace &ws, const QString &folder) { QString e; check(ReportScheduleStore(ws).add(schedule(folder), &e) > 0, e); },
         [](Workspace &ws, const QString &) { check(ReportScheduleStore(ws).setEnabled(1, false), {}); },
         QStringLiteral("report.schedule.change"), QStringLiteral("report_schedule:1 chargeback"), QStringLiteral("enabled=true"),
         QStringLiteral("enabled=false")},
        {"report schedule removed",
         [](Workspace &ws, const QString &folder) { QString e; check(ReportScheduleStore(ws).add(schedule(folder), &e) > 0, e); },
         [](Workspace &ws, const QString &) { check(ReportScheduleStore(ws).remove(1), {}); },
         QStringLiteral("report.schedule.remove"), QStringLiteral("report_schedule:1 chargeback"), QStringLiteral("kind=chargeback"), {}},
        {"report run", {}, [](Workspace &ws, const QString &folder) { QString e; check(ReportRunStore(ws).record(run(folder), &e), e); },
         QStringLiteral("report.run"), QStringLiteral("report_run:1 chargeback"), {}, QStringLiteral("generated_by=alice")},
        {"report run deleted, changed file kept",
         [](Workspace &ws, const QString &folder) { QString e; check(ReportRunStore(ws).record(run(folder), &e), e); },
         [](Workspace &ws, const QString &) { QString e; check(ReportRunStore(ws).remove(1, &e), e); },
         QStringLiteral("report.delete"), QStringLiteral("report_run:1 chargeback"), QStringLiteral("file_deleted=false"), {}},
        {"usage events exported", {},
         [](Workspace &ws, const QString &folder) {
             EventPageRequest request;
             request.filter.fromDay = 20'000;
             request.filter.toDay = 20'030;
             const EventExportResult r = EventCsvExport(ws).write(request, folder + QStringLiteral("/events.csv"), {QStringLiteral("id")},
                                                                 [](const EventRow &) { return QStringList(); });
             check(r.ok, r.error);
         },
         QStringLiteral("export.events"), {}, {}, QStringLiteral("rows=0")},
        {"cost drivers exported", {},
         [](Workspace &ws, const QString &folder) { QString e; check(writeDriversCsv(ws, DriversResult{}, folder + QStringLiteral("/d.csv"), &e), e); },
         QStringLiteral("export.drivers"), {}, {}, QStringLiteral("dimension=provider")},
        {"licence installed", {},
         [](Workspace &ws, const QString &) { QString e; check(recordLicenceChange(ws, LicenceStatus{}, enterprise(), &e), e); },
         QStringLiteral("licence.install"), QStringLiteral("licence:Acme Corp"), QStringLiteral("plan=free"), QStringLiteral("plan=enterprise")},
    };
    return paths;
}

// "limit=900.000000000" holds in the JSON object (the first element of an array).
bool hasField(const std::optional<QByteArray> &json, const QString &field)
{
    if (!json)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(*json);
    const QJsonObject o = doc.isArray() ? doc.array().first().toObject() : doc.object();
    const qsizetype eq = field.indexOf(QLatin1Char('='));
    const QJsonValue v = o.value(field.left(eq));
    const QString text = v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                         : v.isDouble() ? QString::number(v.toInteger())
                                        : v.toString();
    return text == field.mid(eq + 1);
}

} // namespace

class TestAuditedWrites final : public QObject
{
    Q_OBJECT

private slots:
    void everyWriteIsRecorded_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < writePaths().size(); ++i)
            QTest::newRow(writePaths().at(i).name) << i;
    }

    void everyWriteIsRecorded()
    {
        QFETCH(int, index);
        const WritePath &path = writePaths().at(index);
        // Given a workspace, set up as the change needs
        test::WorkspaceFixture f;
        const QString folder = f.filePath(QString());
        if (path.setUp)
            path.setUp(f.workspace(), folder);
        const qint64 before = AuditLog(f.workspace()).count();
        // When the change is made through its service
        path.change(f.workspace(), folder);
        // Then exactly one entry describes it, and the chain still holds
        const QList<AuditEntry> entries = AuditLog(f.workspace()).entries();
        QCOMPARE(entries.size(), before + 1);
        const AuditEntry &e = entries.last();
        QCOMPARE(e.action, path.action);
        if (!path.object.isEmpty())
            QCOMPARE(e.object, path.object);
        QCOMPARE(e.before.has_value(), !path.beforeField.isEmpty());
        if (!path.beforeField.isEmpty())
            QVERIFY2(hasField(e.before, path.beforeField), e.before->constData());
        if (!path.afterField.isEmpty())
            QVERIFY2(hasField(e.after, path.afterField), e.after ? e.after->constData() : "no after");
        QVERIFY(!e.after || !e.after->contains("hunter2"));
        QVERIFY(verifyAuditTrail(f.workspace()).intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditedWrites)
#include "tst_auditedwrites.moc"
