#pragma once

#include "workspace/auditverifier.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace costline {

class QueryRunner;

// The workspace's audit trail for Settings → Audit trail: one row per entry, oldest first,
// and whether the chain verifies. Entries and verification are read together on a
// QueryRunner's worker.
class AuditTrailModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, Time, User, Action, Object, Before, After, Hash, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, ActionCodeRole };

    explicit AuditTrailModel(QObject *parent = nullptr);

    void setRunner(QueryRunner *runner);
    // Reads the entries and verifies the chain; loaded() after.
    void load();
    void setTrail(QList<AuditEntry> entries, AuditVerification verification);
    const AuditVerification &verification() const { return m_verification; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Budget changed" for "budget.change"; the code itself for an action not known here.
    static QString actionLabel(const QString &action);

signals:
    void loaded();

private:
    QVariant displayValue(const AuditEntry &e, int column) const;
    QVariant rawValue(const AuditEntry &e, int column) const;

    QPointer<QueryRunner> m_runner;
    QList<AuditEntry> m_entries;
    AuditVerification m_verification;
};

} // namespace costline
