#pragma once

#include "analysis/dayrange.h"

#include <QSet>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace costline {

class QueryRunner;
struct HealthReport;

// The readiness score of the Data health checks and the single most valuable fix (the
// check with the most money at stake), as Overview shows them above the movers.
class ReadinessPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessPanel(QWidget *parent = nullptr);

    // The plan's capabilities; empty scores every capability.
    void setEnabledCapabilities(const QSet<QString> &capabilities) { m_enabled = capabilities; }
    // Runs the checks through `runner`'s worker for the range.
    void load(QueryRunner *runner, const DayRange &range);
    QString text() const;

signals:
    // "Open Data health" was chosen.
    void detailsRequested();

private:
    void show(const HealthReport &report);

    QSet<QString> m_enabled;
    QLabel *m_label;
    quint64 m_generation = 0;
};

} // namespace costline
