// PricingModel's writes: each saves through PricingStore on the runner's worker, then
// re-prices every event there in exact batches, reporting progress and honouring Cancel.
#include "pricingmodel.h"

#include "pricing/litellmcatalog.h"
#include "queryrunner.h"
#include "workspace/pricingstore.h"
#include "workspace/repricer.h"

#include <QFile>
#include <QFileInfo>

#include <atomic>

namespace costline {

// Shared by the worker, which writes progress, and the UI thread, which polls it: the
// worker never touches a QObject that the UI thread may be deleting.
struct PricingModel::ChangeState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};

namespace {

bool sameKey(const PriceEntry &a, const PriceEntry &b)
{
    return a.provider == b.provider && a.modelPattern == b.modelPattern && a.effectiveFromMs == b.effectiveFromMs
           && a.origin == b.origin;
}

} // namespace

PricingModel::~PricingModel()
{
    // The runner may outlive the model; a running change stops at its next batch.
    cancelChange();
}

void PricingModel::saveEntry(const PriceEntry &entry, qint64 replacesId)
{
    startChange([entry, replacesId](Workspace &ws, PricingChangeResult &result) {
        PricingStore store(ws);
        if (!store.upsert(entry, &result.error))
            return false;
        // A renamed or re-dated entry is a new key: the old one would otherwise keep pricing.
        for (const PriceEntry &e : store.entries()) {
            if (replacesId != 0 && sameKey(e, entry) && e.id != replacesId)
                store.remove(replacesId);
        }
        result.summary = tr("Saved the price for %1.").arg(entry.modelPattern);
        return true;
    });
}

void PricingModel::removeEntry(qint64 id)
{
    const int row = rowOfId(id);
    const QString pattern = row >= 0 ? m_entries.at(row).modelPattern : QString::number(id);
    startChange([id, pattern](Workspace &ws, PricingChangeResult &result) {
        if (!PricingStore(ws).remove(id)) {
            result.error = tr("The price entry for %1 is already gone.").arg(pattern);
            return false;
        }
        result.summary = tr("Removed the price for %1.").arg(pattern);
        return true;
    });
}

void PricingModel::importLiteLlm(const QString &path)
{
    startChange([path](Workspace &ws, PricingChangeResult &result) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        const CatalogParseResult catalogue = parseLiteLlmCatalog(file.readAll(), 0);
        if (!catalogue.ok) {
            result.error = tr("%1 is not a LiteLLM price catalogue: %2").arg(QFileInfo(path).fileName(), catalogue.error);
            return false;
        }
        const int written = PricingStore(ws).upsertAll(catalogue.entries, &result.error);
        if (written < 0)
            return false;
        result.skipped = catalogue.skipped;
        result.summary = tr("Imported %1 catalogue prices, skipped %2.").arg(written).arg(catalogue.skipped.size());
        return true;
    });
}

void PricingModel::reprice()
{
    startChange([](Workspace &, PricingChangeResult &) { return true; });
}

void PricingModel::cancelChange()
{
    if (m_change)
        m_change->cancel = true;
}

void PricingModel::startChange(Change change)
{
    if (m_change || !m_runner)
        return;
    auto state = std::make_shared<ChangeState>();
    m_change = state;
    m_lastDone = -1;
    m_progressTimer.start();
    emit changeStarted();
    QPointer<QueryRunner> runner = m_runner;
    m_runner
        ->run<PricingChangeResult>([state, change](Workspace &ws) {
            PricingChangeResult result;
            if (!change(ws, result))
                return result;
            const RepriceResult r = Repricer(ws).run([state](qint64 done, qint64 total) {
                state->done = done;
                state->total = total;
                return !state->cancel;
            });
            result.ok = r.ok;
            result.cancelled = r.cancelled;
            result.error = r.error;
            result.examined = r.examined;
            result.changed = r.changed;
            return result;
        })
        .then(this, [this, runner](PricingChangeResult result) {
            if (!result.ok && result.error.isEmpty() && runner)
                result.error = runner->lastError();
            if (!result.ok && result.error.isEmpty())
                result.error = tr("The workspace did not take the change; it may be busy with a sync. Try again.");
            onChangeFinished(result);
        });
}

void PricingModel::pollProgress()
{
    if (!m_change)
        return;
    const qint64 done = m_change->done;
    if (done == m_lastDone)
        return;
    m_lastDone = done;
    emit repriceProgressed(done, m_change->total);
}

void PricingModel::onChangeFinished(const PricingChangeResult &result)
{
    pollProgress();
    m_progressTimer.stop();
    m_change.reset();
    emit changeFinished(result);
    // The write may have landed even when re-pricing was cancelled: show what is stored.
    load();
}

} // namespace costline
