#include "ui/payments/PaymentsPage.h"

#include "domain/Money.h"
#include "item/LazyTableModel.h"
#include "payments/GatewayConfig.h"
#include "payments/GatewaySettings.h"
#include "payments/Reconciler.h"
#include "payments/RefundService.h"
#include "storage/CsvExport.h"
#include "storage/RefundRepository.h"
#include "ui/MessageBox.h"
#include "ui/payments/GatewaySettingsDialog.h"
#include "ui/payments/RefundDialog.h"
#include "ui/tables/TableCatalog.h"
#include "ui/tables/TableDashboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

using storage::RefundRepository;
using storage::StaffAdmin;

namespace {

const char* const SplitterKey = "payments/splitter";

TableDefinition refundsDefinition(const QString& key, bool ids)
{
    TableDefinition d =
        TableCatalog::refunds(ids ? StaffAdmin::Role::Finance : StaffAdmin::Role::Support);
    d.key = key;
    if (key == QLatin1String("payments_attention")) {
        // Here the reason is the point: right after the state, not scrolled out of sight.
        auto& columns = d.query.columns;
        int state = -1, error = -1;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == QLatin1String("state"))
                state = i;
            else if (columns.at(i).key == QLatin1String("last_error"))
                error = i;
        }
        if (state >= 0 && error > state + 1) {
            const storage::Column reason = columns.takeAt(error);
            columns.insert(state + 1, reason);
        }
    }
    return d;
}

} // namespace

PaymentsPage::PaymentsPage(storage::DbWorker* worker, StaffAdmin::Role role,
                           domain::SecretStore* secrets, QWidget* parent)
    : QTabWidget(parent), m_worker(worker), m_role(role), m_secrets(secrets),
      m_finance(role == StaffAdmin::Role::Finance), m_network(new QNetworkAccessManager(this)),
      m_settings(new payments::GatewaySettings(secrets)),
      m_service(new payments::RefundService(payments::RefundService::workerRunner(worker),
                                            m_settings, m_network, domain::Clock::system(), this)),
      m_reconciler(new payments::Reconciler(m_service, this))
{
    setObjectName(QStringLiteral("payments"));
    setDocumentMode(true);
    addTab(buildTransactionsTab(), tr("Transactions"));
    addTab(buildRefundsTab(), tr("Refunds"));
    if (role != StaffAdmin::Role::Support) {
        addTab(buildQueueTab(), tr("Approval queue"));
        addTab(buildAttentionTab(), tr("Needs attention"));
    }

    connect(m_service, &payments::RefundService::refundUpdated, this, [this] {
        if (m_attention)
            m_attention->refresh();
        if (m_refunds)
            m_refunds->refresh();
        if (!m_selected.isEmpty())
            loadDetail(m_selected);
    });
    connect(m_reconciler, &payments::Reconciler::started, this, [this] {
        if (m_progress) {
            m_progress->setRange(0, 0);
            m_progress->show();
        }
    });
    connect(m_reconciler, &payments::Reconciler::progress, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setRange(0, qMax(1, total));
            m_progress->setValue(done);
        }
    });
    connect(m_reconciler, &payments::Reconciler::finished, this, [this](const QString& summary) {
        if (m_progress)
            m_progress->hide();
        if (m_reconcileLabel)
            m_reconcileLabel->setText(tr("Last settling: %1").arg(summary));
        if (m_attention)
            m_attention->refresh();
        if (m_settleButton)
            m_settleButton->setEnabled(true);
    });
    if (m_splitter)
        m_splitter->restoreState(QSettings().value(QLatin1String(SplitterKey)).toByteArray());
}

PaymentsPage::~PaymentsPage()
{
    if (m_splitter)
        QSettings().setValue(QLatin1String(SplitterKey), m_splitter->saveState());
    delete m_settings;
}

void PaymentsPage::startReconciler(int intervalMs)
{
    if (m_finance)
        m_reconciler->start(intervalMs);
}

TableDashboard* PaymentsPage::buildTransactionsTab()
{
    TableDefinition d = TableCatalog::transactions(m_role);
    d.key = QStringLiteral("payments_transactions");
    m_transactions = new TableDashboard(m_worker, d, this);
    m_transactions->setObjectName(QStringLiteral("transactions_table"));
    QWidget* tab = m_transactions;
    auto* layout = qobject_cast<QBoxLayout*>(tab->layout());
    auto* bar = new QHBoxLayout;
    m_gateway = new QComboBox(tab);
    m_gateway->setObjectName(QStringLiteral("filter_gateway"));
    m_gateway->addItem(tr("Any gateway"), QString());
    for (const QString& g : payments::GatewayConfig::gateways())
        m_gateway->addItem(payments::GatewayConfig::displayName(g), g);
    bar->addWidget(m_gateway);
    m_status = new QComboBox(tab);
    m_status->setObjectName(QStringLiteral("filter_status"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Completed"), QStringLiteral("completed"));
    m_status->addItem(tr("Partially refunded"), QStringLiteral("partially_refunded"));
    m_status->addItem(tr("Refunded"), QStringLiteral("refunded"));
    m_status->addItem(tr("Pending"), QStringLiteral("pending"));
    m_status->addItem(tr("Failed"), QStringLiteral("failed"));
    bar->addWidget(m_status);
    m_period = new QCheckBox(tr("&From"), tab);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), tab);
    m_to = new QDateEdit(QDate::currentDate(), tab);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), tab));
    bar->addWidget(m_to);
    m_minAmount = new QLineEdit(tab);
    m_minAmount->setPlaceholderText(tr("Min amount"));
    m_maxAmount = new QLineEdit(tab);
    m_maxAmount->setPlaceholderText(tr("Max amount"));
    m_user = new QLineEdit(tab);
    m_user->setObjectName(QStringLiteral("filter_user"));
    m_user->setPlaceholderText(tr("User email or id"));
    for (QLineEdit* e : {m_minAmount, m_maxAmount})
        e->setMaximumWidth(110);
    bar->addWidget(m_minAmount);
    bar->addWidget(m_maxAmount);
    bar->addWidget(m_user, 1);
    // Under the search box: the filters.
    layout->insertLayout(1, bar);

    auto* detail = new QWidget(tab);
    auto* detailLayout = new QVBoxLayout(detail);
    m_detail = new QLabel(tr("Select a payment to see it and its refunds."), detail);
    m_detail->setObjectName(QStringLiteral("transaction_detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detail);
    m_refundTable = new QTableWidget(0, 5, detail);
    m_refundTable->setObjectName(QStringLiteral("transaction_refunds"));
    m_refundTable->setHorizontalHeaderLabels(
        {tr("Requested"), tr("Amount"), tr("State"), tr("By"), tr("Last error")});
    m_refundTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refundTable->horizontalHeader()->setStretchLastSection(true);
    detailLayout->addWidget(m_refundTable, 1);
    m_history = new QPlainTextEdit(detail);
    m_history->setObjectName(QStringLiteral("refund_history"));
    m_history->setReadOnly(true);
    m_history->setPlaceholderText(tr("The refunds' history appears here."));
    detailLayout->addWidget(m_history, 1);
    m_refundButton = new QPushButton(tr("&Refund…"), detail);
    m_refundButton->setObjectName(QStringLiteral("open_refund"));
    m_refundButton->setEnabled(false);
    m_refundButton->setVisible(m_finance);
    m_refundButton->setToolTip(tr("Refund all or part of the selected payment."));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_refundButton);
    if (m_finance) {
        auto* settings = new QPushButton(tr("&Gateway settings…"), detail);
        connect(settings, &QPushButton::clicked, this, &PaymentsPage::showGatewaySettings);
        actions->addWidget(settings);
    }
    actions->addStretch();
    detailLayout->addLayout(actions);

    // The table shares its place with the detail pane.
    const int at = layout->indexOf(m_transactions->view());
    layout->removeWidget(m_transactions->view());
    m_splitter = new QSplitter(Qt::Horizontal, tab);
    m_splitter->addWidget(m_transactions->view());
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->insertWidget(at, m_splitter, 1);

    for (QComboBox* c : {m_gateway, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, &PaymentsPage::applyFilters);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    for (QDateEdit* e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, &PaymentsPage::applyFilters);
    for (QLineEdit* e : {m_minAmount, m_maxAmount, m_user})
        connect(e, &QLineEdit::editingFinished, this, &PaymentsPage::applyFilters);
    connect(m_transactions->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QVariant id =
                    current.isValid() ? m_transactions->model()->rowId(current.row()) : QVariant();
                m_selected = id.isValid()
                                 ? QUuid::fromString(id.toString()).toString(QUuid::WithoutBraces)
                                 : QString();
                m_refundButton->setEnabled(m_finance && !m_selected.isEmpty());
                if (!m_selected.isEmpty())
                    loadDetail(m_selected);
            });
    connect(m_refundButton, &QPushButton::clicked, this, [this] {
        if (!m_selected.isEmpty())
            openRefundDialog(m_selected)->show();
    });
    return m_transactions;
}

TableDashboard* PaymentsPage::buildQueueTab()
{
    m_approvals = new TableDashboard(m_worker,
                                     refundsDefinition(QStringLiteral("payments_queue"),
                                                       TableCatalog::canReadGatewayIds(m_role)),
                                     this);
    m_approvals->setObjectName(QStringLiteral("approval_queue"));
    m_approvals->setFilter(QStringLiteral("r.state = 'awaiting_approval'"), {});
    QWidget* tab = m_approvals;
    auto* layout = qobject_cast<QBoxLayout*>(tab->layout());
    auto* note = new QLabel(tr("Refunds above the approval threshold wait here for a second "
                               "finance colleague. You cannot approve your own."),
                            tab);
    note->setWordWrap(true);
    layout->insertWidget(0, note);
    auto* bar = new QHBoxLayout;
    m_approveButton = new QPushButton(tr("&Approve and send"), tab);
    m_approveButton->setObjectName(QStringLiteral("approve_refund"));
    m_rejectButton = new QPushButton(tr("Re&ject…"), tab);
    for (QPushButton* b : {m_approveButton, m_rejectButton}) {
        b->setEnabled(m_finance);
        bar->addWidget(b);
    }
    if (m_role == StaffAdmin::Role::Admin) {
        auto* threshold = new QPushButton(tr("Approval &threshold…"), tab);
        threshold->setObjectName(QStringLiteral("approval_threshold"));
        connect(threshold, &QPushButton::clicked, this, &PaymentsPage::editThreshold);
        bar->addWidget(threshold);
    }
    bar->addStretch();
    layout->addLayout(bar);
    connect(m_approveButton, &QPushButton::clicked, this, &PaymentsPage::approveSelected);
    connect(m_rejectButton, &QPushButton::clicked, this, &PaymentsPage::rejectSelected);
    return m_approvals;
}

TableDashboard* PaymentsPage::buildAttentionTab()
{
    m_attention = new TableDashboard(m_worker,
                                     refundsDefinition(QStringLiteral("payments_attention"),
                                                       TableCatalog::canReadGatewayIds(m_role)),
                                     this);
    QWidget* tab = m_attention;
    auto* layout = qobject_cast<QBoxLayout*>(tab->layout());
    auto* note = new QLabel(tr("Refunds whose outcome is unknown or still processing, refunds not "
                               "yet sent, and failed ones. PanelDesk settles the open ones with "
                               "the gateways by itself; \"Settle now\" asks at once."),
                            tab);
    note->setWordWrap(true);
    layout->insertWidget(0, note);
    m_attention->setObjectName(QStringLiteral("needs_attention"));
    m_attention->setFilter(QStringLiteral("r.state IN ('unknown', 'processing', 'submitted', "
                                          "'approved', 'failed')"),
                           {});
    auto* bar = new QHBoxLayout;
    m_settleButton = new QPushButton(tr("&Settle now"), tab);
    m_settleButton->setObjectName(QStringLiteral("settle_now"));
    m_settleButton->setEnabled(m_finance);
    bar->addWidget(m_settleButton);
    m_progress = new QProgressBar(tab);
    m_progress->hide();
    bar->addWidget(m_progress, 1);
    m_reconcileLabel = new QLabel(tab);
    m_reconcileLabel->setObjectName(QStringLiteral("reconcile_summary"));
    bar->addWidget(m_reconcileLabel, 2);
    layout->addLayout(bar);
    connect(m_settleButton, &QPushButton::clicked, this, &PaymentsPage::settleAll);
    // For what the gateway can no longer tell (a forgotten key, an abnormal refund): a person
    // checks the gateway's own dashboard and says what they saw.
    auto* byHand = new QPushButton(tr("Settle by &hand…"), tab);
    byHand->setObjectName(QStringLiteral("settle_by_hand"));
    byHand->setEnabled(m_finance);
    bar->insertWidget(1, byHand);
    connect(byHand, &QPushButton::clicked, this, &PaymentsPage::settleSelectedByHand);
    return m_attention;
}

TableDashboard* PaymentsPage::buildRefundsTab()
{
    m_refunds = new TableDashboard(m_worker,
                                   refundsDefinition(QStringLiteral("payments_refunds"),
                                                     TableCatalog::canReadGatewayIds(m_role)),
                                   this);
    m_refunds->setObjectName(QStringLiteral("all_refunds"));
    QWidget* tab = m_refunds;
    auto* layout = qobject_cast<QBoxLayout*>(tab->layout());
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:"), tab));
    m_month = new QDateEdit(QDate::currentDate(), tab);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    bar->addWidget(m_month);
    auto* exportButton = new QPushButton(tr("E&xport the month as CSV…"), tab);
    exportButton->setObjectName(QStringLiteral("export_refunds"));
    bar->addWidget(exportButton);
    bar->addStretch();
    layout->addLayout(bar);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportMonth(); });
    return m_refunds;
}

void PaymentsPage::setFilter(const storage::TransactionFilter& filter)
{
    const storage::TableQuery q =
        storage::TransactionRepository::listQuery(filter, TableCatalog::canReadGatewayIds(m_role));
    m_transactions->setFilter(q.where, q.params);
}

void PaymentsPage::applyFilters()
{
    storage::TransactionFilter f;
    f.gateway = m_gateway->currentData().toString();
    f.status = m_status->currentData().toString();
    if (m_period->isChecked()) {
        f.from = QDateTime(m_from->date(), QTime(0, 0));
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0));
    }
    static const QRegularExpression decimal(QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,4})?$"));
    for (QLineEdit* e : {m_minAmount, m_maxAmount}) {
        const bool ok = e->text().isEmpty() || decimal.match(e->text().trimmed()).hasMatch();
        e->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
        e->setToolTip(ok ? QString()
                         : tr("A plain amount such as 99.00; ignored until corrected."));
    }
    if (decimal.match(m_minAmount->text().trimmed()).hasMatch())
        f.minAmount = m_minAmount->text().trimmed();
    if (decimal.match(m_maxAmount->text().trimmed()).hasMatch())
        f.maxAmount = m_maxAmount->text().trimmed();
    f.user = m_user->text().trimmed();
    setFilter(f);
}

void PaymentsPage::loadDetail(const QString& transactionId)
{
    const bool ids = TableCatalog::canReadGatewayIds(m_role);
    m_worker->runReadOnly(
        this,
        [transactionId, ids](QSqlDatabase& db) {
            QVariantMap m;
            m.insert(QStringLiteral("detail"),
                     storage::TransactionRepository::detail(db, transactionId, ids));
            if (ids) {
                m.insert(QStringLiteral("refunds"),
                         QVariant::fromValue(RefundRepository::forTransaction(db, transactionId)));
                m.insert(QStringLiteral("limits"),
                         QVariant::fromValue(RefundRepository::limits(db, transactionId)));
                m.insert(QStringLiteral("history"),
                         QVariant::fromValue(
                             storage::TransactionRepository::refundHistory(db, transactionId)));
            }
            return QVariant(m);
        },
        [this, transactionId](const storage::JobResult& r) {
            if (transactionId != m_selected)
                return; // an older selection's answer
            if (!r.ok()) {
                m_detail->setText(r.error);
                return;
            }
            const QVariantMap m = r.value.toMap();
            const QJsonObject d = m.value(QStringLiteral("detail")).toJsonObject();
            const QString currency = d.value(QStringLiteral("currency")).toString();
            const auto amount = domain::Money::fromDecimalString(
                d.value(QStringLiteral("amount")).toString(), currency);
            QStringList lines;
            lines << tr("Order %1 — %2 through %3")
                         .arg(d.value(QStringLiteral("out_trade_no")).toString(),
                              amount ? amount->toDisplayString() : QString(),
                              payments::GatewayConfig::displayName(
                                  d.value(QStringLiteral("gateway")).toString()));
            lines << tr("User: %1").arg(d.value(QStringLiteral("user_email")).toString());
            const QString status = d.value(QStringLiteral("status")).toString();
            const QDateTime paid =
                QDateTime::fromString(d.value(QStringLiteral("paid_at")).toString(), Qt::ISODate);
            lines << tr("Status: %1, paid %2")
                         .arg(m_transactions->definition()
                                  .valueLabels.value(QStringLiteral("status"))
                                  .value(status, status),
                              paid.isValid()
                                  ? QLocale().toString(paid.toLocalTime(), QLocale::ShortFormat)
                                  : tr("never"));
            if (!d.value(QStringLiteral("gateway_trade_no")).toString().isEmpty())
                lines << tr("Gateway id: %1")
                             .arg(d.value(QStringLiteral("gateway_trade_no")).toString());
            if (m.contains(QStringLiteral("limits"))) {
                const auto l = m.value(QStringLiteral("limits")).value<storage::RefundLimits>();
                const auto left = domain::Money::fromDecimalString(l.refundable, currency);
                lines << tr("Refundable: %1").arg(left ? left->toDisplayString() : l.refundable);
                lines << (l.daysLeft < 0 ? tr("No refund window")
                                         : tr("%n day(s) left to refund", nullptr, l.daysLeft));
                if (l.refundsLeft >= 0)
                    lines << tr("%n partial refund(s) left", nullptr, l.refundsLeft);
            }
            m_detail->setText(lines.join(QLatin1Char('\n')));
            const auto refunds =
                m.value(QStringLiteral("refunds")).value<QList<storage::RefundRecord>>();
            m_refundTable->setRowCount(int(refunds.size()));
            for (int i = 0; i < refunds.size(); ++i) {
                const auto& rf = refunds.at(i);
                const auto money = domain::Money::fromDecimalString(rf.amount, rf.currency);
                const QStringList cells{
                    QLocale().toString(rf.createdAt.toLocalTime(), QLocale::ShortFormat),
                    money ? money->toDisplayString() : rf.amount, stateLabel(rf.state),
                    rf.requestedBy, rf.lastError};
                for (int c = 0; c < cells.size(); ++c)
                    m_refundTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
            }
            QStringList history;
            const auto entries =
                m.value(QStringLiteral("history")).value<QList<storage::RefundHistoryEntry>>();
            for (const storage::RefundHistoryEntry& e : entries)
                history << historyLine(e);
            m_history->setPlainText(history.join(QLatin1Char('\n')));
            Q_EMIT detailLoaded();
        });
}

QString PaymentsPage::stateLabel(const QString& state) const
{
    return m_refunds->definition().valueLabels.value(QStringLiteral("state")).value(state, state);
}

QString PaymentsPage::historyLine(const storage::RefundHistoryEntry& e) const
{
    const QString when = QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    const QString refund = e.refund.left(8);
    QString line =
        e.created
            ? tr("%1  %2 asked for refund %3 (%4)").arg(when, e.by, refund, stateLabel(e.after))
        : e.before != e.after
            ? tr("%1  refund %2: %3 → %4 (%5)")
                  .arg(when, refund, stateLabel(e.before), stateLabel(e.after), e.by)
            : tr("%1  refund %2 updated (%3)").arg(when, refund, e.by);
    if (!e.error.isEmpty() && e.after != QLatin1String("succeeded"))
        line += QStringLiteral(" — ") + e.error;
    return line;
}

QString PaymentsPage::detailText() const
{
    return m_detail->text();
}

QString PaymentsPage::reconcileText() const
{
    return m_reconcileLabel ? m_reconcileLabel->text() : QString();
}

RefundDialog* PaymentsPage::openRefundDialog(const QString& transactionId)
{
    auto* dialog = new RefundDialog(m_worker, m_service, transactionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refundStateChanged, this, [this] {
        m_transactions->refresh();
        for (TableDashboard* t : {m_approvals, m_attention, m_refunds}) {
            if (t)
                t->refresh();
        }
        if (!m_selected.isEmpty())
            loadDetail(m_selected);
    });
    return dialog;
}

QString PaymentsPage::selectedRefund(TableDashboard* table) const
{
    const QModelIndex current = table->view()->currentIndex();
    if (!current.isValid())
        return {};
    // A row still loading has no id yet.
    const QUuid id = QUuid::fromString(table->model()->rowId(current.row()).toString());
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

void PaymentsPage::approveSelected()
{
    const QString id = selectedRefund(m_approvals);
    if (id.isEmpty())
        return;
    if (MessageBox::question(this, tr("Approve refund"),
                             tr("Approve this refund and send it to the gateway now? Money "
                                "leaves the merchant account."),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    m_worker->run(
        this,
        [id](QSqlDatabase& db) { return QVariant::fromValue(RefundRepository::approve(db, id)); },
        [this, id](const storage::JobResult& r) {
            if (!r.ok()) {
                MessageBox::warning(this, tr("Approve refund"), r.error);
                Q_EMIT approvalFinished(id, r.error);
                return;
            }
            m_approvals->refresh();
            m_service->process(id, [this, id](const payments::RefundService::Result& result) {
                m_approvals->refresh();
                if (m_attention)
                    m_attention->refresh();
                Q_EMIT approvalFinished(id, result.state.isEmpty() ? result.message : result.state);
            });
        });
}

void PaymentsPage::rejectSelected()
{
    const QString id = selectedRefund(m_approvals);
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString why =
        QInputDialog::getText(this, tr("Reject refund"), tr("Why is this refund turned down?"),
                              QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    m_worker->run(
        this,
        [id, why](QSqlDatabase& db) {
            return QVariant::fromValue(RefundRepository::reject(db, id, why));
        },
        [this, id](const storage::JobResult& r) {
            if (!r.ok())
                MessageBox::warning(this, tr("Reject refund"), r.error);
            m_approvals->refresh();
            Q_EMIT approvalFinished(id, r.ok() ? QStringLiteral("rejected") : r.error);
        });
}

void PaymentsPage::editThreshold()
{
    bool ok = false;
    const QString currency = QInputDialog::getItem(
        this, tr("Approval threshold"),
        tr("Refunds above the threshold need a second finance person. "
           "Currency:"),
        {QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
         QStringLiteral("HKD"), QStringLiteral("JPY"), QStringLiteral("KRW")},
        0, false, &ok);
    if (!ok)
        return;
    const QString text =
        QInputDialog::getText(this, tr("Approval threshold"), tr("Threshold in %1:").arg(currency),
                              QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    domain::Money::ParseError error = domain::Money::ParseError::None;
    const auto money = domain::Money::parse(text, currency, &error);
    if (!money) {
        MessageBox::warning(
            this, tr("Approval threshold"),
            tr("Nothing was changed: %1").arg(domain::Money::describe(error, currency)));
        return;
    }
    const QString amount = money->toDecimalString();
    m_worker->run(
        this,
        [currency, amount](QSqlDatabase& db) {
            RefundRepository::setThreshold(db, currency, amount);
            return QVariant();
        },
        [this, money](const storage::JobResult& r) {
            if (r.ok())
                MessageBox::information(
                    this, tr("Approval threshold"),
                    tr("Refunds above %1 now need approval.").arg(money->toDisplayString()));
            else
                MessageBox::warning(this, tr("Approval threshold"), r.error);
        });
}

void PaymentsPage::settleAll()
{
    if (m_settleButton)
        m_settleButton->setEnabled(false);
    m_reconciler->runNow();
}

void PaymentsPage::settleSelectedByHand()
{
    const QString id = selectedRefund(m_attention);
    if (id.isEmpty()) {
        MessageBox::information(this, tr("Settle by hand"),
                                tr("Select a refund in the list first."));
        return;
    }
    const QStringList outcomes{tr("Succeeded: the money reached the customer"),
                               tr("Failed: no money moved")};
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        this, tr("Settle by hand"),
        tr("What does the gateway's own dashboard show for this refund?"), outcomes, 0, false, &ok);
    if (!ok)
        return;
    const QString note =
        QInputDialog::getText(this, tr("Settle by hand"),
                              tr("What you saw there (kept with the refund and in the audit log):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const bool succeeded = picked == outcomes.first();
    if (MessageBox::question(
            this, tr("Settle by hand"),
            succeeded ? tr("Mark the refund as succeeded? This cannot be undone.")
                      : tr("Mark the refund as failed? Its amount can then be refunded again, "
                           "so do this only when you saw that no money moved. This cannot be "
                           "undone.")) != QMessageBox::Yes)
        return;
    settleByHand(id, succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"), note);
}

void PaymentsPage::settleByHand(const QString& refundId, const QString& outcome,
                                const QString& note)
{
    // This instance's own sending or settling shares the connection (and so the lock).
    if (m_service->isBusy()) {
        const QString text = tr("PanelDesk is sending or settling refunds right now. Nothing was "
                                "changed; try again in a minute.");
        MessageBox::warning(this, tr("Settle by hand"), text);
        Q_EMIT settledByHand(refundId, text);
        return;
    }
    m_worker->run(
        this,
        [refundId, outcome, note](QSqlDatabase& db) {
            return QVariant::fromValue(RefundRepository::settleByHand(db, refundId, outcome, note));
        },
        [this, refundId](const storage::JobResult& r) {
            if (!r.ok())
                MessageBox::warning(this, tr("Settle by hand"), r.error);
            refresh();
            Q_EMIT settledByHand(refundId,
                                 r.ok() ? r.value.value<storage::RefundRecord>().state : r.error);
        });
}

void PaymentsPage::exportMonth(const QString& chosenPath)
{
    if (m_exportCancel)
        return; // one export at a time
    const QDate first(m_month->date().year(), m_month->date().month(), 1);
    const QString path =
        chosenPath.isEmpty()
            ? QFileDialog::getSaveFileName(
                  this, tr("Export refunds"),
                  QDir::home().filePath(QStringLiteral("refunds-%1.csv")
                                            .arg(first.toString(QStringLiteral("yyyy-MM")))),
                  tr("CSV files (*.csv)"))
            : chosenPath;
    if (path.isEmpty())
        return;
    const storage::TableQuery query = storage::TransactionRepository::refundsOfPeriod(
        QDateTime(first, QTime(0, 0)), QDateTime(first.addMonths(1), QTime(0, 0)),
        TableCatalog::canReadGatewayIds(m_role));
    m_exportCancel = std::make_shared<std::atomic<bool>>(false);
    m_exportProgress = new QProgressDialog(tr("Exporting refunds…"), tr("Cancel"), 0, 100, this);
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(300);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    const auto cancel = m_exportCancel;
    connect(m_exportProgress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> progress = m_exportProgress;
    m_worker->run(
        this,
        [query, path, cancel, progress](QSqlDatabase& db) {
            const auto report = [progress](qint64 rows, qint64 expected) {
                QMetaObject::invokeMethod(
                    progress,
                    [progress, rows, expected] {
                        if (progress)
                            progress->setValue(
                                expected > 0 ? int(qMin<qint64>(100, rows * 100 / expected)) : 0);
                    },
                    Qt::QueuedConnection);
            };
            const auto result = storage::CsvExport::run(db, query, path, report, cancel.get());
            return QVariant::fromValue(QVariantList{result.rows, result.cancelled});
        },
        [this, path](const storage::JobResult& r) {
            m_exportCancel.reset();
            if (m_exportProgress) {
                m_exportProgress->deleteLater();
                m_exportProgress = nullptr;
            }
            const QVariantList v = r.value.toList();
            const qint64 rows = v.value(0).toLongLong();
            const bool cancelled = v.value(1).toBool();
            if (!r.ok())
                MessageBox::warning(this, tr("Export refunds"), r.error);
            else if (cancelled)
                MessageBox::information(this, tr("Export refunds"),
                                        tr("The export was cancelled; no file was written."));
            else
                MessageBox::information(
                    this, tr("Export refunds"),
                    tr("%n refund(s) written to %1.", nullptr, int(rows)).arg(path));
            Q_EMIT exportFinished(rows, cancelled, r.error);
        });
}

void PaymentsPage::showGatewaySettings()
{
    auto* dialog = new GatewaySettingsDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PaymentsPage::refresh()
{
    m_transactions->refresh();
    for (TableDashboard* t : {m_approvals, m_attention, m_refunds}) {
        if (t)
            t->refresh();
    }
    if (!m_selected.isEmpty())
        loadDetail(m_selected);
}

} // namespace pd::ui
