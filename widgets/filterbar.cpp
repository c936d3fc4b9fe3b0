#include "filterbar.h"

#include "multiselectpicker.h"
#include "core/utctime.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace costline {
namespace {

QDate toDate(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

qint64 toDay(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

} // namespace

QString shortDayFormat()
{
    // A date pattern per language: "Nov 24" in English, "24. Nov." in German, "24 nov." in French.
    return QCoreApplication::translate("costline::DayFormat", "MMM d");
}

QString formatDayRange(const DayRange &range, bool withYear)
{
    const QDate from = toDate(range.fromDay);
    const QDate to = toDate(range.toDay);
    const QLocale locale;
    const QString shortFormat = shortDayFormat();
    const QString longFormat = QCoreApplication::translate("costline::DayFormat", "MMM d, yyyy");
    if (!withYear) {
        return from == to ? locale.toString(from, shortFormat)
                          : locale.toString(from, shortFormat) + QStringLiteral(" – ") + locale.toString(to, shortFormat);
    }
    if (from == to)
        return locale.toString(from, longFormat);
    const QString left = locale.toString(from, from.year() == to.year() ? shortFormat : longFormat);
    return left + QStringLiteral(" – ") + locale.toString(to, longFormat);
}

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_rangeLabel(new QLabel(this))
{
    for (const DatePreset preset : allPresets())
        m_preset->addItem(presetLabel(preset), int(preset));
    m_preset->setToolTip(tr("Period to analyse; changes compare with the period of equal length before it"));
    m_preset->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("From (UTC day)"));
    m_to->setAccessibleName(tr("To (UTC day)"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::onCustomDatesChanged);
    }
    m_rangeLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_rangeLabel);
    layout->addSpacing(12);
    for (const Dimension dim : globalFilterDimensions()) {
        auto *picker = new MultiSelectPicker(dimensionLabel(dim), this);
        connect(picker, &MultiSelectPicker::selectionChanged, this,
                [this, dim](const QStringList &selected) { onPickerChanged(dim, selected); });
        m_pickers.insert(dim, picker);
        layout->addWidget(picker);
    }
    auto *reset = new QPushButton(tr("Reset"), this);
    reset->setToolTip(tr("Clear every value filter"));
    reset->setAccessibleDescription(reset->toolTip());
    connect(reset, &QPushButton::clicked, this, &FilterBar::resetAll);
    layout->addWidget(reset);
    layout->addStretch(1);
    connect(m_preset, &QComboBox::activated, this, &FilterBar::onPresetChosen);
    m_filter.range = *presetRange(m_filter.preset, m_anchorDay);
    showFilter();
}

void FilterBar::focusSearch()
{
    // The first picker: Space opens its searchable list, Tab walks on to the next.
    m_pickers.value(globalFilterDimensions().first())->setFocus(Qt::ShortcutFocusReason);
}

void FilterBar::setAnchorDay(qint64 day)
{
    m_anchorDay = day;
    if (const auto range = presetRange(m_filter.preset, day))
        m_filter.range = *range;
    showFilter();
}

void FilterBar::setDimensionValues(Dimension dim, const QStringList &values)
{
    if (MultiSelectPicker *picker = m_pickers.value(dim))
        picker->setValues(values);
}

void FilterBar::setFilter(const GlobalFilter &filter)
{
    m_filter = filter;
    showFilter();
}

void FilterBar::applyFilter(const GlobalFilter &filter)
{
    setFilter(filter);
    emit filterChanged(m_filter);
}

void FilterBar::setPreset(DatePreset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    onPresetChosen();
}

void FilterBar::showFilter()
{
    const QSignalBlocker b1(m_preset);
    const QSignalBlocker b2(m_from);
    const QSignalBlocker b3(m_to);
    m_preset->setCurrentIndex(m_preset->findData(int(m_filter.preset)));
    m_from->setDate(toDate(m_filter.range.fromDay));
    m_to->setDate(toDate(m_filter.range.toDay));
    const bool custom = m_filter.preset == DatePreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    for (auto it = m_pickers.cbegin(); it != m_pickers.cend(); ++it)
        it.value()->setSelected(m_filter.where.value(it.key()));
    updateRangeLabel();
}

void FilterBar::updateRangeLabel()
{
    const DayRange previous = previousPeriod(m_filter.range);
    m_rangeLabel->setText(m_filter.preset == DatePreset::Custom ? QString() : formatDayRange(m_filter.range));
    m_rangeLabel->setToolTip(tr("Compared with %1").arg(formatDayRange(previous)));
}

void FilterBar::onPresetChosen()
{
    m_filter.preset = DatePreset(m_preset->currentData().toInt());
    if (const auto range = presetRange(m_filter.preset, m_anchorDay))
        m_filter.range = *range;
    showFilter();
    emit filterChanged(m_filter);
}

void FilterBar::onCustomDatesChanged()
{
    qint64 from = toDay(m_from->date());
    qint64 to = toDay(m_to->date());
    if (from > to)
        std::swap(from, to);
    m_filter.range = DayRange{from, to};
    updateRangeLabel();
    emit filterChanged(m_filter);
}

void FilterBar::onPickerChanged(Dimension dim, const QStringList &selected)
{
    if (selected.isEmpty())
        m_filter.where.remove(dim);
    else
        m_filter.where.insert(dim, selected);
    emit filterChanged(m_filter);
}

void FilterBar::resetAll()
{
    if (m_filter.where.isEmpty())
        return;
    m_filter.where.clear();
    showFilter();
    emit filterChanged(m_filter);
}

} // namespace costline
