#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class AuditTrailModel;
class QueryRunner;

// Settings → Audit trail: every recorded change, report and export of the workspace with
// who, when, and the object before and after, and whether the hash chain verifies (the
// first broken entry named in red when it does not). Read on the dialog's own worker.
class AuditTrailDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AuditTrailDialog(const QString &workspacePath, QWidget *parent = nullptr);

    AuditTrailModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

public slots:
    // Reads the trail and verifies the chain again.
    void reload();

private:
    void showVerification();

    QueryRunner *m_runner;
    AuditTrailModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace costline
