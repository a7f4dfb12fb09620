#include "ui/subscriptions/SubscriptionDetailPanel.h"

#include "storage/PlansRepository.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString dateText(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString periodOf(const storage::SubscriptionRecord& s)
{
    return QCoreApplication::translate("pd::ui::SubscriptionDetailPanel", "%1 – %2")
        .arg(dateText(s.periodStart),
             s.periodEnd.isValid()
                 ? dateText(s.periodEnd)
                 : QCoreApplication::translate("pd::ui::SubscriptionDetailPanel", "lifetime"));
}

} // namespace

SubscriptionDetailPanel::SubscriptionDetailPanel(storage::DbWorker* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker)
{
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_content = new QWidget;
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_content, 1);

    auto* box = new QGroupBox(tr("Subscription"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("User:"), m_user = new QLabel);
    form->addRow(tr("Plan:"), m_plan = new QLabel);
    form->addRow(tr("Status:"), m_status = new QLabel);
    form->addRow(tr("Period:"), m_period = new QLabel);
    form->addRow(tr("Auto-renew:"), m_autoRenew = new QLabel);
    m_quota = new QProgressBar;
    m_quota->setTextVisible(true);
    form->addRow(tr("Quota:"), m_quota);
    for (QLabel* l : {m_user, m_plan, m_status, m_period, m_autoRenew})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content->addWidget(box);

    auto* historyBox = new QGroupBox(tr("The user's subscriptions"));
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_history = new QTreeWidget;
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Plan"), tr("Status"), tr("Period"), tr("Quota used")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    historyLayout->addWidget(m_history);
    content->addWidget(historyBox, 1);
    clear();
}

void SubscriptionDetailPanel::load(const QUuid& id)
{
    if (id.isNull()) {
        clear();
        return;
    }
    m_id = id;
    const qint64 generation = ++m_generation;
    m_worker->run(
        this,
        [id](QSqlDatabase& db) -> QVariant {
            const auto d = storage::SubscriptionsRepository::detail(db, id);
            return d ? QVariant::fromValue(*d) : QVariant();
        },
        [this, generation](const storage::JobResult& result) {
            if (generation != m_generation)
                return;
            if (!result.ok() || !result.value.isValid()) {
                m_hasRecord = false;
                m_content->setEnabled(false);
                m_message->setText(
                    result.ok() ? tr("This subscription no longer exists. Refresh the list.")
                                : tr("The subscription could not be loaded. %1").arg(result.error));
                m_message->show();
                Q_EMIT cleared();
                return;
            }
            show(result.value.value<storage::SubscriptionDetail>());
        });
}

void SubscriptionDetailPanel::reload()
{
    if (!m_id.isNull())
        load(m_id);
}

void SubscriptionDetailPanel::clear()
{
    ++m_generation;
    m_id = QUuid();
    m_hasRecord = false;
    m_detail = {};
    for (QLabel* l : {m_user, m_plan, m_status, m_period, m_autoRenew})
        l->clear();
    m_quota->setRange(0, 1);
    m_quota->setValue(0);
    m_quota->setFormat(QString());
    m_history->clear();
    m_content->setEnabled(false);
    m_message->setText(tr("Select a subscription to see its details."));
    m_message->show();
    Q_EMIT cleared();
}

QString SubscriptionDetailPanel::planText() const
{
    return m_plan->text();
}

QString SubscriptionDetailPanel::periodText() const
{
    return m_period->text();
}

void SubscriptionDetailPanel::show(const storage::SubscriptionDetail& detail)
{
    m_detail = detail;
    m_hasRecord = true;
    const auto& s = detail.subscription;
    m_user->setText(s.userEmail);
    m_plan->setText(tr("%1 (%2, %3)")
                        .arg(s.planName, s.planPrice.toDisplayString(),
                             storage::PlansRepository::cycleName(s.billingCycle)));
    m_status->setText(s.cancelAtPeriodEnd
                          ? tr("%1, cancelled at the end of the period")
                                .arg(storage::SubscriptionsRepository::statusName(s.status))
                          : storage::SubscriptionsRepository::statusName(s.status));
    m_period->setText(periodOf(s));
    m_autoRenew->setText(s.autoRenew ? tr("on") : tr("off"));
    if (s.quotaLimit) {
        m_quota->setRange(0, qMax(1, *s.quotaLimit));
        m_quota->setValue(qMin(s.quotaUsed, qMax(1, *s.quotaLimit)));
        m_quota->setFormat(
            tr("%1 of %2 used")
                .arg(QLocale().toString(s.quotaUsed), QLocale().toString(*s.quotaLimit)));
    } else {
        m_quota->setRange(0, 1);
        m_quota->setValue(0);
        m_quota->setFormat(tr("%1 used, unlimited").arg(QLocale().toString(s.quotaUsed)));
    }
    m_history->clear();
    for (const auto& h : detail.history) {
        m_history->addTopLevelItem(new QTreeWidgetItem(
            {h.planName, storage::SubscriptionsRepository::statusName(h.status), periodOf(h),
             h.quotaLimit ? tr("%1 of %2").arg(h.quotaUsed).arg(*h.quotaLimit)
                          : QLocale().toString(h.quotaUsed)}));
    }
    m_content->setEnabled(true);
    m_message->hide();
    Q_EMIT loaded();
}

} // namespace pd::ui
