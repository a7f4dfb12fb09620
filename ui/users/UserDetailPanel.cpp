#include "ui/users/UserDetailPanel.h"

#include "domain/ByteSize.h"
#include "domain/Money.h"
#include "ui/apikeys/ApiKeysWidget.h"
#include "ui/traffic/UserTrafficPanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QLabel* valueLabel()
{
    auto* label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QTreeWidget* listView(const QStringList& headers)
{
    auto* view = new QTreeWidget;
    view->setRootIsDecorated(false);
    view->setHeaderLabels(headers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setMaximumHeight(160);
    return view;
}

} // namespace

UserDetailPanel::UserDetailPanel(storage::DbWorker* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker)
{
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_content = new QWidget;
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    // The panel grows with the traffic charts: it scrolls rather than squeeze the groups.
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);

    auto* profile = new QGroupBox(tr("Profile"));
    auto* form = new QFormLayout(profile);
    form->addRow(tr("Email:"), m_email = valueLabel());
    form->addRow(tr("Username:"), m_username = valueLabel());
    form->addRow(tr("State:"), m_state = valueLabel());
    form->addRow(tr("ID:"), m_userId = valueLabel());
    form->addRow(tr("Balance:"), m_balance = valueLabel());
    form->addRow(tr("Node group:"), m_nodeGroup = valueLabel());
    form->addRow(tr("Level:"), m_level = valueLabel());
    form->addRow(tr("Level expiry:"), m_levelExpiry = valueLabel());
    form->addRow(tr("Created:"), m_created = valueLabel());
    content->addWidget(profile);

    auto* traffic = new QGroupBox(tr("Traffic"));
    auto* trafficLayout = new QVBoxLayout(traffic);
    m_traffic = new QProgressBar;
    // Bytes overflow an int: the bar runs in thousandths of the quota, the text says bytes.
    m_traffic->setRange(0, 1000);
    m_traffic->setTextVisible(true);
    trafficLayout->addWidget(m_traffic);
    content->addWidget(traffic);

    auto* subscription = new QGroupBox(tr("Current subscription"));
    auto* subForm = new QFormLayout(subscription);
    subForm->addRow(tr("Plan:"), m_plan = valueLabel());
    subForm->addRow(tr("Period:"), m_period = valueLabel());
    subForm->addRow(tr("Quota:"), m_quota = valueLabel());
    content->addWidget(subscription);

    auto* keys = new QGroupBox(tr("API keys"));
    auto* keysLayout = new QVBoxLayout(keys);
    m_keys = new ApiKeysWidget(worker);
    keysLayout->addWidget(m_keys);
    content->addWidget(keys);

    auto* transactions = new QGroupBox(tr("Recent transactions"));
    auto* txLayout = new QVBoxLayout(transactions);
    m_transactions =
        listView({tr("Order"), tr("Amount"), tr("Gateway"), tr("Status"), tr("Created")});
    txLayout->addWidget(m_transactions);
    content->addWidget(transactions);

    auto* usage = new QGroupBox(tr("Traffic and usage"));
    auto* usageLayout = new QVBoxLayout(usage);
    m_usage = new UserTrafficPanel(worker);
    usageLayout->addWidget(m_usage);
    content->addWidget(usage);
    content->addStretch(1);

    clear();
}

void UserDetailPanel::load(const QUuid& id)
{
    if (id.isNull()) {
        clear();
        return;
    }
    const bool sameUser = id == m_id && m_hasRecord;
    m_id = id;
    m_loading = true;
    const qint64 generation = ++m_generation;
    if (!sameUser) {
        // Never show one user's numbers under another's selection while loading.
        m_hasRecord = false;
        m_content->setEnabled(false);
        showMessage(tr("Loading…"));
    }
    m_worker->run(
        this,
        [id](QSqlDatabase& db) -> QVariant {
            const auto detail = storage::UsersRepository::detail(db, id);
            return detail ? QVariant::fromValue(*detail) : QVariant();
        },
        [this, generation](const storage::JobResult& result) {
            if (generation != m_generation)
                return; // a newer selection won
            m_loading = false;
            if (!result.ok()) {
                m_hasRecord = false;
                m_content->setEnabled(false);
                showMessage(tr("The user's details could not be loaded. %1").arg(result.error));
                Q_EMIT cleared();
                return;
            }
            if (!result.value.isValid()) {
                m_hasRecord = false;
                m_content->setEnabled(false);
                showMessage(
                    tr("This user no longer exists: someone deleted it. Refresh the list."));
                Q_EMIT cleared();
                return;
            }
            show(result.value.value<storage::UserDetail>());
        });
}

void UserDetailPanel::reload()
{
    if (!m_id.isNull())
        load(m_id);
}

void UserDetailPanel::clear()
{
    ++m_generation;
    m_id = QUuid();
    m_hasRecord = false;
    m_loading = false;
    m_detail = {};
    for (QLabel* label : {m_email, m_username, m_state, m_userId, m_balance, m_nodeGroup, m_level,
                          m_levelExpiry, m_created, m_plan, m_period, m_quota})
        label->clear();
    m_traffic->setValue(0);
    m_traffic->setFormat(QString());
    m_usage->clear();
    m_keys->clear();
    m_transactions->clear();
    m_content->setEnabled(false);
    showMessage(tr("Select a user to see their details."));
    Q_EMIT cleared();
}

QString UserDetailPanel::trafficText(qint64 used, qint64 quota)
{
    if (quota <= 0)
        return tr("%1 used, no quota").arg(domain::bytes::format(used));
    return tr("%1 of %2").arg(domain::bytes::format(used), domain::bytes::format(quota));
}

QTreeWidget* UserDetailPanel::apiKeysView() const
{
    return m_keys->view();
}

QString UserDetailPanel::emailText() const
{
    return m_email->text();
}

QString UserDetailPanel::stateText() const
{
    return m_state->text();
}

QString UserDetailPanel::subscriptionText() const
{
    return m_plan->text();
}

QString UserDetailPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UserDetailPanel::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString UserDetailPanel::dateText(const QDateTime& when)
{
    if (!when.isValid())
        return tr("never");
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString UserDetailPanel::isoDateText(const QString& iso)
{
    if (iso.isEmpty())
        return {};
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(),
                              QLocale::ShortFormat);
}

void UserDetailPanel::show(const storage::UserDetail& detail)
{
    m_detail = detail;
    m_hasRecord = true;
    m_usage->show(detail);
    const storage::UserRecord& u = detail.user;
    m_email->setText(u.email);
    m_username->setText(u.username);
    m_state->setText(u.active ? tr("Active") : tr("Banned"));
    m_userId->setText(u.id.toString(QUuid::WithoutBraces));
    const auto balance = domain::Money::fromDecimalString(u.balance, u.balanceCurrency);
    m_balance->setText(balance ? balance->toDisplayString()
                               : u.balance + QLatin1Char(' ') + u.balanceCurrency);
    m_nodeGroup->setText(QLocale().toString(u.nodeGroup));
    m_level->setText(QLocale().toString(u.level));
    m_levelExpiry->setText(u.levelExpiresAt.isValid() ? dateText(u.levelExpiresAt) : tr("none"));
    m_created->setText(dateText(u.createdAt));

    const qint64 used = u.uploadBytes + u.downloadBytes;
    m_traffic->setFormat(trafficText(used, u.transferEnable));
    if (u.transferEnable <= 0)
        m_traffic->setValue(used > 0 ? 1000 : 0);
    else
        m_traffic->setValue(
            int(qMin<qint64>(1000, used / qMax<qint64>(1, u.transferEnable / 1000))));
    m_traffic->setToolTip(
        tr("Upload %1, download %2")
            .arg(domain::bytes::format(u.uploadBytes), domain::bytes::format(u.downloadBytes)));

    const QJsonObject& s = detail.subscription;
    if (s.isEmpty()) {
        m_plan->setText(tr("No active subscription"));
        m_period->clear();
        m_quota->clear();
    } else {
        m_plan->setText(s.value(QStringLiteral("plan_name")).toString());
        const QString end = s.value(QStringLiteral("current_period_end")).toString();
        m_period->setText(tr("%1 – %2").arg(
            isoDateText(s.value(QStringLiteral("current_period_start")).toString()),
            end.isEmpty() ? tr("lifetime") : isoDateText(end)));
        const QJsonValue limit = s.value(QStringLiteral("quota_limit"));
        const QString usedText =
            QLocale().toString(s.value(QStringLiteral("quota_used")).toInteger());
        m_quota->setText(
            limit.isNull()
                ? tr("%1 used, unlimited").arg(usedText)
                : tr("%1 of %2 used").arg(usedText, QLocale().toString(limit.toInteger())));
    }

    // The keys widget reads the keys itself (and lets administrators create and revoke).
    m_keys->setUser(u.id, m_keysEditable);

    m_transactions->clear();
    for (const QJsonObject& t : detail.recentTransactions) {
        const QString amountText = t.value(QStringLiteral("amount")).toString();
        const QString currency = t.value(QStringLiteral("currency")).toString();
        const auto amount = domain::Money::fromDecimalString(amountText, currency);
        auto* item = new QTreeWidgetItem(
            {t.value(QStringLiteral("out_trade_no")).toString(),
             amount ? amount->toDisplayString() : amountText + QLatin1Char(' ') + currency,
             t.value(QStringLiteral("gateway")).toString(),
             t.value(QStringLiteral("status")).toString(),
             isoDateText(t.value(QStringLiteral("created_at")).toString())});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        m_transactions->addTopLevelItem(item);
    }

    m_content->setEnabled(true);
    showMessage(QString());
    Q_EMIT loaded(u);
}

} // namespace pd::ui
