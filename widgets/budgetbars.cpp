#include "budgetbars.h"

#include "core/utctime.h"
#include "filterbar.h"
#include "models/budgetsmodel.h"
#include "models/moneyformat.h"

#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace costline {
namespace {

// Pixels for `part` of `whole` across `width`: a display ratio, never money arithmetic.
int pixelsFor(qint64 part, qint64 whole, int width)
{
    if (whole <= 0)
        return 0;
    const double share = double(std::clamp<qint64>(part, 0, whole)) / double(whole);
    return qRound(share * width);
}

// One horizontal bar. The scale stretches past the limit when spend or the projection
// does, so an overrun shows how far over it is rather than a full bar.
class BudgetBar final : public QWidget
{
public:
    BudgetBar(const BudgetStatus &status, QWidget *parent) : QWidget(parent), m_status(status)
    {
        setMinimumSize(160, 22);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const qint64 limit = m_status.budget.limitNano;
        const qint64 scale = std::max({limit, m_status.spendNano, m_status.projectedNano, qint64(1)});
        const QRect track = rect().adjusted(1, 7, -2, -3); // the top rows hold the projection marker
        const QColor text = palette().color(QPalette::WindowText);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(track, 3, 3);
        QRect fill = track.adjusted(1, 1, 0, -1);
        fill.setWidth(pixelsFor(m_status.spendNano, scale, track.width() - 1));
        p.setPen(Qt::NoPen);
        p.setBrush(budgetStateColour(m_status.state));
        p.drawRoundedRect(fill, 2, 2);
        const auto xFor = [&](qint64 nano) { return track.left() + pixelsFor(nano, scale, track.width()); };
        // Soft limit: a faint tick; the limit itself: a solid one.
        QColor faint = text;
        faint.setAlphaF(0.45f);
        p.setPen(QPen(faint, 1, Qt::DotLine));
        const int soft = xFor(m_status.budget.softLimitNano());
        p.drawLine(soft, track.top() + 1, soft, track.bottom() - 1);
        p.setPen(QPen(text, 2));
        const int hard = std::min(xFor(limit), track.right());
        p.drawLine(hard, track.top() - 2, hard, track.bottom() + 2);
        // Projected period end: a downward triangle over the bar and a thin line through it.
        const int projected = std::min(xFor(m_status.projectedNano), track.right());
        p.setPen(QPen(text, 1));
        p.drawLine(projected, track.top(), projected, track.bottom());
        QPainterPath marker;
        marker.moveTo(projected - 5, 0);
        marker.lineTo(projected + 5, 0);
        marker.lineTo(projected, 6);
        marker.closeSubpath();
        p.fillPath(marker, m_status.projectedOverLimit ? budgetStateColour(BudgetStatus::State::Hard) : text);
    }

private:
    BudgetStatus m_status;
};

} // namespace

BudgetBars::BudgetBars(QWidget *parent)
    : QGroupBox(tr("Budgets this period"), parent), m_model(new BudgetsModel(this)), m_grid(new QGridLayout),
      m_note(new QLabel(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(m_grid);
    layout->addWidget(m_note);
    m_note->setText(tr("Loading budgets…"));
    connect(m_model, &BudgetsModel::loaded, this, [this] {
        QList<BudgetStatus> statuses;
        for (int row = 0; row < m_model->rowCount(); ++row)
            statuses.append(m_model->statusAt(row));
        // Budgets follow the calendar, not the filter bar: say which day they stand on.
        const QDate asOf = QDate(1970, 1, 1).addDays(m_model->asOfDay());
        setTitle(tr("Budgets this period, as of %1 (UTC)").arg(QLocale().toString(asOf, shortDayFormat())));
        setStatuses(statuses);
    });
    connect(m_model, &BudgetsModel::loadFailed, this, [this](const QString &error) {
        clearRows();
        m_note->setText(tr("Budgets could not be read: %1").arg(error));
        emit loaded();
    });
}

void BudgetBars::load(QueryRunner *runner)
{
    m_model->setRunner(runner);
    m_model->load();
}

QString BudgetBars::labelText(const BudgetStatus &s)
{
    return tr("%1 of %2 (%3) · projected %4")
        .arg(formatMoney(s.spendNano), formatMoney(s.budget.limitNano), formatPercent(s.utilisationPct),
             formatMoney(s.projectedNano));
}

void BudgetBars::setStatuses(QList<BudgetStatus> statuses)
{
    statuses.removeIf([](const BudgetStatus &s) { return !s.budget.enabled; });
    std::stable_sort(statuses.begin(), statuses.end(),
                     [](const BudgetStatus &a, const BudgetStatus &b) { return a.utilisationPct > b.utilisationPct; });
    m_statuses = statuses;
    clearRows();
    for (int i = 0; i < std::min<int>(int(statuses.size()), kMaxBars); ++i)
        addRow(i, statuses.at(i));
    if (statuses.isEmpty())
        m_note->setText(tr("No budgets yet: add one in Settings → Budgets… to see spend against its limit here."));
    else if (statuses.size() > kMaxBars)
        m_note->setText(tr("%n more budget(s) in Settings → Budgets…", nullptr, int(statuses.size()) - kMaxBars));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
    emit loaded();
}

void BudgetBars::clearRows()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
}

void BudgetBars::addRow(int row, const BudgetStatus &s)
{
    auto *name = new QLabel(QStringLiteral("<b>%1</b> <span style=\"color:%2\">%3</span>")
                                .arg(s.budget.name.toHtmlEscaped(), palette().color(QPalette::PlaceholderText).name(),
                                     budgetPeriodText(s.budget.period).toHtmlEscaped()),
                            this);
    auto *bar = new BudgetBar(s, this);
    auto *text = new QLabel(labelText(s), this);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString tip = tr("%1 · %2 to %3 (UTC)\nSpend %4 of %5, soft limit at %6 %\nProjected period end: %7")
                            .arg(budgetScopeText(s.budget.scope), utc::formatDate(s.periodStart), utc::formatDate(s.periodEnd),
                                 formatMoneyExact(s.spendNano), formatMoney(s.budget.limitNano))
                            .arg(s.budget.softPct)
                            .arg(formatMoney(s.projectedNano));
    for (QWidget *w : {static_cast<QWidget *>(name), static_cast<QWidget *>(bar), static_cast<QWidget *>(text)}) {
        w->setToolTip(tip);
        m_rowWidgets.append(w);
    }
    m_grid->addWidget(name, row, 0);
    m_grid->addWidget(bar, row, 1);
    m_grid->addWidget(text, row, 2);
}

} // namespace costline
