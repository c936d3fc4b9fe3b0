#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

class QIODevice;

namespace costline {

// Streaming RFC 4180 reader: quoted fields with doubled quotes, embedded commas and line
// breaks, CRLF or LF, an optional UTF-8 byte-order mark. Memory stays bounded by the
// longest record, so a multi-gigabyte export reads in constant space.
class CsvReader final
{
public:
    explicit CsvReader(QIODevice *device, char delimiter = ',');

    // Moves to the next record; false at the end of input or on a read error.
    bool next();

    // Fields of the current record, valid until the next call to next().
    const QList<QByteArrayView> &fields() const { return m_fields; }
    // Physical line on which the current record starts (1-based).
    qint64 lineNumber() const { return m_recordLine; }
    // Non-empty when the current record is malformed (e.g. a quote never closed).
    const QString &recordError() const { return m_recordError; }
    // The record's raw text as read, for quarantine.
    QByteArray rawRecord() const;
    qint64 bytesConsumed() const { return m_bytesConsumed; }
    QString deviceError() const { return m_deviceError; }

private:
    bool fill();
    bool atEnd();
    char take();
    char peek();
    bool appendPlainRun();

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesConsumed = 0;
    QByteArray m_record; // unescaped field bytes, back to back
    QList<qsizetype> m_fieldEnds;
    QList<QByteArrayView> m_fields;
    QByteArray m_raw;
    QString m_recordError;
    QString m_deviceError;
};

} // namespace costline
