#include "core/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace costline;

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList errors;
};

Parsed readAll(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Parsed out;
    while (reader.next()) {
        QStringList fields;
        for (const QByteArrayView f : reader.fields())
            fields << QString::fromUtf8(f);
        out.records << fields;
        out.lines << reader.lineNumber();
        out.errors << reader.recordError();
    }
    return out;
}

} // namespace

class tst_CsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void lineNumbersCountEmbeddedBreaks();
    void unterminatedQuoteIsReported();
    void longInputStreams();
};

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted comma") << QByteArray("\"x,y\",z\n") << QList<QStringList>{{"x,y", "z"}};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",z\n") << QList<QStringList>{{"say \"hi\"", "z"}};
    QTest::newRow("embedded newline") << QByteArray("\"line1\nline2\",z\n") << QList<QStringList>{{"line1\nline2", "z"}};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{{"", "", ""}};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << QList<QStringList>{{"", "x"}};
    QTest::newRow("UTF-8") << QByteArray("caf\xC3\xA9,\xE2\x82\xAC\n") << QList<QStringList>{{QStringLiteral("café"), QStringLiteral("€")}};
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QStringList>, expected);
    QCOMPARE(readAll(text).records, expected);
}

void tst_CsvReader::lineNumbersCountEmbeddedBreaks()
{
    const Parsed p = readAll("h1,h2\n\"a\nb\",c\nd,e\n");
    QCOMPARE(p.lines, (QList<qint64>{1, 2, 4}));
}

void tst_CsvReader::unterminatedQuoteIsReported()
{
    const Parsed p = readAll("h\n\"never closed\n");
    QCOMPARE(p.records.size(), 2);
    QCOMPARE(p.errors.at(1), QStringLiteral("a quoted field opened on line 2 is never closed"));
}

void tst_CsvReader::longInputStreams()
{
    // Given more rows than one read chunk holds, with a quoted field across chunk borders
    QByteArray text = "id,note\n";
    for (int i = 0; i < 200'000; ++i)
        text += QByteArray::number(i) + ",\"a, b\"\n";
    const Parsed p = readAll(text);
    // Then every record is whole
    QCOMPARE(p.records.size(), 200'001);
    QCOMPARE(p.records.last(), (QStringList{QStringLiteral("199999"), QStringLiteral("a, b")}));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
