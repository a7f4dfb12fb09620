#include "ui/connection/ConnectionDialog.h"

#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const char* const kSslModes[] = {"disable", "allow",     "prefer",
                                 "require", "verify-ca", "verify-full"};

bool verifiesServer(const QString& mode)
{
    return mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full");
}

} // namespace

ConnectionDialog::ConnectionDialog(domain::SecretStore* secrets,
                                   storage::ConnectionProfileStore* store, QWidget* parent)
    : QDialog(parent), m_secrets(secrets), m_store(store), m_tester(new ConnectionTester(this))
{
    setWindowTitle(tr("Connect to a PanelDesk database"));
    buildUi();
    resize(sizeHint().expandedTo(QSize(780, 440)));
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::testFinished);
    loadProfiles();
}

void ConnectionDialog::buildUi()
{
    auto* root = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    root->addLayout(columns, 1);

    // Left: the saved profiles.
    auto* left = new QVBoxLayout;
    columns->addLayout(left);
    auto* listTitle = new QLabel(tr("&Connections"), this);
    m_list = new QListWidget(this);
    m_list->setMinimumWidth(180);
    listTitle->setBuddy(m_list);
    left->addWidget(listTitle);
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setToolTip(tr("Add a new connection"));
    m_duplicateButton = new QPushButton(tr("D&uplicate"), this);
    m_duplicateButton->setToolTip(tr("Copy the selected connection"));
    m_deleteButton = new QPushButton(tr("De&lete"), this);
    m_deleteButton->setToolTip(tr("Delete the selected connection and its stored password"));
    for (QPushButton* button : {m_addButton, m_duplicateButton, m_deleteButton}) {
        button->setAutoDefault(false); // Enter always means "Connect"
        listButtons->addWidget(button);
    }
    left->addLayout(listButtons);

    // Right: the form.
    auto* right = new QVBoxLayout;
    columns->addLayout(right, 1);
    auto* form = new QFormLayout;
    right->addLayout(form);
    m_nameEdit = new QLineEdit(this);
    form->addRow(tr("&Name:"), m_nameEdit);
    m_hostEdit = new QLineEdit(this);
    m_hostEdit->setPlaceholderText(tr("db.example.com, an address or a socket directory"));
    form->addRow(tr("&Host:"), m_hostEdit);
    m_portSpin = new QSpinBox(this);
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(5432);
    form->addRow(tr("&Port:"), m_portSpin);
    m_databaseEdit = new QLineEdit(this);
    form->addRow(tr("&Database:"), m_databaseEdit);
    m_userEdit = new QLineEdit(this);
    form->addRow(tr("&User:"), m_userEdit);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&word:"), m_passwordEdit);
    m_rememberCheck = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_rememberCheck->setChecked(true);
    form->addRow(QString(), m_rememberCheck);
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->setTextFormat(Qt::PlainText);
    m_keychainLabel->hide();
    form->addRow(QString(), m_keychainLabel);
    m_sslModeCombo = new QComboBox(this);
    for (const char* mode : kSslModes)
        m_sslModeCombo->addItem(QLatin1String(mode), QLatin1String(mode));
    form->addRow(tr("&SSL mode:"), m_sslModeCombo);
    m_sslExplanation = new QLabel(this);
    m_sslExplanation->setWordWrap(true);
    // Word-wrapped labels in a form layout get one line unless told otherwise; two fit every mode.
    m_sslExplanation->setMinimumHeight(m_sslExplanation->fontMetrics().lineSpacing() * 2 + 2);
    form->addRow(QString(), m_sslExplanation);
    auto* certRow = new QHBoxLayout;
    m_rootCertEdit = new QLineEdit(this);
    m_rootCertEdit->setPlaceholderText(tr("The server's CA certificate (.crt or .pem)"));
    m_rootCertButton = new QPushButton(tr("&Browse…"), this);
    m_rootCertButton->setAutoDefault(false);
    certRow->addWidget(m_rootCertEdit, 1);
    certRow->addWidget(m_rootCertButton);
    auto* certLabel = new QLabel(tr("Root &certificate:"), this);
    certLabel->setBuddy(m_rootCertEdit);
    form->addRow(certLabel, certRow);

    m_validationLabel = new QLabel(this);
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setTextFormat(Qt::PlainText);
    m_validationLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_validationLabel->hide();
    right->addWidget(m_validationLabel);

    auto* testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setAutoDefault(false);
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    right->addLayout(testRow);
    m_testResultLabel = new QLabel(this);
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextFormat(Qt::PlainText);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_testResultLabel);
    right->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_connectButton = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setDefault(true);
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    root->addWidget(m_buttons);

    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_duplicateButton);
    setTabOrder(m_duplicateButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_hostEdit);
    setTabOrder(m_hostEdit, m_portSpin);
    setTabOrder(m_portSpin, m_databaseEdit);
    setTabOrder(m_databaseEdit, m_userEdit);
    setTabOrder(m_userEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_rememberCheck);
    setTabOrder(m_rememberCheck, m_sslModeCombo);
    setTabOrder(m_sslModeCombo, m_rootCertEdit);
    setTabOrder(m_rootCertEdit, m_rootCertButton);
    setTabOrder(m_rootCertButton, m_testButton);
    setTabOrder(m_testButton, m_connectButton);
    setTabOrder(m_connectButton, cancel);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_currentRow = row;
        showEntry(row);
    });
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    for (QLineEdit* edit : {m_nameEdit, m_hostEdit, m_databaseEdit, m_userEdit, m_rootCertEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::formChanged);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::formChanged);
    connect(m_sslModeCombo, &QComboBox::currentIndexChanged, this, [this]() {
        updateSslWidgets();
        formChanged();
    });
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &ConnectionDialog::passwordEdited);
    connect(m_rememberCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (Entry* e = current(); e && !m_loading)
            e->remember = on;
    });
    connect(m_rootCertButton, &QPushButton::clicked, this, &ConnectionDialog::chooseRootCert);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
}

void ConnectionDialog::loadProfiles()
{
    const QList<storage::ConnectionProfile> saved =
        m_store ? m_store->profiles() : QList<storage::ConnectionProfile>();
    for (const storage::ConnectionProfile& profile : saved) {
        Entry entry;
        entry.profile = profile;
        entry.storedName = profile.name;
        entry.storedSecretKey = profile.secretKey();
        addEntry(entry, false);
    }
    if (m_entries.isEmpty()) {
        addProfile();
        return;
    }
    const QString last = m_store ? m_store->lastUsed() : QString();
    if (last.isEmpty() || !selectProfile(last))
        m_list->setCurrentRow(0);
}

bool ConnectionDialog::selectProfile(const QString& name)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).profile.name == name) {
            if (m_list->currentRow() == row)
                showEntry(row);
            else
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ConnectionDialog::addEntry(const Entry& entry, bool select)
{
    m_entries.append(entry);
    new QListWidgetItem(entry.profile.name, m_list);
    if (select)
        m_list->setCurrentRow(int(m_entries.size()) - 1);
}

ConnectionDialog::Entry* ConnectionDialog::current()
{
    return m_currentRow >= 0 && m_currentRow < m_entries.size() ? &m_entries[m_currentRow]
                                                                : nullptr;
}

const ConnectionDialog::Entry* ConnectionDialog::current() const
{
    return m_currentRow >= 0 && m_currentRow < m_entries.size() ? &m_entries.at(m_currentRow)
                                                                : nullptr;
}

void ConnectionDialog::showEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry& entry = m_entries.at(row);
    m_loading = true;
    m_nameEdit->setText(entry.profile.name);
    m_hostEdit->setText(entry.profile.host);
    m_portSpin->setValue(entry.profile.port);
    m_databaseEdit->setText(entry.profile.database);
    m_userEdit->setText(entry.profile.user);
    m_passwordEdit->setText(entry.password);
    m_rememberCheck->setChecked(entry.remember);
    const int sslIndex = m_sslModeCombo->findData(entry.profile.sslMode);
    m_sslModeCombo->setCurrentIndex(
        sslIndex >= 0 ? sslIndex : m_sslModeCombo->findData(QStringLiteral("prefer")));
    m_rootCertEdit->setText(entry.profile.rootCertPath);
    m_loading = false;
    m_testResultLabel->clear();
    m_keychainLabel->clear();
    m_keychainLabel->hide();
    updateSslWidgets();
    validate();

    // The password of a saved profile comes from the keychain, unless the user typed one here.
    const quint64 generation = ++m_passwordReadGeneration;
    if (!m_secrets || entry.passwordTouched || entry.storedSecretKey.isEmpty())
        return;
    const QString storedName = entry.storedName;
    m_secrets->read(entry.storedSecretKey, this,
                    [this, generation, storedName](const domain::SecretStore::Result& result) {
                        Entry* e = current();
                        if (generation != m_passwordReadGeneration || !e ||
                            e->storedName != storedName || e->passwordTouched)
                            return; // the user moved on or typed meanwhile
                        using Status = domain::SecretStore::Status;
                        if (result.status == Status::Ok) {
                            e->password = result.secret;
                            e->remember = true;
                        } else if (result.status == Status::NotFound) {
                            e->remember = false;
                        } else {
                            m_keychainLabel->setText(result.message);
                            m_keychainLabel->show();
                            return;
                        }
                        m_loading = true;
                        m_passwordEdit->setText(e->password);
                        m_rememberCheck->setChecked(e->remember);
                        m_loading = false;
                    });
}

void ConnectionDialog::formChanged()
{
    Entry* e = current();
    if (m_loading || !e)
        return;
    e->profile.name = m_nameEdit->text().trimmed();
    e->profile.host = m_hostEdit->text().trimmed();
    e->profile.port = m_portSpin->value();
    e->profile.database = m_databaseEdit->text().trimmed();
    e->profile.user = m_userEdit->text().trimmed();
    e->profile.sslMode = m_sslModeCombo->currentData().toString();
    e->profile.rootCertPath = m_rootCertEdit->text().trimmed();
    if (QListWidgetItem* item = m_list->item(m_currentRow))
        item->setText(e->profile.name.isEmpty() ? tr("(unnamed)") : e->profile.name);
    m_testResultLabel->clear(); // an old result would describe other settings
    validate();
}

void ConnectionDialog::passwordEdited()
{
    Entry* e = current();
    if (m_loading || !e)
        return;
    e->password = m_passwordEdit->text();
    e->passwordTouched = true;
}

void ConnectionDialog::updateSslWidgets()
{
    const QString mode = m_sslModeCombo->currentData().toString();
    QString text;
    if (mode == QLatin1String("disable"))
        text = tr("No encryption. Use it only for a server on this computer or a network you "
                  "trust.");
    else if (mode == QLatin1String("allow"))
        text = tr("Encrypts only if the server insists; the server's identity is not checked.");
    else if (mode == QLatin1String("prefer"))
        text = tr("Encrypts when the server offers it; the server's identity is not checked.");
    else if (mode == QLatin1String("require"))
        text = tr("Always encrypts, but does not check the server's identity.");
    else if (mode == QLatin1String("verify-ca"))
        text = tr("Always encrypts and checks that the server's certificate is signed by the "
                  "root certificate.");
    else
        text = tr("Always encrypts, checks the certificate and that it was issued for this "
                  "host. The safe choice over the internet.");
    m_sslExplanation->setText(text);
    const bool verifies = verifiesServer(mode);
    m_rootCertEdit->setEnabled(verifies);
    m_rootCertButton->setEnabled(verifies);
}

QString ConnectionDialog::validationProblem(QWidget** field, bool forTest) const
{
    const Entry* e = current();
    if (!e)
        return tr("Add a connection first.");
    const storage::ConnectionProfile& p = e->profile;
    auto fail = [field](QWidget* widget, const QString& text) {
        if (field)
            *field = widget;
        return text;
    };
    if (!forTest) {
        if (p.name.isEmpty())
            return fail(m_nameEdit, tr("Give the connection a name."));
        for (int row = 0; row < m_entries.size(); ++row) {
            if (row != m_currentRow &&
                m_entries.at(row).profile.name.compare(p.name, Qt::CaseInsensitive) == 0)
                return fail(m_nameEdit, tr("Another connection is already named “%1”. Choose "
                                           "another name.")
                                            .arg(p.name));
        }
    }
    if (p.host.isEmpty())
        return fail(m_hostEdit, tr("Enter the server's host name or address, or the directory "
                                   "of its socket."));
    if (p.database.isEmpty())
        return fail(m_databaseEdit, tr("Enter the name of the database."));
    if (p.user.isEmpty())
        return fail(m_userEdit, tr("Enter your database user name."));
    if (verifiesServer(p.sslMode) && !p.rootCertPath.isEmpty() &&
        !QFileInfo(p.rootCertPath).isFile())
        return fail(m_rootCertEdit, tr("The root certificate file “%1” does not exist. Choose "
                                       "the certificate of the authority that signed the "
                                       "server's certificate.")
                                        .arg(p.rootCertPath));
    return {};
}

void ConnectionDialog::validate()
{
    const QString problem = validationProblem(nullptr, false);
    m_validationLabel->setText(problem);
    m_validationLabel->setVisible(!problem.isEmpty());
    m_connectButton->setEnabled(problem.isEmpty() && !m_accepting);
    m_testButton->setEnabled(validationProblem(nullptr, true).isEmpty());
    m_duplicateButton->setEnabled(current() != nullptr);
    m_deleteButton->setEnabled(current() != nullptr);
}

QString ConnectionDialog::uniqueName(const QString& base) const
{
    auto taken = [this](const QString& name) {
        for (const Entry& e : m_entries) {
            if (e.profile.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

void ConnectionDialog::addProfile()
{
    Entry entry;
    entry.profile.name = uniqueName(tr("New connection"));
    entry.profile.host = QStringLiteral("localhost");
    entry.profile.database = QStringLiteral("paneldesk");
    addEntry(entry, true);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void ConnectionDialog::duplicateProfile()
{
    const Entry* e = current();
    if (!e)
        return;
    Entry copy;
    copy.profile = e->profile;
    copy.profile.name = uniqueName(tr("%1 (copy)").arg(e->profile.name));
    copy.password = m_passwordEdit->text();
    copy.passwordTouched = true; // the copy has no keychain entry of its own yet
    copy.remember = e->remember;
    addEntry(copy, true);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void ConnectionDialog::deleteProfile()
{
    const Entry* e = current();
    if (!e)
        return;
    const QString name = e->profile.name.isEmpty() ? tr("(unnamed)") : e->profile.name;
    const auto answer = MessageBox::question(
        this, tr("Delete connection"),
        tr("Delete the connection “%1”? Its password is removed from the system keychain too. "
           "The database itself is not touched.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;

    const Entry removed = *e;
    const int row = m_currentRow;
    if (m_store && !removed.storedName.isEmpty())
        m_store->remove(removed.storedName);
    m_entries.removeAt(row);
    if (m_secrets && !removed.storedSecretKey.isEmpty()) {
        bool shared = false; // another saved profile may log in the same way
        for (const Entry& other : m_entries)
            shared = shared || other.storedSecretKey == removed.storedSecretKey;
        if (!shared)
            m_secrets->remove(removed.storedSecretKey, this, {});
    }
    {
        // Rows shift while the item goes; show the new current entry once it is consistent.
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
        if (!m_entries.isEmpty())
            m_list->setCurrentRow(qMin(row, int(m_entries.size()) - 1));
    }
    m_currentRow = m_list->currentRow();
    if (m_entries.isEmpty())
        addProfile();
    else
        showEntry(m_currentRow);
}

void ConnectionDialog::chooseRootCert()
{
    const QString start = m_rootCertEdit->text().isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(m_rootCertEdit->text()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the root certificate"), start,
                                     tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_rootCertEdit->setText(QDir::toNativeSeparators(path));
}

void ConnectionDialog::testConnection()
{
    QWidget* field = nullptr;
    const QString problem = validationProblem(&field, true);
    if (!problem.isEmpty()) {
        m_testResultLabel->setText(problem);
        if (field)
            field->setFocus();
        return;
    }
    m_testResultLabel->setStyleSheet(QString());
    m_testResultLabel->setText(tr("Testing the connection…"));
    m_tester->test(current()->profile, m_passwordEdit->text());
}

void ConnectionDialog::testFinished(const ConnectionTester::Outcome& outcome)
{
    m_testResultLabel->setStyleSheet(outcome.ok ? QStringLiteral("color: #1b5e20;")
                                                : QStringLiteral("color: #b00020;"));
    m_testResultLabel->setText(ConnectionTester::describe(outcome));
}

void ConnectionDialog::setBusy(bool busy)
{
    m_list->setEnabled(!busy);
    m_addButton->setEnabled(!busy);
    m_connectButton->setEnabled(!busy);
    if (!busy)
        validate();
}

void ConnectionDialog::accept()
{
    if (m_accepting)
        return;
    QWidget* field = nullptr;
    const QString problem = validationProblem(&field, false);
    if (!problem.isEmpty()) {
        validate();
        if (field)
            field->setFocus();
        return;
    }
    Entry* e = current();
    const storage::ConnectionProfile profile = e->profile;
    const QString password = m_passwordEdit->text();
    const QString oldKey = e->storedSecretKey;
    const QString newKey = profile.secretKey();
    if (m_store) {
        if (!e->storedName.isEmpty() && e->storedName != profile.name)
            m_store->remove(e->storedName); // renamed
        m_store->save(profile);
        m_store->setLastUsed(profile.name);
    }
    e->storedName = profile.name;
    e->storedSecretKey = newKey;
    m_acceptedProfile = profile;
    m_acceptedPassword = password;

    if (!m_secrets) {
        finishAccept({});
        return;
    }
    if (e->remember && !password.isEmpty()) {
        m_accepting = true;
        setBusy(true);
        m_keychainLabel->setText(tr("Saving the password in the system keychain…"));
        m_keychainLabel->show();
        m_secrets->write(newKey, password, this,
                         [this, oldKey, newKey](const domain::SecretStore::Result& result) {
                             if (!m_accepting)
                                 return; // cancelled meanwhile
                             const bool ok = result.status == domain::SecretStore::Status::Ok;
                             if (ok && !oldKey.isEmpty() && oldKey != newKey)
                                 m_secrets->remove(oldKey, this, {});
                             finishAccept(ok ? QString() : result.message);
                         });
        return;
    }
    // Not remembering means forgetting what an earlier connection stored. Nothing to report if
    // there was nothing (or no keychain): the user did not ask for it to be kept.
    m_secrets->remove(newKey, this, {});
    if (!oldKey.isEmpty() && oldKey != newKey)
        m_secrets->remove(oldKey, this, {});
    finishAccept({});
}

void ConnectionDialog::finishAccept(const QString& keychainProblem)
{
    m_accepting = false;
    setBusy(false);
    m_keychainLabel->clear();
    m_keychainLabel->hide();
    if (!keychainProblem.isEmpty()) {
        MessageBox::warning(this, tr("Password not remembered"),
                            keychainProblem + QLatin1Char(' ') +
                                tr("PanelDesk connects with the password you typed and keeps it "
                                   "only until it closes."));
    }
    QDialog::accept();
}

void ConnectionDialog::reject()
{
    m_accepting = false;
    setBusy(false);
    QDialog::reject();
}

} // namespace pd::ui
