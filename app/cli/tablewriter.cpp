#include "tablewriter.h"

namespace costline::cli {

QString csvEscape(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

TableWriter::TableWriter(QStringList headers, QList<bool> rightAligned)
    : m_headers(std::move(headers)), m_right(std::move(rightAligned))
{
    m_right.resize(m_headers.size(), false);
}

void TableWriter::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    m_rows.append(std::move(cells));
}

void TableWriter::writeTable(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths << h.size();
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    auto writeLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += m_right.at(c) ? cells.at(c).rightJustified(widths[c]) : cells.at(c).leftJustified(widths[c]);
        }
        out << line.trimmed() << '\n';
    };
    writeLine(m_headers);
    QStringList rule;
    for (const qsizetype w : std::as_const(widths))
        rule << QString(w, QLatin1Char('-'));
    writeLine(rule);
    for (const QStringList &row : m_rows)
        writeLine(row);
}

void TableWriter::writeCsv(QTextStream &out) const
{
    auto writeLine = [&](const QStringList &cells) {
        QStringList escaped;
        for (const QString &cell : cells)
            escaped << csvEscape(cell);
        out << escaped.join(QLatin1Char(',')) << "\r\n";
    };
    writeLine(m_headers);
    for (const QStringList &row : m_rows)
        writeLine(row);
}

} // namespace costline::cli
