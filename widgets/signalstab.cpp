#include "signalstab.h"

#include "anomalythresholdsdialog.h"

#include "core/utctime.h"
#include "models/moneyformat.h"
#include "models/signalsmodel.h"
#include "signals/signaldetector.h"
#include "signals/triagestore.h"
#include "workspace/summaryquery.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {
namespace {

struct SignalsResult
{
    qint64 asOfDay = 0;
    QList<Signal> found;
};

} // namespace

SignalsTab::SignalsTab(QWidget *parent)
    : TabPage(parent), m_model(new SignalsModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SignalsModel::RawValueRole);
    m_proxy->setFilterKeyColumn(SignalsModel::State);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Cost signals"));
    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("Open signals"), QStringLiteral("open"));
    m_stateFilter->addItem(tr("All signals"), QString());
    for (const auto state : {Signal::State::New, Signal::State::Acknowledged, Signal::State::Resolved, Signal::State::Dismissed})
        m_stateFilter->addItem(SignalsModel::stateLabel(state), SignalsModel::stateLabel(state));
    m_summary = new QLabel(this);
    auto *thresholds = new QPushButton(tr("Thresholds…"), this);
    thresholds->setObjectName(QStringLiteral("anomalyThresholds"));
    thresholds->setToolTip(tr("How far above its baseline a day must go to be an anomaly: for the workspace and per tenant"));
    connect(thresholds, &QPushButton::clicked, this, &SignalsTab::openThresholds);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_stateFilter);
    top->addWidget(thresholds);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(buildDetailPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &SignalsTab::applyStateFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SignalsTab::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_showEvents->click(); });
    applyStateFilter();
}

QWidget *SignalsTab::buildDetailPane()
{
    auto *pane = new QWidget(this);
    m_explanation = new QLabel(tr("Select a signal to see what happened and what to do."), pane);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextAction = new QLabel(pane);
    m_nextAction->setWordWrap(true);
    m_showEvents = new QPushButton(tr("Show usage events"), pane);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showEvents);
    buttons->addStretch(1);
    const QList<QPair<Signal::State, QString>> actions = {{Signal::State::Acknowledged, tr("Acknowledge")},
                                                          {Signal::State::Resolved, tr("Mark resolved")},
                                                          {Signal::State::Dismissed, tr("Dismiss…")},
                                                          {Signal::State::New, tr("Reopen")}};
    for (const auto &[state, label] : actions) {
        auto *button = new QPushButton(label, pane);
        connect(button, &QPushButton::clicked, this, [this, state = state] { triage(int(state)); });
        buttons->addWidget(button);
        m_triageButtons << button;
    }
    connect(m_showEvents, &QPushButton::clicked, this, [this] {
        const Signal *s = selectedSignal();
        if (!s)
            return;
        QMap<Dimension, QString> scope;
        for (auto it = s->scope.cbegin(); it != s->scope.cend(); ++it) {
            if (const auto dim = dimensionFromName(it.key()))
                scope.insert(*dim, it.value());
        }
        if (!scope.isEmpty())
            emit drillDownRequested(scope);
    });
    auto *layout = new QVBoxLayout(pane);
    layout->addWidget(m_explanation);
    layout->addWidget(m_nextAction);
    layout->addLayout(buttons);
    layout->addStretch(1);
    showSelected();
    return pane;
}

const Signal *SignalsTab::selectedSignal() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_model->signalAt(m_proxy->mapToSource(current).row());
}

void SignalsTab::showSelected()
{
    const Signal *s = selectedSignal();
    m_showEvents->setEnabled(false);
    for (QPushButton *b : std::as_const(m_triageButtons))
        b->setEnabled(s != nullptr);
    if (!s) {
        m_explanation->setText(tr("Select a signal to see what happened and what to do."));
        m_nextAction->clear();
        return;
    }
    m_explanation->setText(QStringLiteral("<b>%1</b> — %2").arg(SignalsModel::kindLabel(s->kind).toHtmlEscaped(),
                                                               s->explanation.toHtmlEscaped()));
    QString next = tr("Next: %1").arg(s->nextAction);
    if (!s->note.isEmpty())
        next += QLatin1Char('\n') + tr("Note: %1").arg(s->note);
    m_nextAction->setText(next);
    for (auto it = s->scope.cbegin(); it != s->scope.cend(); ++it)
        m_showEvents->setEnabled(m_showEvents->isEnabled() || dimensionFromName(it.key()).has_value());
}

void SignalsTab::applyStateFilter()
{
    const QString wanted = m_stateFilter->currentData().toString();
    if (wanted == QLatin1String("open")) {
        m_proxy->setFilterRegularExpression(QRegularExpression(
            QStringLiteral("^(%1|%2)$").arg(SignalsModel::stateLabel(Signal::State::New),
                                            SignalsModel::stateLabel(Signal::State::Acknowledged))));
    } else {
        m_proxy->setFilterFixedString(wanted);
    }
}

void SignalsTab::triage(int stateValue)
{
    const Signal *s = selectedSignal();
    if (!s)
        return;
    const auto state = Signal::State(stateValue);
    QString note = s->note;
    if (state == Signal::State::Dismissed) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Dismiss signal"), tr("Why is this not a problem? (kept with the signal)"),
                                     QLineEdit::Normal, note, &ok);
        if (!ok || note.trimmed().isEmpty())
            return;
    }
    const QString id = s->id;
    m_model->setState(id, state, note);
    showSelected();
    runner()->run<bool>([id, state, note](Workspace &ws) {
        QString error;
        return TriageStore(ws).setState(id, state, note, QDateTime::currentMSecsSinceEpoch(), &error);
    });
}

void SignalsTab::openThresholds()
{
    if (!runner())
        return;
    auto *dialog = new AnomalyThresholdsDialog(runner()->workspacePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AnomalyThresholdsDialog::thresholdsChanged, this, &SignalsTab::refresh);
    // A tenant's anomaly opens the dialog on that tenant.
    if (const Signal *s = selectedSignal(); s && s->kind == Signal::Kind::Anomaly)
        dialog->selectTenant(s->scope.value(dimensionName(Dimension::Tenant)));
    dialog->show();
}

void SignalsTab::setAnomalyThresholdPct(double pct)
{
    if (pct == m_thresholdPct)
        return;
    m_thresholdPct = pct;
    markDirty();
}

void SignalsTab::reload()
{
    const qint64 rangeEnd = filter().range.toDay;
    const quint64 generation = this->generation();
    const double thresholdPct = m_thresholdPct;
    QPointer<SignalsTab> self(this);
    runner()
        ->run<SignalsResult>([rangeEnd, thresholdPct](Workspace &ws) {
            SignalsResult r;
            r.asOfDay = qMin(rangeEnd, SummaryQuery(ws).lastDay().value_or(rangeEnd));
            SignalDetector detector(ws);
            detector.setThresholdPct(thresholdPct);
            r.found = detector.detect(r.asOfDay, QDateTime::currentMSecsSinceEpoch());
            return r;
        })
        .then(this, [self, generation](const SignalsResult &r) {
            SignalsTab *tab = self.data();
            if (!tab || tab->generation() != generation)
                return;
            tab->m_model->setSignals(r.found);
            qint64 atStake = 0;
            for (const Signal &s : r.found)
                atStake += s.state == Signal::State::New || s.state == Signal::State::Acknowledged ? s.moneyAtStakeNano : 0;
            tab->m_summary->setText(r.found.isEmpty()
                                        ? tr("Nothing needs attention as of %1.").arg(utc::formatDate(r.asOfDay))
                                        : tr("%n signal(s) as of %1 · %2 at stake in open signals", nullptr, int(r.found.size()))
                                              .arg(utc::formatDate(r.asOfDay), formatMoney(atStake)));
            tab->m_table->sortByColumn(-1, Qt::AscendingOrder);
            if (tab->m_proxy->rowCount() > 0)
                tab->m_table->selectRow(0);
            tab->markLoaded();
        });
}

} // namespace costline
