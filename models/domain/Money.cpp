#include "domain/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd::domain {

namespace {

// Larger than any amount this product handles, small enough that minor units of every
// supported exponent fit in qint64.
constexpr qint64 MaxMajorUnits = 1'000'000'000'000'000LL; // 10^15

qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

QString symbolOf(const QString& currency)
{
    if (currency == QLatin1String("CNY") || currency == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("HKD"))
        return QStringLiteral("HK$");
    if (currency == QLatin1String("KRW"))
        return QStringLiteral("₩");
    return currency + QLatin1Char(' ');
}

} // namespace

Money::Money(qint64 minorUnits, const QString& currency) : m_minor(minorUnits), m_currency(currency)
{}

int Money::exponentOf(const QString& currency)
{
    // Mirrors the currencies table of schema v1.
    static const QHash<QString, int> exponents{
        {QStringLiteral("CNY"), 2}, {QStringLiteral("USD"), 2}, {QStringLiteral("EUR"), 2},
        {QStringLiteral("GBP"), 2}, {QStringLiteral("HKD"), 2}, {QStringLiteral("JPY"), 0},
        {QStringLiteral("KRW"), 0}};
    return exponents.value(currency, -1);
}

std::optional<Money> Money::parse(const QString& input, const QString& currency, ParseError* error,
                                  bool allowNegative)
{
    auto fail = [error](ParseError e) -> std::optional<Money> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = ParseError::None;
    const int exponent = exponentOf(currency);
    if (exponent < 0)
        return fail(ParseError::UnknownCurrency);
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(ParseError::Empty);
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    auto allDigits = [](const QString& s) {
        for (const QChar c : s)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        return true;
    };
    if (whole.isEmpty() || !allDigits(whole) || !allDigits(fraction) ||
        (dot >= 0 && fraction.isEmpty()))
        return fail(ParseError::Malformed);
    if (negative && !allowNegative)
        return fail(ParseError::Negative);
    // Trailing zeros past the exponent carry no value; anything else would be rounded.
    QString frac = fraction;
    while (frac.size() > exponent && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    if (frac.size() > exponent)
        return fail(ParseError::TooManyDecimals);
    QString digits = whole;
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() > 15)
        return fail(ParseError::Overflow);
    const qint64 major = digits.toLongLong();
    if (major >= MaxMajorUnits)
        return fail(ParseError::Overflow);
    const qint64 minorPart =
        frac.isEmpty() ? 0 : frac.leftJustified(exponent, QLatin1Char('0')).toLongLong();
    const qint64 minor = major * pow10(exponent) + minorPart;
    return Money(negative ? -minor : minor, currency);
}

std::optional<Money> Money::fromDecimalString(const QString& text, const QString& currency)
{
    return parse(text, currency, nullptr, true);
}

QString Money::toDecimalString() const
{
    const int exponent = qMax(0, this->exponent());
    const qint64 scale = pow10(exponent);
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    QString s = QString::number(absMinor / scale);
    if (exponent > 0)
        s += QLatin1Char('.') +
             QString::number(absMinor % scale).rightJustified(exponent, QLatin1Char('0'));
    return m_minor < 0 ? QLatin1Char('-') + s : s;
}

QString Money::toDisplayString() const
{
    const int exponent = qMax(0, this->exponent());
    const qint64 scale = pow10(exponent);
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    const QLocale locale;
    QString s = locale.toString(absMinor / scale);
    if (exponent > 0)
        s += locale.decimalPoint() +
             QString::number(absMinor % scale).rightJustified(exponent, QLatin1Char('0'));
    s = symbolOf(m_currency) + s;
    return m_minor < 0 ? locale.negativeSign() + s : s;
}

QString Money::describe(ParseError error, const QString& currency)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("pd::domain::Money", text);
    };
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return tr("Enter an amount.");
    case ParseError::Malformed:
        return tr("Write the amount as digits with an optional decimal point, like 99.00.");
    case ParseError::Negative:
        return tr("The amount cannot be negative.");
    case ParseError::TooManyDecimals:
        return exponentOf(currency) == 0 ? tr("%1 amounts have no decimals.").arg(currency)
                                         : tr("%1 amounts have at most %2 decimals.")
                                               .arg(currency)
                                               .arg(exponentOf(currency));
    case ParseError::Overflow:
        return tr("The amount is too large.");
    case ParseError::UnknownCurrency:
        return tr("The currency %1 is not supported.").arg(currency);
    }
    return {};
}

} // namespace pd::domain
