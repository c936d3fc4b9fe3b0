// costline-cli forecast prints the backtest it publishes: every cut-off day, its band, and
// how often the real month fell inside it, next to the mean error.
#include "clirun.h"
#include "core/money.h"
#include "core/utctime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;

namespace {

// 2026-09-01 to 2026-11-12: a weekly rhythm with ±20 % of seeded noise.
QByteArray rhythmCsv()
{
    constexpr int kDollars[7] = {120, 130, 125, 118, 95, 24, 20}; // Monday first
    QByteArray csv = "timestamp,event_id,provider,model,cost_usd\n";
    quint32 state = 12345;
    const qint64 first = *utc::parseDate("2026-09-01");
    for (qint64 day = first; day <= *utc::parseDate("2026-11-12"); ++day) {
        state = state * 1664525u + 1013904223u;
        const qint64 cents = kDollars[(day + 3) % 7] * (80 + qint64(state >> 16) % 41); // 0.80 to 1.20 ×
        csv += utc::formatDate(day).toLatin1() + "T12:00:00Z,e" + QByteArray::number(day) + ",p,m,"
               + QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0') + '\n';
    }
    return csv;
}

qint64 nano(const QJsonValue &v)
{
    return Money::parse(v.toString().toUtf8())->nano();
}

} // namespace

class tst_ForecastCli final : public QObject
{
    Q_OBJECT

private slots:
    void backtestOnEveryCutOffWithItsBandCoverage()
    {
        // Given a workspace with ten weeks of usage
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.costline"));
        QFile csv(dir.filePath(QStringLiteral("u.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(rhythmCsv());
        csv.close();
        QCOMPARE(cli({"import", "csv", csv.fileName(), "--workspace", ws}).exitCode, 0);
        // When the forecast is printed as JSON
        const CliRun r = cli({"forecast", "--workspace", ws, "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject f = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // Then the backtest ran as of every day with two weeks behind it in the complete
        // months: September 14 to 29 and October 1 to 30
        const QJsonArray points = f.value("backtest").toArray();
        QCOMPARE(f.value("backtest_cutoffs").toInt(), 46);
        QCOMPARE(points.size(), 46);
        QCOMPARE(points.first().toObject().value("as_of").toString(), QStringLiteral("2026-09-14"));
        QCOMPARE(points.at(15).toObject().value("as_of").toString(), QStringLiteral("2026-09-29"));
        QCOMPARE(points.at(16).toObject().value("as_of").toString(), QStringLiteral("2026-10-01"));
        QCOMPARE(points.last().toObject().value("as_of").toString(), QStringLiteral("2026-10-30"));
        // And the coverage is the share of cut-offs whose real month fell inside their band,
        // the MAPE the mean of their errors
        int inBand = 0;
        double errors = 0;
        for (const QJsonValue &v : points) {
            const QJsonObject p = v.toObject();
            const bool inside = nano(p.value("low")) <= nano(p.value("actual")) && nano(p.value("actual")) <= nano(p.value("high"));
            QCOMPARE(p.value("in_band").toBool(), inside);
            inBand += inside ? 1 : 0;
            errors += p.value("error_pct").toDouble();
        }
        QVERIFY(inBand > 0);
        QCOMPARE(f.value("backtest_band_coverage_pct").toDouble(), 100.0 * inBand / 46);
        QCOMPARE(f.value("backtest_mape_pct").toDouble(), errors / 46);
        QCOMPARE(f.value("band_level_pct").toInt(), 90);
        // And the table says the same in words
        const CliRun text = cli({"forecast", "--workspace", ws});
        QVERIFY2(text.out.contains(QStringLiteral(" over 46 cut-off days\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("band coverage        %1 %")
                                       .arg(QString::number(100.0 * inBand / 46, 'f', 1))),
                 qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(tst_ForecastCli)
#include "tst_forecastcli.moc"
