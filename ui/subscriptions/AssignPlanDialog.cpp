#include "ui/subscriptions/AssignPlanDialog.h"

#include "domain/ByteSize.h"
#include "storage/SubscriptionsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

AssignPlanDialog::AssignPlanDialog(storage::DbWorker* worker, const QUuid& userId,
                                   const QString& userText, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_userId(userId)
{
    setWindowTitle(tr("Assign a plan to %1").arg(userText));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_plan = new QComboBox;
    form->addRow(tr("&Plan:"), m_plan);
    m_planInfo = new QLabel;
    m_planInfo->setWordWrap(true);
    form->addRow(QString(), m_planInfo);
    m_charge = new QCheckBox(tr("&Charge the price to the user's balance"));
    m_charge->setChecked(true);
    form->addRow(QString(), m_charge);
    m_reason = new QLineEdit;
    m_reason->setPlaceholderText(tr("Why the user gets it without charge"));
    m_reason->setMaxLength(500);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_assign = buttons->addButton(tr("&Assign"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_assign, &QPushButton::clicked, this, &AssignPlanDialog::assign);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &AssignPlanDialog::updateState);
    connect(m_charge, &QCheckBox::toggled, this, &AssignPlanDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &AssignPlanDialog::updateState);
    updateState();

    m_worker->runReadOnly(
        this,
        [](QSqlDatabase& db) {
            return QVariant::fromValue(storage::PlansRepository::all(db, true));
        },
        [this](const storage::JobResult& result) {
            if (!result.ok()) {
                m_message->setText(tr("The plans could not be loaded. %1").arg(result.error));
                m_message->show();
                return;
            }
            m_plans = result.value.value<QList<storage::PlanRecord>>();
            for (const auto& p : std::as_const(m_plans))
                m_plan->addItem(p.name, p.id.toString(QUuid::WithoutBraces));
            m_loaded = true;
            updateState();
        });
}

QString AssignPlanDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AssignPlanDialog::updateState()
{
    const int i = m_plan->currentIndex();
    if (i >= 0 && i < m_plans.size()) {
        const auto& p = m_plans.at(i);
        m_planInfo->setText(
            tr("%1, %2; quota %3; traffic %4 per period; node group %5, level %6")
                .arg(p.price.toDisplayString(), storage::PlansRepository::cycleName(p.billingCycle),
                     p.quotaLimit ? QString::number(*p.quotaLimit) : tr("unlimited"),
                     domain::bytes::format(p.trafficBytes))
                .arg(p.nodeGroup)
                .arg(p.level));
    }
    m_reason->setEnabled(!m_charge->isChecked());
    m_assign->setEnabled(!m_busy && i >= 0 &&
                         (m_charge->isChecked() || !m_reason->text().trimmed().isEmpty()));
}

void AssignPlanDialog::assign()
{
    updateState();
    if (!m_assign->isEnabled())
        return;
    m_busy = true;
    updateState();
    const QUuid user = m_userId;
    const QUuid plan = QUuid::fromString(m_plan->currentData().toString());
    const bool charge = m_charge->isChecked();
    const QString reason = charge ? QString() : m_reason->text();
    m_worker->run(
        this,
        [user, plan, charge, reason](QSqlDatabase& db) {
            return QVariant::fromValue(
                storage::SubscriptionsRepository::assign(db, user, plan, charge, reason));
        },
        [this](const storage::JobResult& result) {
            m_busy = false;
            if (!result.ok()) {
                m_message->setText(tr("The plan was not assigned. %1").arg(result.error));
                m_message->show();
                updateState();
                return;
            }
            Q_EMIT assigned(result.value.value<QUuid>());
            accept();
        });
}

} // namespace pd::ui
