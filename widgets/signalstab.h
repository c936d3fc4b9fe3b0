#pragma once

#include "core/dimension.h"
#include "tabpage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace costline {

class SignalsModel;
struct Signal;

// Cost signals: what needs attention as of the end of the selected range — anomalies,
// budget crossings, pricing gaps, missing attribution, model-mix shifts and reported vs
// computed mismatches — with the explanation, the next action and triage.
class SignalsTab final : public TabPage
{
    Q_OBJECT

public:
    explicit SignalsTab(QWidget *parent = nullptr);

    SignalsModel *model() const { return m_model; }
    // Preferences → anomaly threshold in percent over the baseline; 0: the workspace's.
    void setAnomalyThresholdPct(double pct);

signals:
    // Show usage events: the selected signal's whole scope (a tenant's spend on one model
    // narrows to both).
    void drillDownRequested(const QMap<Dimension, QString> &scope);

protected:
    void reload() override;

private:
    QWidget *buildDetailPane();
    void showSelected();
    void applyStateFilter();
    void triage(int state);
    void openThresholds();
    const Signal *selectedSignal() const;

    SignalsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_stateFilter;
    QLabel *m_summary;
    QLabel *m_explanation;
    QLabel *m_nextAction;
    QPushButton *m_showEvents;
    QList<QPushButton *> m_triageButtons;
    double m_thresholdPct = 0;
};

} // namespace costline
