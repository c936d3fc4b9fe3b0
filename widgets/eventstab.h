#pragma once

#include "tabpage.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace costline {

class EventDetailPane;
class EventsModel;

// Every usage event behind the numbers: a lazily loaded table (newest first, or by cost),
// a text filter, copy for spreadsheets, CSV export of the whole filtered set, and a detail
// pane. A drill-down from another tab narrows it to one slice until Back.
class EventsTab final : public TabPage
{
    Q_OBJECT

public:
    explicit EventsTab(QWidget *parent = nullptr);

    // Narrows the events to `dim` = `value` on top of the global filter (a drill-down).
    void showSlice(Dimension dim, const QString &value);
    // Narrows them to every dimension value of `slice` at once (tenant × model).
    void showSlice(const QMap<Dimension, QString> &slice);
    void clearSlice();
    QPushButton *backButton() const { return m_back; }
    bool hasSlice() const { return !m_slice.isEmpty(); }
    EventsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setFilterText(const QString &text);
    // Tab-separated text of the selected rows with a header line, as Copy puts it.
    QString selectedRowsText() const;
    // Writes the whole filtered set to `path` off the UI thread; exportFinished reports.
    void exportCsv(const QString &path, bool showProgress);
    bool canExport() const override { return true; }
    void exportData() override { chooseExportFile(); }
    bool focusSearch() override;

signals:
    void backRequested();
    void exportFinished(bool ok, const QString &message);

protected:
    void reload() override;

private:
    QWidget *buildToolbar();
    void copySelection();
    void chooseExportFile();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void onCurrentRowChanged();
    void updateStatus();

    QMap<Dimension, QString> m_slice;
    EventsModel *m_model;
    QTableView *m_table;
    EventDetailPane *m_detail;
    QPushButton *m_back;
    QLabel *m_sliceLabel;
    QLineEdit *m_text;
    QLabel *m_status;
    QTimer *m_textDelay;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace costline
