#include "domain/ByteSize.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pd::domain::bytes {

QString format(qint64 value)
{
    static const char* const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    const QLocale locale;
    if (value < KiB && value > -KiB)
        return QStringLiteral("%1 B").arg(value);
    // Integer arithmetic to two decimals: exact, no floating point on the way.
    const bool negative = value < 0;
    quint64 v = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    int unit = 0;
    quint64 divisor = 1;
    while (unit < 5 && v / divisor >= 1024) {
        divisor *= 1024;
        ++unit;
    }
    const quint64 hundredths = (v % divisor) * 100 / divisor;
    QString s = locale.toString(qulonglong(v / divisor)) + locale.decimalPoint() +
                QString::number(hundredths).rightJustified(2, QLatin1Char('0')) + QLatin1Char(' ') +
                QLatin1String(units[unit]);
    return negative ? locale.negativeSign() + s : s;
}

std::optional<qint64> parse(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,16})(?:\\.(\\d{1,6}))?\\s*([KMGTP]?i?B?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString unit = m.captured(3).toUpper();
    int power = 3; // a bare number is GiB
    if (!unit.isEmpty()) {
        const QChar first = unit.at(0);
        const QString prefixes = QStringLiteral("BKMGTP");
        power = int(prefixes.indexOf(first));
        if (power < 0 || (power == 0 && unit.size() > 1))
            return std::nullopt;
    }
    quint64 multiplier = 1;
    for (int i = 0; i < power; ++i)
        multiplier *= 1024;
    const QString fraction = m.captured(2);
    const quint64 whole = m.captured(1).toULongLong();
    if (whole > quint64(MaxQuota) / multiplier + 1)
        return std::nullopt;
    quint64 result = whole * multiplier;
    if (!fraction.isEmpty()) {
        quint64 scale = 1;
        for (int i = 0; i < fraction.size(); ++i)
            scale *= 10;
        result += fraction.toULongLong() * multiplier / scale;
    }
    if (result > quint64(MaxQuota) * 2)
        return std::nullopt;
    return qint64(result);
}

} // namespace pd::domain::bytes
