#pragma once

#include "workspace/eventquery.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace costline {

// Every field of the selected usage event, exactly as stored, with Copy trace id.
class EventDetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailPane(QWidget *parent = nullptr);

    void showDetails(const EventRow &row);
    void clear();
    QString traceId() const { return m_traceId; }

private:
    void copyTraceId();

    QTreeWidget *m_fields;
    QPushButton *m_copyTrace;
    QString m_traceId;
};

} // namespace costline
