// ConnectionDialog driven like a person would, offscreen, against the real test cluster: test a
// connection (success, server unreachable, missing database), connect and remember the
// password, keychain failure, password loaded on selection, delete with confirmation,
// validation, SSL widgets and the keyboard.
#include "MemorySecretStore.h"

#include "storage/ConnectionProfileStore.h"
#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/Migrator.h"
#include "storage/StaffAdmin.h"
#include "support/TestDatabase.h"
#include "ui/MessageBox.h"
#include "ui/connection/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using pd::storage::ConnectionProfile;
using pd::storage::ConnectionProfileStore;
using pd::ui::ConnectionDialog;
using pd::ui::MessageBox;

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pd::test::TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionProfileStore> m_store;
    std::unique_ptr<pd::test::MemorySecretStore> m_secrets;
    QString m_serverVersion;

    static void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->clear();
        // QTest types Latin-1 only; other characters arrive as an input method would insert them.
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(edit, c.toLatin1());
            else
                edit->insert(QString(c));
        }
    }

    static void fill(ConnectionDialog& dialog, const ConnectionProfile& profile,
                     const QString& password = {})
    {
        typeInto(dialog.nameEdit(), profile.name);
        typeInto(dialog.hostEdit(), profile.host);
        dialog.portSpin()->setValue(profile.port);
        typeInto(dialog.databaseEdit(), profile.database);
        typeInto(dialog.userEdit(), profile.user);
        typeInto(dialog.passwordEdit(), password);
        dialog.sslModeCombo()->setCurrentIndex(dialog.sslModeCombo()->findData(profile.sslMode));
    }

    QString settingsFileText() const
    {
        m_settings->sync();
        QFile file(m_settingsPath);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    ConnectionProfile named(const QString& name, const QString& database = {}) const
    {
        ConnectionProfile p =
            database.isEmpty() ? m_db->profile() : pd::test::TestDatabase::clusterProfile(database);
        p.name = name;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<pd::test::TestDatabase>(QStringLiteral("conndlg"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        QSqlDatabase db = m_db->open(QStringLiteral("expect"));
        QVERIFY2(db.isOpen(), qPrintable(m_db->error()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SHOW server_version")) && q.next());
        m_serverVersion = q.value(0).toString();
        QVERIFY(!m_serverVersion.isEmpty());
    }

    void cleanupTestCase()
    {
        pd::storage::Database::close(QStringLiteral("expect"));
        m_db.reset();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settingsPath = m_dir.filePath(
            QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
        m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
        m_store = std::make_unique<ConnectionProfileStore>(m_settings.get());
        m_secrets = std::make_unique<pd::test::MemorySecretStore>();
        MessageBox::clear();
        MessageBox::setUnattended(true); // an unexpected question must fail the test, not hang it
    }

    void cleanup()
    {
        QCOMPARE(MessageBox::pendingAnswers(), 0); // every preset answer was asked for
        m_store.reset();
        m_settings.reset();
    }

    void testConnectionSucceeds()
    {
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        fill(dialog, named(QStringLiteral("Local")));
        QVERIFY(dialog.testButton()->isEnabled());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.testResultLabel()->text().startsWith(QLatin1String("Connected")), 20000);
        const QString text = dialog.testResultLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("PostgreSQL %1 as postgres").arg(m_serverVersion)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("up to date (version %1)")
                                   .arg(pd::storage::Migrator::latestVersion())),
                 qPrintable(text));
        QVERIFY(!dialog.isTesting());
        if (const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/connectiondialog.png"));
        // Testing saves nothing.
        QVERIFY(m_store->profiles().isEmpty());
    }

    void testConnectionReportsTheStaffRole()
    {
        const QString login =
            QStringLiteral("pd_conn_fin_%1").arg(QCoreApplication::applicationPid());
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("expect"));
            try {
                pd::storage::StaffAdmin::addStaff(db, login, pd::storage::StaffAdmin::Role::Finance,
                                                  {});
            } catch (const pd::storage::JobError& error) {
                QFAIL(qPrintable(error.message));
            }
        }
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        ConnectionProfile p = named(QStringLiteral("Finance"));
        p.user = login;
        fill(dialog, p);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting() &&
                                     !dialog.testResultLabel()->text().isEmpty() &&
                                     !dialog.testResultLabel()->text().endsWith(QChar(0x2026)),
                                 20000);
        const QString text = dialog.testResultLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Staff role: %1.")
                                   .arg(pd::storage::StaffAdmin::displayName(
                                       pd::storage::StaffAdmin::Role::Finance))),
                 qPrintable(text));
        m_db->exec(QStringLiteral("DROP OWNED BY \"%1\"; DROP ROLE \"%1\"").arg(login));
    }

    void unreachableServerIsSaidSo()
    {
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        ConnectionProfile p = named(QStringLiteral("Wrong port"));
        p.port = p.port == 65535 ? 65534 : p.port + 1; // nothing listens there in our socket dir
        fill(dialog, p);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.testResultLabel()->text().contains(QLatin1String("cannot be reached")), 20000);
    }

    void missingDatabaseIsSaidSo()
    {
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        fill(dialog, named(QStringLiteral("Wrong db"), QStringLiteral("pd_no_such_database")));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.testResultLabel()->text().contains(QLatin1String("does not exist")), 20000);
        QVERIFY(!dialog.testResultLabel()->text().startsWith(QLatin1String("Connected")));
    }

    void enterConnectsAndRemembersThePassword()
    {
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        const ConnectionProfile p = named(QStringLiteral("Local"));
        const QString password = QStringLiteral("s3cret-密码");
        fill(dialog, p, password);
        QVERIFY(dialog.rememberCheck()->isChecked());
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        QCOMPARE(dialog.profile(), p);
        QCOMPARE(dialog.password(), password);
        QCOMPARE(m_store->find(p.name), std::optional<ConnectionProfile>(p));
        QCOMPARE(m_store->lastUsed(), p.name);
        QCOMPARE(m_secrets->secrets().value(p.secretKey()), password);
        QVERIFY(!settingsFileText().contains(QLatin1String("s3cret")));
        QVERIFY(MessageBox::history().isEmpty());
    }

    void notRememberingForgetsTheStoredPassword()
    {
        const ConnectionProfile p = named(QStringLiteral("Local"));
        m_store->save(p);
        m_secrets->write(p.secretKey(), QStringLiteral("old"), nullptr, {});
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        QTRY_COMPARE(dialog.passwordEdit()->text(), QStringLiteral("old"));
        dialog.rememberCheck()->setChecked(false);
        typeInto(dialog.passwordEdit(), QStringLiteral("typed"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.password(), QStringLiteral("typed"));
        QVERIFY(!m_secrets->secrets().contains(p.secretKey()));
    }

    void keychainFailureIsShownAndTheConnectionProceeds()
    {
        m_secrets->setFailure(pd::domain::SecretStore::Status::NoKeychain);
        MessageBox::queueAnswer(QMessageBox::Ok);
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        const ConnectionProfile p = named(QStringLiteral("No keychain"));
        fill(dialog, p, QStringLiteral("typed-pw"));
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.password(), QStringLiteral("typed-pw"));
        QCOMPARE(dialog.profile(), p);
        QVERIFY2(
            MessageBox::lastText().startsWith(QLatin1String("No system keychain is available")),
            qPrintable(MessageBox::lastText()));
        QVERIFY(m_secrets->secrets().isEmpty());
        QVERIFY(m_store->find(p.name).has_value()); // the profile is kept all the same
        QVERIFY(!settingsFileText().contains(QLatin1String("typed-pw")));
    }

    void selectingAProfileLoadsItsPassword()
    {
        const ConnectionProfile a = named(QStringLiteral("Alpha"));
        ConnectionProfile b = named(QStringLiteral("Beta"));
        b.user = QStringLiteral("beta_user");
        m_store->save(a);
        m_store->save(b);
        m_store->setLastUsed(a.name);
        m_secrets->write(b.secretKey(), QStringLiteral("beta-pw"), nullptr, {});
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        QCOMPARE(dialog.profileList()->count(), 2);
        QCOMPARE(dialog.nameEdit()->text(), a.name);       // the last used one first
        QTRY_VERIFY(!dialog.rememberCheck()->isChecked()); // Alpha has no stored password
        QVERIFY(dialog.passwordEdit()->text().isEmpty());

        dialog.profileList()->setCurrentRow(1);
        QCOMPARE(dialog.nameEdit()->text(), b.name);
        QCOMPARE(dialog.userEdit()->text(), b.user);
        QTRY_COMPARE(dialog.passwordEdit()->text(), QStringLiteral("beta-pw"));
        QVERIFY(dialog.rememberCheck()->isChecked());
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    }

    void deleteAsksFirst()
    {
        const ConnectionProfile a = named(QStringLiteral("Alpha"));
        const ConnectionProfile b = named(QStringLiteral("Beta"), QStringLiteral("other"));
        m_store->save(a);
        m_store->save(b);
        m_secrets->write(b.secretKey(), QStringLiteral("beta-pw"), nullptr, {});
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        dialog.profileList()->setCurrentRow(1);

        MessageBox::queueAnswer(QMessageBox::No);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Beta")));
        QCOMPARE(dialog.profileList()->count(), 2);
        QVERIFY(m_store->find(b.name).has_value());

        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QCOMPARE(dialog.profileList()->count(), 1);
        QVERIFY(!m_store->find(b.name).has_value());
        QVERIFY(m_store->find(a.name).has_value());
        QCOMPARE(dialog.nameEdit()->text(), a.name);
        QTRY_VERIFY(!m_secrets->secrets().contains(b.secretKey()));
    }

    void addAndDuplicate()
    {
        m_store->save(named(QStringLiteral("Alpha")));
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        QTest::mouseClick(dialog.duplicateButton(), Qt::LeftButton);
        QCOMPARE(dialog.profileList()->count(), 2);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Alpha (copy)"));
        QCOMPARE(dialog.hostEdit()->text(), m_db->profile().host);
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(dialog.profileList()->count(), 3);
        QCOMPARE(dialog.profileList()->currentRow(), 2);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("New connection"));
        // Nothing is saved until Connect.
        QCOMPARE(m_store->profiles().size(), 1);
    }

    void validationIsInline()
    {
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        fill(dialog, named(QStringLiteral("Local")));
        QVERIFY(dialog.connectButton()->isEnabled());
        QVERIFY(dialog.validationLabel()->isHidden());

        dialog.hostEdit()->clear();
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());
        QVERIFY(dialog.validationLabel()->isVisible());
        QVERIFY(dialog.validationLabel()->text().contains(QLatin1String("host")));
        QTest::keyClick(dialog.userEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter does not connect with a broken form
        QVERIFY(m_store->profiles().isEmpty());

        QTest::keyClicks(dialog.hostEdit(), QStringLiteral("localhost"));
        QVERIFY(dialog.connectButton()->isEnabled());
        dialog.databaseEdit()->clear();
        QVERIFY(dialog.validationLabel()->text().contains(QLatin1String("database")));
        QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("paneldesk"));

        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        typeInto(dialog.nameEdit(), QStringLiteral("local")); // same name, other case
        QVERIFY(dialog.validationLabel()->text().contains(QLatin1String("already named")));
        QVERIFY(!dialog.connectButton()->isEnabled());
    }

    void sslModeControlsTheRootCertificate()
    {
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        QComboBox* combo = dialog.sslModeCombo();
        QStringList modes;
        for (int i = 0; i < combo->count(); ++i)
            modes << combo->itemData(i).toString();
        QCOMPARE(modes, QStringList({QStringLiteral("disable"), QStringLiteral("allow"),
                                     QStringLiteral("prefer"), QStringLiteral("require"),
                                     QStringLiteral("verify-ca"), QStringLiteral("verify-full")}));
        QSet<QString> explanations;
        for (int i = 0; i < combo->count(); ++i) {
            combo->setCurrentIndex(i);
            const bool verifies = modes.at(i).startsWith(QLatin1String("verify"));
            QCOMPARE(dialog.rootCertEdit()->isEnabled(), verifies);
            QCOMPARE(dialog.rootCertButton()->isEnabled(), verifies);
            explanations.insert(dialog.sslExplanationLabel()->text());
        }
        QCOMPARE(explanations.size(), combo->count()); // each mode is explained on its own

        typeInto(dialog.userEdit(), QStringLiteral("alice")); // the form is otherwise complete
        combo->setCurrentIndex(combo->findData(QStringLiteral("verify-full")));
        QVERIFY(dialog.connectButton()->isEnabled()); // no file chosen: libpq's default applies
        typeInto(dialog.rootCertEdit(), m_dir.filePath(QStringLiteral("missing.crt")));
        QVERIFY(dialog.validationLabel()->text().contains(QLatin1String("does not exist")));
        QVERIFY(!dialog.connectButton()->isEnabled());
    }

    void escapeCancels()
    {
        ConnectionDialog dialog(m_secrets.get(), m_store.get());
        dialog.show();
        fill(dialog, named(QStringLiteral("Local")), QStringLiteral("pw"));
        QTest::keyClick(dialog.hostEdit(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(m_secrets->secrets().isEmpty());
    }
};

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
