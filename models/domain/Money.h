#pragma once

#include <QString>
#include <optional>

namespace pd::domain {

// An exact amount: integer minor units plus an ISO 4217 currency whose exponent says where the
// decimal point is (CNY 2, USD 2, JPY 0). Never passes through a floating-point type.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString& currency);

    // The currency's exponent, or -1 when the currency is not known.
    static int exponentOf(const QString& currency);

    enum class ParseError {
        None,
        Empty,
        Malformed,
        Negative,
        TooManyDecimals,
        Overflow,
        UnknownCurrency
    };
    // Parses a plain decimal ("99", "99.5", "99.00"); rejects exponents, signs other than a
    // leading '-', grouping, more decimals than the currency allows and values past 10^15.
    static std::optional<Money> parse(const QString& text, const QString& currency,
                                      ParseError* error = nullptr, bool allowNegative = false);
    // Reads a NUMERIC as text, as QPSQL returns it with HighPrecision ("12.3400").
    // Extra trailing zeros are accepted; non-zero digits past the exponent are not.
    static std::optional<Money> fromDecimalString(const QString& text, const QString& currency);

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    int exponent() const { return exponentOf(m_currency); }
    bool isValid() const { return !m_currency.isEmpty(); }

    // "99.00" (exactly exponent() decimals, no grouping): what SQL parameters and wire formats use.
    QString toDecimalString() const;
    // "¥99.00", "$1,234.50", localised grouping for display.
    QString toDisplayString() const;

    static QString describe(ParseError error, const QString& currency);

    bool operator==(const Money&) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace pd::domain
