#pragma once

#include "sync/sourceconfig.h"
#include "sync/syncresult.h"
#include "sync/syncrunner.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace costline {

class CostBasisDialog;

class SourcesModel;

// Settings → Sources & provider keys: add and edit connections, store their keys in the
// OS keychain, test a connection, sync now (off the UI thread, with progress and Cancel),
// and see each source's last sync status and error. Keys are write-only here: the dialog
// never reads one back onto the screen.
class SourcesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SourcesDialog(QString workspacePath, QWidget *parent = nullptr);
    ~SourcesDialog() override;

    SourcesModel *model() const { return m_model; }
    void selectSource(const QString &name);
    QString statusText() const;
    bool isBusy() const;

public Q_SLOTS:
    void addSource();
    void saveSource();
    void removeSource();
    void testConnection();
    void syncNow();
    void cancelSync();
    // FOCUS billing exports are sources too, chosen a cost column rather than a connection.
    CostBasisDialog *openCostBasis();

Q_SIGNALS:
    void sourcesChanged();
    void syncFinished(bool ok);
    void connectionTested(bool ok, const QString &message);

private:
    QWidget *buildForm();
    QWidget *buildButtons();
    void reload(const QString &select = {});
    void showSelected();
    void updateButtons();
    SourceConfig formConfig() const;
    QString selectedName() const;
    bool writeSource(bool adding);
    void storeKey(const QString &name);
    void onSyncFinished();
    void setStatus(const QString &text, bool error);

    QString m_workspacePath;
    SourcesModel *m_model;
    QTableView *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_keyEnv = nullptr;
    QLineEdit *m_key = nullptr;
    QSpinBox *m_backfill = nullptr;
    QSpinBox *m_lookback = nullptr;
    QSpinBox *m_autoSync = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<SyncRunner> m_runner;
    QFutureWatcher<QList<SourceSyncResult>> m_syncWatcher;
    bool m_testing = false;
};

} // namespace costline
