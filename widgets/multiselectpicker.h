#pragma once

#include <QStringList>
#include <QPushButton>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListWidget;
class QMenu;
QT_END_NAMESPACE

namespace costline {

// A filter button with a searchable, multi-select list of values: "Team: all",
// "Team: search", "Team: 3 selected". Empty selection means no filter.
class MultiSelectPicker final : public QPushButton
{
    Q_OBJECT

public:
    explicit MultiSelectPicker(const QString &label, QWidget *parent = nullptr);

    void setValues(const QStringList &values);
    QStringList values() const;
    void setSelected(const QStringList &selected);
    QStringList selected() const { return m_selected; }

signals:
    void selectionChanged(const QStringList &selected);

private:
    void rebuildList();
    void applySearch(const QString &text);
    void readChecks();
    void updateText();

    QString m_label;
    QStringList m_values;
    QStringList m_selected;
    QMenu *m_menu;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace costline
