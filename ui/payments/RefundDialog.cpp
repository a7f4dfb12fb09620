#include "ui/payments/RefundDialog.h"

#include "domain/Money.h"
#include "payments/GatewayConfig.h"
#include "payments/RefundService.h"
#include "storage/RefundRepository.h"
#include "storage/TransactionRepository.h"
#include "ui/MessageBox.h"
#include "ui/tables/TableCatalog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

// The payment's status in words, as the transactions table shows it.
QString statusLabel(const QString& status)
{
    return TableCatalog::transactions(storage::StaffAdmin::Role::Finance)
        .valueLabels.value(QStringLiteral("status"))
        .value(status, status);
}

} // namespace

RefundDialog::RefundDialog(storage::DbWorker* worker, payments::RefundService* service,
                           const QString& transactionId, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_service(service), m_transactionId(transactionId),
      m_payment(new QLabel(tr("Loading the payment…"), this)), m_limits(new QLabel(this)),
      m_full(new QRadioButton(tr("&Full (what is left)"), this)),
      m_partial(new QRadioButton(tr("&Partial"), this)), m_amount(new QLineEdit(this)),
      m_reason(new QComboBox(this)), m_details(new QLineEdit(this)), m_status(new QLabel(this)),
      m_refundButton(new QPushButton(tr("&Refund"), this)),
      m_checkButton(new QPushButton(tr("As&k the gateway now"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("refund_dialog"));
    setWindowTitle(tr("Refund a payment"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    m_payment->setWordWrap(true);
    m_payment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_payment);
    m_limits->setObjectName(QStringLiteral("refund_limits"));
    m_limits->setWordWrap(true);
    layout->addWidget(m_limits);

    auto* form = new QFormLayout;
    auto* kind = new QHBoxLayout;
    auto* group = new QButtonGroup(this);
    group->addButton(m_full);
    group->addButton(m_partial);
    kind->addWidget(m_full);
    kind->addWidget(m_partial);
    kind->addStretch();
    m_partial->setChecked(true);
    form->addRow(tr("Kind:"), kind);
    m_amount->setObjectName(QStringLiteral("refund_amount"));
    m_amount->setPlaceholderText(tr("e.g. 30.00"));
    form->addRow(tr("&Amount:"), m_amount);
    m_reason->setObjectName(QStringLiteral("refund_reason"));
    m_reason->addItems({tr("Customer requested a refund"), tr("Duplicate payment"),
                        tr("Service not delivered"), tr("Fraudulent payment"),
                        tr("Goodwill gesture"), tr("Other")});
    form->addRow(tr("R&eason:"), m_reason);
    m_details->setObjectName(QStringLiteral("refund_details"));
    m_details->setPlaceholderText(tr("Details (kept with the refund)"));
    m_details->setMaxLength(400);
    form->addRow(tr("&Details:"), m_details);
    layout->addLayout(form);
    m_status->setObjectName(QStringLiteral("refund_status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_refundButton->setObjectName(QStringLiteral("refund_button"));
    m_refundButton->setEnabled(false);
    m_buttons->addButton(m_refundButton, QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("refund_check_button"));
    m_buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    m_checkButton->hide(); // after addButton, which shows it
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_full, &QRadioButton::toggled, this, &RefundDialog::updateAmount);
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::updateAmount);
    connect(m_refundButton, &QPushButton::clicked, this, &RefundDialog::submit);
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Asking the gateway how the refund stands, with its own key…"));
        follow();
    });
    if (m_service) {
        connect(m_service, &payments::RefundService::refundUpdated, this,
                [this](const QString& id, const QString& state, const QString& message) {
                    if (id == m_refundId)
                        showState(state, message);
                });
    }
    load();
}

QString RefundDialog::statusText() const
{
    return m_status->text();
}

QString RefundDialog::limitsText() const
{
    return m_limits->text();
}

void RefundDialog::load()
{
    const QString id = m_transactionId;
    m_worker->runReadOnly(
        this,
        [id](QSqlDatabase& db) {
            QVariantMap m;
            m.insert(QStringLiteral("detail"), storage::TransactionRepository::detail(db, id));
            m.insert(QStringLiteral("limits"),
                     QVariant::fromValue(storage::RefundRepository::limits(db, id)));
            return QVariant(m);
        },
        [this](const storage::JobResult& r) {
            if (!r.ok()) {
                m_payment->setText(tr("The payment could not be read: %1").arg(r.error));
                return;
            }
            const QVariantMap m = r.value.toMap();
            const QJsonObject d = m.value(QStringLiteral("detail")).toJsonObject();
            const auto l = m.value(QStringLiteral("limits")).value<storage::RefundLimits>();
            m_currency = d.value(QStringLiteral("currency")).toString();
            const auto total = domain::Money::fromDecimalString(
                d.value(QStringLiteral("amount")).toString(), m_currency);
            const auto left = domain::Money::fromDecimalString(l.refundable, m_currency);
            m_refundable = left ? left->toDecimalString() : QString();
            m_payment->setText(
                tr("Order %1 of %2: %3 through %4, %5.")
                    .arg(d.value(QStringLiteral("out_trade_no")).toString(),
                         d.value(QStringLiteral("user_email")).toString(),
                         total ? total->toDisplayString()
                               : d.value(QStringLiteral("amount")).toString(),
                         payments::GatewayConfig::displayName(
                             d.value(QStringLiteral("gateway")).toString()),
                         statusLabel(d.value(QStringLiteral("status")).toString()).toLower()));
            QStringList lines;
            lines << tr("Refundable: %1 (refunds in progress count until settled).")
                         .arg(left ? left->toDisplayString() : l.refundable);
            lines << (l.daysLeft < 0
                          ? tr("The gateway sets no refund window.")
                          : tr("%n day(s) left to refund (until %1).", nullptr, l.daysLeft)
                                .arg(QLocale().toString(l.deadline.toLocalTime().date(),
                                                        QLocale::ShortFormat)));
            lines << (l.refundsLeft < 0 ? tr("No limit on partial refunds.")
                                        : tr("%n partial refund(s) left.", nullptr, l.refundsLeft));
            m_limits->setText(lines.join(QLatin1Char('\n')));
            m_loaded = true;
            updateAmount();
            Q_EMIT loaded();
        });
}

void RefundDialog::updateAmount()
{
    if (!m_refundId.isEmpty()) {
        // Asked already: the form shows what was asked for.
        m_refundButton->setEnabled(false);
        return;
    }
    if (m_full->isChecked() && m_amount->text() != m_refundable) {
        m_amount->setText(m_refundable);
        return;
    }
    m_amount->setReadOnly(m_full->isChecked());
    domain::Money::ParseError error = domain::Money::ParseError::None;
    const auto money = domain::Money::parse(m_amount->text(), m_currency, &error);
    const auto left = domain::Money::fromDecimalString(m_refundable, m_currency);
    QString problem;
    if (!m_loaded)
        problem = tr("Loading…");
    else if (!money)
        problem =
            m_amount->text().isEmpty() ? QString() : domain::Money::describe(error, m_currency);
    else if (money->minorUnits() <= 0)
        problem = tr("The amount must be more than zero.");
    else if (left && money->minorUnits() > left->minorUnits())
        problem = tr("That is more than the %1 left to refund.").arg(left->toDisplayString());
    if (m_refundId.isEmpty())
        m_status->setText(problem);
    m_refundButton->setEnabled(m_loaded && money && problem.isEmpty() && m_refundId.isEmpty());
}

QString RefundDialog::reasonText() const
{
    const QString details = m_details->text().trimmed();
    return details.isEmpty() ? m_reason->currentText()
                             : m_reason->currentText() + QStringLiteral(": ") + details;
}

void RefundDialog::submit()
{
    const auto money = domain::Money::parse(m_amount->text(), m_currency);
    if (!money || !m_refundId.isEmpty())
        return;
    if (MessageBox::question(this, tr("Refund"),
                             tr("Refund %1 to the customer? Money leaves the merchant account "
                                "and this cannot be undone.")
                                 .arg(money->toDisplayString()),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    m_refundButton->setEnabled(false);
    m_status->setText(tr("Asking the database for the refund…"));
    const QString id = m_transactionId;
    const QString amount = money->toDecimalString();
    const QString reason = reasonText();
    m_worker->run(
        this,
        [id, amount, reason](QSqlDatabase& db) {
            return QVariant::fromValue(storage::RefundRepository::request(db, id, amount, reason));
        },
        [this](const storage::JobResult& r) {
            if (!r.ok()) {
                m_status->setText(r.error);
                updateAmount();
                return;
            }
            const auto refund = r.value.value<storage::RefundRecord>();
            m_refundId = refund.id;
            m_amount->setReadOnly(true);
            m_full->setEnabled(false);
            m_partial->setEnabled(false);
            showState(refund.state, {});
            if (refund.state == QLatin1String("approved"))
                send();
        });
}

void RefundDialog::send()
{
    if (!m_service)
        return;
    showState(QStringLiteral("submitted"), {});
    follow();
}

// Sends the approved refund, or asks the gateway how an open one stands (same key either way).
void RefundDialog::follow()
{
    if (!m_service)
        return;
    m_checkButton->setEnabled(false);
    // The refund goes on if the dialog is closed meanwhile; only the answer is not shown.
    QPointer<RefundDialog> guard(this);
    m_service->process(m_refundId, [guard](const payments::RefundService::Result& r) {
        if (!guard)
            return;
        if (r.error || (r.skipped && r.state.isEmpty()))
            guard->showState(guard->m_state, r.message);
        else if (!r.state.isEmpty())
            guard->showState(r.state, r.message);
    });
}

void RefundDialog::showState(const QString& state, const QString& message)
{
    m_state = state;
    QString text;
    if (state == QLatin1String("awaiting_approval"))
        text = tr("The refund is above the approval threshold and waits for a second finance "
                  "colleague to approve it in the approval queue. Nothing was sent yet.");
    else if (state == QLatin1String("approved"))
        text = tr("Approved; sending it to the gateway…");
    else if (state == QLatin1String("submitted"))
        text = tr("Submitted to the gateway; waiting for its answer…");
    else if (state == QLatin1String("processing"))
        text = tr("The gateway accepted the refund and is processing it. PanelDesk asks again "
                  "by itself until it is done.");
    else if (state == QLatin1String("succeeded"))
        text = tr("The refund succeeded.");
    else if (state == QLatin1String("failed"))
        text = tr("The gateway refused the refund, so nothing was refunded and the amount is "
                  "free again.");
    else if (state == QLatin1String("unknown"))
        text = tr("The gateway's answer was lost or could not be verified. The refund keeps its "
                  "key and PanelDesk settles it with the gateway by itself, without ever "
                  "refunding twice.");
    else
        text = storage::RefundRecord::stateLabel(state);
    if (!message.isEmpty() && state != QLatin1String("succeeded"))
        text += QLatin1Char('\n') + message;
    m_status->setText(text);
    // The reconciler follows open refunds by itself; this is for a clerk who would not wait.
    const bool open = state == QLatin1String("processing") || state == QLatin1String("unknown");
    m_checkButton->setVisible(open);
    m_checkButton->setEnabled(open);
    // What is left to refund changed (or is freed again): show it as it is now.
    if (state == QLatin1String("succeeded") || state == QLatin1String("failed") ||
        state == QLatin1String("processing") || state == QLatin1String("unknown"))
        load();
    Q_EMIT refundStateChanged(state);
}

} // namespace pd::ui
