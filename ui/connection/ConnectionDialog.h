#pragma once

#include "domain/SecretStore.h"
#include "storage/ConnectionProfile.h"
#include "storage/ConnectionProfileStore.h"
#include "ui/connection/ConnectionTester.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pd::ui {

// Picks, edits and tries connection profiles, then hands the chosen profile and password to
// whoever connects. Profiles go to the ConnectionProfileStore, the password only to the
// SecretStore (when "remember" is on) and to password(); no SQL runs on the GUI thread.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(domain::SecretStore* secrets, storage::ConnectionProfileStore* store,
                     QWidget* parent = nullptr);

    // After Accepted: what to connect with.
    storage::ConnectionProfile profile() const { return m_acceptedProfile; }
    QString password() const { return m_acceptedPassword; }

    // Selects a profile by name; false when there is none.
    bool selectProfile(const QString& name);

    // Accessors for tests.
    QListWidget* profileList() const { return m_list; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* duplicateButton() const { return m_duplicateButton; }
    QPushButton* deleteButton() const { return m_deleteButton; }
    QLineEdit* nameEdit() const { return m_nameEdit; }
    QLineEdit* hostEdit() const { return m_hostEdit; }
    QSpinBox* portSpin() const { return m_portSpin; }
    QLineEdit* databaseEdit() const { return m_databaseEdit; }
    QLineEdit* userEdit() const { return m_userEdit; }
    QLineEdit* passwordEdit() const { return m_passwordEdit; }
    QCheckBox* rememberCheck() const { return m_rememberCheck; }
    QComboBox* sslModeCombo() const { return m_sslModeCombo; }
    QLabel* sslExplanationLabel() const { return m_sslExplanation; }
    QLineEdit* rootCertEdit() const { return m_rootCertEdit; }
    QPushButton* rootCertButton() const { return m_rootCertButton; }
    QPushButton* testButton() const { return m_testButton; }
    QPushButton* connectButton() const { return m_connectButton; }
    QLabel* validationLabel() const { return m_validationLabel; }
    QLabel* testResultLabel() const { return m_testResultLabel; }
    QLabel* keychainLabel() const { return m_keychainLabel; }
    bool isTesting() const { return m_tester->isRunning(); }

public Q_SLOTS:
    // Saves the profile and (if asked) the password, then accepts; keychain trouble is shown
    // but does not stop the connection.
    void accept() override;
    void reject() override;

private:
    // A profile as edited in this dialog; storedName is its name in the store (empty: new).
    struct Entry
    {
        storage::ConnectionProfile profile;
        QString storedName;
        QString storedSecretKey;
        QString password;
        bool passwordTouched = false;
        bool remember = true;
    };

    void buildUi();
    void loadProfiles();
    void addEntry(const Entry& entry, bool select);
    void showEntry(int row);
    void formChanged();
    void passwordEdited();
    void updateSslWidgets();
    void validate();
    QString validationProblem(QWidget** field, bool forTest) const;
    void addProfile();
    void duplicateProfile();
    void deleteProfile();
    void testConnection();
    void testFinished(const ConnectionTester::Outcome& outcome);
    void chooseRootCert();
    void finishAccept(const QString& keychainProblem);
    void setBusy(bool busy);
    QString uniqueName(const QString& base) const;
    Entry* current();
    const Entry* current() const;

    domain::SecretStore* m_secrets;
    storage::ConnectionProfileStore* m_store;
    ConnectionTester* m_tester;
    QList<Entry> m_entries;
    int m_currentRow = -1;
    bool m_loading = false;
    bool m_accepting = false;
    quint64 m_passwordReadGeneration = 0;
    storage::ConnectionProfile m_acceptedProfile;
    QString m_acceptedPassword;

    QListWidget* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_hostEdit = nullptr;
    QSpinBox* m_portSpin = nullptr;
    QLineEdit* m_databaseEdit = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QCheckBox* m_rememberCheck = nullptr;
    QComboBox* m_sslModeCombo = nullptr;
    QLabel* m_sslExplanation = nullptr;
    QLineEdit* m_rootCertEdit = nullptr;
    QPushButton* m_rootCertButton = nullptr;
    QLabel* m_validationLabel = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResultLabel = nullptr;
    QLabel* m_keychainLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_connectButton = nullptr;
};

} // namespace pd::ui
