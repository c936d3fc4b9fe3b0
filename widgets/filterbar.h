#pragma once

#include "models/globalfilter.h"

#include <QMap>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
QT_END_NAMESPACE

namespace costline {

class MultiSelectPicker;

// The global filter bar: a date range (presets or custom) and searchable multi-select
// pickers for provider, model, team, project, tenant and customer. Every tab reads it.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The day presets count back from (the workspace's newest data).
    void setAnchorDay(qint64 day);
    void setDimensionValues(Dimension dim, const QStringList &values);
    const GlobalFilter &filter() const { return m_filter; }
    // Shows `filter` without announcing it.
    void setFilter(const GlobalFilter &filter);
    // Shows `filter` and applies it to every tab, as if the user had picked it.
    void applyFilter(const GlobalFilter &filter);
    void setPreset(DatePreset preset);
    // Ctrl+F: puts the keyboard focus on the first value picker.
    void focusSearch();

signals:
    void filterChanged(const GlobalFilter &filter);

private:
    void onPresetChosen();
    void onCustomDatesChanged();
    void onPickerChanged(Dimension dim, const QStringList &selected);
    void resetAll();
    void updateRangeLabel();
    void showFilter();

    GlobalFilter m_filter;
    qint64 m_anchorDay = 0;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_rangeLabel;
    QMap<Dimension, MultiSelectPicker *> m_pickers;
};

// "Oct 26 – Nov 24, 2026": a day range as an analyst reads it.
// Without `withYear` the year is left out (KPI cards, where space is short).
QString formatDayRange(const DayRange &range, bool withYear = true);
// The QDate pattern of a day without its year in the interface language ("MMM d").
QString shortDayFormat();

} // namespace costline
