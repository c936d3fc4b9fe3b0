#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace costline {

// An amount of US dollars as a signed count of nano-dollars (1e-9 USD). Money is never a
// double: it is read from and written to exact decimal text, and sums are integer sums.
class Money final
{
public:
    static constexpr int kFractionDigits = 9;
    static constexpr qint64 kNanoPerUsd = 1'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromNano(qint64 nano) { return Money(nano); }

    // Exact decimal text, at most 9 fractional digits; nullopt (with a reason) otherwise.
    static std::optional<Money> parse(QByteArrayView text, QString *error = nullptr);

    constexpr qint64 nano() const { return m_nano; }
    // "12.345000000": the exact form used by the CLI, CSV and JSON.
    QString toDecimalString() const;

    constexpr Money operator+(Money other) const { return Money(m_nano + other.m_nano); }
    constexpr Money operator-(Money other) const { return Money(m_nano - other.m_nano); }
    constexpr Money &operator+=(Money other)
    {
        m_nano += other.m_nano;
        return *this;
    }
    constexpr bool operator==(const Money &) const = default;
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 nano) : m_nano(nano) {}
    qint64 m_nano = 0;
};

// "12.35": an amount rounded to cents for sentences (exact figures stay in the fields).
QString usdText(qint64 nano);

} // namespace costline
