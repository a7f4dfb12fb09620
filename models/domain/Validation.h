#pragma once

#include "domain/Clock.h"

#include <QDateTime>
#include <QString>

namespace pd::domain {

// Checks what a person typed for a user before anything reaches the database, with the same
// rules as the database's CHECK constraints (0001_core.sql), so a refusal is a sentence at the
// field instead of a driver error after the fact. Each check returns an empty string when the
// value is fine, else a translated sentence saying what is wrong and what to do.
class Validation
{
public:
    // "name@example.com": one @, no spaces, a dot in the domain, at most 254 characters.
    static QString validateEmail(const QString& email);
    // 1 to 64 characters once surrounding spaces are trimmed (the database stores it trimmed).
    static QString validateUsername(const QString& username);
    // 0 … bytes::MaxQuota (1 PiB).
    static QString validateTrafficQuota(qint64 bytes);
    // An invalid QDateTime means "no expiry" and is fine; a moment before `clock.now()` is not.
    static QString validateLevelExpiry(const QDateTime& value,
                                       const Clock& clock = Clock::system());
    // 0 … 9999, as users.node_group allows.
    static QString validateNodeGroup(int group);
    // 0 … 99, as users.level allows.
    static QString validateLevel(int level);

    // Length in characters as PostgreSQL's length() counts them (code points, not UTF-16 units).
    static qsizetype characterCount(const QString& text);
};

} // namespace pd::domain
