#pragma once

#include "payments/GatewayConfig.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace pd::domain {
class SecretStore;
}

namespace pd::ui {

// One page per gateway: base URL (production and sandbox presets, or any https address), ids,
// certificate serial, the gateway's public key, an extra CA, and the secrets (private key or API
// secret; WeChat Pay's APIv3 key too), which go to the OS keychain only (the fields stay empty;
// typing replaces the stored one). "Test connection" performs a signed payment query on a known
// order. Malformed keys are named in words.
class GatewaySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    GatewaySettingsDialog(domain::SecretStore* secrets, QWidget* parent = nullptr);

    // The form of one gateway as a configuration (secret included when typed).
    payments::GatewayConfig formConfig(const QString& gateway) const;
    void setCurrentGateway(const QString& gateway);
    QString currentGateway() const;
    QString statusText() const;
    QLineEdit* field(const QString& gateway, const QString& name) const;
    QPlainTextEdit* textField(const QString& gateway, const QString& name) const;

public Q_SLOTS:
    void save();
    void testConnection();

Q_SIGNALS:
    void saved(const QString& gateway, const QString& error);
    void tested(const QString& gateway, bool ok, const QString& message);

private:
    struct Form
    {
        QComboBox* baseUrl = nullptr;
        QHash<QString, QLineEdit*> lines;
        QHash<QString, QPlainTextEdit*> texts;
        QSpinBox* timeout = nullptr;
    };
    QWidget* buildPage(const QString& gateway);
    void showStatus(const QString& text, bool error);

    domain::SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QHash<QString, Form> m_forms;
};

} // namespace pd::ui
