// What the buttons of the Model pricing dialog do, and how a change's re-pricing shows;
// the layout is in pricingdialog.cpp.
#include "pricingdialog.h"

#include "core/utctime.h"
#include "models/moneyformat.h"
#include "models/pricinggapsmodel.h"
#include "models/pricingmodel.h"
#include "priceentrydialog.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace costline {
namespace {

QString describe(const PriceEntry &e)
{
    const QString scope = e.provider.isEmpty() ? PricingDialog::tr("every provider") : e.provider;
    const QString from = e.effectiveFromMs <= 0 ? PricingDialog::tr("always")
                                                : PricingDialog::tr("from %1").arg(utc::formatDate(utc::dayOf(e.effectiveFromMs)));
    const QString origin = e.origin == PriceEntry::Origin::User ? PricingDialog::tr("your price")
                                                                : PricingDialog::tr("%1 catalogue").arg(e.catalog);
    return PricingDialog::tr("%1 (%2, %3, %4)").arg(e.modelPattern, scope, from, origin);
}

} // namespace

void PricingDialog::addEntry()
{
    editWith(PriceEntry{}, 0, QString());
}

void PricingDialog::editEntry()
{
    const int row = m_model->rowOfId(selectedId());
    if (row < 0 || m_model->isChanging())
        return;
    const PriceEntry &entry = m_model->entryAt(row);
    const bool catalogue = entry.origin == PriceEntry::Origin::Catalog;
    editWith(entry, catalogue ? 0 : entry.id,
             catalogue ? tr("This price comes from the %1 catalogue. Saving keeps it and adds your price for the same "
                            "model, which wins over the catalogue from now on.")
                             .arg(entry.catalog)
                       : QString());
}

void PricingDialog::priceSelectedGap()
{
    const QModelIndex current = m_gapsView->selectionModel()->currentIndex();
    if (!current.isValid() || m_model->isChanging())
        return;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_gapsView->model());
    const PricingGap &gap = m_model->gaps()->gapAt(proxy->mapToSource(current).row());
    PriceEntry entry;
    entry.provider = gap.provider;
    entry.modelPattern = gap.model;
    editWith(entry, 0,
             tr("%1 events of %2 have no price; %3 at stake.")
                 .arg(formatCount(gap.events), gap.model,
                      gap.estimatedCostNano ? formatMoney(*gap.estimatedCostNano) : tr("an unknown amount")));
}

void PricingDialog::editWith(const PriceEntry &entry, qint64 replacesId, const QString &note)
{
    auto *editor = new PriceEntryDialog(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setEntry(entry);
    editor->setNote(note);
    connect(editor, &QDialog::accepted, this, [this, editor, replacesId] {
        PriceEntry edited;
        QString error;
        if (editor->readEntry(&edited, &error))
            m_model->saveEntry(edited, replacesId);
    });
    editor->open();
}

void PricingDialog::removeEntry()
{
    const int row = m_model->rowOfId(selectedId());
    if (row < 0 || m_model->isChanging())
        return;
    const PriceEntry &entry = m_model->entryAt(row);
    const QString consequence = entry.origin == PriceEntry::Origin::User
                                    ? tr("Your price is lost. ")
                                    : tr("Importing the catalogue again brings it back. ");
    const QString question = tr("Remove the price for %1?\n\n%2The events it priced are re-priced with the next "
                                "matching entry, or show as unpriced where none matches.")
                                 .arg(describe(entry), consequence);
    if (QMessageBox::question(this, tr("Remove price"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        == QMessageBox::Yes)
        m_model->removeEntry(entry.id);
}

void PricingDialog::importCatalogue()
{
    if (m_model->isChanging())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import LiteLLM price catalogue"), QString(),
                                                      tr("LiteLLM catalogue (model_prices*.json *.json);;All files (*)"));
    if (!path.isEmpty())
        m_model->importLiteLlm(path);
}

void PricingDialog::onChangeStarted()
{
    setStatus(tr("Saving…"), false);
    m_reprice->hide();
    updateButtons();
    delete m_progress;
    m_progress = new QProgressDialog(tr("Saving prices…"), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Model pricing"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_model, &PricingModel::cancelChange);
}

void PricingDialog::onProgress(qint64 done, qint64 total)
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    // QProgressDialog counts in int; thousands of events per step keep large files in range.
    const qint64 step = qMax<qint64>(1, total / 1'000'000 + 1);
    m_progress->setMaximum(int(total / step));
    m_progress->setValue(int(done / step));
    m_progress->setLabelText(total == 0 ? tr("Saving prices…")
                                        : tr("Re-pricing events: %1 of %2").arg(formatCount(done), formatCount(total)));
}

void PricingDialog::onChangeFinished(const PricingChangeResult &result)
{
    delete m_progress;
    if (result.ok) {
        setStatus(tr("%1 Re-priced %2 events; %3 changed cost.")
                      .arg(result.summary, formatCount(result.examined), formatCount(result.changed)),
                  false);
    } else if (result.cancelled) {
        setStatus(tr("%1 Re-pricing was cancelled after %2 events: the totals are exact, but the rest keep their old "
                     "prices until you re-price all events.")
                      .arg(result.summary, formatCount(result.examined)),
                  true);
        m_reprice->show();
    } else {
        setStatus(result.error, true);
    }
    updateButtons();
    // A cancelled run still wrote its price and re-priced some events: the tabs move too.
    if (result.ok || result.cancelled)
        emit pricingChanged();
}

} // namespace costline
