#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace costline {

// A money amount as a source wrote it, kept below the nano-dollar: `nano` is the amount
// cut toward zero to whole nano-dollars, `subNano` the rest in 1e-18 USD (|subNano| < 1e9,
// same sign as the amount). Billing exports write up to 18 fractional digits.
struct ExactAmount
{
    qint64 nano = 0;
    qint64 subNano = 0;
};

// Reads "-12.5", "0.00000000603", "1.5E-7" exactly to 18 fractional digits (a finer
// digit rounds the 18th, half away from zero). nullopt when it is not a number or is
// beyond the range of nano-dollars in 64 bits.
std::optional<ExactAmount> parseExactAmount(QByteArrayView text);

// Stores a stream of exact amounts as nano-dollars without drift: each amount's part below
// a nano-dollar is carried into the next one, so the stored amounts add up to the exact sum
// rounded once (half away from zero), and each stored amount is within one nano-dollar of
// its exact value.
class SubNanoCarry final
{
public:
    qint64 store(const ExactAmount &amount);

private:
    qint64 m_carry = 0; // 1e-18 USD not yet stored, |m_carry| <= 5e8
};

} // namespace costline
