#include "csvreader.h"

#include <QIODevice>

namespace costline {
namespace {

constexpr qint64 kChunkSize = 1 << 20;
constexpr qsizetype kMaxRawKept = 4096; // quarantine keeps the start of a bad record

} // namespace

CsvReader::CsvReader(QIODevice *device, char delimiter)
    : m_device(device), m_delimiter(delimiter)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer = m_device->read(kChunkSize);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        if (m_device->isOpen() && !m_device->atEnd())
            m_deviceError = m_device->errorString();
        return false;
    }
    return true;
}

bool CsvReader::atEnd()
{
    return m_pos >= m_buffer.size() && !fill();
}

char CsvReader::take()
{
    const char c = m_buffer.at(m_pos++);
    ++m_bytesConsumed;
    if (m_raw.size() < kMaxRawKept)
        m_raw.append(c);
    if (c == '\n')
        ++m_line;
    return c;
}

bool CsvReader::appendPlainRun()
{
    // Copies the run of ordinary characters up to the next delimiter, quote or line break
    // in one go: most of a file is such runs.
    const qsizetype start = m_pos;
    const char *data = m_buffer.constData();
    qsizetype end = start;
    while (end < m_buffer.size()) {
        const char c = data[end];
        if (c == m_delimiter || c == '"' || c == '\n' || c == '\r')
            break;
        ++end;
    }
    if (end == start)
        return false;
    m_record.append(data + start, end - start);
    if (m_raw.size() < kMaxRawKept)
        m_raw.append(data + start, qMin(end - start, kMaxRawKept - m_raw.size()));
    m_bytesConsumed += end - start;
    m_pos = end;
    return true;
}

char CsvReader::peek()
{
    return atEnd() ? '\0' : m_buffer.at(m_pos);
}

bool CsvReader::next()
{
    m_record.clear();
    m_fieldEnds.clear();
    m_fields.clear();
    m_raw.clear();
    m_recordError.clear();
    if (atEnd())
        return false;
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_bytesConsumed = 3;
        }
        if (atEnd())
            return false;
    }
    m_recordLine = m_line;
    bool quoted = false; // inside a quoted section
    bool fieldStart = true;
    while (!atEnd()) {
        if (!quoted && appendPlainRun())
            fieldStart = false;
        if (atEnd())
            break;
        const char c = take();
        if (quoted) {
            if (c != '"') {
                m_record.append(c);
            } else if (peek() == '"') {
                take();
                m_record.append('"');
            } else {
                quoted = false;
            }
            continue;
        }
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == m_delimiter) {
            m_fieldEnds.append(m_record.size());
            fieldStart = true;
        } else if (c == '\n') {
            break;
        } else if (c == '\r') {
            if (peek() == '\n')
                take();
            break;
        } else {
            m_record.append(c);
            fieldStart = false;
        }
    }
    if (quoted)
        m_recordError = QStringLiteral("a quoted field opened on line %1 is never closed").arg(m_recordLine);
    m_fieldEnds.append(m_record.size());
    qsizetype begin = 0;
    for (const qsizetype end : std::as_const(m_fieldEnds)) {
        m_fields.append(QByteArrayView(m_record.constData() + begin, end - begin));
        begin = end;
    }
    return true;
}

QByteArray CsvReader::rawRecord() const
{
    QByteArray raw = m_raw;
    while (raw.endsWith('\n') || raw.endsWith('\r'))
        raw.chop(1);
    return raw;
}

} // namespace costline
