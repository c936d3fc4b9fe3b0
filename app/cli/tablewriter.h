#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace costline::cli {

// A plain rows-and-columns result printed as an aligned text table or as RFC 4180 CSV
// (C locale, exact decimals: the text is printed as given).
class TableWriter final
{
public:
    explicit TableWriter(QStringList headers, QList<bool> rightAligned = {});

    void addRow(QStringList cells);
    void writeTable(QTextStream &out) const;
    void writeCsv(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

QString csvEscape(const QString &field);

} // namespace costline::cli
