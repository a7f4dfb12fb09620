// ConnectionProfileStore on a temporary settings file: profiles survive a new store object,
// are replaced and removed by name, and no password ever lands in the file.
#include "storage/ConnectionProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using pd::storage::ConnectionProfile;
using pd::storage::ConnectionProfileStore;

class tst_ConnectionProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }

    static ConnectionProfile sample(const QString& name)
    {
        ConnectionProfile p;
        p.name = name;
        p.host = QStringLiteral("db.example.com");
        p.port = 6543;
        p.database = QStringLiteral("paneldesk");
        p.user = QStringLiteral("alice");
        p.sslMode = QStringLiteral("verify-full");
        p.rootCertPath = QStringLiteral("/etc/ssl/root.crt");
        return p;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            QStringLiteral("settings-%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(m_path);
    }

    void emptyStoreHasNothing()
    {
        auto s = settings();
        ConnectionProfileStore store(s.get());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.find(QStringLiteral("prod")).has_value());
        QVERIFY(store.lastUsed().isEmpty());
    }

    void saveAndFindSurviveANewStore()
    {
        const ConnectionProfile prod = sample(QStringLiteral("Production"));
        {
            auto s = settings();
            ConnectionProfileStore store(s.get());
            store.save(prod);
            store.setLastUsed(prod.name);
        }
        auto s = settings();
        ConnectionProfileStore store(s.get());
        const auto found = store.find(QStringLiteral("Production"));
        QVERIFY(found.has_value());
        QCOMPARE(*found, prod);
        QCOMPARE(store.lastUsed(), QStringLiteral("Production"));
        QCOMPARE(store.profiles().size(), 1);
    }

    void profilesAreSortedByName()
    {
        auto s = settings();
        ConnectionProfileStore store(s.get());
        for (const char* name : {"staging", "Archive", "production"})
            store.save(sample(QLatin1String(name)));
        QStringList names;
        for (const auto& p : store.profiles())
            names << p.name;
        QCOMPARE(names, QStringList({QStringLiteral("Archive"), QStringLiteral("production"),
                                     QStringLiteral("staging")}));
    }

    void saveReplacesAProfileOfTheSameName()
    {
        auto s = settings();
        ConnectionProfileStore store(s.get());
        store.save(sample(QStringLiteral("prod")));
        ConnectionProfile changed = sample(QStringLiteral("prod"));
        changed.host = QStringLiteral("10.0.0.5");
        changed.sslMode = QStringLiteral("require");
        changed.rootCertPath.clear();
        store.save(changed);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(*store.find(QStringLiteral("prod")), changed);
    }

    void namesWithSeparatorsAndUnicode()
    {
        const QStringList names{QStringLiteral("a/b"), QStringLiteral("back\\slash"),
                                QStringLiteral("100% sure"), QStringLiteral("生产 库")};
        {
            auto s = settings();
            ConnectionProfileStore store(s.get());
            for (const QString& name : names)
                store.save(sample(name));
        }
        auto s = settings();
        ConnectionProfileStore store(s.get());
        QCOMPARE(store.profiles().size(), names.size());
        for (const QString& name : names) {
            const auto found = store.find(name);
            QVERIFY2(found.has_value(), qPrintable(name));
            QCOMPARE(found->name, name);
        }
        store.remove(QStringLiteral("a/b"));
        QVERIFY(!store.find(QStringLiteral("a/b")).has_value());
        QCOMPARE(store.profiles().size(), names.size() - 1);
    }

    void removeDeletesOnlyThatProfile()
    {
        auto s = settings();
        ConnectionProfileStore store(s.get());
        store.save(sample(QStringLiteral("prod")));
        store.save(sample(QStringLiteral("staging")));
        store.setLastUsed(QStringLiteral("prod"));
        store.remove(QStringLiteral("prod"));
        QVERIFY(!store.find(QStringLiteral("prod")).has_value());
        QVERIFY(store.find(QStringLiteral("staging")).has_value());
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.lastUsed().isEmpty());            // it pointed at the removed profile
        store.remove(QStringLiteral("does not exist")); // harmless
        QCOMPARE(store.profiles().size(), 1);
    }

    void noPasswordInTheFile()
    {
        {
            auto s = settings();
            ConnectionProfileStore store(s.get());
            store.save(sample(QStringLiteral("prod")));
            store.save(sample(QStringLiteral("staging")));
            store.setLastUsed(QStringLiteral("prod"));
        }
        auto s = settings();
        const QStringList keys = s->allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString& key : keys) {
            QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive),
                     qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(text.contains("db.example.com")); // the file is the one written
        QVERIFY(!text.contains("password"));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionProfileStore)
#include "tst_connectionprofilestore.moc"
