#include "auditentry.h"

#include <QCryptographicHash>

namespace costline {
namespace {

void appendField(QByteArray &out, const QByteArray &value)
{
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

void appendOptional(QByteArray &out, const std::optional<QByteArray> &value)
{
    if (value)
        appendField(out, *value);
    else
        out += "~\n";
}

} // namespace

QByteArray auditGenesisHash()
{
    return QByteArray(64, '0');
}

QByteArray canonicalAuditBytes(const AuditEntry &e)
{
    QByteArray out("costline-audit-1\n");
    appendField(out, QByteArray::number(e.seq));
    appendField(out, QByteArray::number(e.atMs));
    appendField(out, e.user.toUtf8());
    appendField(out, e.action.toUtf8());
    appendField(out, e.object.toUtf8());
    appendOptional(out, e.before);
    appendOptional(out, e.after);
    appendField(out, e.previousHash);
    return out;
}

QByteArray auditEntryHash(const AuditEntry &entry)
{
    return QCryptographicHash::hash(canonicalAuditBytes(entry), QCryptographicHash::Sha256).toHex();
}

} // namespace costline
