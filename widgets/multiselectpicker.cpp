#include "multiselectpicker.h"

#include "models/globalfilter.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace costline {

MultiSelectPicker::MultiSelectPicker(const QString &label, QWidget *parent)
    : QPushButton(parent), m_label(label), m_menu(new QMenu(this))
{
    auto *panel = new QWidget(m_menu);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(panel);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search %1 values").arg(label));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(panel);
    m_list->setMinimumSize(240, 260);
    m_list->setAccessibleName(tr("%1 values; check the ones to keep").arg(label));
    setAccessibleName(tr("%1 filter").arg(label));
    auto *clear = new QPushButton(tr("Clear"), panel);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(clear);
    auto *action = new QWidgetAction(m_menu);
    action->setDefaultWidget(panel);
    m_menu->addAction(action);
    setMenu(m_menu);
    connect(m_search, &QLineEdit::textChanged, this, &MultiSelectPicker::applySearch);
    connect(m_list, &QListWidget::itemChanged, this, &MultiSelectPicker::readChecks);
    connect(clear, &QPushButton::clicked, this, [this] { setSelected({}); emit selectionChanged(m_selected); });
    connect(m_menu, &QMenu::aboutToShow, m_search, [this] { m_search->setFocus(); });
    updateText();
}

void MultiSelectPicker::setValues(const QStringList &values)
{
    m_values = values;
    QStringList kept;
    for (const QString &v : std::as_const(m_selected)) {
        if (values.contains(v))
            kept << v;
    }
    m_selected = kept;
    rebuildList();
    updateText();
}

QStringList MultiSelectPicker::values() const
{
    return m_values;
}

void MultiSelectPicker::setSelected(const QStringList &selected)
{
    m_selected = selected;
    rebuildList();
    updateText();
}

void MultiSelectPicker::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &value : std::as_const(m_values)) {
        auto *item = new QListWidgetItem(dimensionValueText(value), m_list);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_selected.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    applySearch(m_search->text());
}

void MultiSelectPicker::applySearch(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void MultiSelectPicker::readChecks()
{
    QStringList selected;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            selected << m_list->item(i)->data(Qt::UserRole).toString();
    }
    m_selected = selected;
    updateText();
    emit selectionChanged(m_selected);
}

void MultiSelectPicker::updateText()
{
    if (m_selected.isEmpty())
        setText(tr("%1: all").arg(m_label));
    else if (m_selected.size() == 1)
        setText(QStringLiteral("%1: %2").arg(m_label, dimensionValueText(m_selected.first())));
    else
        setText(tr("%1: %2 selected").arg(m_label).arg(m_selected.size()));
    setToolTip(m_selected.isEmpty() ? tr("All values of %1").arg(m_label) : m_selected.join(QStringLiteral(", ")));
    setAccessibleDescription(text());
}

} // namespace costline
