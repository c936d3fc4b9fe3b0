// What the buttons of the Sources & provider keys dialog do; the layout is in
// sourcesdialog.cpp.
#include "sourcesdialog.h"

#include "costbasisdialog.h"
#include "keychainlookup.h"

#include "credentials/keystore.h"
#include "models/sourcesmodel.h"
#include "sync/connectioncheck.h"
#include "sync/syncrunner.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace costline {

SourceConfig SourcesDialog::formConfig() const
{
    SourceConfig c;
    c.kind = m_kind->currentData().toString();
    c.name = m_name->text().trimmed();
    c.baseUrl = m_baseUrl->text().trimmed();
    c.apiKeyEnv = m_keyEnv->text().trimmed();
    c.backfillDays = m_backfill->value();
    c.lookbackDays = m_lookback->value();
    c.autoSyncMinutes = m_autoSync->value();
    return c;
}

bool SourcesDialog::writeSource(bool adding)
{
    const SourceConfig config = formConfig();
    QString error;
    const QUrl url(config.baseUrl);
    const bool needsUrl = config.kind == QLatin1String("gateway") || config.kind == QLatin1String("litellm");
    if (config.name.isEmpty())
        error = tr("Give the source a name.");
    else if ((needsUrl || !config.baseUrl.isEmpty()) && (!url.scheme().startsWith(QLatin1String("http")) || url.host().isEmpty()))
        error = tr("The base URL must be an http(s) address such as https://gateway.example.com.");
    else if (!adding && config.name != selectedName())
        error = tr("A source keeps its name: add it as a new source and remove the old one to rename it.");
    auto workspace = error.isEmpty() ? Workspace::open(m_workspacePath, Workspace::OpenMode::CreateIfMissing, &error) : nullptr;
    if (workspace) {
        SourceConfigStore store(*workspace);
        if (adding ? store.add(config, &error) : store.update(config, &error)) {
            storeKey(config.name);
            workspace.reset();
            reload(config.name);
            Q_EMIT sourcesChanged();
            return true;
        }
    }
    setStatus(error, true);
    return false;
}

void SourcesDialog::addSource()
{
    writeSource(true);
}

void SourcesDialog::saveSource()
{
    writeSource(false);
}

void SourcesDialog::storeKey(const QString &name)
{
    const QByteArray key = m_key->text().trimmed().toUtf8();
    m_key->clear();
    if (key.isEmpty())
        return;
    QPointer<SourcesDialog> self(this);
    QtConcurrent::run([name, key] {
        QString error;
        return KeyStore().write(name, key, &error) == KeyStore::Status::Ok ? QString() : error;
    }).then(this, [self, name](const QString &error) {
        if (!self)
            return;
        self->setStatus(error.isEmpty() ? tr("The key for %1 is stored in the OS keychain.").arg(name)
                                        : tr("The keychain did not take the key for %1 (%2). On a machine without a "
                                             "keychain, name an environment variable instead.").arg(name, error),
                        !error.isEmpty());
    });
}

void SourcesDialog::removeSource()
{
    const QString name = selectedName();
    if (QMessageBox::question(this, tr("Remove source"),
                              tr("Remove %1? Its synced data stays in the workspace; its key leaves the keychain.").arg(name))
        != QMessageBox::Yes)
        return;
    QString error;
    auto workspace = Workspace::open(m_workspacePath, Workspace::OpenMode::ExistingOnly, &error);
    if (!workspace || !SourceConfigStore(*workspace).remove(name, &error)) {
        setStatus(error, true);
        return;
    }
    workspace.reset();
    QtConcurrent::run([name] {
        QString ignored; // a missing keychain is no reason to keep the source
        KeyStore().remove(name, &ignored);
    });
    reload();
    Q_EMIT sourcesChanged();
}

void SourcesDialog::testConnection()
{
    const SourceConfig config = formConfig();
    const QByteArray typedKey = m_key->text().trimmed().toUtf8();
    m_testing = true;
    updateButtons();
    setStatus(tr("Testing %1…").arg(config.name), false);
    QPointer<SourcesDialog> self(this);
    QtConcurrent::run([config, typedKey] {
        QString why;
        const auto key = typedKey.isEmpty() ? keychainLookup()(config, &why) : std::optional<QByteArray>(typedKey);
        return key ? checkConnection(config, *key) : ConnectionCheck{false, why};
    }).then(this, [self](const ConnectionCheck &check) {
        if (!self)
            return;
        self->m_testing = false;
        self->updateButtons();
        self->setStatus(check.ok ? tr("Connection works: %1").arg(check.message) : tr("Connection failed: %1").arg(check.message), !check.ok);
        Q_EMIT self->connectionTested(check.ok, check.message);
    });
}

void SourcesDialog::syncNow()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_syncWatcher.isRunning())
        return;
    m_runner = new SyncRunner(m_workspacePath, keychainLookup(), {}, this);
    connect(m_runner, &SyncRunner::progressed, this, [this](const QString &source, qint64 pages, qint64 rows) {
        m_model->setProgress(source, pages, rows);
        setStatus(tr("Syncing %1: %2 pages, %3 rows so far").arg(source).arg(pages).arg(rows), false);
    });
    setStatus(tr("Syncing %1…").arg(name), false);
    m_syncWatcher.setFuture(m_runner->start({name}));
    updateButtons();
}

void SourcesDialog::cancelSync()
{
    if (m_runner)
        m_runner->cancel();
    setStatus(tr("Cancelling after the current page; pages already read stay saved."), false);
}

void SourcesDialog::onSyncFinished()
{
    const QList<SourceSyncResult> results = m_syncWatcher.result();
    if (m_runner)
        m_runner->deleteLater();
    const bool ok = !results.isEmpty() && results.first().ok;
    reload(results.isEmpty() ? QString() : results.first().source);
    if (!results.isEmpty())
        setStatus(ok ? results.first().summaryLine() : results.first().error, !ok);
    Q_EMIT syncFinished(ok);
}

CostBasisDialog *SourcesDialog::openCostBasis()
{
    auto *dialog = new CostBasisDialog(m_workspacePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CostBasisDialog::basisChanged, this, &SourcesDialog::sourcesChanged);
    dialog->show();
    return dialog;
}

} // namespace costline
