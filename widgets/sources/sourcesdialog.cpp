#include "sourcesdialog.h"

#include "models/sourcesmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {

SourcesDialog::SourcesDialog(QString workspacePath, QWidget *parent)
    : QDialog(parent), m_workspacePath(std::move(workspacePath)), m_model(new SourcesModel(this))
{
    setWindowTitle(tr("Sources & provider keys"));
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setColumnHidden(SourcesModel::Error, true); // shown in full below the form
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourcesDialog::showSelected);

    auto *lower = new QHBoxLayout;
    lower->addWidget(buildForm(), 3);
    lower->addWidget(buildButtons(), 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(lower);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(close);
    connect(&m_syncWatcher, &QFutureWatcherBase::finished, this, &SourcesDialog::onSyncFinished);
    resize(1000, 600);
    reload();
}

SourcesDialog::~SourcesDialog()
{
    // A sync still running owns its own connection; stop it and wait, it ends at a page.
    if (m_runner)
        m_runner->cancel();
    m_syncWatcher.waitForFinished();
}

QWidget *SourcesDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    m_kind = new QComboBox(form);
    m_kind->addItem(tr("OpenAI organization (usage + costs)"), QStringLiteral("openai"));
    m_kind->addItem(tr("Anthropic organization (usage + cost report)"), QStringLiteral("anthropic"));
    m_kind->addItem(tr("LLM gateway (per-request token usage)"), QStringLiteral("gateway"));
    m_kind->addItem(tr("LiteLLM proxy (spend logs)"), QStringLiteral("litellm"));
    m_name = new QLineEdit(form);
    m_baseUrl = new QLineEdit(form);
    m_baseUrl->setPlaceholderText(tr("provider default, or a proxy / regional host"));
    m_key = new QLineEdit(form);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("paste a new key to store it in the OS keychain"));
    m_keyEnv = new QLineEdit(form);
    m_keyEnv->setPlaceholderText(tr("environment variable, for machines without a keychain"));
    m_backfill = new QSpinBox(form);
    m_backfill->setRange(1, 3650);
    m_backfill->setSuffix(tr(" days"));
    m_lookback = new QSpinBox(form);
    m_lookback->setRange(0, 365);
    m_lookback->setSuffix(tr(" days"));
    m_autoSync = new QSpinBox(form);
    m_autoSync->setRange(0, 10080);
    m_autoSync->setSpecialValueText(tr("off"));
    m_autoSync->setSuffix(tr(" min"));
    m_lastSync = new QLabel(form);
    m_lastSync->setWordWrap(true);
    m_lastSync->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("Kind"), m_kind);
    layout->addRow(tr("Name"), m_name);
    layout->addRow(tr("Base URL"), m_baseUrl);
    layout->addRow(tr("API key"), m_key);
    layout->addRow(tr("Key variable"), m_keyEnv);
    layout->addRow(tr("First sync reads"), m_backfill);
    layout->addRow(tr("Each sync re-reads"), m_lookback);
    layout->addRow(tr("Auto-sync every"), m_autoSync);
    layout->addRow(tr("Last sync"), m_lastSync);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    return form;
}

QWidget *SourcesDialog::buildButtons()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    auto button = [&](const QString &text, void (SourcesDialog::*slot)()) {
        auto *b = new QPushButton(text, box);
        connect(b, &QPushButton::clicked, this, slot);
        layout->addWidget(b);
        return b;
    };
    m_add = button(tr("Add as new source"), &SourcesDialog::addSource);
    m_save = button(tr("Save changes"), &SourcesDialog::saveSource);
    m_remove = button(tr("Remove"), &SourcesDialog::removeSource);
    m_test = button(tr("Test connection"), &SourcesDialog::testConnection);
    m_sync = button(tr("Sync now"), &SourcesDialog::syncNow);
    m_cancel = button(tr("Cancel sync"), &SourcesDialog::cancelSync);
    layout->addStretch();
    auto *costBasis = new QPushButton(tr("FOCUS cost basis…"), box);
    costBasis->setToolTip(tr("Which cost column each imported FOCUS billing export counts"));
    connect(costBasis, &QPushButton::clicked, this, &SourcesDialog::openCostBasis);
    layout->addWidget(costBasis);
    return box;
}

void SourcesDialog::reload(const QString &select)
{
    QString error;
    if (!m_model->reload(m_workspacePath, &error))
        setStatus(error, true);
    const int row = m_model->rowOf(select);
    m_table->selectRow(row >= 0 ? row : 0);
    m_table->resizeColumnsToContents();
    showSelected();
}

void SourcesDialog::selectSource(const QString &name)
{
    m_table->selectRow(m_model->rowOf(name));
}

QString SourcesDialog::selectedName() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(SourcesModel::NameRole).toString() : QString();
}

QString SourcesDialog::statusText() const
{
    return m_status->text();
}

bool SourcesDialog::isBusy() const
{
    return m_syncWatcher.isRunning() || m_testing;
}

void SourcesDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void SourcesDialog::showSelected()
{
    const int row = m_model->rowOf(selectedName());
    if (row >= 0) {
        const SourceConfig &s = m_model->sourceAt(row);
        m_kind->setCurrentIndex(m_kind->findData(s.kind));
        m_name->setText(s.name);
        m_baseUrl->setText(s.baseUrl);
        m_keyEnv->setText(s.apiKeyEnv);
        m_backfill->setValue(s.backfillDays);
        m_lookback->setValue(s.lookbackDays);
        m_autoSync->setValue(s.autoSyncMinutes);
        const QString when = m_model->index(row, SourcesModel::LastSync).data().toString();
        m_lastSync->setText(s.lastSyncMs == 0 ? tr("never synced")
                                              : tr("%1 — %2, %3 rows").arg(when, sourceStatusText(s)).arg(s.lastRows));
        setStatus(s.lastError, !s.lastError.isEmpty());
    } else {
        m_backfill->setValue(90);
        m_lookback->setValue(3);
        m_lastSync->clear();
    }
    m_key->clear();
    updateButtons();
}

void SourcesDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    const bool syncing = m_syncWatcher.isRunning();
    m_save->setEnabled(selected && !syncing);
    m_remove->setEnabled(selected && !syncing);
    m_test->setEnabled(selected && !m_testing);
    m_sync->setEnabled(m_model->rowCount() > 0 && !syncing);
    m_cancel->setVisible(syncing);
    m_progress->setVisible(syncing || m_testing);
}

} // namespace costline
