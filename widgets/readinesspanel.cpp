#include "readinesspanel.h"

#include "health/healthquery.h"
#include "models/moneyformat.h"
#include "models/queryrunner.h"

#include <QDateTime>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace costline {

ReadinessPanel::ReadinessPanel(QWidget *parent) : QWidget(parent), m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    connect(m_label, &QLabel::linkActivated, this, &ReadinessPanel::detailsRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
}

QString ReadinessPanel::text() const
{
    return m_label->text();
}

void ReadinessPanel::load(QueryRunner *runner, const DayRange &range)
{
    if (!runner)
        return;
    HealthRequest request;
    request.fromDay = range.fromDay;
    request.toDay = range.toDay;
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    request.enabled = m_enabled;
    const quint64 generation = ++m_generation;
    QPointer<ReadinessPanel> self(this);
    runner->run<HealthReport>([request](Workspace &ws) { return HealthQuery(ws).run(request); })
        .then(this, [self, generation](const HealthReport &report) {
            if (self && self->m_generation == generation)
                self->show(report);
        });
}

void ReadinessPanel::show(const HealthReport &report)
{
    QString html = tr("<p><b>Data readiness %1 / 100</b> · <a href=\"health\">Data health</a></p>").arg(report.readiness);
    if (report.next)
        html += tr("<p><b>Fix first</b> (%1 at stake): %2<br><span>%3</span></p>")
                    .arg(formatMoney(report.next->moneyAtStakeNano), report.next->action.toHtmlEscaped(),
                         report.next->reason.toHtmlEscaped());
    else
        html += tr("<p>Every check of the plan passes.</p>");
    m_label->setText(html);
}

} // namespace costline
