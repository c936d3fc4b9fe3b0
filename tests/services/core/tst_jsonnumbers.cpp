#include "core/jsonnumbers.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace costline;

class tst_JsonNumbers final : public QObject
{
    Q_OBJECT

private slots:
    void keepsNumberText();
    void leavesStringsAlone();
};

void tst_JsonNumbers::keepsNumberText()
{
    const QByteArray json = R"({"amount":{"value":0.06,"currency":"usd"},"n":-1.5e-07,"list":[1,2.50]})";
    const QJsonObject o = QJsonDocument::fromJson(quoteJsonNumbers(json)).object();
    QCOMPARE(o.value(QStringLiteral("amount")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("0.06"));
    QCOMPARE(o.value(QStringLiteral("n")).toString(), QStringLiteral("-1.5e-07"));
    QCOMPARE(o.value(QStringLiteral("list")).toArray().at(1).toString(), QStringLiteral("2.50"));
}

void tst_JsonNumbers::leavesStringsAlone()
{
    const QByteArray json = R"({"s":"a \"1.5\" b","t":true,"u":null})";
    const QJsonObject o = QJsonDocument::fromJson(quoteJsonNumbers(json)).object();
    QCOMPARE(o.value(QStringLiteral("s")).toString(), QStringLiteral("a \"1.5\" b"));
    QVERIFY(o.value(QStringLiteral("t")).toBool());
    QVERIFY(o.value(QStringLiteral("u")).isNull());
}

QTEST_GUILESS_MAIN(tst_JsonNumbers)
#include "tst_jsonnumbers.moc"
