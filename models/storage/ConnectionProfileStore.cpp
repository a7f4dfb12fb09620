#include "storage/ConnectionProfileStore.h"

#include <QUrl>
#include <algorithm>

namespace pd::storage {

namespace {

const QLatin1String kProfilesGroup("profiles");
const QLatin1String kLastUsedKey("lastUsed");

// QSettings treats '/' and '\' in a key as group separators, so a profile named "a/b" would
// land in a nested group and never be listed again. Percent-encode just those (and '%' itself
// so that decoding is exact); everything else stays readable in the settings file.
QString encodeName(const QString& name)
{
    QString encoded = name;
    encoded.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('/'), QLatin1String("%2F"))
        .replace(QLatin1Char('\\'), QLatin1String("%5C"));
    return encoded;
}

QString decodeName(const QString& key)
{
    return QUrl::fromPercentEncoding(key.toUtf8());
}

QString groupFor(const QString& name)
{
    return kProfilesGroup + QLatin1Char('/') + encodeName(name);
}

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QSettings* settings)
    : m_settings(settings ? settings : new QSettings), m_ownsSettings(settings == nullptr)
{}

ConnectionProfileStore::~ConnectionProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QList<ConnectionProfile> ConnectionProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    m_settings->beginGroup(kProfilesGroup);
    const QStringList keys = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& key : keys) {
        if (auto profile = find(decodeName(key)))
            result.append(*profile);
    }
    std::sort(result.begin(), result.end(),
              [](const ConnectionProfile& a, const ConnectionProfile& b) {
                  const int c = a.name.compare(b.name, Qt::CaseInsensitive);
                  return c != 0 ? c < 0 : a.name < b.name;
              });
    return result;
}

std::optional<ConnectionProfile> ConnectionProfileStore::find(const QString& name) const
{
    if (name.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(kProfilesGroup);
    const bool exists = m_settings->childGroups().contains(encodeName(name));
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;

    ConnectionProfile defaults;
    ConnectionProfile profile;
    m_settings->beginGroup(groupFor(name));
    profile.name = name;
    profile.host = m_settings->value(QStringLiteral("host")).toString();
    profile.port = m_settings->value(QStringLiteral("port"), defaults.port).toInt();
    profile.database = m_settings->value(QStringLiteral("database")).toString();
    profile.user = m_settings->value(QStringLiteral("user")).toString();
    profile.sslMode = m_settings->value(QStringLiteral("sslMode"), defaults.sslMode).toString();
    profile.rootCertPath = m_settings->value(QStringLiteral("rootCertPath")).toString();
    profile.demo = m_settings->value(QStringLiteral("demo"), false).toBool();
    m_settings->endGroup();
    return profile;
}

void ConnectionProfileStore::save(const ConnectionProfile& profile)
{
    if (profile.name.isEmpty())
        return;
    // Replace, not merge: a key left over from an older version must not survive.
    m_settings->remove(groupFor(profile.name));
    m_settings->beginGroup(groupFor(profile.name));
    m_settings->setValue(QStringLiteral("host"), profile.host);
    m_settings->setValue(QStringLiteral("port"), profile.port);
    m_settings->setValue(QStringLiteral("database"), profile.database);
    m_settings->setValue(QStringLiteral("user"), profile.user);
    m_settings->setValue(QStringLiteral("sslMode"), profile.sslMode);
    m_settings->setValue(QStringLiteral("rootCertPath"), profile.rootCertPath);
    if (profile.demo)
        m_settings->setValue(QStringLiteral("demo"), true);
    m_settings->endGroup();
    m_settings->sync();
}

void ConnectionProfileStore::remove(const QString& name)
{
    if (name.isEmpty())
        return;
    m_settings->remove(groupFor(name));
    if (lastUsed() == name)
        m_settings->remove(kLastUsedKey);
    m_settings->sync();
}

QString ConnectionProfileStore::lastUsed() const
{
    return m_settings->value(kLastUsedKey).toString();
}

void ConnectionProfileStore::setLastUsed(const QString& name)
{
    m_settings->setValue(kLastUsedKey, name);
    m_settings->sync();
}

} // namespace pd::storage
