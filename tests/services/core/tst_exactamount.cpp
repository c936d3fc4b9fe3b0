#include "core/exactamount.h"
#include "core/money.h"

#include <QTest>

using namespace costline;

namespace {

// Per-row rounding to nano-dollars, half away from zero: what summing stored amounts did
// before the carry.
qint64 roundedAlone(const ExactAmount &a)
{
    if (a.subNano >= 500'000'000)
        return a.nano + 1;
    return a.subNano <= -500'000'000 ? a.nano - 1 : a.nano;
}

} // namespace

class tst_ExactAmount final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("nano");
        QTest::addColumn<qint64>("subNano");
        QTest::newRow("whole") << QByteArray("12") << 12'000'000'000LL << 0LL;
        QTest::newRow("nine digits") << QByteArray("0.000000001") << 1LL << 0LL;
        QTest::newRow("eleven digits") << QByteArray("0.00001605990") << 16'059LL << 900'000'000LL;
        QTest::newRow("negative") << QByteArray("-0.00000000603") << -6LL << -30'000'000LL;
        QTest::newRow("plus sign") << QByteArray("+1.5") << 1'500'000'000LL << 0LL;
        QTest::newRow("exponent") << QByteArray("2.5e-10") << 0LL << 250'000'000LL;
        QTest::newRow("large exponent") << QByteArray("1E+3") << 1'000'000'000'000LL << 0LL;
        QTest::newRow("beyond 18 digits rounds") << QByteArray("0.1234567891234567895") << 123'456'789LL << 123'456'790LL;
        QTest::newRow("the most nano-dollars") << QByteArray("9223372036.854775807") << std::numeric_limits<qint64>::max() << 0LL;
    }

    void parses()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, nano);
        QFETCH(qint64, subNano);
        const auto a = parseExactAmount(text);
        QVERIFY2(a, text.constData());
        QCOMPARE(a->nano, nano);
        QCOMPARE(a->subNano, subNano);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *t : {"", "-", ".", "1,5", "abc", "1e", "1e-", "9223372036.854775808", "1e30", "0x10", "1 2"})
            QTest::newRow(*t ? t : "(empty)") << QByteArray(t);
    }

    void refuses()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(!parseExactAmount(text), text.constData());
    }

    void carryKeepsTheTotalExact()
    {
        // Given 1,000 amounts of 0.00000000603 USD (6.03 nano-dollars each): 6.03 µUSD in all
        SubNanoCarry carry;
        const ExactAmount each = *parseExactAmount("0.00000000603");
        qint64 stored = 0, alone = 0;
        for (int i = 0; i < 1000; ++i) {
            const qint64 one = carry.store(each);
            QVERIFY(one == 6 || one == 7); // each stored amount within a nano-dollar of 6.03
            stored += one;
            alone += roundedAlone(each);
        }
        // Then the stored amounts add up to the exact total; rounded one by one they drift by 30
        QCOMPARE(stored, 6'030);
        QCOMPARE(alone, 6'000);
    }

    void carryFollowsSigns_data()
    {
        QTest::addColumn<QByteArrayList>("amounts");
        QTest::addColumn<QByteArray>("total");
        QTest::newRow("credits and charges") << QByteArrayList{"0.0000000004", "-0.0000000004", "0.0000000004"} << QByteArray("0.000000000");
        QTest::newRow("half rounds away from zero") << QByteArrayList{"0.00000000025", "0.00000000025"} << QByteArray("0.000000001");
        QTest::newRow("negative half") << QByteArrayList{"-0.00000000025", "-0.00000000025"} << QByteArray("-0.000000001");
        QTest::newRow("sub-nano credits") << QByteArrayList{"-0.0000000001", "-0.0000000001", "-0.0000000001", "-0.0000000001", "-0.0000000001"}
                                          << QByteArray("-0.000000001");
    }

    void carryFollowsSigns()
    {
        QFETCH(QByteArrayList, amounts);
        QFETCH(QByteArray, total);
        SubNanoCarry carry;
        qint64 stored = 0;
        for (const QByteArray &a : amounts)
            stored += carry.store(*parseExactAmount(a));
        QCOMPARE(Money::fromNano(stored).toDecimalString(), QString::fromLatin1(total));
    }
};

QTEST_GUILESS_MAIN(tst_ExactAmount)
#include "tst_exactamount.moc"
