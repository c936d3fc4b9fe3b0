#include "licencedialog.h"

#include "licensing/licencestore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace costline {

LicenceDialog::LicenceDialog(const LicenceStatus &status, bool demoWorkspace, QWidget *parent)
    : QDialog(parent), m_demo(demoWorkspace)
{
    setWindowTitle(tr("Licence"));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_entitlements = new QListWidget(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *load = buttons->addButton(tr("Load licence file…"), QDialogButtonBox::ActionRole);
    connect(load, &QPushButton::clicked, this, &LicenceDialog::loadFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Entitlements in force:"), this));
    layout->addWidget(m_entitlements, 1);
    layout->addWidget(buttons);
    resize(520, 460);
    show(status);
}

void LicenceDialog::show(const LicenceStatus &status)
{
    const bool hasLicence = status.state == LicenceStatus::State::Valid || status.state == LicenceStatus::State::Expired;
    const QString dash = QStringLiteral("—");
    QString rows;
    const QList<QPair<QString, QString>> fields{
        {tr("Licensee"), hasLicence ? status.licence.licensee : dash},
        {tr("Plan"), planDisplayName(status.plan())},
        {tr("Role"), status.role()},
        {tr("Seats"), hasLicence ? QString::number(status.licence.seats) : dash},
        {tr("Issued"), hasLicence ? status.licence.issued.toString(Qt::ISODate) : dash},
        {tr("Expires"), hasLicence ? status.licence.expires.toString(Qt::ISODate) : dash},
        {tr("File"), status.file}};
    for (const auto &[key, value] : fields)
        rows += QStringLiteral("<tr><td style='padding-right:16px; color:#5b6473'>%1</td><td>%2</td></tr>").arg(key, value.toHtmlEscaped());
    m_summary->setText(QStringLiteral("<table>") + rows + QStringLiteral("</table>"));
    QString message = status.message;
    if (m_demo)
        message += (message.isEmpty() ? QString() : QStringLiteral("\n\n"))
                   + tr("This is the demo workspace: it runs with every capability whatever the licence.");
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_entitlements->clear();
    QStringList names(status.entitlements().cbegin(), status.entitlements().cend());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return entitlement::all().indexOf(a) < entitlement::all().indexOf(b);
    });
    for (const QString &name : names)
        m_entitlements->addItem(entitlement::displayName(name));
}

void LicenceDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load licence"), QString(),
                                                      tr("Licence files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const LicenceStatus status = licencestore::install(path, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Load licence"), error);
        return;
    }
    show(status);
    emit licenceInstalled(status);
}

} // namespace costline
