#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QStringList>

namespace costline {

// Columns of a small CSV found by name (case-insensitive, order free).
class NamedColumns final
{
public:
    // Empty when every required column is there, else a message naming the missing ones.
    QString resolve(const QList<QByteArrayView> &header, const QList<QByteArray> &required)
    {
        m_index.clear();
        m_fieldCount = header.size();
        for (qsizetype i = 0; i < header.size(); ++i)
            m_index.insert(header.at(i).trimmed().toByteArray().toLower(), i);
        QStringList missing;
        for (const QByteArray &name : required) {
            if (!m_index.contains(name))
                missing << QString::fromUtf8(name);
        }
        return missing.isEmpty() ? QString() : QStringLiteral("missing required column(s) %1").arg(missing.join(QStringLiteral(", ")));
    }

    QByteArrayView value(const QList<QByteArrayView> &fields, const char *name) const
    {
        const qsizetype i = m_index.value(QByteArray(name), -1);
        return i < 0 || i >= fields.size() ? QByteArrayView() : fields.at(i).trimmed();
    }
    qsizetype fieldCount() const { return m_fieldCount; }

private:
    QHash<QByteArray, qsizetype> m_index;
    qsizetype m_fieldCount = 0;
};

} // namespace costline
