#include "cliapp.h"
#include "commandline.h"
#include "tablewriter.h"
#include "core/utctime.h"
#include "workspace/auditverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace costline::cli {
namespace {

QJsonValue jsonOf(const std::optional<QByteArray> &text)
{
    if (!text)
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(*text);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString textOf(const std::optional<QByteArray> &text)
{
    return text ? QString::fromUtf8(*text) : QString();
}

QJsonObject entryJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("at"), utc::formatTimestamp(e.atMs)},
                       {QStringLiteral("user"), e.user},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("object"), e.object},
                       {QStringLiteral("before"), jsonOf(e.before)},
                       {QStringLiteral("after"), jsonOf(e.after)},
                       {QStringLiteral("prev_hash"), QString::fromLatin1(e.previousHash)},
                       {QStringLiteral("hash"), QString::fromLatin1(e.hash)}};
}

int listEntries(CommandLine &cl, Workspace &workspace, Io io)
{
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    for (const char *option : {"from", "to"}) {
        const QString name = QString::fromLatin1(option);
        if (!cl.isSet(name))
            continue;
        const auto day = utc::parseDate(cl.value(name).toUtf8());
        if (!day)
            return cl.usageError(QStringLiteral("--%1 '%2' is not a date; use YYYY-MM-DD").arg(name, cl.value(name)));
        (name == QLatin1String("from") ? fromMs : toMs) = name == QLatin1String("from") ? *day * kMsPerDay : (*day + 1) * kMsPerDay - 1;
    }
    if (fromMs > toMs)
        return cl.usageError(QStringLiteral("--from is after --to"));
    const QList<AuditEntry> entries = AuditLog(workspace).entries(fromMs, toMs);
    if (cl.format() == Format::Json) {
        QJsonArray array;
        for (const AuditEntry &e : entries)
            array.append(entryJson(e));
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("entries"), array}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    const bool csv = cl.format() == Format::Csv;
    QStringList headers{QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"),
                        QStringLiteral("object")};
    if (csv)
        headers << QStringLiteral("before") << QStringLiteral("after") << QStringLiteral("prev_hash") << QStringLiteral("hash");
    TableWriter table(headers, {true});
    for (const AuditEntry &e : entries) {
        QStringList row{QString::number(e.seq), utc::formatTimestamp(e.atMs), e.user, e.action, e.object};
        if (csv)
            row << textOf(e.before) << textOf(e.after) << QString::fromLatin1(e.previousHash) << QString::fromLatin1(e.hash);
        table.addRow(row);
    }
    csv ? table.writeCsv(io.out) : table.writeTable(io.out);
    return Success;
}

int verify(CommandLine &cl, Workspace &workspace, Io io)
{
    const AuditVerification v = verifyAuditTrail(workspace);
    if (cl.format() == Format::Json) {
        QJsonObject o{{QStringLiteral("intact"), v.intact}, {QStringLiteral("entries"), v.entries}};
        if (v.intact) {
            o.insert(QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), v.head.seq},
                                                        {QStringLiteral("hash"), QString::fromLatin1(v.head.hash)}});
        } else {
            o.insert(QStringLiteral("broken_entry"), v.brokenSeq);
            o.insert(QStringLiteral("problem"), v.problem);
        }
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (v.intact) {
        io.out << "audit trail intact: " << v.entries << " entries; last entry " << v.head.seq << ", hash "
               << v.head.hash << '\n';
    }
    if (v.intact)
        return Success;
    return cl.runtimeError(QStringLiteral("the audit trail is broken at entry %1: %2. Entries before it are intact; keep this "
                                          "workspace as evidence and restore a copy from a backup to go on working.")
                               .arg(v.brokenSeq)
                               .arg(v.problem));
}

} // namespace

int runAudit(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("audit"),
                   QStringLiteral("The workspace's audit trail: 'audit list [--from D] [--to D]' or 'audit verify'."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.parser().addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | verify"));
    cl.parser().addOption({QStringLiteral("from"), QStringLiteral("first UTC day, inclusive (YYYY-MM-DD)"), QStringLiteral("DATE")});
    cl.parser().addOption({QStringLiteral("to"), QStringLiteral("last UTC day, inclusive (YYYY-MM-DD)"), QStringLiteral("DATE")});
    if (const auto exit = cl.parse(args))
        return *exit;
    const QString action = cl.positional().value(1);
    if (cl.positional().size() != 2 || (action != QLatin1String("list") && action != QLatin1String("verify")))
        return cl.usageError(QStringLiteral("expected 'audit list' or 'audit verify'"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    return action == QLatin1String("list") ? listEntries(cl, *workspace, io) : verify(cl, *workspace, io);
}

} // namespace costline::cli
