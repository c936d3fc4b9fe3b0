#include "pricingmodel.h"

#include "core/decimal.h"
#include "core/money.h"
#include "core/utctime.h"
#include "pricinggapsmodel.h"
#include "queryrunner.h"
#include "workspace/pricingstore.h"

namespace costline {
namespace {

struct PricingSnapshot
{
    bool ok = false;
    QList<PriceEntry> entries;
    QList<PricingGap> gaps;
};

// Exact decimal dollars without the trailing zeros past the cents: "2.50", "0.075".
QString trimmedDollars(qint64 nano)
{
    QString text = Money::fromNano(nano).toDecimalString();
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    qsizetype end = text.size();
    while (end > point + 3 && text.at(end - 1) == QLatin1Char('0'))
        --end;
    return text.left(end);
}

} // namespace

QString formatPricePerMillion(qint64 nano)
{
    return nano < 0 ? QStringLiteral("\u2212$") + trimmedDollars(-nano) : QStringLiteral("$") + trimmedDollars(nano);
}

QString priceInputText(std::optional<qint64> nano)
{
    return nano ? trimmedDollars(*nano) : QString();
}

bool parsePriceInput(const QString &text, std::optional<qint64> *nano, QString *error)
{
    QString clean = text.trimmed();
    if (clean.startsWith(QLatin1Char('$')))
        clean = clean.mid(1).trimmed();
    if (clean.isEmpty()) {
        *nano = std::nullopt;
        return true;
    }
    const ScaledDecimal v = parseScaledDecimal(clean.toUtf8(), Money::kFractionDigits);
    if (!v.ok || v.value < 0) {
        *error = v.ok ? PricingModel::tr("a price cannot be negative") : v.error;
        return false;
    }
    *nano = v.value;
    return true;
}

PricingModel::PricingModel(QObject *parent) : QAbstractTableModel(parent), m_gaps(new PricingGapsModel(this))
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &PricingModel::pollProgress);
}

void PricingModel::setRunner(QueryRunner *runner)
{
    m_runner = runner;
}

void PricingModel::load()
{
    if (!m_runner)
        return;
    QPointer<QueryRunner> runner = m_runner;
    m_runner->run<PricingSnapshot>([](Workspace &ws) {
                 return PricingSnapshot{true, PricingStore(ws).entries(), findPricingGaps(ws)};
             })
        .then(this, [this, runner](const PricingSnapshot &snapshot) {
            if (!snapshot.ok) {
                emit loadFailed(runner ? runner->lastError() : QString());
                return;
            }
            setEntries(snapshot.entries);
            m_gaps->setGaps(snapshot.gaps);
            emit loaded();
        });
}

void PricingModel::setEntries(QList<PriceEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int PricingModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

int PricingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PricingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PricingModel::displayValue(const PriceEntry &e, int column) const
{
    // An absent cache or reasoning price falls back to the input or output price (DESIGN §2).
    const auto price = [this](std::optional<qint64> nano, const char *fallback) -> QVariant {
        return nano ? formatPricePerMillion(*nano) : (fallback ? tr(fallback) : tr("—"));
    };
    switch (column) {
    case Provider:
        return e.provider.isEmpty() ? tr("all providers") : e.provider;
    case Pattern:
        return e.modelPattern;
    case EffectiveFrom:
        return e.effectiveFromMs <= 0 ? tr("always") : utc::formatDate(utc::dayOf(e.effectiveFromMs));
    case Input:
        return price(e.inputPerMTok, nullptr);
    case CachedInput:
        return price(e.cachedInputPerMTok, QT_TR_NOOP("as input"));
    case CacheWrite:
        return price(e.cacheWritePerMTok, QT_TR_NOOP("as input"));
    case Output:
        return price(e.outputPerMTok, nullptr);
    case Reasoning:
        return price(e.reasoningPerMTok, QT_TR_NOOP("as output"));
    case PerRequest:
        return e.perRequestNano ? formatPricePerMillion(e.perRequestNano) : tr("—");
    case Origin:
        return e.origin == PriceEntry::Origin::User ? tr("user") : tr("catalogue (%1)").arg(e.catalog);
    }
    return {};
}

QVariant PricingModel::rawValue(const PriceEntry &e, int column) const
{
    switch (column) {
    case EffectiveFrom:
        return e.effectiveFromMs;
    case Input:
        return e.inputPerMTok.value_or(-1);
    case CachedInput:
        return e.cachedInputPerMTok.value_or(-1);
    case CacheWrite:
        return e.cacheWritePerMTok.value_or(-1);
    case Output:
        return e.outputPerMTok.value_or(-1);
    case Reasoning:
        return e.reasoningPerMTok.value_or(-1);
    case PerRequest:
        return e.perRequestNano;
    case Origin:
        return originName(e.origin);
    default:
        return displayValue(e, column);
    }
}

QVariant PricingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PriceEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(e, index.column());
    case RawValueRole:
        return rawValue(e, index.column());
    case IdRole:
        return e.id;
    case Qt::TextAlignmentRole:
        return index.column() >= Input && index.column() <= PerRequest ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                       : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Pattern || index.column() == Provider || index.column() == Origin)
            return displayValue(e, index.column());
        return index.column() == PerRequest ? tr("USD per request") : tr("USD per million tokens");
    }
    return {};
}

QVariant PricingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    static const char *const kTitles[] = {QT_TR_NOOP("Provider"),    QT_TR_NOOP("Model pattern"), QT_TR_NOOP("Effective from"),
                                          QT_TR_NOOP("Input"),       QT_TR_NOOP("Cached"),        QT_TR_NOOP("Cache write"),
                                          QT_TR_NOOP("Output"),      QT_TR_NOOP("Reasoning"),     QT_TR_NOOP("Per request"),
                                          QT_TR_NOOP("Origin")};
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return section >= Input && section < PerRequest ? tr("USD per million tokens") : QVariant();
    return tr(kTitles[section]);
}

} // namespace costline
