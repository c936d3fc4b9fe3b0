#include "reportrenderer.h"

namespace costline {
namespace {

QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList cells(const ReportSection &s, const QVariantList &row)
{
    QStringList out{s.heading};
    for (qsizetype i = 0; i < s.columns.size(); ++i)
        out << reportformat::exactCell(s.columns.at(i), row.value(i));
    return out;
}

} // namespace

QByteArray csvLine(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &f : fields)
        escaped << csvField(f);
    return escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray renderCsv(const Report &report)
{
    QByteArray out;
    for (const ReportSection &s : report.sections) {
        if (!out.isEmpty())
            out += "\r\n";
        QStringList header{QStringLiteral("section")};
        for (const ReportColumn &c : s.columns)
            header << c.title;
        out += csvLine(header);
        for (const QVariantList &row : s.rows)
            out += csvLine(cells(s, row));
        if (!s.totals.isEmpty())
            out += csvLine(cells(s, s.totals));
    }
    return out;
}

} // namespace costline
