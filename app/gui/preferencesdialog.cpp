#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace costline {
namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(qMax(0, box->findData(value)));
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent), m_workspace(new QLineEdit(this)), m_language(new QComboBox(this)), m_autoSync(new QComboBox(this)),
      m_threshold(new QSpinBox(this)), m_precision(new QComboBox(this)), m_theme(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_workspace->setPlaceholderText(tr("The workspace opened last"));
    m_workspace->setText(current.defaultWorkspace);
    m_workspace->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseWorkspace);
    auto *workspaceRow = new QHBoxLayout();
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);
    for (const auto &[code, name] : availableLanguages())
        m_language->addItem(name, code);
    selectData(m_language, current.language);
    m_autoSync->addItem(tr("Off"), 0);
    m_autoSync->addItem(tr("Every 15 minutes"), 15);
    m_autoSync->addItem(tr("Every hour"), 60);
    m_autoSync->addItem(tr("Every 4 hours"), 240);
    selectData(m_autoSync, current.autoSyncMinutes);
    m_threshold->setRange(0, 1000);
    m_threshold->setSingleStep(10);
    m_threshold->setSuffix(tr(" % over baseline"));
    m_threshold->setSpecialValueText(tr("The workspace's setting"));
    m_threshold->setValue(qRound(current.anomalyThresholdPct));
    m_precision->addItem(tr("Cents ($1,234.56)"), 2);
    m_precision->addItem(tr("Four decimals ($1,234.5678)"), 4);
    selectData(m_precision, current.moneyDecimals);
    m_theme->addItem(tr("System"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    selectData(m_theme, int(current.theme));
    auto *form = new QFormLayout();
    form->addRow(tr("Default &workspace:"), workspaceRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Auto-sync:"), m_autoSync);
    form->addRow(tr("Anomaly &threshold:"), m_threshold);
    form->addRow(tr("Money &precision:"), m_precision);
    form->addRow(tr("&Colours:"), m_theme);
    m_workspace->setAccessibleName(tr("Default workspace"));
    m_threshold->setToolTip(tr("A day is an anomaly when its cost exceeds the baseline by this much; "
                               "per-tenant thresholds in the workspace still apply"));
    m_autoSync->setToolTip(tr("Syncs every source in the background, as File → Sync now (F5) does"));
    auto *note = new QLabel(tr("A new language applies when Costline starts again. These choices are yours: "
                               "they are kept in your user settings, not in the workspace."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.defaultWorkspace = m_workspace->text().trimmed();
    p.language = m_language->currentData().toString();
    p.autoSyncMinutes = m_autoSync->currentData().toInt();
    p.anomalyThresholdPct = m_threshold->value();
    p.moneyDecimals = m_precision->currentData().toInt();
    p.theme = Preferences::Theme(m_theme->currentData().toInt());
    return p;
}

void PreferencesDialog::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Default workspace"), QFileInfo(m_workspace->text()).absolutePath(),
                                                      tr("Costline workspaces (*.costline);;All files (*)"));
    if (!path.isEmpty())
        m_workspace->setText(path);
}

} // namespace costline
