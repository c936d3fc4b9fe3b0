#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class InvoiceLinesModel;
class QueryRunner;

// The Reports tab's invoice lines: every imported line of the period with its match status
// against the events it bills, and the events no line bills. A selected line is the one a
// dispute pack is built for.
class InvoiceLinesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceLinesPanel(QWidget *parent = nullptr);

    void setRunner(QueryRunner *runner);
    void load(qint64 fromDay, qint64 toDay);
    // The billing line id of the selected line; 0 when none is selected.
    qint64 selectedLineId() const;
    void selectLine(qint64 lineId);
    InvoiceLinesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Whether the plan lets the dispute pack be written.
    void setDisputeAllowed(bool allowed, const QString &reason);

signals:
    void disputeRequested(qint64 lineId);
    void selectionChanged();

private:
    void showLoaded();
    void updateButton();

    InvoiceLinesModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_dispute = nullptr;
    bool m_disputeAllowed = true;
};

} // namespace costline
