// KeychainSecretStore without any session bus: it must say there is no keychain, in the words
// people read, and never fall back to storing the secret elsewhere.
#include "secrets/KeychainSecretStore.h"

#include <QTest>
#include <optional>

using pd::domain::SecretStore;

class tst_KeychainSecretStoreNoBus : public QObject
{
    Q_OBJECT

private:
    template <typename Call> std::optional<SecretStore::Result> wait(Call call)
    {
        std::optional<SecretStore::Result> result;
        call([&result](const SecretStore::Result& r) { result = r; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }

    const QString m_sentence = QStringLiteral(
        "No system keychain is available, so PanelDesk cannot store the password. Start your "
        "desktop's keyring (or Keychain/Credential Manager) and try again; the password was not "
        "saved.");
    pd::secrets::KeychainSecretStore m_store{QStringLiteral("PanelDesk-test")};

private Q_SLOTS:
    void initTestCase()
    {
        // Before any keychain call: no bus to find, and none to start automatically.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("XDG_RUNTIME_DIR", QByteArray("/nonexistent-paneldesk-test"));
    }

    void readReportsNoKeychain()
    {
        auto read =
            wait([&](auto done) { m_store.read(QStringLiteral("test/nobus"), this, done); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretStore::Status::NoKeychain);
        QCOMPARE(read->message, m_sentence);
        QVERIFY(read->secret.isEmpty());
    }

    void writeReportsNoKeychainAndKeepsNothing()
    {
        auto written = wait([&](auto done) {
            m_store.write(QStringLiteral("test/nobus"), QStringLiteral("secret"), this, done);
        });
        QVERIFY(written);
        QCOMPARE(written->status, SecretStore::Status::NoKeychain);
        QCOMPARE(written->message, m_sentence);
        // No fallback: reading it back still finds no keychain rather than a plain-text copy.
        auto read =
            wait([&](auto done) { m_store.read(QStringLiteral("test/nobus"), this, done); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretStore::Status::NoKeychain);
        QVERIFY(read->secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStoreNoBus)
#include "tst_keychainsecretstore_nobus.moc"
