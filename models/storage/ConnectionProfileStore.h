#pragma once

#include "storage/ConnectionProfile.h"

#include <QList>
#include <QSettings>
#include <optional>

namespace pd::storage {

// Saved connection profiles in the settings file (group "profiles/<name>"). Never a password:
// that goes to the SecretStore under ConnectionProfile::secretKey().
class ConnectionProfileStore
{
public:
    explicit ConnectionProfileStore(QSettings* settings = nullptr); // nullptr: a default QSettings
    ~ConnectionProfileStore();

    QList<ConnectionProfile> profiles() const; // sorted by name
    std::optional<ConnectionProfile> find(const QString& name) const;
    void save(const ConnectionProfile& profile); // replaces a profile of the same name
    void remove(const QString& name);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    QSettings* m_settings;
    bool m_ownsSettings;
};

} // namespace pd::storage
