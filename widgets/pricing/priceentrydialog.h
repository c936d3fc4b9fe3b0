#pragma once

#include "pricing/priceentry.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace costline {

// The form for one price entry. Prices are typed as decimal dollars per million tokens and
// read exactly (never through a floating-point number); OK stays on the form until every
// field reads.
class PriceEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PriceEntryDialog(QWidget *parent = nullptr);

    // Fills the form; fields the form does not show (other meters) are kept as they are.
    void setEntry(const PriceEntry &entry);
    // The form as a user entry; false with *error naming the field that does not read.
    bool readEntry(PriceEntry *entry, QString *error) const;
    // The price fields by column, for tests and for focusing the field in error.
    QLineEdit *priceField(int column) const;
    void setNote(const QString &note);

public slots:
    void accept() override;

private:
    PriceEntry m_base;
    QLineEdit *m_provider;
    QLineEdit *m_pattern;
    QDateEdit *m_from;
    QList<QLineEdit *> m_prices; // input, cached, cache write, output, reasoning, per request
    QStringList m_labels;
    QSpinBox *m_batch;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace costline
