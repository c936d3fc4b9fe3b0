#include "costbasisdialog.h"

#include "models/queryrunner.h"
#include "workspace/costbasisswitch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace costline {
namespace {

QString basisText(CostBasis basis)
{
    switch (basis) {
    case CostBasis::Billed:
        return CostBasisDialog::tr("Billed cost — what the invoice charges");
    case CostBasis::Effective:
        return CostBasisDialog::tr("Effective cost — commitments amortised over their usage");
    case CostBasis::List:
        return CostBasisDialog::tr("List cost — public prices, before discounts");
    case CostBasis::Contracted:
        return CostBasisDialog::tr("Contracted cost — negotiated rates");
    }
    return {};
}

struct Applied
{
    QStringList lines;
    QList<SourceCostBasis> done;
    bool ok = true;
};

} // namespace

CostBasisDialog::CostBasisDialog(QString workspacePath, QWidget *parent)
    : QDialog(parent), m_runner(new QueryRunner(std::move(workspacePath), this))
{
    setWindowTitle(tr("Cost basis of FOCUS sources"));
    auto *intro = new QLabel(tr("A FOCUS billing export gives several costs for each charge. Choose which one each "
                                "source counts; every total, chart and report follows. The exact amounts of every "
                                "column are kept, so a change needs no re-import."),
                             this);
    intro->setWordWrap(true);
    m_empty = new QLabel(tr("No FOCUS source in this workspace yet: import an export with costline-cli import focus FILE --source NAME."), this);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_form = new QFormLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &CostBasisDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(640, 320);
    m_runner->runFor<QList<SourceCostBasis>>(
        this, [](Workspace &ws) { return CostBasisStore(ws).exportSources(); },
        [this](const QList<SourceCostBasis> &sources) { showSources(sources); });
}

void CostBasisDialog::showSources(const QList<SourceCostBasis> &sources)
{
    m_empty->setVisible(sources.isEmpty());
    for (const SourceCostBasis &s : sources) {
        auto *combo = new QComboBox(this);
        for (const QString &name : costBasisNames())
            combo->addItem(basisText(*costBasisFromName(name)), name);
        combo->setCurrentIndex(combo->findData(costBasisName(s.basis)));
        combo->setAccessibleName(tr("Cost basis of %1").arg(s.source));
        m_form->addRow(s.source, combo);
        m_choices.insert(s.source, combo);
        m_stored.insert(s.source, s.basis);
    }
    m_apply->setEnabled(!sources.isEmpty());
    emit sourcesLoaded();
}

void CostBasisDialog::chooseBasis(const QString &source, CostBasis basis)
{
    if (QComboBox *combo = m_choices.value(source))
        combo->setCurrentIndex(combo->findData(costBasisName(basis)));
}

QString CostBasisDialog::statusText() const
{
    return m_status->text();
}

void CostBasisDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_apply->setEnabled(!busy && !m_choices.isEmpty());
    for (QComboBox *combo : std::as_const(m_choices))
        combo->setEnabled(!busy);
}

void CostBasisDialog::apply()
{
    QList<SourceCostBasis> wanted;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const CostBasis basis = *costBasisFromName(it.value()->currentData().toString());
        if (basis != m_stored.value(it.key()))
            wanted.append({it.key(), basis});
    }
    if (wanted.isEmpty()) {
        m_status->setText(tr("Nothing to change: every source already counts the cost shown."));
        return;
    }
    setBusy(true);
    m_runner->runFor<Applied>(
        this,
        [wanted](Workspace &ws) {
            Applied applied;
            for (const SourceCostBasis &s : wanted) {
                const CostBasisChange change = switchCostBasis(ws, s.source, s.basis);
                applied.ok = applied.ok && change.ok;
                if (change.ok)
                    applied.done << s;
                if (!change.ok)
                    applied.lines << change.error;
                else if (change.withoutAmount > 0)
                    applied.lines << tr("%1 now counts %2: %3 of %4 rows moved; %5 rows have no %2 in their file and are "
                                        "unpriced on it.")
                                         .arg(s.source, costBasisColumn(s.basis))
                                         .arg(change.changed)
                                         .arg(change.events)
                                         .arg(change.withoutAmount);
                else
                    applied.lines << tr("%1 now counts %2: %3 of %4 rows moved.")
                                         .arg(s.source, costBasisColumn(s.basis))
                                         .arg(change.changed)
                                         .arg(change.events);
            }
            return applied;
        },
        [this](const Applied &applied) {
            for (const SourceCostBasis &s : applied.done)
                m_stored.insert(s.source, s.basis);
            showChanges(applied.lines, applied.ok);
        });
}

void CostBasisDialog::showChanges(const QStringList &lines, bool ok)
{
    setBusy(false);
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
    emit basisChanged();
    emit applyFinished(ok);
}

} // namespace costline
