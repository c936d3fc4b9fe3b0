#pragma once

#include "cliapp.h"
#include "workspace/eventfilter.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace costline::cli {

enum class Format { Table, Json, Csv };

// QCommandLineParser plus what every costline-cli command shares: --workspace, --format,
// --from/--to/--where, and the exit-code conventions (2 for a usage error).
class CommandLine final
{
public:
    CommandLine(const QString &command, const QString &description, Io io);

    QCommandLineParser &parser() { return m_parser; }
    void addWorkspaceOption();
    void addFormatOption();
    void addFilterOptions();

    // nullopt when the command should go on; else the exit code to return (help, bad usage).
    std::optional<int> parse(const QStringList &args);

    Format format() const { return m_format; }
    QString value(const QString &option) const { return m_parser.value(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Prints "costline-cli COMMAND: message" and a hint; returns UsageError.
    int usageError(const QString &message);
    // Prints the message; returns RuntimeError.
    int runtimeError(const QString &message);

    QString workspacePath() const;
    std::unique_ptr<Workspace> openWorkspace(Workspace::OpenMode mode);

    // --from/--to/--where read into a filter. Without --from/--to the range is the month
    // of the workspace's latest data. nullopt after printing a usage error.
    std::optional<EventFilter> readFilter(Workspace &workspace, bool defaultToLatestMonth);

    static QString defaultWorkspacePath();

private:
    QString m_command;
    Io m_io;
    QCommandLineParser m_parser;
    bool m_hasFormat = false;
    Format m_format = Format::Table;
};

} // namespace costline::cli
