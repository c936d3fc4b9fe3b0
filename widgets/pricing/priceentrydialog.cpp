#include "priceentrydialog.h"

#include "core/utctime.h"
#include "models/pricingmodel.h"

#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace costline {
namespace {

// The price fields in PricingModel column order, Input through PerRequest.
constexpr int kFirstPriceColumn = PricingModel::Input;

const QDate kEpoch(1970, 1, 1);

std::optional<qint64> &priceOf(PriceEntry &e, int column)
{
    switch (column) {
    case PricingModel::CachedInput:
        return e.cachedInputPerMTok;
    case PricingModel::CacheWrite:
        return e.cacheWritePerMTok;
    case PricingModel::Output:
        return e.outputPerMTok;
    case PricingModel::Reasoning:
        return e.reasoningPerMTok;
    default:
        return e.inputPerMTok;
    }
}

} // namespace

PriceEntryDialog::PriceEntryDialog(QWidget *parent)
    : QDialog(parent), m_provider(new QLineEdit(this)), m_pattern(new QLineEdit(this)), m_from(new QDateEdit(this)),
      m_batch(new QSpinBox(this)), m_note(new QLabel(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Model price"));
    m_provider->setPlaceholderText(tr("empty: every provider"));
    m_pattern->setPlaceholderText(tr("a model name, or a glob such as gpt-4o*"));
    // The earliest date reads "always": an entry without a start applies to all history.
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setMinimumDate(kEpoch);
    m_from->setSpecialValueText(tr("always"));
    m_from->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Model pattern"), m_pattern);
    form->addRow(tr("Effective from (UTC)"), m_from);
    m_labels = {tr("Input, per 1M tokens"),       tr("Cached input (cache read), per 1M"),
                                tr("Cache write, per 1M"),        tr("Output, per 1M tokens"),
                                tr("Reasoning, per 1M"),          tr("Per request")};
    const QStringList hints = {tr("USD, e.g. 2.50"), tr("empty: the input price"), tr("empty: the input price"),
                               tr("USD, e.g. 10"),   tr("empty: the output price"), tr("USD, e.g. 0.0004; empty: none")};
    for (int i = 0; i < m_labels.size(); ++i) {
        auto *field = new QLineEdit(this);
        field->setPlaceholderText(hints.at(i));
        m_prices.append(field);
        form->addRow(m_labels.at(i), field);
    }
    m_batch->setRange(0, 100);
    m_batch->setSuffix(tr(" % off batch requests"));
    form->addRow(tr("Batch discount"), m_batch);
    m_note->setWordWrap(true);
    m_note->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d64535;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setEntry(PriceEntry{});
    setMinimumWidth(480);
}

void PriceEntryDialog::setEntry(const PriceEntry &entry)
{
    m_base = entry;
    m_provider->setText(entry.provider);
    m_pattern->setText(entry.modelPattern);
    m_from->setDate(entry.effectiveFromMs <= 0 ? kEpoch : kEpoch.addDays(utc::dayOf(entry.effectiveFromMs)));
    for (int i = 0; i < m_prices.size() - 1; ++i)
        m_prices.at(i)->setText(priceInputText(priceOf(m_base, kFirstPriceColumn + i)));
    m_prices.last()->setText(entry.perRequestNano ? priceInputText(entry.perRequestNano) : QString());
    m_batch->setValue(entry.batchDiscountBasisPoints / 100);
    m_error->clear();
}

bool PriceEntryDialog::readEntry(PriceEntry *entry, QString *error) const
{
    PriceEntry e = m_base;
    e.id = 0;
    e.origin = PriceEntry::Origin::User; // what an analyst types is a negotiated price
    e.catalog.clear();
    e.provider = m_provider->text().trimmed();
    e.modelPattern = m_pattern->text().trimmed();
    if (e.modelPattern.isEmpty()) {
        *error = tr("Give the model name or a glob pattern.");
        return false;
    }
    e.effectiveFromMs = kEpoch.daysTo(m_from->date()) * kMsPerDay;
    for (int i = 0; i < m_prices.size(); ++i) {
        std::optional<qint64> value;
        QString why;
        if (!parsePriceInput(m_prices.at(i)->text(), &value, &why)) {
            *error = tr("%1: %2").arg(m_labels.at(i), why);
            m_prices.at(i)->setFocus();
            return false;
        }
        if (i < m_prices.size() - 1)
            priceOf(e, kFirstPriceColumn + i) = value;
        else
            e.perRequestNano = value.value_or(0);
    }
    if (!e.inputPerMTok && !e.outputPerMTok && e.perRequestNano == 0 && e.perUnitNano == 0) {
        *error = tr("Give at least an input, output or per-request price.");
        return false;
    }
    e.batchDiscountBasisPoints = m_batch->value() * 100;
    *entry = e;
    return true;
}

QLineEdit *PriceEntryDialog::priceField(int column) const
{
    return m_prices.value(column - kFirstPriceColumn);
}

void PriceEntryDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void PriceEntryDialog::accept()
{
    PriceEntry entry;
    QString error;
    if (!readEntry(&entry, &error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace costline
