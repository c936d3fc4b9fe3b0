#include "helpdialogs.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace costline {

// The translation context of the help texts.
class HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};

namespace {

QString guideText()
{
    const QString localised = QStringLiteral(":/help/user-guide.%1.md").arg(QLocale().name().left(2));
    QFile file(QFile::exists(localised) ? localised : QStringLiteral(":/help/user-guide.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QString licenceSummary(const LicenceStatus &licence)
{
    if (!licence.isValid())
        return HelpDialogs::tr("Free plan (no valid licence). %1").arg(licence.message);
    return HelpDialogs::tr("%1 plan, licensed to %2 until %3")
        .arg(planDisplayName(licence.plan()), licence.licence.licensee,
             QLocale().toString(licence.licence.expires, QLocale::LongFormat));
}

void showAboutBox(QWidget *parent, const LicenceStatus &licence)
{
    const QString text = HelpDialogs::tr("<h3>Costline %1</h3>"
                            "<p>Where the AI money went: usage and billing of AI providers and gateways in one "
                            "local workspace, with the reports that settle it.</p>"
                            "<p><b>Licence:</b> %2</p>"
                            "<p>Built with Qt %3 (running on Qt %4).</p>")
                             .arg(QStringLiteral(COSTLINE_VERSION), licenceSummary(licence).toHtmlEscaped(),
                                  QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    QMessageBox::about(parent, HelpDialogs::tr("About Costline"), text);
}

void showUserGuide(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(HelpDialogs::tr("Costline user guide"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(guideText());
    browser->setAccessibleName(HelpDialogs::tr("User guide"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(760, 680);
    dialog.exec();
}

} // namespace costline
