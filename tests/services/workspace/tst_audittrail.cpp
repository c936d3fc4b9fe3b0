// The audit trail's chain: the documented encoding, appends inside the change's transaction,
// and verification naming the first entry an edit, deletion, insertion or reordering broke.
#include "budgets/budgetstore.h"
#include "core/osuser.h"
#include "workspace/auditedwrite.h"
#include "workspace/auditverifier.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

using namespace costline;

namespace {

void exec(Workspace &ws, const QByteArray &sql)
{
    QString error;
    QVERIFY2(execSql(ws.db(), sql, &error), qPrintable(error));
}

// Five entries, as five budget changes make them.
void recordFive(Workspace &ws)
{
    BudgetStore store(ws);
    QString error;
    for (int i = 1; i <= 5; ++i) {
        Budget b;
        b.name = QStringLiteral("b%1").arg(i);
        b.limitNano = i * 1'000'000'000LL;
        QVERIFY2(store.save(b, &error), qPrintable(error));
    }
}

// What someone with the file and sqlite3 can do: the triggers only stop accidents.
void tamper(Workspace &ws, const QByteArray &sql)
{
    exec(ws, "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
    exec(ws, sql);
}

AuditEntry entryAt(Workspace &ws, qint64 seq)
{
    for (const AuditEntry &e : AuditLog(ws).entries()) {
        if (e.seq == seq)
            return e;
    }
    return {};
}

// A forged entry that is consistent in itself: right number, right link, right hash.
QByteArray forgedInsert(const AuditEntry &previous, qint64 seq)
{
    AuditEntry forged;
    forged.seq = seq;
    forged.atMs = previous.atMs + 1;
    forged.user = QStringLiteral("mallory");
    forged.action = QStringLiteral("budget.remove");
    forged.object = QStringLiteral("budget:b9");
    forged.before = QByteArray("{}");
    forged.previousHash = previous.hash;
    forged.hash = auditEntryHash(forged);
    return "INSERT INTO audit_log(seq, at_ms, os_user, action, object, before_json, after_json, prev_hash, hash) VALUES("
           + QByteArray::number(seq) + ", " + QByteArray::number(forged.atMs) + ", 'mallory', 'budget.remove', 'budget:b9', '{}',"
           " NULL, '" + forged.previousHash + "', '" + forged.hash + "')";
}

} // namespace

class TestAuditTrail final : public QObject
{
    Q_OBJECT

private slots:
    void encodingIsTheDocumentedOne()
    {
        // Given the example entry of docs/audit-trail.md
        AuditEntry e;
        e.seq = 1;
        e.atMs = 1767225600000;
        e.user = QStringLiteral("alice");
        e.action = QStringLiteral("budget.add");
        e.object = QStringLiteral("budget:all");
        e.after = QByteArray(R"({"limit":"900.000000000"})");
        e.previousHash = auditGenesisHash();
        // Then its canonical bytes and hash are the documented ones
        QCOMPARE(canonicalAuditBytes(e), QByteArray("costline-audit-1\n1:1\n13:1767225600000\n5:alice\n10:budget.add\n"
                                                    "10:budget:all\n~\n25:{\"limit\":\"900.000000000\"}\n64:")
                                             + QByteArray(64, '0') + "\n");
        QCOMPARE(auditEntryHash(e), QByteArray("03f8cedc13bf680a01858d5760ccf7f95d89aad7b5836dfe877e47c88c03eb22"));
        // And an absent value is not an empty one
        AuditEntry empty = e;
        empty.after = QByteArray();
        AuditEntry none = e;
        none.after.reset();
        QVERIFY(auditEntryHash(empty) != auditEntryHash(none));
    }

    void appendsLinkEachEntryToTheOneBefore()
    {
        // Given five changes
        test::WorkspaceFixture f;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        recordFive(f.workspace());
        // Then the trail holds five linked entries by this user, now, and the head is the last
        const QList<AuditEntry> entries = AuditLog(f.workspace()).entries();
        QCOMPARE(entries.size(), 5);
        QByteArray previous = auditGenesisHash();
        for (int i = 0; i < entries.size(); ++i) {
            const AuditEntry &e = entries.at(i);
            QCOMPARE(e.seq, i + 1);
            QCOMPARE(e.user, osUserName());
            QVERIFY(e.atMs >= before && e.atMs <= QDateTime::currentMSecsSinceEpoch());
            QCOMPARE(e.previousHash, previous);
            QCOMPARE(e.hash, auditEntryHash(e));
            previous = e.hash;
        }
        QCOMPARE(AuditLog(f.workspace()).head()->hash, previous);
        const AuditVerification v = verifyAuditTrail(f.workspace());
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 5);
        QCOMPARE(v.head.seq, 5);
    }

    void theTrailRefusesEditsThroughTheApplication()
    {
        test::WorkspaceFixture f;
        recordFive(f.workspace());
        QString error;
        QVERIFY(!execSql(f.workspace().db(), "UPDATE audit_log SET os_user = 'x' WHERE seq = 1", &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(!execSql(f.workspace().db(), "DELETE FROM audit_log WHERE seq = 1", &error));
    }

    void verifyNamesTheFirstBrokenEntry_data()
    {
        QTest::addColumn<QByteArray>("tampering");
        QTest::addColumn<qint64>("brokenSeq");
        QTest::addColumn<QString>("problem");
        QTest::newRow("an entry's value edited") << QByteArray("UPDATE audit_log SET after_json = replace(after_json, '3.0', '30.0') WHERE seq = 3")
                                                << qint64(3) << "entry 3 does not match its hash";
        QTest::newRow("an entry's user edited") << QByteArray("UPDATE audit_log SET os_user = 'mallory' WHERE seq = 2") << qint64(2)
                                               << "entry 2 does not match its hash";
        QTest::newRow("an entry deleted") << QByteArray("DELETE FROM audit_log WHERE seq = 3") << qint64(3)
                                         << "entry 3 is missing: entry 2 is followed by entry 4";
        QTest::newRow("two entries deleted") << QByteArray("DELETE FROM audit_log WHERE seq IN (2, 3)") << qint64(2)
                                            << "entries 2–3 are missing";
        QTest::newRow("the last entry deleted") << QByteArray("DELETE FROM audit_log WHERE seq = 5") << qint64(5)
                                               << "entry 5 is missing: the trail ends at entry 4";
        QTest::newRow("the first entry deleted") << QByteArray("DELETE FROM audit_log WHERE seq = 1") << qint64(1)
                                                << "entry 1 is missing: the trail starts at entry 2";
        QTest::newRow("entries reordered") << QByteArray("UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
                                                         " UPDATE audit_log SET seq = 3 WHERE seq = 100")
                                          << qint64(2) << "entry 2 does not match its hash";
        QTest::newRow("the head deleted") << QByteArray("DELETE FROM audit_head") << qint64(5) << "head record is missing";
    }

    void verifyNamesTheFirstBrokenEntry()
    {
        QFETCH(QByteArray, tampering);
        QFETCH(qint64, brokenSeq);
        QFETCH(QString, problem);
        // Given an intact trail of five entries
        test::WorkspaceFixture f;
        recordFive(f.workspace());
        QVERIFY(verifyAuditTrail(f.workspace()).intact);
        // When someone changes the file
        tamper(f.workspace(), tampering);
        // Then verification fails at the first entry that no longer holds
        const AuditVerification v = verifyAuditTrail(f.workspace());
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenSeq, brokenSeq);
        QVERIFY2(v.problem.contains(problem), qPrintable(v.problem));
    }

    void anInsertedEntryIsFoundEvenWithAValidHash()
    {
        // Given five entries, and a forged entry put in as entry 3 with its own hash right
        test::WorkspaceFixture f;
        recordFive(f.workspace());
        const AuditEntry second = entryAt(f.workspace(), 2);
        tamper(f.workspace(), "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3; UPDATE audit_log SET seq = seq - 99 WHERE seq > 100;"
                              "UPDATE audit_head SET seq = 6;");
        tamper(f.workspace(), forgedInsert(second, 3));
        // Then the entry after it no longer fits
        const AuditVerification v = verifyAuditTrail(f.workspace());
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenSeq, 4);
    }

    void anAppendedForgeryWithoutTheHeadIsFound()
    {
        // Given a forged sixth entry that links to the fifth but left the head alone
        test::WorkspaceFixture f;
        recordFive(f.workspace());
        tamper(f.workspace(), forgedInsert(entryAt(f.workspace(), 5), 6));
        // Then the head does not match the last entry
        const AuditVerification v = verifyAuditTrail(f.workspace());
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenSeq, 6);
        QVERIFY2(v.problem.contains(QLatin1String("head")), qPrintable(v.problem));
    }

    void anEditedAndRehashedEntryBreaksTheNextLink()
    {
        // Given entry 3 changed and given a hash of its own again
        test::WorkspaceFixture f;
        recordFive(f.workspace());
        AuditEntry third = entryAt(f.workspace(), 3);
        third.after = QByteArray(R"({"limit":"999"})");
        third.hash = auditEntryHash(third);
        tamper(f.workspace(), "UPDATE audit_log SET after_json = '{\"limit\":\"999\"}', hash = '" + third.hash + "' WHERE seq = 3");
        // Then entry 4 no longer follows it
        const AuditVerification v = verifyAuditTrail(f.workspace());
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenSeq, 4);
        QVERIFY2(v.problem.contains(QLatin1String("entry 4 does not follow entry 3")), qPrintable(v.problem));
    }

    void aChangeThatCannotBeRecordedIsNotMade()
    {
        // Given a trail that refuses new entries
        test::WorkspaceFixture f;
        exec(f.workspace(), "CREATE TRIGGER refuse BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
        // When a budget is saved
        Budget b;
        b.name = QStringLiteral("all");
        b.limitNano = 900'000'000'000;
        QString error;
        // Then the save fails with the reason and leaves no budget behind
        QVERIFY(!BudgetStore(f.workspace()).save(b, &error));
        QVERIFY2(error.contains(QLatin1String("audit trail")) && error.contains(QLatin1String("disk says no")), qPrintable(error));
        QVERIFY(BudgetStore(f.workspace()).list().isEmpty());
    }

    void aChangeInsideALargerTransactionIsRecordedWithIt()
    {
        // Given a caller's transaction holding a budget change
        test::WorkspaceFixture f;
        QString error;
        QVERIFY(f.workspace().begin(&error));
        Budget b;
        b.name = QStringLiteral("all");
        b.limitNano = 1;
        QVERIFY2(BudgetStore(f.workspace()).save(b, &error), qPrintable(error));
        // When the caller rolls back, the entry goes with the change
        f.workspace().rollback();
        QCOMPARE(AuditLog(f.workspace()).count(), 0);
        QVERIFY(BudgetStore(f.workspace()).list().isEmpty());
        // And when it commits, both stay
        QVERIFY(f.workspace().begin(&error));
        QVERIFY(BudgetStore(f.workspace()).save(b, &error));
        QVERIFY(f.workspace().commit(&error));
        QCOMPARE(AuditLog(f.workspace()).count(), 1);
        QVERIFY(verifyAuditTrail(f.workspace()).intact);
    }

    void anUnchangedSaveRecordsNothing()
    {
        test::WorkspaceFixture f;
        Budget b;
        b.name = QStringLiteral("all");
        b.limitNano = 5;
        QString error;
        QVERIFY(BudgetStore(f.workspace()).save(b, &error));
        QVERIFY2(BudgetStore(f.workspace()).save(*BudgetStore(f.workspace()).find(b.name), &error), qPrintable(error));
        QCOMPARE(AuditLog(f.workspace()).count(), 1);
    }

    void entriesAreReadByTime()
    {
        // Given entries recorded at chosen times
        test::WorkspaceFixture f;
        QString error;
        for (const qint64 at : {qint64(1'000), qint64(2'000), qint64(3'000)}) {
            AuditedWrite write(f.workspace());
            QVERIFY(write.begin(&error));
            QVERIFY2(write.commit(AuditChange{QStringLiteral("test.change"), QStringLiteral("x"), {}, QJsonObject{}, at}, &error),
                     qPrintable(error));
        }
        // Then a window returns only its own, in chain order
        const QList<AuditEntry> window = AuditLog(f.workspace()).entries(1'500, 3'000);
        QCOMPARE(window.size(), 2);
        QCOMPARE(window.first().seq, 2);
        QCOMPARE(window.last().atMs, 3'000);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
