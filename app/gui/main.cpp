#include "appearance.h"
#include "firstpaint.h"
#include "mainwindow.h"
#include "models/budgetalertwatcher.h"
#include "preferences.h"
#include "screenshot.h"
#include "tabavailability.h"
#include "translations.h"
#include "workspacebootstrap.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>

#include <cstdio>
#include <memory>
#include <optional>

using namespace costline;

namespace {

struct GuiOptions
{
    QString workspace;
    std::optional<Tab> tab;
    QString screenshot;
    bool exitAfterFirstPaint = false;
    Preferences preferences; // the saved ones, with --language and --palette on top for this run
};

// --palette light|dark|system, for screenshots of either scheme.
std::optional<Preferences::Theme> themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Preferences::Theme::Light;
    if (name == QLatin1String("dark"))
        return Preferences::Theme::Dark;
    if (name == QLatin1String("system"))
        return Preferences::Theme::System;
    return std::nullopt;
}

std::optional<GuiOptions> parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Costline: where the AI money went."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("workspace file to open"), QStringLiteral("FILE")});
    // The desktop file passes a double-clicked workspace as a bare argument.
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("workspace file to open (same as --workspace)"),
                                 QStringLiteral("[FILE]"));
    parser.addOption({QStringLiteral("tab"), QStringLiteral("tab to show, e.g. \"Cost drivers\""), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("render the window to FILE.png once the tab has its data, then exit"),
                      QStringLiteral("FILE.png")});
    parser.addOption({QStringLiteral("exit-after-first-paint"),
                      QStringLiteral("print the time from start to the first paint with the tab's data, then exit (benchmarks)")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("interface language for this run: en, de or fr"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("palette"), QStringLiteral("colours for this run: light, dark or system"), QStringLiteral("NAME")});
    parser.process(app);
    GuiOptions options;
    options.preferences = Preferences::load();
    if (parser.isSet(QStringLiteral("language")))
        options.preferences.language = parser.value(QStringLiteral("language"));
    if (parser.isSet(QStringLiteral("palette"))) {
        const auto theme = themeFromName(parser.value(QStringLiteral("palette")));
        if (!theme) {
            std::fprintf(stderr, "costline: --palette must be light, dark or system\n");
            return std::nullopt;
        }
        options.preferences.theme = *theme;
    }
    options.workspace = parser.value(QStringLiteral("workspace"));
    if (options.workspace.isEmpty() && !parser.positionalArguments().isEmpty())
        options.workspace = parser.positionalArguments().constFirst();
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    options.exitAfterFirstPaint = parser.isSet(QStringLiteral("exit-after-first-paint"));
    if (parser.isSet(QStringLiteral("tab"))) {
        options.tab = tabFromName(parser.value(QStringLiteral("tab")));
        if (!options.tab) {
            QStringList names;
            for (int i = 0; i < int(Tab::Count); ++i)
                names << tabName(Tab(i));
            std::fprintf(stderr, "costline: --tab '%s' is not a tab; use one of: %s\n",
                         qPrintable(parser.value(QStringLiteral("tab"))), qPrintable(names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    if (!options.workspace.isEmpty() && !QFileInfo::exists(options.workspace)) {
        std::fprintf(stderr, "costline: %s does not exist; create one with 'costline-cli demo --out FILE'\n",
                     qPrintable(options.workspace));
        return std::nullopt;
    }
    return options;
}

// The explicit file, else the default one from Preferences, else the last one opened,
// else the demo in the user's data folder.
QString chooseWorkspace(const GuiOptions &options)
{
    if (!options.workspace.isEmpty())
        return options.workspace;
    if (const QString preferred = options.preferences.defaultWorkspace; !preferred.isEmpty() && QFileInfo::exists(preferred))
        return preferred;
    const QString last = QSettings().value(QStringLiteral("workspace/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return defaultWorkspacePath();
}

void openOrCreate(MainWindow *window, const QString &path)
{
    if (QFileInfo::exists(path)) {
        window->openWorkspace(path);
        return;
    }
    window->statusBar()->showMessage(QObject::tr("Creating a demo workspace to explore…"));
    QPointer<MainWindow> guard(window);
    createDemoWorkspace(path).then(window, [guard, path](const QString &error) {
        if (!guard)
            return;
        if (error.isEmpty())
            guard->openWorkspace(path);
        else
            emit guard->workspaceFailed(error);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Costline"));
    QApplication::setApplicationName(QStringLiteral("Costline"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.costline.Costline"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.costline.Costline.svg")));
    const auto options = parseOptions(app);
    if (!options)
        return 2;
    installTranslations(interfaceLocale(options->preferences.language));
    applyTheme(Preferences::Theme::System); // remembers the platform's palette before any change
    MainWindow window;
    window.applyPreferences(options->preferences);
    const bool screenshot = !options->screenshot.isEmpty();
    std::unique_ptr<Screenshot> capture;
    std::unique_ptr<FirstPaintExit> firstPaint;
    if (options->exitAfterFirstPaint || !options->screenshot.isEmpty())
        window.budgetAlerts()->setSuspended(true); // a run nobody watches notifies nobody
    if (options->exitAfterFirstPaint)
        window.setPersistSettings(false);
    if (screenshot) {
        window.setPersistSettings(false);
        window.resize(1440, 900);
    } else {
        window.resize(1360, 860);
        window.restoreSettings();
    }
    if (options->tab)
        window.setCurrentTab(*options->tab);
    window.show();
    if (screenshot)
        capture = std::make_unique<Screenshot>(&window, options->screenshot);
    if (options->exitAfterFirstPaint)
        firstPaint = std::make_unique<FirstPaintExit>(&window, started);
    openOrCreate(&window, chooseWorkspace(*options));
    return app.exec();
}
