#pragma once

#include "pricing/priceentry.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace costline {

class PricingGapsModel;
class QueryRunner;
class Workspace;

// What one pricing change did: the write, then the re-pricing of every event.
struct PricingChangeResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString summary;     // what was written, in a line the status bar can show
    QStringList skipped; // catalogue entries that could not be read exactly
    qint64 examined = 0;
    qint64 changed = 0;  // events whose cost moved
};

// The workspace's price list for the Model pricing dialog, with the pricing gaps beside it.
// Reads and writes go through a QueryRunner, so the UI thread never touches the file; every
// write is followed by a full re-price in exact batches, which can be cancelled.
class PricingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Provider, Pattern, EffectiveFrom, Input, CachedInput, CacheWrite, Output, Reasoning, PerRequest,
                  Origin, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, IdRole };

    explicit PricingModel(QObject *parent = nullptr);
    ~PricingModel() override;

    void setRunner(QueryRunner *runner);
    // Reads the entries and the gaps off the UI thread; loaded() when they are in.
    void load();
    void setEntries(QList<PriceEntry> entries);
    const PriceEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOfId(qint64 id) const;
    PricingGapsModel *gaps() const { return m_gaps; }

    // Saves `entry` (replacing the user entry `replacesId` when its key changed).
    void saveEntry(const PriceEntry &entry, qint64 replacesId = 0);
    void removeEntry(qint64 id);
    void importLiteLlm(const QString &path);
    // Re-prices without a change: after a cancelled run.
    void reprice();
    void cancelChange();
    bool isChanging() const { return m_change != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &error);
    void changeStarted();
    void repriceProgressed(qint64 done, qint64 total);
    void changeFinished(const costline::PricingChangeResult &result);

private:
    struct ChangeState;
    // The write step of a change; false with result.error when nothing may be re-priced.
    using Change = std::function<bool(Workspace &, PricingChangeResult &)>;

    void startChange(Change change);
    void onChangeFinished(const PricingChangeResult &result);
    void pollProgress();
    QVariant displayValue(const PriceEntry &entry, int column) const;
    QVariant rawValue(const PriceEntry &entry, int column) const;

    QPointer<QueryRunner> m_runner;
    QList<PriceEntry> m_entries;
    PricingGapsModel *m_gaps;
    std::shared_ptr<ChangeState> m_change;
    QTimer m_progressTimer;
    qint64 m_lastDone = -1;
};

// "$2.50": a price per million tokens with every digit it has (at least cents).
QString formatPricePerMillion(qint64 nano);
// "2.50": the same as an editor shows it; empty for no price.
QString priceInputText(std::optional<qint64> nano);
// Reads a price typed as decimal dollars ("2.5", "$0.075") exactly; empty text is no price.
// False with *error when the text is not a non-negative amount with at most 9 decimals.
bool parsePriceInput(const QString &text, std::optional<qint64> *nano, QString *error);

} // namespace costline

Q_DECLARE_METATYPE(costline::PricingChangeResult)
