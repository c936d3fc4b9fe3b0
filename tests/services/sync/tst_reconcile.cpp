#include "syncfixture.h"

#include "cliapp.h"
#include "core/utctime.h"
#include "fakedata.h"
#include "workspace/pricingstore.h"
#include "workspace/reconcilequery.h"
#include "workspace/sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace costline;

// OpenAI fixtures (see tst_openaisync.cpp) with gpt-4o-mini priced at $1 / $2 per million
// input / output tokens: its input Σ(1000(i+1) + 10) = 55100 and output Σ(500 + i) = 5045
// cost 55100 × 1000 + 5045 × 2000 nano = 0.065190000. Billed for it: 10 × 0.100000000.
// gpt-4o is unpriced and billed Σ(i + 1.123456789) = 56.234567890.
class TestReconcile final : public QObject
{
    Q_OBJECT

private:
    static void syncPriced(test::SyncFixture &f)
    {
        PriceEntry mini;
        mini.provider = QStringLiteral("openai");
        mini.modelPattern = QStringLiteral("gpt-4o-mini");
        mini.inputPerMTok = 1'000'000'000;
        mini.outputPerMTok = 2'000'000'000;
        QString error;
        QVERIFY2(PricingStore(f.workspace().workspace()).upsert(mini, &error), qPrintable(error));
        f.addSource(QStringLiteral("openai-org"), QStringLiteral("openai"));
        QVERIFY(f.sync().first().ok);
    }

    static int runCli(const QString &workspace, QStringList args, QString *out)
    {
        QString err;
        QTextStream outStream(out), errStream(&err);
        args << QStringLiteral("--workspace") << workspace;
        const int code = cli::run(args, {outStream, errStream});
        outStream.flush();
        errStream.flush();
        if (code != 0)
            qWarning() << args << err;
        return code;
    }

    static QJsonObject reconcileJson(const QString &workspace, const QString &by)
    {
        QString out;
        const int code = runCli(workspace, {QStringLiteral("reconcile"), QStringLiteral("--by"), by, QStringLiteral("--format"),
                                            QStringLiteral("json")}, &out);
        return code == 0 ? QJsonDocument::fromJson(out.toUtf8()).object() : QJsonObject();
    }

    static bool importFile(const test::WorkspaceFixture &w, const QString &kind, const QByteArray &content)
    {
        QString out;
        return runCli(w.path(), {QStringLiteral("import"), kind, w.writeFile(kind + QStringLiteral(".csv"), content)}, &out) == 0;
    }

    static const ReconcileGroup *group(const ReconcileResult &r, const QString &key)
    {
        for (const ReconcileGroup &g : r.groups) {
            if (g.key == key)
                return &g;
        }
        return nullptr;
    }

private Q_SLOTS:
    void byModelComparesComputedWithBilled()
    {
        // Given synced usage and costs, one model priced
        test::SyncFixture f;
        syncPriced(f);
        // When reconciled by model over the fixture days
        const ReconcileResult r = ReconcileQuery(f.workspace().workspace())
                                      .run(fakes::fixtureDay(0), fakes::fixtureDay(fakes::kDays - 1), ReconcileBy::Model);
        // Then each model shows computed against billed, and why they differ
        const ReconcileGroup *mini = group(r, QStringLiteral("gpt-4o-mini"));
        QVERIFY(mini);
        QCOMPARE(mini->eventCostNano, 65'190'000);
        QCOMPARE(mini->billedNano(), 1'000'000'000);
        QCOMPARE(mini->deltaNano(), 934'810'000);
        QCOMPARE(mini->unpricedEvents, 0);
        const ReconcileGroup *big = group(r, QStringLiteral("gpt-4o-2024-08-06"));
        QVERIFY(big);
        QCOMPARE(big->eventCostNano, 0);
        QCOMPARE(big->billedNano(), 56'234'567'890);
        QCOMPARE(big->unpricedEvents, 10);
        QVERIFY(big->explanation().first().startsWith(QStringLiteral("10 unpriced events")));
        QCOMPARE(r.totals.billedNano(), 57'234'567'890);
        QCOMPARE(r.totals.eventCostNano, 65'190'000);
    }

    void missingDaysAreExplained()
    {
        // Given usage on every fixture day but no billing lines for the first one
        test::SyncFixture f;
        syncPriced(f);
        execSql(f.workspace().workspace().db(), "DELETE FROM billing_lines WHERE day = " + QByteArray::number(fakes::fixtureDay(0)));
        const ReconcileResult r = ReconcileQuery(f.workspace().workspace())
                                      .run(fakes::fixtureDay(0), fakes::fixtureDay(fakes::kDays - 1), ReconcileBy::Provider);
        const ReconcileGroup *openai = group(r, QStringLiteral("openai"));
        QVERIFY(openai);
        QCOMPARE(openai->usageOnlyDays, QList<qint64>{fakes::fixtureDay(0)});
        QCOMPARE(openai->billedNano(), 57'234'567'890 - 1'123'456'789 - 100'000'000);
        QVERIFY(openai->explanation().join(QLatin1Char(';')).contains(QStringLiteral("1 days with usage have no billed money (%1)")
                                                                          .arg(utc::formatDate(fakes::fixtureDay(0)))));
    }

    void invoicesAreBilledMoneyNamedApart()
    {
        // Given $30 of Anthropic usage over three days and a $33 invoice line for them, no cost API
        test::WorkspaceFixture w;
        QVERIFY(importFile(w, QStringLiteral("csv"),
                           "timestamp,event_id,provider,model,input_tokens,output_tokens,cost_usd\n"
                           "2026-09-01T10:00:00Z,a1,anthropic,claude-sonnet-4,10,1,10\n"
                           "2026-09-02T10:00:00Z,a2,anthropic,claude-sonnet-4,10,1,10\n"
                           "2026-09-03T10:00:00Z,a3,anthropic,claude-sonnet-4,10,1,10\n"
                           "2026-09-04T10:00:00Z,a4,anthropic,claude-sonnet-4,10,1,5\n"));
        QVERIFY(importFile(w, QStringLiteral("invoice"),
                           "provider,period_start,period_end,line,amount_usd\n"
                           "anthropic,2026-09-01,2026-09-03,Claude usage,33.000000001\n"));
        // When reconciled by provider
        const QJsonObject byProvider = reconcileJson(w.path(), QStringLiteral("provider"));
        const QJsonObject anthropic = byProvider.value(QStringLiteral("groups")).toArray().first().toObject();
        // Then the gap is against the invoice, named apart from the (absent) cost API billing
        QCOMPARE(anthropic.value(QStringLiteral("computed_cost")).toString(), QStringLiteral("35.000000000"));
        QCOMPARE(anthropic.value(QStringLiteral("api_billing")).toString(), QStringLiteral("0.000000000"));
        QCOMPARE(anthropic.value(QStringLiteral("invoices")).toString(), QStringLiteral("33.000000001"));
        QCOMPARE(anthropic.value(QStringLiteral("billed_cost")).toString(), QStringLiteral("33.000000001"));
        QCOMPARE(anthropic.value(QStringLiteral("delta")).toString(), QStringLiteral("-1.999999999"));
        QCOMPARE(anthropic.value(QStringLiteral("usage_days_without_billing")).toInt(), 1);
        // And by day the invoice is spread over its three days, the rows adding up to the totals
        const QJsonObject byDay = reconcileJson(w.path(), QStringLiteral("day"));
        const QJsonArray days = byDay.value(QStringLiteral("groups")).toArray();
        QCOMPARE(days.size(), 4);
        const QStringList invoiced{QStringLiteral("11.000000001"), QStringLiteral("11.000000000"), QStringLiteral("11.000000000"),
                                   QStringLiteral("0.000000000")};
        int usageOnly = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            QCOMPARE(days.at(i).toObject().value(QStringLiteral("invoices")).toString(), invoiced.at(i));
            usageOnly += days.at(i).toObject().value(QStringLiteral("usage_days_without_billing")).toInt();
        }
        const QJsonObject totals = byDay.value(QStringLiteral("totals")).toObject();
        QCOMPARE(usageOnly, 1);
        QCOMPARE(totals.value(QStringLiteral("usage_days_without_billing")).toInt(), usageOnly);
        QCOMPARE(totals.value(QStringLiteral("delta")).toString(), QStringLiteral("-1.999999999"));
        QCOMPARE(byProvider.value(QStringLiteral("totals")).toObject().value(QStringLiteral("usage_days_without_billing")).toInt(),
                 usageOnly);
    }

    void aDayBilledByTheCostApiAndAnInvoiceCountsOnce()
    {
        // Given synced OpenAI usage and costs, and an invoice line for the first fixture day
        test::SyncFixture f;
        syncPriced(f);
        const QString day = utc::formatDate(fakes::fixtureDay(0));
        QVERIFY(importFile(f.workspace(), QStringLiteral("invoice"),
                           QStringLiteral("provider,period_start,period_end,line,amount_usd\nopenai,%1,%1,API usage,2.00\n")
                               .arg(day).toUtf8()));
        // When reconciled
        const ReconcileResult r = ReconcileQuery(f.workspace().workspace())
                                      .run(fakes::fixtureDay(0), fakes::fixtureDay(fakes::kDays - 1), ReconcileBy::Provider);
        // Then that day's cost API money is named but the invoice counts in its place
        const ReconcileGroup *openai = group(r, QStringLiteral("openai"));
        QVERIFY(openai);
        QCOMPARE(openai->apiBilledNano, 57'234'567'890);
        QCOMPARE(openai->apiAlsoInvoicedNano, 1'123'456'789 + 100'000'000);
        QCOMPARE(openai->invoicedNano, 2'000'000'000);
        QCOMPARE(openai->billedNano(), 57'234'567'890 - 1'223'456'789 + 2'000'000'000);
        QVERIFY(openai->explanation().join(QLatin1Char(';')).contains(QStringLiteral("$1.22 of cost API billing")));
    }

    void cliPrintsTheContractJson()
    {
        test::SyncFixture f;
        syncPriced(f);
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int code = cli::run({QStringLiteral("reconcile"), QStringLiteral("--workspace"), f.workspace().path(),
                                   QStringLiteral("--by"), QStringLiteral("provider"), QStringLiteral("--format"), QStringLiteral("json")},
                                  {outStream, errStream});
        outStream.flush();
        QCOMPARE(code, 0);
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("from")).toString(), utc::formatDate(fakes::fixtureDay(0)));
        const QJsonObject openai = root.value(QStringLiteral("groups")).toArray().first().toObject();
        QCOMPARE(openai.value(QStringLiteral("key")).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
        QCOMPARE(openai.value(QStringLiteral("computed_cost")).toString(), QStringLiteral("0.065190000"));
        QCOMPARE(openai.value(QStringLiteral("billed_cost")).toString(), QStringLiteral("57.234567890"));
        QCOMPARE(openai.value(QStringLiteral("delta")).toString(), QStringLiteral("57.169377890"));
        QCOMPARE(openai.value(QStringLiteral("unpriced_events")).toInt(), 20);
        QVERIFY(openai.value(QStringLiteral("explanation")).toString().startsWith(QStringLiteral("20 unpriced events")));
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
