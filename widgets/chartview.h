#pragma once

#include "models/recordtablemodel.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QTableView;
QT_END_NAMESPACE

namespace costline {

// One named row of values in nano-USD, e.g. a provider's cost per day.
struct MoneySeries
{
    QString name;
    QList<qint64> valuesNano;
};

// One labelled amount in nano-USD: a slice or a bar.
struct ChartItem
{
    QString label;
    qint64 valueNano = 0;
    QString key; // what activating the item reports; the label when empty
};

// Every chart Costline draws goes through this class, so the charting backend (Qt Charts
// today, deprecated in later Qt 6) can be swapped in one place. Amounts come in as nano-USD;
// axes are labelled, hovering shows the exact amount, and colours read in light and dark.
// Every chart also offers its data as a table (Ctrl+T or the context menu) and describes
// itself to screen readers: its accessible description sums up the series.
class ChartView final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Columns per category (days), stacked by series (providers).
    void showStackedColumns(const QStringList &categories, const QList<MoneySeries> &series,
                            const QString &categoryAxisTitle, const QString &valueAxisTitle);
    // A ring of slices with the amount and share of each in the legend.
    void showDonut(const QList<ChartItem> &items);
    // Horizontal bars, first item on top. With `signedColours`, increases and decreases
    // get their own colours (changes against a previous period).
    void showHorizontalBars(const QList<ChartItem> &items, const QString &valueAxisTitle, bool signedColours);
    // Shows a message instead of a chart.
    void showMessage(const QString &message);

    bool hasData() const { return m_hasData; }
    // The numbers behind the chart, one row per category or item; RawValueRole holds nano-USD.
    QAbstractItemModel *tableModel() const { return m_tableModel; }
    void setTableShown(bool shown);
    bool isTableShown() const;
    QAction *tableAction() const { return m_tableAction; }
    // The colours series take, in order; chosen to read on light and dark backgrounds.
    static QList<QColor> seriesColours();

signals:
    // A bar or slice was double-clicked; carries its key.
    void itemActivated(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    QChart *resetChart();
    void applyTheme();
    void showChart();
    void showToolTip(const QString &text);
    void buildTable();
    void setStackedTable(const QStringList &categories, const QList<MoneySeries> &series, const QString &categoryTitle);
    void setItemTable(const QList<ChartItem> &items, const QString &valueTitle, bool donut, bool signedValues);
    void describe(const QString &summary);

    QChartView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QStackedLayout *m_stack = nullptr;
    QTableView *m_table = nullptr;
    RecordTableModel *m_tableModel = nullptr;
    QAction *m_tableAction = nullptr;
    QString m_title;
    bool m_hasData = false;
};

} // namespace costline
