// KeychainSecretStore against the real Secret Service (ctest runs it under dbus-run-session
// with an unlocked gnome-keyring).
#include "secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <optional>

using pd::domain::SecretStore;

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    // Runs one asynchronous call and waits for its callback.
    template <typename Call> std::optional<SecretStore::Result> wait(Call call)
    {
        std::optional<SecretStore::Result> result;
        call([&result](const SecretStore::Result& r) { result = r; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }

    QString uniqueKey() const
    {
        return QStringLiteral("test/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    pd::secrets::KeychainSecretStore m_store{QStringLiteral("PanelDesk-test")};

private Q_SLOTS:
    void writeReadOverwriteRemove()
    {
        const QString key = uniqueKey();
        auto written =
            wait([&](auto done) { m_store.write(key, QStringLiteral("first"), this, done); });
        QVERIFY(written);
        QCOMPARE(written->status, SecretStore::Status::Ok);

        auto read = wait([&](auto done) { m_store.read(key, this, done); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretStore::Status::Ok);
        QCOMPARE(read->secret, QStringLiteral("first"));

        auto overwritten =
            wait([&](auto done) { m_store.write(key, QStringLiteral("second"), this, done); });
        QVERIFY(overwritten);
        QCOMPARE(overwritten->status, SecretStore::Status::Ok);
        read = wait([&](auto done) { m_store.read(key, this, done); });
        QVERIFY(read);
        QCOMPARE(read->secret, QStringLiteral("second"));

        auto removed = wait([&](auto done) { m_store.remove(key, this, done); });
        QVERIFY(removed);
        QCOMPARE(removed->status, SecretStore::Status::Ok);
        read = wait([&](auto done) { m_store.read(key, this, done); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretStore::Status::NotFound);
        QVERIFY(read->secret.isEmpty());
        QVERIFY(!read->message.isEmpty());
    }

    void nonAsciiSecretRoundTrips()
    {
        const QString key = uniqueKey();
        const QString secret = QStringLiteral("密码-pässwörd-🔑-'\"\\;");
        auto written = wait([&](auto done) { m_store.write(key, secret, this, done); });
        QVERIFY(written);
        QCOMPARE(written->status, SecretStore::Status::Ok);
        auto read = wait([&](auto done) { m_store.read(key, this, done); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretStore::Status::Ok);
        QCOMPARE(read->secret, secret);
        wait([&](auto done) { m_store.remove(key, this, done); });
    }

    void keysAreSeparate()
    {
        const QString a = uniqueKey();
        const QString b = uniqueKey();
        QVERIFY(wait([&](auto done) { m_store.write(a, QStringLiteral("alpha"), this, done); }));
        auto readB = wait([&](auto done) { m_store.read(b, this, done); });
        QVERIFY(readB);
        QCOMPARE(readB->status, SecretStore::Status::NotFound);
        auto readA = wait([&](auto done) { m_store.read(a, this, done); });
        QVERIFY(readA);
        QCOMPARE(readA->secret, QStringLiteral("alpha"));
        wait([&](auto done) { m_store.remove(a, this, done); });
    }

    void callbackDroppedWhenContextIsGone()
    {
        const QString key = uniqueKey();
        bool called = false;
        auto* context = new QObject;
        m_store.write(key, QStringLiteral("x"), context,
                      [&called](const SecretStore::Result&) { called = true; });
        delete context;
        // A second call on a living context finishes after the first one was processed.
        auto read = wait([&](auto done) { m_store.read(key, this, done); });
        QVERIFY(read);
        QTest::qWait(200);
        QVERIFY(!called);
        wait([&](auto done) { m_store.remove(key, this, done); });
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
