#include "domain/Validation.h"

#include "domain/ByteSize.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd::domain {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::Validation)
};

// Mirrors users.email's CHECK: ^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$
const QRegularExpression& emailPattern()
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

qsizetype Validation::characterCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString Validation::validateEmail(const QString& email)
{
    const QString value = email.trimmed();
    if (value.isEmpty())
        return Tr::tr("Enter an email address, for example name@example.com.");
    if (characterCount(value) > 254)
        return Tr::tr("This email address is longer than 254 characters. Shorten it.");
    if (!emailPattern().match(value).hasMatch())
        return Tr::tr("This is not an email address: it needs one @, a domain with a dot and no "
                      "spaces, for example name@example.com.");
    return {};
}

QString Validation::validateUsername(const QString& username)
{
    const QString value = username.trimmed();
    if (value.isEmpty())
        return Tr::tr("Enter a username: it cannot be empty or only spaces.");
    if (characterCount(value) > 64)
        return Tr::tr("This username is longer than 64 characters. Shorten it.");
    return {};
}

QString Validation::validateTrafficQuota(qint64 bytes)
{
    if (bytes < 0)
        return Tr::tr("The traffic quota cannot be negative. Enter 0 or more.");
    if (bytes > bytes::MaxQuota)
        return Tr::tr(
            "The traffic quota cannot be more than 1 PiB (1024 TiB). Check the number and "
            "the unit.");
    return {};
}

QString Validation::validateLevelExpiry(const QDateTime& value, const Clock& clock)
{
    if (!value.isValid())
        return {};
    if (value < clock.now())
        return Tr::tr("The level expiry is in the past. Choose a later date, or no expiry.");
    return {};
}

QString Validation::validateNodeGroup(int group)
{
    if (group < 0 || group > 9999)
        return Tr::tr("The node group must be between 0 and 9999.");
    return {};
}

QString Validation::validateLevel(int level)
{
    if (level < 0 || level > 99)
        return Tr::tr("The level must be between 0 and 99.");
    return {};
}

} // namespace pd::domain
