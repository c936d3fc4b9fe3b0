#include "commandline.h"

#include "core/utctime.h"
#include "workspace/summaryquery.h"

#include <QDir>
#include <QStandardPaths>

namespace costline::cli {

CommandLine::CommandLine(const QString &command, const QString &description, Io io)
    : m_command(command), m_io(io)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(command, QStringLiteral("the command"));
}

void CommandLine::addWorkspaceOption()
{
    m_parser.addOption({QStringLiteral("workspace"),
                        QStringLiteral("workspace file (default: %1)").arg(defaultWorkspacePath()),
                        QStringLiteral("FILE")});
}

void CommandLine::addFormatOption()
{
    m_hasFormat = true;
    m_parser.addOption({QStringLiteral("format"), QStringLiteral("output format: table, json or csv"),
                        QStringLiteral("FORMAT"), QStringLiteral("table")});
}

void CommandLine::addFilterOptions()
{
    m_parser.addOption({QStringLiteral("from"), QStringLiteral("first UTC day, inclusive (YYYY-MM-DD)"),
                        QStringLiteral("DATE")});
    m_parser.addOption({QStringLiteral("to"), QStringLiteral("last UTC day, inclusive (YYYY-MM-DD)"),
                        QStringLiteral("DATE")});
    m_parser.addOption({QStringLiteral("where"),
                        QStringLiteral("keep events with DIM=VALUE; repeat for more (same DIM: any of the values)"),
                        QStringLiteral("DIM=VALUE")});
}

std::optional<int> CommandLine::parse(const QStringList &args)
{
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("costline-cli"));
    if (!m_parser.parse(withProgram))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_io.out << m_parser.helpText().replace(QLatin1String("costline-cli [options]"),
                                                QStringLiteral("costline-cli %1 [options]").arg(m_command));
        return Success;
    }
    if (m_hasFormat) {
        const QString format = m_parser.value(QStringLiteral("format"));
        if (format == QLatin1String("json"))
            m_format = Format::Json;
        else if (format == QLatin1String("csv"))
            m_format = Format::Csv;
        else if (format == QLatin1String("table"))
            m_format = Format::Table;
        else
            return usageError(QStringLiteral("unknown format '%1'; use table, json or csv").arg(format));
    }
    return std::nullopt;
}

int CommandLine::usageError(const QString &message)
{
    m_io.err << "costline-cli " << m_command << ": " << message << '\n'
             << "Run 'costline-cli " << m_command << " --help' for the options.\n";
    return UsageError;
}

int CommandLine::runtimeError(const QString &message)
{
    m_io.err << "costline-cli " << m_command << ": " << message << '\n';
    return RuntimeError;
}

QString CommandLine::defaultWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.costline");
}

QString CommandLine::workspacePath() const
{
    return m_parser.isSet(QStringLiteral("workspace")) ? m_parser.value(QStringLiteral("workspace"))
                                                       : defaultWorkspacePath();
}

std::unique_ptr<Workspace> CommandLine::openWorkspace(Workspace::OpenMode mode)
{
    const QString path = workspacePath();
    if (mode == Workspace::OpenMode::CreateIfMissing)
        QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    auto workspace = Workspace::open(path, mode, &error);
    if (!workspace)
        runtimeError(error);
    return workspace;
}

std::optional<EventFilter> CommandLine::readFilter(Workspace &workspace, bool defaultToLatestMonth)
{
    EventFilter filter;
    for (const char *option : {"from", "to"}) {
        const QString name = QString::fromLatin1(option);
        if (!m_parser.isSet(name))
            continue;
        const auto day = utc::parseDate(m_parser.value(name).toUtf8());
        if (!day) {
            usageError(QStringLiteral("--%1 '%2' is not a date; use YYYY-MM-DD").arg(name, m_parser.value(name)));
            return std::nullopt;
        }
        (name == QLatin1String("from") ? filter.fromDay : filter.toDay) = *day;
    }
    for (const QString &clause : m_parser.values(QStringLiteral("where"))) {
        const qsizetype eq = clause.indexOf(QLatin1Char('='));
        const auto dim = eq > 0 ? dimensionFromName(clause.left(eq).trimmed()) : std::nullopt;
        if (!dim) {
            usageError(QStringLiteral("--where '%1' must be DIM=VALUE with DIM one of %2")
                           .arg(clause, groupingNames().mid(0, kDimensionCount).join(QStringLiteral(", "))));
            return std::nullopt;
        }
        filter.where[*dim] << clause.mid(eq + 1);
    }
    if (defaultToLatestMonth && (!filter.fromDay || !filter.toDay)) {
        const qint64 last = SummaryQuery(workspace).lastDay().value_or(utc::todayUtc());
        if (!filter.toDay)
            filter.toDay = filter.fromDay ? qMax(*filter.fromDay, last) : last;
        if (!filter.fromDay)
            filter.fromDay = utc::firstDayOfMonth(*filter.toDay);
    }
    if (filter.fromDay && filter.toDay && *filter.fromDay > *filter.toDay) {
        usageError(QStringLiteral("--from %1 is after --to %2").arg(utc::formatDate(*filter.fromDay), utc::formatDate(*filter.toDay)));
        return std::nullopt;
    }
    return filter;
}

} // namespace costline::cli
