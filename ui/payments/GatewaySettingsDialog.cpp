#include "ui/payments/GatewaySettingsDialog.h"

#include "payments/GatewayClient.h"
#include "payments/GatewaySettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd::ui {

using payments::GatewayConfig;
using payments::GatewaySettings;

GatewaySettingsDialog::GatewaySettingsDialog(domain::SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_secrets(secrets), m_network(new QNetworkAccessManager(this)),
      m_tabs(new QTabWidget(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("gateway_settings"));
    setWindowTitle(tr("Gateway settings"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Keys and secrets are kept only in this computer's keychain; the "
                               "other settings in PanelDesk's settings file. Each computer that "
                               "sends refunds needs its own set-up."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    for (const QString& g : GatewayConfig::gateways())
        m_tabs->addTab(buildPage(g), GatewayConfig::displayName(g));
    layout->addWidget(m_tabs);
    m_status->setObjectName(QStringLiteral("gateway_status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton* test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    connect(test, &QPushButton::clicked, this, &GatewaySettingsDialog::testConnection);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &GatewaySettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 620);
}

QWidget* GatewaySettingsDialog::buildPage(const QString& g)
{
    auto* page = new QWidget(m_tabs);
    page->setObjectName(g);
    auto* form = new QFormLayout(page);
    Form f;
    const GatewayConfig c = GatewaySettings::loadPublic(g);
    f.baseUrl = new QComboBox(page);
    f.baseUrl->setEditable(true);
    f.baseUrl->addItem(GatewayConfig::productionUrl(g).toString());
    if (!GatewayConfig::sandboxUrl(g).isEmpty() &&
        GatewayConfig::sandboxUrl(g) != GatewayConfig::productionUrl(g))
        f.baseUrl->addItem(GatewayConfig::sandboxUrl(g).toString());
    f.baseUrl->setCurrentText(c.baseUrl.isEmpty() ? GatewayConfig::productionUrl(g).toString()
                                                  : c.baseUrl.toString());
    form->addRow(tr("Base URL:"), f.baseUrl);
    auto line = [&](const QString& name, const QString& label, const QString& value) {
        auto* edit = new QLineEdit(value, page);
        edit->setObjectName(name);
        form->addRow(label, edit);
        f.lines.insert(name, edit);
        return edit;
    };
    auto text = [&](const QString& name, const QString& label, const QByteArray& value,
                    const QString& placeholder) {
        auto* edit = new QPlainTextEdit(QString::fromUtf8(value), page);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(90);
        form->addRow(label, edit);
        f.texts.insert(name, edit);
        return edit;
    };
    const QString keep = tr("Stored in the keychain; type to replace it.");
    if (g == QLatin1String("alipay")) {
        line(QStringLiteral("app_id"), tr("App id:"), c.appId);
        text(QStringLiteral("private_key"), tr("App private key:"), {}, keep);
        text(QStringLiteral("gateway_public_key"), tr("Alipay public key:"), c.gatewayPublicKeyPem,
             tr("-----BEGIN PUBLIC KEY----- …"));
    } else if (g == QLatin1String("wechat")) {
        line(QStringLiteral("merchant_id"), tr("Merchant id (mchid):"), c.merchantId);
        line(QStringLiteral("cert_serial"), tr("Merchant certificate serial:"), c.certSerial);
        text(QStringLiteral("private_key"), tr("Merchant API private key:"), {}, keep);
        QLineEdit* apiV3 = line(QStringLiteral("api_v3_key"), tr("APIv3 key:"), {});
        apiV3->setEchoMode(QLineEdit::Password);
        apiV3->setPlaceholderText(keep);
        apiV3->setToolTip(tr("The 32-character APIv3 key set in the WeChat Pay merchant platform. "
                             "Without a public key id, PanelDesk uses it to download WeChat "
                             "Pay's platform certificates, which WeChat Pay rotates."));
        line(QStringLiteral("platform_key_id"), tr("WeChat Pay public key id:"), c.platformKeyId)
            ->setPlaceholderText(tr("PUB_KEY_ID_…, or empty for platform certificates"));
        text(QStringLiteral("gateway_public_key"), tr("WeChat Pay public key:"),
             c.gatewayPublicKeyPem, tr("-----BEGIN PUBLIC KEY----- …"));
    } else if (g == QLatin1String("stripe")) {
        QLineEdit* secret = line(QStringLiteral("api_secret"), tr("Secret key:"), {});
        secret->setEchoMode(QLineEdit::Password);
        secret->setPlaceholderText(keep);
    } else {
        line(QStringLiteral("app_id"), tr("Client id:"), c.appId);
        QLineEdit* secret = line(QStringLiteral("api_secret"), tr("Client secret:"), {});
        secret->setEchoMode(QLineEdit::Password);
        secret->setPlaceholderText(keep);
    }
    text(QStringLiteral("extra_ca"), tr("Extra CA certificate:"), c.extraCaPem,
         tr("Only for a sandbox with its own CA; TLS is always verified."));
    line(QStringLiteral("test_order"), tr("Test order:"), c.testOrder)
        ->setPlaceholderText(g == QLatin1String("stripe") || g == QLatin1String("paypal")
                                 ? tr("A payment id the test connection reads")
                                 : tr("An order number the test connection reads"));
    f.timeout = new QSpinBox(page);
    f.timeout->setRange(1, 300);
    f.timeout->setSuffix(tr(" s"));
    f.timeout->setValue(c.timeoutMs / 1000);
    form->addRow(tr("Answer timeout:"), f.timeout);
    m_forms.insert(g, f);
    return page;
}

QLineEdit* GatewaySettingsDialog::field(const QString& gateway, const QString& name) const
{
    return m_forms.value(gateway).lines.value(name);
}

QPlainTextEdit* GatewaySettingsDialog::textField(const QString& gateway, const QString& name) const
{
    return m_forms.value(gateway).texts.value(name);
}

void GatewaySettingsDialog::setCurrentGateway(const QString& gateway)
{
    const int index = int(GatewayConfig::gateways().indexOf(gateway));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

QString GatewaySettingsDialog::currentGateway() const
{
    return GatewayConfig::gateways().value(m_tabs->currentIndex());
}

QString GatewaySettingsDialog::statusText() const
{
    return m_status->text();
}

GatewayConfig GatewaySettingsDialog::formConfig(const QString& g) const
{
    const Form f = m_forms.value(g);
    GatewayConfig c = GatewaySettings::loadPublic(g);
    c.baseUrl = QUrl(f.baseUrl->currentText().trimmed());
    auto lineValue = [&](const char* name) {
        QLineEdit* e = f.lines.value(QLatin1String(name));
        return e ? e->text().trimmed() : QString();
    };
    auto textValue = [&](const char* name) {
        QPlainTextEdit* e = f.texts.value(QLatin1String(name));
        return e ? e->toPlainText().trimmed().toUtf8() : QByteArray();
    };
    c.appId = lineValue("app_id");
    c.merchantId = lineValue("merchant_id");
    c.certSerial = lineValue("cert_serial");
    c.platformKeyId = lineValue("platform_key_id");
    c.testOrder = lineValue("test_order");
    c.apiSecret = lineValue("api_secret");
    c.apiV3Key = lineValue("api_v3_key").toUtf8();
    c.privateKeyPem = textValue("private_key");
    c.gatewayPublicKeyPem = textValue("gateway_public_key");
    c.extraCaPem = textValue("extra_ca");
    c.timeoutMs = f.timeout->value() * 1000;
    return c;
}

void GatewaySettingsDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    // A long sentence wraps onto more lines: the dialog grows so that none of it is cut off.
    if (isVisible() && hasHeightForWidth()) {
        const int needed = heightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

void GatewaySettingsDialog::save()
{
    const QString g = currentGateway();
    const GatewayConfig c = formConfig(g);
    // A secret left empty stays as stored: only check what was typed.
    const QStringList problems = c.problems(GatewayConfig::Secrets::MayBeStored);
    if (!problems.isEmpty()) {
        showStatus(tr("Nothing was saved: %1").arg(problems.join(QLatin1Char(' '))), true);
        Q_EMIT saved(g, problems.join(QLatin1Char(' ')));
        return;
    }
    GatewaySettings settings(m_secrets);
    settings.save(c, this, [this, g](const QString& error) {
        if (error.isEmpty()) {
            showStatus(tr("%1 settings saved.").arg(GatewayConfig::displayName(g)), false);
            if (QPlainTextEdit* key = textField(g, QStringLiteral("private_key")))
                key->clear();
            if (QLineEdit* secret = field(g, QStringLiteral("api_secret")))
                secret->clear();
            if (QLineEdit* apiV3 = field(g, QStringLiteral("api_v3_key")))
                apiV3->clear();
        } else {
            showStatus(error, true);
        }
        Q_EMIT saved(g, error);
    });
}

void GatewaySettingsDialog::testConnection()
{
    const QString g = currentGateway();
    const GatewayConfig typed = formConfig(g);
    showStatus(tr("Asking %1…").arg(GatewayConfig::displayName(g)), false);
    auto run = [this, g](const GatewayConfig& c) {
        if (!c.problems().isEmpty()) {
            showStatus(c.problems().join(QLatin1Char(' ')), true);
            Q_EMIT tested(g, false, c.problems().join(QLatin1Char(' ')));
            return;
        }
        if (c.testOrder.isEmpty()) {
            const QString m =
                tr("The settings are complete. Enter a test order to query a payment.");
            showStatus(m, false);
            Q_EMIT tested(g, false, m);
            return;
        }
        auto client = std::shared_ptr<payments::GatewayClient>(
            payments::GatewayClient::create(c, m_network, domain::Clock::system()));
        const bool byGatewayId = g == QLatin1String("stripe") || g == QLatin1String("paypal");
        client->queryPayment(
            byGatewayId ? QString() : c.testOrder, byGatewayId ? c.testOrder : QString(),
            [this, g, client, order = c.testOrder](const payments::GatewayAnswer& a) {
                const bool ok = a.outcome == payments::GatewayAnswer::Outcome::Succeeded;
                const QString m = ok ? tr("The connection works: a signed, verified payment "
                                          "query says %1 is %2.")
                                           .arg(order, a.paymentState)
                                     : tr("The test failed: %1 %2").arg(a.code, a.message);
                showStatus(m, !ok);
                Q_EMIT tested(g, ok, m);
            });
    };
    // The stored secrets where the form left them empty.
    GatewaySettings(m_secrets).completeSecrets(
        typed, this, [this, g, run](const GatewayConfig& c, const QString& error) {
            if (!error.isEmpty()) {
                showStatus(error, true);
                Q_EMIT tested(g, false, error);
                return;
            }
            run(c);
        });
}

} // namespace pd::ui
